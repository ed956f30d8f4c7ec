<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark what this tab shows, in your workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your own note on what this tab shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes, beside the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workspace as one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Workspace &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select something to bookmark or to write a note on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal (the report&apos;s wording, shortened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evidence links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on {item} — {date}</source>
        <extracomment>Blocks that show an item a note can stand beside (table rows and headers never: a box would cut the table).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your follow-up of {item} — updated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your follow-up — updated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this section&apos;s other items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other notes on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each proposal in the report&apos;s wording (shortened), with its paragraph; the boxes are your own entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tracking at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>{n} not tracked by you, counted as not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own tracking, not the report&apos;s data; untracked proposals count as not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals and your follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s wording, {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your follow-up — not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked yet (counted as not started).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <extracomment>How long after the text first paints the user&apos;s highlights and notes are read (ms). Builds the text&apos;s context menu (the tab adds Highlight and Remove highlight); None: Qt&apos;s own. Called once, after the text is first painted (the tab reads the user&apos;s marks then). The user&apos;s highlights and notes on the page: built a moment after the first show, never at start-up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <extracomment>The store&apos;s colour names and the light tints they are painted with (dark text stays readable on each). The tint of a note&apos;s box and its border: the user&apos;s own words, set apart from the report&apos;s. The box needs another height (its text wrapped to more or fewer lines).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: when it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own note, not the report&apos;s text: click and type to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your note&lt;/b&gt; · {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT saved&lt;/b&gt;: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your highlights and notes cannot be read: {why}</source>
        <extracomment>Called after the user changed a mark here: the Bookmarks panel refreshes. The edition&apos;s highlights and notes as last read: (edition, highlights, notes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words in a paragraph first, then highlight them (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to highlight there: select words of the report&apos;s paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT highlighted: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation type="unfinished">тармақ</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted in {n} {paragraphs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlight was NOT removed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your workspace cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is NOT saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On legal changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status report</source>
        <extracomment>The last message shown (kept referenced while it is open; tests read it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status report was NOT saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status report was saved to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Legal change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>{number} {noun}</source>
        <extracomment>Written for a minus sign in figures (the report&apos;s typography, not a hyphen). Marks a derived value: computed from figures the report states, not printed in it. Decimals a figure is shown with at the most (trailing zeros dropped): the report prints no more. ``(context, text, disambiguation, n) → text in the chosen language``; the signature of Qt&apos;s ``QCoreApplication.translate``, so ``pyside6-lupdate`` finds every ``translate(&quot;Context&quot;, &quot;…&quot;)`` call. ``(count, singular, plural) → the word for count``; replaced by the GUI&apos;s translation layer.</extracomment>
        <translation>{number} {noun}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{total} ішінен {shown}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <extracomment>The digit-group separator and decimal mark figures are written with: English (&quot;,&quot; and &quot;.&quot;), or the language&apos;s (Russian and Kazakh: a no-break space and a comma), set by :func:`set_number_style`.</extracomment>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>{number}-бөлім</translation>
    </message>
    <message>
        <source>{section}, para. {number}</source>
        <translation>{section}, {number}-тармақ</translation>
    </message>
    <message>
        <source>Proposal {number}</source>
        <translation>{number}-ұсыныс</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>{number}-кесте</translation>
    </message>
</context>
<context>
    <name>LegislationTab</name>
    <message>
        <source>Legislation views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter legal changes by any word of the report&apos;s wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter legal changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal change details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a legal change to read its wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected legal change is hidden by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a URL to open it in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to see its web address and every paragraph that cites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report lists these documents at its end; a citation such as [3, p. 121] refers to document 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the source documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tabs</source>
        <translation>Қойындылар</translation>
    </message>
    <message>
        <source>Search the report (Ctrl+K)</source>
        <translation>Баяндамадан іздеу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the whole report</source>
        <translation>Бүкіл баяндамадан іздеу</translation>
    </message>
    <message>
        <source>&amp;Open Edition…</source>
        <translation>Басылымды &amp;ашу…</translation>
    </message>
    <message>
        <source>Open another edition of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print what this tab shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save what this tab shows as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Copy &amp;Reference</source>
        <translation>&amp;Сілтемені көшіру</translation>
    </message>
    <message>
        <source>Copy the id of what is shown, for the CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Report</source>
        <translation>Баяндамадан &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;Find in Tab</source>
        <translation>Қойындыдан &amp;табу</translation>
    </message>
    <message>
        <source>The current tab&apos;s own find or filter field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Нақты өлшем</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>Back to what you saw before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Алға</translation>
    </message>
    <message>
        <source>&amp;About kzdesk</source>
        <translation>kzdesk &amp;туралы</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt туралы</translation>
    </message>
    <message>
        <source>&amp;{number} {title}</source>
        <translation>&amp;{number} {title}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Edi&amp;tions</source>
        <translation>&amp;Басылымдар</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>The {tab} tab could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the report has the id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is shown in the {tab} tab, which this window lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab has no find or filter field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here has a reference to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the reference {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Масштаб {percent}%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print here: select a section, proposals or statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kzdesk opens only web addresses, not this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser? It needs a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackItemsModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own text (not the report&apos;s):
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own note (not the report&apos;s): {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <source>Briefing Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this pack another title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this pack (your notes themselves stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the pack, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the pack (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the pack (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the item out of the pack (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block of your own words: an introduction, a conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item where it belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section goes in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary or full text of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your text blocks to edit it here. Your words are printed as yours, not the report&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack was made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the pack “{title}”: Ctrl+B adds what a tab shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pack “{title}” and its {count} items? Your notes themselves stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added to the pack: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own text (an introduction, a conclusion):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your text&lt;/b&gt; (printed as yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is NOT saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time} UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>(empty: add items with &apos;kzdesk pack add&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item this edition does not have ({id})</source>
        <extracomment>The kinds of thing a pack can gather (every kind a reader can open, charts included).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this note was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {item}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} (of the edition {edition}, not the one open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} — summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} — full text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>paragraph</source>
        <extracomment>The tracker&apos;s statuses (kzdesk.core.workspace.schema.STATUSES) as a reader sees them.</extracomment>
        <translation>
            <numerusform>тармақ</numerusform>
            <numerusform>тармақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>section</source>
        <translation>
            <numerusform>бөлім</numerusform>
            <numerusform>бөлім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>abbreviation</source>
        <translation>
            <numerusform>қысқарту</numerusform>
            <numerusform>қысқарту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>figure</source>
        <translation>
            <numerusform>көрсеткіш</numerusform>
            <numerusform>көрсеткіш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table</source>
        <translation>
            <numerusform>кесте</numerusform>
            <numerusform>кесте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chart</source>
        <translation>
            <numerusform>диаграмма</numerusform>
            <numerusform>диаграмма</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>legal change</source>
        <translation>
            <numerusform>заңнамалық өзгеріс</numerusform>
            <numerusform>заңнамалық өзгеріс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document</source>
        <translation>
            <numerusform>құжат</numerusform>
            <numerusform>құжат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>project</source>
        <translation>
            <numerusform>жоба</numerusform>
            <numerusform>жоба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proposal</source>
        <translation>
            <numerusform>ұсыныс</numerusform>
            <numerusform>ұсыныс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page</source>
        <translation>
            <numerusform>бет</numerusform>
            <numerusform>бет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bookmark</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>result</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>item</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Include my notes</source>
        <extracomment>The print preview&apos;s switch, remembered between printouts (off until the user turns it on). The printouts that print the user&apos;s notes beside their items (the listings&apos; rows take none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your notes (and, for proposals, your follow-up) beside the items, in boxes marked as yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter projects by name, other name or description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project to see what the report says of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected project is hidden by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>Your tracking (your own entries, not the report&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print status report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status report of every proposal, in the print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your status report of the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport status report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status report as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your status report of the proposals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>The kind of a note&apos;s hit (``SearchHit.kind``, the command line&apos;s JSON ``kind``). A Cyrillic word at least this long also matches the words that begin with it less its last letter (взятки → взятк*: взятка, взятку, взяткой): Russian and Kazakh have no stemmer here. A note that has every word: as a report entry that has them all, with average relevance. Notes a search returns by default: the popup shows the newest few; &quot;Show all&quot; asks for every one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item this edition does not have ({id})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Open</source>
        <extracomment>Notes in the complete search (&quot;Show all&quot;, the group&apos;s total): every one that matches. The user chose a result: the id to open. … and it was one of the user&apos;s notes: the note&apos;s id (sent after ``activated``). The user asked for every hit: the complete SearchResult. Add to Pack on a hit (its context menu): the id, and &quot;summary&quot; or &quot;full&quot; for a section (&quot;&quot; otherwise). The current query&apos;s complete result (every hit), once searched; None until then. The user&apos;s notes of the open edition, searched with the report (made on first search).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section Summary to Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section Full Text to Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Pack (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Your notes</source>
        <extracomment>How each kind&apos;s group is titled in the popup. The kind of the user&apos;s own notes among the hits (kzdesk.core.search.notes.NOTE_KIND).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Statistics views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter figures by any word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure to see where the report states it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected figures as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows with a header line (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figures shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived value: computed from figures the report states, not printed as such</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected figure is hidden by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Legislation</source>
        <translation>Заңнама</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Баяндама</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
</context>
<context>
    <name>TrackerChart</name>
    <message>
        <source>Your tracking chart</source>
        <extracomment>A colour per status, from the Okabe–Ito palette (kzdesk.core.charts.SERIES_COLOURS), in STATUSES order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own tracking, not the report&apos;s data. {bars}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerEditor</name>
    <message>
        <source>&lt;b&gt;NOT saved yet&lt;/b&gt;: what you typed here before could not be saved; it is kept, and saved with your next change</source>
        <extracomment>What is typed for one proposal: status, unit, due date, progress, evidence lines. A proposal&apos;s entry was saved (its id): the list shows the new status. What was typed for other proposals and could not be saved (their id -&gt; the values), kept till saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your follow-up of the proposal you left is NOT saved&lt;/b&gt; ({why}); it is kept and saved as soon as saving works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your workspace cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT saved&lt;/b&gt;: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerReport</name>
    <message>
        <source>Your tracking: the {total} proposals by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (not tracked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tracked} of {total} tracked by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerReportCommand</name>
    <message>
        <source>XLSX is not available in this build yet; write {csv} or {pdf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is written as .pdf or .csv (by the file&apos;s extension): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path} ({what})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerStatus</name>
    <message>
        <source>Not started</source>
        <translation>Басталмаған</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Қолданылмайды</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>Kind of bookmark, highlight or note</source>
        <extracomment>The user changed or deleted a bookmark, highlight or note here: views that show them refresh.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YourItemsModel</name>
    <message>
        <source>{quote} (detached: the paragraph no longer has these words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight (detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
