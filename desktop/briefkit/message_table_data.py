"""The English patterns of the data folder's problems (``file:line: field: message``), by code;
``briefkit.message_table.ENGLISH`` holds them with the rest. The ``data_`` codes of the catalog's
templates (``briefkit.catalog.messages``) say those templates word for word."""

from __future__ import annotations

DATA_ENGLISH: dict[str, str] = {
    # what pydantic found wrong with a value (briefkit.catalog.errors, catalog.messages)
    "data_missing": "is missing; this field is required",
    "data_not_whole": "{value} is not a whole number",
    "data_not_number": "{value} is not a number (use a dot for decimals, no thousands separators)",
    "data_not_date": "{value} is not a date; write it as YYYY-MM-DD, e.g. 2011-07-11",
    "data_below": "{value} is below {limit}; counts and values cannot be negative",
    "data_above": "{value} is above {limit}; check the figure",
    "data_not_id": (
        "{value} is not a valid id; use lower-case letters, digits and hyphens (e.g. aktobe-2016)"
    ),
    "data_not_period": (
        "{value} is not a period; write a year (2012), a month (2012-05) or a span (2011/2013)"
    ),
    "data_not_allowed": "{value} is not allowed; use one of {expected}",
    "data_empty_list": "is empty; give at least one value",
    "data_too_long": "is longer than {limit} characters; shorten it",
    "data_not_bool": "{value} is not true or false",
    "data_unknown_source": 'unknown source id "{value}"; known sources: {known}',
    "data_after_today": "{value} is after today ({today}); check the year",
    "data_first_day": (
        "{value} has {precision} precision, so it must be the first day of the {precision}: "
        "write {first} (or give a finer precision)"
    ),
    "data_not_in_vocabulary": '"{value}" is not in vocabulary.yaml; use one of {known}',
    "data_below_breakdown": (
        "{value} is less than the breakdown (perpetrators + security + civilians = {known}); "
        "killed is the total of all deaths"
    ),
    "data_no_total": "is empty but a breakdown is given; give the total too",
    "data_outside": (
        "{latitude}, {longitude} is outside Kazakhstan (lat {lat}, lon {lon}); check the "
        "coordinates or the country"
    ),
    "data_no_value": "is empty; give a number, or describe it in value_text",
    "data_negative": "{value} is negative",
    "data_period_ahead": "{value} is after this year; check the year",
    "data_id_taken": '"{value}" is the id of another {kind}; give this one its own id',
    "data_version_problem": "version {number}{field}: {problem}",
    "data_version_source": (
        'version {number}: "{value}" is not in sources.yaml; give one of its ids'
    ),
    "data_not_known_field": "is not a known field; remove it or check its spelling",
    "data_should_be_mapping": "{value} should be a mapping of keys to values",
    "data_should_be_list": "{value} should be a list",
    "data_text_read_as_key": (
        "should be text, but a ': ' inside it made YAML read a key; "
        "put the whole text in double quotes"
    ),
    "data_should_be_text": "{value} should be text",
    "data_control_in_text": (
        "contains the control character U+{character} (character {position}), which a Word or "
        "PowerPoint document cannot hold; remove it"
    ),
    "data_to_before_from": "'to' is before 'from'",
    "data_end_before_start": "'end' is before 'start'",
    "data_key_figure_kind": (
        "give one of 'incident' (with 'field'), 'incidents' (a list or rule, with "
        "'field' for a total) or 'indicator'"
    ),
    "data_key_figure_field": "'incident' needs 'field' (for example killed or wounded)",
    "data_compare_with_indicator": "'compare' goes with 'indicator'",
    "data_key_points_count": (
        "'key_points' lists {n}; give {low} to {high}, or none for the default"
    ),
    "data_not_on_scale": (
        'uses "{term}", which is not on the likelihood scale; write one of: {words}'
    ),
    "data_likelihood_and_confidence": (
        'states likelihood and confidence in one sentence ("{sentence}")'
        "; give the confidence in a sentence of its own"
    ),
    "data_likelihood_disagrees": 'is "{given}" but the text says "{used}"; make them agree',
    "data_glossary_english": 'the English names "{english}"; write it as "{form}" ({where})',
    "data_glossary_avoided": (
        'has "{found}" ("{avoided}"), which the glossary avoids for '
        '"{english}"; write "{form}" ({where})'
    ),
    "data_figures_differ": (
        "figures differ from the English: the English has {english}; the translation has "
        "{translated} (numbers and dates stay as in the English)"
    ),
    "data_figures_nothing_more": "nothing more",
    "data_figures_nothing_instead": "nothing in their place",
    "data_pattern_placeholders": "uses {extra}; the English pattern has {need}",
    # the files and their shape (briefkit.catalog.load, tables, yamlfile)
    "data_file_missing": "is missing from the data folder",
    "data_not_a_folder": "is not a folder; give the data folder with --data",
    "data_list_of_entries": "should be a list of entries, each starting with '- {key}:'",
    "data_id_used": '"{id}" is already used in {place}; ids must be unique',
    "data_place": "{file} line {line}",
    "data_not_a_mapping": "should be a mapping (key: value lines)",
    "data_no_topics_folder": "is missing; topics live in data/topics/<id>.yaml",
    "data_no_topic_files": "has no topic files (<id>.yaml)",
    "data_topic_not_mapping": "should be a mapping starting with 'id:'",
    "data_yaml_syntax": "is not valid YAML: {what}; check indentation and quotes",
    "data_yaml_invalid": "is not valid YAML: {error}",
    "data_yaml_mapping_values": "mapping values are not allowed here",
    "data_yaml_expected_key": "could not find expected ':'",
    "data_yaml_tab": "found character '\\t' that cannot start any token",
    "data_yaml_unclosed_quote": "found unexpected end of stream",
    "data_yaml_duplicate_key": (
        'gives the key "{key}" a second time (first at line {first}); YAML would keep '
        "only the later value: keep one of the two"
    ),
    "data_control_character": "contains the control character U+{character}; remove it",
    "data_csv_empty": "is empty; it needs a header row naming the columns",
    "data_column_missing": "column is missing from the header row",
    "data_column_unknown": "is not a known column; known columns: {known}",
    "data_column_twice": "the header row names a column twice",
    "data_cell_count": (
        "has {cells} cells but the header has {columns} columns; "
        "check for a stray comma or a missing quote"
    ),
    "data_cell_too_long": (
        "is {length} characters long; a cell may hold at most {limit}: shorten it"
    ),
    "data_no_rows": "has a header but no rows",
    "data_cell_over_limit": "has a cell of more than {limit} characters; shorten it",
    "data_csv_invalid": "is not valid CSV: {error}",
    "data_yaml_alias": (
        "uses a YAML alias (a *name that repeats an &name anchor); data files may not use "
        "aliases or anchors: write the value out where it is needed"
    ),
    "data_recover_failed": (
        "an import was stopped half-way and its files cannot be put back "
        "({reason}); make the folder writable and run again"
    ),
    # reading a file (briefkit.catalog.textfile)
    "data_link_outside": "is a link to a file outside the data folder; copy the file in instead",
    "data_file_too_big": "is {size} MB; a data file may be at most {limit} MB",
    "data_unreadable": "cannot be read: {reason}",
    "data_save_as_utf8": (
        "save it as UTF-8 (in Excel: Save As > 'CSV UTF-8'; "
        "in LibreOffice: Character set 'Unicode (UTF-8)')"
    ),
    "data_wide_text": "is {encoding} text, not UTF-8; {hint}",
    "data_cyrillic_hint": "it looks like Windows-1251 (Cyrillic); {hint}",
    "data_save_file_as_utf8": "save the file as UTF-8",
    "data_not_utf8": "is not UTF-8 text (byte 0x{byte}); {hint}",
    "data_nul_bytes": "contains NUL bytes; is it a text file?",
    # a topic's texts and references (briefkit.catalog.checks)
    "data_cites_unknown": 'cites unknown source "{id}"; known sources: {known}',
    "data_malformed_citation": "has a malformed citation; write it as [@source-id]",
    "data_cites_none": "cites no source; add [@source-id] after the fact it supports",
    "data_section_id_twice": '"{id}" is used by two sections; section ids must differ',
    "data_not_in_incidents": '"{id}" is not in incidents.csv',
    "data_not_in_topic_incidents": '"{id}" is not in the topic\'s incidents list',
    "data_not_in_indicators": '"{id}" is not in indicators.csv',
    "data_not_in_topic_indicators": '"{id}" is not in the topic\'s indicators list',
    "data_no_figure": "{id} has no {field} figure; pick another field",
    "data_not_a_record": '"{id}" is not an incident, indicator or measure id',
    "data_dated_outside": ("{id} is dated {date}, outside the topic's period {start} to {end}"),
    "data_covers_outside": "{id} covers {period}, outside the topic's period {start} to {end}",
    "data_compares_itself": ('compares "{id}" with itself; compare it with an earlier indicator'),
    "data_compare_units": (
        '"{before}" is in {before_unit} and "{after}" in {after_unit}; '
        "compare values in the same unit"
    ),
    "data_compare_not_earlier": (
        '"{before}" ({before_period}) is not earlier than "{after}" '
        "({after_period}); compare is the earlier value, shown first"
    ),
    "data_not_a_field": '"{field}" is not a field of {id}; use one of {known}',
    "data_no_version_matches": (
        'none of the versions matches {id}.{field} = "{current}"; the table must show '
        "one of the recorded versions"
    ),
    "data_partisan_only": (
        'the claim "{claim}" relies only on a partisan source; attribute it '
        "in the claim itself (mention {names})"
    ),
    "data_judgment_weak_sources": (
        "rests only on sources graded E or F: {weak}; find a better source or say "
        "how weak the basis is"
    ),
    "data_figure_weak_sources": (
        "rests only on sources graded E or F: {weak}; find a better source or drop the figure"
    ),
    "data_figure_weak_information": (
        "rests only on information graded 5 or 6: {shown}; find a better-attested figure or drop it"
    ),
    "data_not_a_placeholder": (
        "{text} is not a count placeholder; write {{name}} or "
        "{{name|form|...}} with a name from the topic's counts"
    ),
    "data_not_a_count": '"{name}" in {text} is not one of the topic\'s counts ({known})',
    "data_no_counts": "none defined; add them under counts:",
    "data_event_type_unknown": '"{value}" is not in vocabulary.yaml; use one of {known}',
    "data_count_twice": '"{id}" is used by two counts; names must differ',
    "data_and": "{left} and {right}",
    "data_not_a_section": '"{id}" is not a section of the topic; use one of {known}',
    # a translation's files (briefkit.catalog.translations)
    "data_not_an_english_id": "is not an id of the English data; remove it or fix the id",
    "data_translation_missing": "translation missing (English: {english})",
    "data_not_an_english_topic": "is not a topic of the English data",
    "data_title_as_published": "is printed on the source and stays as published; remove it",
    "data_not_translated_field": "is not translated; give only {fields}",
    "data_place_missing": 'place name missing; add "{name}: <translation>"',
    "data_label_missing": "missing (English: {english})",
    "data_version_count": ("has {given} version(s); the English has {english} in this order"),
    "data_item_count": "has {given} item(s); the English has {english}",
    "data_cites_differ": (
        "cites {cites}; the English cites {english} (same [@id] citations in each paragraph)"
    ),
    "data_cites_nothing": "nothing",
    "data_not_as_english": (
        "is {mine} but the English has {english}; translate only the text, keep ids, "
        "references, blocks and their order"
    ),
    # a briefing note too long for its pages (briefkit.note_check)
    "note_too_long": (
        "{where}: its briefing note ({lang}) would run to about {pages} pages with "
        "{template}, more than {limit}; shorten its key_points or bottom_line (data/README.md)"
    ),
    # a sheet to import (briefkit.catalog.importing.sheets)
    "data_too_many_rows": "has more than {limit} rows; split it",
    "data_no_header": "is empty; it needs a header row",
    "data_too_many_columns": "has {columns} columns; at most {limit} can be imported",
    "data_header_twice": "the header row names {names} twice",
    "data_not_a_sheet": "is not a .csv or .xlsx file; save it as CSV UTF-8 or as an Excel workbook",
    "data_old_excel": "is an old Excel 97-2003 file; save it as an Excel workbook (.xlsx) or CSV",
    "data_workbook_too_big": "is {size} MB; a workbook to import may be at most {limit} MB",
    "data_not_a_zip": "is not an Excel workbook (not a zip package); save it again as .xlsx",
    "data_too_many_parts": "has {parts} parts; a workbook to import may have at most {limit}",
    "data_unpacks_too_big": "unpacks to {size} MB; at most {limit} MB can be imported",
    "data_workbook_unreadable": "cannot be read as an Excel workbook ({error}); save it again",
    "data_no_worksheet": "has no worksheet with rows",
    "data_formula": (
        "is a formula ({formula}); Briefkit never evaluates formulas: "
        "paste the values instead (Paste Special > Values)"
    ),
    "data_looks_acled": "looks like an ACLED export but lacks {missing}",
    "data_looks_gtd": "looks like a GTD extract but lacks {missing}",
    "data_import_date": '"{value}" is not a date; write it as 2011-11-12 or 12 November 2011',
    "data_import_unmapped": (
        '"{value}" has no Briefkit value; add it to import-mapping.yaml under {where} '
        "(mapped now: {known})"
    ),
    "data_import_no_event_type": (
        '"{value}" ({event}) has no Briefkit event type; add it to import-mapping.yaml under '
        "acled: sub_event_types (mapped now: {known})"
    ),
    "data_import_not_whole": '"{value}" is not a whole number',
    "data_import_no_source": "is empty; every incident needs a source",
    "data_import_not_a_year": '"{value}" is not a year',
    "data_import_not_a_day": "{value} is not a date",
    "data_mapping_unknown_code": '"{value}" is not in vocabulary.yaml {kind}; use one of {known}',
    "data_no_translations": (
        "no {lang!r} translations in the data; available languages: {languages}"
    ),
    "data_import_needs_sound_data": "has problems; fix them first ('briefkit check')",
    "data_import_no_column": "incidents.csv has no {name} column; add it to its header row first",
    # a topic's choice of records (briefkit.catalog.rule_checks)
    "data_rule_takes_none": (
        "the rule ({criteria}) takes no {kind} in the topic's period; widen it or remove it{hints}"
    ),
    "data_rule_takes_none_among": (
        "the rule ({criteria}) takes no {kind} among the topic's; widen it or remove it{hints}"
    ),
    "data_rule_unknown_place": "; no incident has the {name} {missing} (known: {known})",
    "data_not_in_table": '"{id}" is not in {kind}.csv',
    "data_not_in_topic_list": '"{id}" is not in the topic\'s {kind}; add it there first',
    "data_taken_by_rule": '"{id}" is already taken by the rule; remove it from ids',
    "data_not_taken_by_rule": '"{id}" is not taken by the rule anyway; remove it from exclude',
    "data_code_unknown": '"{value}" is not in {file}; use one of {known}',
    # the grades (briefkit.catalog.grades)
    "data_reliability_reason": "is empty; give one line on why the source is graded so",
    "data_reliability_missing": "is missing; give the grade (A-F) the reason explains",
    "data_credibility_reason": "is empty; give one line on why the version is graded so",
    "data_credibility_missing": "is missing; give the grade (1-6) the reason explains",
    "data_graded_not_a_record": ('"{id}" is not an incident, indicator or measure of the data'),
    "data_graded_twice": '"{id}" is already graded on line {line}; grade it once',
}
