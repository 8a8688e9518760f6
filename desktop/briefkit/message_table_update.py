"""The English patterns of what ``briefkit export --update`` says, by code: the lines it prints
(in the interface's language) and the conflict comments it writes into a deck or report (in
the briefing's); ``briefkit.message_table.ENGLISH`` holds them with the rest."""

from __future__ import annotations

UPDATE_ENGLISH: dict[str, str] = {
    # the terminal's lines (briefkit.cli_update.described)
    "update_done": "Updated {path}",
    "update_pieces": "pieces: {counts}",
    "update_count_take_new": "{n} updated",
    "update_count_unchanged": "{n} unchanged",
    "update_count_keep_user": "{n} kept as you edited them",
    "update_count_added": "{n} added",
    "update_count_dropped": "{n} removed",
    "update_count_user_deleted": "{n} kept deleted",
    "update_no_conflicts": "no conflicts",
    "update_conflicts": "{n} conflict(s): your version is kept",
    "update_conflict_at": "{where}, {piece}: {kind}",
    "update_yours": "yours: {text}",
    "update_data": "data:  {text}",
    "update_note": "note: {text}",
    # where a conflict is (render.update.deck, render.update.report)
    "update_at_slide": "slide {n}",
    "update_at_notes": "the notes of slide {n}",
    "update_at_deleted_slide": "a deleted slide",
    "update_at_notes_deleted": "the notes of a deleted slide",
    "update_at_paragraph": "paragraph {n}",
    "update_at_table": "table {n}",
    # what the report merge could not do (render.update.report)
    "update_kept_merged": "{piece}: kept, the user moved it into or merged it with more",
    "update_not_in_build": "{piece}: not found in today's build",
    "update_left_as_was": "{piece}: left as it was: {reason}",
    # an update refused
    "update_old_composition": (
        "{file}: this composed briefing was made by a Briefkit that did not yet record all it "
        "needs to update it; export it again with --compose or --compose-file, and --update "
        "works on that file"
    ),
    # the comments --comment-conflicts writes, in the briefing's language
    "update_comment_slide": "Briefkit update: {piece} {kind}; your version is kept.",
    "update_comment_block": "Briefkit update: {kind}; your version is kept.",
    "update_comment_data": "Today's data: {text}",
}
