<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>Unsigned</source>
        <translation>Без подписи</translation>
    </message>
    <message>
        <source>the bundled data</source>
        <translation>встроенных данных</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data sources&lt;/b&gt; (from {where}):</source>
        <translation>&lt;b&gt;Источники данных&lt;/b&gt; (из {where}):</translation>
    </message>
    <message>
        <source>Cited briefings (Word reports and PowerPoint decks) on terrorism and counter-terrorism in Kazakhstan. Every fact carries the number of its source; where the sources disagree, the briefing says so and shows each version.</source>
        <translation>Брифинги со ссылками на источники (отчёты Word и презентации PowerPoint) о терроризме и противодействии терроризму в Казахстане. У каждого факта указан номер его источника; где источники расходятся, брифинг говорит об этом и приводит каждую версию.</translation>
    </message>
    <message>
        <source>Charts by Plotly and kaleido; documents by python-docx and python-pptx; window by Qt {qt} (PySide6 {pyside}). MIT licence.</source>
        <translation>Диаграммы: Plotly и kaleido; документы: python-docx и python-pptx; окно: Qt {qt} (PySide6 {pyside}). Лицензия MIT.</translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <source>Select a topic on the left to see what its briefing will contain.</source>
        <translation>Выберите тему слева, чтобы увидеть, что войдёт в её брифинг.</translation>
    </message>
    <message>
        <source>Putting the briefing together…</source>
        <translation>Брифинг составляется…</translation>
    </message>
    <message>
        <source>Chart thumbnails are turned off.</source>
        <translation>Миниатюры диаграмм отключены.</translation>
    </message>
    <message>
        <source>The charts will be drawn after the export.</source>
        <translation>Диаграммы будут нарисованы после экспорта.</translation>
    </message>
    <message>
        <source>The charts cannot be drawn here: {reason}</source>
        <translation>Диаграммы здесь нарисовать нельзя: {reason}</translation>
    </message>
    <message>
        <source>This topic&apos;s briefing cannot be put together: {error}. Run &apos;briefkit check&apos; on the data folder for the full list of problems.</source>
        <translation>Брифинг по этой теме составить не удаётся: {error}. Полный список проблем покажет команда «briefkit check» для папки данных.</translation>
    </message>
</context>
<context>
    <name>CatalogKind</name>
    <message>
        <source>incident</source>
        <translation>другого инцидента</translation>
    </message>
    <message>
        <source>source</source>
        <translation>другого источника</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>другого расхождения</translation>
    </message>
    <message>
        <source>record</source>
        <translation>другой записи</translation>
    </message>
</context>
<context>
    <name>CatalogMessage</name>
    <message>
        <source>is missing; this field is required</source>
        <translation>не заполнено; это обязательное поле</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <source>{value} is not a number (use a dot for decimals, no thousands separators)</source>
        <translation>{value} — не число (дробную часть отделяйте точкой, без разделителей тысяч)</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2011-07-11</source>
        <translation>{value} — не дата; пишите ГГГГ-ММ-ДД, например 2011-07-11</translation>
    </message>
    <message>
        <source>{value} is below {limit}; counts and values cannot be negative</source>
        <translation>{value} меньше {limit}; числа и значения не могут быть отрицательными</translation>
    </message>
    <message>
        <source>{value} is above {limit}; check the figure</source>
        <translation>{value} больше {limit}; проверьте число</translation>
    </message>
    <message>
        <source>{value} is not a valid id; use lower-case letters, digits and hyphens (e.g. aktobe-2016)</source>
        <translation>{value} — недопустимый id; используйте строчные латинские буквы, цифры и дефисы (например, aktobe-2016)</translation>
    </message>
    <message>
        <source>{value} is not a period; write a year (2012), a month (2012-05) or a span (2011/2013)</source>
        <translation>{value} — не период; укажите год (2012), месяц (2012-05) или промежуток (2011/2013)</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of {expected}</source>
        <translation>{value} не допускается; используйте одно из значений: {expected}</translation>
    </message>
    <message>
        <source>is empty; give at least one value</source>
        <translation>пусто; укажите хотя бы одно значение</translation>
    </message>
    <message>
        <source>is longer than {limit} characters; shorten it</source>
        <translation>длиннее {limit} символов; сократите текст</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} — не true и не false</translation>
    </message>
    <message>
        <source>unknown source id &quot;{value}&quot;; known sources: {known}</source>
        <translation>неизвестный id источника «{value}»; известные источники: {known}</translation>
    </message>
    <message>
        <source>{value} is after today ({today}); check the year</source>
        <translation>{value} позже сегодняшнего дня ({today}); проверьте год</translation>
    </message>
    <message>
        <source>{value} has {precision} precision, so it must be the first day of the {precision}: write {first} (or give a finer precision)</source>
        <translation>у даты {value} точность «{precision}», поэтому это должен быть первый день периода: напишите {first} (или укажите точность выше)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not in vocabulary.yaml; use one of {known}</source>
        <translation>«{value}» нет в vocabulary.yaml; используйте одно из значений: {known}</translation>
    </message>
    <message>
        <source>{value} is less than the breakdown (perpetrators + security + civilians = {known}); killed is the total of all deaths</source>
        <translation>{value} меньше суммы по категориям (нападавшие + силовики + мирные жители = {known}); число погибших — это общее число всех смертей</translation>
    </message>
    <message>
        <source>is empty but a breakdown is given; give the total too</source>
        <translation>не заполнено, хотя указаны погибшие по категориям; укажите и общее число</translation>
    </message>
    <message>
        <source>{latitude}, {longitude} is outside Kazakhstan (lat {lat}, lon {lon}); check the coordinates or the country</source>
        <translation>{latitude}, {longitude} — за пределами Казахстана (широта {lat}, долгота {lon}); проверьте координаты или страну</translation>
    </message>
    <message>
        <source>is empty; give a number, or describe it in value_text</source>
        <translation>не заполнено; укажите число или опишите значение словами (value_text)</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} — отрицательное число</translation>
    </message>
    <message>
        <source>{value} is after this year; check the year</source>
        <translation>{value} позже текущего года; проверьте год</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is the id of another {kind}; give this one its own id</source>
        <translation>«{value}» — уже id {kind}; дайте этой записи собственный id</translation>
    </message>
    <message>
        <source>version {number}{field}: {problem}</source>
        <translation>версия {number}{field}: {problem}</translation>
    </message>
    <message>
        <source>version {number}: &quot;{value}&quot; is not in sources.yaml; give one of its ids</source>
        <translation>версия {number}: «{value}» нет в sources.yaml; укажите один из его id</translation>
    </message>
</context>
<context>
    <name>ChartsModel</name>
    <message>
        <source>Drawing…</source>
        <translation>Рисуется…</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Не нарисована</translation>
    </message>
    <message>
        <source>Double-click to open the full picture.</source>
        <translation>Двойной щелчок открывает полное изображение.</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Compose a Briefing</source>
        <translation>Составить брифинг</translation>
    </message>
    <message>
        <source>Sections of the topics</source>
        <translation>Разделы тем</translation>
    </message>
    <message>
        <source>Sections of the new briefing, in order</source>
        <translation>Разделы нового брифинга по порядку</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Добавить →</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Title of the new briefing (required)</source>
        <translation>Название нового брифинга (обязательно)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Keep the composition as a file, for the window and the command line</source>
        <translation>Сохранить состав брифинга в файл — для окна и для командной строки</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a composition file</source>
        <translation>Открыть файл состава брифинга</translation>
    </message>
    <message>
        <source>Topics and their sections:</source>
        <translation>Темы и их разделы:</translation>
    </message>
    <message>
        <source>The new briefing (drag to reorder):</source>
        <translation>Новый брифинг (порядок меняется перетаскиванием):</translation>
    </message>
    <message>
        <source>Add sections from the topics on the left.</source>
        <translation>Добавьте разделы из тем слева.</translation>
    </message>
    <message>
        <source>Give the briefing a title.</source>
        <translation>Дайте брифингу название.</translation>
    </message>
    <message numerus="yes">
        <source>Will be written as %1.docx, .pptx, … with %n section(s).</source>
        <translation>
            <numerusform>Будет записан как %1.docx, .pptx, … с %n разделом.</numerusform>
            <numerusform>Будет записан как %1.docx, .pptx, … с %n разделами.</numerusform>
            <numerusform>Будет записан как %1.docx, .pptx, … с %n разделами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Не удалось сохранить: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Not in this data, left out: {parts}</source>
        <translation>Нет в этих данных, пропущено: {parts}</translation>
    </message>
