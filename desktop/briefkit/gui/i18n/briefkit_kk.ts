<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>About</name>
    <message>
        <source>Unsigned</source>
        <translation>Қолтаңбасыз</translation>
    </message>
    <message>
        <source>the bundled data</source>
        <translation>кірістірілген деректер</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data sources&lt;/b&gt; (from {where}):</source>
        <translation>&lt;b&gt;Деректер көздері&lt;/b&gt; ({where}):</translation>
    </message>
    <message>
        <source>Cited briefings (Word reports and PowerPoint decks) on terrorism and counter-terrorism in Kazakhstan. Every fact carries the number of its source; where the sources disagree, the briefing says so and shows each version.</source>
        <translation>Қазақстандағы терроризм және терроризмге қарсы іс-қимыл туралы дереккөздерге сілтемесі бар брифингтер (Word баяндамалары мен PowerPoint презентациялары). Әр фактіде оның дереккөзінің нөмірі бар; дереккөздер алшақ болған жерде брифинг мұны айтып, әр нұсқаны көрсетеді.</translation>
    </message>
    <message>
        <source>Charts by Plotly and kaleido; documents by python-docx and python-pptx; window by Qt {qt} (PySide6 {pyside}). MIT licence.</source>
        <translation>Диаграммалар: Plotly және kaleido; құжаттар: python-docx және python-pptx; терезе: Qt {qt} (PySide6 {pyside}). MIT лицензиясы.</translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <source>Select a topic on the left to see what its briefing will contain.</source>
        <translation>Брифингіне не кіретінін көру үшін сол жақтан тақырып таңдаңыз.</translation>
    </message>
    <message>
        <source>Putting the briefing together…</source>
        <translation>Брифинг құрастырылуда…</translation>
    </message>
    <message>
        <source>Chart thumbnails are turned off.</source>
        <translation>Диаграмма нобайлары өшірулі.</translation>
    </message>
    <message>
        <source>The charts will be drawn after the export.</source>
        <translation>Диаграммалар экспорттан кейін салынады.</translation>
    </message>
    <message>
        <source>The charts cannot be drawn here: {reason}</source>
        <translation>Диаграммаларды мұнда салу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>This topic&apos;s briefing cannot be put together: {error}. Run &apos;briefkit check&apos; on the data folder for the full list of problems.</source>
        <translation>Бұл тақырыптың брифингін құрастыру мүмкін емес: {error}. Мәселелердің толық тізімін деректер қалтасы үшін «briefkit check» командасы көрсетеді.</translation>
    </message>
</context>
<context>
    <name>CatalogKind</name>
    <message>
        <source>incident</source>
        <translation>басқа оқиғаның</translation>
    </message>
    <message>
        <source>source</source>
        <translation>басқа дереккөздің</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>басқа алшақтықтың</translation>
    </message>
    <message>
        <source>record</source>
        <translation>басқа жазбаның</translation>
    </message>
</context>
<context>
    <name>CatalogMessage</name>
    <message>
        <source>is missing; this field is required</source>
        <translation>толтырылмаған; бұл міндетті өріс</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — бүтін сан емес</translation>
    </message>
    <message>
        <source>{value} is not a number (use a dot for decimals, no thousands separators)</source>
        <translation>{value} — сан емес (бөлшек бөлігін нүктемен бөліңіз, мыңдықтарды бөлмеңіз)</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2011-07-11</source>
        <translation>{value} — күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2011-07-11</translation>
    </message>
    <message>
        <source>{value} is below {limit}; counts and values cannot be negative</source>
        <translation>{value} мәні {limit} шегінен кіші; сандар мен мәндер теріс бола алмайды</translation>
    </message>
    <message>
        <source>{value} is above {limit}; check the figure</source>
        <translation>{value} мәні {limit} шегінен үлкен; санды тексеріңіз</translation>
    </message>
    <message>
        <source>{value} is not a valid id; use lower-case letters, digits and hyphens (e.g. aktobe-2016)</source>
        <translation>{value} — жарамсыз id; кіші латын әріптерін, цифрларды және дефисті пайдаланыңыз (мысалы, aktobe-2016)</translation>
    </message>
    <message>
        <source>{value} is not a period; write a year (2012), a month (2012-05) or a span (2011/2013)</source>
        <translation>{value} — кезең емес; жылды (2012), айды (2012-05) немесе аралықты (2011/2013) жазыңыз</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of {expected}</source>
        <translation>{value} мәніне рұқсат жоқ; мына мәндердің бірін пайдаланыңыз: {expected}</translation>
    </message>
    <message>
        <source>is empty; give at least one value</source>
        <translation>бос; кемінде бір мән беріңіз</translation>
    </message>
    <message>
        <source>is longer than {limit} characters; shorten it</source>
        <translation>{limit} таңбадан ұзын; мәтінді қысқартыңыз</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} — true да, false да емес</translation>
    </message>
    <message>
        <source>unknown source id &quot;{value}&quot;; known sources: {known}</source>
        <translation>белгісіз дереккөз id «{value}»; белгілі дереккөздер: {known}</translation>
    </message>
    <message>
        <source>{value} is after today ({today}); check the year</source>
        <translation>{value} бүгінгі күннен ({today}) кейін; жылды тексеріңіз</translation>
    </message>
    <message>
        <source>{value} has {precision} precision, so it must be the first day of the {precision}: write {first} (or give a finer precision)</source>
        <translation>{value} күнінің дәлдігі — «{precision}», сондықтан ол кезеңнің бірінші күні болуы тиіс: {first} деп жазыңыз (немесе дәлірек дәлдік беріңіз)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not in vocabulary.yaml; use one of {known}</source>
        <translation>«{value}» vocabulary.yaml ішінде жоқ; мына мәндердің бірін пайдаланыңыз: {known}</translation>
    </message>
    <message>
        <source>{value} is less than the breakdown (perpetrators + security + civilians = {known}); killed is the total of all deaths</source>
        <translation>{value} санаттар бойынша сомадан кіші (шабуылдаушылар + күштік құрылымдар + бейбіт тұрғындар = {known}); қаза тапқандар — барлық қаза болғандардың жалпы саны</translation>
    </message>
    <message>
        <source>is empty but a breakdown is given; give the total too</source>
        <translation>толтырылмаған, бірақ санаттар бойынша бөлінісі берілген; жалпы санды да беріңіз</translation>
    </message>
    <message>
        <source>{latitude}, {longitude} is outside Kazakhstan (lat {lat}, lon {lon}); check the coordinates or the country</source>
        <translation>{latitude}, {longitude} — Қазақстаннан тыс (ендік {lat}, бойлық {lon}); координаттарды немесе елді тексеріңіз</translation>
    </message>
    <message>
        <source>is empty; give a number, or describe it in value_text</source>
        <translation>толтырылмаған; санды беріңіз немесе мәнді сөзбен сипаттаңыз (value_text)</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} — теріс сан</translation>
    </message>
    <message>
        <source>{value} is after this year; check the year</source>
        <translation>{value} ағымдағы жылдан кейін; жылды тексеріңіз</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is the id of another {kind}; give this one its own id</source>
        <translation>«{value}» — {kind} id-і; бұл жазбаға өз id-ін беріңіз</translation>
    </message>
    <message>
        <source>version {number}{field}: {problem}</source>
        <translation>{number}-нұсқа{field}: {problem}</translation>
    </message>
    <message>
        <source>version {number}: &quot;{value}&quot; is not in sources.yaml; give one of its ids</source>
        <translation>{number}-нұсқа: «{value}» sources.yaml ішінде жоқ; оның id-лерінің бірін беріңіз</translation>
    </message>
