<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <source>Number shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <source>&amp;Bookmark This</source>
        <translation>Добавить в &amp;закладки</translation>
    </message>
    <message>
        <source>Bookmark what this tab shows, in your workspace</source>
        <translation>Добавить показанное на вкладке в закладки рабочей области</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>Write your own note on what this tab shows</source>
        <translation>Написать свою заметку к показанному на вкладке</translation>
    </message>
    <message>
        <source>Bookmarks and &amp;Notes</source>
        <translation>Закладки и &amp;заметки</translation>
    </message>
    <message>
        <source>Your bookmarks and notes, beside the report</source>
        <translation>Ваши закладки и заметки рядом с докладом</translation>
    </message>
    <message>
        <source>E&amp;xport Workspace…</source>
        <translation>&amp;Экспорт рабочей области…</translation>
    </message>
    <message>
        <source>Your workspace as one JSON file</source>
        <translation>Ваша рабочая область одним файлом JSON</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>&amp;Импорт рабочей области…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s export</source>
        <translation>Объединить с экспортом коллеги</translation>
    </message>
    <message>
        <source>Restore Workspace &amp;Backup…</source>
        <translation>&amp;Восстановить рабочую область из копии…</translation>
    </message>
    <message>
        <source>Go back to a backup</source>
        <translation>Вернуться к резервной копии</translation>
    </message>
    <message>
        <source>Select something to bookmark or to write a note on</source>
        <translation>Выберите, что добавить в закладки или к чему написать заметку</translation>
    </message>
    <message>
        <source>Proposal No.</source>
        <translation>Предложение №</translation>
    </message>
    <message>
        <source>Proposal (the report&apos;s wording, shortened)</source>
        <translation>Предложение (формулировка доклада, сокращённо)</translation>
    </message>
    <message>
        <source>Report paragraph</source>
        <translation>Абзац доклада</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Ваш статус</translation>
    </message>
    <message>
        <source>Your responsible unit</source>
        <translation>Ваше ответственное подразделение</translation>
    </message>
    <message>
        <source>Your due date</source>
        <translation>Ваш срок исполнения</translation>
    </message>
    <message>
        <source>Your progress notes</source>
        <translation>Ваши заметки о ходе исполнения</translation>
    </message>
    <message>
        <source>Your evidence links</source>
        <translation>Ваши ссылки на подтверждения</translation>
    </message>
    <message>
        <source>Your last update</source>
        <translation>Ваше последнее обновление</translation>
    </message>
    <message>
        <source>Your note on {item} — {date}</source>
        <extracomment>Blocks that show an item a note can stand beside (table rows and headers never: a box would cut the table).</extracomment>
        <translation>Ваша заметка к {item} — {date}</translation>
    </message>
    <message>
        <source>Your note — {date}</source>
        <translation>Ваша заметка — {date}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Ответственное подразделение</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход исполнения</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <source>Your follow-up of {item} — updated {date}</source>
        <translation>Ваш контроль исполнения: {item} — обновлено {date}</translation>
    </message>
    <message>
        <source>Your follow-up — updated {date}</source>
        <translation>Ваш контроль исполнения — обновлено {date}</translation>
    </message>
    <message>
        <source>Your notes on this section&apos;s other items</source>
        <translation>Ваши заметки к другим элементам этого раздела</translation>
    </message>
    <message>
        <source>Your other notes on the report</source>
        <translation>Ваши другие заметки к докладу</translation>
    </message>
    <message>
        <source>Made {date}</source>
        <translation>Составлено {date}</translation>
    </message>
    <message>
        <source>Each proposal in the report&apos;s wording (shortened), with its paragraph; the boxes are your own entries.</source>
        <translation>Каждое предложение в формулировке доклада (сокращённо), с его абзацем; в рамках — ваши собственные записи.</translation>
    </message>
    <message>
        <source>Your tracker</source>
        <translation>Ваш контроль исполнения</translation>
    </message>
    <message>
        <source>Your tracking at a glance</source>
        <translation>Ваш контроль исполнения вкратце</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Все предложения</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>{n} not tracked by you, counted as not started</source>
        <translation>{n} не отслеживаются вами и считаются не начатыми</translation>
    </message>
    <message>
        <source>Your own tracking, not the report&apos;s data; untracked proposals count as not started.</source>
        <translation>Ваш собственный контроль, а не данные доклада; неотслеживаемые предложения считаются не начатыми.</translation>
    </message>
    <message>
        <source>The proposals and your follow-up</source>
        <translation>Предложения и ваш контроль их исполнения</translation>
    </message>
    <message>
        <source>The report&apos;s wording, {source}</source>
        <translation>Формулировка доклада, {source}</translation>
    </message>
    <message>
        <source>Your follow-up — not tracked</source>
        <translation>Ваш контроль исполнения — не отслеживается</translation>
    </message>
    <message>
        <source>Not tracked yet (counted as not started).</source>
        <translation>Пока не отслеживается (считается не начатым).</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <extracomment>How long after the text first paints the user&apos;s highlights and notes are read (ms). Builds the text&apos;s context menu (the tab adds Highlight and Remove highlight); None: Qt&apos;s own. Called once, after the text is first painted (the tab reads the user&apos;s marks then). The user&apos;s highlights and notes on the page: built a moment after the first show, never at start-up.</extracomment>
        <translation>&amp;Выделить</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Снять выделение</translation>
    </message>
    <message>
        <source>Your note</source>
        <extracomment>The store&apos;s colour names and the light tints they are painted with (dark text stays readable on each). The tint of a note&apos;s box and its border: the user&apos;s own words, set apart from the report&apos;s. The box needs another height (its text wrapped to more or fewer lines).</extracomment>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Your note: when it was saved</source>
        <translation>Ваша заметка: когда сохранена</translation>
    </message>
    <message>
        <source>Your note (click to edit)</source>
        <translation>Ваша заметка (нажмите, чтобы изменить)</translation>
    </message>
    <message>
        <source>Your own note, not the report&apos;s text: click and type to edit it</source>
        <translation>Ваша собственная заметка, а не текст доклада: нажмите и печатайте, чтобы изменить</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your note&lt;/b&gt; · {when} UTC</source>
        <translation>&lt;b&gt;Ваша заметка&lt;/b&gt; · {when} UTC</translation>
    </message>
    <message>
        <source>not saved yet…</source>
        <translation>ещё не сохранено…</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT saved&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;НЕ сохранено&lt;/b&gt;: {why}</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>Your highlights and notes cannot be read: {why}</source>
        <extracomment>Called after the user changed a mark here: the Bookmarks panel refreshes. The edition&apos;s highlights and notes as last read: (edition, highlights, notes).</extracomment>
        <translation>Не удаётся прочитать ваши выделения и заметки: {why}</translation>
    </message>
    <message>
        <source>Select words in a paragraph first, then highlight them (Ctrl+H)</source>
        <translation>Сначала выделите слова в абзаце, затем отметьте их (Ctrl+H)</translation>
    </message>
    <message>
        <source>Nothing to highlight there: select words of the report&apos;s paragraphs</source>
        <translation>Здесь нечего выделять: выберите слова в абзацах доклада</translation>
    </message>
    <message>
        <source>NOT highlighted: {why}</source>
        <translation>НЕ выделено: {why}</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзаце</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>абзацах</translation>
    </message>
    <message>
        <source>Highlighted in {n} {paragraphs}</source>
        <translation>Выделено в {n} {paragraphs}</translation>
    </message>
    <message>
        <source>The highlight was NOT removed: {why}</source>
        <translation>Выделение НЕ снято: {why}</translation>
    </message>
    <message>
        <source>Removed the highlight</source>
        <translation>Выделение снято</translation>
    </message>
    <message>
        <source>your workspace cannot be opened</source>
        <translation>не удаётся открыть вашу рабочую область</translation>
    </message>
    <message>
        <source>Your note is NOT saved: {why}</source>
        <translation>Ваша заметка НЕ сохранена: {why}</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>On paragraphs</source>
        <translation>К абзацам</translation>
    </message>
    <message>
        <source>On sections</source>
        <translation>К разделам</translation>
    </message>
    <message>
        <source>On proposals</source>
        <translation>К предложениям</translation>
    </message>
    <message>
        <source>On figures</source>
        <translation>К показателям</translation>
    </message>
    <message>
        <source>On tables</source>
        <translation>К таблицам</translation>
    </message>
    <message>
        <source>On charts</source>
        <translation>К диаграммам</translation>
    </message>
    <message>
        <source>On legal changes</source>
        <translation>К изменениям законодательства</translation>
    </message>
    <message>
        <source>On documents</source>
        <translation>К документам</translation>
    </message>
    <message>
        <source>On projects</source>
        <translation>К проектам</translation>
    </message>
    <message>
        <source>On abbreviations</source>
        <translation>К сокращениям</translation>
    </message>
    <message>
        <source>Export status report</source>
        <extracomment>The last message shown (kept referenced while it is open; tests read it).</extracomment>
        <translation>Экспорт отчёта о статусе исполнения</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>The status report was NOT saved: {why}</source>
        <translation>Отчёт о статусе НЕ сохранён: {why}</translation>
    </message>
    <message>
        <source>{n} proposals</source>
        <translation>предложений: {n}</translation>
    </message>
    <message>
        <source>Your status report was saved to
{path}</source>
        <translation>Ваш отчёт о статусе сохранён в
{path}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <extracomment>A briefing longer than this many pages gets a contents page (the issue: &quot;for packs over 3 pages&quot;).</extracomment>
        <translation>Источник: {citation}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Figure as printed</source>
        <translation>Показатель в тексте доклада</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Made on {date} from {edition}</source>
        <translation>Составлено {date} по изданию {edition}</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>responsible: {unit}</source>
        <translation>ответственный: {unit}</translation>
    </message>
    <message>
        <source>due: {date}</source>
        <translation>срок: {date}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>That pack no longer exists.</source>
        <extracomment>The last message shown (kept referenced while it is open; tests read it).</extracomment>
        <translation>Этого пакета больше нет.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>The briefing was NOT saved: {why}</source>
        <translation>Справка НЕ сохранена: {why}</translation>
    </message>
    <message>
        <source>Your briefing was saved to
{path}</source>
        <translation>Ваша справка сохранена в
{path}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Legal change</source>
        <translation>Изменение законодательства</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Ссылаются</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Как в докладе</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>wrote {path}</source>
        <translation>записано: {path}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>папка {folder} не существует</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — папка, а не файл</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder}: permission denied</source>
        <translation>нельзя записать в папку {folder}: доступ запрещён</translation>
    </message>
    <message>
        <source>cannot replace {path}: it may be open in another program (Word locks an open file on Windows); close it and try again</source>
        <translation>не удаётся заменить {path}: файл, возможно, открыт в другой программе (в Windows Word блокирует открытый файл); закройте его и повторите попытку</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>не удаётся записать {path}: {problem}</translation>
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
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <extracomment>The digit-group separator and decimal mark figures are written with: English (&quot;,&quot; and &quot;.&quot;), or the language&apos;s (Russian and Kazakh: a no-break space and a comma), set by :func:`set_number_style`.</extracomment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{day}.{month}.{year}</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>Раздел {number}</translation>
    </message>
    <message>
        <source>{section}, para. {number}</source>
        <translation>{section}, п. {number}</translation>
    </message>
    <message>
        <source>Proposal {number}</source>
        <translation>Предложение {number}</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Таблица {number}</translation>
    </message>
