<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <source>Clear all filters</source>
        <translation>Барлық сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Number shown</source>
        <translation>Көрсетілген саны</translation>
    </message>
    <message>
        <source>&amp;Bookmark This</source>
        <translation>&amp;Бетбелгі қою</translation>
    </message>
    <message>
        <source>Bookmark what this tab shows, in your workspace</source>
        <translation>Осы қойындыдағыны жұмыс кеңістігіңізге бетбелгі ретінде қосу</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Жазба қосу…</translation>
    </message>
    <message>
        <source>Write your own note on what this tab shows</source>
        <translation>Осы қойындыдағыға өз жазбаңызды жазу</translation>
    </message>
    <message>
        <source>Bookmarks and &amp;Notes</source>
        <translation>Бетбелгілер мен &amp;жазбалар</translation>
    </message>
    <message>
        <source>Your bookmarks and notes, beside the report</source>
        <translation>Баяндаманың жанындағы бетбелгілеріңіз бен жазбаларыңыз</translation>
    </message>
    <message>
        <source>E&amp;xport Workspace…</source>
        <translation>Жұмыс кеңістігін &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Your workspace as one JSON file</source>
        <translation>Жұмыс кеңістігіңіз бір JSON файлы ретінде</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>Жұмыс кеңістігін &amp;импорттау…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s export</source>
        <translation>Әріптесіңіздің экспортын біріктіру</translation>
    </message>
    <message>
        <source>Restore Workspace &amp;Backup…</source>
        <translation>Жұмыс кеңістігінің &amp;сақтық көшірмесін қалпына келтіру…</translation>
    </message>
    <message>
        <source>Go back to a backup</source>
        <translation>Сақтық көшірмеге қайту</translation>
    </message>
    <message>
        <source>Select something to bookmark or to write a note on</source>
        <translation>Бетбелгі қоятын немесе жазба жазатын нәрсені таңдаңыз</translation>
    </message>
    <message>
        <source>Proposal No.</source>
        <translation>Ұсыныс №</translation>
    </message>
    <message>
        <source>Proposal (the report&apos;s wording, shortened)</source>
        <translation>Ұсыныс (баяндаманың мәтіні, қысқартылған)</translation>
    </message>
    <message>
        <source>Report paragraph</source>
        <translation>Баяндаманың тармағы</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Сіз белгілеген мәртебе</translation>
    </message>
    <message>
        <source>Your responsible unit</source>
        <translation>Сіз белгілеген жауапты бөлімше</translation>
    </message>
    <message>
        <source>Your due date</source>
        <translation>Сіз белгілеген мерзім</translation>
    </message>
    <message>
        <source>Your progress notes</source>
        <translation>Орындалуы туралы жазбаларыңыз</translation>
    </message>
    <message>
        <source>Your evidence links</source>
        <translation>Растайтын материалдарға сілтемелеріңіз</translation>
    </message>
    <message>
        <source>Your last update</source>
        <translation>Соңғы жаңартуыңыз</translation>
    </message>
    <message>
        <source>Your note on {item} — {date}</source>
        <extracomment>Blocks that show an item a note can stand beside (table rows and headers never: a box would cut the table).</extracomment>
        <translation>{item} туралы жазбаңыз — {date}</translation>
    </message>
    <message>
        <source>Your note — {date}</source>
        <translation>Сіздің жазбаңыз — {date}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Жауапты бөлімше</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растайтын материалдар</translation>
    </message>
    <message>
        <source>Your follow-up of {item} — updated {date}</source>
        <translation>{item} орындалуын бақылауыңыз — {date} жаңартылды</translation>
    </message>
    <message>
        <source>Your follow-up — updated {date}</source>
        <translation>Орындалуын бақылауыңыз — {date} жаңартылды</translation>
    </message>
    <message>
        <source>Your notes on this section&apos;s other items</source>
        <translation>Осы бөлімнің басқа элементтеріне жазбаларыңыз</translation>
    </message>
    <message>
        <source>Your other notes on the report</source>
        <translation>Баяндамаға басқа жазбаларыңыз</translation>
    </message>
    <message>
        <source>Made {date}</source>
        <translation>Жасалған күні: {date}</translation>
    </message>
    <message>
        <source>Each proposal in the report&apos;s wording (shortened), with its paragraph; the boxes are your own entries.</source>
        <translation>Әр ұсыныс баяндаманың мәтінімен (қысқартылған), тармағымен; жақтаулардағы — сіздің өз жазбаларыңыз.</translation>
    </message>
    <message>
        <source>Your tracker</source>
        <translation>Орындалуын бақылауыңыз</translation>
    </message>
    <message>
        <source>Your tracking at a glance</source>
        <translation>Орындалуын бақылауыңыз қысқаша</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Барлық ұсыныстар</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>{n} not tracked by you, counted as not started</source>
        <translation>{n} ұсыныс сіз бақыламаған, басталмаған деп есептелді</translation>
    </message>
    <message>
        <source>Your own tracking, not the report&apos;s data; untracked proposals count as not started.</source>
        <translation>Бұл — баяндаманың деректері емес, сіздің өз бақылауыңыз; бақыланбаған ұсыныстар басталмаған деп есептеледі.</translation>
    </message>
    <message>
        <source>The proposals and your follow-up</source>
        <translation>Ұсыныстар және олардың орындалуын бақылауыңыз</translation>
    </message>
    <message>
        <source>The report&apos;s wording, {source}</source>
        <translation>Баяндаманың мәтіні, {source}</translation>
    </message>
    <message>
        <source>Your follow-up — not tracked</source>
        <translation>Орындалуын бақылауыңыз — бақыланбайды</translation>
    </message>
    <message>
        <source>Not tracked yet (counted as not started).</source>
        <translation>Әлі бақыланбайды (басталмаған деп есептеледі).</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <extracomment>How long after the text first paints the user&apos;s highlights and notes are read (ms). Builds the text&apos;s context menu (the tab adds Highlight and Remove highlight); None: Qt&apos;s own. Called once, after the text is first painted (the tab reads the user&apos;s marks then). The user&apos;s highlights and notes on the page: built a moment after the first show, never at start-up.</extracomment>
        <translation>&amp;Белгілеу</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>Белгілеуді &amp;алып тастау</translation>
    </message>
    <message>
        <source>Your note</source>
        <extracomment>The store&apos;s colour names and the light tints they are painted with (dark text stays readable on each). The tint of a note&apos;s box and its border: the user&apos;s own words, set apart from the report&apos;s. The box needs another height (its text wrapped to more or fewer lines).</extracomment>
        <translation>Сіздің жазбаңыз</translation>
    </message>
    <message>
        <source>Your note: when it was saved</source>
        <translation>Сіздің жазбаңыз: сақталған уақыты</translation>
    </message>
    <message>
        <source>Your note (click to edit)</source>
        <translation>Сіздің жазбаңыз (түзету үшін басыңыз)</translation>
    </message>
    <message>
        <source>Your own note, not the report&apos;s text: click and type to edit it</source>
        <translation>Баяндаманың мәтіні емес, сіздің өз жазбаңыз: түзету үшін басып, теріңіз</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your note&lt;/b&gt; · {when} UTC</source>
        <translation>&lt;b&gt;Сіздің жазбаңыз&lt;/b&gt; · {when} UTC</translation>
    </message>
    <message>
        <source>not saved yet…</source>
        <translation>әлі сақталмады…</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT saved&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;САҚТАЛМАДЫ&lt;/b&gt;: {why}</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сақталды</translation>
    </message>
    <message>
        <source>Your highlights and notes cannot be read: {why}</source>
        <extracomment>Called after the user changed a mark here: the Bookmarks panel refreshes. The edition&apos;s highlights and notes as last read: (edition, highlights, notes).</extracomment>
        <translation>Белгілеулеріңіз бен жазбаларыңызды оқу мүмкін емес: {why}</translation>
    </message>
    <message>
        <source>Select words in a paragraph first, then highlight them (Ctrl+H)</source>
        <translation>Алдымен тармақтан сөздерді таңдаңыз, содан кейін белгілеңіз (Ctrl+H)</translation>
    </message>
    <message>
        <source>Nothing to highlight there: select words of the report&apos;s paragraphs</source>
        <translation>Мұнда белгілейтін ештеңе жоқ: баяндама тармақтарының сөздерін таңдаңыз</translation>
    </message>
    <message>
        <source>NOT highlighted: {why}</source>
        <translation>БЕЛГІЛЕНБЕДІ: {why}</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>тармақта</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>тармақта</translation>
    </message>
    <message>
        <source>Highlighted in {n} {paragraphs}</source>
        <translation>{n} {paragraphs} белгіленді</translation>
    </message>
    <message>
        <source>The highlight was NOT removed: {why}</source>
        <translation>Белгілеу алып тасталмады: {why}</translation>
    </message>
    <message>
        <source>Removed the highlight</source>
        <translation>Белгілеу алып тасталды</translation>
    </message>
    <message>
        <source>your workspace cannot be opened</source>
        <translation>жұмыс кеңістігіңізді ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Your note is NOT saved: {why}</source>
        <translation>Жазбаңыз САҚТАЛМАДЫ: {why}</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Бетбелгілер</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Белгілеулер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>On paragraphs</source>
        <translation>Тармақтарға</translation>
    </message>
    <message>
        <source>On sections</source>
        <translation>Бөлімдерге</translation>
    </message>
    <message>
        <source>On proposals</source>
        <translation>Ұсыныстарға</translation>
    </message>
    <message>
        <source>On figures</source>
        <translation>Көрсеткіштерге</translation>
    </message>
    <message>
        <source>On tables</source>
        <translation>Кестелерге</translation>
    </message>
    <message>
        <source>On charts</source>
        <translation>Диаграммаларға</translation>
    </message>
    <message>
        <source>On legal changes</source>
        <translation>Заңнамалық өзгерістерге</translation>
    </message>
    <message>
        <source>On documents</source>
        <translation>Құжаттарға</translation>
    </message>
    <message>
        <source>On projects</source>
        <translation>Жобаларға</translation>
    </message>
    <message>
        <source>On abbreviations</source>
        <translation>Қысқартуларға</translation>
    </message>
    <message>
        <source>Export status report</source>
        <extracomment>The last message shown (kept referenced while it is open; tests read it).</extracomment>
        <translation>Орындалу мәртебесі туралы есепті экспорттау</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel үшін CSV (*.csv)</translation>
    </message>
    <message>
        <source>The status report was NOT saved: {why}</source>
        <translation>Мәртебе туралы есеп САҚТАЛМАДЫ: {why}</translation>
    </message>
    <message>
        <source>{n} proposals</source>
        <translation>{n} ұсыныс</translation>
    </message>
    <message>
        <source>Your status report was saved to
{path}</source>
        <translation>Мәртебе туралы есебіңіз мына жерге сақталды:
{path}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <extracomment>A briefing longer than this many pages gets a contents page (the issue: &quot;for packs over 3 pages&quot;).</extracomment>
        <translation>Дереккөз: {citation}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Figure as printed</source>
        <translation>Баяндамадағы көрсеткіш</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Made on {date} from {edition}</source>
        <translation>{date} күні {edition} бойынша жасалды</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Мәртебе: {status}</translation>
    </message>
    <message>
        <source>responsible: {unit}</source>
        <translation>жауапты: {unit}</translation>
    </message>
    <message>
        <source>due: {date}</source>
        <translation>мерзімі: {date}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>That pack no longer exists.</source>
        <extracomment>The last message shown (kept referenced while it is open; tests read it).</extracomment>
        <translation>Ол топтама енді жоқ.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Анықтаманы экспорттау</translation>
    </message>
    <message>
        <source>The briefing was NOT saved: {why}</source>
        <translation>Анықтама САҚТАЛМАДЫ: {why}</translation>
    </message>
    <message>
        <source>Your briefing was saved to
{path}</source>
        <translation>Анықтамаңыз мына жерге сақталды:
{path}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Legal change</source>
        <translation>Заңнамалық өзгеріс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-мекенжай</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Сілтеме жасаған</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Баяндамадағыдай</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>wrote {path}</source>
        <translation>{path} жазылды</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>{folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — файл емес, қалта</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder}: permission denied</source>
        <translation>{folder} қалтасына жазу мүмкін емес: рұқсат жоқ</translation>
    </message>
    <message>
        <source>cannot replace {path}: it may be open in another program (Word locks an open file on Windows); close it and try again</source>
        <translation>{path} ауыстыру мүмкін емес: ол басқа бағдарламада ашық болуы мүмкін (Windows жүйесінде Word ашық файлды құлыптайды); оны жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>{path} жазу мүмкін емес: {problem}</translation>
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
        <source>{year}-{month}-{day}</source>
        <translation>{day}.{month}.{year}</translation>
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
        <translation>Заңнама көріністері</translation>
    </message>
    <message>
        <source>&amp;Legal changes</source>
        <translation>&amp;Заңнамалық өзгерістер</translation>
    </message>
    <message>
        <source>Source &amp;documents</source>
        <translation>Дереккөз &amp;құжаттары</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Барлық салалар</translation>
    </message>
    <message>
        <source>Filter legal changes by any word of the report&apos;s wording…</source>
        <translation>Заңнамалық өзгерістерді баяндама мәтінінің кез келген сөзі бойынша сүзу…</translation>
    </message>
    <message>
        <source>Filter legal changes</source>
        <translation>Заңнамалық өзгерістерді сүзу</translation>
    </message>
    <message>
        <source>Legal changes</source>
        <translation>Заңнамалық өзгерістер</translation>
    </message>
    <message>
        <source>Legal change details</source>
        <translation>Заңнамалық өзгеріс туралы мәлімет</translation>
    </message>
    <message>
        <source>Select a legal change to read its wording.</source>
        <translation>Мәтінін оқу үшін заңнамалық өзгерісті таңдаңыз.</translation>
    </message>
    <message>
        <source>The selected legal change is hidden by the filter.</source>
        <translation>Таңдалған заңнамалық өзгеріс сүзгімен жасырылған.</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Дереккөз құжаттары</translation>
    </message>
    <message>
        <source>Press Enter or double-click a URL to open it in your browser</source>
        <translation>Мекенжайды браузерде ашу үшін Enter пернесін басыңыз немесе оны екі рет шертіңіз</translation>
    </message>
    <message>
        <source>Source document details</source>
        <translation>Дереккөз құжаты туралы мәлімет</translation>
    </message>
    <message>
        <source>Select a document to see its web address and every paragraph that cites it.</source>
        <translation>Веб-мекенжайын және оған сілтеме жасайтын әр тармақты көру үшін құжатты таңдаңыз.</translation>
    </message>
    <message>
        <source>The report lists these documents at its end; a citation such as [3, p. 121] refers to document 3.</source>
        <translation>Баяндама бұл құжаттарды соңында тізеді; [3, p. 121] сияқты сілтеме 3-құжатқа нұсқайды.</translation>
    </message>
    <message>
        <source>About the source documents</source>
        <translation>Дереккөз құжаттары туралы</translation>
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
        <translation>Баяндаманың басқа басылымын ашу</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print what this tab shows</source>
        <translation>Осы қойындыдағыны басып шығару</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save what this tab shows as a PDF file</source>
        <translation>Осы қойындыдағыны PDF файлы ретінде сақтау</translation>
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
        <translation>Көрсетілгеннің идентификаторын командалық жол үшін көшіру</translation>
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
        <translation>Ағымдағы қойындының іздеу немесе сүзу өрісі</translation>
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
        <translation>Бұрын көргеніңізге оралу</translation>
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
        <translation>«{tab}» қойындысын ашу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Nothing in the report has the id {id}</source>
        <translation>Баяндамада {id} идентификаторы бар ештеңе жоқ</translation>
    </message>
    <message>
        <source>{id} is shown in the {tab} tab, which this window lacks</source>
        <translation>{id} «{tab}» қойындысында көрсетіледі, бұл терезеде ол қойынды жоқ</translation>
    </message>
    <message>
        <source>Cannot find {id}</source>
        <translation>{id} табылмады</translation>
    </message>
    <message>
        <source>This tab has no find or filter field</source>
        <translation>Бұл қойындыда іздеу немесе сүзу өрісі жоқ</translation>
    </message>
    <message>
        <source>Nothing here has a reference to copy</source>
        <translation>Мұнда көшіретін сілтемесі бар ештеңе жоқ</translation>
    </message>
    <message>
        <source>Copied the reference {id}</source>
        <translation>{id} сілтемесі көшірілді</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Масштаб {percent}%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>What to print:</source>
        <translation>Не басып шығару керек:</translation>
    </message>
    <message>
        <source>Nothing to print here: select a section, proposals or statistics</source>
        <translation>Мұнда басып шығаратын ештеңе жоқ: бөлімді, ұсыныстарды немесе статистиканы таңдаңыз</translation>
    </message>
    <message>
        <source>Open in web browser</source>
        <translation>Веб-браузерде ашу</translation>
    </message>
    <message>
        <source>kzdesk opens only web addresses, not this one:</source>
        <translation>kzdesk тек веб-мекенжайларды ашады, мынаны емес:</translation>
    </message>
    <message>
        <source>Open this address in your web browser? It needs a network connection.</source>
        <translation>Бұл мекенжайды веб-браузерде ашу керек пе? Ол үшін желіге қосылу қажет.</translation>
    </message>