</context>
<context>
    <name>ComposerPages</name>
    <message>
        <source>&amp;Pages</source>
        <translation>Стр&amp;аницы</translation>
    </message>
    <message>
        <source>Show every slide and page of the briefing as it will be written</source>
        <translation>Показать все слайды и страницы брифинга такими, какими они будут записаны</translation>
    </message>
    <message>
        <source>The pages cannot be rendered: {problem}</source>
        <translation>Страницы нельзя отрисовать: {problem}</translation>
    </message>
</context>
<context>
    <name>Compositions</name>
    <message>
        <source>Briefkit compositions (*.yaml *.yml);;All files (*)</source>
        <translation>Составы брифингов Briefkit (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save the composition</source>
        <translation>Сохранить состав брифинга</translation>
    </message>
    <message>
        <source>Open a composition</source>
        <translation>Открыть состав брифинга</translation>
    </message>
    <message>
        <source>No composition saved yet</source>
        <translation>Составы ещё не сохранялись</translation>
    </message>
</context>
<context>
    <name>DataEditing</name>
    <message>
        <source>Add Indicator</source>
        <translation>Добавить показатель</translation>
    </message>
    <message>
        <source>Edit Indicator</source>
        <translation>Изменить показатель</translation>
    </message>
    <message>
        <source>Add Measure</source>
        <translation>Добавить меру</translation>
    </message>
    <message>
        <source>Edit Measure</source>
        <translation>Изменить меру</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>edit {id}</source>
        <translation>изменение {id}</translation>
    </message>
    <message>
        <source>add {id}</source>
        <translation>добавление {id}</translation>
    </message>
    <message>
        <source>{id} cannot be deleted</source>
        <translation>{id} нельзя удалить</translation>
    </message>
    <message>
        <source>It is still named by {names}. Change or delete those first; nothing was changed.</source>
        <translation>На эту запись всё ещё ссылаются: {names}. Сначала измените или удалите их; ничего не изменено.</translation>
    </message>
    <message>
        <source>Delete {id}? You can undo it while Briefkit is open.</source>
        <translation>Удалить {id}? Это можно отменить, пока Briefkit открыт.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>delete {id}</source>
        <translation>удаление {id}</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Погибло</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
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
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое имя</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Filter: any text in any column</source>
        <translation>Фильтр: любой текст в любом столбце</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>Показано {shown} из {total}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>D&amp;ispute…</source>
        <translation>Р&amp;асхождение…</translation>
    </message>
    <message>
        <source>Record that the sources disagree on a field of this incident</source>
        <translation>Записать, что источники расходятся в поле этого инцидента</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Data folder: {where}</source>
        <translation>Папка данных: {where}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Update</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Оставить оба</translation>
    </message>
    <message>
        <source>Update merges today&apos;s data into the edited deck: slides and shapes nobody touched get today&apos;s content; your edited text, notes and table cells, moved or restyled shapes, added and deleted slides stay. Where you and the data changed the same thing, your version stays and is listed. A restyle is not recognised in a deck saved by LibreOffice.</source>
        <translation>«Обновить» вносит сегодняшние данные в изменённую презентацию: слайды и фигуры, которых никто не трогал, получают сегодняшнее содержание; ваши правки текста, заметок и ячеек таблиц, перемещённые или переоформленные фигуры, добавленные и удалённые слайды остаются. Где и вы, и данные изменили одно и то же, остаётся ваш вариант, и он указывается в списке. Переоформление не распознаётся в презентации, сохранённой LibreOffice.</translation>
    </message>
    <message>
        <source>Update merges today&apos;s data into the edited report: paragraphs, tables and chart pictures nobody touched get today&apos;s content; your edited, restyled or commented paragraphs, tracked changes, added paragraphs and deleted blocks stay. Where you and the data changed the same block, your version stays and is listed; a table is kept or replaced whole.</source>
        <translation>«Обновить» вносит сегодняшние данные в изменённый доклад: абзацы, таблицы и изображения диаграмм, которых никто не трогал, получают сегодняшнее содержание; ваши изменённые, переоформленные или прокомментированные абзацы, исправления в режиме записи, добавленные абзацы и удалённые блоки остаются. Где и вы, и данные изменили один и тот же блок, остаётся ваш вариант, и он указывается в списке; таблица сохраняется или заменяется целиком.</translation>
    </message>
    <message>
        <source>This file in {folder} was changed since Briefkit wrote it, or was not written by Briefkit. Nothing has been written yet.

Replace it with the new briefing, or keep it and write the new files beside (e.g. {beside})?</source>
        <translation>Этот файл в папке {folder} изменён после того, как его записал Briefkit, или записан не Briefkit. Пока ничего не записано.

Заменить его новым брифингом или оставить и записать новые файлы рядом (например, {beside})?</translation>
    </message>
    <message>
        <source>A file was edited</source>
        <translation>Файл был изменён</translation>
    </message>
    <message>
        <source>Files were edited</source>
        <translation>Файлы были изменены</translation>
    </message>
    <message>
        <source>Where a copy Briefkit wrote earlier ({copies}) is the same as the new one, Keep Both uses it again instead of writing another.</source>
        <translation>Если копия, записанная Briefkit раньше ({copies}), совпадает с новой, «Оставить оба» использует её снова и не пишет ещё одну.</translation>
    </message>
    <message>
        <source>Changed, not written by Briefkit, or made from other choices:</source>
        <translation>Изменены, записаны не Briefkit или сделаны с другими параметрами:</translation>
    </message>
    <message>
        <source>Made from other choices</source>
        <translation>Сделаны с другими параметрами</translation>
    </message>
    <message>
        <source>made in {language}</source>
        <translation>сделан на языке: {language}</translation>
    </message>
    <message>
        <source>made with the bundled template</source>
        <translation>сделан со встроенным шаблоном</translation>
    </message>
    <message>
        <source>made with the template {name}</source>
        <translation>сделан с шаблоном {name}</translation>
    </message>
    <message>
        <source>made with source grades</source>
        <translation>сделан с оценками источников</translation>
    </message>
    <message>
        <source>made without source grades</source>
        <translation>сделан без оценок источников</translation>
    </message>
    <message>
        <source>made from another composition ({sections})</source>
        <translation>сделан из другой подборки разделов ({sections})</translation>
    </message>
</context>
<context>
    <name>DisputeForm</name>
    <message>
        <source>New Dispute about {id}</source>
        <translation>Новое расхождение: {id}</translation>
    </message>
    <message>
        <source>Edit Dispute {id}</source>
        <translation>Изменение расхождения {id}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Id источника</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Credibility (1-6)</source>
        <translation>Достоверность (1–6)</translation>
    </message>
    <message>
        <source>Why that grade</source>
        <translation>Почему такая оценка</translation>
    </message>
    <message>
        <source>Add &amp;Version</source>
        <translation>Добавить &amp;версию</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Each source&apos;s version:</source>
        <translation>Версия каждого источника:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Show &amp;Details</source>
        <translation>Показать &amp;подробности</translation>
    </message>
    <message>
        <source>Show the full list of problems or the technical details</source>
        <translation>Показать полный список проблем или технические подробности</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Copy the message and the details to the clipboard</source>
        <translation>Скопировать сообщение и подробности в буфер обмена</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>Скрыть &amp;подробности</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>so nothing was written.</source>
        <translation>поэтому ничего не записано.</translation>
    </message>
    <message>
        <source>so nothing was loaded.</source>
        <translation>поэтому ничего не загружено.</translation>
    </message>
    <message>
        <source>The data has problems</source>
        <translation>В данных есть проблемы</translation>
    </message>
    <message>
        <source>The details list each problem with its file and line; fix them, or use the bundled data (File &gt; Use Bundled Data).</source>
        <translation>В подробностях каждая проблема указана с файлом и строкой; исправьте их или используйте встроенные данные (Файл &gt; Встроенные данные).</translation>
    </message>
    <message>
        <source>Template: {path}</source>
        <translation>Шаблон: {path}</translation>
    </message>
    <message>
        <source>The template cannot be used</source>
        <translation>Шаблон нельзя использовать</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another template, or go back to the bundled one.</source>
        <translation>Ничего не записано. Выберите другой шаблон или вернитесь к встроенному.</translation>
    </message>
    <message>
        <source>No browser to draw the charts</source>
        <translation>Нет браузера для рисования диаграмм</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>The files cannot be written</source>
        <translation>Файлы нельзя записать</translation>
    </message>
    <message>
        <source>Choose another output folder (File &gt; Choose Output Folder).</source>
        <translation>Выберите другую папку для файлов (Файл &gt; Папка для файлов).</translation>
    </message>
    <message>
        <source>The export stopped</source>
        <translation>Экспорт остановлен</translation>
    </message>
    <message>
        <source>Files finished before this stay; no partial file was left.</source>
        <translation>Файлы, готовые до этого, сохранены; недописанных файлов не осталось.</translation>
    </message>
    <message>
        <source>the export stopped</source>
        <translation>экспорт остановлен</translation>
    </message>
    <message>
        <source>the loading of the data stopped</source>
        <translation>загрузка данных остановлена</translation>
    </message>
    <message>
        <source>the last action stopped</source>
        <translation>последнее действие прервано</translation>
    </message>
    <message>
        <source>Briefkit met an error it did not expect and {stopped}; no partial file was left. Try again; if it happens again, copy the details and send them to whoever supports Briefkit for you.</source>
        <translation>Briefkit столкнулся с непредвиденной ошибкой, и {stopped}; недописанных файлов не осталось. Попробуйте ещё раз; если ошибка повторится, скопируйте подробности и отправьте их тому, кто поддерживает у вас Briefkit.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Произошла непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>EventImport</name>
    <message>
        <source>Import events from a CSV or Excel file</source>
        <translation>Импорт событий из файла CSV или Excel</translation>
    </message>
    <message>
        <source>Event tables (*.csv *.xlsx)</source>
        <translation>Таблицы событий (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking the rows to import…</source>
        <translation>Проверка строк для импорта…</translation>
    </message>
    <message>
        <source>import of the events</source>
        <translation>импорт событий</translation>
    </message>
    <message>
        <source>Check the rows, then Apply or Cancel</source>
        <translation>Проверьте строки, затем нажмите «Применить» или «Отмена»</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>import {files}</source>
        <translation>импорт {files}</translation>
    </message>
    <message>
        <source>Made your own copy of the data in {folder} and wrote {files}</source>
        <translation>Создана ваша копия данных в {folder}; записаны {files}</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}</source>
        <translation>Записаны {files} в {folder}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>The events cannot be imported</source>
        <translation>События нельзя импортировать</translation>
    </message>
    <message>
        <source>{reason}. Nothing was written.</source>
        <translation>{reason}. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Loading the topics…</source>
        <translation>Загрузка тем…</translation>
    </message>
    <message>
        <source>Tick at least one topic to export.</source>
        <translation>Отметьте хотя бы одну тему для экспорта.</translation>
    </message>
    <message>
        <source>Tick at least one format under Options.</source>
        <translation>Отметьте хотя бы один формат в параметрах.</translation>
    </message>
    <message>
        <source>Choose an output folder under Options.</source>
        <translation>Выберите папку для файлов в параметрах.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Briefing(s)</source>
        <translation>
            <numerusform>Экспортировать %n брифинг</numerusform>
            <numerusform>Экспортировать %n брифинга</numerusform>
            <numerusform>Экспортировать %n брифингов</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) as {formats}: </source>
        <translation>
            <numerusform>%n тема в форматах {formats}: </numerusform>
            <numerusform>%n темы в форматах {formats}: </numerusform>
            <numerusform>%n тем в форматах {formats}: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) into {folder}</source>
        <translation>
            <numerusform>%n файл в папку {folder}</numerusform>
            <numerusform>%n файла в папку {folder}</numerusform>
            <numerusform>%n файлов в папку {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The report template cannot be used: see Templates under Options.</source>
        <translation>⚠ Шаблон отчёта нельзя использовать: см. «Шаблоны» в параметрах.</translation>
    </message>
    <message>
        <source>⚠ The deck template cannot be used: see Templates under Options.</source>
        <translation>⚠ Шаблон презентации нельзя использовать: см. «Шаблоны» в параметрах.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>Записан %n файл в папку {folder}</numerusform>
            <numerusform>Записано %n файла в папку {folder}</numerusform>
            <numerusform>Записано %n файлов в папку {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no partial file was left.</source>
        <translation>Экспорт отменён; недописанных файлов не осталось.</translation>
    </message>
    <message>
        <source>Files finished before you cancelled are kept: {files}.</source>
        <translation>Файлы, готовые до отмены, сохранены: {files}.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <source>Export not started: nothing was written. Kept as they are: {files}.</source>
        <translation>Экспорт не начат: ничего не записано. Оставлены как есть: {files}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт отменён; ничего не записано</translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation>Экспорт не удался:</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Word report</source>
        <translation>Отчёт Word</translation>
    </message>
    <message>
        <source>PowerPoint deck</source>
        <translation>Презентация PowerPoint</translation>
    </message>
    <message>
        <source>Speaker-notes handout</source>
        <translation>Раздаточный материал с заметками</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Справочная записка</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the export; files are written whole or not at all (Esc)</source>
        <translation>Остановить экспорт; файлы записываются целиком или не записываются вовсе (Esc)</translation>
    </message>
    <message>
        <source>Open Output Folder</source>
        <translation>Открыть папку с файлами</translation>
    </message>
    <message>
        <source>Open the folder the files were written to</source>
        <translation>Открыть папку, в которую записаны файлы</translation>
    </message>
    <message>
        <source>Show Error…</source>
        <translation>Показать ошибку…</translation>
    </message>
    <message>
        <source>Show the error message again, with its details</source>
        <translation>Снова показать сообщение об ошибке с подробностями</translation>
    </message>
    <message>
        <source>Preparing: reading the data and the templates…</source>
        <translation>Подготовка: чтение данных и шаблонов…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the current step…</source>
        <translation>Отмена: завершается текущий шаг…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s)</source>
        <translation>
            <numerusform>Записан %n файл</numerusform>
            <numerusform>Записано %n файла</numerusform>
            <numerusform>Записано %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>in {seconds} s to {folder}</source>
        <translation>за {seconds} с в папку {folder}</translation>
    </message>
    <message>
        <source>(the export finished its last step before it could stop)</source>
        <translation>(экспорт завершил последний шаг раньше, чем смог остановиться)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message numerus="yes">
        <source>Show All %n Warnings…</source>
        <translation>
            <numerusform>Показать %n предупреждение…</numerusform>
            <numerusform>Показать все %n предупреждения…</numerusform>
            <numerusform>Показать все %n предупреждений…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export warnings</source>
        <translation>Предупреждения экспорта</translation>
    </message>
    <message>
        <source>Accessibility of {name}</source>
        <translation>Доступность {name}</translation>
    </message>
    <message>
        <source>Each problem: where it is, the rule, and how to fix it:</source>
        <translation>Каждая проблема: где она, правило и как её исправить:</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>{size}, as written before</source>
        <translation>{size}, как записан раньше</translation>
    </message>
    <message>
        <source>{size}, updated, your edits kept</source>
        <translation>{size}, обновлён, ваши правки сохранены</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open {name} in its usual program</source>
        <translation>Открыть {name} в обычной для него программе</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Open the folder that holds {name}</source>
        <translation>Открыть папку, в которой лежит {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n accessibility problem(s)…</source>
        <translation>
            <numerusform>%n проблема доступности…</numerusform>
            <numerusform>%n проблемы доступности…</numerusform>
            <numerusform>%n проблем доступности…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accessibility warning(s)…</source>
        <translation>
            <numerusform>%n предупреждение доступности…</numerusform>
            <numerusform>%n предупреждения доступности…</numerusform>
            <numerusform>%n предупреждений доступности…</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems}, {warnings}…</source>
        <translation>{problems}, {warnings}…</translation>
    </message>
    <message numerus="yes">
        <source>%n accessibility problem(s)</source>
        <translation>
            <numerusform>%n проблема доступности</numerusform>
            <numerusform>%n проблемы доступности</numerusform>
            <numerusform>%n проблем доступности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the accessibility check found in {name}</source>
        <translation>Показать, что проверка доступности нашла в {name}</translation>
    </message>
    <message>
        <source>✓ Accessible</source>
        <translation>✓ Доступен</translation>
    </message>
    <message>
        <source>The accessibility check found no problem in {name}: titles, alt text, table headers, reading order, contrast, text size and language</source>
        <translation>Проверка доступности не нашла проблем в {name}: заголовки, замещающий текст, шапки таблиц, порядок чтения, контраст, размер текста и язык</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Briefkit Guide</source>
        <translation>Руководство Briefkit</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;b&gt;The data&lt;/b&gt; is explained in {data}; &lt;b&gt;templates&lt;/b&gt; in {templates}.</source>
        <translation>&lt;b&gt;Данные&lt;/b&gt; описаны в {data}; &lt;b&gt;шаблоны&lt;/b&gt; — в {templates}.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>bundled</source>
        <translation>встроенный</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Recent Exports</source>
        <translation>Недавние экспорты</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Recent exports, newest first</source>
        <translation>Недавние экспорты, сначала новые</translation>
    </message>
    <message>
        <source>{what} (files gone)</source>
        <translation>{what} (файлов больше нет)</translation>
    </message>
    <message>
        <source>{name} (gone)</source>
        <translation>{name} (удалён)</translation>
    </message>
    <message>
        <source>Nothing exported yet: exports are listed here as they end.</source>
        <translation>Экспортов пока не было: они появятся здесь, когда завершатся.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>&amp;Export Again</source>
        <translation>&amp;Экспортировать снова</translation>
    </message>
    <message>
        <source>Export the same briefing again, with the options, folder and language used</source>
        <translation>Экспортировать тот же брифинг снова, с теми же параметрами, папкой и языком</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлена</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>возможный повтор</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>may be {ids} (same date within its precision, same place); not added</source>
        <translation>возможно, это {ids} (та же дата с учётом точности, то же место); не добавлена</translation>
    </message>
    <message>
        <source>changes {fields}</source>
        <translation>меняются: {fields}</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Импорт событий</translation>
    </message>
    <message>
        <source>Read: {files}</source>
        <translation>Прочитано: {files}</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Нет строк</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Nothing can be written until these problems are fixed.</source>
        <translation>Ничего нельзя записать, пока эти проблемы не исправлены.</translation>
    </message>
    <message>
        <source>Nothing to change: the data already has these rows.</source>
        <translation>Менять нечего: эти строки уже есть в данных.</translation>
    </message>
    <message>
        <source>Apply makes your own copy of the data in {folder} (Briefkit&apos;s bundled data is never changed) and writes the rows there; Briefkit uses that copy from then on.</source>
        <translation>«Применить» создаст вашу копию данных в {folder} (встроенные данные Briefkit никогда не меняются) и запишет строки туда; дальше Briefkit будет использовать эту копию.</translation>
    </message>
    <message>
        <source>Apply writes the added and updated rows into {folder}.</source>
        <translation>«Применить» запишет добавленные и обновлённые строки в {folder}.</translation>
    </message>
    <message>
        <source>Refused rows are left out; fix them and import again.</source>
        <translation>Отклонённые строки пропускаются; исправьте их и импортируйте снова.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>A possible duplicate is not added; tick its row if it is another event, then Check Again.</source>
        <translation>Возможный повтор не добавляется; если это другое событие, отметьте его строку и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Tick to add this row anyway: it is another event</source>
        <translation>Отметьте, чтобы всё же добавить строку: это другое событие</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>add dispute {id}</source>
        <translation>добавление расхождения {id}</translation>
    </message>
    <message>
        <source>edit {id}</source>
        <translation>изменение {id}</translation>
    </message>
    <message>
        <source>add {id}</source>
        <translation>добавление {id}</translation>
    </message>
    <message>
        <source>Made your own copy of the data in {folder}; saved there</source>
        <translation>Создана ваша копия данных в {folder}; изменение сохранено там</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Сохранено в {folder}</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
    <message>
        <source>The data would no longer pass the checks, so nothing was written. The details name each file, line and field.</source>
        <translation>Данные перестали бы проходить проверку, поэтому ничего не записано. В подробностях указаны файл, строка и поле каждой проблемы.</translation>
    </message>
    <message>
        <source>{reason}. Nothing was written.</source>
        <translation>{reason}. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>KeyFigureCard</name>
    <message>
        <source>Sources: {sources}</source>
        <translation>Источники: {sources}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PDF needs LibreOffice, which is not installed on this computer. Install LibreOffice (Writer and Impress) and restart Briefkit to make PDFs.</source>
        <translation>Для PDF нужен LibreOffice, а он не установлен на этом компьютере. Установите LibreOffice (Writer и Impress) и перезапустите Briefkit, чтобы получать PDF.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Loading the topics…</source>
        <translation>Загрузка тем…</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) from the bundled data</source>
        <translation>
            <numerusform>%n тема из встроенных данных</numerusform>
            <numerusform>%n темы из встроенных данных</numerusform>
            <numerusform>%n тем из встроенных данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) from {folder}</source>
        <translation>
            <numerusform>%n тема из {folder}</numerusform>
            <numerusform>%n темы из {folder}</numerusform>
            <numerusform>%n тем из {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>встроенные</translation>
    </message>
    <message>
        <source>Using the bundled data: {folder} could not be loaded</source>
        <translation>Используются встроенные данные: не удалось загрузить {folder}</translation>
    </message>
    <message>
        <source>The topics could not be loaded. Use File &gt; Open Data Folder.</source>
        <translation>Темы не удалось загрузить. Выберите Файл &gt; Открыть папку данных.</translation>
    </message>
    <message>
        <source>Still using the data loaded before</source>
        <translation>По-прежнему используются ранее загруженные данные</translation>
    </message>
    <message>
        <source>Open a Briefkit data folder</source>
        <translation>Открыть папку данных Briefkit</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Выберите шаблон Word</translation>
    </message>
    <message>
        <source>Choose a PowerPoint template</source>
        <translation>Выберите шаблон PowerPoint</translation>
    </message>
    <message>
        <source>Choose a Word or PowerPoint template</source>
        <translation>Выберите шаблон Word или PowerPoint</translation>
    </message>
    <message>
        <source>{name} is not a template: use a .docx or .dotx file (report) or a .pptx or .potx file (deck)</source>
        <translation>{name} — не шаблон: нужен файл .docx или .dotx (отчёт) либо .pptx или .potx (презентация)</translation>
    </message>
    <message>
        <source>Checking {name} as the report template…</source>
        <translation>Проверка {name} как шаблона отчёта…</translation>
    </message>
    <message>
        <source>Checking {name} as the deck template…</source>
        <translation>Проверка {name} как шаблона презентации…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Выберите папку для файлов</translation>
    </message>
    <message>
        <source>Drop to use the file as a template</source>
        <translation>Отпустите, чтобы использовать файл как шаблон</translation>
    </message>
    <message>
        <source>Drop to import the events in the file</source>
        <translation>Отпустите, чтобы импортировать события из файла</translation>
    </message>
    <message>
        <source>Into {folder} as {formats} ({language}); change these under Options.</source>
        <translation>В папку {folder}, форматы: {formats} ({language}); изменить — в разделе «Параметры».</translation>
    </message>
    <message>
        <source>About Briefkit</source>
        <translation>О программе Briefkit</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Идёт экспорт</translation>
    </message>
    <message>
        <source>Stop the export and close Briefkit? No partial file will be left.</source>
        <translation>Остановить экспорт и закрыть Briefkit? Недописанных файлов не останется.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Остановить и закрыть</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Export Briefings</source>
        <translation>&amp;Экспортировать брифинги</translation>
    </message>
    <message>
        <source>Write the ticked topics in the chosen formats</source>
        <translation>Записать отмеченные темы в выбранных форматах</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Отменить экспорт</translation>
    </message>
    <message>
        <source>Stop the running export</source>
        <translation>Остановить идущий экспорт</translation>
    </message>
    <message>
        <source>Choose &amp;Template…</source>
        <translation>Выбрать &amp;шаблон…</translation>
    </message>
    <message>
        <source>Use a Word (.docx, .dotx) or PowerPoint (.pptx, .potx) template of your own</source>
        <translation>Использовать свой шаблон Word (.docx, .dotx) или PowerPoint (.pptx, .potx)</translation>
    </message>
    <message>
        <source>Use Bundled Te&amp;mplates</source>
        <translation>Встроенные ша&amp;блоны</translation>
    </message>
    <message>
        <source>Go back to Briefkit&apos;s own templates</source>
        <translation>Вернуться к собственным шаблонам Briefkit</translation>
    </message>
    <message>
        <source>Choose &amp;Output Folder…</source>
        <translation>&amp;Папка для файлов…</translation>
    </message>
    <message>
        <source>Choose where the briefings are written</source>
        <translation>Выбрать, куда записываются брифинги</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder…</source>
        <translation>Открыть папку &amp;данных…</translation>
    </message>
    <message>
        <source>Use another copy of the Briefkit data folder</source>
        <translation>Использовать другую копию папки данных Briefkit</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Data</source>
        <translation>Вс&amp;троенные данные</translation>
    </message>
    <message>
        <source>Use the data that comes with Briefkit</source>
        <translation>Использовать данные, поставляемые с Briefkit</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>&amp;Импорт событий…</translation>
    </message>
    <message>
        <source>Add events from a CSV or Excel file (Briefkit, ACLED or GTD columns)</source>
        <translation>Добавить события из файла CSV или Excel (столбцы Briefkit, ACLED или GTD)</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Данные…</translation>
    </message>
    <message>
        <source>Browse the incidents, indicators, measures, sources and disputes</source>
        <translation>Просмотреть инциденты, показатели, меры, источники и расхождения</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Close Briefkit</source>
        <translation>Закрыть Briefkit</translation>
    </message>
    <message>
        <source>&amp;Find Topic</source>
        <translation>&amp;Найти тему</translation>
    </message>
    <message>
        <source>Filter the list of topics</source>
        <translation>Отфильтровать список тем</translation>
    </message>
    <message>
        <source>Tick &amp;All Topics</source>
        <translation>Отметить &amp;все темы</translation>
    </message>
    <message>
        <source>Tick every topic shown</source>
        <translation>Отметить все показанные темы</translation>
    </message>
    <message>
        <source>Tick &amp;No Topics</source>
        <translation>&amp;Снять все отметки</translation>
    </message>
    <message>
        <source>Untick every topic shown</source>
        <translation>Снять отметки со всех показанных тем</translation>
    </message>
    <message>
        <source>&amp;About Briefkit</source>
        <translation>&amp;О программе Briefkit</translation>
    </message>
    <message>
        <source>Version, data sources, and where data and templates are explained</source>
        <translation>Версия, источники данных и где описаны данные и шаблоны</translation>
    </message>
    <message>
        <source>&amp;Recent Exports…</source>
        <translation>&amp;Недавние экспорты…</translation>
    </message>
    <message>
        <source>Open, show or export again what was exported lately</source>
        <translation>Открыть, показать или экспортировать снова то, что экспортировалось недавно</translation>
    </message>
    <message>
        <source>Briefkit &amp;Guide</source>
        <translation>&amp;Руководство Briefkit</translation>
    </message>
    <message>
        <source>How to make briefings with Briefkit</source>
        <translation>Как готовить брифинги в Briefkit</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>Все клавиши, на которые отвечает окно</translation>
    </message>
    <message>
        <source>Recent Co&amp;mpositions</source>
        <translation>Недавние с&amp;оставы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Темы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>Follow the language of this computer</source>
        <translation>Использовать язык этого компьютера</translation>
    </message>
    <message>
        <source>&amp;Compose Briefing…</source>
        <translation>&amp;Составить брифинг…</translation>
    </message>
    <message>
        <source>Build one briefing from chosen sections of several topics</source>
        <translation>Собрать один брифинг из выбранных разделов нескольких тем</translation>
    </message>
</context>
<context>
    <name>OpenFailed</name>
    <message>
        <source>Cannot show the folder</source>
        <translation>Не удаётся показать папку</translation>
    </message>
    <message>
        <source>No file manager opened the folder of {name}. Open the folder yourself: its path is below, to copy.</source>
        <translation>Ни один файловый менеджер не открыл папку файла {name}. Откройте папку сами: её путь ниже, его можно скопировать.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Не удаётся открыть {name}</translation>
    </message>
    <message>
        <source>No program on this computer opened {name}. Open it from your file manager or from the program you use for such files (e.g. a word processor), with the path below; or install a program for {kind} files.</source>
        <translation>Ни одна программа на этом компьютере не открыла {name}. Откройте файл из файлового менеджера или из программы, которой вы пользуетесь для таких файлов (например, текстового редактора), по пути ниже; или установите программу для файлов {kind}.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Копировать путь</translation>
    </message>
    <message>
        <source>Copy the path to the clipboard</source>
        <translation>Скопировать путь в буфер обмена</translation>
    </message>
    <message>
        <source>The system said: {reason}</source>
        <translation>Сообщение системы: {reason}</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>&amp;Word report (.docx)</source>
        <translation>Отчёт &amp;Word (.docx)</translation>
    </message>
    <message>
        <source>A report to read and send on: cover, contents, sections</source>
        <translation>Отчёт для чтения и рассылки: обложка, оглавление, разделы</translation>
    </message>
    <message>
        <source>&amp;PowerPoint deck (.pptx)</source>
        <translation>Презентация &amp;PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>A 16:9 deck to present, with speaker notes</source>
        <translation>Презентация 16:9 для показа, с заметками докладчика</translation>
    </message>
    <message>
        <source>P&amp;DF (needs LibreOffice)</source>
        <translation>P&amp;DF (нужен LibreOffice)</translation>
    </message>
    <message>
        <source>The report and the deck as PDF files, converted by LibreOffice; with the briefing note ticked, the note&apos;s PDF (and the report&apos;s and the deck&apos;s only when the Word report, the deck or the handout is ticked too)</source>
        <translation>Отчёт и презентация в виде файлов PDF, преобразованных LibreOffice; если отмечена справочная записка — PDF записки (а PDF отчёта и презентации — только если отмечены также отчёт Word, презентация или раздаточный материал)</translation>
    </message>
    <message>
        <source>Speaker-notes &amp;handout (.docx)</source>
        <translation>&amp;Раздаточный материал с заметками (.docx)</translation>
    </message>
    <message>
        <source>A Word document of the deck&apos;s slide titles and speaker notes, to print for trainers</source>
        <translation>Документ Word с заголовками слайдов и заметками докладчика — для печати преподавателям</translation>
    </message>
    <message>
        <source>Briefin&amp;g note, two pages (.docx)</source>
        <translation>Справочная &amp;записка, две страницы (.docx)</translation>
    </message>
    <message>
        <source>The short form for a minister: bottom line, key figures, the lead chart, key points, where the sources disagree and the sources, in the report template</source>
        <translation>Краткая форма для министра: главное, ключевые цифры, основная диаграмма, основные положения, расхождения источников и источники — в шаблоне отчёта</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Summary deck (at most 12 slides)</source>
        <translation>Краткая презентация (до 12 слайдов)</translation>
    </message>
    <message>
        <source>Write the short deck instead of the full one: title, key figures, the lead charts, one timeline, the disputes in one table and the sources, as &lt;topic&gt;-summary.pptx.</source>
        <translation>Записать краткую презентацию вместо полной: заголовок, ключевые цифры, главные диаграммы, одна хронология, расхождения источников одной таблицей и источники, в файл &lt;тема&gt;-summary.pptx.</translation>
    </message>
    <message>
        <source>Editable charts in the deck</source>
        <translation>Редактируемые диаграммы в презентации</translation>
    </message>
    <message>
        <source>Put native PowerPoint charts with their data in the deck, so trainers can edit them (right-click &gt; Edit Data). The map and the measures timeline stay pictures.</source>
        <translation>Вставлять в презентацию собственные диаграммы PowerPoint с данными, чтобы преподаватели могли их править (правый щелчок &gt; Изменить данные). Карта и хронология мер остаются рисунками.</translation>
    </message>
    <message>
        <source>Charts in Briefkit&apos;s colours</source>
        <translation>Диаграммы в цветах Briefkit</translation>
    </message>
    <message>
        <source>Keep Briefkit&apos;s own chart colours and font whatever the templates. Otherwise charts in a template of your own take its theme&apos;s colours and font.</source>
        <translation>Сохранять собственные цвета и шрифт диаграмм Briefkit при любых шаблонах. Иначе диаграммы в вашем шаблоне получают цвета и шрифт его темы.</translation>
    </message>
    <message>
        <source>PDF/A for archiving</source>
        <translation>PDF/A для архива</translation>
    </message>
    <message>
        <source>Write the PDF files as PDF/A-2b, the archival kind. Every PDF is tagged for screen readers either way.</source>
        <translation>Записывать PDF-файлы в формате PDF/A-2b, архивном. Все PDF в любом случае размечены для программ чтения с экрана.</translation>
    </message>
    <message>
        <source>Show source grades in citations</source>
        <translation>Оценки источников в ссылках</translation>
    </message>
    <message>
        <source>Each citation shows the source&apos;s reliability (A-F) and the information&apos;s credibility (1-6), as [3, B2]; the Sources list gives each source&apos;s grade and a box explains the scales.</source>
        <translation>Каждая ссылка показывает надёжность источника (буквой) и достоверность сведений (цифрой от 1 до 6); в списке источников указана оценка каждого, а врезка объясняет шкалы.</translation>
    </message>
    <message>
        <source>Say what changed since the last export</source>
        <translation>Сказать, что изменилось с прошлого экспорта</translation>
    </message>
    <message>
        <source>Adds a “What changed since &lt;date&gt;” part (a slide after the key figures, a section after the summary), compared with the topic&apos;s last report or deck in the output folder; nothing is added when there is none.</source>
        <translation>Добавляет часть «Что изменилось с &lt;дата&gt;» (слайд после ключевых цифр, раздел после резюме) в сравнении с последним докладом или презентацией темы в папке вывода; если их нет, ничего не добавляется.</translation>
    </message>
    <message>
        <source>Briefing &amp;language:</source>
        <translation>&amp;Язык брифинга:</translation>
    </message>
    <message>
        <source>The language the briefings are written in. English is the data itself; other languages come from the data folder&apos;s translations.</source>
        <translation>Язык, на котором пишутся брифинги. Английский — это сами данные; другие языки берутся из переводов в папке данных.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <source>Deck:</source>
        <translation>Презентация:</translation>
    </message>
    <message>
        <source>PDF uses both. Ctrl+O picks a file; or drop one onto the window.</source>
        <translation>PDF использует оба. Ctrl+O выбирает файл; или перетащите его в окно.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The handling marking printed on the cover and on every page and slide; choose one or type your own. Leave empty for none.</source>
        <translation>Гриф, печатаемый на обложке и на каждой странице и слайде; выберите из списка или введите свой. Оставьте пустым, если гриф не нужен.</translation>
    </message>
    <message>
        <source>e.g. Analysis Unit</source>
        <translation>например, Аналитический отдел</translation>
    </message>
    <message>
        <source>Shown as “Prepared by” on the cover</source>
        <translation>Указывается на обложке как «Подготовил»</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Подготовил:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка для файлов</translation>
    </message>
    <message>
        <source>The briefings are written here, as &lt;topic&gt;.docx and &lt;topic&gt;.pptx</source>
        <translation>Брифинги записываются сюда, в файлы &lt;тема&gt;.docx и &lt;тема&gt;.pptx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the folder the briefings are written to</source>
        <translation>Выбрать папку, в которую записываются брифинги</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Содержит</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n абзац</numerusform>
            <numerusform>%n абзаца</numerusform>
            <numerusform>%n абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s)</source>
        <translation>
            <numerusform>%n ключевой показатель</numerusform>
            <numerusform>%n ключевых показателя</numerusform>
            <numerusform>%n ключевых показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n рисунок</numerusform>
            <numerusform>%n рисунка</numerusform>
            <numerusform>%n рисунков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n таблица</numerusform>
            <numerusform>%n таблицы</numerusform>
            <numerusform>%n таблиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline(s)</source>
        <translation>
            <numerusform>%n хронология</numerusform>
            <numerusform>%n хронологии</numerusform>
            <numerusform>%n хронологий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n примечание</numerusform>
            <numerusform>%n примечания</numerusform>
            <numerusform>%n примечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n расхождение</numerusform>
            <numerusform>%n расхождения</numerusform>
            <numerusform>%n расхождений</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Figure {number}: {title}</source>
        <translation>Рисунок {number}: {title}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Table {number}: {title}</source>
        <translation>Таблица {number}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Источники расходятся</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Вперёд</translation>
    </message>