</context>
<context>
    <name>LegislationTab</name>
    <message>
        <source>Legislation views</source>
        <translation>Разделы законодательства</translation>
    </message>
    <message>
        <source>&amp;Legal changes</source>
        <translation>&amp;Изменения законодательства</translation>
    </message>
    <message>
        <source>Source &amp;documents</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все сферы</translation>
    </message>
    <message>
        <source>Filter legal changes by any word of the report&apos;s wording…</source>
        <translation>Фильтр изменений законодательства по любому слову формулировки доклада…</translation>
    </message>
    <message>
        <source>Filter legal changes</source>
        <translation>Фильтр изменений законодательства</translation>
    </message>
    <message>
        <source>Legal changes</source>
        <translation>Изменения законодательства</translation>
    </message>
    <message>
        <source>Legal change details</source>
        <translation>Сведения об изменении законодательства</translation>
    </message>
    <message>
        <source>Select a legal change to read its wording.</source>
        <translation>Выберите изменение законодательства, чтобы прочитать его формулировку.</translation>
    </message>
    <message>
        <source>The selected legal change is hidden by the filter.</source>
        <translation>Выбранное изменение законодательства скрыто фильтром.</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Press Enter or double-click a URL to open it in your browser</source>
        <translation>Нажмите Enter или дважды щёлкните адрес, чтобы открыть его в браузере</translation>
    </message>
    <message>
        <source>Source document details</source>
        <translation>Сведения об источнике</translation>
    </message>
    <message>
        <source>Select a document to see its web address and every paragraph that cites it.</source>
        <translation>Выберите документ, чтобы увидеть его веб-адрес и все абзацы, которые на него ссылаются.</translation>
    </message>
    <message>
        <source>The report lists these documents at its end; a citation such as [3, p. 121] refers to document 3.</source>
        <translation>Доклад перечисляет эти документы в конце; ссылка вида [3, p. 121] указывает на документ 3.</translation>
    </message>
    <message>
        <source>About the source documents</source>
        <translation>Об источниках</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tabs</source>
        <translation>Вкладки</translation>
    </message>
    <message>
        <source>Search the report (Ctrl+K)</source>
        <translation>Поиск по докладу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the whole report</source>
        <translation>Поиск по всему докладу</translation>
    </message>
    <message>
        <source>&amp;Open Edition…</source>
        <translation>&amp;Открыть издание…</translation>
    </message>
    <message>
        <source>Open another edition of the report</source>
        <translation>Открыть другое издание доклада</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print what this tab shows</source>
        <translation>Напечатать показанное на вкладке</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Save what this tab shows as a PDF file</source>
        <translation>Сохранить показанное на вкладке в файл PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Reference</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <source>Copy the id of what is shown, for the CLI</source>
        <translation>Копировать идентификатор показанного для командной строки</translation>
    </message>
    <message>
        <source>&amp;Search the Report</source>
        <translation>&amp;Поиск по докладу</translation>
    </message>
    <message>
        <source>&amp;Find in Tab</source>
        <translation>&amp;Найти на вкладке</translation>
    </message>
    <message>
        <source>The current tab&apos;s own find or filter field</source>
        <translation>Поле поиска или фильтра текущей вкладки</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to what you saw before</source>
        <translation>Вернуться к предыдущему</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;About kzdesk</source>
        <translation>&amp;О программе kzdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
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
        <translation>&amp;Издания</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>The {tab} tab could not be opened: {error}</source>
        <translation>Не удалось открыть вкладку «{tab}»: {error}</translation>
    </message>
    <message>
        <source>Nothing in the report has the id {id}</source>
        <translation>В докладе нет ничего с идентификатором {id}</translation>
    </message>
    <message>
        <source>{id} is shown in the {tab} tab, which this window lacks</source>
        <translation>{id} показывается на вкладке «{tab}», которой нет в этом окне</translation>
    </message>
    <message>
        <source>Cannot find {id}</source>
        <translation>Не удаётся найти {id}</translation>
    </message>
    <message>
        <source>This tab has no find or filter field</source>
        <translation>На этой вкладке нет поля поиска или фильтра</translation>
    </message>
    <message>
        <source>Nothing here has a reference to copy</source>
        <translation>Здесь нет ссылки для копирования</translation>
    </message>
    <message>
        <source>Copied the reference {id}</source>
        <translation>Скопирована ссылка {id}</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Масштаб {percent} %</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>What to print:</source>
        <translation>Что напечатать:</translation>
    </message>
    <message>
        <source>Nothing to print here: select a section, proposals or statistics</source>
        <translation>Здесь нечего печатать: выберите раздел, предложения или статистику</translation>
    </message>
    <message>
        <source>Open in web browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>kzdesk opens only web addresses, not this one:</source>
        <translation>kzdesk открывает только веб-адреса, а не такой:</translation>
    </message>
    <message>
        <source>Open this address in your web browser? It needs a network connection.</source>
        <translation>Открыть этот адрес в браузере? Нужно подключение к сети.</translation>
    </message>
