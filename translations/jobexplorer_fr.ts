<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>jobexplorer::BatchExport</name>
    <message>
        <source>--export-chart needs KIND=FILE, e.g. skills=skills.png; got &quot;%1&quot;.</source>
        <translation>--export-chart attend KIND=FILE, par exemple skills=skills.png ; reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown chart kind &quot;%1&quot;: choose one of %2.</source>
        <translation>Type de graphique inconnu &quot;%1&quot; : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>Impossible d&apos;exporter un graphique vers %1 : le nom du fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>--chart-size must be WIDTHxHEIGHT in pixels, 100 to 20000 each (e.g. 1600x1000); got &quot;%1&quot;.</source>
        <translation>--chart-size doit être de la forme LARGEURxHAUTEUR en pixels, de 100 à 20000 chacune (par exemple 1600x1000) ; reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Le filtre n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>%1 of %2 match %3</source>
        <translation>%1 sur %2 correspondent au filtre : %3</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <source>Cannot export a report to %1: the file name must end in .pdf, .odt or .html.</source>
        <translation>Impossible d&apos;exporter un rapport vers %1&#xa0;: le nom du fichier doit se terminer par .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter; got &quot;%1&quot;.</source>
        <translation>--page-size doit valoir A4 ou Letter&#xa0;; reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The skill gap needs a client: give --client FILE.json or --client-skills &quot;Python,Docker&quot;.</source>
        <translation>L’écart de compétences requiert un client&#xa0;: indiquez --client FICHIER.json ou --client-skills &quot;Python,Docker&quot;.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the client: it holds %2 clients; --client takes a file of one.</source>
        <translation>Impossible d’utiliser %1 comme client&#xa0;: il contient %2 clients&#xa0;; --client attend un fichier n’en contenant qu’un.</translation>
    </message>
    <message>
        <source>--client-skills: %1</source>
        <translation>--client-skills&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skills of the client this database does not know (left out): %1</source>
        <translation>Compétences du client inconnues de cette base (ignorées)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::BundledDataset</name>
    <message>
        <source>The bundled dataset %1 is missing from the program.</source>
        <translation>Le jeu de données intégré %1 est absent du programme.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the bundled database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données intégrée.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartBuilder</name>
    <message>
        <source>Postings with a salary</source>
        <translation>Offres d&apos;emploi avec salaire</translation>
    </message>
    <message>
        <source>Matching postings</source>
        <translation>Offres d&apos;emploi correspondantes</translation>
    </message>
    <message>
        <source>Share of postings with a salary</source>
        <translation>Part des offres d&apos;emploi avec salaire</translation>
    </message>
    <message>
        <source>Share of matching postings</source>
        <translation>Part des offres d&apos;emploi correspondantes</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document (A4)</source>
        <translation>Document PDF (A4)</translation>
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
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>The picture carries a caption: the dataset, the filter in words, the number of postings and today&apos;s date.</source>
        <translation>L&apos;image porte une légende : le jeu de données, le filtre en toutes lettres, le nombre d&apos;offres d&apos;emploi et la date du jour.</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>graphique.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg);;Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartExporter</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>%1 · %2 · Job Market Explorer</source>
        <translation>%1 · %2 · Job Market Explorer</translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>Impossible d&apos;exporter un graphique vers %1 : le nom du fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Cannot export a chart of %1×%2 pixels: choose between 100 and 20000 pixels a side.</source>
        <translation>Impossible d&apos;exporter un graphique de %1×%2 pixels : choisissez entre 100 et 20000 pixels de côté.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartModel</name>
    <message>
        <source>Skill demand</source>
        <translation>Demande de compétences</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Famille de métiers</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Top locations</source>
        <translation>Principaux lieux</translation>
    </message>
    <message>
        <source>Annual salary</source>
        <translation>Salaire annuel</translation>
    </message>
    <message>
        <source>Report (all %1)</source>
        <translation>Rapport (total : %1)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · no matching postings</source>
        <translation>%1 · aucune offre d&apos;emploi correspondante</translation>
    </message>
    <message>
        <source>%1 · none of %2 states a salary</source>
        <translation>%1 · aucune des %2 n&apos;indique de salaire</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 of %4 state one</source>
        <translation>%1 (%2) · %3 sur %4 en indiquent un</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Annual salary (%1)</source>
        <translation>Salaire annuel (%1)</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Share of postings with a salary</source>
        <translation>Part des offres d&apos;emploi avec salaire</translation>
    </message>
    <message>
        <source>Share of matching postings</source>
        <translation>Part des offres d&apos;emploi correspondantes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Published share</source>
        <translation>Part publiée</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln in other currencies left out</source>
        <translation>
            <numerusform> · %Ln exclue car dans une autre devise</numerusform>
            <numerusform> · %Ln exclues car dans d&apos;autres devises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartWidget</name>
    <message>
        <source>%1 chart</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>Chiffres : %1</translation>
    </message>
    <message>
        <source>%1: %2 postings (%3)</source>
        <translation>%1 : %2 offres d&apos;emploi (%3)</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartsPanel</name>
    <message>
        <source>Show as &amp;Table</source>
        <translation>Afficher sous forme de &amp;tableau</translation>
    </message>
    <message>
        <source>Compare with the &amp;Report</source>
        <translation>Comparer avec le &amp;rapport</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Export Chart &amp;Numbers as CSV…</source>
        <translation>Exporter les &amp;données du graphique en CSV…</translation>
    </message>
    <message>
        <source>&amp;Next Chart</source>
        <translation>Graphique &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Chart</source>
        <translation>Graphique &amp;précédent</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Métiers</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types de contrat</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Afficher les données du graphique sous forme de tableau</translation>
    </message>
    <message>
        <source>Show the share the market report publishes for each skill beside the computed one</source>
        <translation>Afficher, à côté de la part calculée, la part que le rapport sur le marché publie pour chaque compétence</translation>
    </message>
    <message>
        <source>Copy the chart with its caption as a picture</source>
        <translation>Copier le graphique et sa légende sous forme d&apos;image</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF with its caption</source>
        <translation>Exporter le graphique en PNG, SVG ou PDF avec sa légende</translation>
    </message>
    <message>
        <source>Export the chart&apos;s numbers as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Export, copy or compare this chart</source>
        <translation>Exporter, copier ou comparer ce graphique</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Fourchettes</translation>
    </message>
    <message>
        <source>Salary bands: each posting&apos;s range against the published band for its level</source>
        <translation>Fourchettes salariales : la fourchette de chaque offre d&apos;emploi comparée à la fourchette salariale publiée pour son niveau</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Name the C&amp;lient in the Gap Chart&apos;s Caption</source>
        <translation>Nommer le c&amp;lient dans la légende du graphique de l’écart</translation>
    </message>
    <message>
        <source>Skill gap: the skills the matching postings ask for, held, being learnt or lacking by the chosen client</source>
        <translation>Écart de compétences&#xa0;: les compétences demandées par les offres correspondantes, acquises, en cours d’apprentissage ou manquantes pour le client choisi</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Client</name>
    <message>
        <source>learning</source>
        <translation>en apprentissage</translation>
    </message>
    <message>
        <source>has</source>
        <translation>acquise</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>maîtrisée</translation>
    </message>
    <message>
        <source>unknown skill “%1”: the database&apos;s taxonomy has no skill or alias of that name.</source>
        <translation>compétence inconnue «&#xa0;%1&#xa0;»&#xa0;: la taxonomie de la base n’a aucune compétence ni alias de ce nom.</translation>
    </message>
    <message>
        <source>no skills are given.</source>
        <translation>aucune compétence n’est indiquée.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientFile</name>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>ce n’est pas du JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>it is not a client file (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>ce n’est pas un fichier de clients (pas de &quot;format&quot;&#xa0;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive number.</source>
        <translation>sa &quot;version&quot; est absente ou n’est pas un nombre positif.</translation>
    </message>
    <message>
        <source>it is version %1 of the format; this program reads up to version %2.</source>
        <translation>il est en version %1 du format&#xa0;; ce programme lit jusqu’à la version %2.</translation>
    </message>
    <message>
        <source>it has no &quot;clients&quot; list.</source>
        <translation>il n’a pas de liste &quot;clients&quot;.</translation>
    </message>
    <message>
        <source>client %1 has no name.</source>
        <translation>le client %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>skill %1 of client “%2” has no name.</source>
        <translation>la compétence %1 du client «&#xa0;%2&#xa0;» n’a pas de nom.</translation>
    </message>
    <message>
        <source>skill “%1” of client “%2” has the unknown level “%3” (accepted: learning, has, strong).</source>
        <translation>la compétence «&#xa0;%1&#xa0;» du client «&#xa0;%2&#xa0;» a le niveau inconnu «&#xa0;%3&#xa0;» (acceptés&#xa0;: learning, has, strong).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read clients from %1: %2</source>
        <translation>Impossible de lire les clients depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c’est un dossier.</translation>
    </message>
    <message>
        <source>it is too large to be a client file.</source>
        <translation>il est trop volumineux pour être un fichier de clients.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>Créer un client</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen client from this computer</source>
        <translation>Supprimer le client choisi de cet ordinateur</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Import or export clients</source>
        <translation>Importer ou exporter des clients</translation>
    </message>
    <message>
        <source>&amp;Import Clients…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>&amp;Export Client…</source>
        <translation>&amp;Exporter le client…</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>A name, a pseudonym or initials</source>
        <translation>Un nom, un pseudonyme ou des initiales</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>The market aimed at, as a filter: mode:remote seniority:mid</source>
        <translation>Le marché visé, sous forme de filtre&#xa0;: mode:remote seniority:mid</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appl&amp;iquer</translation>
    </message>
    <message>
        <source>Use the target as the filter</source>
        <translation>Utiliser la cible comme filtre</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Skills (names or aliases, e.g. k8s):</source>
        <translation>&amp;Compétences (noms ou alias, p.&#xa0;ex. k8s)&#xa0;:</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Saisissez une compétence et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>The level of a skill added, or of the selected skills</source>
        <translation>Le niveau d’une compétence ajoutée, ou des compétences sélectionnées</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>From a &amp;Résumé…</source>
        <translation>À partir d’un C&amp;V…</translation>
    </message>
    <message>
        <source>The client&apos;s skills</source>
        <translation>Les compétences du client</translation>
    </message>
    <message>
        <source>Count skills being &amp;learnt as held</source>
        <translation>Compter les compétences en cours d’&amp;apprentissage comme acquises</translation>
    </message>
    <message>
        <source>A posting &amp;fits from:</source>
        <translation>Une offre &amp;convient à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>The fit of a posting is the share of its skills the client has, a required skill counting 1 and a preferred one 0.5</source>
        <translation>L’adéquation d’une offre est la part de ses compétences que le client possède, une compétence requise comptant 1 et une souhaitée 0,5</translation>
    </message>
    <message>
        <source>&amp;What to learn next:</source>
        <translation>&amp;Quoi apprendre ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Parcours d’apprentissage</translation>
    </message>
    <message>
        <source>Choose or create a client to see which matching postings they fit and what to learn next.</source>
        <translation>Choisissez ou créez un client pour voir à quelles offres correspondantes il convient et quoi apprendre ensuite.</translation>
    </message>
    <message>
        <source>Fits &lt;b&gt;%1 of %2&lt;/b&gt; matching postings now (fit of at least %3%).</source>
        <translation>Convient dès maintenant à &lt;b&gt;%1 sur %2&lt;/b&gt; offres correspondantes (adéquation d’au moins %3&#xa0;%).</translation>
    </message>
    <message>
        <source>Skills the postings ask for that the client does not hold yet: %1.</source>
        <translation>Compétences demandées par les offres que le client n’a pas encore&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not in this database: %1.</source>
        <translation>Absentes de cette base&#xa0;: %1.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Delete “%1” and their skills and notes from this computer?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;», ses compétences et ses notes de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Import Clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Client files (*.json);;All files (*)</source>
        <translation>Fichiers de clients (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Client</source>
        <translation>Exporter le client</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>Fichiers de clients (*.json)</translation>
    </message>
    <message>
        <source>The client&apos;s target is not a valid filter: %1</source>
        <translation>La cible du client n’est pas un filtre valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientReportSection</name>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>Pour le client</translation>
    </message>
    <message>
        <source>Fits now</source>
        <translation>Adéquation actuelle</translation>
    </message>
    <message>
        <source>%1 of %2 matching postings, at a fit of %3 or more</source>
        <translation>%1 sur %2 offres correspondantes, à une adéquation de %3 ou plus</translation>
    </message>
    <message>
        <source>Skills held and missing</source>
        <translation>Compétences acquises et manquantes</translation>
    </message>
    <message>
        <source>The %1 skills the matching postings ask for most, of %2.</source>
        <translation>Les %1 compétences les plus demandées par les offres correspondantes, sur %2.</translation>
    </message>
    <message>
        <source>Postings the client fits now</source>
        <translation>Offres adaptées au client dès maintenant</translation>
    </message>
    <message>
        <source>None of the matching postings reaches the fit yet; the learning path shows which skills would change that.</source>
        <translation>Aucune des offres correspondantes n’atteint encore l’adéquation requise&#xa0;; le parcours d’apprentissage montre quelles compétences changeraient cela.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>The %1 that fit best, of %2 that fit.</source>
        <translation>Les %1 les mieux adaptées, sur %2 adaptées.</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Parcours d’apprentissage</translation>
    </message>
    <message>
        <source>No skill the client lacks would make another matching posting fit.</source>
        <translation>Aucune compétence manquante ne rendrait une autre offre correspondante adaptée au client.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a fit as a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientSkillModel</name>
    <message>
        <source>not in this database</source>
        <translation>absente de cette base</translation>
    </message>
    <message>
        <source>The open database&apos;s taxonomy does not know “%1”: it is kept, and counts where a database knows it.</source>
        <translation>La taxonomie de la base ouverte ne connaît pas «&#xa0;%1&#xa0;»&#xa0;: elle est conservée et compte là où une base la connaît.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientStore</name>
    <message>
        <source>Cannot create the folder %1 for the clients.</source>
        <translation>Impossible de créer le dossier %1 pour les clients.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CohortFile</name>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>ce n&apos;est pas du JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>it is not a cohort file (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>ce n&apos;est pas un fichier de cohortes (pas de &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive number.</source>
        <translation>sa &quot;version&quot; est absente ou n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>it is version %1 of the format; this program reads up to version %2.</source>
        <translation>il est en version %1 du format ; ce programme lit jusqu&apos;à la version %2.</translation>
    </message>
    <message>
        <source>it has no &quot;cohorts&quot; list.</source>
        <translation>il n&apos;a pas de liste &quot;cohorts&quot;.</translation>
    </message>
    <message>
        <source>cohort %1 has no name.</source>
        <translation>la cohorte %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>cohort %1 (“%2”) has no filter.</source>
        <translation>la cohorte %1 (« %2 ») n&apos;a pas de filtre.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot read cohorts from %1: %2</source>
        <translation>Impossible de lire les cohortes depuis %1 : %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>it is too large to be a cohort file.</source>
        <translation>il est trop volumineux pour être un fichier de cohortes.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CohortList</name>
    <message>
        <source>A cohort needs a name.</source>
        <translation>Une cohorte doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a cohort named “%1”.</source>
        <translation>Il existe déjà une cohorte nommée « %1 ».</translation>
    </message>
    <message>
        <source>No database is open to check the filter against.</source>
        <translation>Aucune base de données n&apos;est ouverte pour vérifier le filtre.</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Le filtre n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>There is no such cohort.</source>
        <translation>Cette cohorte n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>« %1 » n&apos;est pas une cohorte : écrivez NOM=FILTRE, par exemple &quot;Senior=seniority:senior&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a cohort: the name before “=” is empty.</source>
        <translation>« %1 » n&apos;est pas une cohorte : le nom avant « = » est vide.</translation>
    </message>
    <message>
        <source>The dataset publishes no %1 band for “%2” (write a level such as senior or staff, optionally with :base or :total).</source>
        <translation>Le jeu de données ne publie aucune fourchette salariale %1 pour « %2 » (indiquez un niveau tel que senior ou staff, éventuellement suivi de :base ou :total).</translation>
    </message>
    <message>
        <source>%1: published band %2</source>
        <translation>%1 : fourchette salariale publiée %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 with a salary</source>
        <translation>%1 : %2, dont %3 avec salaire</translation>
    </message>
    <message>
        <source> in %1; midpoint %2, range %3</source>
        <translation> en %1 ; point médian %2, fourchette %3</translation>
    </message>
    <message>
        <source> in %1; median %2, quartiles %3, midpoints %4, ranges %5</source>
        <translation> en %1 ; médiane %2, quartiles %3, points médians %4, fourchettes %5</translation>
    </message>
    <message>
        <source> (left out: %1)</source>
        <translation> (exclues : %1)</translation>
    </message>
    <message>
        <source>--filter does not combine with --compare: put the filter into each cohort.</source>
        <translation>--filter ne se combine pas avec --compare : placez le filtre dans chaque cohorte.</translation>
    </message>
    <message>
        <source>--export-json does not combine with --compare: the comparison is exported as CSV.</source>
        <translation>--export-json ne se combine pas avec --compare : la comparaison est exportée en CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Compare %1 to %2 cohorts (--compare and --compare-band); %n given.</source>
        <translation>
            <numerusform>Comparez de %1 à %2 cohortes (--compare et --compare-band) ; %n indiquée.</numerusform>
            <numerusform>Comparez de %1 à %2 cohortes (--compare et --compare-band) ; %n indiquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two cohorts are named “%1”; give each its own name.</source>
        <translation>Deux cohortes s&apos;appellent « %1 » ; donnez à chacune son propre nom.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CompareView</name>
    <message>
        <source>Export Comparison C&amp;hart…</source>
        <translation>Exporter le graphique de la &amp;comparaison…</translation>
    </message>
    <message>
        <source>Export Comparison as CS&amp;V…</source>
        <translation>Exporter la comparaison en CS&amp;V…</translation>
    </message>
    <message>
        <source>Saved cohorts</source>
        <translation>Cohortes enregistrées</translation>
    </message>
    <message>
        <source>Select two to six cohorts to compare (all, up to six, when none is selected). F2 renames; double-click applies a cohort&apos;s filter.</source>
        <translation>Sélectionnez de deux à six cohortes à comparer (toutes, jusqu&apos;à six, si aucune n&apos;est sélectionnée). F2 renomme ; un double-clic applique le filtre de la cohorte.</translation>
    </message>
    <message>
        <source>Published salary bands</source>
        <translation>Fourchettes salariales publiées</translation>
    </message>
    <message>
        <source>Tick a band the report published to compare it as a cohort of its own</source>
        <translation>Cochez une fourchette salariale publiée par le rapport pour la comparer comme une cohorte à part entière</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Graphique de comparaison</translation>
    </message>
    <message>
        <source>Comparison numbers</source>
        <translation>Données de la comparaison</translation>
    </message>
    <message>
        <source>&amp;Save Filter as Cohort…</source>
        <translation>&amp;Enregistrer le filtre comme cohorte…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Show the selected cohort&apos;s postings: make its filter the current one</source>
        <translation>Afficher les offres d&apos;emploi de la cohorte sélectionnée : faire de son filtre le filtre actuel</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected cohort&apos;s filter expression</source>
        <translation>Modifier l&apos;expression de filtre de la cohorte sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Fi&amp;chiers</translation>
    </message>
    <message>
        <source>Import or export cohorts as a file</source>
        <translation>Importer ou exporter des cohortes sous forme de fichier</translation>
    </message>
    <message>
        <source>Import Cohorts…</source>
        <translation>Importer des cohortes…</translation>
    </message>
    <message>
        <source>Export Cohorts…</source>
        <translation>Exporter des cohortes…</translation>
    </message>
    <message>
        <source>Published bands:</source>
        <translation>Fourchettes salariales publiées :</translation>
    </message>
    <message>
        <source>Save Filter as Cohort</source>
        <translation>Enregistrer le filtre comme cohorte</translation>
    </message>
    <message>
        <source>Name of the cohort for “%1”:</source>
        <translation>Nom de la cohorte pour « %1 » :</translation>
    </message>
    <message>
        <source>The filter of “%1” is not valid here: %2</source>
        <translation>Le filtre de « %1 » n&apos;est pas valide ici : %2</translation>
    </message>
    <message>
        <source>Edit Cohort</source>
        <translation>Modifier la cohorte</translation>
    </message>
    <message>
        <source>Filter of “%1”:</source>
        <translation>Filtre de « %1 » :</translation>
    </message>
    <message>
        <source>Import Cohorts</source>
        <translation>Importer des cohortes</translation>
    </message>
    <message>
        <source>Cohort files (*.json);;All files (*)</source>
        <translation>Fichiers de cohortes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1 cohorts from %2 (%3 already there, %4 renamed, %5 refused).</source>
        <translation>Cohortes importées depuis %2 : %1 (déjà présentes : %3, renommées : %4, refusées : %5).</translation>
    </message>
    <message>
        <source>Some cohorts of %1 were not imported:
%2</source>
        <translation>Certaines cohortes de %1 n&apos;ont pas été importées :
%2</translation>
    </message>
    <message>
        <source>Export Cohorts</source>
        <translation>Exporter des cohortes</translation>
    </message>
    <message>
        <source>cohorts.json</source>
        <translation>cohortes.json</translation>
    </message>
    <message>
        <source>Exported %1 cohorts to %2.</source>
        <translation>Cohortes exportées vers %2 : %1.</translation>
    </message>
    <message>
        <source>Open a database to compare cohorts.</source>
        <translation>Ouvrez une base de données pour comparer des cohortes.</translation>
    </message>
    <message>
        <source>Save the current filter as a cohort (twice, with different filters) or tick a published band: two to six are compared side by side.</source>
        <translation>Enregistrez le filtre actuel comme cohorte (deux fois, avec des filtres différents) ou cochez une fourchette salariale publiée : de deux à six sont comparées côte à côte.</translation>
    </message>
    <message>
        <source>Choose at most %1 cohorts and bands together.</source>
        <translation>Choisissez au plus %1 cohortes et fourchettes salariales au total.</translation>
    </message>
    <message>
        <source>Annual salary by cohort</source>
        <translation>Salaire annuel par cohorte</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Comparison</name>
    <message>
        <source>All levels</source>
        <translation>Tous niveaux</translation>
    </message>
    <message>
        <source>total comp</source>
        <translation>rémunération totale</translation>
    </message>
    <message>
        <source>base</source>
        <translation>salaire de base</translation>
    </message>
    <message>
        <source>%1 %2, report</source>
        <translation>%1, %2, rapport</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The filter of cohort “%1” is not valid: %2</source>
        <translation>Le filtre de la cohorte « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Toutes les offres d&apos;emploi</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ComparisonChart</name>
    <message>
        <source>Annual salary by cohort</source>
        <translation>Salaire annuel par cohorte</translation>
    </message>
    <message>
        <source>Choose two to six cohorts to compare.</source>
        <translation>Choisissez de deux à six cohortes à comparer.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1: %2
%3 postings, %4 with a salary
median %5, middle half %6</source>
        <translation>%1 : %2
%3 offres d&apos;emploi, dont %4 avec salaire
médiane %5, moitié centrale %6</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>exclues : %1</translation>
    </message>
    <message>
        <source>annual, %1 · (postings with a salary of those matching)</source>
        <translation>annuel, %1 · (offres d&apos;emploi avec salaire sur offres d&apos;emploi correspondantes)</translation>
    </message>
    <message>
        <source>Box: middle half of midpoints, line: median; whiskers: lowest to highest midpoint; dashes: lowest minimum to highest maximum</source>
        <translation>Boîte : moitié centrale des points médians, trait : médiane ; moustaches : du point médian le plus bas au plus haut ; tirets : du minimum le plus bas au maximum le plus haut</translation>
    </message>
    <message>
        <source>Published band</source>
        <translation>Fourchette salariale publiée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 · Job Market Explorer</source>
        <translation>%1 · Job Market Explorer</translation>
    </message>
    <message>
        <source>%1: %2
%3 postings, none states a salary</source>
        <translation>%1&#xa0;: %2
%3 offres d’emploi, aucune n’indique de salaire</translation>
    </message>
    <message>
        <source>annual · no posting of these cohorts states a salary</source>
        <translation>annuel · aucune offre de ces cohortes n’indique de salaire</translation>
    </message>
    <message>
        <source>%1: %2
%3 postings, one with a salary: %4, midpoint %5 (one posting, not a distribution)</source>
        <translation>%1&#xa0;: %2
%3 offres d’emploi, une avec salaire&#xa0;: %4, point médian %5 (une seule offre, pas une distribution)</translation>
    </message>
    <message>
        <source>Bar: one posting&apos;s range, tick: its midpoint</source>
        <translation>Barre&#xa0;: plage de salaire d’une offre, trait&#xa0;: son point médian</translation>
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
        <translation>%1 (plus que dans %2)</translation>
    </message>
    <message>
        <source>Published band</source>
        <translation>Fourchette salariale publiée</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Exclues : %1</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>With salary</source>
        <translation>Avec salaire</translation>
    </message>
    <message>
        <source>Without salary</source>
        <translation>Sans salaire</translation>
    </message>
    <message>
        <source>Other currency</source>
        <translation>Autre devise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Lowest minimum</source>
        <translation>Minimum le plus bas</translation>
    </message>
    <message>
        <source>Minimum midpoint</source>
        <translation>Point médian minimal</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Premier quartile</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Troisième quartile</translation>
    </message>
    <message>
        <source>Maximum midpoint</source>
        <translation>Point médian maximal</translation>
    </message>
    <message>
        <source>Highest maximum</source>
        <translation>Maximum le plus haut</translation>
    </message>
    <message>
        <source>Top skills</source>
        <translation>Compétences principales</translation>
    </message>
    <message>
        <source>Much more common</source>
        <translation>Nettement plus fréquentes</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>ligne %1 : un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetJsonWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetReader</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; doit être du texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number or null</source>
        <translation>&quot;%1&quot; doit être un nombre ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the unknown value &quot;%2&quot; (accepted: %3)</source>
        <translation>&quot;%1&quot; a la valeur inconnue &quot;%2&quot; (valeurs acceptées : %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; doit être une liste</translation>
    </message>
    <message>
        <source>%1 %2 must be an object</source>
        <translation>%1 n° %2 doit être un objet</translation>
    </message>
    <message>
        <source>a posting needs a title</source>
        <translation>une offre d&apos;emploi doit avoir un titre</translation>
    </message>
    <message>
        <source>experience minimum is above its maximum</source>
        <translation>le minimum d&apos;expérience dépasse son maximum</translation>
    </message>
    <message>
        <source>salary minimum is above its maximum</source>
        <translation>le minimum de salaire dépasse son maximum</translation>
    </message>
    <message>
        <source>a salary needs a currency</source>
        <translation>un salaire doit avoir une devise</translation>
    </message>
    <message>
        <source>&quot;posted_date&quot; must be a date like 2025-12-01</source>
        <translation>&quot;posted_date&quot; doit être une date comme 2025-12-01</translation>
    </message>
    <message>
        <source>skill %1 has no name</source>
        <translation>la compétence %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>&quot;pay_type&quot; must be base or total</source>
        <translation>&quot;pay_type&quot; doit valoir base ou total</translation>
    </message>
    <message>
        <source>a salary band needs its text as published</source>
        <translation>une fourchette salariale doit avoir son texte tel que publié</translation>
    </message>
    <message>
        <source>%1 needs a table and a label</source>
        <translation>%1 doit avoir une table et un libellé</translation>
    </message>
    <message>
        <source>a skill frequency</source>
        <translation>une fréquence de compétence</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>un chiffre publié</translation>
    </message>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation>Impossible de lire le jeu de données %1 : %2</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON non valide à la position %1 (%2)</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>le fichier ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <source>it is not a Job Market Explorer dataset (no &quot;format&quot;: &quot;jobexplorer-dataset&quot;)</source>
        <translation>ce n&apos;est pas un jeu de données Job Market Explorer (pas de &quot;format&quot;: &quot;jobexplorer-dataset&quot;)</translation>
    </message>
    <message>
        <source>it was written in format version %1; this version reads up to %2</source>
        <translation>il a été écrit dans la version %1 du format ; cette version lit jusqu&apos;à la version %2</translation>
    </message>
    <message>
        <source>a skill category needs a key and a name</source>
        <translation>une catégorie de compétences doit avoir une clé et un nom</translation>
    </message>
    <message>
        <source>a skill needs a name</source>
        <translation>une compétence doit avoir un nom</translation>
    </message>
    <message>
        <source>the aliases of %1 must be text</source>
        <translation>les alias de %1 doivent être du texte</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be a whole number from 1; got %1</source>
        <translation>«&#xa0;format_version&#xa0;» doit être un nombre entier à partir de 1&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetWriter</name>
    <message>
        <source>posting %1 (%2)</source>
        <translation>offre d&apos;emploi %1 (%2)</translation>
    </message>
    <message>
        <source>the skill category &quot;%1&quot; is defined twice</source>
        <translation>la catégorie de compétences &quot;%1&quot; est définie deux fois</translation>
    </message>
    <message>
        <source>the skill &quot;%1&quot; has the unknown category &quot;%2&quot;</source>
        <translation>la compétence &quot;%1&quot; a la catégorie inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the skill name or alias &quot;%1&quot; is used for two skills</source>
        <translation>le nom ou alias de compétence &quot;%1&quot; est utilisé pour deux compétences</translation>
    </message>
    <message>
        <source>%1 names the unknown skill &quot;%2&quot;</source>
        <translation>%1 cite la compétence inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 lists the skill &quot;%2&quot; twice</source>
        <translation>%1 mentionne deux fois la compétence &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the published frequency &quot;%1&quot; names the unknown skill &quot;%2&quot;</source>
        <translation>la fréquence publiée &quot;%1&quot; cite la compétence inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>the database schema is missing from the program.</source>
        <translation>le schéma de la base de données est absent du programme.</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place (%1).</source>
        <translation>le fichier terminé n&apos;a pas pu être mis en place (%1).</translation>
    </message>
    <message>
        <source>%1 has a negative number of years of experience</source>
        <translation>%1 a un nombre négatif d&apos;années d&apos;expérience</translation>
    </message>
    <message>
        <source>%1 has a salary without a pay period</source>
        <translation>%1 a un salaire sans période de paie</translation>
    </message>
    <message>
        <source>the finished file could not be saved to disk (%1).</source>
        <translation>le fichier terminé n&apos;a pas pu être enregistré sur le disque (%1).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FacetModel</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>sauf %1</translation>
    </message>
    <message>
        <source>%1: %2 matching postings</source>
        <translation>%1 : %2 offres d&apos;emploi correspondantes</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FacetSection</name>
    <message>
        <source>By count</source>
        <translation>Par nombre</translation>
    </message>
    <message>
        <source>Sort the values by count or by name</source>
        <translation>Trier les valeurs par nombre ou par nom</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the choices in %1</source>
        <translation>Effacer les choix dans « %1 »</translation>
    </message>
    <message>
        <source>Postings with all chosen skills</source>
        <translation>Offres d&apos;emploi avec toutes les compétences choisies</translation>
    </message>
    <message>
        <source>Postings with any chosen skill</source>
        <translation>Offres d&apos;emploi avec au moins une des compétences choisies</translation>
    </message>
    <message>
        <source>How chosen skills combine</source>
        <translation>Combinaison des compétences choisies</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher : %1</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>Valeurs : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Inclure à nouveau</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>Exclure « %1 »</translation>
    </message>
    <message>
        <source>Search in %1…</source>
        <comment>%1 is the name of a facet, e.g. Skills</comment>
        <translation>Rechercher dans « %1 »…</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterChips</name>
    <message>
        <source>Active filter</source>
        <translation>Filtre actif</translation>
    </message>
    <message>
        <source>No filter: all postings are shown.</source>
        <translation>Aucun filtre : toutes les offres d&apos;emploi sont affichées.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1: not %2</source>
        <translation>%1 : sauf %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>Salary: %1</source>
        <translation>Salaire : %1</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Expérience : %1</translation>
    </message>
    <message>
        <source>With a salary</source>
        <translation>Avec salaire</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Texte : « %1 »</translation>
    </message>
    <message>
        <source>%1% – %2%</source>
        <translation>%1&#xa0;% – %2&#xa0;%</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>au moins %1&#xa0;%</translation>
    </message>
    <message>
        <source>at most %1%</source>
        <translation>au plus %1&#xa0;%</translation>
    </message>
    <message>
        <source>Fit: %1</source>
        <translation>Adéquation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterExpression</name>
    <message>
        <source>“%1” at character %2: %3</source>
        <translation>« %1 » au caractère %2 : %3</translation>
    </message>
    <message>
        <source>a quotation mark is not closed.</source>
        <translation>un guillemet n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>a range cannot be excluded.</source>
        <translation>une plage ne peut pas être exclue.</translation>
    </message>
    <message>
        <source>expected a range like %1, or %2&gt;=N, %2&lt;=N.</source>
        <translation>plage attendue, comme %1, ou %2&gt;=N, %2&lt;=N.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>the range has no bounds.</source>
        <translation>la plage n&apos;a pas de bornes.</translation>
    </message>
    <message>
        <source>the lower bound is above the upper bound.</source>
        <translation>la borne inférieure dépasse la borne supérieure.</translation>
    </message>
    <message>
        <source>“%1” is not a number (examples: 150000, 150k, 5).</source>
        <translation>« %1 » n&apos;est pas un nombre (exemples : 150000, 150k, 5).</translation>
    </message>
    <message>
        <source>the only accepted form is has:salary.</source>
        <translation>la seule forme acceptée est has:salary.</translation>
    </message>
    <message>
        <source>unknown key “%1”. Accepted keys: %2.</source>
        <translation>clé inconnue « %1 ». Clés acceptées : %2.</translation>
    </message>
    <message>
        <source>“%1” takes values after a colon, e.g. %1:value.</source>
        <translation>« %1 » prend des valeurs après un deux-points, par exemple %1:value.</translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation>une valeur manque.</translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (%1 au total)</translation>
    </message>
    <message>
        <source>unknown %1 “%2”. Accepted: %3.</source>
        <translation>valeur inconnue pour %1 : « %2 ». Valeurs acceptées : %3.</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Toutes les offres d&apos;emploi</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>sauf %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1 : de %2 à %3</translation>
    </message>
    <message>
        <source>%1: at least %2</source>
        <translation>%1 : au moins %2</translation>
    </message>
    <message>
        <source>%1: at most %2</source>
        <translation>%1 : au plus %2</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>with a salary</source>
        <translation>avec salaire</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>a salary range has one currency, and %1 was given before %2.</source>
        <translation>une fourchette de salaire n’a qu’une devise, et %1 a été indiqué avant %2.</translation>
    </message>
    <message>
        <source>unknown currency “%1”; no posting here states a salary.</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»&#xa0;; aucune offre ici n’indique de salaire.</translation>
    </message>
    <message>
        <source>unknown currency “%1”. Salaries here are in %2.</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;». Les salaires sont ici en %2.</translation>
    </message>
    <message>
        <source>fit needs a client: choose one first (the fit of a posting is the share of its skills the client has).</source>
        <translation>fit requiert un client&#xa0;: choisissez-en un d’abord (l’adéquation d’une offre est la part de ses compétences que le client possède).</translation>
    </message>
    <message>
        <source>expected a fit from 0 to 1 or a percentage, like fit&gt;=0.8, fit&gt;=80% or fit:0.5..0.8.</source>
        <translation>une adéquation de 0 à 1 ou un pourcentage est attendu, comme fit&gt;=0.8, fit&gt;=80% ou fit:0.5..0.8.</translation>
    </message>
    <message>
        <source>Fit to the client</source>
        <translation>Adéquation au client</translation>
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
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Only postings with a salary</source>
        <translation>Uniquement les offres d&apos;emploi avec salaire</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Search titles, companies, skills, notes…</source>
        <translation>Rechercher dans les titres, entreprises, compétences, notes…</translation>
    </message>
    <message>
        <source>Text search</source>
        <translation>Recherche de texte</translation>
    </message>
    <message>
        <source>Filter, e.g. seniority:senior skill:kubernetes salary&gt;=150k</source>
        <translation>Filtre, par ex. seniority:senior skill:kubernetes salary&gt;=150k</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Expression de filtre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the filter expression</source>
        <translation>Copier l&apos;expression de filtre</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Salary (annual)</source>
        <translation>Salaire (annuel)</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Famille de métiers</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The whole filter as text. Edit it and press Enter.
key:value[,value] with keys role, seniority, location, mode, type, skill, company, industry, size;
-key:value excludes; salary&gt;=150k, salary:150k..300k, experience:3..5, has:salary; other words search the text.
A salary range is in the most common currency, or in the one whose code follows it: salary&gt;=200k eur.</source>
        <translation>Le filtre entier sous forme de texte. Modifiez-le et appuyez sur Entrée.
key:value[,value] avec les clés role, seniority, location, mode, type, skill, company, industry, size&#xa0;;
-key:value exclut&#xa0;; salary&gt;=150k, salary:150k..300k, experience:3..5, has:salary&#xa0;; les autres mots sont cherchés dans le texte.
Une fourchette de salaire est dans la devise la plus courante, ou dans celle dont le code la suit&#xa0;: salary&gt;=200k eur.</translation>
    </message>
    <message>
        <source>The currency of the salary range: without exchange rates, postings in other currencies do not match it</source>
        <translation>La devise de la fourchette de salaire&#xa0;: faute de taux de change, les offres dans d’autres devises n’y correspondent pas</translation>
    </message>
    <message>
        <source>Salary currency</source>
        <translation>Devise du salaire</translation>
    </message>
    <message>
        <source>%1 with a salary in %2</source>
        <translation>%1 avec un salaire en %2</translation>
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
        <translation>Écart de compétences</translation>
    </message>
    <message>
        <source>Skill gap chart</source>
        <translation>Graphique de l’écart de compétences</translation>
    </message>
    <message>
        <source>Skill gap numbers</source>
        <translation>Chiffres de l’écart de compétences</translation>
    </message>
    <message>
        <source>Choose a client in the Client panel to see the skills they lack</source>
        <translation>Choisissez un client dans le panneau «&#xa0;Client&#xa0;» pour voir les compétences qui lui manquent</translation>
    </message>
    <message>
        <source>Share of matching postings (in brackets: postings the skill would make fit)</source>
        <translation>Part des offres correspondantes (+N&#xa0;: offres qui conviendraient en plus)</translation>
    </message>
    <message>
        <source>fits %1 of %2 now (fit of at least %3%)</source>
        <translation>convient maintenant à %1 sur %2 (adéquation d’au moins %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Client: %1 · %2</source>
        <translation>Client&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Le client %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportCommand</name>
    <message>
        <source>Read %1 rows from %2 (mapping: %3)
</source>
        <translation>%1 lignes lues depuis %2 (correspondance : %3)
</translation>
    </message>
    <message>
        <source>by column names</source>
        <translation>par noms de colonnes</translation>
    </message>
    <message>
        <source>Imported: %1
</source>
        <translation>Importées : %1
</translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1
</source>
        <translation>Ignorées car en double : %1
</translation>
    </message>
    <message>
        <source>Rejected: %1
</source>
        <translation>Rejetées : %1
</translation>
    </message>
    <message>
        <source>New skills (uncategorised): %1
</source>
        <translation>Nouvelles compétences (sans catégorie) : %1
</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>  %1, column %2: %3
</source>
        <translation>  %1, colonne %2 : %3
</translation>
    </message>
    <message>
        <source>  … and %1 more
</source>
        <translation>  … et %1 de plus
</translation>
    </message>
    <message>
        <source>--import needs the DATABASE to create or append to, e.g. jobexplorer --import postings.csv postings.sqlite</source>
        <translation>--import attend la base de données (DATABASE) à créer ou à compléter, par exemple jobexplorer --import postings.csv postings.sqlite</translation>
    </message>
    <message>
        <source>Wrote %1 in %2 s</source>
        <translation>%1 écrit en %2 s</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportDialog</name>
    <message>
        <source>Import Postings</source>
        <translation>Importer des offres d&apos;emploi</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
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
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Detected from the header and values</source>
        <translation>Détectée d&apos;après l&apos;en-tête et les valeurs</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>Char&amp;ger…</translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation>Charger une correspondance de colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Correspondances de colonnes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Enregis&amp;trer…</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>Corres&amp;pondance :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne dans le fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be stored</source>
        <translation>Aperçu : les premières lignes telles qu&apos;elles seront enregistrées</translation>
    </message>
    <message>
        <source>Into a &amp;new database:</source>
        <translation>Dans une &amp;nouvelle base de données :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Append to the open database (%1)</source>
        <translation>&amp;Ajouter à la base de données ouverte (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Import nothing if a row is rejected (otherwise skip bad rows)</source>
        <translation>Ne rien importer si une ligne est rejetée (sinon, ignorer les lignes incorrectes)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Postings (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Offres d&apos;emploi (*.csv *.tsv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Job Market Explorer databases (*.sqlite)</source>
        <translation>Bases de données Job Market Explorer (*.sqlite)</translation>
    </message>
    <message>
        <source>Job Market Explorer dataset (JSON)</source>
        <translation>Jeu de données Job Market Explorer (JSON)</translation>
    </message>
    <message>
        <source>CSV%1</source>
        <translation>CSV%1</translation>
    </message>
    <message>
        <source>, with byte order mark</source>
        <translation>, avec indicateur d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>JSON list of objects</source>
        <translation>Liste JSON d&apos;objets</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Enregistrer la correspondance de colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Map a column to the title to import.</source>
        <translation>Associez une colonne au titre pour pouvoir importer.</translation>
    </message>
    <message>
        <source>%1 exists. Add the postings to it?</source>
        <translation>%1 existe. Y ajouter les offres d&apos;emploi ?</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows per second, about %3 s left</source>
        <translation>%1 lignes lues, %2 lignes par seconde, environ %3 s restantes</translation>
    </message>
    <message>
        <source>Read %1, imported %2, skipped %3 as duplicates, rejected %4.</source>
        <translation>Lues : %1, importées : %2, ignorées car en double : %3, rejetées : %4.</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier écrit : %1.</translation>
    </message>
    <message>
        <source>No problems in the preview.</source>
        <translation>Aucun problème dans l&apos;aperçu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first rows would be rejected.</source>
        <translation>
            <numerusform>%Ln des premières lignes serait rejetée.</numerusform>
            <numerusform>%Ln des premières lignes seraient rejetées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportMapping</name>
    <message>
        <source>Source id</source>
        <translation>Identifiant source</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Famille de métiers</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Minimum years</source>
        <translation>Années minimum</translation>
    </message>
    <message>
        <source>Maximum years</source>
        <translation>Années maximum</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Remote allowed (flag)</source>
        <translation>Télétravail autorisé (indicateur)</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Salary minimum</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <source>Salary maximum</source>
        <translation>Salaire maximum</translation>
    </message>
    <message>
        <source>Salary (single figure)</source>
        <translation>Salaire (montant unique)</translation>
    </message>
    <message>
        <source>Salary range as text</source>
        <translation>Fourchette salariale (texte)</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Période de paie</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Metro area</source>
        <translation>Aire métropolitaine</translation>
    </message>
    <message>
        <source>Posted date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Skills (listed)</source>
        <translation>Compétences (listées)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The mapping %1 is neither a preset (%2) nor a readable file: %3</source>
        <translation>La correspondance %1 n&apos;est ni un préréglage (%2) ni un fichier lisible : %3</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a saved column mapping.</source>
        <translation>Le fichier de correspondance %1 n&apos;est pas une correspondance de colonnes enregistrée.</translation>
    </message>
    <message>
        <source>The mapping file %1 names the unknown field &quot;%2&quot;.</source>
        <translation>Le fichier de correspondance %1 cite le champ inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot import %1: it has no column “%2”, which the mapping file %3 takes the title from (its columns: %4).</source>
        <translation>Impossible d&apos;importer %1&#xa0;: le fichier n&apos;a pas de colonne «&#xa0;%2&#xa0;», dont le fichier de correspondance %3 tire le titre (ses colonnes&#xa0;: %4).</translation>
    </message>
    <message>
        <source>Cannot import %1: it has no column “%2”, which the mapping “%3” takes the title from (its columns: %4).</source>
        <translation>Impossible d&apos;importer %1&#xa0;: le fichier n&apos;a pas de colonne «&#xa0;%2&#xa0;», dont la correspondance «&#xa0;%3&#xa0;» tire le titre (ses colonnes&#xa0;: %4).</translation>
    </message>
    <message>
        <source>Cannot import %1: no column is mapped to the title (columns: %2).</source>
        <translation>Impossible d&apos;importer %1&#xa0;: aucune colonne n&apos;est associée au titre (colonnes&#xa0;: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a long list of columns</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
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
        <translation>%1 (listée)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Famille de métiers</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1
Read from “%2”: currency %3, %4</source>
        <translation>%1
Lu dans «&#xa0;%2&#xa0;»&#xa0;: devise %3, %4</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportSource</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file is not text (it holds binary data).</source>
        <translation>le fichier n&apos;est pas du texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>the JSON is neither a list of objects nor a Job Market Explorer dataset.</source>
        <translation>le JSON n&apos;est ni une liste d&apos;objets ni un jeu de données Job Market Explorer.</translation>
    </message>
    <message>
        <source>the JSON is not a list of objects (item %1 is not an object).</source>
        <translation>le JSON n&apos;est pas une liste d&apos;objets (l&apos;élément %1 n&apos;est pas un objet).</translation>
    </message>
    <message>
        <source>the JSON list is empty.</source>
        <translation>la liste JSON est vide.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>it is not a regular file (a named pipe or a device, say).</source>
        <translation>ce n&apos;est pas un fichier ordinaire (mais par exemple un tube nommé ou un périphérique).</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Newly fitting</source>
        <translation>Nouvelles offres</translation>
    </message>
    <message>
        <source>Fitting after</source>
        <translation>Offres ensuite</translation>
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
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import Postings…</source>
        <translation>&amp;Importer des offres d&apos;emploi…</translation>
    </message>
    <message>
        <source>&amp;Export Postings as CSV…</source>
        <translation>&amp;Exporter les offres d&apos;emploi en CSV…</translation>
    </message>
    <message>
        <source>Export Postings as &amp;JSON…</source>
        <translation>Exporter les offres d&apos;emploi en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search Postings</source>
        <translation>Re&amp;chercher des offres d&apos;emploi</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Job Market Explorer</source>
        <translation>À &amp;propos de Job Market Explorer</translation>
    </message>
    <message>
        <source>About Job Market Explorer</source>
        <translation>À propos de Job Market Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Job Market Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explore job postings: filter them, compare salary bands and export charts and data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Job Market Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explorez des offres d&apos;emploi : filtrez-les, comparez les fourchettes salariales et exportez graphiques et données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is read-only: you can explore it but not change it.</source>
        <translation>%1 est en lecture seule : vous pouvez l&apos;explorer mais pas le modifier.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Job Market Explorer databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données Job Market Explorer (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Export terminé : %1 vers %2</translation>
    </message>
    <message>
        <source>Export Postings as CSV</source>
        <translation>Exporter les offres d&apos;emploi en CSV</translation>
    </message>
    <message>
        <source>postings.csv</source>
        <translation>offres_emploi.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Postings as JSON</source>
        <translation>Exporter les offres d&apos;emploi en JSON</translation>
    </message>
    <message>
        <source>postings.json</source>
        <translation>offres_emploi.json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Graphique exporté vers %1</translation>
    </message>
    <message>
        <source>Export Chart Numbers as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <source>Exported the chart&apos;s numbers to %1</source>
        <translation>Données du graphique exportées vers %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>&amp;Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>C&amp;ompare Cohorts</source>
        <translation>Comparer des co&amp;hortes</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <source>Exported the comparison to %1</source>
        <translation>Comparaison exportée vers %1</translation>
    </message>
    <message>
        <source>Export Comparison as CSV</source>
        <translation>Exporter la comparaison en CSV</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparaison.csv</translation>
    </message>
    <message>
        <source>Postings and cohorts</source>
        <translation>Offres d&apos;emploi et cohortes</translation>
    </message>
    <message>
        <source>Edit Filter &amp;Expression</source>
        <translation>Modifier l&apos;&amp;expression du filtre</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
</context>
<context>
    <name>jobexplorer::OutputFile</name>
    <message>
        <source>no file name was given.</source>
        <translation>aucun nom de fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>it is the database that is open; choose another file name.</source>
        <translation>c&apos;est la base de données ouverte&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>le disque est plein.</translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation>le fichier n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>it is a folder, not a database file.</source>
        <translation>c&apos;est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>it is not an SQLite database (it may be a different kind of file).</source>
        <translation>ce n&apos;est pas une base de données SQLite (il s&apos;agit peut-être d&apos;un autre type de fichier).</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1).</source>
        <translation>SQLite ne peut pas l&apos;ouvrir (%1).</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1).</source>
        <translation>le fichier est endommagé ou n&apos;est pas une base de données (%1).</translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation>le fichier est endommagé (%1).</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Job Market Explorer database (it has no &quot;%1&quot; table).</source>
        <translation>c&apos;est une base de données SQLite, mais pas une base de données Job Market Explorer (elle n&apos;a pas de table &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>it has no format version; it was not written by Job Market Explorer.</source>
        <translation>elle n&apos;a pas de version de format ; elle n&apos;a pas été écrite par Job Market Explorer.</translation>
    </message>
    <message>
        <source>its format version &quot;%1&quot; is not valid.</source>
        <translation>sa version de format &quot;%1&quot; n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Job Market Explorer (format version %1; this version reads up to %2). Please update the program.</source>
        <translation>elle a été écrite par une version plus récente de Job Market Explorer (version de format %1 ; cette version lit jusqu&apos;à la version %2). Veuillez mettre à jour le programme.</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program (application id %1), not a Job Market Explorer database.</source>
        <translation>c&apos;est une base SQLite d&apos;un autre programme (identifiant d&apos;application %1), pas une base de Job Market Explorer.</translation>
    </message>
    <message>
        <source>its format &quot;%1&quot; is not a Job Market Explorer database format.</source>
        <translation>son format «&#xa0;%1&#xa0;» n&apos;est pas un format de base de Job Market Explorer.</translation>
    </message>
    <message>
        <source>Cannot open a database: no file name was given.</source>
        <translation>Impossible d&apos;ouvrir une base de données&#xa0;: aucun nom de fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>it is not a regular file (a named pipe or a device, say).</source>
        <translation>ce n&apos;est pas un fichier ordinaire (mais par exemple un tube nommé ou un périphérique).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingDetailView</name>
    <message>
        <source>Posting details</source>
        <translation>Détails de l&apos;offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Select a posting to see all its details.</source>
        <translation>Sélectionnez une offre d&apos;emploi pour en voir tous les détails.</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Famille de métiers</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>texte d&apos;origine : %1</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Open the posting on %1</source>
        <translation>Ouvrir l&apos;offre d&apos;emploi sur %1</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Identifiant source</translation>
    </message>
    <message>
        <source>Skills (%1)</source>
        <translation>Compétences (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Possède</translation>
    </message>
    <message>
        <source>Is learning</source>
        <translation>Apprend</translation>
    </message>
    <message>
        <source>Lacks</source>
        <translation>Manque</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingFormat</name>
    <message>
        <source>%1k</source>
        <comment>thousands of a currency</comment>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>1 posting</source>
        <translation>1 offre d&apos;emploi</translation>
    </message>
    <message>
        <source>%1 postings</source>
        <translation>%1 offres d&apos;emploi</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 ans</translation>
    </message>
    <message>
        <source>%1+ years</source>
        <translation>%1 ans et plus</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>jusqu&apos;à %1 ans</translation>
    </message>
    <message>
        <source>1 posting in another currency left out</source>
        <translation>1 offre exclue car dans une autre devise</translation>
    </message>
    <message>
        <source>%1 postings in other currencies left out</source>
        <translation>%1 offres exclues car dans d’autres devises</translation>
    </message>
    <message>
        <source>no salary stated</source>
        <translation>aucun salaire indiqué</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingImporter</name>
    <message>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>pas de titre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of years</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre d&apos;années</translation>
    </message>
    <message>
        <source>&quot;%1&quot; states no years of experience</source>
        <translation>&quot;%1&quot; n&apos;indique pas d&apos;années d&apos;expérience</translation>
    </message>
    <message>
        <source>minimum years above maximum years</source>
        <translation>minimum d&apos;années supérieur au maximum</translation>
    </message>
    <message>
        <source>minimum salary above maximum</source>
        <translation>salaire minimum supérieur au maximum</translation>
    </message>
    <message>
        <source>unknown pay period &quot;%1&quot;</source>
        <translation>période de paie inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; n&apos;est pas une date</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1 : %2</translation>
    </message>
    <message>
        <source>Import aborted at %1, column %2: %3; nothing was written.</source>
        <translation>Importation interrompue à %1, colonne %2 : %3 ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Postings imported from %1 on %2.</source>
        <translation>Offres d&apos;emploi importées depuis %1 le %2.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the database is read-only.</source>
        <translation>Impossible d&apos;importer dans %1 : la base de données est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the file is read-only.</source>
        <translation>Impossible d&apos;importer dans %1 : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>The import was cancelled; %1 was not changed.</source>
        <translation>L&apos;importation a été annulée ; %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1; %2 was not changed.</source>
        <translation>Rien n&apos;a pu être importé depuis %1 ; %2 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot import into %1: %2</source>
        <translation>Impossible d&apos;importer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>salary “%1” is a range where one amount belongs; map the column as “%2”</source>
        <translation>le salaire «&#xa0;%1&#xa0;» est une plage de montants là où un seul montant est attendu&#xa0;; associez la colonne à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the salary columns name two pay periods, %1 and %2</source>
        <translation>les colonnes de salaire indiquent deux périodicités de paie, %1 et %2</translation>
    </message>
    <message>
        <source>unknown currency “%1”</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” could be %2: the salary does not say which</source>
        <translation>«&#xa0;%1&#xa0;» peut désigner %2&#xa0;: le salaire ne précise pas laquelle</translation>
    </message>
    <message>
        <source>the salary columns name two currencies, %1 and %2</source>
        <translation>les colonnes de salaire indiquent deux devises, %1 et %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingNormalizer</name>
    <message>
        <source>%1+ years</source>
        <translation>%1 ans et plus</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingTableModel</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Famille de métiers</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Salary (annual)</source>
        <translation>Salaire (annuel)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a posting&apos;s fit to the client</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingTableView</name>
    <message>
        <source>Postings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>jobexplorer::RangeChartTableModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Premier quartile</translation>
    </message>
    <message>
        <source>Midpoint or median</source>
        <translation>Point médian ou médiane</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Troisième quartile</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Lowest minimum</source>
        <translation>Minimum le plus bas</translation>
    </message>
    <message>
        <source>Highest maximum</source>
        <translation>Maximum le plus haut</translation>
    </message>
    <message>
        <source>Published band from</source>
        <translation>Bas de la fourchette salariale publiée</translation>
    </message>
    <message>
        <source>Published band to</source>
        <translation>Haut de la fourchette salariale publiée</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Report</name>
    <message>
        <source>Job market report</source>
        <translation>Rapport sur le marché de l&apos;emploi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Job Market Explorer %1</source>
        <translation>Job Market Explorer %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data: </source>
        <translation>Données&#xa0;: </translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Date&#xa0;: </translation>
    </message>
    <message>
        <source>Filter: </source>
        <translation>Filtre&#xa0;: </translation>
    </message>
    <message>
        <source>Postings: </source>
        <translation>Offres d&apos;emploi&#xa0;: </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Matching postings</source>
        <translation>Offres d&apos;emploi correspondantes</translation>
    </message>
    <message>
        <source>With a stated salary</source>
        <translation>Avec un salaire indiqué</translation>
    </message>
    <message>
        <source>%1 (annual, in %2)</source>
        <translation>%1 (annuel, en %2)</translation>
    </message>
    <message>
        <source>Salary median</source>
        <translation>Salaire médian</translation>
    </message>
    <message>
        <source>Middle half (quartiles)</source>
        <translation>Moitié centrale (quartiles)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Left out of the salary figures</source>
        <translation>Exclues des chiffres de salaire</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Salaries are annual (hourly, daily, weekly and monthly pay multiplied up); each posting counts with the middle of its range. Postings in other currencies are left out, never converted.</source>
        <translation>Les salaires sont annuels (salaires horaires, journaliers, hebdomadaires et mensuels ramenés à l&apos;année)&#xa0;; chaque offre compte pour le milieu de sa fourchette. Les offres dans d&apos;autres devises sont exclues, jamais converties.</translation>
    </message>
    <message>
        <source>Cohorts compared</source>
        <translation>Cohortes comparées</translation>
    </message>
    <message>
        <source>%1: %2; most asked for: %3</source>
        <translation>%1&#xa0;: %2&#xa0;; les plus demandées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot export a report to %1: the file name must end in .pdf, .odt or .html.</source>
        <translation>Impossible d&apos;exporter un rapport vers %1&#xa0;: le nom du fichier doit se terminer par .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ReportActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Title of the report:</source>
        <translation>Titre du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer refused it.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé&#xa0;: l&apos;imprimante l&apos;a refusé.</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Rapport exporté vers %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>rapport.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument text (*.odt);;Web pages (*.html)</source>
        <translation>Documents PDF (*.pdf);;Texte OpenDocument (*.odt);;Pages web (*.html)</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ResumeDialog</name>
    <message>
        <source>Skills from a Résumé</source>
        <translation>Compétences d’un CV</translation>
    </message>
    <message>
        <source>Paste a résumé or profile text here, or open a text file.</source>
        <translation>Collez ici un CV ou un texte de profil, ou ouvrez un fichier texte.</translation>
    </message>
    <message>
        <source>Résumé text</source>
        <translation>Texte du CV</translation>
    </message>
    <message>
        <source>&amp;Find Skills</source>
        <translation>&amp;Trouver les compétences</translation>
    </message>
    <message>
        <source>&amp;Open Text File…</source>
        <translation>&amp;Ouvrir un fichier texte…</translation>
    </message>
    <message>
        <source>Skills found</source>
        <translation>Compétences trouvées</translation>
    </message>
    <message>
        <source>&amp;Add Ticked Skills</source>
        <translation>A&amp;jouter les compétences cochées</translation>
    </message>
    <message>
        <source>%1 (found as “%2”)</source>
        <translation>%1 (trouvée comme «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>No skill of the database&apos;s taxonomy was found in the text.</source>
        <translation>Aucune compétence de la taxonomie de la base n’a été trouvée dans le texte.</translation>
    </message>
    <message>
        <source>&amp;Skills found (untick those that do not apply): %1</source>
        <translation>&amp;Compétences trouvées (décochez celles qui ne s’appliquent pas)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a Résumé</source>
        <translation>Ouvrir un CV</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>it is larger than 1 MB, too large for a résumé.</source>
        <translation>il dépasse 1 Mo, c’est trop pour un CV.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SalaryBandChart</name>
    <message>
        <source>Salary bands</source>
        <translation>Fourchettes salariales</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>%1 with a salary of %2 matching</source>
        <translation>%1 avec salaire sur %2 correspondant au filtre</translation>
    </message>
    <message>
        <source>annual, %1</source>
        <translation>annuel, %1</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>exclues : %1</translation>
    </message>
    <message>
        <source>None of the matching postings states a salary.</source>
        <translation>Aucune des offres d&apos;emploi correspondantes n&apos;indique de salaire.</translation>
    </message>
    <message>
        <source>Salary bands · %1 by midpoint</source>
        <translation>Fourchettes salariales · %1, par point médian</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(entreprise non précisée)</translation>
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
%4 (point médian %5)</translation>
    </message>
    <message>
        <source>Published band for %1: %2</source>
        <translation>Fourchette salariale publiée pour %1 : %2</translation>
    </message>
    <message>
        <source>A posting&apos;s range (tick: midpoint)</source>
        <translation>Fourchette d&apos;une offre d&apos;emploi (repère : point médian)</translation>
    </message>
    <message>
        <source>Salary bands · %1 postings by level</source>
        <translation>Fourchettes salariales · %1 offres d&apos;emploi par niveau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 postings
median %3, middle half %4
ranges from %5</source>
        <translation>%1 : %2 offres d&apos;emploi
médiane %3, moitié centrale %4
fourchettes : %5</translation>
    </message>
    <message>
        <source>Middle half of midpoints (line: median, whiskers: lowest to highest midpoint; dashes: lowest minimum to highest maximum)</source>
        <translation>Moitié centrale des points médians (trait : médiane, moustaches : du point médian le plus bas au plus haut ; tirets : du minimum le plus bas au maximum le plus haut)</translation>
    </message>
    <message>
        <source>Published band for the level</source>
        <translation>Fourchette salariale publiée pour le niveau</translation>
    </message>
    <message>
        <source>Salary band chart</source>
        <translation>Graphique des fourchettes salariales</translation>
    </message>
    <message>
        <source>Salary band numbers</source>
        <translation>Données des fourchettes salariales</translation>
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
            <numerusform>%Ln sans salaire</numerusform>
            <numerusform>%Ln sans salaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in another currency</source>
        <translation>
            <numerusform>%Ln dans une autre devise</numerusform>
            <numerusform>%Ln dans une autre devise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::SalaryText</name>
    <message>
        <source>salary “%1” names two currencies, %2 and %3</source>
        <translation>le salaire «&#xa0;%1&#xa0;» indique deux devises, %2 et %3</translation>
    </message>
    <message>
        <source>salary “%1” has an amount that is not a number</source>
        <translation>le salaire «&#xa0;%1&#xa0;» contient un montant qui n’est pas un nombre</translation>
    </message>
    <message>
        <source>salary “%1” has no amount</source>
        <translation>le salaire «&#xa0;%1&#xa0;» ne contient aucun montant</translation>
    </message>
    <message>
        <source>salary “%1” has more than two amounts</source>
        <translation>le salaire «&#xa0;%1&#xa0;» contient plus de deux montants</translation>
    </message>
    <message>
        <source>salary “%1” names two pay periods, %2 and %3</source>
        <translation>le salaire «&#xa0;%1&#xa0;» indique deux périodicités de paie, %2 et %3</translation>
    </message>
    <message>
        <source>“%1” could be %2: map a currency column that says which</source>
        <translation>«&#xa0;%1&#xa0;» peut désigner %2&#xa0;: associez une colonne de devise qui le précise</translation>
    </message>
    <message>
        <source>the salary is in “%1” (%2) but the currency column says %3</source>
        <translation>le salaire est en «&#xa0;%1&#xa0;» (%2), mais la colonne de devise indique %3</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SettingsCohortStorage</name>
    <message>
        <source>Cannot save the cohorts in %1.</source>
        <translation>Impossible d&apos;enregistrer les cohortes dans %1.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SkillCategory</name>
    <message>
        <source>Infrastructure &amp; Orchestration</source>
        <translation>Infrastructure et orchestration</translation>
    </message>
    <message>
        <source>Programming Languages</source>
        <translation>Langages de programmation</translation>
    </message>
    <message>
        <source>Cloud Platforms</source>
        <translation>Plateformes cloud</translation>
    </message>
    <message>
        <source>ML/AI Frameworks</source>
        <translation>Frameworks ML/IA</translation>
    </message>
    <message>
        <source>Model Serving &amp; Inference</source>
        <translation>Déploiement et inférence de modèles</translation>
    </message>
    <message>
        <source>MLOps &amp; Workflow Tools</source>
        <translation>MLOps et outils de workflow</translation>
    </message>
    <message>
        <source>Data Processing &amp; Storage</source>
        <translation>Traitement et stockage des données</translation>
    </message>
    <message>
        <source>Monitoring &amp; Observability</source>
        <translation>Supervision et observabilité</translation>
    </message>
    <message>
        <source>GPU &amp; Accelerators</source>
        <translation>GPU et accélérateurs</translation>
    </message>
    <message>
        <source>Distributed Training</source>
        <translation>Entraînement distribué</translation>
    </message>
    <message>
        <source>Security &amp; Compliance</source>
        <translation>Sécurité et conformité</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Domain &amp; Practices</source>
        <translation>Domaines et pratiques</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SkillGapModel</name>
    <message>
        <source>Skill gap · %1 of %2</source>
        <translation>Écart de compétences · %1 sur %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>acquise</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>en apprentissage</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>%1 (%2 preferred)</source>
        <translation>%1 (%2 souhaitée)</translation>
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
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Offres d’emploi</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Unlocks</source>
        <translation>Débloque</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SqliteConnection</name>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>problems in a file</comment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and at least %n more</source>
        <comment>problems in a file</comment>
        <translation>
            <numerusform>et au moins %n autre</numerusform>
            <numerusform>et au moins %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::StoreLoader</name>
    <message>
        <source>it names %1 different skills; this version handles up to %2</source>
        <translation>il cite %1 compétences différentes ; cette version en gère au plus %2</translation>
    </message>
    <message>
        <source>the postings changed while they were read</source>
        <translation>les offres d&apos;emploi ont changé pendant leur lecture</translation>
    </message>
    <message>
        <source>the postings cannot be read (%1).</source>
        <translation>les offres d&apos;emploi ne peuvent pas être lues (%1).</translation>
    </message>
    <message>
        <source>the skills&apos; requirements cannot be read (%1).</source>
        <translation>les exigences des compétences ne peuvent pas être lues (%1).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Vocabulary</name>
    <message>
        <source>Entry</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Confirmé</translation>
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
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Temps plein</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Freelance / mission</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>toutes les deux semaines</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>unknown period</source>
        <translation>période inconnue</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requise</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>souhaitée</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>non précisée</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Workspace</name>
    <message>
        <source>%1 is damaged (%2). What is shown may be incomplete or wrong; restore the file from a backup.</source>
        <translation>%1 est endommagé (%2). Ce qui est affiché peut être incomplet ou faux ; restaurez le fichier à partir d&apos;une sauvegarde.</translation>
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
        <translation>Explorer une base de données d&apos;offres d&apos;emploi : filtrer, comparer les fourchettes salariales, exporter.</translation>
    </message>
    <message>
        <source>Start with this filter, e.g. &quot;seniority:senior skill:kubernetes salary&gt;=150k&quot;.</source>
        <translation>Démarrer avec ce filtre, par exemple &quot;seniority:senior skill:kubernetes salary&gt;=150k&quot;.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Write the matching postings as CSV to FILE, without a window.</source>
        <translation>Écrire les offres d&apos;emploi correspondantes en CSV dans FILE, sans fenêtre.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the matching postings as JSON (dataset format) to FILE, without a window.</source>
        <translation>Écrire les offres d&apos;emploi correspondantes en JSON (format jeu de données) dans FILE, sans fenêtre.</translation>
    </message>
    <message>
        <source>KIND=FILE</source>
        <translation>KIND=FILE</translation>
    </message>
    <message>
        <source>Pixel size of exported charts (default 1600x1000).</source>
        <translation>Taille en pixels des graphiques exportés (par défaut 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Compare cohorts without a window (2 to 6, repeat the option): print each one&apos;s figures; with --export-csv write one row per cohort. The name ends at the first &quot;=&quot;, e.g. &quot;High=salary&gt;=230k&quot;.</source>
        <translation>Comparer des cohortes sans fenêtre (de 2 à 6, en répétant l&apos;option) : affiche les chiffres de chacune ; avec --export-csv, écrit une ligne par cohorte. Le nom s&apos;arrête au premier &quot;=&quot;, par exemple &quot;High=salary&gt;=230k&quot;.</translation>
    </message>
    <message>
        <source>NAME=EXPR</source>
        <translation>NAME=EXPR</translation>
    </message>
    <message>
        <source>Add a published salary band to the comparison as a cohort, e.g. senior or staff:total.</source>
        <translation>Ajouter une fourchette salariale publiée à la comparaison, comme cohorte, par exemple senior ou staff:total.</translation>
    </message>
    <message>
        <source>LEVEL[:PAY]</source>
        <translation>LEVEL[:PAY]</translation>
    </message>
    <message>
        <source>Import the postings in FILE (CSV or JSON) into DATABASE, creating it or appending to it, without a window.</source>
        <translation>Importer les offres d&apos;emploi de FILE (CSV ou JSON) dans DATABASE, en la créant ou en la complétant, sans fenêtre.</translation>
    </message>
    <message>
        <source>With --import: the column mapping, a preset (linkedin, lightcast, jobexplorer) or a saved mapping file; chosen by the header when omitted.</source>
        <translation>Avec --import : la correspondance des colonnes, soit un préréglage (linkedin, lightcast, jobexplorer), soit un fichier de correspondance enregistré ; choisie d&apos;après l&apos;en-tête si omise.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>With --import: import nothing when a row is rejected (rejected rows are skipped otherwise).</source>
        <translation>Avec --import : ne rien importer si une ligne est rejetée (sinon, les lignes rejetées sont ignorées).</translation>
    </message>
    <message>
        <source>The filter was not applied: %1</source>
        <translation>Le filtre n&apos;a pas été appliqué : %1</translation>
    </message>
    <message>
        <source>The language of the program: %1 (default: as last chosen, else the system&apos;s).</source>
        <translation>La langue du programme : %1 (par défaut : la dernière choisie, sinon celle du système).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose one of %2.</source>
        <translation>Langue inconnue &quot;%1&quot; : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>With --compare, --export-chart takes compare=FILE; got &quot;%1&quot;.</source>
        <translation>Avec --compare, --export-chart attend compare=FILE ; reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <source>The posting database to open. Without one, the window reopens the last database and commands use the bundled dataset.</source>
        <translation>La base d&apos;offres d&apos;emploi à ouvrir. Sans elle, la fenêtre rouvre la dernière base utilisée et les commandes utilisent le jeu de données fourni.</translation>
    </message>
    <message>
        <source>--%1 needs a file name; it was given an empty one.</source>
        <translation>--%1 attend un nom de fichier&#xa0;; il a reçu un nom vide.</translation>
    </message>
    <message>
        <source>The database file name is empty.</source>
        <translation>Le nom de fichier de la base de données est vide.</translation>
    </message>
    <message>
        <source>Write a report of the matching postings (or of the cohorts compared) to FILE, without a window: .pdf, .odt (LibreOffice, Word) or .html.</source>
        <translation>Écrire un rapport des offres d&apos;emploi correspondantes (ou des cohortes comparées) dans FILE, sans fenêtre&#xa0;: .pdf, .odt (LibreOffice, Word) ou .html.</translation>
    </message>
    <message>
        <source>With --export-report: the report&apos;s title.</source>
        <translation>Avec --export-report&#xa0;: le titre du rapport.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>With --export-report: the paper of a PDF report, A4 or Letter (default: as the language&apos;s country uses).</source>
        <translation>Avec --export-report&#xa0;: le format de papier d&apos;un rapport PDF, A4 ou Letter (par défaut&#xa0;: celui du pays de la langue).</translation>
    </message>
    <message>
        <source>A4|Letter</source>
        <translation>A4|Letter</translation>
    </message>
    <message>
        <source>--report-title and --page-size go with --export-report.</source>
        <translation>--report-title et --page-size s&apos;utilisent avec --export-report.</translation>
    </message>
    <message>
        <source>Write a chart with its caption to FILE (.png, .svg or .pdf), without a window. KIND: skills, seniority, roles, workmode, types, locations, salary, bands or gap (with a client). Repeatable.</source>
        <translation>Écrire un graphique avec sa légende dans FILE (.png, .svg ou .pdf), sans fenêtre. KIND : skills, seniority, roles, workmode, types, locations, salary, bands ou gap (avec un client). Option répétable.</translation>
    </message>
    <message>
        <source>The client (a client file of one, as exported from the Client panel): the CSV gains a Fit column and the gap can be exported.</source>
        <translation>Le client (un fichier contenant un seul client, tel qu’exporté par le panneau «&#xa0;Client&#xa0;»)&#xa0;: le CSV reçoit une colonne «&#xa0;Adéquation&#xa0;» et l’écart peut être exporté.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <source>An unsaved client with these skills (names or aliases, separated by commas), e.g. &quot;Python,Docker,AWS&quot;.</source>
        <translation>Un client non enregistré ayant ces compétences (noms ou alias séparés par des virgules), p.&#xa0;ex. &quot;Python,Docker,AWS&quot;.</translation>
    </message>
    <message>
        <source>SKILLS</source>
        <translation>COMPÉTENCES</translation>
    </message>
    <message>
        <source>Write the client&apos;s skill gap over the matching postings as CSV (skill,category,postings,share,status,unlocks).</source>
        <translation>Écrire en CSV l’écart de compétences du client sur les offres correspondantes (skill,category,postings,share,status,unlocks).</translation>
    </message>
    <message>
        <source>Leave the client&apos;s name out of the gap chart&apos;s caption and the report.</source>
        <translation>Omettre le nom du client dans la légende du graphique de l’écart et dans le rapport.</translation>
    </message>
</context>
</TS>