</context>
<context>
    <name>PagesDriver</name>
    <message>
        <source>Rendering pages…</source>
        <translation>Отрисовка страниц…</translation>
    </message>
    <message>
        <source>Stopped. Choose a topic, or show this tab again, to render the pages.</source>
        <translation>Остановлено. Выберите тему или снова откройте эту вкладку, чтобы отрисовать страницы.</translation>
    </message>
    <message>
        <source>Rendering pages… {count} of {total} ready</source>
        <translation>Отрисовка страниц… готово {count} из {total}</translation>
    </message>
    <message>
        <source>Rendering pages… {step}</source>
        <translation>Отрисовка страниц… {step}</translation>
    </message>
    <message>
        <source>Rendering pages… LibreOffice is laying them out</source>
        <translation>Отрисовка страниц… LibreOffice вёрстает документы</translation>
    </message>
    <message>
        <source>The pages cannot be rendered: {reason}</source>
        <translation>Страницы нельзя отрисовать: {reason}</translation>
    </message>
    <message>
        <source>The pages cannot be shown: they are laid out by LibreOffice, which is not installed. Install it (on Debian or Ubuntu: apt-get install libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils) and choose the topic again. Everything else works without it.</source>
        <translation>Страницы нельзя показать: их вёрстает LibreOffice, а он не установлен. Установите его (в Debian или Ubuntu: apt-get install libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils) и выберите тему снова. Всё остальное работает и без него.</translation>
    </message>
    <message>
        <source>The pages cannot be shown: they are drawn by pdftoppm, which is not installed. Install poppler-utils and choose the topic again.</source>
        <translation>Страницы нельзя показать: их рисует pdftoppm, а он не установлен. Установите poppler-utils и выберите тему снова.</translation>
    </message>
