<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <location filename="../../reader/gui/document_header.py" line="76"/>
        <source>&amp;Vraag</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="81"/>
        <source>Ga naar vraag</source>
        <translation>Go to question</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="82"/>
        <source>Typ het nummer van een vraag en druk op Enter</source>
        <translation>Type the number of a question and press Enter</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="83"/>
        <source>Ga naar vraag (Ctrl+G): typ een nummer en druk op Enter</source>
        <translation>Go to question (Ctrl+G): type a number and press Enter</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="106"/>
        <location filename="../../reader/gui/document_model.py" line="110"/>
        <location filename="../../reader/gui/document_model.py" line="126"/>
        <location filename="../../reader/gui/library_panel.py" line="152"/>
        <location filename="../../reader/gui/stats_table.py" line="60"/>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="107"/>
        <source>Beantwoord per brief</source>
        <translation>Answered by letter</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="108"/>
        <location filename="../../reader/gui/document_model.py" line="112"/>
        <location filename="../../reader/gui/library_panel.py" line="152"/>
        <location filename="../../reader/gui/stats_table.py" line="64"/>
        <source>Uitgesteld</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="109"/>
        <location filename="../../reader/gui/document_model.py" line="114"/>
        <location filename="../../reader/gui/document_model.py" line="139"/>
        <location filename="../../reader/gui/library_panel.py" line="153"/>
        <location filename="../../reader/gui/stats_table.py" line="65"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="110"/>
        <source>Open · te laat</source>
        <translation>Open · overdue</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="112"/>
        <source>Mondelinge vragen</source>
        <translation>Oral questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="119"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="125"/>
        <source>Antwoord: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="126"/>
        <source>Opent het antwoord %1</source>
        <translation>Opens the answer %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="129"/>
        <source>zonder officieel nummer</source>
        <translation>no official number</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="130"/>
        <source>Dit document noemt geen Aanhangselnummer of zaaknummer</source>
        <translation>This document names no Aanhangsel number or case number</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="134"/>
        <source>van %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="68"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="68"/>
        <source>Het nummer in het Aanhangsel, of het zaaknummer van open vragen</source>
        <translation>The number in the Aanhangsel, or the case number of open questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="69"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="69"/>
        <source>Ontvangen (antwoord of mededeling), of ingezonden (open vragen)</source>
        <translation>Received (answer or notice), or submitted (open questions)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="70"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="70"/>
        <source>Waar de vragen over gaan</source>
        <translation>What the questions are about</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="71"/>
        <source>Vragensteller</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="71"/>
        <source>De Kamerleden die de vragen stelden, met hun partij</source>
        <translation>The members of parliament who asked, with their party</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="72"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="72"/>
        <source>Aan wie de vragen gericht zijn</source>
        <translation>To whom the questions are addressed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="73"/>
        <location filename="../../reader/gui/source_dialogs.py" line="141"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="73"/>
        <source>Het aantal vragen</source>
        <translation>The number of questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="74"/>
        <location filename="../../reader/gui/source_dialogs.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="74"/>
        <source>Beantwoord, uitgesteld of open; rood: de termijn van drie weken is voorbij</source>
        <translation>Answered, postponed or open; red: the three-week term has passed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="111"/>
        <source>Per brief</source>
        <translation>By letter</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="113"/>
        <location filename="../../reader/gui/library_panel.py" line="153"/>
        <location filename="../../reader/gui/stats_table.py" line="66"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_header.py" line="111"/>
        <location filename="../../reader/gui/document_model.py" line="115"/>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="116"/>
        <source>Mondeling</source>
        <translation>Oral</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/document_model.py" line="125"/>
        <source>Beantwoord na %n dagen</source>
        <translation>
            <numerusform>Answered after %n day</numerusform>
            <numerusform>Answered after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/document_model.py" line="136"/>
        <source>Open, termijn verstreken: %n dagen te laat</source>
        <translation>
            <numerusform>Open, past the deadline: %n day late</numerusform>
            <numerusform>Open, past the deadline: %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/document_model.py" line="138"/>
        <source>Open sinds %n dagen</source>
        <translation>
            <numerusform>Open for %n day</numerusform>
            <numerusform>Open for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/document_model.py" line="379"/>
        <location filename="../../reader/gui/navigation.py" line="217"/>
        <source>%n vragen</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="128"/>
        <source>Beantwoord bij brief (een Kamerstuk)</source>
        <translation>Answered by letter (a parliamentary paper)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="130"/>
        <source>Beantwoording uitgesteld (mededeling ontvangen)</source>
        <translation>Answer postponed (notice received)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="132"/>
        <source>De vragen zijn ingetrokken</source>
        <translation>The questions were withdrawn</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="134"/>
        <source>Mondelinge vragen: er komt geen schriftelijk antwoord</source>
        <translation>Oral questions: there is no written answer</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="367"/>
        <source>Ingezonden %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_model.py" line="369"/>
        <source>Ontvangen %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="24"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="28"/>
        <source>tekst in dit document</source>
        <translation>text in this document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="29"/>
        <source>Zoeken in het document</source>
        <translation>Find in the document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="32"/>
        <source>&amp;Vorige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="33"/>
        <source>Vorige zoeken (Shift+F3)</source>
        <translation>Find previous (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="35"/>
        <source>V&amp;olgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="36"/>
        <source>Volgende zoeken (F3)</source>
        <translation>Find next (F3)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="37"/>
        <source>&amp;Hoofdlettergevoelig</source>
        <translation>&amp;Match case</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="43"/>
        <source>Sluiten (Escape)</source>
        <translation>Close (Escape)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="44"/>
        <source>Zoekbalk sluiten</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="75"/>
        <source>Niet gevonden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="86"/>
        <source>Treffer %1 van %2</source>
        <translation>Hit %1 of %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/import_runner.py" line="177"/>
        <source>Voortgang van het toevoegen</source>
        <translation>Progress of adding</translation>
    </message>
    <message>
        <location filename="../../reader/gui/import_runner.py" line="180"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reader/gui/import_runner.py" line="181"/>
        <source>Stoppen met toevoegen; wat al is toegevoegd, blijft bewaard</source>
        <translation>Stop adding; what was added is kept</translation>
    </message>
    <message>
        <location filename="../../reader/gui/import_runner.py" line="194"/>
        <source>Toevoegen aan de bibliotheek…</source>
        <translation>Adding to the library…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/import_runner.py" line="193"/>
        <source>Toevoegen: %1 van %2</source>
        <translation>Adding: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="106"/>
        <location filename="../../reader/gui/library_panel.py" line="111"/>
        <source>Zoeken in de bibliotheek</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="113"/>
        <source>Zoekt in titels, vragen, antwoorden, voetnoten en namen; &quot;aanhalingstekens&quot; voor een zinsdeel, OR, NOT en * voor een woordbegin</source>
        <translation>Searches titles, questions, answers, footnotes and names; &quot;quotes&quot; for a phrase, OR, NOT and * for a word start</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="116"/>
        <source>Woorden: alle moeten voorkomen. &quot;zinsdeel&quot;, of: OR, niet: NOT, woordbegin: wacht*</source>
        <translation>Words: all must occur. &quot;phrase&quot;, either: OR, not: NOT, word start: wait*</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="124"/>
        <location filename="../../reader/gui/library_panel.py" line="410"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="150"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="151"/>
        <source>bijv. Financiën</source>
        <translation>e.g. Financiën</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="152"/>
        <location filename="../../reader/gui/shared_filters.py" line="126"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shared_filters.py" line="44"/>
        <source>Vragen met antwoorden</source>
        <translation>Questions with answers</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shared_filters.py" line="44"/>
        <source>Mededelingen (uitstel)</source>
        <translation>Notices (postponed)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shared_filters.py" line="45"/>
        <source>Open vragen</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shared_filters.py" line="154"/>
        <source>&amp;Terug naar de filters</source>
        <translation>&amp;Back to the filters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shared_filters.py" line="155"/>
        <source>De lijst weer met de zoektekst en filters tonen</source>
        <translation>Show the list with the search text and filters again</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shared_filters.py" line="163"/>
        <source>Uit het overzicht: %1</source>
        <translation>From the overview: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="128"/>
        <source>Filters voor vergaderjaar, status, soort, partij, ministerie, lid en adressaat</source>
        <translation>Filters for parliamentary year, status, kind, party, ministry, member and addressee</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="156"/>
        <location filename="../../reader/gui/overview.py" line="270"/>
        <source>&amp;Vergaderjaar</source>
        <translation>&amp;Parliamentary year</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="157"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="158"/>
        <source>S&amp;oort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="159"/>
        <location filename="../../reader/gui/overview.py" line="270"/>
        <source>&amp;Partij</source>
        <translation>Part&amp;y</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="160"/>
        <source>&amp;Lid</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="161"/>
        <source>&amp;Aan</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="162"/>
        <location filename="../../reader/gui/overview.py" line="270"/>
        <source>&amp;Ministerie</source>
        <translation>M&amp;inistry</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="172"/>
        <location filename="../../reader/gui/overview.py" line="284"/>
        <source>Filters &amp;wissen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="229"/>
        <source>Documentenlijst</source>
        <translation>Document list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="231"/>
        <source>De documenten in uw bibliotheek; Enter opent het gekozen document om te lezen</source>
        <translation>The documents in your library; Enter opens the chosen document for reading</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="264"/>
        <source>Uw bibliotheek is nog leeg</source>
        <translation>Your library is empty</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="271"/>
        <source>Open Kamervragen als PDF, XML, HTML of tekst met Bestand › Openen (Ctrl+O), of sleep bestanden naar dit venster. Wat u opent, komt in uw bibliotheek: daarna kunt u het doorzoeken, en verwijzingen ernaar openen op hun plek.</source>
        <translation>Open written questions as PDF, XML, HTML or text with File › Open (Ctrl+O), or drag files onto this window. What you open goes into your library: you can then search it, and citations of it open in place.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="278"/>
        <source>Bestand &amp;openen…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="280"/>
        <source>&amp;Voorbeelddocumenten toevoegen</source>
        <translation>Add &amp;sample documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="282"/>
        <source>Acht fictieve documenten om het programma te leren kennen</source>
        <translation>Eight fictional documents to get to know the program</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="298"/>
        <source>Geen documenten gevonden</source>
        <translation>No documents found</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="303"/>
        <source>Niets in uw bibliotheek past bij deze zoektekst en filters.</source>
        <translation>Nothing in your library matches this search text and these filters.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="306"/>
        <source>Zoektekst en filters &amp;wissen</source>
        <translation>&amp;Clear search text and filters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_panel.py" line="410"/>
        <source>&amp;Filters (%1)</source>
        <translation>&amp;Filters (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/library_panel.py" line="431"/>
        <source>%Ln gevonden</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/library_panel.py" line="431"/>
        <source>%Ln documenten</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/citation_preview.py" line="65"/>
        <source>Toon wat er toen werd gevraagd en geantwoord</source>
        <translation>Show what was asked and answered then</translation>
    </message>
    <message>
        <location filename="../../reader/gui/citation_preview.py" line="74"/>
        <source>Het aangehaalde document</source>
        <translation>The cited document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/citation_preview.py" line="76"/>
        <source>Eerder antwoord: %1</source>
        <translation>Earlier answer: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/citation_preview.py" line="133"/>
        <source>Openen bij %1</source>
        <translation>Open at %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/citation_preview.py" line="133"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../reader/gui/citation_preview.py" line="136"/>
        <source>Opent %1 op deze plek; Terug keert terug</source>
        <translation>Opens %1 here; Back returns</translation>
    </message>
    <message>
        <location filename="../../reader/gui/citation_preview.py" line="139"/>
        <location filename="../../reader/gui/reading_area.py" line="81"/>
        <source>Naast elkaar</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../reader/gui/citation_preview.py" line="142"/>
        <source>Opent %1 in een tweede leesvenster naast dit document</source>
        <translation>Opens %1 in a second reading pane beside this document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_area.py" line="82"/>
        <location filename="../../reader/gui/source_view.py" line="137"/>
        <source>Brontekst</source>
        <translation>Source text</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_area.py" line="83"/>
        <source>Vragen links, antwoorden rechts</source>
        <translation>Questions left, answers right</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_area.py" line="84"/>
        <source>De gelezen tekst, gekleurd: zo ziet u wat de lezer ervan maakte</source>
        <translation>The text as read, coloured: see what the reader made of it</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="121"/>
        <location filename="../../reader/gui/window_layout.py" line="65"/>
        <source>Voetnoten</source>
        <translation>Footnotes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window_layout.py" line="75"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_area.py" line="36"/>
        <source>Kies een document om te lezen</source>
        <translation>Choose a document to read</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_area.py" line="42"/>
        <source>Elke vraag staat naast haar antwoord. J en K gaan naar de volgende en vorige vraag, Ctrl+L zoekt in de bibliotheek, F1 toont alle sneltoetsen.</source>
        <translation>Every question stands beside its answer. J and K go to the next and previous question, Ctrl+L searches the library, F1 shows all shortcuts.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="73"/>
        <source>Het document %1 staat niet (meer) in de bibliotheek.</source>
        <translation>The document %1 is not (or no longer) in the library.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="129"/>
        <source>Deze koppeling wordt niet geopend: alleen webadressen (http, https) gaan naar de browser.</source>
        <translation>This link is not opened: only web addresses (http, https) go to the browser.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="170"/>
        <source>Dit is het laatste document in de lijst.</source>
        <translation>This is the last document in the list.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="170"/>
        <source>Dit is het eerste document.</source>
        <translation>This is the first document.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="185"/>
        <source>Dit is de laatste vraag.</source>
        <translation>This is the last question.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="190"/>
        <source>Dit is de eerste vraag.</source>
        <translation>This is the first question.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="199"/>
        <source>Er is geen vraag %1 in dit document.</source>
        <translation>There is no question %1 in this document.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="84"/>
        <location filename="../../reader/gui/navigation.py" line="226"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="228"/>
        <source>%1 (zonder vraag)</source>
        <translation>%1 (without a question)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/navigation.py" line="255"/>
        <source>Ga naar vraag %1</source>
        <translation>Go to question %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="124"/>
        <source>Bestand van %1 kiezen</source>
        <translation>Choose the file of %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="32"/>
        <source>Kamervragen (PDF, XML, HTML, tekst) (%1)</source>
        <translation>Written questions (PDF, XML, HTML, text) (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="33"/>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="102"/>
        <source>Kamervragen openen</source>
        <translation>Open written questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="116"/>
        <source>De voorbeelddocumenten zijn niet gevonden.</source>
        <translation>The sample documents were not found.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="190"/>
        <source>Geopend: %1</source>
        <translation>Opened: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="194"/>
        <source>%n toegevoegd</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="195"/>
        <source>%n bijgewerkt</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="196"/>
        <source>%n ongewijzigd</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="197"/>
        <location filename="../../reader/gui/source_jobs.py" line="172"/>
        <source>%n mislukt</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="200"/>
        <source>%n documenten: %1</source>
        <translation>
            <numerusform>%n document: %1</numerusform>
            <numerusform>%n documents: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="202"/>
        <source>Geen documenten gelezen</source>
        <translation>No documents read</translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="214"/>
        <source>Het toevoegen is gestopt: %1</source>
        <translation>Adding stopped: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="218"/>
        <source>Eén bestand kon niet worden gelezen.</source>
        <translation>One file could not be read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="220"/>
        <source>%n bestanden konden niet worden gelezen.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="224"/>
        <source>en nog %n andere</source>
        <translation>
            <numerusform>and %n other</numerusform>
            <numerusform>and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/imports.py" line="227"/>
        <source>Toevoegen geannuleerd. Wat al was toegevoegd, blijft in de bibliotheek.</source>
        <translation>Adding cancelled. What was added stays in the library.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window_dialogs.py" line="63"/>
        <source>Over %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window_dialogs.py" line="67"/>
        <source>Schriftelijke Kamervragen naast hun antwoorden, met voetnoten die naar de aangehaalde documenten leiden.

Bibliotheek: %1</source>
        <translation>Dutch parliamentary written questions beside their answers, with footnotes that lead to the documents they cite.

Library: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window_dialogs.py" line="82"/>
        <source>De nieuwe taal wordt gebruikt zodra u het programma opnieuw start.</source>
        <translation>The new language is used when you start the program again.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/message_bar.py" line="55"/>
        <location filename="../../reader/gui/source_dialogs.py" line="175"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reader/gui/message_bar.py" line="56"/>
        <source>Melding sluiten</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="76"/>
        <source>Aanhangsel</source>
        <translation>Aanhangsel</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="77"/>
        <source>Kamerstuk</source>
        <translation>Kamerstuk</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="78"/>
        <source>Handelingen</source>
        <translation>Handelingen</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="79"/>
        <source>Kamervragen</source>
        <translation>Written questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="80"/>
        <source>Staatsblad</source>
        <translation>Bulletin of Acts and Decrees</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="81"/>
        <source>Staatscourant</source>
        <translation>Government Gazette</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="170"/>
        <source>Ophalen</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="172"/>
        <source>%1 ophalen bij de officiële bronnen, opslaan en hier openen</source>
        <translation>Fetch %1 from the official sources, store it and open it here</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="174"/>
        <source>Haalt %1 op bij de officiële bronnen, slaat het op in uw bibliotheek en opent het; Terug keert terug</source>
        <translation>Fetches %1 from the official sources, stores it in your library and opens it; Back returns</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="233"/>
        <source>Voetnoot %1</source>
        <translation>Footnote %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="247"/>
        <source>Opent de webpagina in uw browser</source>
        <translation>Opens the web page in your browser</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="267"/>
        <source>In de tekst</source>
        <translation>In the text</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="290"/>
        <source>Alle aangehaalde Kamervragen die niet in uw bibliotheek staan, ophalen bij de officiële bronnen</source>
        <translation>Fetch every cited set of Kamervragen that is not in your library from the official sources</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="304"/>
        <source>Alle ontbrekende ophalen (%1)</source>
        <translation>Fetch all missing (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="305"/>
        <source>Alle ontbrekende ophalen</source>
        <translation>Fetch all missing</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="143"/>
        <source>Opent %1 uit uw bibliotheek</source>
        <translation>Opens %1 from your library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="147"/>
        <location filename="../../reader/gui/online_search.py" line="188"/>
        <location filename="../../reader/gui/online_search.py" line="211"/>
        <source>in uw bibliotheek</source>
        <translation>in your library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="160"/>
        <source>niet in uw bibliotheek</source>
        <translation>not in your library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="165"/>
        <source>Opent de officiële pagina in uw browser</source>
        <translation>Opens the official page in your browser</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="181"/>
        <source>Toevoegen uit een bestand…</source>
        <translation>Add from a file…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_cards.py" line="184"/>
        <source>Kies het bestand van %1 om het aan uw bibliotheek toe te voegen</source>
        <translation>Choose the file of %1 to add it to your library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="82"/>
        <source>Uitleg</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="86"/>
        <source>Uitleg bij de voetnoten tonen of verbergen</source>
        <translation>Show or hide the help on the footnotes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="114"/>
        <source>Aangehaald door</source>
        <translation>Cited by</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="123"/>
        <source>De voetnoten van het document met hun verwijzingen, en de documenten die naar dit document verwijzen</source>
        <translation>The footnotes of the document with their citations, and the documents that cite this one</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="203"/>
        <location filename="../../reader/gui/notes_panel.py" line="213"/>
        <source>bij %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="297"/>
        <source>Opent %1, dat naar dit document verwijst</source>
        <translation>Opens %1, which cites this document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="299"/>
        <source>Zie ook</source>
        <translation>See also</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="299"/>
        <source>voetnoot %1</source>
        <translation>footnote %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="309"/>
        <source>Geen document in uw bibliotheek verwijst naar dit document.</source>
        <translation>No document in your library cites this document.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="311"/>
        <source>Documenten die naar het geopende document verwijzen, staan hier.</source>
        <translation>Documents that cite the open document are listed here.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="323"/>
        <source>Bij %1</source>
        <translation>At %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="327"/>
        <source>Overige voetnoten</source>
        <translation>Other footnotes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="327"/>
        <source>Alle voetnoten</source>
        <translation>All footnotes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="330"/>
        <source>Dit document heeft geen voetnoten.</source>
        <translation>This document has no footnotes.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="331"/>
        <source>Er is geen document geopend.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="363"/>
        <source>Verwijzingen naar documenten in uw bibliotheek openen hier; andere in uw browser.</source>
        <translation>Citations of documents in your library open here; others in your browser.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes_panel.py" line="366"/>
        <source>De voetnoten en verwijzingen bij de huidige vraag staan bovenaan. Een aangehaald antwoord uit uw bibliotheek klapt u hier open, of zet u met Naast elkaar naast dit document. Andere verwijzingen openen in uw browser.</source>
        <translation>The footnotes and citations of the current question come first. A cited answer from your library unfolds here, or opens beside this document with Side by side. Other citations open in your browser.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="37"/>
        <source>overal</source>
        <translation>everywhere</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="38"/>
        <source>in het leesvenster</source>
        <translation>in the reading pane</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="39"/>
        <source>in de voetnoten</source>
        <translation>in the footnotes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="40"/>
        <source>in de lijst</source>
        <translation>in the list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="41"/>
        <source>in het overzicht</source>
        <translation>in the overview</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="54"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="68"/>
        <source>geen sneltoets</source>
        <translation>no shortcut</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="75"/>
        <source>Opdracht</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="75"/>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="75"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="105"/>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="118"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="109"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="112"/>
        <source>opdracht of toets</source>
        <translation>command or key</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="121"/>
        <source>Typ in het leesvenster een nummer om naar die vraag te gaan. Tab en Shift+Tab gaan langs de knoppen en verwijzingen; F6 springt tussen lijst, leesvenster en voetnoten.</source>
        <translation>Type a number in the reading pane to go to that question. Tab and Shift+Tab go through the buttons and citations; F6 moves between the list, the reading pane and the footnotes.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="128"/>
        <source>Sneltoetsen &amp;aanpassen…</source>
        <translation>Customise &amp;shortcuts…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="130"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="165"/>
        <source>Sneltoetsen aanpassen</source>
        <translation>Customise shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="170"/>
        <source>Opdrachten en hun sneltoetsen</source>
        <translation>Commands and their shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="173"/>
        <source>&amp;Nieuwe toets:</source>
        <translation>&amp;New key:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="178"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="179"/>
        <source>Toetsen &amp;wissen</source>
        <translation>C&amp;lear keys</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="180"/>
        <source>&amp;Standaard</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="195"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="196"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="197"/>
        <source>Alles &amp;herstellen</source>
        <translation>&amp;Restore all defaults</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="231"/>
        <source>%1 is al in gebruik voor “%2”. Kies een andere toets, of haal hem daar eerst weg.</source>
        <translation>%1 is already used for “%2”. Choose another key, or remove it there first.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="254"/>
        <source>De standaardtoets %1 is nu in gebruik voor “%2”.</source>
        <translation>The default key %1 is now used for “%2”.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="279"/>
        <source>Kies eerst een opdracht in de lijst.</source>
        <translation>First choose a command in the list.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_view.py" line="139"/>
        <source>De tekst zoals die is gelezen, met kleuren voor koppen, voetnoten en verwijzingen</source>
        <translation>The text as it was read, coloured for headings, footnotes and citations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_view.py" line="143"/>
        <source>Geen brontekst: open een document.</source>
        <translation>No source text: open a document.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/commands.py" line="136"/>
        <source>Geen aangehaald document uit uw bibliotheek bij deze vraag of voetnoot.</source>
        <translation>No cited document from your library at this question or footnote.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/side_by_side.py" line="56"/>
        <source>Hier openen</source>
        <translation>Open here</translation>
    </message>
    <message>
        <location filename="../../reader/gui/side_by_side.py" line="58"/>
        <source>Dit document in het hoofdvenster lezen (Terug keert terug)</source>
        <translation>Read this document in the main pane (Back returns)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/side_by_side.py" line="65"/>
        <source>Tweede leesvenster sluiten (Ctrl+W)</source>
        <translation>Close the second reading pane (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/side_by_side.py" line="66"/>
        <source>Tweede leesvenster sluiten</source>
        <translation>Close the second reading pane</translation>
    </message>
    <message>
        <location filename="../../reader/gui/side_by_side.py" line="72"/>
        <source>Aangehaald document, naast het gelezen document</source>
        <translation>Cited document, beside the document being read</translation>
    </message>
    <message>
        <location filename="../../reader/gui/side_by_side.py" line="156"/>
        <source>Naast elkaar: %1 (F8 wisselt, Ctrl+W sluit)</source>
        <translation>Side by side: %1 (F8 switches, Ctrl+W closes)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="68"/>
        <source>alle vraagsets</source>
        <translation>all question sets</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="68"/>
        <location filename="../../reader/gui/sources_ui.py" line="324"/>
        <source>beantwoord</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="68"/>
        <location filename="../../reader/gui/stats_charts.py" line="340"/>
        <source>open, zonder uitstel</source>
        <translation>open, not postponed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="69"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="69"/>
        <location filename="../../reader/gui/stats_charts.py" line="340"/>
        <source>uitgesteld, nog open</source>
        <translation>postponed, still open</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="102"/>
        <source>&amp;Groeperen per:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="106"/>
        <source>Groeperen per</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="121"/>
        <source>Grafiek</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="145"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="146"/>
        <source>Klik op een getal: die vraagsets in de documentenlijst</source>
        <translation>Click a number: those question sets in the document list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="166"/>
        <source>Antwoordtijd</source>
        <translation>Answer time</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="166"/>
        <source>Open en te laat</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="166"/>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="261"/>
        <source>Overzicht antwoordtijden — %1</source>
        <translation>Answer times overview — %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="266"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="271"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="290"/>
        <source>Afdrukken en exporteren</source>
        <translation>Print and export</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="343"/>
        <source>%1 vraagsets</source>
        <translation>%1 question sets</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="343"/>
        <source>%1 beantwoord</source>
        <translation>%1 answered</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="345"/>
        <source>mediaan %1 dagen</source>
        <translation>median %1 days</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="346"/>
        <source>%1 open, %2 te laat</source>
        <translation>%1 open, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="363"/>
        <source>De groep %1 heeft geen waarde om op te filteren</source>
        <translation>The group %1 has no value to filter by</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="371"/>
        <source>%1 vraagsets in de documentenlijst: %2</source>
        <translation>%1 question sets in the document list: %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="389"/>
        <source>PNG-afbeeldingen (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="389"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="390"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="391"/>
        <source>Grafiek exporteren als PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="391"/>
        <source>Overzicht exporteren als PDF</source>
        <translation>Export overview as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="392"/>
        <source>Tabel exporteren als CSV</source>
        <translation>Export figures as CSV</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="414"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview.py" line="416"/>
        <source>Geschreven: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview_pages.py" line="55"/>
        <source>Overzicht antwoordtijden</source>
        <translation>Answer times overview</translation>
    </message>
    <message>
        <location filename="../../reader/gui/overview_pages.py" line="84"/>
        <source>%1 (vervolg)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="74"/>
        <source>per ministerie</source>
        <translation>per ministry</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="74"/>
        <source>per partij</source>
        <translation>per party</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="74"/>
        <source>per Kamerlid</source>
        <translation>per member</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="75"/>
        <source>per vergaderjaar</source>
        <translation>per parliamentary year</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="75"/>
        <source>per maand</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="111"/>
        <source>vergaderjaar %1</source>
        <translation>parliamentary year %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="113"/>
        <source>partij %1</source>
        <translation>party %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="115"/>
        <source>ministerie %1</source>
        <translation>ministry %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="117"/>
        <source>lid %1</source>
        <translation>member %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="119"/>
        <source>soort %1</source>
        <translation>kind %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="124"/>
        <source>alle vragen in de bibliotheek</source>
        <translation>all questions in the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="219"/>
        <source>norm: drie weken (%1 dagen)</source>
        <translation>norm: three weeks (%1 days)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="231"/>
        <source>dagen tot antwoord</source>
        <translation>days to answer</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="277"/>
        <source>de %1 grootste van %2 groepen</source>
        <translation>the %1 largest of %2 groups</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="290"/>
        <source>antwoordtijd: 10–25–50–75–90%</source>
        <translation>answer time: 10–25–50–75–90%</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="313"/>
        <source>Antwoordtijd %1</source>
        <translation>Answer time %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="315"/>
        <location filename="../../reader/gui/stats_charts.py" line="435"/>
        <source>Geen beantwoorde vragen met een bekende antwoordtijd bij deze filters</source>
        <translation>No answered questions with a known answer time for these filters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="340"/>
        <source>waarvan te laat (&gt; 3 weken)</source>
        <translation>of which overdue (&gt; 3 weeks)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="363"/>
        <source>vraagsets</source>
        <translation>question sets</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="374"/>
        <source>Open en te laat %1</source>
        <translation>Open and overdue %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="376"/>
        <source>Geen open vragen bij deze filters</source>
        <translation>No open questions for these filters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="397"/>
        <source>mediaan</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="398"/>
        <source>90e percentiel</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="420"/>
        <source>maand van indienen</source>
        <translation>month submitted</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_charts.py" line="433"/>
        <source>Antwoordtijd per maand</source>
        <translation>Answer time per month</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="58"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="58"/>
        <source>Klik: alle vraagsets van de groep in de lijst</source>
        <translation>Click: all question sets of the group in the list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="59"/>
        <source>Vraagsets</source>
        <translation>Question sets</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="59"/>
        <source>Alle vraagsets van de groep, ook mondelinge en ingetrokken</source>
        <translation>All question sets of the group, oral and withdrawn ones too</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="60"/>
        <source>Beantwoorde vraagsets, ook per brief</source>
        <translation>Answered question sets, by letter too</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="61"/>
        <source>Mediaan</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="61"/>
        <source>De middelste antwoordtijd in dagen</source>
        <translation>The middle answer time in days</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="62"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="62"/>
        <source>90% was binnen zoveel dagen beantwoord</source>
        <translation>90% was answered within this many days</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="63"/>
        <source>≤ 3 weken</source>
        <translation>≤ 3 weeks</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="63"/>
        <source>Het deel dat binnen drie weken (21 dagen) beantwoord werd</source>
        <translation>The share answered within three weeks (21 days)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="64"/>
        <source>Vraagsets met een uitstelbericht, beantwoord of nog open</source>
        <translation>Question sets with a postponement notice, answered or still open</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="65"/>
        <source>Open vraagsets zonder uitstelbericht (de te late inbegrepen)</source>
        <translation>Open question sets without a postponement notice (the overdue ones included)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="66"/>
        <source>Open na drie weken, zonder uitstelbericht</source>
        <translation>Open after three weeks, without a postponement notice</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="67"/>
        <source>Uitgesteld, open</source>
        <translation>Postponed, open</translation>
    </message>
    <message>
        <location filename="../../reader/gui/stats_table.py" line="67"/>
        <source>Uitgesteld en nog niet beantwoord</source>
        <translation>Postponed and not yet answered</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="86"/>
        <source>Officiële bekendmakingen</source>
        <translation>Official publications</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="102"/>
        <source>Resultaten uit de officiële bekendmakingen</source>
        <translation>Results from the official publications</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="104"/>
        <source>Enter opent het gekozen resultaat; wat nog niet in uw bibliotheek staat, wordt eerst opgehaald</source>
        <translation>Enter opens the chosen result; what is not in your library yet is fetched first</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="118"/>
        <source>Druk op Enter om ook in de officiële bekendmakingen te zoeken.</source>
        <translation>Press Enter to search the official publications too.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="123"/>
        <source>Offline: er wordt niet online gezocht (Bibliotheek › Offline werken).</source>
        <translation>Offline: nothing is searched online (Library › Work offline).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="126"/>
        <source>Typ eerst iets om te zoeken.</source>
        <translation>Type something to search for first.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="134"/>
        <source>Zoeken in de officiële bekendmakingen…</source>
        <translation>Searching the official publications…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="148"/>
        <source>Niets gevonden in de officiële bekendmakingen.</source>
        <translation>Nothing found in the official publications.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/online_search.py" line="151"/>
        <source>%Ln resultaten</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="153"/>
        <source>(de nieuwste %1 getoond)</source>
        <translation>(the newest %1 shown)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/online_search.py" line="155"/>
        <source>%Ln al in uw bibliotheek</source>
        <translation>
            <numerusform>%Ln already in your library</numerusform>
            <numerusform>%Ln already in your library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="170"/>
        <source>Online zoeken mislukt: %1</source>
        <translation>Online search failed: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="229"/>
        <source>Ook zoeken in de officiële be&amp;kendmakingen</source>
        <translation>Also search the official publicatio&amp;ns</translation>
    </message>
    <message>
        <location filename="../../reader/gui/online_search.py" line="231"/>
        <source>Ook de officiële bekendmakingen doorzoeken, naast uw bibliotheek (Enter zoekt online)</source>
        <translation>Search the official publications too, beside your library (Enter searches online)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="48"/>
        <location filename="../../reader/gui/source_dialogs.py" line="64"/>
        <source>Bijwerken vanaf</source>
        <translation>Update from</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="51"/>
        <source>Alle beantwoorde Kamervragen die vanaf deze dag zijn gepubliceerd, worden opgehaald en in uw bibliotheek opgeslagen. Wat er al in staat, wordt overgeslagen.</source>
        <translation>Every answered set of Kamervragen published from this day on is fetched and stored in your library. What is already there is passed over.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="69"/>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="100"/>
        <location filename="../../reader/gui/source_dialogs.py" line="142"/>
        <source>Volglijst</source>
        <translation>Watch list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="105"/>
        <source>Open vragen die u volgt. Bij een controle wordt een nieuw antwoord opgehaald en in uw bibliotheek opgeslagen, en krijgt u een melding.</source>
        <translation>Open questions you follow. A check fetches a new answer, stores it in your library and tells you.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="115"/>
        <source>Zaaknummer, bijv. 2024Z12345</source>
        <translation>Zaak number, e.g. 2024Z12345</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="116"/>
        <source>Zaaknummer om te volgen</source>
        <translation>Zaak number to follow</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="118"/>
        <source>&amp;Volgen</source>
        <translation>&amp;Follow</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="121"/>
        <source>&amp;Deze vragen volgen</source>
        <translation>Follow &amp;these questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="123"/>
        <source>De vragen van het geopende document volgen</source>
        <translation>Follow the questions of the open document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="141"/>
        <source>Zaak</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="141"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="141"/>
        <source>Gecontroleerd</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="154"/>
        <source>U volgt nog geen vragen. Typ een zaaknummer, of open vragen en kies Deze vragen volgen.</source>
        <translation>You follow no questions yet. Type a zaak number, or open questions and choose Follow these questions.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="162"/>
        <source>&amp;Nu controleren</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="165"/>
        <source>Niet meer v&amp;olgen</source>
        <translation>&amp;Stop following</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="168"/>
        <source>Bij het &amp;starten controleren</source>
        <translation>Check at st&amp;art</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="171"/>
        <source>Bij elke start van het programma de officiële bronnen vragen of gevolgde vragen beantwoord zijn</source>
        <translation>Ask the official sources at every start whether followed questions were answered</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="204"/>
        <source>nog niet gecontroleerd</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="207"/>
        <source>%1 — nieuw</source>
        <translation>%1 — new</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_dialogs.py" line="290"/>
        <source>Dit document staat niet in uw bibliotheek; kies Nu controleren om het op te halen.</source>
        <translation>This document is not in your library; choose Check now to fetch it.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="49"/>
        <source>Ophalen staat uit (Bibliotheek › Offline werken). Er is niets opgehaald.</source>
        <translation>Fetching is switched off (Library › Work offline). Nothing was fetched.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="95"/>
        <source>Ophalen bij de officiële bronnen…</source>
        <translation>Fetching from the official sources…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="96"/>
        <source>Ophalen: %1 van %2</source>
        <translation>Fetching: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="124"/>
        <location filename="../../reader/gui/source_jobs.py" line="185"/>
        <source>Niet opgehaald: %1</source>
        <translation>Not fetched: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="129"/>
        <source>Ophalen mislukt.</source>
        <translation>Fetching failed.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="131"/>
        <source>Ophalen geannuleerd; wat al was opgeslagen, blijft bewaard.</source>
        <translation>Fetching cancelled; what was already stored is kept.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/source_jobs.py" line="134"/>
        <source>%n documenten opgehaald en opgeslagen</source>
        <translation>
            <numerusform>%n document fetched and stored</numerusform>
            <numerusform>%n documents fetched and stored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="136"/>
        <source>Staat al in de bibliotheek.</source>
        <translation>Already in the library.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="148"/>
        <source>Bijwerken: de lijst opvragen…</source>
        <translation>Updating: asking for the list…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="149"/>
        <source>Bijwerken: %1 van %2</source>
        <translation>Updating: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="163"/>
        <source>Bijwerken mislukt.</source>
        <translation>Update failed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/source_jobs.py" line="165"/>
        <source>%n nieuw</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/source_jobs.py" line="167"/>
        <source>%n aangevuld</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/source_jobs.py" line="169"/>
        <source>%n al in de bibliotheek</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="174"/>
        <source>Bijwerken onderbroken (%1); de volgende keer gaat het verder waar het bleef.</source>
        <translation>Update interrupted (%1); the next one goes on from where it stopped.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="177"/>
        <source>Bijgewerkt: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="199"/>
        <source>Volglijst controleren…</source>
        <translation>Checking the watch list…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="200"/>
        <source>Volglijst: %1 van %2</source>
        <translation>Watch list: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="217"/>
        <source>Volglijst niet gecontroleerd: %1</source>
        <translation>Watch list not checked: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/source_jobs.py" line="222"/>
        <source>Volglijst gecontroleerd: niets nieuws.</source>
        <translation>Watch list checked: nothing new.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="63"/>
        <source>Offline: er wordt niets opgehaald.</source>
        <translation>Offline: nothing is fetched.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="63"/>
        <source>Ophalen bij de officiële bronnen staat aan.</source>
        <translation>Fetching from the official sources is switched on.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="110"/>
        <location filename="../../reader/gui/sources_ui.py" line="138"/>
        <source>%1 ophalen…</source>
        <translation>Fetching %1…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="119"/>
        <source>Alle aangehaalde Kamervragen staan al in uw bibliotheek.</source>
        <translation>Every cited set of Kamervragen is already in your library.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="198"/>
        <source>De bibliotheek is niet open.</source>
        <translation>The library is not open.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="201"/>
        <source>&apos;%1&apos; is geen zaaknummer (zoals 2024Z12345) of document met vragen en een zaaknummer.</source>
        <translation>&apos;%1&apos; is not a zaak number (such as 2024Z12345) or a document with questions and a zaak number.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="204"/>
        <source>%1 wordt nu gevolgd.</source>
        <translation>%1 is followed now.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="204"/>
        <source>%1 werd al gevolgd.</source>
        <translation>%1 was followed already.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="215"/>
        <source>Dit document heeft geen zaaknummer; typ het zaaknummer in de volglijst.</source>
        <translation>This document has no zaak number; type the zaak number in the watch list.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="226"/>
        <source>%1 wordt niet meer gevolgd.</source>
        <translation>%1 is no longer followed.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="254"/>
        <source>Het bijwerken vanaf %1 is niet afgemaakt; Bibliotheek › Bijwerken gaat verder waar het stopte.</source>
        <translation>The update from %1 was not finished; Library › Update goes on where it stopped.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="291"/>
        <source>Kamervragen Reader — volglijst</source>
        <translation>Kamervragen Reader — watch list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="319"/>
        <source>Volglijst: %1</source>
        <translation>Watch list: %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="325"/>
        <source>uitgesteld</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="326"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="327"/>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="328"/>
        <source>onbekend bij de Tweede Kamer</source>
        <translation>unknown to the Tweede Kamer</translation>
    </message>
    <message>
        <location filename="../../reader/gui/sources_ui.py" line="329"/>
        <source>niet na te gaan</source>
        <translation>could not be checked</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="142"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="143"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="144"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="145"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="146"/>
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="147"/>
        <source>B&amp;ibliotheek</source>
        <translation>L&amp;ibrary</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="149"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="171"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="172"/>
        <source>Een PDF-, XML-, HTML- of tekstbestand openen en aan de bibliotheek toevoegen</source>
        <translation>Open a PDF, XML, HTML or text file and add it to the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="174"/>
        <source>Voorbeel&amp;ddocumenten toevoegen</source>
        <translation>Add &amp;sample documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="175"/>
        <source>De meegeleverde fictieve voorbeelden aan de bibliotheek toevoegen</source>
        <translation>Add the bundled fictional samples to the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="176"/>
        <location filename="../../reader/gui/actions.py" line="292"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="177"/>
        <source>Vragen en antwoorden naast elkaar afdrukken</source>
        <translation>Print the questions and answers side by side</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="178"/>
        <location filename="../../reader/gui/actions.py" line="294"/>
        <source>Afdruk&amp;voorbeeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="180"/>
        <source>Laten zien hoe de afdruk eruitziet</source>
        <translation>Show what the print will look like</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="181"/>
        <source>&amp;Exporteren als PDF…</source>
        <translation>&amp;Export as PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="183"/>
        <source>De naast elkaar gezette vragen en antwoorden als PDF bewaren</source>
        <translation>Save the aligned questions and answers as a PDF</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="184"/>
        <source>Af&amp;sluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="187"/>
        <source>&amp;Zoeken in document…</source>
        <translation>&amp;Find in document…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="188"/>
        <source>Tekst zoeken in het geopende document</source>
        <translation>Find text in the open document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="189"/>
        <source>V&amp;olgende zoeken</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="191"/>
        <source>Vo&amp;rige zoeken</source>
        <translation>Find pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="193"/>
        <source>Zoeken in &amp;bibliotheek</source>
        <translation>Search the &amp;library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="194"/>
        <source>Naar het zoekveld van de documentenlijst</source>
        <translation>To the search field of the document list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="195"/>
        <source>&amp;Sneltoetsen aanpassen…</source>
        <translation>&amp;Customise shortcuts…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="198"/>
        <source>&amp;Documentenlijst</source>
        <translation>&amp;Document list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="200"/>
        <source>De lijst met documenten tonen of verbergen</source>
        <translation>Show or hide the list of documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="201"/>
        <source>&amp;Voetnoten</source>
        <translation>&amp;Footnotes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="203"/>
        <source>De voetnoten en verwijzingen tonen of verbergen</source>
        <translation>Show or hide the footnotes and citations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="205"/>
        <source>&amp;Brontekst</source>
        <translation>&amp;Source text</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="207"/>
        <source>De gelezen tekst tonen, om te zien wat de lezer ervan maakte</source>
        <translation>Show the text as read, to see what the reader made of it</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="208"/>
        <source>&amp;Inzoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="209"/>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="210"/>
        <source>&amp;Normale grootte</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="211"/>
        <source>Volgend &amp;paneel</source>
        <translation>Next &amp;pane</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="212"/>
        <source>De focus naar de lijst, de vragen en antwoorden of de voetnoten</source>
        <translation>Move the focus to the list, the questions and answers, or the footnotes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="213"/>
        <source>Vorig p&amp;aneel</source>
        <translation>Previous p&amp;ane</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="214"/>
        <source>Aangehaald antwoord naast &amp;elkaar</source>
        <translation>Cited answer side &amp;by side</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="216"/>
        <source>Het aangehaalde document van de gekozen voetnoot in een tweede leesvenster naast dit document openen</source>
        <translation>Open the document cited by the chosen footnote in a second reading pane beside this one</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="218"/>
        <source>Naar het andere &amp;leesvenster</source>
        <translation>To the other &amp;reading pane</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="220"/>
        <source>De focus naar het andere van de twee leesvensters naast elkaar</source>
        <translation>Move the focus to the other of the two reading panes side by side</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="221"/>
        <source>Tweede leesvenster &amp;sluiten</source>
        <translation>&amp;Close the second reading pane</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="223"/>
        <source>&amp;Overzicht antwoordtijden</source>
        <translation>Answer &amp;times overview</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="225"/>
        <source>Grafieken: hoe lang ministeries over antwoorden doen, wat open of te laat is</source>
        <translation>Charts: how long ministries take to answer, what is open or overdue</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="226"/>
        <source>Zoals het &amp;systeem</source>
        <translation>Like the &amp;system</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="232"/>
        <source>&amp;Volgende vraag</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="233"/>
        <source>Naar de volgende vraag met haar antwoord</source>
        <translation>To the next question with its answer</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="235"/>
        <source>V&amp;orige vraag</source>
        <translation>&amp;Previous question</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="236"/>
        <source>Naar de vorige vraag met haar antwoord</source>
        <translation>To the previous question with its answer</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="238"/>
        <source>&amp;Eerste vraag</source>
        <translation>&amp;First question</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="240"/>
        <source>&amp;Laatste vraag</source>
        <translation>&amp;Last question</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="242"/>
        <source>&amp;Ga naar vraag…</source>
        <translation>&amp;Go to question…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="243"/>
        <source>Naar vraag N; of typ het nummer in het leesvenster</source>
        <translation>To question N; or type the number in the reading pane</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="245"/>
        <source>Pagina o&amp;mlaag</source>
        <translation>Page &amp;down</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="247"/>
        <source>Pagina om&amp;hoog</source>
        <translation>Page &amp;up</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="249"/>
        <source>Volge&amp;nd document</source>
        <translation>Ne&amp;xt document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="250"/>
        <source>Het volgende document in de lijst openen</source>
        <translation>Open the next document in the list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="251"/>
        <source>Vor&amp;ig document</source>
        <translation>Pre&amp;vious document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="252"/>
        <source>Het vorige document in de lijst openen</source>
        <translation>Open the previous document in the list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="253"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="255"/>
        <source>Terug naar het document en de vraag van voor de gevolgde verwijzing</source>
        <translation>Back to the document and question before the citation you followed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="256"/>
        <source>Voo&amp;ruit</source>
        <translation>Fo&amp;rward</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="258"/>
        <source>Verwij&amp;zing volgen</source>
        <translation>Follow &amp;citation</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="260"/>
        <source>De verwijzing van de gekozen voetnoot openen</source>
        <translation>Open the citation of the chosen footnote</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="262"/>
        <source>&amp;Zoeken in de officiële bekendmakingen</source>
        <translation>&amp;Search the official publications</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="263"/>
        <source>Naar het zoekveld, met de officiële bekendmakingen erbij (Enter zoekt online)</source>
        <translation>To the search field, with the official publications included (Enter searches online)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="265"/>
        <source>Alle ontbrekende &amp;ophalen</source>
        <translation>Fetch all &amp;missing</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="267"/>
        <source>Alle aangehaalde Kamervragen van dit document die niet in uw bibliotheek staan, ophalen bij de officiële bronnen</source>
        <translation>Fetch every set of Kamervragen this document cites that is not in your library from the official sources</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="269"/>
        <source>&amp;Bijwerken</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="270"/>
        <source>Alle beantwoorde Kamervragen ophalen die sinds de vorige keer zijn gepubliceerd</source>
        <translation>Fetch every answered set of Kamervragen published since the last time</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="272"/>
        <source>Bijwerken &amp;vanaf…</source>
        <translation>Update &amp;from…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="273"/>
        <source>Alle beantwoorde Kamervragen ophalen die sinds een gekozen dag zijn gepubliceerd</source>
        <translation>Fetch every answered set of Kamervragen published since a chosen day</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="275"/>
        <source>Vo&amp;lglijst…</source>
        <translation>&amp;Watch list…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="276"/>
        <source>De open vragen die u volgt, en of ze al beantwoord zijn</source>
        <translation>The open questions you follow, and whether they were answered</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="277"/>
        <source>Deze vragen vol&amp;gen</source>
        <translation>F&amp;ollow these questions</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="279"/>
        <source>De vragen van het geopende document op de volglijst zetten</source>
        <translation>Put the questions of the open document on the watch list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="280"/>
        <source>Volglijst &amp;controleren</source>
        <translation>&amp;Check the watch list</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="281"/>
        <source>De officiële bronnen vragen of gevolgde vragen beantwoord zijn</source>
        <translation>Ask the official sources whether followed questions were answered</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="282"/>
        <source>Volglijst bij het &amp;starten controleren</source>
        <translation>Check the watch list at st&amp;art</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="284"/>
        <source>O&amp;ffline werken</source>
        <translation>Wor&amp;k offline</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="286"/>
        <source>Niets ophalen bij de officiële bronnen</source>
        <translation>Fetch nothing from the official sources</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="288"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="289"/>
        <source>Alle sneltoetsen op een rij</source>
        <translation>All keyboard shortcuts at a glance</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="290"/>
        <source>&amp;Over Kamervragen Reader</source>
        <translation>&amp;About Kamervragen Reader</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="293"/>
        <source>Alle grafieken en tabellen van het overzicht afdrukken</source>
        <translation>Print all charts and tables of the overview</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="295"/>
        <source>Laten zien hoe de afdruk van het overzicht eruitziet</source>
        <translation>Show what the print of the overview looks like</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="296"/>
        <source>Exporteren als P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="298"/>
        <source>Alle grafieken en tabellen van het overzicht als PDF bewaren</source>
        <translation>Save all charts and tables of the overview as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="299"/>
        <source>Grafiek exporteren als P&amp;NG…</source>
        <translation>Export chart as P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="300"/>
        <source>De getoonde grafiek als afbeelding bewaren</source>
        <translation>Save the chart shown as an image</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="301"/>
        <source>Cijfers exporteren als &amp;CSV…</source>
        <translation>Export &amp;figures as CSV…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="303"/>
        <source>De cijfers van de getoonde grafiek als CSV voor een rekenblad bewaren</source>
        <translation>Save the figures of the chart shown as CSV for a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="304"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ColumnDivider</name>
    <message>
        <location filename="../../reader/gui/reading_pane.py" line="121"/>
        <source>Kolomscheiding</source>
        <translation>Column divider</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_pane.py" line="123"/>
        <source>Sleep om de vragen- en antwoordkolom breder of smaller te maken; dubbelklik voor gelijke breedte.</source>
        <translation>Drag to make the question and answer columns wider or narrower; double-click for equal widths.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_pane.py" line="125"/>
        <source>Sleep om de kolommen te verbreden of te versmallen; dubbelklik voor gelijke breedte</source>
        <translation>Drag to widen or narrow the columns; double-click for equal widths</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="285"/>
        <source>Afdrukvoorbeeld — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="289"/>
        <location filename="../../reader/printing/dialogs.py" line="322"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="307"/>
        <source>Afdrukken — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="340"/>
        <source>Exporteren als PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="343"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="359"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="85"/>
        <source>Afdrukvoorbeeld</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="85"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="85"/>
        <source>Exporteren als PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="92"/>
        <source>Wat afdrukken</source>
        <translation>What to print</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/printing/dialogs.py" line="94"/>
        <source>Alle vragen en antwoorden (%n paren)</source>
        <translation>
            <numerusform>All questions and answers (%n pair)</numerusform>
            <numerusform>All questions and answers (%n pairs)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="96"/>
        <source>Alleen het huidige paar</source>
        <translation>Only the current pair</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="98"/>
        <source>Alleen het huidige paar (%1)</source>
        <translation>Only the current pair (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="101"/>
        <source>&amp;Paren:</source>
        <translation>&amp;Pairs:</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="103"/>
        <source>bijvoorbeeld 1-3, 5</source>
        <translation>for example 1-3, 5</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="104"/>
        <source>Paren om af te drukken</source>
        <translation>Pairs to print</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="106"/>
        <source>Nummers van de rijen in de weergave, vanaf 1; reeksen met een streepje</source>
        <translation>Numbers of the rows in the view, from 1; ranges with a dash</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="128"/>
        <source>Vragen en antwoorden naast elkaar</source>
        <translation>Questions and answers side by side</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="129"/>
        <source>Alleen de vragen</source>
        <translation>Questions only</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="130"/>
        <source>Alleen de antwoorden</source>
        <translation>Answers only</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="132"/>
        <source>&amp;Kolommen:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="135"/>
        <source>&amp;Voetnoten afdrukken, met de bronnen en hun links</source>
        <translation>Print the &amp;footnotes, with their sources and links</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="138"/>
        <source>Paren altijd &amp;heel houden (kost meer papier)</source>
        <translation>Always keep pairs &amp;whole (uses more paper)</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="139"/>
        <source>Een paar dat op een pagina past, begint dan altijd op een nieuwe pagina</source>
        <translation>A pair that fits on a page then always starts on a new page</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="146"/>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="152"/>
        <source>&amp;Formaat:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="156"/>
        <source>&amp;Staand</source>
        <translation>Po&amp;rtrait</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="157"/>
        <source>&amp;Liggend</source>
        <translation>&amp;Landscape</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="162"/>
        <source>Richting:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="166"/>
        <source>Boven</source>
        <translation>Top</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="167"/>
        <source>Onder</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="168"/>
        <source>Links</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="169"/>
        <source>Rechts</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="176"/>
        <source>Marge %1</source>
        <translation>Margin %1</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="182"/>
        <source>Marges:</source>
        <translation>Margins:</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="193"/>
        <source>&amp;Voorbeeld…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="193"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="193"/>
        <source>&amp;Opslaan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../reader/printing/dialogs.py" line="195"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <location filename="../../reader/printing/pages.py" line="74"/>
        <source>het apparaat kon niet beginnen</source>
        <translation>the device could not start</translation>
    </message>
    <message>
        <location filename="../../reader/printing/pages.py" line="94"/>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../reader/printing/pages.py" line="119"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../reader/printing/pages.py" line="126"/>
        <source>Afdrukken — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <location filename="../../reader/printing/pages.py" line="147"/>
        <source>Afdrukvoorbeeld — %1</source>
        <translation>Print preview — %1</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../reader/gui/reading_pane.py" line="230"/>
        <source>Vragen en antwoorden</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_pane.py" line="232"/>
        <source>Vragen links, antwoorden rechts; elk antwoord staat naast de vraag die het beantwoordt.</source>
        <translation>Questions on the left, answers on the right; every answer stands beside the question it answers.</translation>
    </message>
</context>
</TS>
