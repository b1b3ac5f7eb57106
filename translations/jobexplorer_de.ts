<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>jobexplorer::BatchExport</name>
    <message>
        <source>--export-chart needs KIND=FILE, e.g. skills=skills.png; got &quot;%1&quot;.</source>
        <translation>--export-chart erwartet KIND=FILE, z. B. skills=skills.png; angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown chart kind &quot;%1&quot;: choose one of %2.</source>
        <translation>Unbekannte Diagrammart &quot;%1&quot;: Wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>Das Diagramm kann nicht nach %1 exportiert werden: Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>--chart-size must be WIDTHxHEIGHT in pixels, 100 to 20000 each (e.g. 1600x1000); got &quot;%1&quot;.</source>
        <translation>--chart-size muss BREITExHÖHE in Pixeln sein, jeweils 100 bis 20000 (z. B. 1600x1000); angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Der Filter ist ungültig: %1</translation>
    </message>
    <message>
        <source>%1 of %2 match %3</source>
        <translation>%1 von %2 passen zu: %3</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot export a report to %1: the file name must end in .pdf, .odt or .html.</source>
        <translation>Der Bericht kann nicht nach %1 exportiert werden: Der Dateiname muss auf .pdf, .odt oder .html enden.</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter; got &quot;%1&quot;.</source>
        <translation>--page-size muss A4 oder Letter sein; angegeben war „%1“.</translation>
    </message>
    <message>
        <source>The skill gap needs a client: give --client FILE.json or --client-skills &quot;Python,Docker&quot;.</source>
        <translation>Die Skill-Lücke braucht einen Klienten: Geben Sie --client DATEI.json oder --client-skills &quot;Python,Docker&quot; an.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the client: it holds %2 clients; --client takes a file of one.</source>
        <translation>%1 kann nicht als Klient verwendet werden: Die Datei enthält %2 Klienten; --client erwartet eine Datei mit einem.</translation>
    </message>
    <message>
        <source>--client-skills: %1</source>
        <translation>--client-skills: %1</translation>
    </message>
    <message>
        <source>Skills of the client this database does not know (left out): %1</source>
        <translation>Skills des Klienten, die diese Datenbank nicht kennt (nicht berücksichtigt): %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::BundledDataset</name>
    <message>
        <source>The bundled dataset %1 is missing from the program.</source>
        <translation>Der mitgelieferte Datensatz %1 fehlt im Programm.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the bundled database.</source>
        <translation>Der Ordner %1 für die mitgelieferte Datenbank kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartBuilder</name>
    <message>
        <source>Postings with a salary</source>
        <translation>Stellenanzeigen mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>Matching postings</source>
        <translation>Passende Stellenanzeigen</translation>
    </message>
    <message>
        <source>Share of postings with a salary</source>
        <translation>Anteil der Stellenanzeigen mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>Share of matching postings</source>
        <translation>Anteil der passenden Stellenanzeigen</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <source>PDF document (A4)</source>
        <translation>PDF-Dokument (A4)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>The picture carries a caption: the dataset, the filter in words, the number of postings and today&apos;s date.</source>
        <translation>Das Bild erhält eine Bildunterschrift: den Datensatz, den Filter in Worten, die Zahl der Stellenanzeigen und das heutige Datum.</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>diagramm.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)</source>
        <translation>PNG-Bilder (*.png);;SVG-Grafiken (*.svg);;PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagramm</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartExporter</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · Job Market Explorer</source>
        <translation>%1 · %2 · Job Market Explorer</translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>Das Diagramm kann nicht nach %1 exportiert werden: Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>Cannot export a chart of %1×%2 pixels: choose between 100 and 20000 pixels a side.</source>
        <translation>Ein Diagramm mit %1×%2 Pixeln kann nicht exportiert werden: Wählen Sie 100 bis 20000 Pixel je Seite.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartModel</name>
    <message>
        <source>Skill demand</source>
        <translation>Skill-Nachfrage</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Top locations</source>
        <translation>Häufigste Standorte</translation>
    </message>
    <message>
        <source>Annual salary</source>
        <translation>Jahresgehalt</translation>
    </message>
    <message>
        <source>Report (all %1)</source>
        <translation>Bericht (alle %1)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · no matching postings</source>
        <translation>%1 · keine passenden Stellenanzeigen</translation>
    </message>
    <message>
        <source>%1 · none of %2 states a salary</source>
        <translation>%1 · keine von %2 nennt ein Gehalt</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 of %4 state one</source>
        <translation>%1 (%2) · %3 von %4 mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Annual salary (%1)</source>
        <translation>Jahresgehalt (%1)</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Share of postings with a salary</source>
        <translation>Anteil der Stellenanzeigen mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>Share of matching postings</source>
        <translation>Anteil der passenden Stellenanzeigen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Published share</source>
        <translation>Anteil laut Bericht</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln in other currencies left out</source>
        <translation>
            <numerusform> · %Ln in anderer Währung nicht berücksichtigt</numerusform>
            <numerusform> · %Ln in anderen Währungen nicht berücksichtigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartWidget</name>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>Werte: %1</translation>
    </message>
    <message>
        <source>%1: %2 postings (%3)</source>
        <translation>%1: %2 Stellenanzeigen (%3)</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartsPanel</name>
    <message>
        <source>Show as &amp;Table</source>
        <translation>Als &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Compare with the &amp;Report</source>
        <translation>Mit dem &amp;Bericht vergleichen</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Dia&amp;gramm exportieren…</translation>
    </message>
    <message>
        <source>Export Chart &amp;Numbers as CSV…</source>
        <translation>Diagramm&amp;werte als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Next Chart</source>
        <translation>&amp;Nächstes Diagramm</translation>
    </message>
    <message>
        <source>&amp;Previous Chart</source>
        <translation>&amp;Vorheriges Diagramm</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Berufsfelder</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Die Werte des Diagramms als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show the share the market report publishes for each skill beside the computed one</source>
        <translation>Neben dem berechneten Anteil jedes Skills auch den im Marktbericht veröffentlichten anzeigen</translation>
    </message>
    <message>
        <source>Copy the chart with its caption as a picture</source>
        <translation>Das Diagramm mit Bildunterschrift als Bild kopieren</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF with its caption</source>
        <translation>Das Diagramm mit Bildunterschrift als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Export the chart&apos;s numbers as CSV</source>
        <translation>Die Werte des Diagramms als CSV exportieren</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Export, copy or compare this chart</source>
        <translation>Dieses Diagramm exportieren, kopieren oder vergleichen</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Gehaltsbänder</translation>
    </message>
    <message>
        <source>Salary bands: each posting&apos;s range against the published band for its level</source>
        <translation>Gehaltsbänder: die Gehaltsspanne jeder Stellenanzeige im Vergleich zum veröffentlichten Gehaltsband ihrer Karrierestufe</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Name the C&amp;lient in the Gap Chart&apos;s Caption</source>
        <translation>K&amp;lienten in der Beschriftung des Lücken-Diagramms nennen</translation>
    </message>
    <message>
        <source>Skill gap: the skills the matching postings ask for, held, being learnt or lacking by the chosen client</source>
        <translation>Skill-Lücke: die Skills, die die passenden Stellenanzeigen verlangen – vom gewählten Klienten beherrscht, in Ausbildung oder fehlend</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Client</name>
    <message>
        <source>learning</source>
        <translation>lernt</translation>
    </message>
    <message>
        <source>has</source>
        <translation>beherrscht</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>unknown skill “%1”: the database&apos;s taxonomy has no skill or alias of that name.</source>
        <translation>unbekannter Skill „%1“: Die Taxonomie der Datenbank hat keinen Skill und keinen Alias dieses Namens.</translation>
    </message>
    <message>
        <source>no skills are given.</source>
        <translation>Es sind keine Skills angegeben.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientFile</name>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>Die Datei ist kein JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>it is not a client file (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Die Datei ist keine Klientendatei (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive number.</source>
        <translation>Die &quot;version&quot; fehlt oder ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>it is version %1 of the format; this program reads up to version %2.</source>
        <translation>Die Datei hat Formatversion %1; dieses Programm liest bis Version %2.</translation>
    </message>
    <message>
        <source>it has no &quot;clients&quot; list.</source>
        <translation>Die Datei hat keine &quot;clients&quot;-Liste.</translation>
    </message>
    <message>
        <source>client %1 has no name.</source>
        <translation>Klient %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>skill %1 of client “%2” has no name.</source>
        <translation>Skill %1 des Klienten „%2“ hat keinen Namen.</translation>
    </message>
    <message>
        <source>skill “%1” of client “%2” has the unknown level “%3” (accepted: learning, has, strong).</source>
        <translation>Skill „%1“ des Klienten „%2“ hat die unbekannte Stufe „%3“ (zulässig: learning, has, strong).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read clients from %1: %2</source>
        <translation>Klienten aus %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>it is too large to be a client file.</source>
        <translation>Die Datei ist zu groß für eine Klientendatei.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Kein Klient</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>Einen Klienten anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen client from this computer</source>
        <translation>Den gewählten Klienten von diesem Computer löschen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Import or export clients</source>
        <translation>Klienten importieren oder exportieren</translation>
    </message>
    <message>
        <source>&amp;Import Clients…</source>
        <translation>Klienten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Client…</source>
        <translation>Klienten &amp;exportieren…</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>A name, a pseudonym or initials</source>
        <translation>Ein Name, ein Pseudonym oder Initialen</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>The market aimed at, as a filter: mode:remote seniority:mid</source>
        <translation>Der angestrebte Markt als Filter: mode:remote seniority:mid</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Use the target as the filter</source>
        <translation>Das Ziel als Filter verwenden</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Skills (names or aliases, e.g. k8s):</source>
        <translation>&amp;Skills (Namen oder Aliasse, z.&#xa0;B. k8s):</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Einen Skill eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>The level of a skill added, or of the selected skills</source>
        <translation>Die Stufe eines hinzugefügten Skills oder der ausgewählten Skills</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>From a &amp;Résumé…</source>
        <translation>Aus einem &amp;Lebenslauf…</translation>
    </message>
    <message>
        <source>The client&apos;s skills</source>
        <translation>Die Skills des Klienten</translation>
    </message>
    <message>
        <source>Count skills being &amp;learnt as held</source>
        <translation>Skills in Aus&amp;bildung als beherrscht zählen</translation>
    </message>
    <message>
        <source>A posting &amp;fits from:</source>
        <translation>Eine Stellenanzeige &amp;passt ab:</translation>
    </message>
    <message>
        <source>The fit of a posting is the share of its skills the client has, a required skill counting 1 and a preferred one 0.5</source>
        <translation>Die Passung einer Stellenanzeige ist der Anteil ihrer Skills, die der Klient beherrscht; ein geforderter Skill zählt 1, ein gewünschter 0,5</translation>
    </message>
    <message>
        <source>&amp;What to learn next:</source>
        <translation>&amp;Was als Nächstes lernen:</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Choose or create a client to see which matching postings they fit and what to learn next.</source>
        <translation>Wählen oder legen Sie einen Klienten an, um zu sehen, zu welchen passenden Stellenanzeigen er passt und was er als Nächstes lernen sollte.</translation>
    </message>
    <message>
        <source>Fits &lt;b&gt;%1 of %2&lt;/b&gt; matching postings now (fit of at least %3%).</source>
        <translation>Passt jetzt zu &lt;b&gt;%1 von %2&lt;/b&gt; passenden Stellenanzeigen (Passung ab %3&#xa0;%).</translation>
    </message>
    <message>
        <source>Skills the postings ask for that the client does not hold yet: %1.</source>
        <translation>Skills, die die Stellenanzeigen verlangen und der Klient noch nicht beherrscht: %1.</translation>
    </message>
    <message>
        <source>Not in this database: %1.</source>
        <translation>Nicht in dieser Datenbank: %1.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Klient löschen</translation>
    </message>
    <message>
        <source>Delete “%1” and their skills and notes from this computer?</source>
        <translation>„%1“ mit Skills und Notizen von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Import Clients</source>
        <translation>Klienten importieren</translation>
    </message>
    <message>
        <source>Client files (*.json);;All files (*)</source>
        <translation>Klientendateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Client</source>
        <translation>Klient exportieren</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>Klientendateien (*.json)</translation>
    </message>
    <message>
        <source>The client&apos;s target is not a valid filter: %1</source>
        <translation>Das Ziel des Klienten ist kein gültiger Filter: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientReportSection</name>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>Für den Klienten</translation>
    </message>
    <message>
        <source>Fits now</source>
        <translation>Passt jetzt</translation>
    </message>
    <message>
        <source>%1 of %2 matching postings, at a fit of %3 or more</source>
        <translation>%1 von %2 gefundenen Stellenanzeigen, bei einer Passung ab %3</translation>
    </message>
    <message>
        <source>Skills held and missing</source>
        <translation>Vorhandene und fehlende Skills</translation>
    </message>
    <message>
        <source>The %1 skills the matching postings ask for most, of %2.</source>
        <translation>Die %1 am häufigsten verlangten der %2 Skills, die die gefundenen Stellenanzeigen nennen.</translation>
    </message>
    <message>
        <source>Postings the client fits now</source>
        <translation>Stellenanzeigen, zu denen der Klient jetzt passt</translation>
    </message>
    <message>
        <source>None of the matching postings reaches the fit yet; the learning path shows which skills would change that.</source>
        <translation>Noch keine der gefundenen Stellenanzeigen erreicht die Passung; der Lernpfad zeigt, welche Skills das ändern würden.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>The %1 that fit best, of %2 that fit.</source>
        <translation>Die %1 am besten passenden von %2 passenden.</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>No skill the client lacks would make another matching posting fit.</source>
        <translation>Kein fehlender Skill des Klienten würde eine weitere gefundene Stellenanzeige passend machen.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a fit as a percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientSkillModel</name>
    <message>
        <source>not in this database</source>
        <translation>nicht in dieser Datenbank</translation>
    </message>
    <message>
        <source>The open database&apos;s taxonomy does not know “%1”: it is kept, and counts where a database knows it.</source>
        <translation>Die Taxonomie der geöffneten Datenbank kennt „%1“ nicht: Der Skill bleibt erhalten und zählt, wo eine Datenbank ihn kennt.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientStore</name>
    <message>
        <source>Cannot create the folder %1 for the clients.</source>
        <translation>Der Ordner %1 für die Klienten kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CohortFile</name>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>Die Datei ist kein JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>it is not a cohort file (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Die Datei ist keine Kohortendatei (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive number.</source>
        <translation>Die &quot;version&quot; fehlt oder ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>it is version %1 of the format; this program reads up to version %2.</source>
        <translation>Die Datei hat Formatversion %1; dieses Programm liest bis Version %2.</translation>
    </message>
    <message>
        <source>it has no &quot;cohorts&quot; list.</source>
        <translation>Die Datei hat keine &quot;cohorts&quot;-Liste.</translation>
    </message>
    <message>
        <source>cohort %1 has no name.</source>
        <translation>Kohorte %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>cohort %1 (“%2”) has no filter.</source>
        <translation>Kohorte %1 („%2“) hat keinen Filter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot read cohorts from %1: %2</source>
        <translation>Kohorten aus %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is too large to be a cohort file.</source>
        <translation>Die Datei ist zu groß für eine Kohortendatei.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CohortList</name>
    <message>
        <source>A cohort needs a name.</source>
        <translation>Eine Kohorte braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a cohort named “%1”.</source>
        <translation>Es gibt bereits eine Kohorte namens „%1“.</translation>
    </message>
    <message>
        <source>No database is open to check the filter against.</source>
        <translation>Es ist keine Datenbank geöffnet, an der der Filter geprüft werden kann.</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Der Filter ist ungültig: %1</translation>
    </message>
    <message>
        <source>There is no such cohort.</source>
        <translation>Diese Kohorte gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CompareCommand</name>
    <message>
        <source>“%1” is not a cohort: write NAME=FILTER, e.g. &quot;Senior=seniority:senior&quot;.</source>
        <translation>„%1“ ist keine Kohorte: Schreiben Sie NAME=FILTER, z. B. &quot;Senior=seniority:senior&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a cohort: the name before “=” is empty.</source>
        <translation>„%1“ ist keine Kohorte: Der Name vor „=“ ist leer.</translation>
    </message>
    <message>
        <source>The dataset publishes no %1 band for “%2” (write a level such as senior or staff, optionally with :base or :total).</source>
        <translation>Der Datensatz veröffentlicht kein Gehaltsband (%1) für „%2“ (geben Sie eine Stufe wie senior oder staff an, wahlweise mit :base oder :total).</translation>
    </message>
    <message>
        <source>%1: published band %2</source>
        <translation>%1: veröffentlichtes Gehaltsband %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 with a salary</source>
        <translation>%1: %2, %3 mit Gehaltsangabe</translation>
    </message>
    <message>
        <source> in %1; midpoint %2, range %3</source>
        <translation> in %1; Spannenmitte %2, Gehaltsspanne %3</translation>
    </message>
    <message>
        <source> in %1; median %2, quartiles %3, midpoints %4, ranges %5</source>
        <translation> in %1; Median %2, Quartile %3, Spannenmitten %4, Gehaltsspannen %5</translation>
    </message>
    <message>
        <source> (left out: %1)</source>
        <translation> (nicht berücksichtigt: %1)</translation>
    </message>
    <message>
        <source>--filter does not combine with --compare: put the filter into each cohort.</source>
        <translation>--filter lässt sich nicht mit --compare kombinieren: Nehmen Sie den Filter in jede Kohorte auf.</translation>
    </message>
    <message>
        <source>--export-json does not combine with --compare: the comparison is exported as CSV.</source>
        <translation>--export-json lässt sich nicht mit --compare kombinieren: Der Vergleich wird als CSV exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Compare %1 to %2 cohorts (--compare and --compare-band); %n given.</source>
        <translation>
            <numerusform>Vergleichen Sie %1 bis %2 Kohorten (--compare und --compare-band); angegeben wurde %n.</numerusform>
            <numerusform>Vergleichen Sie %1 bis %2 Kohorten (--compare und --compare-band); angegeben wurden %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two cohorts are named “%1”; give each its own name.</source>
        <translation>Zwei Kohorten heißen „%1“; geben Sie jeder einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CompareView</name>
    <message>
        <source>Export Comparison C&amp;hart…</source>
        <translation>&amp;Vergleichsdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Export Comparison as CS&amp;V…</source>
        <translation>Vergleich als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saved cohorts</source>
        <translation>Gespeicherte Kohorten</translation>
    </message>
    <message>
        <source>Select two to six cohorts to compare (all, up to six, when none is selected). F2 renames; double-click applies a cohort&apos;s filter.</source>
        <translation>Wählen Sie zwei bis sechs Kohorten zum Vergleich aus (ohne Auswahl werden alle verglichen, höchstens sechs). F2 benennt um; ein Doppelklick wendet den Filter einer Kohorte an.</translation>
    </message>
    <message>
        <source>Published salary bands</source>
        <translation>Veröffentlichte Gehaltsbänder</translation>
    </message>
    <message>
        <source>Tick a band the report published to compare it as a cohort of its own</source>
        <translation>Haken Sie ein im Bericht veröffentlichtes Gehaltsband an, um es als eigene Kohorte zu vergleichen</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Vergleichsdiagramm</translation>
    </message>
    <message>
        <source>Comparison numbers</source>
        <translation>Vergleichswerte</translation>
    </message>
    <message>
        <source>&amp;Save Filter as Cohort…</source>
        <translation>Filter als Kohorte &amp;speichern…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Show the selected cohort&apos;s postings: make its filter the current one</source>
        <translation>Die Stellenanzeigen der ausgewählten Kohorte anzeigen: ihren Filter zum aktuellen machen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected cohort&apos;s filter expression</source>
        <translation>Den Filterausdruck der ausgewählten Kohorte bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <source>Import or export cohorts as a file</source>
        <translation>Kohorten als Datei importieren oder exportieren</translation>
    </message>
    <message>
        <source>Import Cohorts…</source>
        <translation>Kohorten importieren…</translation>
    </message>
    <message>
        <source>Export Cohorts…</source>
        <translation>Kohorten exportieren…</translation>
    </message>
    <message>
        <source>Published bands:</source>
        <translation>Veröffentlichte Gehaltsbänder:</translation>
    </message>
    <message>
        <source>Save Filter as Cohort</source>
        <translation>Filter als Kohorte speichern</translation>
    </message>
    <message>
        <source>Name of the cohort for “%1”:</source>
        <translation>Name der Kohorte für „%1“:</translation>
    </message>
    <message>
        <source>The filter of “%1” is not valid here: %2</source>
        <translation>Der Filter von „%1“ ist hier ungültig: %2</translation>
    </message>
    <message>
        <source>Edit Cohort</source>
        <translation>Kohorte bearbeiten</translation>
    </message>
    <message>
        <source>Filter of “%1”:</source>
        <translation>Filter von „%1“:</translation>
    </message>
    <message>
        <source>Import Cohorts</source>
        <translation>Kohorten importieren</translation>
    </message>
    <message>
        <source>Cohort files (*.json);;All files (*)</source>
        <translation>Kohortendateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 cohorts from %2 (%3 already there, %4 renamed, %5 refused).</source>
        <translation>%1 Kohorten aus %2 importiert (%3 bereits vorhanden, %4 umbenannt, %5 abgelehnt).</translation>
    </message>
    <message>
        <source>Some cohorts of %1 were not imported:
%2</source>
        <translation>Einige Kohorten aus %1 wurden nicht importiert:
%2</translation>
    </message>
    <message>
        <source>Export Cohorts</source>
        <translation>Kohorten exportieren</translation>
    </message>
    <message>
        <source>cohorts.json</source>
        <translation>kohorten.json</translation>
    </message>
    <message>
        <source>Exported %1 cohorts to %2.</source>
        <translation>%1 Kohorten nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Open a database to compare cohorts.</source>
        <translation>Öffnen Sie eine Datenbank, um Kohorten zu vergleichen.</translation>
    </message>
    <message>
        <source>Save the current filter as a cohort (twice, with different filters) or tick a published band: two to six are compared side by side.</source>
        <translation>Speichern Sie den aktuellen Filter als Kohorte (zweimal, mit verschiedenen Filtern) oder haken Sie ein veröffentlichtes Gehaltsband an: Zwei bis sechs werden nebeneinander verglichen.</translation>
    </message>
    <message>
        <source>Choose at most %1 cohorts and bands together.</source>
        <translation>Wählen Sie insgesamt höchstens %1 Kohorten und Gehaltsbänder.</translation>
    </message>
    <message>
        <source>Annual salary by cohort</source>
        <translation>Jahresgehalt nach Kohorte</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Comparison</name>
    <message>
        <source>All levels</source>
        <translation>Alle Karrierestufen</translation>
    </message>
    <message>
        <source>total comp</source>
        <translation>Gesamtvergütung</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>%1 %2, report</source>
        <translation>%1, %2 laut Bericht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The filter of cohort “%1” is not valid: %2</source>
        <translation>Der Filter der Kohorte „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Alle Stellenanzeigen</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ComparisonChart</name>
    <message>
        <source>Annual salary by cohort</source>
        <translation>Jahresgehalt nach Kohorte</translation>
    </message>
    <message>
        <source>Choose two to six cohorts to compare.</source>
        <translation>Wählen Sie zwei bis sechs Kohorten zum Vergleich aus.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1: %2
%3 postings, %4 with a salary
median %5, middle half %6</source>
        <translation>%1: %2
%3 Stellenanzeigen, %4 mit Gehaltsangabe
Median %5, mittlere Hälfte %6</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>nicht berücksichtigt: %1</translation>
    </message>
    <message>
        <source>annual, %1 · (postings with a salary of those matching)</source>
        <translation>jährlich, %1 · (Stellenanzeigen mit Gehaltsangabe von den passenden)</translation>
    </message>
    <message>
        <source>Box: middle half of midpoints, line: median; whiskers: lowest to highest midpoint; dashes: lowest minimum to highest maximum</source>
        <translation>Box: mittlere Hälfte der Spannenmitten, Linie: Median; Whisker: kleinste bis größte Spannenmitte; Striche: niedrigstes Minimum bis höchstes Maximum</translation>
    </message>
    <message>
        <source>Published band</source>
        <translation>Veröffentlichtes Gehaltsband</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · Job Market Explorer</source>
        <translation>%1 · Job Market Explorer</translation>
    </message>
    <message>
        <source>%1: %2
%3 postings, none states a salary</source>
        <translation>%1: %2
%3 Stellenanzeigen, keine nennt ein Gehalt</translation>
    </message>
    <message>
        <source>annual · no posting of these cohorts states a salary</source>
        <translation>jährlich · keine Stellenanzeige dieser Kohorten nennt ein Gehalt</translation>
    </message>
    <message>
        <source>%1: %2
%3 postings, one with a salary: %4, midpoint %5 (one posting, not a distribution)</source>
        <translation>%1: %2
%3 Stellenanzeigen, eine mit Gehalt: %4, Spannenmitte %5 (eine Stellenanzeige, keine Verteilung)</translation>
    </message>
    <message>
        <source>Bar: one posting&apos;s range, tick: its midpoint</source>
        <translation>Balken: Gehaltsspanne einer Stellenanzeige, Strich: ihre Spannenmitte</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ComparisonModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (more than in %2)</source>
        <translation>%1 (mehr als in %2)</translation>
    </message>
    <message>
        <source>Published band</source>
        <translation>Veröffentlichtes Gehaltsband</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Nicht berücksichtigt: %1</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>With salary</source>
        <translation>Mit Gehalt</translation>
    </message>
    <message>
        <source>Without salary</source>
        <translation>Ohne Gehalt</translation>
    </message>
    <message>
        <source>Other currency</source>
        <translation>Andere Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Lowest minimum</source>
        <translation>Niedrigstes Minimum</translation>
    </message>
    <message>
        <source>Minimum midpoint</source>
        <translation>Kleinste Spannenmitte</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Erstes Quartil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Drittes Quartil</translation>
    </message>
    <message>
        <source>Maximum midpoint</source>
        <translation>Größte Spannenmitte</translation>
    </message>
    <message>
        <source>Highest maximum</source>
        <translation>Höchstes Maximum</translation>
    </message>
    <message>
        <source>Top skills</source>
        <translation>Häufigste Skills</translation>
    </message>
    <message>
        <source>Much more common</source>
        <translation>Deutlich häufiger</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetJsonWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetReader</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; muss Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number or null</source>
        <translation>&quot;%1&quot; muss eine Zahl oder null sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the unknown value &quot;%2&quot; (accepted: %3)</source>
        <translation>&quot;%1&quot; hat den unbekannten Wert &quot;%2&quot; (zulässig: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 %2 must be an object</source>
        <translation>%1 %2 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a posting needs a title</source>
        <translation>Eine Stellenanzeige braucht einen Titel</translation>
    </message>
    <message>
        <source>experience minimum is above its maximum</source>
        <translation>Das Minimum der Berufserfahrung liegt über ihrem Maximum</translation>
    </message>
    <message>
        <source>salary minimum is above its maximum</source>
        <translation>Das Gehaltsminimum liegt über dem Maximum</translation>
    </message>
    <message>
        <source>a salary needs a currency</source>
        <translation>Ein Gehalt braucht eine Währung</translation>
    </message>
    <message>
        <source>&quot;posted_date&quot; must be a date like 2025-12-01</source>
        <translation>&quot;posted_date&quot; muss ein Datum wie 2025-12-01 sein</translation>
    </message>
    <message>
        <source>skill %1 has no name</source>
        <translation>Skill %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;pay_type&quot; must be base or total</source>
        <translation>&quot;pay_type&quot; muss base oder total sein</translation>
    </message>
    <message>
        <source>a salary band needs its text as published</source>
        <translation>Ein Gehaltsband braucht seinen Text wie veröffentlicht</translation>
    </message>
    <message>
        <source>%1 needs a table and a label</source>
        <translation>%1 braucht eine Tabelle und eine Beschriftung</translation>
    </message>
    <message>
        <source>a skill frequency</source>
        <translation>Eine Skill-Häufigkeit</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>Eine Kennzahl</translation>
    </message>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation>Der Datensatz %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>Ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>Die Datei enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it is not a Job Market Explorer dataset (no &quot;format&quot;: &quot;jobexplorer-dataset&quot;)</source>
        <translation>Die Datei ist kein Datensatz von Job Market Explorer (kein &quot;format&quot;: &quot;jobexplorer-dataset&quot;)</translation>
    </message>
    <message>
        <source>it was written in format version %1; this version reads up to %2</source>
        <translation>Die Datei wurde in Formatversion %1 geschrieben; diese Version liest bis %2</translation>
    </message>
    <message>
        <source>a skill category needs a key and a name</source>
        <translation>Eine Skill-Kategorie braucht einen Schlüssel und einen Namen</translation>
    </message>
    <message>
        <source>a skill needs a name</source>
        <translation>Ein Skill braucht einen Namen</translation>
    </message>
    <message>
        <source>the aliases of %1 must be text</source>
        <translation>Die Aliasse von %1 müssen Text sein</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be a whole number from 1; got %1</source>
        <translation>„format_version“ muss eine ganze Zahl ab 1 sein; gefunden: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetWriter</name>
    <message>
        <source>posting %1 (%2)</source>
        <translation>Stellenanzeige %1 (%2)</translation>
    </message>
    <message>
        <source>the skill category &quot;%1&quot; is defined twice</source>
        <translation>Die Skill-Kategorie &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>the skill &quot;%1&quot; has the unknown category &quot;%2&quot;</source>
        <translation>Der Skill &quot;%1&quot; hat die unbekannte Kategorie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the skill name or alias &quot;%1&quot; is used for two skills</source>
        <translation>Der Skill-Name oder Alias &quot;%1&quot; wird für zwei Skills verwendet</translation>
    </message>
    <message>
        <source>%1 names the unknown skill &quot;%2&quot;</source>
        <translation>%1 nennt den unbekannten Skill &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 lists the skill &quot;%2&quot; twice</source>
        <translation>%1 führt den Skill &quot;%2&quot; doppelt auf</translation>
    </message>
    <message>
        <source>the published frequency &quot;%1&quot; names the unknown skill &quot;%2&quot;</source>
        <translation>Die veröffentlichte Häufigkeit &quot;%1&quot; nennt den unbekannten Skill &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>the database schema is missing from the program.</source>
        <translation>Das Datenbankschema fehlt im Programm.</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place (%1).</source>
        <translation>Die fertige Datei konnte nicht an ihren Platz verschoben werden (%1).</translation>
    </message>
    <message>
        <source>%1 has a negative number of years of experience</source>
        <translation>%1 hat eine negative Zahl an Berufsjahren</translation>
    </message>
    <message>
        <source>%1 has a salary without a pay period</source>
        <translation>%1 hat ein Gehalt ohne Zahlungszeitraum</translation>
    </message>
    <message>
        <source>the finished file could not be saved to disk (%1).</source>
        <translation>die fertige Datei konnte nicht auf den Datenträger geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FacetModel</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>%1: %2 matching postings</source>
        <translation>%1: %2 passende Stellenanzeigen</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FacetSection</name>
    <message>
        <source>By count</source>
        <translation>Nach Anzahl</translation>
    </message>
    <message>
        <source>Sort the values by count or by name</source>
        <translation>Die Werte nach Anzahl oder nach Name sortieren</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the choices in %1</source>
        <translation>Die Auswahl in %1 aufheben</translation>
    </message>
    <message>
        <source>Postings with all chosen skills</source>
        <translation>Stellenanzeigen mit allen gewählten Skills</translation>
    </message>
    <message>
        <source>Postings with any chosen skill</source>
        <translation>Stellenanzeigen mit mindestens einem gewählten Skill</translation>
    </message>
    <message>
        <source>How chosen skills combine</source>
        <translation>Wie gewählte Skills verknüpft werden</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>In %1 suchen</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>Werte: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Wieder einschließen</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>„%1“ ausschließen</translation>
    </message>
    <message>
        <source>Search in %1…</source>
        <comment>%1 is the name of a facet, e.g. Skills</comment>
        <translation>In %1 suchen…</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterChips</name>
    <message>
        <source>Active filter</source>
        <translation>Aktiver Filter</translation>
    </message>
    <message>
        <source>No filter: all postings are shown.</source>
        <translation>Kein Filter: Alle Stellenanzeigen werden angezeigt.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: not %2</source>
        <translation>%1: nicht %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Salary: %1</source>
        <translation>Gehalt: %1</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Berufserfahrung: %1</translation>
    </message>
    <message>
        <source>With a salary</source>
        <translation>Mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Text: „%1“</translation>
    </message>
    <message>
        <source>%1% – %2%</source>
        <translation>%1&#xa0;% – %2&#xa0;%</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>mindestens %1&#xa0;%</translation>
    </message>
    <message>
        <source>at most %1%</source>
        <translation>höchstens %1&#xa0;%</translation>
    </message>
    <message>
        <source>Fit: %1</source>
        <translation>Passung: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterExpression</name>
    <message>
        <source>“%1” at character %2: %3</source>
        <translation>„%1“ bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>a quotation mark is not closed.</source>
        <translation>Ein Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>a range cannot be excluded.</source>
        <translation>Ein Bereich kann nicht ausgeschlossen werden.</translation>
    </message>
    <message>
        <source>expected a range like %1, or %2&gt;=N, %2&lt;=N.</source>
        <translation>Erwartet wird ein Bereich wie %1 oder %2&gt;=N, %2&lt;=N.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>the range has no bounds.</source>
        <translation>Der Bereich hat keine Grenzen.</translation>
    </message>
    <message>
        <source>the lower bound is above the upper bound.</source>
        <translation>Die untere Grenze liegt über der oberen.</translation>
    </message>
    <message>
        <source>“%1” is not a number (examples: 150000, 150k, 5).</source>
        <translation>„%1“ ist keine Zahl (Beispiele: 150000, 150k, 5).</translation>
    </message>
    <message>
        <source>the only accepted form is has:salary.</source>
        <translation>Zulässig ist nur die Form has:salary.</translation>
    </message>
    <message>
        <source>unknown key “%1”. Accepted keys: %2.</source>
        <translation>Unbekannter Schlüssel „%1“. Zulässige Schlüssel: %2.</translation>
    </message>
    <message>
        <source>“%1” takes values after a colon, e.g. %1:value.</source>
        <translation>„%1“ erwartet Werte nach einem Doppelpunkt, z. B. %1:Wert.</translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation>Ein Wert fehlt.</translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (insgesamt %1)</translation>
    </message>
    <message>
        <source>unknown %1 “%2”. Accepted: %3.</source>
        <translation>Unbekannter Wert „%2“ für %1. Zulässig: %3.</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Alle Stellenanzeigen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>%1: at least %2</source>
        <translation>%1: mindestens %2</translation>
    </message>
    <message>
        <source>%1: at most %2</source>
        <translation>%1: höchstens %2</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>with a salary</source>
        <translation>mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>a salary range has one currency, and %1 was given before %2.</source>
        <translation>Eine Gehaltsspanne hat eine Währung, und vor %2 wurde schon %1 angegeben.</translation>
    </message>
    <message>
        <source>unknown currency “%1”; no posting here states a salary.</source>
        <translation>unbekannte Währung „%1“; hier nennt keine Stellenanzeige ein Gehalt.</translation>
    </message>
    <message>
        <source>unknown currency “%1”. Salaries here are in %2.</source>
        <translation>unbekannte Währung „%1“. Die Gehälter hier sind in %2.</translation>
    </message>
    <message>
        <source>fit needs a client: choose one first (the fit of a posting is the share of its skills the client has).</source>
        <translation>fit braucht einen Klienten: Wählen Sie zuerst einen (die Passung einer Stellenanzeige ist der Anteil ihrer Skills, die der Klient beherrscht).</translation>
    </message>
    <message>
        <source>expected a fit from 0 to 1 or a percentage, like fit&gt;=0.8, fit&gt;=80% or fit:0.5..0.8.</source>
        <translation>erwartet wird eine Passung von 0 bis 1 oder ein Prozentwert, etwa fit&gt;=0.8, fit&gt;=80% oder fit:0.5..0.8.</translation>
    </message>
    <message>
        <source>Fit to the client</source>
        <translation>Passung zum Klienten</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a fit as a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterPanel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Only postings with a salary</source>
        <translation>Nur Stellenanzeigen mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>k</source>
        <translation> Tsd.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Search titles, companies, skills, notes…</source>
        <translation>Titel, Unternehmen, Skills, Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Text search</source>
        <translation>Textsuche</translation>
    </message>
    <message>
        <source>Filter, e.g. seniority:senior skill:kubernetes salary&gt;=150k</source>
        <translation>Filter, z. B. seniority:senior skill:kubernetes salary&gt;=150k</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Filterausdruck</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the filter expression</source>
        <translation>Den Filterausdruck kopieren</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Salary (annual)</source>
        <translation>Gehalt (jährlich)</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>The whole filter as text. Edit it and press Enter.
key:value[,value] with keys role, seniority, location, mode, type, skill, company, industry, size;
-key:value excludes; salary&gt;=150k, salary:150k..300k, experience:3..5, has:salary; other words search the text.
A salary range is in the most common currency, or in the one whose code follows it: salary&gt;=200k eur.</source>
        <translation>Der ganze Filter als Text. Bearbeiten Sie ihn und drücken Sie die Eingabetaste.
key:value[,value] mit den Schlüsseln role, seniority, location, mode, type, skill, company, industry, size;
-key:value schließt aus; salary&gt;=150k, salary:150k..300k, experience:3..5, has:salary; andere Wörter durchsuchen den Text.
Eine Gehaltsspanne gilt in der häufigsten Währung oder in der, deren Code ihr folgt: salary&gt;=200k eur.</translation>
    </message>
    <message>
        <source>The currency of the salary range: without exchange rates, postings in other currencies do not match it</source>
        <translation>Die Währung der Gehaltsspanne: Ohne Wechselkurse passen Stellenanzeigen in anderen Währungen nicht dazu</translation>
    </message>
    <message>
        <source>Salary currency</source>
        <translation>Gehaltswährung</translation>
    </message>
    <message>
        <source>%1 with a salary in %2</source>
        <translation>%1 mit einem Gehalt in %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::GapChart</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Skill gap</source>
        <translation>Skill-Lücke</translation>
    </message>
    <message>
        <source>Skill gap chart</source>
        <translation>Diagramm der Skill-Lücke</translation>
    </message>
    <message>
        <source>Skill gap numbers</source>
        <translation>Zahlen der Skill-Lücke</translation>
    </message>
    <message>
        <source>Choose a client in the Client panel to see the skills they lack</source>
        <translation>Wählen Sie im Bereich „Klient“ einen Klienten, um die fehlenden Skills zu sehen</translation>
    </message>
    <message>
        <source>Share of matching postings (in brackets: postings the skill would make fit)</source>
        <translation>Anteil der passenden Stellenanzeigen (+N: dadurch neu passende)</translation>
    </message>
    <message>
        <source>fits %1 of %2 now (fit of at least %3%)</source>
        <translation>passt jetzt zu %1 von %2 (Passung ab %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Client: %1 · %2</source>
        <translation>Klient: %1 · %2</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Der Klient %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportCommand</name>
    <message>
        <source>Read %1 rows from %2 (mapping: %3)
</source>
        <translation>%1 Zeilen aus %2 gelesen (Zuordnung: %3)
</translation>
    </message>
    <message>
        <source>by column names</source>
        <translation>nach Spaltennamen</translation>
    </message>
    <message>
        <source>Imported: %1
</source>
        <translation>Importiert: %1
</translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1
</source>
        <translation>Als Duplikate übersprungen: %1
</translation>
    </message>
    <message>
        <source>Rejected: %1
</source>
        <translation>Abgelehnt: %1
</translation>
    </message>
    <message>
        <source>New skills (uncategorised): %1
</source>
        <translation>Neue Skills (ohne Kategorie): %1
</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>  %1, column %2: %3
</source>
        <translation>  %1, Spalte %2: %3
</translation>
    </message>
    <message>
        <source>  … and %1 more
</source>
        <translation>  … und %1 weitere
</translation>
    </message>
    <message>
        <source>--import needs the DATABASE to create or append to, e.g. jobexplorer --import postings.csv postings.sqlite</source>
        <translation>--import braucht die DATABASE, die angelegt oder ergänzt werden soll, z. B. jobexplorer --import postings.csv postings.sqlite</translation>
    </message>
    <message>
        <source>Wrote %1 in %2 s</source>
        <translation>%1 in %2 s geschrieben</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportDialog</name>
    <message>
        <source>Import Postings</source>
        <translation>Stellenanzeigen importieren</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Detected from the header and values</source>
        <translation>Aus Kopfzeile und Werten erkannt</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation>Spaltenzuordnung laden</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Spaltenzuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be stored</source>
        <translation>Vorschau: die ersten Zeilen, wie sie gespeichert werden</translation>
    </message>
    <message>
        <source>Into a &amp;new database:</source>
        <translation>In eine &amp;neue Datenbank:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>&amp;Append to the open database (%1)</source>
        <translation>An die geöffnete Datenbank &amp;anhängen (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Import nothing if a row is rejected (otherwise skip bad rows)</source>
        <translation>Nichts importieren, wenn eine Zeile abgelehnt wird (sonst fehlerhafte Zeilen überspringen)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Postings (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Stellenanzeigen (*.csv *.tsv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Job Market Explorer databases (*.sqlite)</source>
        <translation>Job-Market-Explorer-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Job Market Explorer dataset (JSON)</source>
        <translation>Job-Market-Explorer-Datensatz (JSON)</translation>
    </message>
    <message>
        <source>CSV%1</source>
        <translation>CSV%1</translation>
    </message>
    <message>
        <source>, with byte order mark</source>
        <translation>, mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>JSON list of objects</source>
        <translation>JSON-Liste von Objekten</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Spaltenzuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Map a column to the title to import.</source>
        <translation>Ordnen Sie dem Titel eine Spalte zu, um zu importieren.</translation>
    </message>
    <message>
        <source>%1 exists. Add the postings to it?</source>
        <translation>%1 existiert bereits. Die Stellenanzeigen dort hinzufügen?</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows per second, about %3 s left</source>
        <translation>%1 Zeilen gelesen, %2 Zeilen pro Sekunde, noch etwa %3 s</translation>
    </message>
    <message>
        <source>Read %1, imported %2, skipped %3 as duplicates, rejected %4.</source>
        <translation>%1 gelesen, %2 importiert, %3 als Duplikate übersprungen, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>No problems in the preview.</source>
        <translation>Keine Probleme in der Vorschau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first rows would be rejected.</source>
        <translation>
            <numerusform>%Ln der ersten Zeilen würde abgelehnt.</numerusform>
            <numerusform>%Ln der ersten Zeilen würden abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportMapping</name>
    <message>
        <source>Source id</source>
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <source>Minimum years</source>
        <translation>Mindestanzahl Jahre</translation>
    </message>
    <message>
        <source>Maximum years</source>
        <translation>Höchstanzahl Jahre</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Remote allowed (flag)</source>
        <translation>Remote erlaubt (Ja/Nein)</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Salary minimum</source>
        <translation>Gehaltsminimum</translation>
    </message>
    <message>
        <source>Salary maximum</source>
        <translation>Gehaltsmaximum</translation>
    </message>
    <message>
        <source>Salary (single figure)</source>
        <translation>Gehalt (einzelner Betrag)</translation>
    </message>
    <message>
        <source>Salary range as text</source>
        <translation>Gehaltsspanne als Text</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Zahlungszeitraum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Metro area</source>
        <translation>Großraum</translation>
    </message>
    <message>
        <source>Posted date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Skills (listed)</source>
        <translation>Skills (aufgelistet)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The mapping %1 is neither a preset (%2) nor a readable file: %3</source>
        <translation>Die Zuordnung %1 ist weder eine Vorlage (%2) noch eine lesbare Datei: %3</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a saved column mapping.</source>
        <translation>Die Zuordnungsdatei %1 ist keine gespeicherte Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>The mapping file %1 names the unknown field &quot;%2&quot;.</source>
        <translation>Die Zuordnungsdatei %1 nennt das unbekannte Feld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: it has no column “%2”, which the mapping file %3 takes the title from (its columns: %4).</source>
        <translation>%1 kann nicht importiert werden: Die Datei hat keine Spalte „%2“, aus der die Zuordnungsdatei %3 den Titel nimmt (ihre Spalten: %4).</translation>
    </message>
    <message>
        <source>Cannot import %1: it has no column “%2”, which the mapping “%3” takes the title from (its columns: %4).</source>
        <translation>%1 kann nicht importiert werden: Die Datei hat keine Spalte „%2“, aus der die Zuordnung „%3“ den Titel nimmt (ihre Spalten: %4).</translation>
    </message>
    <message>
        <source>Cannot import %1: no column is mapped to the title (columns: %2).</source>
        <translation>%1 kann nicht importiert werden: Keine Spalte ist dem Titel zugeordnet (Spalten: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a long list of columns</comment>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportPreviewModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (listed)</source>
        <translation>%1 (aufgelistet)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1
Read from “%2”: currency %3, %4</source>
        <translation>%1
Gelesen aus „%2“: Währung %3, %4</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportSource</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the file is not text (it holds binary data).</source>
        <translation>Die Datei ist kein Text (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>Ungültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>the JSON is neither a list of objects nor a Job Market Explorer dataset.</source>
        <translation>Das JSON ist weder eine Liste von Objekten noch ein Datensatz von Job Market Explorer.</translation>
    </message>
    <message>
        <source>the JSON is not a list of objects (item %1 is not an object).</source>
        <translation>Das JSON ist keine Liste von Objekten (Eintrag %1 ist kein Objekt).</translation>
    </message>
    <message>
        <source>the JSON list is empty.</source>
        <translation>Die JSON-Liste ist leer.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>it is not a regular file (a named pipe or a device, say).</source>
        <translation>Das ist keine gewöhnliche Datei (sondern z. B. eine benannte Pipe oder ein Gerät).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::LearningPathModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Newly fitting</source>
        <translation>Neu passend</translation>
    </message>
    <message>
        <source>Fitting after</source>
        <translation>Passend danach</translation>
    </message>
</context>
<context>
    <name>jobexplorer::MainWindow</name>
    <message>
        <source>Job Market Explorer</source>
        <translation>Job Market Explorer</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Postings…</source>
        <translation>Stellenanzeigen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Postings as CSV…</source>
        <translation>Stellenanzeigen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Postings as &amp;JSON…</source>
        <translation>Stellenanzeigen als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search Postings</source>
        <translation>Stellenanzeigen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Job Market Explorer</source>
        <translation>Ü&amp;ber Job Market Explorer</translation>
    </message>
    <message>
        <source>About Job Market Explorer</source>
        <translation>Über Job Market Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Job Market Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explore job postings: filter them, compare salary bands and export charts and data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Job Market Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Stellenanzeigen erkunden: filtern, Gehaltsbänder vergleichen sowie Diagramme und Daten exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is read-only: you can explore it but not change it.</source>
        <translation>%1 ist schreibgeschützt: Sie können die Datei erkunden, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Job Market Explorer databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Job-Market-Explorer-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export Postings as CSV</source>
        <translation>Stellenanzeigen als CSV exportieren</translation>
    </message>
    <message>
        <source>postings.csv</source>
        <translation>stellenanzeigen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Postings as JSON</source>
        <translation>Stellenanzeigen als JSON exportieren</translation>
    </message>
    <message>
        <source>postings.json</source>
        <translation>stellenanzeigen.json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Chart Numbers as CSV</source>
        <translation>Diagrammwerte als CSV exportieren</translation>
    </message>
    <message>
        <source>Exported the chart&apos;s numbers to %1</source>
        <translation>Diagrammwerte nach %1 exportiert</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>Stellenan&amp;zeigen</translation>
    </message>
    <message>
        <source>C&amp;ompare Cohorts</source>
        <translation>&amp;Kohorten vergleichen</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>vergleich</translation>
    </message>
    <message>
        <source>Exported the comparison to %1</source>
        <translation>Vergleich nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Comparison as CSV</source>
        <translation>Vergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>vergleich.csv</translation>
    </message>
    <message>
        <source>Postings and cohorts</source>
        <translation>Stellenanzeigen und Kohorten</translation>
    </message>
    <message>
        <source>Edit Filter &amp;Expression</source>
        <translation>Filter&amp;ausdruck bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Vo&amp;llbild</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>K&amp;lient</translation>
    </message>
</context>
<context>
    <name>jobexplorer::OutputFile</name>
    <message>
        <source>no file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>it is the database that is open; choose another file name.</source>
        <translation>Das ist die geöffnete Datenbank; bitte einen anderen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is a folder, not a database file.</source>
        <translation>Das ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>it is not an SQLite database (it may be a different kind of file).</source>
        <translation>Die Datei ist keine SQLite-Datenbank (vielleicht eine andere Dateiart).</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1).</source>
        <translation>SQLite kann die Datei nicht öffnen (%1).</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1).</source>
        <translation>Die Datei ist beschädigt oder keine Datenbank (%1).</translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation>Die Datei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Job Market Explorer database (it has no &quot;%1&quot; table).</source>
        <translation>Die Datei ist eine SQLite-Datenbank, aber keine Datenbank von Job Market Explorer (ihr fehlt die Tabelle &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>it has no format version; it was not written by Job Market Explorer.</source>
        <translation>Die Datei hat keine Formatversion; sie wurde nicht von Job Market Explorer geschrieben.</translation>
    </message>
    <message>
        <source>its format version &quot;%1&quot; is not valid.</source>
        <translation>Ihre Formatversion &quot;%1&quot; ist ungültig.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Job Market Explorer (format version %1; this version reads up to %2). Please update the program.</source>
        <translation>Die Datei wurde von einer neueren Version von Job Market Explorer geschrieben (Formatversion %1; diese Version liest bis %2). Bitte aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program (application id %1), not a Job Market Explorer database.</source>
        <translation>Das ist eine SQLite-Datenbank eines anderen Programms (Anwendungskennung %1), keine Job-Market-Explorer-Datenbank.</translation>
    </message>
    <message>
        <source>its format &quot;%1&quot; is not a Job Market Explorer database format.</source>
        <translation>Ihr Format „%1“ ist kein Datenbankformat von Job Market Explorer.</translation>
    </message>
    <message>
        <source>Cannot open a database: no file name was given.</source>
        <translation>Die Datenbank kann nicht geöffnet werden: Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>it is not a regular file (a named pipe or a device, say).</source>
        <translation>Das ist keine gewöhnliche Datei (sondern z. B. eine benannte Pipe oder ein Gerät).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingDetailView</name>
    <message>
        <source>Posting details</source>
        <translation>Details der Stellenanzeige</translation>
    </message>
    <message>
        <source>Select a posting to see all its details.</source>
        <translation>Wählen Sie eine Stellenanzeige aus, um alle Details zu sehen.</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>im Original: %1</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Open the posting on %1</source>
        <translation>Stellenanzeige auf %1 öffnen</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>Skills (%1)</source>
        <translation>Skills (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Beherrscht</translation>
    </message>
    <message>
        <source>Is learning</source>
        <translation>Lernt gerade</translation>
    </message>
    <message>
        <source>Lacks</source>
        <translation>Fehlt</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingFormat</name>
    <message>
        <source>%1k</source>
        <comment>thousands of a currency</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>1 posting</source>
        <translation>1 Stellenanzeige</translation>
    </message>
    <message>
        <source>%1 postings</source>
        <translation>%1 Stellenanzeigen</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 Jahre</translation>
    </message>
    <message>
        <source>%1+ years</source>
        <translation>%1+ Jahre</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>bis %1 Jahre</translation>
    </message>
    <message>
        <source>1 posting in another currency left out</source>
        <translation>1 Stellenanzeige in anderer Währung nicht berücksichtigt</translation>
    </message>
    <message>
        <source>%1 postings in other currencies left out</source>
        <translation>%1 Stellenanzeigen in anderen Währungen nicht berücksichtigt</translation>
    </message>
    <message>
        <source>no salary stated</source>
        <translation>kein Gehalt angegeben</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingImporter</name>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>kein Titel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of years</source>
        <translation>&quot;%1&quot; ist keine Anzahl von Jahren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; states no years of experience</source>
        <translation>&quot;%1&quot; nennt keine Jahre Berufserfahrung</translation>
    </message>
    <message>
        <source>minimum years above maximum years</source>
        <translation>Mindestjahre über Höchstjahren</translation>
    </message>
    <message>
        <source>minimum salary above maximum</source>
        <translation>Gehaltsminimum über Maximum</translation>
    </message>
    <message>
        <source>unknown pay period &quot;%1&quot;</source>
        <translation>unbekannter Zahlungszeitraum &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; ist kein Datum</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Import aborted at %1, column %2: %3; nothing was written.</source>
        <translation>Import abgebrochen bei %1, Spalte %2: %3; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Postings imported from %1 on %2.</source>
        <translation>Stellenanzeigen, am %2 aus %1 importiert.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the database is read-only.</source>
        <translation>Import in %1 nicht möglich: Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the file is read-only.</source>
        <translation>Import in %1 nicht möglich: Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The import was cancelled; %1 was not changed.</source>
        <translation>Der Import wurde abgebrochen; %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1; %2 was not changed.</source>
        <translation>Aus %1 konnte nichts importiert werden; %2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot import into %1: %2</source>
        <translation>Import in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>salary “%1” is a range where one amount belongs; map the column as “%2”</source>
        <translation>Gehalt „%1“ ist eine Spanne, wo ein einzelner Betrag hingehört; ordnen Sie die Spalte als „%2“ zu</translation>
    </message>
    <message>
        <source>the salary columns name two pay periods, %1 and %2</source>
        <translation>die Gehaltsspalten nennen zwei Zahlungszeiträume, %1 und %2</translation>
    </message>
    <message>
        <source>unknown currency “%1”</source>
        <translation>unbekannte Währung „%1“</translation>
    </message>
    <message>
        <source>“%1” could be %2: the salary does not say which</source>
        <translation>„%1“ kann %2 sein: Das Gehalt sagt nicht, welche</translation>
    </message>
    <message>
        <source>the salary columns name two currencies, %1 and %2</source>
        <translation>die Gehaltsspalten nennen zwei Währungen, %1 und %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingNormalizer</name>
    <message>
        <source>%1+ years</source>
        <translation>%1+ Jahre</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingTableModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <source>Salary (annual)</source>
        <translation>Gehalt (jährlich)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a posting&apos;s fit to the client</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingTableView</name>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>jobexplorer::RangeChartTableModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Erstes Quartil</translation>
    </message>
    <message>
        <source>Midpoint or median</source>
        <translation>Spannenmitte oder Median</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Drittes Quartil</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Lowest minimum</source>
        <translation>Niedrigstes Minimum</translation>
    </message>
    <message>
        <source>Highest maximum</source>
        <translation>Höchstes Maximum</translation>
    </message>
    <message>
        <source>Published band from</source>
        <translation>Veröffentlichtes Gehaltsband von</translation>
    </message>
    <message>
        <source>Published band to</source>
        <translation>Veröffentlichtes Gehaltsband bis</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Report</name>
    <message>
        <source>Job market report</source>
        <translation>Arbeitsmarktbericht</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Job Market Explorer %1</source>
        <translation>Job Market Explorer %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Data: </source>
        <translation>Daten: </translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Datum: </translation>
    </message>
    <message>
        <source>Filter: </source>
        <translation>Filter: </translation>
    </message>
    <message>
        <source>Postings: </source>
        <translation>Stellenanzeigen: </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Matching postings</source>
        <translation>Passende Stellenanzeigen</translation>
    </message>
    <message>
        <source>With a stated salary</source>
        <translation>Mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>%1 (annual, in %2)</source>
        <translation>%1 (jährlich, in %2)</translation>
    </message>
    <message>
        <source>Salary median</source>
        <translation>Gehalts-Median</translation>
    </message>
    <message>
        <source>Middle half (quartiles)</source>
        <translation>Mittlere Hälfte (Quartile)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Left out of the salary figures</source>
        <translation>Nicht in den Gehaltszahlen</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Salaries are annual (hourly, daily, weekly and monthly pay multiplied up); each posting counts with the middle of its range. Postings in other currencies are left out, never converted.</source>
        <translation>Gehälter sind Jahresbeträge (Stunden-, Tages-, Wochen- und Monatslöhne hochgerechnet); jede Stellenanzeige zählt mit der Mitte ihrer Spanne. Stellenanzeigen in anderen Währungen werden ausgelassen, nie umgerechnet.</translation>
    </message>
    <message>
        <source>Cohorts compared</source>
        <translation>Verglichene Kohorten</translation>
    </message>
    <message>
        <source>%1: %2; most asked for: %3</source>
        <translation>%1: %2; am häufigsten verlangt: %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot export a report to %1: the file name must end in .pdf, .odt or .html.</source>
        <translation>Der Bericht kann nicht nach %1 exportiert werden: Der Dateiname muss auf .pdf, .odt oder .html enden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ReportActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Title of the report:</source>
        <translation>Titel des Berichts:</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer refused it.</source>
        <translation>Der Bericht konnte nicht gedruckt werden: Der Drucker hat ihn abgelehnt.</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Bericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>bericht.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument text (*.odt);;Web pages (*.html)</source>
        <translation>PDF-Dokumente (*.pdf);;OpenDocument-Text (*.odt);;Webseiten (*.html)</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ResumeDialog</name>
    <message>
        <source>Skills from a Résumé</source>
        <translation>Skills aus einem Lebenslauf</translation>
    </message>
    <message>
        <source>Paste a résumé or profile text here, or open a text file.</source>
        <translation>Fügen Sie hier einen Lebenslauf oder Profiltext ein oder öffnen Sie eine Textdatei.</translation>
    </message>
    <message>
        <source>Résumé text</source>
        <translation>Text des Lebenslaufs</translation>
    </message>
    <message>
        <source>&amp;Find Skills</source>
        <translation>Skills &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Open Text File…</source>
        <translation>Textdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Skills found</source>
        <translation>Gefundene Skills</translation>
    </message>
    <message>
        <source>&amp;Add Ticked Skills</source>
        <translation>Markierte Skills &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 (found as “%2”)</source>
        <translation>%1 (gefunden als „%2“)</translation>
    </message>
    <message>
        <source>No skill of the database&apos;s taxonomy was found in the text.</source>
        <translation>Im Text wurde kein Skill aus der Taxonomie der Datenbank gefunden.</translation>
    </message>
    <message>
        <source>&amp;Skills found (untick those that do not apply): %1</source>
        <translation>Gefundene &amp;Skills (nicht zutreffende abwählen): %1</translation>
    </message>
    <message>
        <source>Open a Résumé</source>
        <translation>Lebenslauf öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>it is larger than 1 MB, too large for a résumé.</source>
        <translation>Die Datei ist größer als 1 MB und damit zu groß für einen Lebenslauf.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SalaryBandChart</name>
    <message>
        <source>Salary bands</source>
        <translation>Gehaltsbänder</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 with a salary of %2 matching</source>
        <translation>%2 passend, davon %1 mit Gehaltsangabe</translation>
    </message>
    <message>
        <source>annual, %1</source>
        <translation>jährlich, %1</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>nicht berücksichtigt: %1</translation>
    </message>
    <message>
        <source>None of the matching postings states a salary.</source>
        <translation>Keine der passenden Stellenanzeigen nennt ein Gehalt.</translation>
    </message>
    <message>
        <source>Salary bands · %1 by midpoint</source>
        <translation>Gehaltsbänder · %1 nach Spannenmitte</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(kein Unternehmen)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4 (midpoint %5)</source>
        <translation>%1
%2 · %3
%4 (Spannenmitte %5)</translation>
    </message>
    <message>
        <source>Published band for %1: %2</source>
        <translation>Veröffentlichtes Gehaltsband für %1: %2</translation>
    </message>
    <message>
        <source>A posting&apos;s range (tick: midpoint)</source>
        <translation>Gehaltsspanne einer Stellenanzeige (Markierung: Spannenmitte)</translation>
    </message>
    <message>
        <source>Salary bands · %1 postings by level</source>
        <translation>Gehaltsbänder · %1 Stellenanzeigen nach Karrierestufe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 postings
median %3, middle half %4
ranges from %5</source>
        <translation>%1: %2 Stellenanzeigen
Median %3, mittlere Hälfte %4
Gehaltsspannen im Bereich %5</translation>
    </message>
    <message>
        <source>Middle half of midpoints (line: median, whiskers: lowest to highest midpoint; dashes: lowest minimum to highest maximum)</source>
        <translation>Mittlere Hälfte der Spannenmitten (Linie: Median, Whisker: kleinste bis größte Spannenmitte; Striche: niedrigstes Minimum bis höchstes Maximum)</translation>
    </message>
    <message>
        <source>Published band for the level</source>
        <translation>Veröffentlichtes Gehaltsband der Karrierestufe</translation>
    </message>
    <message>
        <source>Salary band chart</source>
        <translation>Diagramm der Gehaltsbänder</translation>
    </message>
    <message>
        <source>Salary band numbers</source>
        <translation>Werte der Gehaltsbänder</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SalaryStatistics</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a salary</source>
        <translation>
            <numerusform>%Ln ohne Gehaltsangabe</numerusform>
            <numerusform>%Ln ohne Gehaltsangabe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in another currency</source>
        <translation>
            <numerusform>%Ln in anderer Währung</numerusform>
            <numerusform>%Ln in anderen Währungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::SalaryText</name>
    <message>
        <source>salary “%1” names two currencies, %2 and %3</source>
        <translation>Gehalt „%1“ nennt zwei Währungen, %2 und %3</translation>
    </message>
    <message>
        <source>salary “%1” has an amount that is not a number</source>
        <translation>Gehalt „%1“ enthält einen Betrag, der keine Zahl ist</translation>
    </message>
    <message>
        <source>salary “%1” has no amount</source>
        <translation>Gehalt „%1“ enthält keinen Betrag</translation>
    </message>
    <message>
        <source>salary “%1” has more than two amounts</source>
        <translation>Gehalt „%1“ enthält mehr als zwei Beträge</translation>
    </message>
    <message>
        <source>salary “%1” names two pay periods, %2 and %3</source>
        <translation>Gehalt „%1“ nennt zwei Zahlungszeiträume, %2 und %3</translation>
    </message>
    <message>
        <source>“%1” could be %2: map a currency column that says which</source>
        <translation>„%1“ kann %2 sein: Ordnen Sie eine Währungsspalte zu, die es angibt</translation>
    </message>
    <message>
        <source>the salary is in “%1” (%2) but the currency column says %3</source>
        <translation>das Gehalt ist in „%1“ (%2) angegeben, die Währungsspalte nennt aber %3</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SettingsCohortStorage</name>
    <message>
        <source>Cannot save the cohorts in %1.</source>
        <translation>Die Kohorten können nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SkillCategory</name>
    <message>
        <source>Infrastructure &amp; Orchestration</source>
        <translation>Infrastruktur &amp; Orchestrierung</translation>
    </message>
    <message>
        <source>Programming Languages</source>
        <translation>Programmiersprachen</translation>
    </message>
    <message>
        <source>Cloud Platforms</source>
        <translation>Cloud-Plattformen</translation>
    </message>
    <message>
        <source>ML/AI Frameworks</source>
        <translation>ML/KI-Frameworks</translation>
    </message>
    <message>
        <source>Model Serving &amp; Inference</source>
        <translation>Modellbereitstellung &amp; Inferenz</translation>
    </message>
    <message>
        <source>MLOps &amp; Workflow Tools</source>
        <translation>MLOps &amp; Workflow-Werkzeuge</translation>
    </message>
    <message>
        <source>Data Processing &amp; Storage</source>
        <translation>Datenverarbeitung &amp; Speicherung</translation>
    </message>
    <message>
        <source>Monitoring &amp; Observability</source>
        <translation>Monitoring &amp; Observability</translation>
    </message>
    <message>
        <source>GPU &amp; Accelerators</source>
        <translation>GPU &amp; Beschleuniger</translation>
    </message>
    <message>
        <source>Distributed Training</source>
        <translation>Verteiltes Training</translation>
    </message>
    <message>
        <source>Security &amp; Compliance</source>
        <translation>Sicherheit &amp; Compliance</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Domain &amp; Practices</source>
        <translation>Fachgebiete &amp; Praktiken</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SkillGapModel</name>
    <message>
        <source>Skill gap · %1 of %2</source>
        <translation>Skill-Lücke · %1 von %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>beherrscht</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>in Ausbildung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 (%2 preferred)</source>
        <translation>%1 (%2 gewünscht)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share of postings</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Unlocks</source>
        <translation>Erschließt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SqliteConnection</name>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>problems in a file</comment>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and at least %n more</source>
        <comment>problems in a file</comment>
        <translation>
            <numerusform>und mindestens %n weiteres</numerusform>
            <numerusform>und mindestens %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::StoreLoader</name>
    <message>
        <source>it names %1 different skills; this version handles up to %2</source>
        <translation>Die Datei nennt %1 verschiedene Skills; diese Version verarbeitet bis zu %2</translation>
    </message>
    <message>
        <source>the postings changed while they were read</source>
        <translation>Die Stellenanzeigen haben sich während des Lesens geändert</translation>
    </message>
    <message>
        <source>the postings cannot be read (%1).</source>
        <translation>Die Stellenanzeigen können nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the skills&apos; requirements cannot be read (%1).</source>
        <translation>Die Anforderungsstufen der Skills können nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Vocabulary</name>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Berufserfahren</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Vollzeit</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Teilzeit</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Freie Mitarbeit</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Befristet</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>unknown period</source>
        <translation>unbekannter Zeitraum</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>wünschenswert</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Workspace</name>
    <message>
        <source>%1 is damaged (%2). What is shown may be incomplete or wrong; restore the file from a backup.</source>
        <translation>%1 ist beschädigt (%2). Die Anzeige kann unvollständig oder falsch sein; stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Job Market Explorer</source>
        <translation>Job Market Explorer</translation>
    </message>
    <message>
        <source>Explore a database of job postings: filter, compare salary bands, export.</source>
        <translation>Eine Datenbank mit Stellenanzeigen erkunden: filtern, Gehaltsbänder vergleichen, exportieren.</translation>
    </message>
    <message>
        <source>Start with this filter, e.g. &quot;seniority:senior skill:kubernetes salary&gt;=150k&quot;.</source>
        <translation>Mit diesem Filter starten, z. B. &quot;seniority:senior skill:kubernetes salary&gt;=150k&quot;.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Write the matching postings as CSV to FILE, without a window.</source>
        <translation>Die passenden Stellenanzeigen als CSV in FILE schreiben, ohne Fenster.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the matching postings as JSON (dataset format) to FILE, without a window.</source>
        <translation>Die passenden Stellenanzeigen als JSON (Datensatzformat) in FILE schreiben, ohne Fenster.</translation>
    </message>
    <message>
        <source>KIND=FILE</source>
        <translation>KIND=FILE</translation>
    </message>
    <message>
        <source>Pixel size of exported charts (default 1600x1000).</source>
        <translation>Pixelgröße exportierter Diagramme (Standard: 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Compare cohorts without a window (2 to 6, repeat the option): print each one&apos;s figures; with --export-csv write one row per cohort. The name ends at the first &quot;=&quot;, e.g. &quot;High=salary&gt;=230k&quot;.</source>
        <translation>Kohorten ohne Fenster vergleichen (2 bis 6, Option wiederholen): gibt die Kennzahlen jeder Kohorte aus; mit --export-csv eine Zeile je Kohorte. Der Name endet am ersten &quot;=&quot;, z. B. &quot;High=salary&gt;=230k&quot;.</translation>
    </message>
    <message>
        <source>NAME=EXPR</source>
        <translation>NAME=EXPR</translation>
    </message>
    <message>
        <source>Add a published salary band to the comparison as a cohort, e.g. senior or staff:total.</source>
        <translation>Ein veröffentlichtes Gehaltsband als Kohorte zum Vergleich hinzufügen, z. B. senior oder staff:total.</translation>
    </message>
    <message>
        <source>LEVEL[:PAY]</source>
        <translation>LEVEL[:PAY]</translation>
    </message>
    <message>
        <source>Import the postings in FILE (CSV or JSON) into DATABASE, creating it or appending to it, without a window.</source>
        <translation>Die Stellenanzeigen aus FILE (CSV oder JSON) ohne Fenster in DATABASE importieren; diese wird angelegt oder ergänzt.</translation>
    </message>
    <message>
        <source>With --import: the column mapping, a preset (linkedin, lightcast, jobexplorer) or a saved mapping file; chosen by the header when omitted.</source>
        <translation>Mit --import: die Spaltenzuordnung, eine Vorlage (linkedin, lightcast, jobexplorer) oder eine gespeicherte Zuordnungsdatei; ohne Angabe anhand der Kopfzeile gewählt.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>With --import: import nothing when a row is rejected (rejected rows are skipped otherwise).</source>
        <translation>Mit --import: nichts importieren, wenn eine Zeile abgelehnt wird (sonst werden abgelehnte Zeilen übersprungen).</translation>
    </message>
    <message>
        <source>The filter was not applied: %1</source>
        <translation>Der Filter wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>The language of the program: %1 (default: as last chosen, else the system&apos;s).</source>
        <translation>Die Sprache des Programms: %1 (Standard: die zuletzt gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose one of %2.</source>
        <translation>Unbekannte Sprache &quot;%1&quot;: Wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>With --compare, --export-chart takes compare=FILE; got &quot;%1&quot;.</source>
        <translation>Mit --compare erwartet --export-chart compare=FILE; angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>The posting database to open. Without one, the window reopens the last database and commands use the bundled dataset.</source>
        <translation>Die zu öffnende Datenbank mit Stellenanzeigen. Ohne Angabe öffnet das Fenster die zuletzt verwendete Datenbank, und Befehle verwenden den mitgelieferten Datensatz.</translation>
    </message>
    <message>
        <source>--%1 needs a file name; it was given an empty one.</source>
        <translation>--%1 braucht einen Dateinamen; angegeben wurde ein leerer.</translation>
    </message>
    <message>
        <source>The database file name is empty.</source>
        <translation>Der Dateiname der Datenbank ist leer.</translation>
    </message>
    <message>
        <source>Write a report of the matching postings (or of the cohorts compared) to FILE, without a window: .pdf, .odt (LibreOffice, Word) or .html.</source>
        <translation>Einen Bericht der passenden Stellenanzeigen (oder der verglichenen Kohorten) ohne Fenster in FILE schreiben: .pdf, .odt (LibreOffice, Word) oder .html.</translation>
    </message>
    <message>
        <source>With --export-report: the report&apos;s title.</source>
        <translation>Mit --export-report: der Titel des Berichts.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>With --export-report: the paper of a PDF report, A4 or Letter (default: as the language&apos;s country uses).</source>
        <translation>Mit --export-report: das Papierformat eines PDF-Berichts, A4 oder Letter (Standard: wie im Land der Sprache üblich).</translation>
    </message>
    <message>
        <source>A4|Letter</source>
        <translation>A4|Letter</translation>
    </message>
    <message>
        <source>--report-title and --page-size go with --export-report.</source>
        <translation>--report-title und --page-size gehören zu --export-report.</translation>
    </message>
    <message>
        <source>Write a chart with its caption to FILE (.png, .svg or .pdf), without a window. KIND: skills, seniority, roles, workmode, types, locations, salary, bands or gap (with a client). Repeatable.</source>
        <translation>Ein Diagramm mit Bildunterschrift in FILE schreiben (.png, .svg oder .pdf), ohne Fenster. KIND: skills, seniority, roles, workmode, types, locations, salary, bands oder gap (mit Klient). Wiederholbar.</translation>
    </message>
    <message>
        <source>The client (a client file of one, as exported from the Client panel): the CSV gains a Fit column and the gap can be exported.</source>
        <translation>Der Klient (eine Klientendatei mit einem Klienten, wie sie der Bereich „Klient“ exportiert): Die CSV-Datei erhält eine Spalte „Passung“, und die Lücke kann exportiert werden.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>DATEI.json</translation>
    </message>
    <message>
        <source>An unsaved client with these skills (names or aliases, separated by commas), e.g. &quot;Python,Docker,AWS&quot;.</source>
        <translation>Ein nicht gespeicherter Klient mit diesen Skills (Namen oder Aliasse, durch Kommas getrennt), z.&#xa0;B. &quot;Python,Docker,AWS&quot;.</translation>
    </message>
    <message>
        <source>SKILLS</source>
        <translation>SKILLS</translation>
    </message>
    <message>
        <source>Write the client&apos;s skill gap over the matching postings as CSV (skill,category,postings,share,status,unlocks).</source>
        <translation>Die Skill-Lücke des Klienten über die passenden Stellenanzeigen als CSV schreiben (skill,category,postings,share,status,unlocks).</translation>
    </message>
    <message>
        <source>Leave the client&apos;s name out of the gap chart&apos;s caption and the report.</source>
        <translation>Den Namen des Klienten in der Beschriftung des Lücken-Diagramms und im Bericht weglassen.</translation>
    </message>
</context>
</TS>