</context>
<context>
    <name>PackItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Your own text (not the report&apos;s):
{text}</source>
        <translation>Сіздің өз мәтініңіз (баяндаманікі емес):
{text}</translation>
    </message>
    <message>
        <source>Your own note (not the report&apos;s): {label}</source>
        <translation>Сіздің өз жазбаңыз (баяндаманікі емес): {label}</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Материалдар топтамасы</translation>
    </message>
    <message>
        <source>Your packs</source>
        <translation>Топтамаларыңыз</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <source>Start another pack</source>
        <translation>Жаңа топтама бастау</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Атауын ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Give this pack another title</source>
        <translation>Топтамаға басқа атау беру</translation>
    </message>
    <message>
        <source>Delete Pack</source>
        <translation>Топтаманы жою</translation>
    </message>
    <message>
        <source>Delete this pack (your notes themselves stay)</source>
        <translation>Бұл топтаманы жою (жазбаларыңыздың өзі қалады)</translation>
    </message>
    <message>
        <source>Title page in PDF</source>
        <translation>PDF-те титул беті</translation>
    </message>
    <message>
        <source>An exported PDF opens with the title, date and edition on a page of their own</source>
        <translation>Экспортталған PDF жеке беттегі атаумен, күнмен және басылыммен ашылады</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>This pack as one cited briefing: Word, PDF or Excel</source>
        <translation>Бұл топтама сілтемелері бар бір анықтама ретінде: Word, PDF немесе Excel</translation>
    </message>
    <message>
        <source>Items of the pack, in order</source>
        <translation>Топтаманың элементтері, ретімен</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Earlier in the pack (Alt+Up)</source>
        <translation>Топтамада алдыға (Alt+Up)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Төмен жылжыту</translation>
    </message>
    <message>
        <source>Later in the pack (Alt+Down)</source>
        <translation>Топтамада кейінге (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Take the item out of the pack (Delete)</source>
        <translation>Элементті топтамадан алып тастау (Delete)</translation>
    </message>
    <message>
        <source>Add &amp;Text…</source>
        <translation>&amp;Мәтін қосу…</translation>
    </message>
    <message>
        <source>A block of your own words: an introduction, a conclusion</source>
        <translation>Өз сөздеріңізден тұратын блок: кіріспе, қорытынды</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Show the item where it belongs</source>
        <translation>Элементті өз орнында көрсету</translation>
    </message>
    <message>
        <source>This section goes in as:</source>
        <translation>Бұл бөлім мына түрде кіреді:</translation>
    </message>
    <message>
        <source>its summary</source>
        <translation>қысқаша мазмұны</translation>
    </message>
    <message>
        <source>its full text</source>
        <translation>толық мәтіні</translation>
    </message>
    <message>
        <source>Summary or full text of the section</source>
        <translation>Бөлімнің қысқаша мазмұны немесе толық мәтіні</translation>
    </message>
    <message>
        <source>Items in the pack</source>
        <translation>Топтамадағы элементтер</translation>
    </message>
    <message>
        <source>Your text block</source>
        <translation>Сіздің мәтін блогыңыз</translation>
    </message>
    <message>
        <source>Select one of your text blocks to edit it here. Your words are printed as yours, not the report&apos;s.</source>
        <translation>Мұнда түзету үшін мәтін блоктарыңыздың бірін таңдаңыз. Сөздеріңіз баяндаманікі емес, сіздікі ретінде басылады.</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Топтама:</translation>
    </message>
    <message>
        <source>My briefing</source>
        <translation>Менің анықтамам</translation>
    </message>
    <message>
        <source>No pack was made: {error}</source>
        <translation>Топтама жасалмады: {error}</translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation>Жаңа топтама</translation>
    </message>
    <message>
        <source>Title of the new pack:</source>
        <translation>Жаңа топтаманың атауы:</translation>
    </message>
    <message>
        <source>Started the pack “{title}”: Ctrl+B adds what a tab shows</source>
        <translation>«{title}» топтамасы басталды: Ctrl+B қойындыдағыны қосады</translation>
    </message>
    <message>
        <source>Rename Pack</source>
        <translation>Топтаманың атауын өзгерту</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Жаңа атауы:</translation>
    </message>
    <message>
        <source>Not renamed: {error}</source>
        <translation>Атауы өзгертілмеді: {error}</translation>
    </message>
    <message>
        <source>Delete the pack “{title}” and its {count} items? Your notes themselves stay.</source>
        <translation>«{title}» топтамасын және оның {count} элементін жою керек пе? Жазбаларыңыздың өзі қалады.</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>Жойылмады: {error}</translation>
    </message>
    <message>
        <source>Not added to the pack: {error}</source>
        <translation>Топтамаға қосылмады: {error}</translation>
    </message>
    <message>
        <source>Add Text</source>
        <translation>Мәтін қосу</translation>
    </message>
    <message>
        <source>Your own text (an introduction, a conclusion):</source>
        <translation>Сіздің өз мәтініңіз (кіріспе, қорытынды):</translation>
    </message>
    <message>
        <source>Not moved: {error}</source>
        <translation>Жылжытылмады: {error}</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Алып тасталмады: {error}</translation>
    </message>
    <message>
        <source>Removed from the pack</source>
        <translation>Топтамадан алып тасталды</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Өзгертілмеді: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your text&lt;/b&gt; (printed as yours)</source>
        <translation>&lt;b&gt;Сіздің мәтініңіз&lt;/b&gt; (сіздікі ретінде басылады)</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Әлі сақталмады…</translation>
    </message>
    <message>
        <source>Your text is NOT saved: {error}</source>
        <translation>Мәтініңіз САҚТАЛМАДЫ: {error}</translation>
    </message>
    <message>
        <source>Saved {time} UTC</source>
        <translation>{time} UTC сақталды</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>(empty: add items with &apos;kzdesk pack add&apos;)</source>
        <translation>(бос: элементтерді &apos;kzdesk pack add&apos; арқылы қосыңыз)</translation>
    </message>
    <message>
        <source>An item this edition does not have ({id})</source>
        <extracomment>The kinds of thing a pack can gather (every kind a reader can open, charts included).</extracomment>
        <translation>Бұл басылымда жоқ элемент ({id})</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Сіздің мәтініңіз</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Сіздің жазбаңыз</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>(this note was deleted)</source>
        <translation>(бұл жазба жойылған)</translation>
    </message>
    <message>
        <source>On {item}: {words}</source>
        <translation>{item} туралы: {words}</translation>
    </message>
    <message>
        <source>{id} (of the edition {edition}, not the one open)</source>
        <translation>{id} (ашық басылымнан емес, {edition} басылымынан)</translation>
    </message>
    <message>
        <source>{section} — summary</source>
        <translation>{section} — қысқаша мазмұны</translation>
    </message>
    <message>
        <source>{section} — full text</source>
        <translation>{section} — толық мәтіні</translation>
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
        <translation>
            <numerusform>жазба</numerusform>
            <numerusform>жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bookmark</source>
        <translation>
            <numerusform>бетбелгі</numerusform>
            <numerusform>бетбелгі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>result</source>
        <translation>
            <numerusform>нәтиже</numerusform>
            <numerusform>нәтиже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>item</source>
        <translation>
            <numerusform>элемент</numerusform>
            <numerusform>элемент</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Include my notes</source>
        <extracomment>The print preview&apos;s switch, remembered between printouts (off until the user turns it on). The printouts that print the user&apos;s notes beside their items (the listings&apos; rows take none).</extracomment>
        <translation>Жазбаларымды қосу</translation>
    </message>
    <message>
        <source>Print your notes (and, for proposals, your follow-up) beside the items, in boxes marked as yours</source>
        <translation>Жазбаларыңызды (ұсыныстар үшін — орындалуын бақылауыңызды да) элементтердің жанында, сіздікі деп белгіленген жақтауларда басып шығару</translation>
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
        <translation>Түрі</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Filter projects by name, other name or description…</source>
        <translation>Жобаларды атауы, басқа атауы немесе сипаттамасы бойынша сүзу…</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Жобаларды сүзу</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Жоба туралы мәлімет</translation>
    </message>
    <message>
        <source>Select a project to see what the report says of it.</source>
        <translation>Баяндамада ол туралы не айтылғанын көру үшін жобаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The selected project is hidden by the filter.</source>
        <translation>Таңдалған жоба сүзгімен жасырылған.</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>Order of the proposals</source>
        <translation>Ұсыныстардың реті</translation>
    </message>
    <message>
        <source>Order the proposals as the report does, or by what you track</source>
        <translation>Ұсыныстарды баяндамадағыдай немесе өзіңіз бақылайтын белгі бойынша реттеу</translation>
    </message>
    <message>
        <source>Report order</source>
        <translation>Баяндамадағы рет</translation>
    </message>
    <message>
        <source>By your status</source>
        <translation>Сіз белгілеген мәртебе бойынша</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>Мерзімі бойынша</translation>
    </message>
    <message>
        <source>By responsible unit</source>
        <translation>Жауапты бөлімше бойынша</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>Соңғы өзгертілгені басында</translation>
    </message>
    <message>
        <source>Your tracking (your own entries, not the report&apos;s data)</source>
        <translation>Орындалуын бақылауыңыз (баяндаманың деректері емес, өз жазбаларыңыз)</translation>
    </message>
    <message>
        <source>&amp;Print status report…</source>
        <translation>Мәртебе туралы есепті &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Your status report of every proposal, in the print preview</source>
        <translation>Әр ұсыныс бойынша мәртебе туралы есебіңіз, басып шығаруды алдын ала қарауда</translation>
    </message>
    <message>
        <source>Print your status report</source>
        <translation>Мәртебе туралы есебіңізді басып шығару</translation>
    </message>
    <message>
        <source>Your status report as a CSV file or an Excel workbook</source>
        <translation>Мәртебе туралы есебіңіз CSV файлы немесе Excel кітабы ретінде</translation>
    </message>
    <message>
        <source>Export your status report</source>
        <translation>Мәртебе туралы есебіңізді экспорттау</translation>
    </message>
    <message>
        <source>E&amp;xport status report…</source>
        <translation>Мәртебе туралы есепті &amp;экспорттау…</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>your note</source>
        <translation>сіздің жазбаңыз</translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>The kind of a note&apos;s hit (``SearchHit.kind``, the command line&apos;s JSON ``kind``). A Cyrillic word at least this long also matches the words that begin with it less its last letter (взятки → взятк*: взятка, взятку, взяткой): Russian and Kazakh have no stemmer here. A note that has every word: as a report entry that has them all, with average relevance. Notes a search returns by default: the popup shows the newest few; &quot;Show all&quot; asks for every one.</extracomment>
        <translation>Сіздің жазбаларыңыз</translation>
    </message>
    <message>
        <source>An item this edition does not have ({id})</source>
        <translation>Бұл басылымда жоқ элемент ({id})</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Open</source>
        <extracomment>Notes in the complete search (&quot;Show all&quot;, the group&apos;s total): every one that matches. The user chose a result: the id to open. … and it was one of the user&apos;s notes: the note&apos;s id (sent after ``activated``). The user asked for every hit: the complete SearchResult. Add to Pack on a hit (its context menu): the id, and &quot;summary&quot; or &quot;full&quot; for a section (&quot;&quot; otherwise). The current query&apos;s complete result (every hit), once searched; None until then. The user&apos;s notes of the open edition, searched with the report (made on first search).</extracomment>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Add Section Summary to Pack</source>
        <translation>Бөлімнің қысқаша мазмұнын топтамаға қосу</translation>
    </message>
    <message>
        <source>Add Section Full Text to Pack</source>
        <translation>Бөлімнің толық мәтінін топтамаға қосу</translation>
    </message>
    <message>
        <source>Add to Pack (Ctrl+B)</source>
        <translation>Топтамаға қосу (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Your notes</source>
        <extracomment>How each kind&apos;s group is titled in the popup. The kind of the user&apos;s own notes among the hits (kzdesk.core.search.notes.NOTE_KIND).</extracomment>
        <translation>Сіздің жазбаларыңыз</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Сіздің жазбаңыз:</translation>
    </message>
</context>
<context>
    <name>Statistics sheet</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Нені өлшейді</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Нақтылау</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Баяндамадағыдай</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Есептелген</translation>
    </message>
    <message>
        <source>How derived</source>
        <translation>Қалай есептелген</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Source paragraph</source>
        <translation>Дереккөз тармағы</translation>
    </message>
    <message>
        <source>Paragraph ID</source>
        <translation>Тармақ ID</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Table row</source>
        <translation>Кесте жолы</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Source: {citation}. {mark} derived: computed from stated figures.</source>
        <translation>Дереккөз: {citation}. {mark} есептелген: баяндамадағы көрсеткіштерден есептелді.</translation>
    </message>
    <message>
        <source>{header}, %</source>
        <translation>{header}, %</translation>
    </message>
    <message>
        <source>{title}. Source: {citation}</source>
        <translation>{title}. Дереккөз: {citation}</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Statistics views</source>
        <translation>Статистика көріністері</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Көрсеткіштер</translation>
    </message>
    <message>
        <source>Report &amp;tables</source>
        <translation>Баяндама &amp;кестелері</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <source>Not in a table</source>
        <translation>Кестеде жоқ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Барлық кестелер</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Барлық өлшем бірліктері</translation>
    </message>
    <message>
        <source>No single year</source>
        <translation>Бір жылға жатпайды</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>Filter figures by any word…</source>
        <translation>Көрсеткіштерді кез келген сөз бойынша сүзу…</translation>
    </message>
    <message>
        <source>Filter statistics</source>
        <translation>Статистиканы сүзу</translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation>Статистика кестесі</translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation>Көрсеткіш туралы мәлімет</translation>
    </message>
    <message>
        <source>Select a figure to see where the report states it.</source>
        <translation>Баяндамада қай жерде келтірілгенін көру үшін көрсеткішті таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Жолдарды &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy selected figures as tab-separated text</source>
        <translation>Таңдалған көрсеткіштерді табуляциямен бөлінген мәтін ретінде көшіру</translation>
    </message>
    <message>
        <source>Copy the selected rows with a header line (Ctrl+C)</source>
        <translation>Таңдалған жолдарды тақырып жолымен көшіру (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV экспорттау…</translation>
    </message>
    <message>
        <source>Export the figures shown to a CSV file</source>
        <translation>Көрсетілген көрсеткіштерді CSV файлына экспорттау</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>E&amp;xcel-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export the figures shown to an Excel workbook</source>
        <translation>Көрсетілген көрсеткіштерді Excel кітабына экспорттау</translation>
    </message>
    <message>
        <source>The figures shown (filters and sort order applied), and the report tables they come from</source>
        <translation>Көрсетілген көрсеткіштер (сүзгілер мен сұрыптау қолданылған) және олар алынған баяндама кестелері</translation>
    </message>
    <message>
        <source>derived value: computed from figures the report states, not printed as such</source>
        <translation>есептелген мән: баяндамада келтірілген көрсеткіштерден есептелді, баяндамада бұл түрде жоқ</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>The selected figure is hidden by the filter.</source>
        <translation>Таңдалған көрсеткіш сүзгімен жасырылған.</translation>
    </message>
    <message>
        <source>{table} title</source>
        <translation>{table}: атауы</translation>
    </message>
    <message>
        <source>Source: {place}</source>
        <translation>Дереккөз: {place}</translation>
    </message>
    <message>
        <source>{table} source</source>
        <translation>{table}: дереккөзі</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Баяндама кестелері</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>Көрсеткіштерді CSV ретінде экспорттау</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV файлы (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation>Баяндаманың көрсеткіштері</translation>
    </message>
    <message>
        <source>Export figures as an Excel workbook</source>
        <translation>Көрсеткіштерді Excel кітабы ретінде экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} жазу мүмкін болмады: {problem}</translation>
    </message>
    <message>
        <source>{figures}, {sheets}</source>
        <translation>{figures}, {sheets}</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>{path} is a folder; give a file name ending in .xlsx</source>
        <translation>{path} — қалта; .xlsx деп аяқталатын файл атауын беріңіз</translation>
    </message>
    <message>
        <source>stats writes an Excel workbook: give a file name ending in .xlsx ({path})</source>
        <translation>stats Excel кітабын жазады: .xlsx деп аяқталатын файл атауын беріңіз ({path})</translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation>Баяндаманың көрсеткіштері</translation>
    </message>
    <message>
        <source>wrote {path} ({what}, {sheets})</source>
        <translation>{path} жазылды ({what}, {sheets})</translation>
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
        <translation>Орындалуын бақылау диаграммаңыз</translation>
    </message>
    <message>
        <source>Your own tracking, not the report&apos;s data. {bars}</source>
        <translation>Баяндаманың деректері емес, сіздің өз бақылауыңыз. {bars}</translation>
    </message>
</context>
<context>
    <name>TrackerEditor</name>
    <message>
        <source>&lt;b&gt;NOT saved yet&lt;/b&gt;: what you typed here before could not be saved; it is kept, and saved with your next change</source>
        <extracomment>What is typed for one proposal: status, unit, due date, progress, evidence lines. A proposal&apos;s entry was saved (its id): the list shows the new status. What was typed for other proposals and could not be saved (their id -&gt; the values), kept till saved.</extracomment>
        <translation>&lt;b&gt;Әлі САҚТАЛМАДЫ&lt;/b&gt;: мұнда бұрын тергеніңізді сақтау мүмкін болмады; ол жойылмайды және келесі өзгерісіңізбен бірге сақталады</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your follow-up of the proposal you left is NOT saved&lt;/b&gt; ({why}); it is kept and saved as soon as saving works again</source>
        <translation>&lt;b&gt;Сіз қалдырған ұсыныстың орындалуын бақылауыңыз САҚТАЛМАДЫ&lt;/b&gt; ({why}); ол жойылмайды және сақтау қайта жұмыс істегенде бірден сақталады</translation>
    </message>
    <message>
        <source>Updated {when} UTC</source>
        <translation>{when} UTC жаңартылды</translation>
    </message>
    <message>
        <source>Saved {when} UTC</source>
        <translation>{when} UTC сақталды</translation>
    </message>
    <message>
        <source>your workspace cannot be opened</source>
        <translation>жұмыс кеңістігіңізді ашу мүмкін емес</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT saved&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;САҚТАЛМАДЫ&lt;/b&gt;: {why}</translation>
    </message>
</context>
<context>
    <name>TrackerReport</name>
    <message>
        <source>Your tracking: the {total} proposals by status</source>
        <translation>Орындалуын бақылауыңыз: {total} ұсыныс мәртебесі бойынша</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>ұсыныс</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Сіз белгілеген мәртебе</translation>
    </message>
    <message>
        <source>{n} of {total} {status}</source>
        <translation>{total} ішінен {n} — {status}</translation>
    </message>
    <message>
        <source>Tracker status report</source>
        <translation>Орындалуын бақылау: мәртебе туралы есеп</translation>
    </message>
    <message>
        <source>{status} (not tracked)</source>
        <translation>{status} (бақыланбайды)</translation>
    </message>
    <message>
        <source>{title}, made {made}. Proposals: {edition}. The columns headed &quot;Your&quot; are your own entries, not the report&apos;s.</source>
        <translation>{title}, {made} жасалды. Ұсыныстар: {edition}. «Сіз» деп басталатын бағандар — баяндаманікі емес, сіздің өз жазбаларыңыз.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Барлық ұсыныстар</translation>
    </message>
    <message>
        <source>{tracked}, made {made}; a proposal you have not tracked counts as not started.</source>
        <translation>{tracked}, {made} жасалды; сіз бақыламаған ұсыныс басталмаған деп есептеледі.</translation>
    </message>
    <message>
        <source>{tracked} of {total} tracked by you</source>
        <translation>{total} ішінен {tracked} сіз бақылайсыз</translation>
    </message>
</context>
<context>
    <name>TrackerReportCommand</name>
    <message>
        <source>the report is written as .pdf, .csv or .xlsx (by the file&apos;s extension): {path}</source>
        <translation>есеп .pdf, .csv немесе .xlsx түрінде жазылады (файлдың кеңейтімі бойынша): {path}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in {suffix}</source>
        <translation>{path} — қалта; {suffix} деп аяқталатын файл атауын беріңіз</translation>
    </message>
    <message>
        <source>wrote {path} ({what})</source>
        <translation>{path} жазылды ({what})</translation>
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
    <name>Workbook</name>
    <message>
        <source>Sheet</source>
        <extracomment>A column is at least this wide and, from its content, at most this wide (in characters). Text Excel (or a CSV import of it) would read as a formula. Characters an XLSX file cannot hold (XML 1.0 forbids them); dropped from text.</extracomment>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>There is nothing to write: the workbook would have no sheets.</source>
        <translation>Жазатын ештеңе жоқ: кітапта бірде-бір парақ болмас еді.</translation>
    </message>
    <message>
        <source>Sheet {title!r}: unknown column kind {kind!r}.</source>
        <translation>{title!r} парағы: белгісіз баған түрі {kind!r}.</translation>
    </message>
    <message>
        <source>Sheet {title!r}, row {number}: {cells} cells for {columns} columns.</source>
        <translation>{title!r} парағы, {number}-жол: {columns} бағанға {cells} ұяшық.</translation>
    </message>
    <message>
        <source>cannot write: permission denied. If the file is open in another program (Excel locks a workbook it has open), close it there and try again; otherwise choose a folder you can write to.</source>
        <translation>жазу мүмкін емес: рұқсат жоқ. Егер файл басқа бағдарламада ашық болса (Excel ашық кітапты құлыптайды), оны сонда жауып, қайталап көріңіз; әйтпесе жазуға болатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>cannot write: the folder {folder} does not exist</source>
        <translation>жазу мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>cannot write: it is a folder</source>
        <translation>жазу мүмкін емес: бұл қалта</translation>
    </message>
    <message>
        <source>cannot write ({reason})</source>
        <translation>жазу мүмкін емес ({reason})</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>Kind of bookmark, highlight or note</source>
        <extracomment>The user changed or deleted a bookmark, highlight or note here: views that show them refresh.</extracomment>
        <translation>Бетбелгінің, белгілеудің немесе жазбаның түрі</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Removed the highlight</source>
        <translation>Белгілеу алып тасталды</translation>
    </message>
</context>
<context>
    <name>YourItemsModel</name>
    <message>
        <source>{quote} (detached: the paragraph no longer has these words)</source>
        <translation>{quote} (ажыратылған: тармақта бұл сөздер енді жоқ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Highlight (detached)</source>
        <translation>Белгілеу (ажыратылған)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Бетбелгі</translation>
    </message>
</context>
</TS>
