<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../reader/gui/document_model.py" line="125"/>
        <source>Beantwoord na %n dagen</source>
        <translation>
            <numerusform>Beantwoord na %n dag</numerusform>
            <numerusform>Beantwoord na %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/document_model.py" line="136"/>
        <source>Open, termijn verstreken: %n dagen te laat</source>
        <translation>
            <numerusform>Open, termijn verstreken: %n dag te laat</numerusform>
            <numerusform>Open, termijn verstreken: %n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/document_model.py" line="138"/>
        <source>Open sinds %n dagen</source>
        <translation>
            <numerusform>Open sinds %n dag</numerusform>
            <numerusform>Open sinds %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/document_model.py" line="379"/>
        <location filename="../../reader/gui/navigation.py" line="217"/>
        <source>%n vragen</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="194"/>
        <source>%n toegevoegd</source>
        <translation>
            <numerusform>%n toegevoegd</numerusform>
            <numerusform>%n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="195"/>
        <source>%n bijgewerkt</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="196"/>
        <source>%n ongewijzigd</source>
        <translation>
            <numerusform>%n ongewijzigd</numerusform>
            <numerusform>%n ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="197"/>
        <location filename="../../reader/gui/source_jobs.py" line="172"/>
        <source>%n mislukt</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="200"/>
        <source>%n documenten: %1</source>
        <translation>
            <numerusform>%n document: %1</numerusform>
            <numerusform>%n documenten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="220"/>
        <source>%n bestanden konden niet worden gelezen.</source>
        <translation>
            <numerusform>Eén bestand kon niet worden gelezen.</numerusform>
            <numerusform>%n bestanden konden niet worden gelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/imports.py" line="224"/>
        <source>en nog %n andere</source>
        <translation>
            <numerusform>en nog %n andere</numerusform>
            <numerusform>en nog %n andere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/library_panel.py" line="431"/>
        <source>%Ln gevonden</source>
        <translation>
            <numerusform>%Ln gevonden</numerusform>
            <numerusform>%Ln gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/library_panel.py" line="431"/>
        <source>%Ln documenten</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/online_search.py" line="151"/>
        <source>%Ln resultaten</source>
        <translation>
            <numerusform>%Ln resultaat</numerusform>
            <numerusform>%Ln resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/online_search.py" line="155"/>
        <source>%Ln al in uw bibliotheek</source>
        <translation>
            <numerusform>%Ln al in uw bibliotheek</numerusform>
            <numerusform>%Ln al in uw bibliotheek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/source_jobs.py" line="134"/>
        <source>%n documenten opgehaald en opgeslagen</source>
        <translation>
            <numerusform>%n document opgehaald en opgeslagen</numerusform>
            <numerusform>%n documenten opgehaald en opgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/source_jobs.py" line="165"/>
        <source>%n nieuw</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/source_jobs.py" line="167"/>
        <source>%n aangevuld</source>
        <translation>
            <numerusform>%n aangevuld</numerusform>
            <numerusform>%n aangevuld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/source_jobs.py" line="169"/>
        <source>%n al in de bibliotheek</source>
        <translation>
            <numerusform>%n al in de bibliotheek</numerusform>
            <numerusform>%n al in de bibliotheek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message numerus="yes">
        <location filename="../../reader/printing/dialogs.py" line="94"/>
        <source>Alle vragen en antwoorden (%n paren)</source>
        <translation>
            <numerusform>Alle vragen en antwoorden (%n paar)</numerusform>
            <numerusform>Alle vragen en antwoorden (%n paren)</numerusform>
        </translation>
    </message>
</context>
</TS>