</context>
<context>
    <name>ChartsModel</name>
    <message>
        <source>Drawing…</source>
        <translation>Салынуда…</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Салынбаған</translation>
    </message>
    <message>
        <source>Double-click to open the full picture.</source>
        <translation>Толық суретті ашу үшін екі рет шертіңіз.</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Compose a Briefing</source>
        <translation>Брифинг құрастыру</translation>
    </message>
    <message>
        <source>Sections of the topics</source>
        <translation>Тақырыптардың бөлімдері</translation>
    </message>
    <message>
        <source>Sections of the new briefing, in order</source>
        <translation>Жаңа брифингтің бөлімдері, ретімен</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Қосу →</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Төмен</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Title of the new briefing (required)</source>
        <translation>Жаңа брифингтің тақырыбы (міндетті)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Міндетті емес</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>Тақырыпша&amp;сы:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <source>Keep the composition as a file, for the window and the command line</source>
        <translation>Құрамды терезе мен командалық жол үшін файл ретінде сақтау</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open a composition file</source>
        <translation>Құрам файлын ашу</translation>
    </message>
    <message>
        <source>Topics and their sections:</source>
        <translation>Тақырыптар және олардың бөлімдері:</translation>
    </message>
    <message>
        <source>The new briefing (drag to reorder):</source>
        <translation>Жаңа брифинг (ретін сүйреп өзгертіңіз):</translation>
    </message>
    <message>
        <source>Add sections from the topics on the left.</source>
        <translation>Сол жақтағы тақырыптардан бөлімдер қосыңыз.</translation>
    </message>
    <message>
        <source>Give the briefing a title.</source>
        <translation>Брифингке тақырып беріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Will be written as %1.docx, .pptx, … with %n section(s).</source>
        <translation>
            <numerusform>%1.docx, .pptx, … ретінде %n бөліммен жазылады.</numerusform>
            <numerusform>%1.docx, .pptx, … ретінде %n бөліммен жазылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Сақтау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <source>Not in this data, left out: {parts}</source>
        <translation>Бұл деректерде жоқ, алынып тасталды: {parts}</translation>
    </message>
</context>
<context>
    <name>ComposerPages</name>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Беттер</translation>
    </message>
    <message>
        <source>Show every slide and page of the briefing as it will be written</source>
        <translation>Брифингтің әр слайды мен бетін жазылатын күйінде көрсету</translation>
    </message>
    <message>
        <source>The pages cannot be rendered: {problem}</source>
        <translation>Беттерді салу мүмкін емес: {problem}</translation>
    </message>
</context>
<context>
    <name>Compositions</name>
    <message>
        <source>Briefkit compositions (*.yaml *.yml);;All files (*)</source>
        <translation>Briefkit құрамдары (*.yaml *.yml);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save the composition</source>
        <translation>Құрамды сақтау</translation>
    </message>
    <message>
        <source>Open a composition</source>
        <translation>Құрамды ашу</translation>
    </message>
    <message>
        <source>No composition saved yet</source>
        <translation>Әлі ешбір құрам сақталмаған</translation>
    </message>
</context>
<context>
    <name>DataEditing</name>
    <message>
        <source>Add Indicator</source>
        <translation>Көрсеткіш қосу</translation>
    </message>
    <message>
        <source>Edit Indicator</source>
        <translation>Көрсеткішті өзгерту</translation>
    </message>
    <message>
        <source>Add Measure</source>
        <translation>Шара қосу</translation>
    </message>
    <message>
        <source>Edit Measure</source>
        <translation>Шараны өзгерту</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Дереккөз қосу</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Дереккөзді өзгерту</translation>
    </message>
    <message>
        <source>edit {id}</source>
        <translation>{id} жазбасын өзгерту</translation>
    </message>
    <message>
        <source>add {id}</source>
        <translation>{id} жазбасын қосу</translation>
    </message>
    <message>
        <source>{id} cannot be deleted</source>
        <translation>{id} жазбасын жою мүмкін емес</translation>
    </message>
    <message>
        <source>It is still named by {names}. Change or delete those first; nothing was changed.</source>
        <translation>Бұл жазбаға әлі де сілтейтіндер: {names}. Алдымен соларды өзгертіңіз немесе жойыңыз; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Delete {id}? You can undo it while Briefkit is open.</source>
        <translation>{id} жойылсын ба? Briefkit ашық тұрғанда мұны болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>delete {id}</source>
        <translation>{id} жазбасын жою</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Оқиға түрі</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысана</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Қаза тапқандар</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>Жараланғандар</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
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
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Шаралар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Алшақтықтар</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>Filter: any text in any column</source>
        <translation>Сүзгі: кез келген бағандағы кез келген мәтін</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{total} ішінен {shown} көрсетілген</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>D&amp;ispute…</source>
        <translation>&amp;Алшақтық…</translation>
    </message>
    <message>
        <source>Record that the sources disagree on a field of this incident</source>
        <translation>Дереккөздердің осы оқиғаның бір өрісі бойынша алшақ екенін жазу</translation>
    </message>
    <message>
        <source>Data folder: {where}</source>
        <translation>Деректер қалтасы: {where}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ауыстыру</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Екеуін де қалдыру</translation>
    </message>
    <message>
        <source>Update merges today&apos;s data into the edited deck: slides and shapes nobody touched get today&apos;s content; your edited text, notes and table cells, moved or restyled shapes, added and deleted slides stay. Where you and the data changed the same thing, your version stays and is listed. A restyle is not recognised in a deck saved by LibreOffice.</source>
        <translation>«Жаңарту» бүгінгі деректерді өзгертілген презентацияға енгізеді: ешкім қозғамаған слайдтар мен фигуралар бүгінгі мазмұнды алады; сіз өзгерткен мәтін, жазбалар мен кесте ұяшықтары, жылжытылған не қайта безендірілген фигуралар, қосылған және жойылған слайдтар сақталады. Сіз де, деректер де бір нәрсені өзгерткен жерде сіздің нұсқаңыз қалады және тізімде көрсетіледі. LibreOffice сақтаған презентацияда қайта безендіру танылмайды.</translation>
    </message>
    <message>
        <source>Update merges today&apos;s data into the edited report: paragraphs, tables and chart pictures nobody touched get today&apos;s content; your edited, restyled or commented paragraphs, tracked changes, added paragraphs and deleted blocks stay. Where you and the data changed the same block, your version stays and is listed; a table is kept or replaced whole.</source>
        <translation>«Жаңарту» бүгінгі деректерді өзгертілген баяндамаға енгізеді: ешкім қозғамаған абзацтар, кестелер мен диаграмма суреттері бүгінгі мазмұнды алады; сіз өзгерткен, қайта безендірген не түсініктеме қосқан абзацтар, қадағаланатын түзетулер, қосылған абзацтар мен жойылған блоктар сақталады. Сіз де, деректер де бір блокты өзгерткен жерде сіздің нұсқаңыз қалады және тізімде көрсетіледі; кесте тұтасымен сақталады не ауыстырылады.</translation>
    </message>
    <message>
        <source>This file in {folder} was changed since Briefkit wrote it, or was not written by Briefkit. Nothing has been written yet.

Replace it with the new briefing, or keep it and write the new files beside (e.g. {beside})?</source>
        <translation>{folder} қалтасындағы бұл файл Briefkit жазғаннан кейін өзгертілген немесе оны Briefkit жазбаған. Әзірге ештеңе жазылған жоқ.

Оны жаңа брифингпен ауыстыру керек пе, әлде оны қалдырып, жаңа файлдарды қасына жазу керек пе (мысалы, {beside})?</translation>
    </message>
    <message>
        <source>A file was edited</source>
        <translation>Файл өзгертілген</translation>
    </message>
    <message>
        <source>Files were edited</source>
        <translation>Файлдар өзгертілген</translation>
    </message>
    <message>
        <source>Where a copy Briefkit wrote earlier ({copies}) is the same as the new one, Keep Both uses it again instead of writing another.</source>
        <translation>Егер Briefkit бұрын жазған көшірме ({copies}) жаңасымен бірдей болса, «Екеуін де қалдыру» тағы біреуін жазбай, соны қайта пайдаланады.</translation>
    </message>
    <message>
        <source>Changed, not written by Briefkit, or made from other choices:</source>
        <translation>Өзгертілген, Briefkit жазбаған немесе басқа параметрлермен жасалған:</translation>
    </message>
    <message>
        <source>Made from other choices</source>
        <translation>Басқа параметрлермен жасалған</translation>
    </message>
    <message>
        <source>made in {language}</source>
        <translation>тілі: {language}</translation>
    </message>
    <message>
        <source>made with the bundled template</source>
        <translation>кірістірілген үлгімен жасалған</translation>
    </message>
    <message>
        <source>made with the template {name}</source>
        <translation>{name} үлгісімен жасалған</translation>
    </message>
    <message>
        <source>made with source grades</source>
        <translation>дереккөз бағаларымен жасалған</translation>
    </message>
    <message>
        <source>made without source grades</source>
        <translation>дереккөз бағаларынсыз жасалған</translation>
    </message>
    <message>
        <source>made from another composition ({sections})</source>
        <translation>басқа құрамнан жасалған ({sections})</translation>
    </message>
