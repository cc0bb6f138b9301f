<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/actions.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="38"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="40"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="42"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="43"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="47"/>
        <source>Import documents…</source>
        <translation>Import documents…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="48"/>
        <source>Export annotations…</source>
        <translation>Export annotations…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="49"/>
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="50"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>Accept suggestion</source>
        <translation>Accept suggestion</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="53"/>
        <source>Reject suggestion</source>
        <translation>Reject suggestion</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>Next suggestion</source>
        <translation>Next suggestion</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="55"/>
        <source>Previous suggestion</source>
        <translation>Previous suggestion</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="56"/>
        <source>Delete span</source>
        <translation>Delete span</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="57"/>
        <source>End one character right</source>
        <translation>End one character right</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="58"/>
        <source>End one character left</source>
        <translation>End one character left</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="59"/>
        <source>Start one character left</source>
        <translation>Start one character left</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="60"/>
        <source>Start one character right</source>
        <translation>Start one character right</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="61"/>
        <source>End one word right</source>
        <translation>End one word right</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="62"/>
        <source>End one word left</source>
        <translation>End one word left</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="63"/>
        <source>Start one word left</source>
        <translation>Start one word left</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="64"/>
        <source>Start one word right</source>
        <translation>Start one word right</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="65"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="66"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="67"/>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="69"/>
        <source>Document done</source>
        <translation>Document done</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="70"/>
        <source>Skip document</source>
        <translation>Skip document</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="71"/>
        <source>Next document</source>
        <translation>Next document</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="72"/>
        <source>Previous document</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="73"/>
        <source>Search documents</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>Show raw text and cleaning report</source>
        <translation>Show raw text and cleaning report</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="77"/>
        <source>Snap to words (jieba)</source>
        <translation>Snap to words (jieba)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="79"/>
        <source>中文界面</source>
        <translation>中文界面</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="80"/>
        <source>English interface</source>
        <translation>English interface</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="82"/>
        <source>Review window…</source>
        <translation>Review window…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="83"/>
        <source>Statistics…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="85"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="86"/>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../gui/stats_view.py" line="39"/>
        <source>(no data)</source>
        <translation>(no data)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/dialogs.py" line="24"/>
        <source>Open or create a project database</source>
        <translation>Open or create a project database</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="144"/>
        <source>Export annotations</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="155"/>
        <source>gold (reviewed spans)</source>
        <translation>gold (reviewed spans)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="155"/>
        <source>reviewed documents only</source>
        <translation>reviewed documents only</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="156"/>
        <source>all documents (gold, else an annotator&apos;s spans)</source>
        <translation>all documents (gold, else an annotator&apos;s spans)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="159"/>
        <source>Only my work (%1)</source>
        <translation>Only my work (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="161"/>
        <source>e.g. 80/10/10 (empty: one file)</source>
        <translation>e.g. 80/10/10 (empty: one file)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="163"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="169"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="171"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="173"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="174"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="179"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="195"/>
        <source>can be imported back</source>
        <translation>can be imported back</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="195"/>
        <source>export only</source>
        <translation>export only</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="199"/>
        <source>Export into folder</source>
        <translation>Export into folder</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="206"/>
        <source>Choose the folder to export into.</source>
        <translation>Choose the folder to export into.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="219"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="225"/>
        <source>Exported %1 documents and %2 spans into %3.</source>
        <translation>Exported %1 documents and %2 spans into %3.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="228"/>
        <source>%1 warnings, e.g.: %2</source>
        <translation>%1 warnings, e.g.: %2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="234"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="238"/>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../gui/format_texts.py" line="14"/>
        <source>JSON lines in the contract&apos;s shape (id, text, spans, meta)</source>
        <translation>JSON lines in the contract&apos;s shape (id, text, spans, meta)</translation>
    </message>
    <message>
        <location filename="../../gui/format_texts.py" line="15"/>
        <source>character-level BIO: one character and its tag per line, sentences split at 。！？；</source>
        <translation>character-level BIO: one character and its tag per line, sentences split at 。！？；</translation>
    </message>
    <message>
        <location filename="../../gui/format_texts.py" line="17"/>
        <source>character-level BIOES (S- for one-character entities, E- for the last character)</source>
        <translation>character-level BIOES (S- for one-character entities, E- for the last character)</translation>
    </message>
    <message>
        <location filename="../../gui/format_texts.py" line="19"/>
        <source>CLUENER2020 JSON lines (end offsets inclusive), with the project&apos;s label codes</source>
        <translation>CLUENER2020 JSON lines (end offsets inclusive), with the project&apos;s label codes</translation>
    </message>
    <message>
        <location filename="../../gui/format_texts.py" line="21"/>
        <source>brat standoff: a .txt and an .ann file per document, with annotation.conf</source>
        <translation>brat standoff: a .txt and an .ann file per document, with annotation.conf</translation>
    </message>
    <message>
        <location filename="../../gui/format_texts.py" line="23"/>
        <source>Label Studio JSON tasks, with annotations and the suggestions as predictions</source>
        <translation>Label Studio JSON tasks, with annotations and the suggestions as predictions</translation>
    </message>
    <message>
        <location filename="../../gui/format_texts.py" line="25"/>
        <source>spaCy DocBin files for spacy train, character or jieba tokens (needs spaCy)</source>
        <translation>spaCy DocBin files for spacy train, character or jieba tokens (needs spaCy)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="37"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="40"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="41"/>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="42"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="46"/>
        <source>Run the suggesters on the new documents</source>
        <translation>Run the suggesters on the new documents</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="48"/>
        <source>Assign to me (spans in the files become my spans); otherwise the documents join the shared pool</source>
        <translation>Assign to me (spans in the files become my spans); otherwise the documents join the shared pool</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="53"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="53"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="53"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="58"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="67"/>
        <source>Raw documents (.txt, .html, .docx, .jsonl, …) or folders of them:</source>
        <translation>Raw documents (.txt, .html, .docx, .jsonl, …) or folders of them:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="83"/>
        <source>Choose documents</source>
        <translation>Choose documents</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="87"/>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="95"/>
        <source>Add at least one file or folder.</source>
        <translation>Add at least one file or folder.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="106"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="114"/>
        <source>Imported %1 documents; %2 duplicates skipped; %3 problems.</source>
        <translation>Imported %1 documents; %2 duplicates skipped; %3 problems.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="127"/>
        <source>Import failed: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="131"/>
        <source>Import cancelled; documents imported before the cancel are kept.</source>
        <translation>Import cancelled; documents imported before the cancel are kept.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/legend.py" line="13"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../../gui/stats_view.py" line="70"/>
        <source>(no data)</source>
        <translation>(no data)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="58"/>
        <source>relabel</source>
        <translation>relabel</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="58"/>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="58"/>
        <source>resize</source>
        <translation>resize</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="59"/>
        <source>chars</source>
        <translation>chars</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="59"/>
        <source>Chinese entity annotation</source>
        <translation>Chinese entity annotation</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="90"/>
        <source>No documents yet: import some with File › Import (Ctrl+O).</source>
        <translation>No documents yet: import some with File › Import (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="112"/>
        <source>decided %v / %m</source>
        <translation>decided %v / %m</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157"/>
        <source>Annotator: %1</source>
        <translation>Annotator: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="228"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>documents %v / %m</source>
        <translation>documents %v / %m</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="311"/>
        <source>Suggestions not updated: %1</source>
        <translation>Suggestions not updated: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>Suggestions updated with what the project has learned</source>
        <translation>Suggestions updated with what the project has learned</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <source>No more suggestions in this document (Ctrl+D: done).</source>
        <translation>No more suggestions in this document (Ctrl+D: done).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="477"/>
        <source>Reject works on suggestions; use Delete to remove a span.</source>
        <translation>Reject works on suggestions; use Delete to remove a span.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="504"/>
        <source>The selection overlaps a span and this schema does not allow overlaps.</source>
        <translation>The selection overlaps a span and this schema does not allow overlaps.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="518"/>
        <source>Select some text or a suggestion first, then press the label key.</source>
        <translation>Select some text or a suggestion first, then press the label key.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="633"/>
        <source>Nothing to %1.</source>
        <translation>Nothing to %1.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="647"/>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="650"/>
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="673"/>
        <source>All documents are done or skipped.</source>
        <translation>All documents are done or skipped.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="679"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="730"/>
        <source>Segmenting words…</source>
        <translation>Segmenting words…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="733"/>
        <source>Snap: words</source>
        <translation>Snap: words</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="733"/>
        <source>Snap: characters</source>
        <translation>Snap: characters</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="814"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="820"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="820"/>
        <source>Chinese entity annotation, version %1.
Database: %2</source>
        <translation>Chinese entity annotation, version %1.
Database: %2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="824"/>
        <source>No Chinese (CJK) font is installed: Chinese text will show as boxes. Install one, for example:</source>
        <translation>No Chinese (CJK) font is installed: Chinese text will show as boxes. Install one, for example:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="829"/>
        <source>No Chinese font</source>
        <translation>No Chinese font</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../gui/queue_panel.py" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="23"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="23"/>
        <source>Chars</source>
        <translation>Chars</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="23"/>
        <source>Spans</source>
        <translation>Spans</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="24"/>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="24"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="25"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="25"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../gui/queue_panel.py" line="72"/>
        <source>Search name or text…</source>
        <translation>Search name or text…</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="75"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="75"/>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="76"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="76"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../gui/queue_panel.py" line="77"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../gui/raw_view.py" line="34"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="34"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="34"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="35"/>
        <source>Raw offsets</source>
        <translation>Raw offsets</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="35"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="53"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="53"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="53"/>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="75"/>
        <source>Raw text (%1) — removed: %2, changed: %3, flagged: %4. Cleaner %5.</source>
        <translation>Raw text (%1) — removed: %2, changed: %3, flagged: %4. Cleaner %5.</translation>
    </message>
    <message>
        <location filename="../../gui/raw_view.py" line="80"/>
        <source>The stored file is not plain text (e.g. .docx or HTML): its extracted text is not kept, so the pieces are listed below but not marked.</source>
        <translation>The stored file is not plain text (e.g. .docx or HTML): its extracted text is not kept, so the pieces are listed below but not marked.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../gui/review_window.py" line="43"/>
        <source>Review — %1</source>
        <translation>Review — %1</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="63"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="63"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="63"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="64"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="64"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="70"/>
        <source>Comment on the current conflict or the document</source>
        <translation>Comment on the current conflict or the document</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="77"/>
        <source>QA notes</source>
        <translation>QA notes</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="78"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="79"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="80"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="89"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="91"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="94"/>
        <source>QA session</source>
        <translation>QA session</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="149"/>
        <source>No finished document is waiting for review.</source>
        <translation>No finished document is waiting for review.</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="192"/>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="192"/>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="193"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="211"/>
        <source>Gold spans: %1 · agreed: %2 · open conflicts: %3</source>
        <translation>Gold spans: %1 · agreed: %2 · open conflicts: %3</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="216"/>
        <source>Press Enter to finish this document.</source>
        <translation>Press Enter to finish this document.</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="220"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="223"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="223"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="224"/>
        <source>Conflict %1/%2 (%3): </source>
        <translation>Conflict %1/%2 (%3): </translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="366"/>
        <source>This document has no item in the chosen QA session.</source>
        <translation>This document has no item in the chosen QA session.</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="387"/>
        <source>Choose a QA session first.</source>
        <translation>Choose a QA session first.</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="389"/>
        <source>Save QA report</source>
        <translation>Save QA report</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="391"/>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="394"/>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <location filename="../../gui/review_window.py" line="407"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../gui/app.py" line="56"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="57"/>
        <source>Your name (recorded with every decision):</source>
        <translation>Your name (recorded with every decision):</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="103"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../gui/startup.py" line="59"/>
        <source>Demo project</source>
        <translation>Demo project</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="62"/>
        <source>Preparing the demo project…</source>
        <translation>Preparing the demo project…</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../gui/stats_view.py" line="108"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="111"/>
        <source>Documents finished (cumulative)</source>
        <translation>Documents finished (cumulative)</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="112"/>
        <source>Spans created (cumulative)</source>
        <translation>Spans created (cumulative)</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="113"/>
        <source>Spans per label</source>
        <translation>Spans per label</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="114"/>
        <source>Agreement per label (exact span F1)</source>
        <translation>Agreement per label (exact span F1)</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="115"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="139"/>
        <source>Computing the statistics…</source>
        <translation>Computing the statistics…</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="147"/>
        <source>The statistics could not be computed: %1</source>
        <translation>The statistics could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="155"/>
        <source>Documents: %1 · suggestions: %2 · spans: %3 (gold %4)</source>
        <translation>Documents: %1 · suggestions: %2 · spans: %3 (gold %4)</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="39"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="39"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="39"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="40"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="40"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="41"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="41"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="184"/>
        <source>Hide decided</source>
        <translation>Hide decided</translation>
    </message>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="189"/>
        <source>Min score</source>
        <translation>Min score</translation>
    </message>
    <message>
        <location filename="../../gui/suggestions_panel.py" line="210"/>
        <source>%1 suggestions, %2 to decide, %3 shown</source>
        <translation>%1 suggestions, %2 to decide, %3 shown</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../gui/workers.py" line="161"/>
        <source>Cancel</source>
        <extracomment>seconds between two progress signals of one job Python&apos;s GIL switch interval while a job runs. The default (5 ms) lets a busy worker keep the GIL for 5 ms each time the GUI thread asks for it, and a burst of such waits is a visible stall; at 1 ms the event loop&apos;s longest gap during a 1,000-document import fell from 42 to 31 ms (p95 23 -&gt; 13 ms) with no loss of import speed (benchmarks/bench_gui.py, docs/gui.md).</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
