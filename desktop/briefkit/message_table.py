"""The English pattern of every message the user reads, by code (``briefkit.messages``).

Another language gives the same codes in ``translations/<lang>/messages.yaml``;
``briefkit check --lang <lang>`` names each code it lacks. The patterns are ``str.format``
patterns; ``{n:plural:one|few|many}`` says a noun in the form the number ``n`` wants.
"""

from __future__ import annotations

from briefkit.message_table_contrast import CONTRAST_ENGLISH
from briefkit.message_table_data import DATA_ENGLISH
from briefkit.message_table_kk import KK_ENGLISH
from briefkit.message_table_rare import RARE_ENGLISH
from briefkit.message_table_update import UPDATE_ENGLISH

ENGLISH: dict[str, str] = {
    # the command line's own lines
    "cancelled": "cancelled",
    "terminated": "stopped (SIGTERM); no partial file was left",
    "warning": "warning: {text}",
    "file_warning": "{name}: {warning}",
    "update_conflict": "{piece}: {kind}; your version is kept",
    "update_both": "changed by you and in the data",
    "update_deleted": "deleted by you, changed in the data",
    "update_dropped": "changed by you, no longer in the data",
    "usage_error": "Error: {text}",
    "usage_help": "Try '{command} --help' for help.",
    "data_problems_see_check": (
        "{n} problem(s) in the data; run 'briefkit check' for the full list"
    ),
    "data_problems_nothing_written": "{n} problem(s) in the data; nothing was written",
    "template_nothing_written": "{error}; nothing was written",
    "protected_run_again": (
        "{error}. Run again with --force to replace them, or with --keep to keep them and "
        "write the new files beside them ({first} -> {beside})"
    ),
    "name_topics": (
        "name one or more topics, give --all, or compose a briefing with --compose or "
        "--compose-file (see 'briefkit topics')"
    ),
    "force_and_keep": "--force and --keep cannot be used together; choose one",
    "compose_options_alone": "--title, --subtitle and --name go with --compose",
    "compose_needs_title": "--compose needs --title TEXT for the new briefing",
    # briefkit topics
    "topic_period": "{start:%Y-%m} to {end:%Y-%m}",
    # briefkit check
    "template_kind_unknown": (
        "cannot tell from its extension whether {file} is a Word or a PowerPoint "
        "template; give a .docx/.dotx or .pptx/.potx file, or use --template-docx / "
        "--template-pptx"
    ),
    "no_problems": "{folder}: no problems ({summary})",
    "count_sources": "{n} sources",
    "count_incidents": "{n} incidents",
    "count_indicators": "{n} indicators",
    "count_measures": "{n} measures",
    "count_disputes": "{n} disputes",
    "count_topics": "{n} topics",
    "translation_topic": "translation {lang}: {topic}: {state}",
    "translation_topic_problems": "{n} problem(s)",
    "translation_topic_complete": "complete",
    "translation_gaps": (
        "translation {lang}: {n} string(s) not yet translated; exports in {lang} refuse the "
        "topics that show them until they are ('briefkit check --lang {lang}' fails on them)"
    ),
    "problems_found": "{n} problem(s) found",
    # briefkit data import
    "import_format": "{name}: {kind}",
    "import_kind_briefkit": "Briefkit incidents",
    "import_kind_acled": "ACLED export",
    "import_kind_gtd": "GTD extract",
    "import_row_refused": "{problem} (row refused)",
    "import_row_duplicate": (
        "{where}: possible duplicate of {same} (same date within its precision, same "
        "place); not added. If it is another event, run again with "
        "--accept-duplicates {file}:{row}"
    ),
    "import_row_updated": "{where}: updated {id} ({changed})",
    "import_row_added": "{where}: added {id}",
    "import_row_unchanged": "{where}: unchanged {id}",
    "import_new_source": "new source: {id} ({publication})",
    "import_rows": "rows: {counts}",
    "import_count_added": "{n} added",
    "import_count_updated": "{n} updated",
    "import_count_unchanged": "{n} unchanged",
    "import_count_duplicate": "{n} possible duplicate",
    "import_count_refused": "{n} refused",
    "import_dry_run": "dry run: nothing was written",
    "import_dry_run_copy": (
        "dry run: nothing was written; your own copy of the data, {folder}, would be made"
    ),
    "import_wrote": "wrote {files} in {folder}",
    "import_made_copy": (
        "made your own copy of the data in {folder}; briefkit uses it from now on "
        "when no --data is given (BRIEFKIT_DATA names another folder)"
    ),
    "import_nothing_to_change": "nothing to change",
    "import_translations_to_complete": (
        "translation {lang}: the imported rows need their text in translations/{lang}/ "
        "(summaries, place names, new sources); 'briefkit check --lang {lang}' lists each "
        "string"
    ),
    "import_nothing_written": "nothing was written: {error}",
    "import_problems": "{n} problem(s); nothing was written",
    "import_rows_refused": "{n} row(s) refused",
    "import_rows_refused_others_imported": "{n} row(s) refused; the other rows were imported",
    "import_into_bundled": (
        "{folder} ({named}) is the bundled data, which Briefkit never changes; import into "
        "your own copy instead: run without --data and without {variable}, or give a copy "
        "of the folder"
    ),
    "import_changed_since_checked": (
        "{path} changed since the import was checked; nothing was written: run the import again"
    ),
    # a template that cannot be used (``render.office.opening``)
    "docx_template": "report template",
    "docx_document": "a Word document",
    "docx_old_binary": "an old-style Word file (.doc)",
    "docx_fix": "Save it from Word as a Word Document (.docx) or Word Template (.dotx)",
    "docx_choose": "Choose a Word document (.docx) or Word template (.dotx)",
    "docx_resave": "Open it in Word, save it again as .docx and retry",
    "docx_standard": "Word Document (*.docx)",
    "docx_strict": "Strict Open XML Document (*.docx)",
    "pptx_template": "deck template",
    "pptx_document": "a PowerPoint presentation",
    "pptx_file": "a PowerPoint file",
    "pptx_old_binary": "an old binary PowerPoint file (.ppt)",
    "pptx_fix": (
        "Save it from PowerPoint or LibreOffice Impress as a PowerPoint Presentation (.pptx) "
        "or Template (.potx)"
    ),
    "pptx_choose": "Choose a PowerPoint presentation (.pptx) or template (.potx)",
    "pptx_resave": "Open it in PowerPoint or LibreOffice Impress, save it again as .pptx and retry",
    "pptx_standard": "PowerPoint Presentation (*.pptx)",
    "pptx_strict": "Strict Open XML Presentation (*.pptx)",
    "xlsx_file": "an Excel file",
    "template_named": "The {template} {path}",
    "template_missing": (
        "{what} does not exist or is not a file. Check the path (for example the one "
        "given with {option}), or leave the option out to use the bundled template."
    ),
    "template_unreadable": (
        "{what} cannot be read ({reason}). Check that the file is readable and not "
        "open exclusively in another program."
    ),
    "template_old_binary": (
        "{what} is {old} or a password-protected file, which Briefkit cannot read. {fix}, "
        "without a password."
    ),
    "template_not_zip": "{what} is not {file}: it is not a {suffix} (zip) package. {fix}.",
    "template_damaged": "{what} could not be read as {document} ({error}). {fix}.",
    "template_macros": (
        "{what} is a macro-enabled {application} file; Briefkit does not accept files that "
        "can carry macros. {fix}."
    ),
    "template_other_package": "a package of another kind ({content_type})",
    "template_no_content_type": "no content type",
    "template_goes_to": " (a {template} goes to {option})",
    "template_wrong_kind": "{what} is {found}, not {document}. {choose}{hint}.",
    "template_no_content_list": (
        "{what} is a zip file but not an Office document (it has no valid content list). {fix}."
    ),
    "template_no_main_part": (
        "{what} is a zip file but not an Office document (it has no main part). {fix}."
    ),
    "template_strict": (
        "{what} is saved as Strict Open XML, which Briefkit cannot read. Open it in "
        "{application}, choose File > Save As, and save it as “{standard}” rather than "
        "“{strict}”; then retry."
    ),
    # a template's verdict (``briefkit.template_check``)
    "verdict_line": "{template}: {verdict}",
    "verdict_good": "Good",
    "verdict_changes": "Usable, with changes: {n}",
    "verdict_losses": "Usable, but {losses}; changes: {n}",
    "verdict_unusable": "Not usable: {error}",
    "verdict_hint": (
        "to control the look of what fell back, add the missing layouts or styles to "
        "{name} (docs/templates.md says what each needs and what Briefkit does without)"
    ),
    "verdict_note": "  {note}",
    "verdict_slide_kinds": "  slide kinds:",
    "verdict_charts": "  charts: {charts}",
    "verdict_expected_slides": (
        "  expected slides for {topic}: {n} with this template, {bundled} with the bundled "
        "one ({ratio:.2f}x)"
    ),
    "verdict_expected_pages": (
        "  expected pages for {topic}: about {n} with this template, {bundled} with the "
        "bundled one ({ratio:.2f}x; {how})"
    ),
    "verdict_mapped": "  mapped as follows:",
    "verdict_pages_how": (
        "estimated from the written report's text, sizes and spacing, without LibreOffice"
    ),
    "verdict_more_pages": (
        "{topic} takes about {n} pages with this template against {bundled} with the bundled "
        "one ({ratio:.2f}x): its body text is larger or more widely spaced, or its text column "
        "narrower; a smaller Normal style (11 pt at single or 1.15 line spacing) gives fewer "
        "pages."
    ),
    "verdict_more_slides": (
        "{topic} takes {n} slides with this template against {bundled} with the bundled one "
        "({ratio:.2f}x): its text is larger or its text areas smaller; a smaller body size in "
        "the slide master gives fewer slides."
    ),
    # what a document left out or changed (the renderers' warnings)
    "table_widths_mismatch": (
        'Table {number} ("{title}") has {widths} column widths for {n} columns; the columns '
        "were made equally wide."
    ),
    "table_no_columns": 'Table {number} ("{title}") has no columns.',
    "table_rows_mismatch": (
        'Table {number} ("{title}") has rows that do not match its {n} columns; short rows '
        "were padded and long ones cut."
    ),
    "figure_left_out": 'Figure {number} ("{title}") was left out of the report: {why}.',
    "figure_no_image": "no image was given",
    "figure_file_missing": "the file {path} is missing",
    "citation_unknown": (
        "Citation [{number}] has no entry in the briefing's sources; the deck shows the "
        "number without a reference."
    ),
    "deck_table_rows": (
        "The table “{title}” has {rows:,} rows; the deck shows the first {shown} and says so "
        "under the table (the report has them all)."
    ),
    "chart_no_image": "Chart “{id}” has no image; its slide shows the headline and caption only.",
    "deck_stops": (
        "The deck stops at {slides} slides: {left} of {total} sections, from “{title}” on, "
        "are left out. The report (--format docx) holds the whole briefing; for a deck of "
        "them, compose a shorter briefing (--compose)."
    ),
    "deck_template_slides": (
        "The deck template {name} contains {n} slide(s); they are left out of the deck (only "
        "its masters and layouts are used)."
    ),
    # a deck template's layouts (``render.deck.layout_choice``)
    "slides_title": "the title slide",
    "slides_text": "text slides",
    "slides_section": "section divider slides",
    "slides_chart": "chart slides",
    "slides_key_figures": "the key-figures slide",
    "slides_table": "table and timeline slides",
    "slides_callout": "callout slides",
    "slides_sources": "the sources slides",
    "room_text_area": "text area",
    "room_figure_area": "figure area",
    "room_table_width": "table width",
    "layout_squeezed": (
        "has a layout “{layout}”, but its {word} is {share:.0%} of that of “{fallback}”"
    ),
    "layout_unusable": "has a layout “{layout}” without the placeholders it needs",
    "layout_missing": "has no layout “{layout}”",
    "layout_fallback_one": (
        "The deck template {name} {reason}; {slides} uses the layout “{layout}” instead."
    ),
    "layout_fallback_many": (
        "The deck template {name} {reason}; {slides} use the layout “{layout}” instead."
    ),
    # a report template's styles (``render.report.template``)
    "styles_missing_one": (
        "The report template {name} lacks {n} of Briefkit's {total} style ({shown}): it was "
        "defined from its own Normal and heading styles. Add them to the template to control "
        "their look (`briefkit check --template` lists them all)."
    ),
    "styles_missing": (
        "The report template {name} lacks {n} of Briefkit's {total} styles ({shown}): they "
        "were defined from its own Normal and heading styles. Add them to the template to "
        "control their look (`briefkit check --template` lists them all)."
    ),
    "body_on_lines": " on {size:g} pt lines",
    "body_line_spacing": " at {spacing:g} line spacing",
    "body_grid": " on a line grid of {size:g} pt",
    "body_size": (
        "The report template {name} sets body text in {size:g} pt{line}{grid} (Briefkit's "
        "own: {own:g} pt at 1.15): expect about {factor:.1f} times the pages of the bundled "
        "template."
    ),
    # a template's package refused (``render.office``: package, xmlparts, pictures, active)
    "template_resave": "Open it in Word or PowerPoint, save it again (File > Save As) and retry",
    "template_bad_xml": (
        "{what} has a damaged part: {name} is not well-formed XML ({error}). {fix}."
    ),
    "template_doctype": (
        "{what} has a part ({name}) with a document type declaration, which Office files "
        "never have (the way to entity tricks); it is refused. {fix}."
    ),
    "template_doctype_part": (
        "{what} has a part ({name}) with a document type declaration, which Office files "
        "never have; it is refused. {fix}."
    ),
    "template_too_large": (
        "{what} is {size}, more than the {limit} a template may have. Remove large pictures "
        "or embedded files from it and retry."
    ),
    "template_damaged_zip": "{what} is a damaged zip package ({error}). {fix}.",
    "template_relationships": (
        "{what} has a part ({name}) with {n} relationships, more than the {limit} a template "
        "part may have; it is not an ordinary Office file. {fix}."
    ),
    "template_parts": (
        "{what} holds {n} parts, more than the {limit} a template may have; it is not an "
        "ordinary Office file. {fix}."
    ),
    "template_twin_parts": (
        "{what} holds two parts named {name}; an Office file never does, and the one checked "
        "might not be the one used. {fix}."
    ),
    "template_unpacks_large": (
        "{what} would unpack to {size}, more than the {limit} a template may have (a zip "
        "bomb?). Use a smaller template."
    ),
    "template_zip_bomb": (
        "{what} has a part ({name}) that unpacks to {ratio} times its packed size, which no "
        "Office file does (a zip bomb?). Use another template."
    ),
    "template_picture_bytes": (
        "{what} holds a picture ({name}) of {size:.0f} MB; pictures in a template may have up "
        "to {limit} MB. Replace it with a smaller one."
    ),
    "template_picture_pixels": (
        "{what} holds a picture ({name}) of {width} x {height} pixels, too large to place. "
        "Replace it with one of at most {limit} million pixels."
    ),
    "svg_script": "a script",
    "svg_reference": "a reference to {reference}",
    "template_svg": (
        "{what} holds an SVG picture ({name}) with {svg}; Briefkit never lets a document "
        "fetch or run anything. Replace the picture with a PNG, or an SVG that has everything "
        "inside it, and retry."
    ),
    "link_file": "file",
    "template_outside_link": (
        "{what} links to a file outside itself ({type}: {target}); Briefkit never fetches "
        "outside files. Insert the picture or object into the template (not as a link: in "
        "Word, Insert > Pictures, without 'Link to File') and retry."
    ),
    "handout_styles": (
        "The report template {name} has no usable paragraph style {styles}, which the "
        "handout needs; add it to the template or rename the style of that name."
    ),
    "deck_no_content_layout": (
        "The deck template {path} has no layout with a title and a content (or text) "
        "placeholder, which every deck needs. Add a “Title and Content” layout to its slide "
        "master (see templates/README.md, “Deck template”)."
    ),
    # the export's errors
    "unknown_topics": "unknown topic(s): {unknown}; known topics: {known}",
    "manifest_not_written": "{reason}; {name} was not written either",
    "out_not_a_folder": "{path} exists and is not a folder; choose another --out",
    "out_cannot_create": "cannot create the output folder {path}: {reason}",
    "no_translations": ("no {lang!r} translations in the data; available languages: {languages}"),
    "translation_incomplete": (
        "the {lang!r} translation of {topics} is incomplete ({n} problem(s)); nothing was "
        "written. Complete it (briefkit check --lang {lang}) or export in another "
        "language:\n{shown}{more}"
    ),
    "and_more": "\n  ... and {n} more",
    "same_file_name": (
        "{first} and {second} would both be written as {name}; export them into different "
        "folders, or rename one of the topics"
    ),
    "protected_damaged_manifest": (
        "the record of what Briefkit wrote in {folder} ({manifest}) is damaged, so these "
        "{n} file(s) cannot be told apart from edited ones: {names}; nothing was written. "
        "Replacing them keeps a copy of the damaged record and carries over every entry "
        "still readable in it"
    ),
    "protected_made_differently": (
        "{n} file(s) in {folder} were changed since Briefkit wrote them, were not written "
        "by it, or were made from another language, template or composition: {names}; "
        "nothing was written. Made differently: {made}"
    ),
    "protected_edited": (
        "{n} file(s) in {folder} were changed since Briefkit wrote them, or were not "
        "written by it: {names}; nothing was written"
    ),
    "made_from_file": "{name} ({made})",
    "made_from_language": "language {value}",
    "made_from_template": "template {value}",
    "made_from_composition": "composition {value}",
    "made_from_bundled": "bundled",
    "made_from_none": "none",
    "made_from_grades_on": "with source grades",
    "made_from_grades_off": "without source grades",
    # why a file could not be written
    "write_disk_full": (
        "cannot write {path}: the disk is full; free some space or choose another output "
        "folder (nothing partial was left in {folder})"
    ),
    "write_file_locked": (
        "cannot write {path}: the file is open in another program (Word and PowerPoint "
        "lock the files they have open); close it there and export again"
    ),
    "write_cannot_replace": (
        "cannot replace {path}: it is open in another program (Word and PowerPoint "
        "lock the files they have open) or read-only; close it or choose another "
        "output folder, and export again"
    ),
    "write_folder_not_writable": (
        "cannot write {path}: the folder {folder} is not writable; choose another output folder"
    ),
    "write_read_only_disk": (
        "cannot write {path}: {folder} is on a read-only disk; choose another folder"
    ),
    "write_failed": "cannot write {path}: {reason}",
    # the tools an export needs
    "pdf_not_installed": (
        "PDF needs LibreOffice, which is not installed: install it (apt-get install "
        "libreoffice-writer-nogui libreoffice-impress-nogui) or leave PDF out of the formats."
    ),
    "pdf_not_converted": "LibreOffice could not convert {files} to PDF{detail}",
    "pdf_the_files": "the files",
    "pdf_too_slow": "LibreOffice took longer than {seconds:.0f} s to convert to PDF",
    "browser_not_found": (
        "No Chrome or Chromium browser was found to draw the charts: install Chromium "
        "(apt-get install chromium) or Google Chrome, or set BROWSER_PATH to its executable."
    ),
    # briefkit check --accessibility (render/accessibility): places, findings, fixes
    "accessibility_needs_files": "give --accessibility with the files to check: FILE.docx ...",
    "a11y_finding": "{file}: {where}: {rule}: {message}; fix: {fix}",
    "a11y_where_presentation": "presentation",
    "a11y_where_document": "document",
    "a11y_where_slide": "slide {n}",
    "a11y_where_notes": "{where} notes",
    "a11y_where_paragraph": "paragraph {n}",
    "a11y_where_table": "table {n}",
    "a11y_where_picture": "picture {n}",
    "a11y_no_slides": "the deck has no slides part",
    "a11y_slide_no_title": "the slide has no title",
    "a11y_same_title": "the title “{title}” is the same as slide {n}'s",
    "a11y_what_picture": "picture",
    "a11y_what_chart": "chart",
    "a11y_what_diagram": "diagram",
    "a11y_no_alt": "the {what} “{label}” has no alt text",
    "a11y_no_header_row": "a table has no header row",
    "a11y_merged_cells": "a table has merged cells",
    "a11y_title_not_first": "the title is not read first",
    "a11y_read_after": "“{second}” is read after “{first}” though it comes before it on the slide",
    "a11y_text_size": "text “{text}” is {points:g} pt",
    "a11y_contrast": "text “{text}” in #{colour} on #{ground} has a contrast of {ratio}:1",
    "a11y_contrast_unjudged": (
        "text “{text}” lies over a picture (or a patterned fill): its contrast cannot be judged"
    ),
    "a11y_no_language": "no language is set for the text “{text}”",
    "a11y_cyrillic_marked": "Cyrillic text “{text}” is marked {lang}",
    "a11y_no_body": "the document has no body",
    "a11y_no_doc_title": "the document has no title",
    "a11y_no_doc_lang": "the document's language is not set",
    "a11y_heading_skip": "the heading “{text}” is at level {level} after level {previous}",
    "a11y_header_not_repeated": (
        "the table's first row is not repeated as a header row on each page"
    ),
    "a11y_picture_no_alt": "“{label}” has no alt text",
    "a11y_fix_slide_title": (
        "put a title in the slide's title placeholder (it may be hidden off the slide if the "
        "design has none)"
    ),
    "a11y_fix_unique_title": 'make each title different, e.g. add "(continued)" or "(2 of 3)"',
    "a11y_fix_alt_text": (
        "add alt text (right-click > View Alt Text) that says what it shows, or mark it decorative"
    ),
    "a11y_fix_table_header": "mark the first row as a header row (Table Design > Header Row)",
    "a11y_fix_merged_cells": "split the merged cells so each row has one cell per column",
    "a11y_fix_reading_order": (
        "put the title first and the rest top to bottom, left to right (Home > Arrange > "
        "Selection Pane, or Accessibility > Reading Order)"
    ),
    "a11y_fix_contrast": "darken the text or lighten its background to at least 4.5:1",
    "a11y_fix_text_size": "use at least 10 pt, or move the text to the notes",
    "a11y_fix_document_title": "set a title (File > Info > Properties > Title)",
    "a11y_fix_document_language": (
        "set the document's language (Review > Language > Set Proofing Language on the "
        "Normal style)"
    ),
    "a11y_fix_heading_order": "use the next heading level down (Heading 2 after Heading 1)",
    "a11y_fix_header_repeat": (
        "tick Table Properties > Row > Repeat as header row at the top of each page on the "
        "first row"
    ),
    "a11y_fix_run_language": (
        "mark the text with its language (Review > Language), e.g. Russian text as ru-RU"
    ),
    "a11y_fix_contrast_unjudged": (
        "look at the slide: the text must be readable over the picture everywhere (else put "
        "it on a plain box or move it off the picture)"
    ),
    "a11y_kind_unknown": (
        "cannot tell from its extension whether it is a Word or a PowerPoint file; give a "
        ".docx or .pptx file"
    ),
    "a11y_not_a_file": "it does not exist or is not a file; check the path",
    "a11y_cannot_check": "{path}: cannot be checked: {error}",
    "a11y_file_problems": "{path}: {n} accessibility problem(s)",
    "a11y_file_passed": "{path}: no accessibility problems",
    "a11y_file_warnings": "{line} ({n} warning(s): what the check cannot judge)",
    "a11y_failed": "{failed} of {n} file(s) did not pass the accessibility check",
    "a11y_export_warning": "accessibility: {finding}",
    # click's own messages (click_words.py): its texts, which click fills in itself
    "click_invalid_value": "Invalid value: {message}",
    "click_invalid_value_for": "Invalid value for {param_hint}: {message}",
    "click_missing_argument": "Missing argument",
    "click_missing_option": "Missing option",
    "click_missing_parameter": "Missing parameter",
    "click_missing_type": "Missing {param_type}",
    "click_missing_parameter_name": "Missing parameter: {param_name}",
    "click_no_such_option": "No such option {name!r}.",
    "click_no_such_command": "No such command {name!r}.",
    "click_option_needs_argument": "Option {name!r} requires an argument.",
    "click_option_takes_no_value": "Option {name!r} does not take a value.",
    "click_missing_command": "Missing command.",
    "click_not_a_number": "{value!r} is not a valid {number_type}.",
    "click_not_in_range": "{value} is not in the range {range}.",
    "click_path_missing": "{name} {filename!r} does not exist.",
    "click_path_is_file": "{name} {filename!r} is a file.",
    "click_path_is_directory": "{name} {filename!r} is a directory.",
    "click_file": "file",
    "click_directory": "directory",
    "click_path": "path",
    "click_options": "Options",
    "click_commands": "Commands",
    "click_help_option": "Show this message and exit.",
    "click_version_option": "Show the version and exit.",
    "click_aborted": "Aborted!",
    "click_default": "default: {default}",
    "click_did_you_mean": "Did you mean {possibility}?",
    "click_did_you_mean_one_of": "(Did you mean one of: {possibilities}?)",
    "click_extra_argument": "Got unexpected extra argument ({args})",
    "click_extra_arguments": "Got unexpected extra arguments ({args})",
    "click_not_the_choice": "{value!r} is not {choice}.",
    "click_not_a_choice": "{value!r} is not one of {choices}.",
    "click_option_needs_arguments": "Option {name!r} requires {nargs} arguments.",
    # a template's verdict in detail (template_check.py, chart_looks.py, template_mapping.py)
    "verdict_what_charts": "charts",
    "verdict_what_tables": "tables",
    "verdict_cramped_charts": "its chart slides are too small for the charts",
    "verdict_cramped_tables": "its table slides are too small for the tables",
    "verdict_left_out": "{missing} of {total} {what} would be left out",
    "verdict_change": "  {number}. {change}",
    "verdict_fits": "fits: {note}",
    "verdict_does_not_fit": "DOES NOT FIT: {note}",
    "verdict_kind": "    {kind}{pad}  “{layout}” ({how}); {detail}",
    "verdict_kind_change": "{kind}: {note}",
    "verdict_mapping_line": "  {line}",
    "verdict_chart_room": "{share} of the slide width, aspect {aspect}",
    "verdict_chart_too_small": (
        "{room} (a chart needs {width} of the width and an aspect between {low} and {high}); "
        "give the layout a wider picture placeholder"
    ),
    "verdict_figure_area": "figure area {width} × {height} cm",
    "verdict_table_need": "{n} columns of {cm} cm need {total} cm",
    "verdict_table_too_narrow": (
        "{n} columns of {cm} cm need {total} cm; cells will wrap: give the layout a wider "
        "table placeholder"
    ),
    "verdict_table_width": "table width {width} cm",
    "verdict_pairs": "{n} value/label pairs",
    "verdict_no_title": "no title placeholder",
    "verdict_no_text": "no text placeholder",
    "verdict_title_area": "title {width} × {height} cm",
    "verdict_text_area": "text area {width} × {height} cm",
    "verdict_figures_as_list": "figures as a list; {room}",
    "looks_house": "Briefkit's own colours",
    "looks_house_bundled": "Briefkit's own colours (a bundled template)",
    "looks_theme": (
        "the theme's colours {palette} and {accent} (highlight) on {background}, text {ink}, "
        "font {font}"
    ),
    "looks_with_size": (
        "{colours}; pictures {px_width} x {px_height} px, the aspect of its {width} x "
        "{height} cm chart box"
    ),
    "holds_title": "title",
    "holds_subtitle": "subtitle",
    "holds_content": "content",
    "holds_text": "text",
    "holds_picture": "picture",
    "holds_table": "table",
    "holds_chart": "chart",
    "holds_nothing": "no placeholders",
    "how_by_name": "by name",
    "how_by_alias": "by alias",
    "how_by_type": "by type “{type}”",
    "how_by_style_id": "by style id",
    "how_missing": "missing: using “{layout}”",
    "how_fallback": "fallback: {holds}",
    "how_squeezed": "{how}; “{layout}” has {share} of its {word}",
    "how_wrong_kind": "wrong kind: using {fallback}",
    "how_derived": "defined from the template's Normal and headings",
    "mapping_layout": "layout “{wanted}”{pad} -> “{layout}” ({how}; {slides})",
    "mapping_paragraph_style": "paragraph style “{name}”",
    "mapping_character_style": "character style “{name}”",
    "mapping_table_style": "table style “{name}”",
    "mapping_style": "{label}{pad} -> {used} ({how})",
    "mapping_used": "“{name}”",
    "mapping_no_style": "no style",
}
for _more in (DATA_ENGLISH, RARE_ENGLISH, KK_ENGLISH, CONTRAST_ENGLISH, UPDATE_ENGLISH):
    ENGLISH.update(_more)