</context>
<context>
    <name>DisputeForm</name>
    <message>
        <source>Edit Dispute {id}</source>
        <translation>Алшақтықты өзгерту: {id}</translation>
    </message>
    <message>
        <source>New Dispute about {id}</source>
        <translation>Жаңа алшақтық: {id}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Дереккөз id</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Credibility (1-6)</source>
        <translation>Шынайылығы (1–6)</translation>
    </message>
    <message>
        <source>Why that grade</source>
        <translation>Бұл баға неге қойылды</translation>
    </message>
    <message>
        <source>Add &amp;Version</source>
        <translation>&amp;Нұсқа қосу</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Each source&apos;s version:</source>
        <translation>Әр дереккөздің нұсқасы:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Толығырақ көрсету</translation>
    </message>
    <message>
        <source>Show the full list of problems or the technical details</source>
        <translation>Мәселелердің толық тізімін немесе техникалық мәліметтерді көрсету</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Мәліметтерді &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy the message and the details to the clipboard</source>
        <translation>Хабарлама мен мәліметтерді алмасу буферіне көшіру</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>Мәліметтерді &amp;жасыру</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>so nothing was written.</source>
        <translation>сондықтан ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>so nothing was loaded.</source>
        <translation>сондықтан ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <source>The data has problems</source>
        <translation>Деректерде мәселелер бар</translation>
    </message>
    <message>
        <source>The details list each problem with its file and line; fix them, or use the bundled data (File &gt; Use Bundled Data).</source>
        <translation>Мәліметтерде әр мәселе файлы мен жолымен көрсетілген; оларды түзетіңіз немесе кірістірілген деректерді пайдаланыңыз (Файл &gt; Кірістірілген деректер).</translation>
    </message>
    <message>
        <source>Template: {path}</source>
        <translation>Үлгі: {path}</translation>
    </message>
    <message>
        <source>The template cannot be used</source>
        <translation>Үлгіні пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another template, or go back to the bundled one.</source>
        <translation>Ештеңе жазылған жоқ. Басқа үлгі таңдаңыз немесе кірістірілген үлгіге оралыңыз.</translation>
    </message>
    <message>
        <source>No browser to draw the charts</source>
        <translation>Диаграммаларды салатын браузер жоқ</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The files cannot be written</source>
        <translation>Файлдарды жазу мүмкін емес</translation>
    </message>
    <message>
        <source>Choose another output folder (File &gt; Choose Output Folder).</source>
        <translation>Басқа шығыс қалтасын таңдаңыз (Файл &gt; Шығыс қалтасы).</translation>
    </message>
    <message>
        <source>The export stopped</source>
        <translation>Экспорт тоқтады</translation>
    </message>
    <message>
        <source>Files finished before this stay; no partial file was left.</source>
        <translation>Бұған дейін дайын болған файлдар сақталды; толық жазылмаған файл қалған жоқ.</translation>
    </message>
    <message>
        <source>the export stopped</source>
        <translation>экспорт тоқтады</translation>
    </message>
    <message>
        <source>the loading of the data stopped</source>
        <translation>деректерді жүктеу тоқтады</translation>
    </message>
    <message>
        <source>the last action stopped</source>
        <translation>соңғы әрекет үзілді</translation>
    </message>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Күтпеген қате орын алды</translation>
    </message>
    <message>
        <source>Briefkit met an error it did not expect and {stopped}; no partial file was left. Try again; if it happens again, copy the details and send them to whoever supports Briefkit for you.</source>
        <translation>Briefkit күтпеген қатеге тап болды және {stopped}; толық жазылмаған файл қалған жоқ. Қайталап көріңіз; қате қайталанса, мәліметтерді көшіріп, сізге Briefkit бойынша қолдау көрсететін адамға жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>EventImport</name>
    <message>
        <source>Import events from a CSV or Excel file</source>
        <translation>CSV немесе Excel файлынан оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>Event tables (*.csv *.xlsx)</source>
        <translation>Оқиғалар кестелері (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking the rows to import…</source>
        <translation>Импортталатын жолдар тексерілуде…</translation>
    </message>
    <message>
        <source>import of the events</source>
        <translation>оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>Check the rows, then Apply or Cancel</source>
        <translation>Жолдарды тексеріп, «Қолдану» немесе «Бас тарту» батырмасын басыңыз</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорттан бас тартылды</translation>
    </message>
    <message>
        <source>import {files}</source>
        <translation>импорт: {files}</translation>
    </message>
    <message>
        <source>Made your own copy of the data in {folder} and wrote {files}</source>
        <translation>Деректердің өз көшірмеңіз {folder} қалтасында жасалды; жазылды: {files}</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}</source>
        <translation>Жазылды: {files}, {folder} қалтасына</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>The events cannot be imported</source>
        <translation>Оқиғаларды импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>{reason}. Nothing was written.</source>
        <translation>{reason}. Ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Loading the topics…</source>
        <translation>Тақырыптар жүктелуде…</translation>
    </message>
    <message>
        <source>Tick at least one topic to export.</source>
        <translation>Экспорттау үшін кемінде бір тақырыпты белгілеңіз.</translation>
    </message>
    <message>
        <source>Tick at least one format under Options.</source>
        <translation>«Параметрлер» бөлімінде кемінде бір пішімді белгілеңіз.</translation>
    </message>
    <message>
        <source>Choose an output folder under Options.</source>
        <translation>«Параметрлер» бөлімінде шығыс қалтасын таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Briefing(s)</source>
        <translation>
            <numerusform>%n брифингті экспорттау</numerusform>
            <numerusform>%n брифингті экспорттау</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) as {formats}: </source>
        <translation>
            <numerusform>%n тақырып, пішімдері {formats}: </numerusform>
            <numerusform>%n тақырып, пішімдері {formats}: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) into {folder}</source>
        <translation>
            <numerusform>%n файл, {folder} қалтасына</numerusform>
            <numerusform>%n файл, {folder} қалтасына</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The report template cannot be used: see Templates under Options.</source>
        <translation>⚠ Баяндама үлгісін пайдалану мүмкін емес: «Параметрлер» ішіндегі «Үлгілер» бөлімін қараңыз.</translation>
    </message>
    <message>
        <source>⚠ The deck template cannot be used: see Templates under Options.</source>
        <translation>⚠ Презентация үлгісін пайдалану мүмкін емес: «Параметрлер» ішіндегі «Үлгілер» бөлімін қараңыз.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>%n файл {folder} қалтасына жазылды</numerusform>
            <numerusform>%n файл {folder} қалтасына жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no partial file was left.</source>
        <translation>Экспорттан бас тартылды; толық жазылмаған файл қалған жоқ.</translation>
    </message>
    <message>
        <source>Files finished before you cancelled are kept: {files}.</source>
        <translation>Бас тартқанға дейін дайын болған файлдар сақталды: {files}.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Экспорттан бас тартылды</translation>
    </message>
    <message>
        <source>Export not started: nothing was written. Kept as they are: {files}.</source>
        <translation>Экспорт басталған жоқ: ештеңе жазылмады. Өзгеріссіз қалдырылды: {files}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорттан бас тартылды; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation>Экспорт сәтсіз аяқталды:</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Word report</source>
        <translation>Word баяндамасы</translation>
    </message>
    <message>
        <source>PowerPoint deck</source>
        <translation>PowerPoint презентациясы</translation>
    </message>
    <message>
        <source>Speaker-notes handout</source>
        <translation>Баяндамашы жазбалары бар үлестірме</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Анықтамалық жазба</translation>
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
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Экспорт барысы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Stop the export; files are written whole or not at all (Esc)</source>
        <translation>Экспортты тоқтату; файлдар тұтас жазылады немесе мүлдем жазылмайды (Esc)</translation>
    </message>
    <message>
        <source>Open Output Folder</source>
        <translation>Шығыс қалтасын ашу</translation>
    </message>
    <message>
        <source>Open the folder the files were written to</source>
        <translation>Файлдар жазылған қалтаны ашу</translation>
    </message>
    <message>
        <source>Show Error…</source>
        <translation>Қатені көрсету…</translation>
    </message>
    <message>
        <source>Show the error message again, with its details</source>
        <translation>Қате туралы хабарламаны мәліметтерімен қайта көрсету</translation>
    </message>
    <message>
        <source>Preparing: reading the data and the templates…</source>
        <translation>Дайындық: деректер мен үлгілер оқылуда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Бас тартылуда…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the current step…</source>
        <translation>Бас тартылуда: ағымдағы қадам аяқталуда…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s)</source>
        <translation>
            <numerusform>%n файл жазылды</numerusform>
            <numerusform>%n файл жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>in {seconds} s to {folder}</source>
        <translation>{seconds} с ішінде, {folder} қалтасына</translation>
    </message>
    <message>
        <source>(the export finished its last step before it could stop)</source>
        <translation>(экспорт тоқтағанша соңғы қадамын аяқтап үлгерді)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… тағы %n</numerusform>
            <numerusform>… тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Ескертулер:</translation>
    </message>
    <message numerus="yes">
        <source>Show All %n Warnings…</source>
        <translation>
            <numerusform>Барлық %n ескертуді көрсету…</numerusform>
            <numerusform>Барлық %n ескертуді көрсету…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export warnings</source>
        <translation>Экспорт ескертулері</translation>
    </message>
    <message>
        <source>Accessibility of {name}</source>
        <translation>{name} файлының қолжетімділігі</translation>
    </message>
    <message>
        <source>Each problem: where it is, the rule, and how to fix it:</source>
        <translation>Әр мәселе: қай жерде, қандай ереже және қалай түзету керек:</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>{size}, as written before</source>
        <translation>{size}, бұрын жазылғандай</translation>
    </message>
    <message>
        <source>{size}, updated, your edits kept</source>
        <translation>{size}, жаңартылды, өзгерістеріңіз сақталды</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Open {name} in its usual program</source>
        <translation>{name} файлын әдеттегі бағдарламасында ашу</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <source>Open the folder that holds {name}</source>
        <translation>{name} тұрған қалтаны ашу</translation>
    </message>
    <message numerus="yes">
        <source>%n accessibility problem(s)…</source>
        <translation>
            <numerusform>%n қолжетімділік мәселесі…</numerusform>
            <numerusform>%n қолжетімділік мәселесі…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accessibility warning(s)…</source>
        <translation>
            <numerusform>%n қолжетімділік ескертуі…</numerusform>
            <numerusform>%n қолжетімділік ескертуі…</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems}, {warnings}…</source>
        <translation>{problems}, {warnings}…</translation>
    </message>
    <message numerus="yes">
        <source>%n accessibility problem(s)</source>
        <translation>
            <numerusform>%n қолжетімділік мәселесі</numerusform>
            <numerusform>%n қолжетімділік мәселесі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the accessibility check found in {name}</source>
        <translation>Қолжетімділік тексерісі {name} ішінен не тапқанын көрсету</translation>
    </message>
    <message>
        <source>✓ Accessible</source>
        <translation>✓ Қолжетімді</translation>
    </message>
    <message>
        <source>The accessibility check found no problem in {name}: titles, alt text, table headers, reading order, contrast, text size and language</source>
        <translation>Қолжетімділік тексерісі {name} ішінен мәселе таппады: тақырыптар, балама мәтін, кесте тақырыптары, оқу реті, контраст, мәтін өлшемі және тіл</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Briefkit Guide</source>
        <translation>Briefkit нұсқаулығы</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;b&gt;The data&lt;/b&gt; is explained in {data}; &lt;b&gt;templates&lt;/b&gt; in {templates}.</source>
        <translation>&lt;b&gt;Деректер&lt;/b&gt; {data} құжатында; &lt;b&gt;үлгілер&lt;/b&gt; {templates} құжатында түсіндірілген.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>bundled</source>
        <translation>кірістірілген</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Recent Exports</source>
        <translation>Соңғы экспорттар</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Пішімдер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Recent exports, newest first</source>
        <translation>Соңғы экспорттар, жаңалары бірінші</translation>
    </message>
    <message>
        <source>{what} (files gone)</source>
        <translation>{what} (файлдар жоқ)</translation>
    </message>
    <message>
        <source>{name} (gone)</source>
        <translation>{name} (жоқ)</translation>
    </message>
    <message>
        <source>Nothing exported yet: exports are listed here as they end.</source>
        <translation>Әзірге ештеңе экспортталмаған: экспорттар аяқталған сайын осында тізіледі.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>&amp;Қалтада көрсету</translation>
    </message>
    <message>
        <source>&amp;Export Again</source>
        <translation>Қайта &amp;экспорттау</translation>
    </message>
    <message>
        <source>Export the same briefing again, with the options, folder and language used</source>
        <translation>Сол брифингті сол параметрлермен, қалтамен және тілмен қайта экспорттау</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>жаңартылды</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>қайталануы ықтимал</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>may be {ids} (same date within its precision, same place); not added</source>
        <translation>{ids} болуы ықтимал (дәлдігі шегінде сол күн, сол жер); қосылған жоқ</translation>
    </message>
    <message>
        <source>changes {fields}</source>
        <translation>өзгеретіндер: {fields}</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>Read: {files}</source>
        <translation>Оқылды: {files}</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Жол жоқ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Nothing can be written until these problems are fixed.</source>
        <translation>Бұл мәселелер түзетілмейінше ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Nothing to change: the data already has these rows.</source>
        <translation>Өзгертетін ештеңе жоқ: бұл жолдар деректерде бар.</translation>
    </message>
    <message>
        <source>Apply makes your own copy of the data in {folder} (Briefkit&apos;s bundled data is never changed) and writes the rows there; Briefkit uses that copy from then on.</source>
        <translation>«Қолдану» деректердің өз көшірмеңізді {folder} қалтасында жасайды (Briefkit-тің кірістірілген деректері ешқашан өзгермейді) және жолдарды соған жазады; бұдан былай Briefkit сол көшірмені пайдаланады.</translation>
    </message>
    <message>
        <source>Apply writes the added and updated rows into {folder}.</source>
        <translation>«Қолдану» қосылған және жаңартылған жолдарды {folder} қалтасына жазады.</translation>
    </message>
    <message>
        <source>Refused rows are left out; fix them and import again.</source>
        <translation>Қабылданбаған жолдар алынып тасталады; оларды түзетіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>A possible duplicate is not added; tick its row if it is another event, then Check Again.</source>
        <translation>Қайталануы ықтимал жол қосылмайды; егер бұл басқа оқиға болса, оның жолын белгілеп, «Қайта тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Қайта &amp;тексеру</translation>
    </message>
    <message>
        <source>Tick to add this row anyway: it is another event</source>
        <translation>Бұл жолды бәрібір қосу үшін белгілеңіз: бұл басқа оқиға</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>add dispute {id}</source>
        <translation>{id} бойынша алшақтық қосу</translation>
    </message>
    <message>
        <source>edit {id}</source>
        <translation>{id} жазбасын өзгерту</translation>
    </message>
    <message>
        <source>add {id}</source>
        <translation>{id} жазбасын қосу</translation>
    </message>
    <message>
        <source>Made your own copy of the data in {folder}; saved there</source>
        <translation>Деректердің өз көшірмеңіз {folder} қалтасында жасалды; өзгеріс сонда сақталды</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} қалтасында сақталды</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Өзгеріс сақталмады</translation>
    </message>
    <message>
        <source>The data would no longer pass the checks, so nothing was written. The details name each file, line and field.</source>
        <translation>Деректер тексерістен өтпей қалар еді, сондықтан ештеңе жазылған жоқ. Мәліметтерде әр мәселенің файлы, жолы және өрісі көрсетілген.</translation>
    </message>
    <message>
        <source>{reason}. Nothing was written.</source>
        <translation>{reason}. Ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>KeyFigureCard</name>
    <message>
        <source>Sources: {sources}</source>
        <translation>Дереккөздер: {sources}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PDF needs LibreOffice, which is not installed on this computer. Install LibreOffice (Writer and Impress) and restart Briefkit to make PDFs.</source>
        <translation>PDF үшін LibreOffice керек, бірақ ол бұл компьютерде орнатылмаған. PDF жасау үшін LibreOffice (Writer және Impress) орнатып, Briefkit-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Іске қосылуда…</translation>
    </message>
    <message>
        <source>Loading the topics…</source>
        <translation>Тақырыптар жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) from the bundled data</source>
        <translation>
            <numerusform>Кірістірілген деректерден %n тақырып</numerusform>
            <numerusform>Кірістірілген деректерден %n тақырып</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) from {folder}</source>
        <translation>
            <numerusform>{folder} қалтасынан %n тақырып</numerusform>
            <numerusform>{folder} қалтасынан %n тақырып</numerusform>
        </translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>кірістірілген деректер</translation>
    </message>
    <message>
        <source>Using the bundled data: {folder} could not be loaded</source>
        <translation>Кірістірілген деректер пайдаланылуда: {folder} жүктелмеді</translation>
    </message>
    <message>
        <source>The topics could not be loaded. Use File &gt; Open Data Folder.</source>
        <translation>Тақырыптар жүктелмеді. Файл &gt; Деректер қалтасын ашу тармағын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Still using the data loaded before</source>
        <translation>Бұрын жүктелген деректер пайдаланылуда</translation>
    </message>
    <message>
        <source>Open a Briefkit data folder</source>
        <translation>Briefkit деректер қалтасын ашу</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Word үлгісін таңдаңыз</translation>
    </message>
    <message>
        <source>Choose a PowerPoint template</source>
        <translation>PowerPoint үлгісін таңдаңыз</translation>
    </message>
    <message>
        <source>Choose a Word or PowerPoint template</source>
        <translation>Word немесе PowerPoint үлгісін таңдаңыз</translation>
    </message>
    <message>
        <source>{name} is not a template: use a .docx or .dotx file (report) or a .pptx or .potx file (deck)</source>
        <translation>{name} — үлгі емес: .docx не .dotx файлын (баяндама) немесе .pptx не .potx файлын (презентация) пайдаланыңыз</translation>
    </message>
    <message>
        <source>Checking {name} as the report template…</source>
        <translation>{name} баяндама үлгісі ретінде тексерілуде…</translation>
    </message>
    <message>
        <source>Checking {name} as the deck template…</source>
        <translation>{name} презентация үлгісі ретінде тексерілуде…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Шығыс қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Drop to use the file as a template</source>
        <translation>Файлды үлгі ретінде пайдалану үшін осында тастаңыз</translation>
    </message>
    <message>
        <source>Drop to import the events in the file</source>
        <translation>Файлдағы оқиғаларды импорттау үшін осында тастаңыз</translation>
    </message>
    <message>
        <source>Into {folder} as {formats} ({language}); change these under Options.</source>
        <translation>{folder} қалтасына, пішімдері: {formats} ({language}); оларды «Параметрлер» бөлімінде өзгертіңіз.</translation>
    </message>
    <message>
        <source>About Briefkit</source>
        <translation>Briefkit туралы</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Экспорт жүріп жатыр</translation>
    </message>
    <message>
        <source>Stop the export and close Briefkit? No partial file will be left.</source>
        <translation>Экспорт тоқтатылып, Briefkit жабылсын ба? Толық жазылмаған файл қалмайды.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Тоқтату және жабу</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Export Briefings</source>
        <translation>Брифингтерді &amp;экспорттау</translation>
    </message>
    <message>
        <source>Write the ticked topics in the chosen formats</source>
        <translation>Белгіленген тақырыптарды таңдалған пішімдерде жазу</translation>
    </message>
    <message>
        <source>&amp;Compose Briefing…</source>
        <translation>Брифинг &amp;құрастыру…</translation>
    </message>
    <message>
        <source>Build one briefing from chosen sections of several topics</source>
        <translation>Бірнеше тақырыптың таңдалған бөлімдерінен бір брифинг жасау</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Экспорттан &amp;бас тарту</translation>
    </message>
    <message>
        <source>Stop the running export</source>
        <translation>Жүріп жатқан экспортты тоқтату</translation>
    </message>
    <message>
        <source>Choose &amp;Template…</source>
        <translation>&amp;Үлгіні таңдау…</translation>
    </message>
    <message>
        <source>Use a Word (.docx, .dotx) or PowerPoint (.pptx, .potx) template of your own</source>
        <translation>Өзіңіздің Word (.docx, .dotx) немесе PowerPoint (.pptx, .potx) үлгіңізді пайдалану</translation>
    </message>
    <message>
        <source>Use Bundled Te&amp;mplates</source>
        <translation>&amp;Кірістірілген үлгілер</translation>
    </message>
    <message>
        <source>Go back to Briefkit&apos;s own templates</source>
        <translation>Briefkit-тің өз үлгілеріне оралу</translation>
    </message>
    <message>
        <source>Choose &amp;Output Folder…</source>
        <translation>&amp;Шығыс қалтасы…</translation>
    </message>
    <message>
        <source>Choose where the briefings are written</source>
        <translation>Брифингтер қайда жазылатынын таңдау</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder…</source>
        <translation>&amp;Деректер қалтасын ашу…</translation>
    </message>
    <message>
        <source>Use another copy of the Briefkit data folder</source>
        <translation>Briefkit деректер қалтасының басқа көшірмесін пайдалану</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Data</source>
        <translation>Кірістірілген &amp;деректер</translation>
    </message>
    <message>
        <source>Use the data that comes with Briefkit</source>
        <translation>Briefkit-пен бірге келетін деректерді пайдалану</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>Оқиғаларды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Add events from a CSV or Excel file (Briefkit, ACLED or GTD columns)</source>
        <translation>CSV немесе Excel файлынан оқиғаларды қосу (Briefkit, ACLED немесе GTD бағандары)</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Деректер…</translation>
    </message>
    <message>
        <source>Browse the incidents, indicators, measures, sources and disputes</source>
        <translation>Оқиғаларды, көрсеткіштерді, шараларды, дереккөздерді және алшақтықтарды қарау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Close Briefkit</source>
        <translation>Briefkit-ті жабу</translation>
    </message>
    <message>
        <source>&amp;Find Topic</source>
        <translation>Тақырыпты &amp;табу</translation>
    </message>
    <message>
        <source>Filter the list of topics</source>
        <translation>Тақырыптар тізімін сүзу</translation>
    </message>
    <message>
        <source>Tick &amp;All Topics</source>
        <translation>&amp;Барлық тақырыпты белгілеу</translation>
    </message>
    <message>
        <source>Tick every topic shown</source>
        <translation>Көрсетілген барлық тақырыпты белгілеу</translation>
    </message>
    <message>
        <source>Tick &amp;No Topics</source>
        <translation>Белгілерді &amp;алып тастау</translation>
    </message>
    <message>
        <source>Untick every topic shown</source>
        <translation>Көрсетілген барлық тақырыптан белгіні алу</translation>
    </message>
    <message>
        <source>&amp;About Briefkit</source>
        <translation>Briefkit &amp;туралы</translation>
    </message>
    <message>
        <source>Version, data sources, and where data and templates are explained</source>
        <translation>Нұсқасы, деректер көздері және деректер мен үлгілер қайда түсіндірілгені</translation>
    </message>
    <message>
        <source>&amp;Recent Exports…</source>
        <translation>&amp;Соңғы экспорттар…</translation>
    </message>
    <message>
        <source>Open, show or export again what was exported lately</source>
        <translation>Жақында экспортталғанды ашу, көрсету немесе қайта экспорттау</translation>
    </message>
    <message>
        <source>Briefkit &amp;Guide</source>
        <translation>Briefkit &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>How to make briefings with Briefkit</source>
        <translation>Briefkit-пен брифинг қалай жасалады</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>Терезе жауап беретін барлық пернелер</translation>
    </message>
    <message>
        <source>Recent Co&amp;mpositions</source>
        <translation>Соңғы &amp;құрамдар</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Тақырыптар</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>Интерфейс &amp;тілі</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Жүйе тілі</translation>
    </message>
    <message>
        <source>Follow the language of this computer</source>
        <translation>Осы компьютердің тілін пайдалану</translation>
    </message>
