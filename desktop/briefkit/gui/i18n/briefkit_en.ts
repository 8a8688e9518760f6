<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ComposerDialog</name>
    <message numerus="yes">
        <source>Will be written as %1.docx, .pptx, … with %n section(s).</source>
        <translation>
            <numerusform>Will be written as %1.docx, .pptx, … with %n section.</numerusform>
            <numerusform>Will be written as %1.docx, .pptx, … with %n sections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Export %n Briefing(s)</source>
        <translation>
            <numerusform>Export %n Briefing</numerusform>
            <numerusform>Export %n Briefings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) as {formats}: </source>
        <translation>
            <numerusform>%n topic as {formats}: </numerusform>
            <numerusform>%n topics as {formats}: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) into {folder}</source>
        <translation>
            <numerusform>%n file into {folder}</numerusform>
            <numerusform>%n files into {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n file to {folder}</numerusform>
            <numerusform>Wrote %n files to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <source>Wrote %n file(s)</source>
        <translation>
            <numerusform>Wrote %n file</numerusform>
            <numerusform>Wrote %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show All %n Warnings…</source>
        <translation>
            <numerusform>Show the %n Warning…</numerusform>
            <numerusform>Show All %n Warnings…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message numerus="yes">
        <source>%n accessibility problem(s)…</source>
        <translation>
            <numerusform>%n accessibility problem…</numerusform>
            <numerusform>%n accessibility problems…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accessibility warning(s)…</source>
        <translation>
            <numerusform>%n accessibility warning…</numerusform>
            <numerusform>%n accessibility warnings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accessibility problem(s)</source>
        <translation>
            <numerusform>%n accessibility problem</numerusform>
            <numerusform>%n accessibility problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n topic(s) from the bundled data</source>
        <translation>
            <numerusform>%n topic from the bundled data</numerusform>
            <numerusform>%n topics from the bundled data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) from {folder}</source>
        <translation>
            <numerusform>%n topic from {folder}</numerusform>
            <numerusform>%n topics from {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s)</source>
        <translation>
            <numerusform>%n key figure</numerusform>
            <numerusform>%n key figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline(s)</source>
        <translation>
            <numerusform>%n timeline</numerusform>
            <numerusform>%n timelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n disagreement</numerusform>
            <numerusform>%n disagreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s)</source>
        <translation>
            <numerusform>%n chart</numerusform>
            <numerusform>%n charts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s); </source>
        <translation>
            <numerusform>%n source; </numerusform>
            <numerusform>%n sources; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they disagree in %n place(s)</source>
        <translation>
            <numerusform>they disagree in %n place</numerusform>
            <numerusform>they disagree in %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n source(s) flagged below)</source>
        <translation>
            <numerusform>(%n source flagged below)</numerusform>
            <numerusform>(%n sources flagged below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s), as they will appear in the report and the deck. Hover for the headline; double-click to open one.</source>
        <translation>
            <numerusform>%n chart, as they will appear in the report and the deck. Hover for the headline; double-click to open one.</numerusform>
            <numerusform>%n charts, as they will appear in the report and the deck. Hover for the headline; double-click to open one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <source>In %n disagreement(s)</source>
        <translation>
            <numerusform>In %n disagreement</numerusform>
            <numerusform>In %n disagreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n slide(s) in the deck</source>
        <translation>
            <numerusform>%n slide in the deck</numerusform>
            <numerusform>%n slides in the deck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in the report</source>
        <translation>
            <numerusform>%n page in the report</numerusform>
            <numerusform>%n pages in the report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message numerus="yes">
        <source>Usable, but {what} (changes: %n)</source>
        <translation>
            <numerusform>Usable, but {what} (changes: %n)</numerusform>
            <numerusform>Usable, but {what} (changes: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n chart(s) would be left out</source>
        <translation>
            <numerusform>{missing} of %n chart would be left out</numerusform>
            <numerusform>{missing} of %n charts would be left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n table(s) would be left out</source>
        <translation>
            <numerusform>{missing} of %n table would be left out</numerusform>
            <numerusform>{missing} of %n tables would be left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Details…)</source>
        <translation>
            <numerusform>… and %n more (Details…)</numerusform>
            <numerusform>… and %n more (Details…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usable, with changes: %n</source>
        <translation>
            <numerusform>Usable, with changes: %n</numerusform>
            <numerusform>Usable, with changes: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message numerus="yes">
        <source>%n of {total} ticked</source>
        <translation>
            <numerusform>%n of {total} ticked</numerusform>
            <numerusform>%n of {total} ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The data folder has %n problem(s)</source>
        <translation>
            <numerusform>The data folder has %n problem</numerusform>
            <numerusform>The data folder has %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n files in {folder} were changed since Briefkit wrote them, or were not written by Briefkit. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</source>
        <translation>
            <numerusform>These %n files in {folder} were changed since Briefkit wrote them, or were not written by Briefkit. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</numerusform>
            <numerusform>These %n files in {folder} were changed since Briefkit wrote them, or were not written by Briefkit. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in {folder} were written by Briefkit and not changed since, but made from another language, template or composition than this export. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</source>
        <translation>
            <numerusform>This file in {folder} was written by Briefkit and not changed since, but made from another language, template or composition than this export. Nothing has been written yet.

Replace it with the new briefing, or keep it and write the new files beside (e.g. {beside})?</numerusform>
            <numerusform>These %n files in {folder} were written by Briefkit and not changed since, but made from another language, template or composition than this export. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</numerusform>
        </translation>
    </message>
</context>
</TS>