</context>
<context>
    <name>PackItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Your own text (not the report&apos;s):
{text}</source>
        <translation>Ваш собственный текст (не доклада):
{text}</translation>
    </message>
    <message>
        <source>Your own note (not the report&apos;s): {label}</source>
        <translation>Ваша собственная заметка (не доклада): {label}</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Пакет материалов</translation>
    </message>
    <message>
        <source>Your packs</source>
        <translation>Ваши пакеты</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <source>Start another pack</source>
        <translation>Начать новый пакет</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <source>Give this pack another title</source>
        <translation>Дать пакету другое название</translation>
    </message>
    <message>
        <source>Delete Pack</source>
        <translation>Удалить пакет</translation>
    </message>
    <message>
        <source>Delete this pack (your notes themselves stay)</source>
        <translation>Удалить этот пакет (сами ваши заметки останутся)</translation>
    </message>
    <message>
        <source>Title page in PDF</source>
        <translation>Титульный лист в PDF</translation>
    </message>
    <message>
        <source>An exported PDF opens with the title, date and edition on a page of their own</source>
        <translation>Экспортированный PDF начинается с отдельной страницы с названием, датой и изданием</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>This pack as one cited briefing: Word, PDF or Excel</source>
        <translation>Этот пакет как одна справка со ссылками: Word, PDF или Excel</translation>
    </message>
    <message>
        <source>Items of the pack, in order</source>
        <translation>Элементы пакета по порядку</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Earlier in the pack (Alt+Up)</source>
        <translation>Раньше в пакете (Alt+Up)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Later in the pack (Alt+Down)</source>
        <translation>Позже в пакете (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Take the item out of the pack (Delete)</source>
        <translation>Убрать элемент из пакета (Delete)</translation>
    </message>
    <message>
        <source>Add &amp;Text…</source>
        <translation>Добавить &amp;текст…</translation>
    </message>
    <message>
        <source>A block of your own words: an introduction, a conclusion</source>
        <translation>Блок вашего собственного текста: введение, заключение</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show the item where it belongs</source>
        <translation>Показать элемент на своём месте</translation>
    </message>
    <message>
        <source>This section goes in as:</source>
        <translation>Этот раздел включается как:</translation>
    </message>
    <message>
        <source>its summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <source>its full text</source>
        <translation>полный текст</translation>
    </message>
    <message>
        <source>Summary or full text of the section</source>
        <translation>Краткое содержание или полный текст раздела</translation>
    </message>
    <message>
        <source>Items in the pack</source>
        <translation>Элементы в пакете</translation>
    </message>
    <message>
        <source>Your text block</source>
        <translation>Ваш текстовый блок</translation>
    </message>
    <message>
        <source>Select one of your text blocks to edit it here. Your words are printed as yours, not the report&apos;s.</source>
        <translation>Выберите один из своих текстовых блоков, чтобы изменить его здесь. Ваш текст печатается как ваш, а не как текст доклада.</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Пакет:</translation>
    </message>
    <message>
        <source>My briefing</source>
        <translation>Моя справка</translation>
    </message>
    <message>
        <source>No pack was made: {error}</source>
        <translation>Пакет не создан: {error}</translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <source>Title of the new pack:</source>
        <translation>Название нового пакета:</translation>
    </message>
    <message>
        <source>Started the pack “{title}”: Ctrl+B adds what a tab shows</source>
        <translation>Начат пакет «{title}»: Ctrl+B добавляет показанное на вкладке</translation>
    </message>
    <message>
        <source>Rename Pack</source>
        <translation>Переименовать пакет</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Not renamed: {error}</source>
        <translation>Не переименовано: {error}</translation>
    </message>
    <message>
        <source>Delete the pack “{title}” and its {count} items? Your notes themselves stay.</source>
        <translation>Удалить пакет «{title}» и его элементы ({count})? Сами ваши заметки останутся.</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>Не удалено: {error}</translation>
    </message>
    <message>
        <source>Not added to the pack: {error}</source>
        <translation>Не добавлено в пакет: {error}</translation>
    </message>
    <message>
        <source>Add Text</source>
        <translation>Добавить текст</translation>
    </message>
    <message>
        <source>Your own text (an introduction, a conclusion):</source>
        <translation>Ваш собственный текст (введение, заключение):</translation>
    </message>
    <message>
        <source>Not moved: {error}</source>
        <translation>Не перемещено: {error}</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Не убрано: {error}</translation>
    </message>
    <message>
        <source>Removed from the pack</source>
        <translation>Убрано из пакета</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Не изменено: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your text&lt;/b&gt; (printed as yours)</source>
        <translation>&lt;b&gt;Ваш текст&lt;/b&gt; (печатается как ваш)</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Ещё не сохранено…</translation>
    </message>
    <message>
        <source>Your text is NOT saved: {error}</source>
        <translation>Ваш текст НЕ сохранён: {error}</translation>
    </message>
    <message>
        <source>Saved {time} UTC</source>
        <translation>Сохранено в {time} UTC</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>(empty: add items with &apos;kzdesk pack add&apos;)</source>
        <translation>(пусто: добавьте элементы командой &apos;kzdesk pack add&apos;)</translation>
    </message>
    <message>
        <source>An item this edition does not have ({id})</source>
        <extracomment>The kinds of thing a pack can gather (every kind a reader can open, charts included).</extracomment>
        <translation>Элемент, которого нет в этом издании ({id})</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Ваш текст</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>(this note was deleted)</source>
        <translation>(эта заметка удалена)</translation>
    </message>
    <message>
        <source>On {item}: {words}</source>
        <translation>К {item}: {words}</translation>
    </message>
    <message>
        <source>{id} (of the edition {edition}, not the one open)</source>
        <translation>{id} (из издания {edition}, а не открытого)</translation>
    </message>
    <message>
        <source>{section} — summary</source>
        <translation>{section} — краткое содержание</translation>
    </message>
    <message>
        <source>{section} — full text</source>
        <translation>{section} — полный текст</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>paragraph</source>
        <extracomment>The tracker&apos;s statuses (kzdesk.core.workspace.schema.STATUSES) as a reader sees them.</extracomment>
        <translation>
            <numerusform>абзац</numerusform>
            <numerusform>абзаца</numerusform>
            <numerusform>абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>section</source>
        <translation>
            <numerusform>раздел</numerusform>
            <numerusform>раздела</numerusform>
            <numerusform>разделов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>abbreviation</source>
        <translation>
            <numerusform>сокращение</numerusform>
            <numerusform>сокращения</numerusform>
            <numerusform>сокращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>figure</source>
        <translation>
            <numerusform>показатель</numerusform>
            <numerusform>показателя</numerusform>
            <numerusform>показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table</source>
        <translation>
            <numerusform>таблица</numerusform>
            <numerusform>таблицы</numerusform>
            <numerusform>таблиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chart</source>
        <translation>
            <numerusform>диаграмма</numerusform>
            <numerusform>диаграммы</numerusform>
            <numerusform>диаграмм</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>legal change</source>
        <translation>
            <numerusform>изменение законодательства</numerusform>
            <numerusform>изменения законодательства</numerusform>
            <numerusform>изменений законодательства</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document</source>
        <translation>
            <numerusform>документ</numerusform>
            <numerusform>документа</numerusform>
            <numerusform>документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>project</source>
        <translation>
            <numerusform>проект</numerusform>
            <numerusform>проекта</numerusform>
            <numerusform>проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proposal</source>
        <translation>
            <numerusform>предложение</numerusform>
            <numerusform>предложения</numerusform>
            <numerusform>предложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page</source>
        <translation>
            <numerusform>страница</numerusform>
            <numerusform>страницы</numerusform>
            <numerusform>страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note</source>
        <translation>
            <numerusform>заметка</numerusform>
            <numerusform>заметки</numerusform>
            <numerusform>заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bookmark</source>
        <translation>
            <numerusform>закладка</numerusform>
            <numerusform>закладки</numerusform>
            <numerusform>закладок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>result</source>
        <translation>
            <numerusform>результат</numerusform>
            <numerusform>результата</numerusform>
            <numerusform>результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>item</source>
        <translation>
            <numerusform>элемент</numerusform>
            <numerusform>элемента</numerusform>
            <numerusform>элементов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Include my notes</source>
        <extracomment>The print preview&apos;s switch, remembered between printouts (off until the user turns it on). The printouts that print the user&apos;s notes beside their items (the listings&apos; rows take none).</extracomment>
        <translation>Включить мои заметки</translation>
    </message>
    <message>
        <source>Print your notes (and, for proposals, your follow-up) beside the items, in boxes marked as yours</source>
        <translation>Печатать ваши заметки (а для предложений — и ваш контроль исполнения) рядом с элементами, в рамках с пометкой «ваше»</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Filter projects by name, other name or description…</source>
        <translation>Фильтр проектов по названию, другому названию или описанию…</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Фильтр проектов</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Сведения о проекте</translation>
    </message>
    <message>
        <source>Select a project to see what the report says of it.</source>
        <translation>Выберите проект, чтобы увидеть, что о нём говорится в докладе.</translation>
    </message>
    <message>
        <source>The selected project is hidden by the filter.</source>
        <translation>Выбранный проект скрыт фильтром.</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>Order of the proposals</source>
        <translation>Порядок предложений</translation>
    </message>
    <message>
        <source>Order the proposals as the report does, or by what you track</source>
        <translation>Упорядочить предложения как в докладе или по вашему контролю</translation>
    </message>
    <message>
        <source>Report order</source>
        <translation>Как в докладе</translation>
    </message>
    <message>
        <source>By your status</source>
        <translation>По вашему статусу</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>По сроку</translation>
    </message>
    <message>
        <source>By responsible unit</source>
        <translation>По ответственному подразделению</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>Сначала изменённые последними</translation>
    </message>
    <message>
        <source>Your tracking (your own entries, not the report&apos;s data)</source>
        <translation>Ваш контроль исполнения (ваши собственные записи, а не данные доклада)</translation>
    </message>
    <message>
        <source>&amp;Print status report…</source>
        <translation>&amp;Печать отчёта о статусе…</translation>
    </message>
    <message>
        <source>Your status report of every proposal, in the print preview</source>
        <translation>Ваш отчёт о статусе всех предложений в предпросмотре печати</translation>
    </message>
    <message>
        <source>Print your status report</source>
        <translation>Печать вашего отчёта о статусе</translation>
    </message>
    <message>
        <source>Your status report as a CSV file or an Excel workbook</source>
        <translation>Ваш отчёт о статусе в файл CSV или книгу Excel</translation>
    </message>
    <message>
        <source>Export your status report</source>
        <translation>Экспорт вашего отчёта о статусе</translation>
    </message>
    <message>
        <source>E&amp;xport status report…</source>
        <translation>&amp;Экспорт отчёта о статусе…</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>your note</source>
        <translation>ваша заметка</translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>The kind of a note&apos;s hit (``SearchHit.kind``, the command line&apos;s JSON ``kind``). A Cyrillic word at least this long also matches the words that begin with it less its last letter (взятки → взятк*: взятка, взятку, взяткой): Russian and Kazakh have no stemmer here. A note that has every word: as a report entry that has them all, with average relevance. Notes a search returns by default: the popup shows the newest few; &quot;Show all&quot; asks for every one.</extracomment>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>An item this edition does not have ({id})</source>
        <translation>Элемент, которого нет в этом издании ({id})</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Open</source>
        <extracomment>Notes in the complete search (&quot;Show all&quot;, the group&apos;s total): every one that matches. The user chose a result: the id to open. … and it was one of the user&apos;s notes: the note&apos;s id (sent after ``activated``). The user asked for every hit: the complete SearchResult. Add to Pack on a hit (its context menu): the id, and &quot;summary&quot; or &quot;full&quot; for a section (&quot;&quot; otherwise). The current query&apos;s complete result (every hit), once searched; None until then. The user&apos;s notes of the open edition, searched with the report (made on first search).</extracomment>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Add Section Summary to Pack</source>
        <translation>Добавить краткое содержание раздела в пакет</translation>
    </message>
    <message>
        <source>Add Section Full Text to Pack</source>
        <translation>Добавить полный текст раздела в пакет</translation>
    </message>
    <message>
        <source>Add to Pack (Ctrl+B)</source>
        <translation>Добавить в пакет (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Your notes</source>
        <extracomment>How each kind&apos;s group is titled in the popup. The kind of the user&apos;s own notes among the hits (kzdesk.core.search.notes.NOTE_KIND).</extracomment>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Ваша заметка:</translation>
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
        <translation>Что измеряет</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Как в докладе</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Расчётный</translation>
    </message>
    <message>
        <source>How derived</source>
        <translation>Как рассчитан</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Source paragraph</source>
        <translation>Абзац-источник</translation>
    </message>
    <message>
        <source>Paragraph ID</source>
        <translation>ID абзаца</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Table row</source>
        <translation>Строка таблицы</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Source: {citation}. {mark} derived: computed from stated figures.</source>
        <translation>Источник: {citation}. {mark} расчётный: вычислен по приведённым показателям.</translation>
    </message>
    <message>
        <source>{header}, %</source>
        <translation>{header}, %</translation>
    </message>
    <message>
        <source>{title}. Source: {citation}</source>
        <translation>{title}. Источник: {citation}</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Statistics views</source>
        <translation>Разделы статистики</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Показатели</translation>
    </message>
    <message>
        <source>Report &amp;tables</source>
        <translation>&amp;Таблицы доклада</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>Not in a table</source>
        <translation>Вне таблиц</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Все таблицы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Все единицы</translation>
    </message>
    <message>
        <source>No single year</source>
        <translation>Без одного года</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Filter figures by any word…</source>
        <translation>Фильтр показателей по любому слову…</translation>
    </message>
    <message>
        <source>Filter statistics</source>
        <translation>Фильтр статистики</translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation>Таблица статистики</translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation>Сведения о показателе</translation>
    </message>
    <message>
        <source>Select a figure to see where the report states it.</source>
        <translation>Выберите показатель, чтобы увидеть, где он приводится в докладе.</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Копировать строки</translation>
    </message>
    <message>
        <source>Copy selected figures as tab-separated text</source>
        <translation>Копировать выбранные показатели как текст с разделителями-табуляциями</translation>
    </message>
    <message>
        <source>Copy the selected rows with a header line (Ctrl+C)</source>
        <translation>Копировать выбранные строки со строкой заголовков (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Экспорт в C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the figures shown to a CSV file</source>
        <translation>Экспортировать показанные показатели в файл CSV</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Экспорт в E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export the figures shown to an Excel workbook</source>
        <translation>Экспортировать показанные показатели в книгу Excel</translation>
    </message>
    <message>
        <source>The figures shown (filters and sort order applied), and the report tables they come from</source>
        <translation>Показанные показатели (с учётом фильтров и сортировки) и таблицы доклада, из которых они взяты</translation>
    </message>
    <message>
        <source>derived value: computed from figures the report states, not printed as such</source>
        <translation>расчётное значение: вычислено по приведённым в докладе показателям, в таком виде не напечатано</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>The selected figure is hidden by the filter.</source>
        <translation>Выбранный показатель скрыт фильтром.</translation>
    </message>
    <message>
        <source>{table} title</source>
        <translation>{table}: название</translation>
    </message>
    <message>
        <source>Source: {place}</source>
        <translation>Источник: {place}</translation>
    </message>
    <message>
        <source>{table} source</source>
        <translation>{table}: источник</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Таблицы доклада</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>Экспорт показателей в CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation>Показатели доклада</translation>
    </message>
    <message>
        <source>Export figures as an Excel workbook</source>
        <translation>Экспорт показателей в книгу Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>Не удалось записать {path}: {problem}</translation>
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
        <translation>{path} — папка; укажите имя файла, оканчивающееся на .xlsx</translation>
    </message>
    <message>
        <source>stats writes an Excel workbook: give a file name ending in .xlsx ({path})</source>
        <translation>stats записывает книгу Excel: укажите имя файла, оканчивающееся на .xlsx ({path})</translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation>Показатели доклада</translation>
    </message>
    <message>
        <source>wrote {path} ({what}, {sheets})</source>
        <translation>записано: {path} ({what}, {sheets})</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Legislation</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
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
        <translation>Диаграмма вашего контроля исполнения</translation>
    </message>
    <message>
        <source>Your own tracking, not the report&apos;s data. {bars}</source>
        <translation>Ваш собственный контроль, а не данные доклада. {bars}</translation>
    </message>
</context>
<context>
    <name>TrackerEditor</name>
    <message>
        <source>&lt;b&gt;NOT saved yet&lt;/b&gt;: what you typed here before could not be saved; it is kept, and saved with your next change</source>
        <extracomment>What is typed for one proposal: status, unit, due date, progress, evidence lines. A proposal&apos;s entry was saved (its id): the list shows the new status. What was typed for other proposals and could not be saved (their id -&gt; the values), kept till saved.</extracomment>
        <translation>&lt;b&gt;Ещё НЕ сохранено&lt;/b&gt;: введённое здесь ранее не удалось сохранить; оно не потеряно и сохранится при следующем изменении</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your follow-up of the proposal you left is NOT saved&lt;/b&gt; ({why}); it is kept and saved as soon as saving works again</source>
        <translation>&lt;b&gt;Ваш контроль исполнения предложения, которое вы оставили, НЕ сохранён&lt;/b&gt; ({why}); он не потерян и сохранится, как только сохранение снова заработает</translation>
    </message>
    <message>
        <source>Updated {when} UTC</source>
        <translation>Обновлено {when} UTC</translation>
    </message>
    <message>
        <source>Saved {when} UTC</source>
        <translation>Сохранено {when} UTC</translation>
    </message>
    <message>
        <source>your workspace cannot be opened</source>
        <translation>не удаётся открыть вашу рабочую область</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT saved&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;НЕ сохранено&lt;/b&gt;: {why}</translation>
    </message>
</context>
<context>
    <name>TrackerReport</name>
    <message>
        <source>Your tracking: the {total} proposals by status</source>
        <translation>Ваш контроль исполнения: {total} предложений по статусу</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>предложений</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Ваш статус</translation>
    </message>
    <message>
        <source>{n} of {total} {status}</source>
        <translation>{n} из {total} — {status}</translation>
    </message>
    <message>
        <source>Tracker status report</source>
        <translation>Контроль исполнения: отчёт о статусе</translation>
    </message>
    <message>
        <source>{status} (not tracked)</source>
        <translation>{status} (не отслеживается)</translation>
    </message>
    <message>
        <source>{title}, made {made}. Proposals: {edition}. The columns headed &quot;Your&quot; are your own entries, not the report&apos;s.</source>
        <translation>{title}, составлено {made}. Предложения: {edition}. Столбцы, начинающиеся с «Ваш», — ваши собственные записи, а не данные доклада.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Все предложения</translation>
    </message>
    <message>
        <source>{tracked}, made {made}; a proposal you have not tracked counts as not started.</source>
        <translation>{tracked}, составлено {made}; предложение, которое вы не отслеживаете, считается не начатым.</translation>
    </message>
    <message>
        <source>{tracked} of {total} tracked by you</source>
        <translation>{tracked} из {total} отслеживаются вами</translation>
    </message>
</context>
<context>
    <name>TrackerReportCommand</name>
    <message>
        <source>the report is written as .pdf, .csv or .xlsx (by the file&apos;s extension): {path}</source>
        <translation>отчёт записывается в формате .pdf, .csv или .xlsx (по расширению файла): {path}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in {suffix}</source>
        <translation>{path} — папка; укажите имя файла, оканчивающееся на {suffix}</translation>
    </message>
    <message>
        <source>wrote {path} ({what})</source>
        <translation>записано: {path} ({what})</translation>
    </message>
</context>
<context>
    <name>TrackerStatus</name>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Sheet</source>
        <extracomment>A column is at least this wide and, from its content, at most this wide (in characters). Text Excel (or a CSV import of it) would read as a formula. Characters an XLSX file cannot hold (XML 1.0 forbids them); dropped from text.</extracomment>
        <translation>Лист</translation>
    </message>
    <message>
        <source>There is nothing to write: the workbook would have no sheets.</source>
        <translation>Нечего записывать: в книге не было бы ни одного листа.</translation>
    </message>
    <message>
        <source>Sheet {title!r}: unknown column kind {kind!r}.</source>
        <translation>Лист {title!r}: неизвестный вид столбца {kind!r}.</translation>
    </message>
    <message>
        <source>Sheet {title!r}, row {number}: {cells} cells for {columns} columns.</source>
        <translation>Лист {title!r}, строка {number}: {cells} ячеек на {columns} столбцов.</translation>
    </message>
    <message>
        <source>cannot write: permission denied. If the file is open in another program (Excel locks a workbook it has open), close it there and try again; otherwise choose a folder you can write to.</source>
        <translation>не удаётся записать: доступ запрещён. Если файл открыт в другой программе (Excel блокирует открытую книгу), закройте его там и повторите попытку; иначе выберите папку, в которую можно записывать.</translation>
    </message>
    <message>
        <source>cannot write: the folder {folder} does not exist</source>
        <translation>не удаётся записать: папка {folder} не существует</translation>
    </message>
    <message>
        <source>cannot write: it is a folder</source>
        <translation>не удаётся записать: это папка</translation>
    </message>
    <message>
        <source>cannot write ({reason})</source>
        <translation>не удаётся записать ({reason})</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>Kind of bookmark, highlight or note</source>
        <extracomment>The user changed or deleted a bookmark, highlight or note here: views that show them refresh.</extracomment>
        <translation>Вид закладки, выделения или заметки</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Removed the highlight</source>
        <translation>Выделение снято</translation>
    </message>
</context>
<context>
    <name>YourItemsModel</name>
    <message>
        <source>{quote} (detached: the paragraph no longer has these words)</source>
        <translation>{quote} (отсоединено: в абзаце больше нет этих слов)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Highlight (detached)</source>
        <translation>Выделение (отсоединено)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
</context>
</TS>