</context>
<context>
    <name>OpenFailed</name>
    <message>
        <source>Cannot show the folder</source>
        <translation>Қалтаны көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>No file manager opened the folder of {name}. Open the folder yourself: its path is below, to copy.</source>
        <translation>Ешбір файл менеджері {name} қалтасын ашпады. Қалтаны өзіңіз ашыңыз: оның жолы төменде, көшіріп алуға болады.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>{name} файлын ашу мүмкін емес</translation>
    </message>
    <message>
        <source>No program on this computer opened {name}. Open it from your file manager or from the program you use for such files (e.g. a word processor), with the path below; or install a program for {kind} files.</source>
        <translation>Бұл компьютердегі ешбір бағдарлама {name} файлын ашпады. Оны төмендегі жол бойынша файл менеджерінен немесе мұндай файлдар үшін пайдаланатын бағдарламаңыздан (мысалы, мәтіндік редактордан) ашыңыз; немесе {kind} файлдарына арналған бағдарлама орнатыңыз.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Жолды &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy the path to the clipboard</source>
        <translation>Жолды алмасу буферіне көшіру</translation>
    </message>
    <message>
        <source>The system said: {reason}</source>
        <translation>Жүйе хабары: {reason}</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>&amp;Word report (.docx)</source>
        <translation>&amp;Word баяндамасы (.docx)</translation>
    </message>
    <message>
        <source>A report to read and send on: cover, contents, sections</source>
        <translation>Оқуға және жіберуге арналған баяндама: мұқаба, мазмұны, бөлімдер</translation>
    </message>
    <message>
        <source>&amp;PowerPoint deck (.pptx)</source>
        <translation>&amp;PowerPoint презентациясы (.pptx)</translation>
    </message>
    <message>
        <source>A 16:9 deck to present, with speaker notes</source>
        <translation>Көрсетуге арналған 16:9 презентация, баяндамашы жазбаларымен</translation>
    </message>
    <message>
        <source>P&amp;DF (needs LibreOffice)</source>
        <translation>P&amp;DF (LibreOffice керек)</translation>
    </message>
    <message>
        <source>The report and the deck as PDF files, converted by LibreOffice; with the briefing note ticked, the note&apos;s PDF (and the report&apos;s and the deck&apos;s only when the Word report, the deck or the handout is ticked too)</source>
        <translation>LibreOffice түрлендірген PDF файлдары түріндегі баяндама мен презентация; анықтамалық жазба белгіленсе, жазбаның PDF-і (ал баяндама мен презентацияның PDF-і Word баяндамасы, презентация немесе үлестірме де белгіленгенде ғана)</translation>
    </message>
    <message>
        <source>Speaker-notes &amp;handout (.docx)</source>
        <translation>Баяндамашы жазбалары бар ү&amp;лестірме (.docx)</translation>
    </message>
    <message>
        <source>A Word document of the deck&apos;s slide titles and speaker notes, to print for trainers</source>
        <translation>Оқытушыларға басып шығаруға арналған, слайд тақырыптары мен баяндамашы жазбалары бар Word құжаты</translation>
    </message>
    <message>
        <source>Briefin&amp;g note, two pages (.docx)</source>
        <translation>Анықтамалық &amp;жазба, екі бет (.docx)</translation>
    </message>
    <message>
        <source>The short form for a minister: bottom line, key figures, the lead chart, key points, where the sources disagree and the sources, in the report template</source>
        <translation>Министрге арналған қысқа нысан: басты қорытынды, негізгі сандар, басты диаграмма, негізгі ережелер, дереккөздердің алшақтығы және дереккөздер — баяндама үлгісінде</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Пішімдер</translation>
    </message>
    <message>
        <source>Summary deck (at most 12 slides)</source>
        <translation>Қысқа презентация (12 слайдқа дейін)</translation>
    </message>
    <message>
        <source>Write the short deck instead of the full one: title, key figures, the lead charts, one timeline, the disputes in one table and the sources, as &lt;topic&gt;-summary.pptx.</source>
        <translation>Толық презентацияның орнына қысқасын жазу: тақырып, негізгі сандар, басты диаграммалар, бір хронология, бір кестедегі алшақтықтар және дереккөздер, &lt;тақырып&gt;-summary.pptx файлына.</translation>
    </message>
    <message>
        <source>Editable charts in the deck</source>
        <translation>Презентациядағы өңделетін диаграммалар</translation>
    </message>
    <message>
        <source>Put native PowerPoint charts with their data in the deck, so trainers can edit them (right-click &gt; Edit Data). The map and the measures timeline stay pictures.</source>
        <translation>Оқытушылар өңдей алуы үшін презентацияға деректерімен бірге PowerPoint-тің өз диаграммаларын қою (тінтуірдің оң жақ батырмасы &gt; Деректерді өзгерту). Карта мен шаралар хронологиясы сурет болып қалады.</translation>
    </message>
    <message>
        <source>Charts in Briefkit&apos;s colours</source>
        <translation>Briefkit түстеріндегі диаграммалар</translation>
    </message>
    <message>
        <source>Keep Briefkit&apos;s own chart colours and font whatever the templates. Otherwise charts in a template of your own take its theme&apos;s colours and font.</source>
        <translation>Үлгілерге қарамастан Briefkit диаграммаларының өз түстері мен қарпін сақтау. Әйтпесе өз үлгіңіздегі диаграммалар оның тақырыбының түстері мен қарпін алады.</translation>
    </message>
    <message>
        <source>PDF/A for archiving</source>
        <translation>Мұрағатқа арналған PDF/A</translation>
    </message>
    <message>
        <source>Write the PDF files as PDF/A-2b, the archival kind. Every PDF is tagged for screen readers either way.</source>
        <translation>PDF файлдарын мұрағаттық PDF/A-2b түрінде жазу. Кез келген жағдайда әр PDF экраннан оқу бағдарламалары үшін белгіленеді.</translation>
    </message>
    <message>
        <source>Show source grades in citations</source>
        <translation>Сілтемелерде дереккөз бағаларын көрсету</translation>
    </message>
    <message>
        <source>Each citation shows the source&apos;s reliability (A-F) and the information&apos;s credibility (1-6), as [3, B2]; the Sources list gives each source&apos;s grade and a box explains the scales.</source>
        <translation>Әр сілтеме дереккөздің сенімділігін (әріппен) және мәліметтің шынайылығын (1-ден 6-ға дейінгі санмен) көрсетеді; дереккөздер тізімінде әрқайсысының бағасы беріледі, ал бөлек жақтау шкалаларды түсіндіреді.</translation>
    </message>
    <message>
        <source>Say what changed since the last export</source>
        <translation>Соңғы экспорттан бері не өзгергенін айту</translation>
    </message>
    <message>
        <source>Adds a “What changed since &lt;date&gt;” part (a slide after the key figures, a section after the summary), compared with the topic&apos;s last report or deck in the output folder; nothing is added when there is none.</source>
        <translation>Шығыс қалтасындағы тақырыптың соңғы баяндамасымен немесе презентациясымен салыстырып, «&lt;күн&gt; күнгі нұсқадан бері не өзгерді» бөлігін қосады (негізгі сандардан кейін слайд, түйіндемеден кейін бөлім); олар болмаса, ештеңе қосылмайды.</translation>
    </message>
    <message>
        <source>Briefing &amp;language:</source>
        <translation>Брифинг &amp;тілі:</translation>
    </message>
    <message>
        <source>The language the briefings are written in. English is the data itself; other languages come from the data folder&apos;s translations.</source>
        <translation>Брифингтер жазылатын тіл. Ағылшын тілі — деректердің өзі; басқа тілдер деректер қалтасындағы аудармалардан алынады.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Үлгілер</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Баяндама:</translation>
    </message>
    <message>
        <source>Deck:</source>
        <translation>Презентация:</translation>
    </message>
    <message>
        <source>PDF uses both. Ctrl+O picks a file; or drop one onto the window.</source>
        <translation>PDF екеуін де пайдаланады. Ctrl+O файл таңдайды; немесе файлды терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Мұқаба</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>The handling marking printed on the cover and on every page and slide; choose one or type your own. Leave empty for none.</source>
        <translation>Мұқабада және әр бет пен слайдта басылатын құпиялық белгісі; тізімнен таңдаңыз немесе өзіңіз жазыңыз. Белгі керек болмаса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>e.g. Analysis Unit</source>
        <translation>мысалы, Талдау бөлімі</translation>
    </message>
    <message>
        <source>Shown as “Prepared by” on the cover</source>
        <translation>Мұқабада «Дайындаған» ретінде көрсетіледі</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Белгі:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Дайындаған:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Шығыс қалтасы</translation>
    </message>
    <message>
        <source>The briefings are written here, as &lt;topic&gt;.docx and &lt;topic&gt;.pptx</source>
        <translation>Брифингтер осында &lt;тақырып&gt;.docx және &lt;тақырып&gt;.pptx файлдары ретінде жазылады</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose the folder the briefings are written to</source>
        <translation>Брифингтер жазылатын қалтаны таңдау</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Part</source>
        <translation>Бөлік</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Құрамы</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n абзац</numerusform>
            <numerusform>%n абзац</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s)</source>
        <translation>
            <numerusform>%n негізгі сан</numerusform>
            <numerusform>%n негізгі сан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n дереккөз</numerusform>
            <numerusform>%n дереккөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n сурет</numerusform>
            <numerusform>%n сурет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n кесте</numerusform>
            <numerusform>%n кесте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline(s)</source>
        <translation>
            <numerusform>%n хронология</numerusform>
            <numerusform>%n хронология</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ескертпе</numerusform>
            <numerusform>%n ескертпе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n алшақтық</numerusform>
            <numerusform>%n алшақтық</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Figure {number}: {title}</source>
        <translation>{number}-сурет: {title}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Table {number}: {title}</source>
        <translation>{number}-кесте: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n жол</numerusform>
            <numerusform>%n жол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Дереккөздер алшақ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Алдыңғы</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
