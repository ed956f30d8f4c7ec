<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name />
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bookmark This</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmark what this tab shows, in your workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write your own note on what this tab shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmarks and &amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your bookmarks and notes, beside the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your workspace as one JSON file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge a colleague's export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Workspace &amp;Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select something to bookmark or to write a note on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Legal change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>{number} {noun}</source>
        <extracomment>Written for a minus sign in figures (the report's typography, not a hyphen). Marks a derived value: computed from figures the report states, not printed in it. Decimals a figure is shown with at the most (trailing zeros dropped): the report prints no more. ``(context, text, disambiguation, n) → text in the chosen language``; the signature of Qt's ``QCoreApplication.translate``, so ``pyside6-lupdate`` finds every ``translate("Context", "…")`` call. ``(count, singular, plural) → the word for count``; replaced by the GUI's translation layer.</extracomment>
        <translation>{number} {noun}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{total} ішінен {shown}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <extracomment>The digit-group separator and decimal mark figures are written with: English ("," and "."), or the language's (Russian and Kazakh: a no-break space and a comma), set by :func:`set_number_style`.</extracomment>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Legal changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source &amp;documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter legal changes by any word of the report's wording…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter legal changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal change details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a legal change to read its wording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected legal change is hidden by the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter or double-click a URL to open it in your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source document details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a document to see its web address and every paragraph that cites it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report lists these documents at its end; a citation such as [3, p. 121] refers to document 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About the source documents</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print what this tab shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save what this tab shows as a PDF file</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <source>The current tab's own find or filter field</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in the report has the id {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id} is shown in the {tab} tab, which this window lacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot find {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This tab has no find or filter field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here has a reference to copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the reference {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Масштаб {percent}%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to print:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to print here: select a section, proposals or statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in web browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kzdesk opens only web addresses, not this one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this address in your web browser? It needs a network connection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>paragraph</source>
        <extracomment>The tracker's statuses (kzdesk.core.workspace.schema.STATUSES) as a reader sees them.</extracomment>
        <translation>
            <numerusform>тармақ</numerusform><numerusform>тармақ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>section</source>
        <translation>
            <numerusform>бөлім</numerusform><numerusform>бөлім</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>abbreviation</source>
        <translation>
            <numerusform>қысқарту</numerusform><numerusform>қысқарту</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>figure</source>
        <translation>
            <numerusform>көрсеткіш</numerusform><numerusform>көрсеткіш</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>table</source>
        <translation>
            <numerusform>кесте</numerusform><numerusform>кесте</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>chart</source>
        <translation>
            <numerusform>диаграмма</numerusform><numerusform>диаграмма</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>legal change</source>
        <translation>
            <numerusform>заңнамалық өзгеріс</numerusform><numerusform>заңнамалық өзгеріс</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>document</source>
        <translation>
            <numerusform>құжат</numerusform><numerusform>құжат</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>project</source>
        <translation>
            <numerusform>жоба</numerusform><numerusform>жоба</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>proposal</source>
        <translation>
            <numerusform>ұсыныс</numerusform><numerusform>ұсыныс</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>page</source>
        <translation>
            <numerusform>бет</numerusform><numerusform>бет</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>note</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>bookmark</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>result</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>item</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter projects by name, other name or description…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a project to see what the report says of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected project is hidden by the filter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Statistics views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report &amp;tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No single year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter figures by any word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistics table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a figure to see where the report states it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy selected figures as tab-separated text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected rows with a header line (Ctrl+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the figures shown to a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>derived value: computed from figures the report states, not printed as such</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected figure is hidden by the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{table} title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: {place}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{table} source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
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
</TS>