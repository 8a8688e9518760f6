"""The English patterns of the messages about Kazakh case endings after numbers
(``briefkit.text_kk``), by code; ``briefkit.message_table.ENGLISH`` holds them with the rest."""

from __future__ import annotations

KK_ENGLISH: dict[str, str] = {
    "data_case_ending_not_number": (
        "{placeholder} puts a case ending after {name}, which is not a number here "
        '(e.g. "{sample}"); put it after {need}'
    ),
}