</context>
<context>
    <name>PagesDriver</name>
    <message>
        <source>Rendering pages…</source>
        <translation>Беттер салынуда…</translation>
    </message>
    <message>
        <source>Stopped. Choose a topic, or show this tab again, to render the pages.</source>
        <translation>Тоқтатылды. Беттерді салу үшін тақырыпты таңдаңыз немесе осы қойындыны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Rendering pages… {count} of {total} ready</source>
        <translation>Беттер салынуда… {total} беттің {count} дайын</translation>
    </message>
    <message>
        <source>Rendering pages… {step}</source>
        <translation>Беттер салынуда… {step}</translation>
    </message>
    <message>
        <source>Rendering pages… LibreOffice is laying them out</source>
        <translation>Беттер салынуда… LibreOffice оларды беттеп жатыр</translation>
    </message>
    <message>
        <source>The pages cannot be rendered: {reason}</source>
        <translation>Беттерді салу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The pages cannot be shown: they are laid out by LibreOffice, which is not installed. Install it (on Debian or Ubuntu: apt-get install libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils) and choose the topic again. Everything else works without it.</source>
        <translation>Беттерді көрсету мүмкін емес: оларды LibreOffice беттейді, ал ол орнатылмаған. Оны орнатып (Debian не Ubuntu-да: apt-get install libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils), тақырыпты қайта таңдаңыз. Қалғанының бәрі онсыз да жұмыс істейді.</translation>
    </message>
    <message>
        <source>The pages cannot be shown: they are drawn by pdftoppm, which is not installed. Install poppler-utils and choose the topic again.</source>
        <translation>Беттерді көрсету мүмкін емес: оларды pdftoppm сызады, ал ол орнатылмаған. poppler-utils орнатып, тақырыпты қайта таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>PagesPreview</name>
    <message>
        <source>The pages will be rendered after the export.</source>
        <translation>Беттер экспорттан кейін салынады.</translation>
    </message>
    <message>
        <source>The pages cannot be rendered: {problem}</source>
        <translation>Беттерді салу мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>Putting the briefing together…</source>
        <translation>Брифинг жиналуда…</translation>
    </message>