</context>
<context>
    <name>PagesPreview</name>
    <message>
        <source>The pages will be rendered after the export.</source>
        <translation>Страницы будут отрисованы после экспорта.</translation>
    </message>
    <message>
        <source>The pages cannot be rendered: {problem}</source>
        <translation>Страницы нельзя отрисовать: {problem}</translation>
    </message>
    <message>
        <source>Putting the briefing together…</source>
        <translation>Брифинг собирается…</translation>
    </message>
</context>
<context>
    <name>PagesTab</name>
    <message>
        <source>Deck: slide {n} of {total}</source>
        <translation>Презентация: слайд {n} из {total}</translation>
    </message>
    <message>
        <source>Report: page {n} of {total}</source>
        <translation>Отчёт: страница {n} из {total}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop rendering the pages</source>
        <translation>Остановить отрисовку страниц</translation>
    </message>
    <message>
        <source>Pages and slides of the briefing</source>
        <translation>Страницы и слайды брифинга</translation>
    </message>
    <message>
        <source>{page} (being drawn)</source>
        <translation>{page} (отрисовывается)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Contents of the briefing</source>
        <translation>Содержание брифинга</translation>
    </message>
    <message>
        <source>The briefing&apos;s parts in order; expand one to see its blocks</source>
        <translation>Части брифинга по порядку; раскройте часть, чтобы увидеть её блоки</translation>
    </message>
    <message>
        <source>Charts of the briefing</source>
        <translation>Диаграммы брифинга</translation>
    </message>
    <message>
        <source>Sources of the briefing</source>
        <translation>Источники брифинга</translation>
    </message>
    <message>
        <source>This briefing has no charts.</source>
        <translation>В этом брифинге нет диаграмм.</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>Стр&amp;аницы</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>C&amp;harts ({count})</source>
        <translation>&amp;Диаграммы ({count})</translation>
    </message>
    <message>
        <source>&amp;Sources ({count})</source>
        <translation>&amp;Источники ({count})</translation>
    </message>
    <message>
        <source>Drawing the charts in the background…</source>
        <translation>Диаграммы рисуются в фоне…</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n раздел</numerusform>
            <numerusform>%n раздела</numerusform>
            <numerusform>%n разделов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s)</source>
        <translation>
            <numerusform>%n диаграмма</numerusform>
            <numerusform>%n диаграммы</numerusform>
            <numerusform>%n диаграмм</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s); </source>
        <translation>
            <numerusform>%n источник; </numerusform>
            <numerusform>%n источника; </numerusform>
            <numerusform>%n источников; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they disagree in %n place(s)</source>
        <translation>
            <numerusform>они расходятся в %n месте</numerusform>
            <numerusform>они расходятся в %n местах</numerusform>
            <numerusform>они расходятся в %n местах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n source(s) flagged below)</source>
        <translation>
            <numerusform>(%n источник отмечен ниже)</numerusform>
            <numerusform>(%n источника отмечены ниже)</numerusform>
            <numerusform>(%n источников отмечены ниже)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the charts in the background… {done} of {total}</source>
        <translation>Диаграммы рисуются в фоне… {done} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s), as they will appear in the report and the deck. Hover for the headline; double-click to open one.</source>
        <translation>
            <numerusform>%n диаграмма — такой, как она будет в отчёте и презентации. Наведите указатель, чтобы увидеть вывод; двойной щелчок открывает диаграмму.</numerusform>
            <numerusform>%n диаграммы — такими, как они будут в отчёте и презентации. Наведите указатель, чтобы увидеть вывод; двойной щелчок открывает диаграмму.</numerusform>
            <numerusform>%n диаграмм — такими, как они будут в отчёте и презентации. Наведите указатель, чтобы увидеть вывод; двойной щелчок открывает диаграмму.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Starting</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Preparing chart {n} of {total}</source>
        <translation>Подготовка диаграммы {n} из {total}</translation>
    </message>
    <message>
        <source>Rendering chart {n} of {total}</source>
        <translation>Отрисовка диаграммы {n} из {total}</translation>
    </message>
    <message>
        <source>{step} ({look} of {looks} looks)</source>
        <translation>{step} (оформление {look} из {looks})</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translation>Запись {file}</translation>
    </message>
    <message>
        <source>Converting {name} to PDF</source>
        <translation>Преобразование {name} в PDF</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Date known to</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <source>Date note</source>
        <translation>Примечание к дате</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Place known to</source>
        <translation>Точность места</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Killed (all)</source>
        <translation>Погибло (всего)</translation>
    </message>
    <message>
        <source>Killed: perpetrators</source>
        <translation>Погибло: нападавших</translation>
    </message>
    <message>
        <source>Killed: security forces</source>
        <translation>Погибло: силовиков</translation>
    </message>
    <message>
        <source>Killed: civilians</source>
        <translation>Погибло: мирных жителей</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Задержано</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Stated as</source>
        <translation>Как указано</translation>
    </message>
    <message>
        <source>Value in words</source>
        <translation>Значение словами</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>source ids, separated by ;</source>
        <translation>id источников через ;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Edit Incident</source>
        <translation>Изменение инцидента</translation>
    </message>
    <message>
        <source>Add Incident</source>
        <translation>Новый инцидент</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Расхождения</translation>
    </message>
    <message numerus="yes">
        <source>In %n disagreement(s)</source>
        <translation>
            <numerusform>В %n расхождении</numerusform>
            <numerusform>В %n расхождениях</numerusform>
            <numerusform>В %n расхождениях</numerusform>
        </translation>
    </message>
    <message>
        <source>This source takes part in no disagreement here</source>
        <translation>Этот источник здесь ни в каких расхождениях не участвует</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n slide(s) in the deck</source>
        <translation>
            <numerusform>%n слайд в презентации</numerusform>
            <numerusform>%n слайда в презентации</numerusform>
            <numerusform>%n слайдов в презентации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in the report</source>
        <translation>
            <numerusform>%n страница в отчёте</numerusform>
            <numerusform>%n страницы в отчёте</numerusform>
            <numerusform>%n страниц в отчёте</numerusform>
        </translation>
    </message>
    <message>
        <source>as an export writes them now, in the chosen templates and language. Double-click one to see it large.</source>
        <translation>такими их запишет экспорт с выбранными шаблонами и языком. Дважды щёлкните, чтобы увидеть крупно.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>Шаблоны PowerPoint (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>Templates (*.docx *.dotx *.pptx *.potx)</source>
        <translation>Шаблоны (*.docx *.dotx *.pptx *.potx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>Changes shown under the verdict&apos;s first line (the options column has room for four lines); &quot;Details…&quot; and the tooltip show them all. Characters of a change shown on its line under the verdict.</extracomment>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>Use a Word report template of your own (or drop the file onto the window)</source>
        <translation>Использовать свой шаблон отчёта Word (или перетащите файл в окно)</translation>
    </message>
    <message>
        <source>Use a PowerPoint deck template of your own (or drop the file onto the window)</source>
        <translation>Использовать свой шаблон презентации PowerPoint (или перетащите файл в окно)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <source>The whole verdict: each kind of slide, the slide count, every change</source>
        <translation>Вся оценка: каждый вид слайдов, число слайдов, каждое изменение</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Go back to Briefkit&apos;s own Word report template</source>
        <translation>Вернуться к собственному шаблону отчёта Word в Briefkit</translation>
    </message>
    <message>
        <source>Go back to Briefkit&apos;s own PowerPoint deck template</source>
        <translation>Вернуться к собственному шаблону презентации PowerPoint в Briefkit</translation>
    </message>
    <message>
        <source>What Briefkit will make of %1:</source>
        <translation>Что Briefkit сделает из %1:</translation>
    </message>
    <message>
        <source>Template verdict</source>
        <translation>Оценка шаблона</translation>
    </message>
    <message numerus="yes">
        <source>Usable, but {what} (changes: %n)</source>
        <translation>
            <numerusform>Можно использовать, но {what} (изменение: %n)</numerusform>
            <numerusform>Можно использовать, но {what} (изменения: %n)</numerusform>
            <numerusform>Можно использовать, но {what} (изменений: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>its chart slides are too small for the charts</source>
        <translation>слайды для диаграмм слишком малы для них</translation>
    </message>
    <message>
        <source>its table slides are too small for the tables</source>
        <translation>слайды для таблиц слишком малы для них</translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n chart(s) would be left out</source>
        <translation>
            <numerusform>{missing} из %n диаграммы не войдут</numerusform>
            <numerusform>{missing} из %n диаграмм не войдут</numerusform>
            <numerusform>{missing} из %n диаграмм не войдут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n table(s) would be left out</source>
        <translation>
            <numerusform>{missing} из %n таблицы не войдут</numerusform>
            <numerusform>{missing} из %n таблиц не войдут</numerusform>
            <numerusform>{missing} из %n таблиц не войдут</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled template</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <source>Briefkit&apos;s own Word report template</source>
        <translation>Собственный шаблон отчёта Word в Briefkit</translation>
    </message>
    <message>
        <source>Briefkit&apos;s own PowerPoint deck template</source>
        <translation>Собственный шаблон презентации PowerPoint в Briefkit</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Details…)</source>
        <translation>
            <numerusform>… и ещё %n (Подробнее…)</numerusform>
            <numerusform>… и ещё %n (Подробнее…)</numerusform>
            <numerusform>… и ещё %n (Подробнее…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>Проверка шаблона…</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message numerus="yes">
        <source>Usable, with changes: %n</source>
        <translation>
            <numerusform>Подходит, с изменениями: %n</numerusform>
            <numerusform>Подходит, с изменениями: %n</numerusform>
            <numerusform>Подходит, с изменениями: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not usable:</source>
        <translation>Не подходит:</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation>Скопировать весь текст в буфер обмена</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>The picture {path} cannot be read.</source>
        <translation>Изображение {path} не читается.</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Tick to export; select to preview.</source>
        <translation>Отметьте, чтобы экспортировать; выберите, чтобы просмотреть.</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Фильтр тем</translation>
    </message>
    <message>
        <source>Show only topics whose title or description has all these words</source>
        <translation>Показывать только темы, в названии или описании которых есть все эти слова</translation>
    </message>
    <message>
        <source>Tick the topics to export (Space ticks the selected one); select a topic to preview its briefing</source>
        <translation>Отметьте темы для экспорта (Пробел отмечает выбранную); выберите тему, чтобы просмотреть её брифинг</translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation>Загрузка тем…</translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation>Отметить &amp;все</translation>
    </message>
    <message>
        <source>Tick every topic shown</source>
        <translation>Отметить все показанные темы</translation>
    </message>
    <message>
        <source>Tick &amp;None</source>
        <translation>Сня&amp;ть все</translation>
    </message>
    <message>
        <source>Untick every topic shown</source>
        <translation>Снять отметки со всех показанных тем</translation>
    </message>
    <message>
        <source>Data: {source}</source>
        <translation>Данные: {source}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ticked</source>
        <translation>
            <numerusform>Отмечено: %n из {total}</numerusform>
            <numerusform>Отмечено: %n из {total}</numerusform>
            <numerusform>Отмечено: %n из {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The data folder has %n problem(s)</source>
        <translation>
            <numerusform>В папке данных %n проблема</numerusform>
            <numerusform>В папке данных %n проблемы</numerusform>
            <numerusform>В папке данных %n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n files in {folder} were changed since Briefkit wrote them, or were not written by Briefkit. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</source>
        <translation>
            <numerusform>Этот %n файл в папке {folder} изменён после того, как его записал Briefkit, или записан не Briefkit. Пока ничего не записано.

Заменить его новым брифингом или оставить и записать новые файлы рядом (например, {beside})?</numerusform>
            <numerusform>Эти %n файла в папке {folder} изменены после того, как их записал Briefkit, или записаны не Briefkit. Пока ничего не записано.

Заменить их новым брифингом или оставить и записать новые файлы рядом (например, {beside})?</numerusform>
            <numerusform>Эти %n файлов в папке {folder} изменены после того, как их записал Briefkit, или записаны не Briefkit. Пока ничего не записано.

Заменить их новым брифингом или оставить и записать новые файлы рядом (например, {beside})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in {folder} were written by Briefkit and not changed since, but made from another language, template or composition than this export. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</source>
        <translation>
            <numerusform>%n файл в папке {folder} записан Briefkit и с тех пор не изменён, но сделан на другом языке, с другим шаблоном или из другой подборки разделов, чем в этом экспорте. Пока ничего не записано.

Заменить его новым брифингом или оставить и записать новые файлы рядом (например, {beside})?</numerusform>
            <numerusform>%n файла в папке {folder} записаны Briefkit и с тех пор не изменены, но сделаны на другом языке, с другим шаблоном или из другой подборки разделов, чем в этом экспорте. Пока ничего не записано.

Заменить их новым брифингом или оставить и записать новые файлы рядом (например, {beside})?</numerusform>
            <numerusform>%n файлов в папке {folder} записаны Briefkit и с тех пор не изменены, но сделаны на другом языке, с другим шаблоном или из другой подборки разделов, чем в этом экспорте. Пока ничего не записано.

Заменить их новым брифингом или оставить и записать новые файлы рядом (например, {beside})?</numerusform>
        </translation>
    </message>
</context>
</TS>
