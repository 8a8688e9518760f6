"""The English patterns of the rarer messages, by code (``briefkit.message_table.ENGLISH`` holds
them with the rest): the data folder's lock, pydantic's rarer error types, Python's CSV and
operating-system errors, the charts' theme colours, and the number conventions.

A message that repeats a text Python or pydantic wrote (``os_``, ``csv_`` and ``pydantic_``
codes) keeps that text, word for word, as its English, so English output is as before; the
pattern here is the same sentence with its placeholders, for translators.
"""

from __future__ import annotations

import errno

RARE_ENGLISH: dict[str, str] = {
    # how numbers are written: "1.5" (the translation's "1,5")
    "decimal_mark": ".",
    # the data folder's lock (briefkit.catalog.lock)
    "folder_locked": (
        "{folder} is being changed by another Briefkit (process {pid} on {host}); wait for it "
        "to finish and try again (if no Briefkit runs there any more, delete {lock})"
    ),
    "folder_locked_since": (
        "{folder} is being changed by another Briefkit (process {pid} on {host}, since "
        "{since}); wait for it to finish and try again (if no Briefkit runs there any more, "
        "delete {lock})"
    ),
    # pydantic's rarer error types (briefkit.catalog.errors), its own sentences
    "pydantic_greater_than": "Input should be greater than {gt}",
    "pydantic_less_than": "Input should be less than {lt}",
    "pydantic_multiple_of": "Input should be a multiple of {multiple_of}",
    "pydantic_finite_number": "Input should be a finite number",
    "pydantic_int_too_big": ("Unable to parse input string as an integer, exceeded maximum size"),
    "pydantic_too_many": (
        "{field_type} should have at most {max_length} item{expected_plural} after "
        "validation, not {actual_length}"
    ),
    "pydantic_tag_invalid": (
        "Input tag '{tag}' found using {discriminator} does not match any of the expected "
        "tags: {expected_tags}"
    ),
    "pydantic_tag_not_found": "Unable to extract tag using discriminator {discriminator}",
    "pydantic_block_kind": (
        "a block needs one of the keys text, note, chart, table, timeline, disagreements"
    ),
    "pydantic_none_required": "Input should be None",
    "pydantic_not_unicode": (
        "Input should be a valid string, unable to parse raw data as a unicode string"
    ),
    "pydantic_not_datetime": "Input should be a valid datetime, {error}",
    "pydantic_not_time": "Input should be a valid time format, {error}",
    "pydantic_not_set": "Input should be a valid set",
    "pydantic_not_iterable": "Input should be iterable",
    "pydantic_not_mapping": "Input should be a valid mapping, error: {error}",
    "pydantic_recursion": "Recursion error - cyclic reference detected",
    "pydantic_other": "{value} is not accepted here (pydantic: {detail})",
    # Python's CSV reader (csv.Error), its own sentences
    "csv_nul": "line contains NUL",
    "csv_new_line": (
        "new-line character seen in unquoted field - do you need to open the file with newline=''?"
    ),
    "csv_field_limit": "field larger than field limit ({limit})",
    "csv_end_of_data": "unexpected end of data",
    "csv_other": "{detail}",
    # the operating system's reasons (OSError.strerror), by errno
    "os_not_found": "No such file or directory",
    "os_permission": "Permission denied",
    "os_not_permitted": "Operation not permitted",
    "os_no_space": "No space left on device",
    "os_quota": "Disk quota exceeded",
    "os_read_only": "Read-only file system",
    "os_is_folder": "Is a directory",
    "os_not_folder": "Not a directory",
    "os_name_too_long": "File name too long",
    "os_exists": "File exists",
    "os_busy": "Device or resource busy",
    "os_io": "Input/output error",
    "os_too_many_open": "Too many open files",
    "os_cross_device": "Invalid cross-device link",
    "os_folder_not_empty": "Directory not empty",
    "os_links": "Too many levels of symbolic links",
    "os_too_large": "File too large",
    "os_invalid": "Invalid argument",
    "os_other": "{detail}",
    "os_error_file": "[Errno {errno}] {reason}: {path}",
    "os_error": "[Errno {errno}] {reason}",
    # a document's Briefkit record (briefkit.render.office.record)
    "record_too_big": "{path} is {size} MB, more than a Briefkit document may be",
    "record_cannot_read": "cannot read {path}: {reason}",
    "record_not_zip": "{path} is not a Word or PowerPoint file (not a zip package)",
    "record_too_many_parts": "{path} holds {n} parts, more than an Office file has",
    "record_part_too_big": (
        "{path}: {name} is {size} MB unpacked, more than a Briefkit record may be; it is not read"
    ),
    "record_damaged_zip": "{path} is a damaged zip package ({detail})",
    "record_none": (
        "{path} has no Briefkit record: it was not written by Briefkit, or by a version before "
        "records were kept, or the record was removed"
    ),
    "record_lacks_tag": "{path}: the Briefkit record ({part}) has no <{tag}>; it is damaged",
    "record_lacks_language": "{path}: the Briefkit record ({part}) lacks its language or topic",
    "record_no_translation": "the data has no {lang} translation ({detail})",
    "record_made_from_gone": "{path} was made from {what}, which the data no longer has ({detail})",
    "record_other_language": (
        "{path} is in {lang}: export with --lang {wanted} to say what changed since"
    ),
    "record_not_exported": "{path} was made from {target}, which this export does not write",
    "record_no_issue_date": "{path}: its record gives no date of issue ({issued})",
    "record_unknown_option": "{path}: its record holds an option Briefkit does not know ({detail})",
    "record_other_kind": (
        "{path}: a {kind} cannot be updated from a {other} (a report or handout is updated "
        "from the same kind)"
    ),
    "record_not_word": "{path}: it cannot be opened as a Word document ({detail})",
    "record_parts_unreadable": "{path}: its parts cannot be read ({detail})",
    # a table to import that is none Briefkit knows (briefkit.catalog.importing.formats)
    "data_import_unknown_table": (
        "is not a Briefkit incidents table (columns as data/README.md lists them), an ACLED "
        "export (event_id_cnty, event_date, ...) or a GTD extract (eventid, iyear, ...)"
        "{missing}{unknown}"
    ),
    "data_import_missing": "; missing: {columns}",
    "data_import_unknown": "; unknown: {columns}",
    "data_problems_count": "{n} problem(s) in the data",
    "data_messages_too_big": "is larger than {limit} bytes",
    "data_messages_unreadable": "cannot be read: {error}",
    "data_not_plain_entries": (
        "{name} is not a plain list of entries each starting with '- ' at the start of a line; "
        "change it in a text editor"
    ),
    # the note's and the summary deck's length
    "note_pages_over": (
        "The note runs to about {pages} pages, more than {limit}: give the topic shorter key "
        "points or bottom line (key_points, bottom_line), or fewer key figures."
    ),
    "summary_slides_over": (
        "The summary deck has {n} slides, more than {limit}: the template's text is large for "
        "its slides."
    ),
    # a composed briefing (briefkit.compose.custom)
    "at_field": "{where}: {field}: {text}",
    "at_place": "{where}: {text}",
    "compose_not_part": (
        "{text} is not TOPIC:SECTION; write e.g. aktobe-2016:attack (see 'briefkit topics' "
        "and the sections in data/topics/<topic>.yaml)"
    ),
    "compose_no_sections": "name the sections to compose, e.g. aktobe-2016:attack",
    "compose_no_title": "a composed briefing needs a title: give --title TEXT",
    "compose_bad_name": (
        "name {name} is not a usable file name; use lower-case letters, digits and hyphens, "
        "e.g. aktobe-and-the-law"
    ),
    "compose_twice": "{part} is chosen twice; list each section once",
    "compose_not_mapping": "must be a mapping with title and sections (see README)",
    "compose_unknown_key": "unknown key; use {keys}",
    "compose_must_be_text": "must be text",
    "compose_must_be_bool": "must be true or false",
    "compose_title_missing": "is missing; give the briefing a title",
    "compose_length": "must be {choices}",
    "compose_sections_list": "must be a list of topic:section items, e.g. - aktobe-2016:attack",
    "compose_item_not_text": "{item} is not TOPIC:SECTION text",
    "compose_unknown_topic": "{where}{part}: unknown topic {topic}; known topics: {known}",
    "compose_no_section": (
        "{where}{part}: {topic} has no section {section}; its sections are: {valid}"
    ),
    "compose_clash_topic": (
        "{where}name {name} would clash with the files of topic {topic}; choose another name "
        "(--name)"
    ),
    "compose_clash_other": (
        "{where}two composed briefings would clash as {name} and {other}; give each its own name"
    ),
    # the charts' theme colours (briefkit.charts.themed)
    "theme_colours_changed": (
        "The template {template} has theme colours its charts cannot use as they are on the "
        "chart background ({background}; marks need {marks}:1 contrast, text {text}:1), so "
        "they use shades of them: {changes}. Choose Briefkit's own chart colours "
        "(--house-style) to keep its palette instead."
    ),
    "theme_colour_change": "{what} ({colour}, {ratio}:1): {used_by} uses {fixed}",
    "theme_accent_alike": (
        "accent {n} ({colour}) is like the others: the highlighted series uses {fixed}"
    ),
    "theme_text_colour": "the text colour",
    "theme_accent": "accent {n}",
    "theme_chart_text": "chart text",
    "theme_highlighted": "the highlighted series",
    "theme_series_1": "the first series",
    "theme_series_2": "the second series",
    "theme_series_3": "the third series",
    "theme_series_4": "the fourth series",
    "theme_series_5": "the fifth series",
    "theme_series_6": "the sixth series",
    "theme_series_7": "the seventh series",
    # briefkit inspect's listing (briefkit.cli_record)
    "inspect_made_deck": "{name}: a deck made by Briefkit {version}",
    "inspect_made_report": "{name}: a report made by Briefkit {version}",
    "inspect_made_handout": "{name}: a handout made by Briefkit {version}",
    "inspect_made_other": "{name}: a {what} made by Briefkit {version}",
    "inspect_row": "  {label}{pad}   {value}",
    "inspect_from": "from",
    "inspect_title": "title",
    "inspect_language": "language",
    "inspect_issued": "issued",
    "inspect_template": "template",
    "inspect_options": "options",
    "inspect_shows": "shows",
    "inspect_slides": "slides",
    "inspect_pieces": "pieces",
    "inspect_from_topic": "topic {topic}",
    "inspect_from_composition": "composition {name}: {parts}",
    "inspect_none": "none",
    "inspect_shows_value": "{n} records ({counted}), {disputes} disputes",
    # an export's steps, said again in BRIEFKIT_LANG's language (briefkit.cli_shared.step_said)
    "step_starting": "Starting",
    "step_chart_preparing": "Preparing chart {n} of {total}",
    "step_chart_rendering": "Rendering chart {n} of {total}",
    "step_look": "{step} ({look} of {looks} looks)",
    "step_writing": "Writing {file}",
    "step_converting": "Converting {name} to PDF",
    "step_wrote": "Wrote {files} ({language}) in {seconds} s",
    "step_files": "{n} {n:plural:file|files}",
    "step_cancelled": "Cancelled; no partial files were left.",
    "inspect_incidents": "{n} {n:plural:incident|incidents}",
    "inspect_measures": "{n} {n:plural:measure|measures}",
    "inspect_indicators": "{n} {n:plural:indicator|indicators}",
    "inspect_kind_other": "{n} {kind}{s}",
    "inspect_pieces_value": (
        "{n} written: {as_written} as written, {changed} changed, {missing} not found"
    ),
    "inspect_piece": "    {state}{pad} {id} ({kind})",
    "inspect_as_written": "as written",
    "inspect_changed": "changed",
    "inspect_not_found": "not found",
    # the Pages preview (briefkit.page_preview)
    "preview_no_libreoffice": (
        "The page preview needs LibreOffice, which is not installed: install it (apt-get "
        "install libreoffice-writer-nogui libreoffice-impress-nogui) or leave PDF out of the "
        "formats."
    ),
    "preview_no_pdftoppm": (
        "The page preview needs pdftoppm (poppler-utils), which is not installed: install it "
        "(apt-get install poppler-utils)."
    ),
    "preview_no_page": "pdftoppm drew no page {n} of {name}",
    "preview_not_counted": "pdfinfo could not count the pages of {name}: {why}",
    "preview_not_drawn": "pdftoppm could not draw the pages of {name}: {why}",
    "preview_tool_timeout": "Command '{command}' timed out after {seconds} seconds",
    "preview_tool_status": "Command '{command}' returned non-zero exit status {n}.",
    "preview_tool_died": "Command '{command}' died with signal {n}.",
    "preview_no_count_line": "its output names no page count",
    # the chart browser (briefkit.charts.browser, briefkit.charts.renderer)
    "browser_path_not_browser": (
        "BROWSER_PATH is set to {path}, which is not a browser executable: point it at Chrome "
        "or Chromium, or unset it and install Chromium (apt-get install chromium) or Google "
        "Chrome."
    ),
    "browser_no_answer": "no answer from the browser within {seconds:.0f} s",
    "browser_too_slow": "it took longer than {seconds:g} s",
    "browser_no_image": "the browser returned no image",
    "chart_browser_closed": "The chart browser was closed.",
    "chart_rendering_cancelled": "Chart rendering was cancelled.",
    "chart_rendering_cancelled_after": "Chart rendering was cancelled after {n} of {total} charts.",
    "chart_not_drawn": (
        "Chart '{chart}' could not be drawn, even after a retry in a fresh browser ({reason}): "
        "try again, or check that the browser runs."
    ),
    "chart_map_unreadable": (
        "Chart '{chart}' could not be drawn because the map outlines could not be read from "
        "{topojson} ({reason}): reinstall Briefkit or restore assets/maps."
    ),
}