</context>
<context>
    <name>PagesTab</name>
    <message>
        <source>Deck: slide {n} of {total}</source>
        <translation>Презентация: {n} / {total} слайд</translation>
    </message>
    <message>
        <source>Report: page {n} of {total}</source>
        <translation>Баяндама: {n} / {total} бет</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stop rendering the pages</source>
        <translation>Беттерді салуды тоқтату</translation>
    </message>
    <message>
        <source>Pages and slides of the briefing</source>
        <translation>Брифингтің беттері мен слайдтары</translation>
    </message>
    <message>
        <source>{page} (being drawn)</source>
        <translation>{page} (сызылуда)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Contents of the briefing</source>
        <translation>Брифингтің мазмұны</translation>
    </message>
    <message>
        <source>The briefing&apos;s parts in order; expand one to see its blocks</source>
        <translation>Брифингтің бөліктері ретімен; блоктарын көру үшін бөлікті ашыңыз</translation>
    </message>
    <message>
        <source>Charts of the briefing</source>
        <translation>Брифингтің диаграммалары</translation>
    </message>
    <message>
        <source>Sources of the briefing</source>
        <translation>Брифингтің дереккөздері</translation>
    </message>
    <message>
        <source>This briefing has no charts.</source>
        <translation>Бұл брифингте диаграмма жоқ.</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Беттер</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>Д&amp;ереккөздер</translation>
    </message>
    <message>
        <source>C&amp;harts ({count})</source>
        <translation>&amp;Диаграммалар ({count})</translation>
    </message>
    <message>
        <source>&amp;Sources ({count})</source>
        <translation>Д&amp;ереккөздер ({count})</translation>
    </message>
    <message>
        <source>Drawing the charts in the background…</source>
        <translation>Диаграммалар аялық режимде салынуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n бөлім</numerusform>
            <numerusform>%n бөлім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s)</source>
        <translation>
            <numerusform>%n диаграмма</numerusform>
            <numerusform>%n диаграмма</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n дереккөз</numerusform>
            <numerusform>%n дереккөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s); </source>
        <translation>
            <numerusform>%n дереккөз; </numerusform>
            <numerusform>%n дереккөз; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they disagree in %n place(s)</source>
        <translation>
            <numerusform>олар %n жерде алшақ</numerusform>
            <numerusform>олар %n жерде алшақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n source(s) flagged below)</source>
        <translation>
            <numerusform>(төменде %n дереккөз белгіленген)</numerusform>
            <numerusform>(төменде %n дереккөз белгіленген)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the charts in the background… {done} of {total}</source>
        <translation>Диаграммалар аялық режимде салынуда… {done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s), as they will appear in the report and the deck. Hover for the headline; double-click to open one.</source>
        <translation>
            <numerusform>%n диаграмма, баяндама мен презентацияда қалай көрінсе, солай. Тұжырымын көру үшін меңзерді апарыңыз; ашу үшін екі рет шертіңіз.</numerusform>
            <numerusform>%n диаграмма, баяндама мен презентацияда қалай көрінсе, солай. Тұжырымын көру үшін меңзерді апарыңыз; ашу үшін екі рет шертіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Starting</source>
        <translation>Басталуда</translation>
    </message>
    <message>
        <source>Preparing chart {n} of {total}</source>
        <translation>Диаграмма дайындалуда: {n} / {total}</translation>
    </message>
    <message>
        <source>Rendering chart {n} of {total}</source>
        <translation>Диаграмма салынуда: {n} / {total}</translation>
    </message>
    <message>
        <source>{step} ({look} of {looks} looks)</source>
        <translation>{step} (безендіру {look} / {looks})</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translation>Жазылуда: {file}</translation>
    </message>
    <message>
        <source>Converting {name} to PDF</source>
        <translation>PDF-ке түрлендірілуде: {name}</translation>
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
        <translation>Күні</translation>
    </message>
    <message>
        <source>Date known to</source>
        <translation>Күнінің дәлдігі</translation>
    </message>
    <message>
        <source>Date note</source>
        <translation>Күні туралы ескертпе</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>Place known to</source>
        <translation>Орнының дәлдігі</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Оқиға түрі</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысана</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Killed (all)</source>
        <translation>Қаза тапқандар (барлығы)</translation>
    </message>
    <message>
        <source>Killed: perpetrators</source>
        <translation>Қаза тапқандар: шабуылдаушылар</translation>
    </message>
    <message>
        <source>Killed: security forces</source>
        <translation>Қаза тапқандар: күштік құрылымдар</translation>
    </message>
    <message>
        <source>Killed: civilians</source>
        <translation>Қаза тапқандар: бейбіт тұрғындар</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>Жараланғандар</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Ұсталғандар</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Ұстанымы</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Stated as</source>
        <translation>Қалай берілген</translation>
    </message>
    <message>
        <source>Value in words</source>
        <translation>Мәні сөзбен</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>source ids, separated by ;</source>
        <translation>дереккөз id-лері, ; арқылы бөлінген</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Edit Incident</source>
        <translation>Оқиғаны өзгерту</translation>
    </message>
    <message>
        <source>Add Incident</source>
        <translation>Оқиға қосу</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Алшақтықтар</translation>
    </message>
    <message numerus="yes">
        <source>In %n disagreement(s)</source>
        <translation>
            <numerusform>%n алшақтықта</numerusform>
            <numerusform>%n алшақтықта</numerusform>
        </translation>
    </message>
    <message>
        <source>This source takes part in no disagreement here</source>
        <translation>Бұл дереккөз мұнда ешбір алшақтыққа қатыспайды</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n slide(s) in the deck</source>
        <translation>
            <numerusform>Презентацияда %n слайд</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in the report</source>
        <translation>
            <numerusform>Баяндамада %n бет</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as an export writes them now, in the chosen templates and language. Double-click one to see it large.</source>
        <translation>экспорт оларды қазір таңдалған үлгілер мен тілде қалай жазса, солай. Үлкейтіп көру үшін екі рет шертіңіз.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Word үлгілері (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>PowerPoint үлгілері (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>Templates (*.docx *.dotx *.pptx *.potx)</source>
        <translation>Үлгілер (*.docx *.dotx *.pptx *.potx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>Changes shown under the verdict&apos;s first line (the options column has room for four lines); &quot;Details…&quot; and the tooltip show them all. Characters of a change shown on its line under the verdict.</extracomment>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>Use a Word report template of your own (or drop the file onto the window)</source>
        <translation>Өзіңіздің Word баяндама үлгіңізді пайдалану (немесе файлды терезеге сүйреп әкеліңіз)</translation>
    </message>
    <message>
        <source>Use a PowerPoint deck template of your own (or drop the file onto the window)</source>
        <translation>Өзіңіздің PowerPoint презентация үлгіңізді пайдалану (немесе файлды терезеге сүйреп әкеліңіз)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <source>The whole verdict: each kind of slide, the slide count, every change</source>
        <translation>Толық бағасы: әр слайд түрі, слайдтар саны, әр өзгеріс</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Go back to Briefkit&apos;s own Word report template</source>
        <translation>Briefkit-тің өз Word баяндама үлгісіне оралу</translation>
    </message>
    <message>
        <source>Go back to Briefkit&apos;s own PowerPoint deck template</source>
        <translation>Briefkit-тің өз PowerPoint презентация үлгісіне оралу</translation>
    </message>
    <message>
        <source>What Briefkit will make of %1:</source>
        <translation>Briefkit %1 файлынан не жасайды:</translation>
    </message>
    <message>
        <source>Template verdict</source>
        <translation>Үлгінің бағасы</translation>
    </message>
    <message numerus="yes">
        <source>Usable, with changes: %n</source>
        <translation>
            <numerusform>Жарамды, өзгерістермен: %n</numerusform>
            <numerusform>Жарамды, өзгерістермен: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usable, but {what} (changes: %n)</source>
        <translation>
            <numerusform>Жарамды, бірақ {what} (өзгерістер: %n)</numerusform>
            <numerusform>Жарамды, бірақ {what} (өзгерістер: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>its chart slides are too small for the charts</source>
        <translation>оның диаграмма слайдтары диаграммаларға тым кішкентай</translation>
    </message>
    <message>
        <source>its table slides are too small for the tables</source>
        <translation>оның кесте слайдтары кестелерге тым кішкентай</translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n chart(s) would be left out</source>
        <translation>
            <numerusform>%n диаграмманың {missing} кірмей қалады</numerusform>
            <numerusform>%n диаграмманың {missing} кірмей қалады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n table(s) would be left out</source>
        <translation>
            <numerusform>%n кестенің {missing} кірмей қалады</numerusform>
            <numerusform>%n кестенің {missing} кірмей қалады</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled template</source>
        <translation>Кірістірілген</translation>
    </message>
    <message>
        <source>Briefkit&apos;s own Word report template</source>
        <translation>Briefkit-тің өз Word баяндама үлгісі</translation>
    </message>
    <message>
        <source>Briefkit&apos;s own PowerPoint deck template</source>
        <translation>Briefkit-тің өз PowerPoint презентация үлгісі</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Details…)</source>
        <translation>
            <numerusform>… тағы %n (Толығырақ…)</numerusform>
            <numerusform>… тағы %n (Толығырақ…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>Үлгі тексерілуде…</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Жақсы</translation>
    </message>
    <message>
        <source>Not usable:</source>
        <translation>Жарамсыз:</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation>Бүкіл мәтінді алмасу буферіне көшіру</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>The picture {path} cannot be read.</source>
        <translation>{path} суретін оқу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message>
        <source>{month} {year}</source>
        <translation>{year}&#xa0;ж. {month}</translation>
    </message>
    <message>
        <source>Tick to export; select to preview.</source>
        <translation>Экспорттау үшін белгілеңіз; алдын ала қарау үшін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Тақырыптарды сүзу</translation>
    </message>
    <message>
        <source>Show only topics whose title or description has all these words</source>
        <translation>Тек тақырыбында немесе сипаттамасында осы сөздердің бәрі бар тақырыптарды көрсету</translation>
    </message>
    <message>
        <source>Tick the topics to export (Space ticks the selected one); select a topic to preview its briefing</source>
        <translation>Экспортталатын тақырыптарды белгілеңіз (Бос орын пернесі таңдалғанын белгілейді); брифингін алдын ала қарау үшін тақырыпты таңдаңыз</translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation>Тақырыптар жүктелуде…</translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation>&amp;Бәрі</translation>
    </message>
    <message>
        <source>Tick every topic shown</source>
        <translation>Көрсетілген барлық тақырыпты белгілеу</translation>
    </message>
    <message>
        <source>Tick &amp;None</source>
        <translation>&amp;Ешқайсы</translation>
    </message>
    <message>
        <source>Untick every topic shown</source>
        <translation>Көрсетілген барлық тақырыптан белгіні алу</translation>
    </message>
    <message>
        <source>Data: {source}</source>
        <translation>Деректер: {source}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ticked</source>
        <translation>
            <numerusform>Белгіленді: %n / {total}</numerusform>
            <numerusform>Белгіленді: %n / {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The data folder has %n problem(s)</source>
        <translation>
            <numerusform>Деректер қалтасында %n мәселе бар</numerusform>
            <numerusform>Деректер қалтасында %n мәселе бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n files in {folder} were changed since Briefkit wrote them, or were not written by Briefkit. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</source>
        <translation>
            <numerusform>{folder} қалтасындағы мына %n файл Briefkit жазғаннан кейін өзгертілген немесе оларды Briefkit жазбаған. Әзірге ештеңе жазылған жоқ.

Оларды жаңа брифингпен ауыстыру керек пе, әлде оларды қалдырып, жаңа файлдарды қасына жазу керек пе (мысалы, {beside})?</numerusform>
            <numerusform>{folder} қалтасындағы мына %n файл Briefkit жазғаннан кейін өзгертілген немесе оларды Briefkit жазбаған. Әзірге ештеңе жазылған жоқ.

Оларды жаңа брифингпен ауыстыру керек пе, әлде оларды қалдырып, жаңа файлдарды қасына жазу керек пе (мысалы, {beside})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in {folder} were written by Briefkit and not changed since, but made from another language, template or composition than this export. Nothing has been written yet.

Replace them with the new briefing, or keep them and write the new files beside (e.g. {beside})?</source>
        <translation>
            <numerusform>{folder} қалтасындағы %n файлды Briefkit жазған және содан бері өзгертілмеген, бірақ олар осы экспорттағыдан басқа тілмен, үлгімен немесе құраммен жасалған. Әзірге ештеңе жазылған жоқ.

Оларды жаңа брифингпен ауыстыру керек пе, әлде оларды қалдырып, жаңа файлдарды қасына жазу керек пе (мысалы, {beside})?</numerusform>
            <numerusform>{folder} қалтасындағы %n файлды Briefkit жазған және содан бері өзгертілмеген, бірақ олар осы экспорттағыдан басқа тілмен, үлгімен немесе құраммен жасалған. Әзірге ештеңе жазылған жоқ.

Оларды жаңа брифингпен ауыстыру керек пе, әлде оларды қалдырып, жаңа файлдарды қасына жазу керек пе (мысалы, {beside})?</numerusform>
        </translation>
    </message>
</context>
</TS>