ERRNO_CODES: dict[int, str] = {
    errno.ENOENT: "os_not_found",
    errno.EACCES: "os_permission",
    errno.EPERM: "os_not_permitted",
    errno.ENOSPC: "os_no_space",
    errno.EDQUOT: "os_quota",
    errno.EROFS: "os_read_only",
    errno.EISDIR: "os_is_folder",
    errno.ENOTDIR: "os_not_folder",
    errno.ENAMETOOLONG: "os_name_too_long",
    errno.EEXIST: "os_exists",
    errno.EBUSY: "os_busy",
    errno.EIO: "os_io",
    errno.EMFILE: "os_too_many_open",
    errno.ENFILE: "os_too_many_open",
    errno.EXDEV: "os_cross_device",
    errno.ENOTEMPTY: "os_folder_not_empty",
    errno.ELOOP: "os_links",
    errno.EFBIG: "os_too_large",
    errno.EINVAL: "os_invalid",
}
"""The message of each error number whose reason Briefkit says in the user's language."""

CSV_CODES: dict[str, str] = {
    "line contains NUL": "csv_nul",
    "new-line character seen in unquoted field": "csv_new_line",
    "field larger than field limit": "csv_field_limit",
    "unexpected end of data": "csv_end_of_data",
}
"""The message of each CSV reader error, by how its text starts."""

PYDANTIC_CODES: dict[str, str] = {
    "greater_than": "pydantic_greater_than",
    "less_than": "pydantic_less_than",
    "multiple_of": "pydantic_multiple_of",
    "finite_number": "pydantic_finite_number",
    "int_parsing_size": "pydantic_int_too_big",
    "too_long": "pydantic_too_many",
    "union_tag_invalid": "pydantic_tag_invalid",
    "union_tag_not_found": "pydantic_tag_not_found",
    "block_kind": "pydantic_block_kind",
    "none_required": "pydantic_none_required",
    "string_unicode": "pydantic_not_unicode",
    "datetime_parsing": "pydantic_not_datetime",
    "datetime_from_date_parsing": "pydantic_not_datetime",
    "time_parsing": "pydantic_not_time",
    "set_type": "pydantic_not_set",
    "frozen_set_type": "pydantic_not_set",
    "iterable_type": "pydantic_not_iterable",
    "mapping_type": "pydantic_not_mapping",
    "recursion_loop": "pydantic_recursion",
}
"""The message of each rarer pydantic error type a data file can meet (the common ones have
their own sentences in ``briefkit.catalog.errors``)."""
