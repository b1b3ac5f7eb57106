<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>jobexplorer::BatchExport</name>
    <message>
        <source>--export-chart needs KIND=FILE, e.g. skills=skills.png; got &quot;%1&quot;.</source>
        <translation>--export-chart necesita KIND=FILE, p. ej. skills=skills.png; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown chart kind &quot;%1&quot;: choose one of %2.</source>
        <translation>Tipo de gráfico desconocido &quot;%1&quot;: elija uno de %2.</translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>No se puede exportar un gráfico a %1: el nombre del archivo debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>--chart-size must be WIDTHxHEIGHT in pixels, 100 to 20000 each (e.g. 1600x1000); got &quot;%1&quot;.</source>
        <translation>--chart-size debe ser WIDTHxHEIGHT en píxeles, de 100 a 20000 cada uno (p. ej. 1600x1000); se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>El filtro no es válido: %1</translation>
    </message>
    <message>
        <source>%1 of %2 match %3</source>
        <translation>%1 de %2 coinciden: %3</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Cannot export a report to %1: the file name must end in .pdf, .odt or .html.</source>
        <translation>No se puede exportar un informe a %1: el nombre del archivo debe terminar en .pdf, .odt o .html.</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter; got &quot;%1&quot;.</source>
        <translation>--page-size debe ser A4 o Letter; se indicó «%1».</translation>
    </message>
    <message>
        <source>The skill gap needs a client: give --client FILE.json or --client-skills &quot;Python,Docker&quot;.</source>
        <translation>La brecha de habilidades necesita un cliente: indique --client ARCHIVO.json o --client-skills &quot;Python,Docker&quot;.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the client: it holds %2 clients; --client takes a file of one.</source>
        <translation>No se puede usar %1 como cliente: contiene %2 clientes; --client espera un archivo con uno solo.</translation>
    </message>
    <message>
        <source>--client-skills: %1</source>
        <translation>--client-skills: %1</translation>
    </message>
    <message>
        <source>Skills of the client this database does not know (left out): %1</source>
        <translation>Habilidades del cliente que esta base de datos no conoce (omitidas): %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::BundledDataset</name>
    <message>
        <source>The bundled dataset %1 is missing from the program.</source>
        <translation>Falta en el programa el conjunto de datos incluido %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the bundled database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos incluida.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartBuilder</name>
    <message>
        <source>Postings with a salary</source>
        <translation>Ofertas de empleo con salario</translation>
    </message>
    <message>
        <source>Matching postings</source>
        <translation>Ofertas de empleo coincidentes</translation>
    </message>
    <message>
        <source>Share of postings with a salary</source>
        <translation>Porcentaje de ofertas de empleo con salario</translation>
    </message>
    <message>
        <source>Share of matching postings</source>
        <translation>Porcentaje de ofertas de empleo coincidentes</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>PDF document (A4)</source>
        <translation>Documento PDF (A4)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Ancho en píxeles</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Alto en píxeles</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>The picture carries a caption: the dataset, the filter in words, the number of postings and today&apos;s date.</source>
        <translation>La imagen lleva una leyenda: el conjunto de datos, el filtro en palabras, el número de ofertas de empleo y la fecha de hoy.</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>grafico.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)</source>
        <translation>Imágenes PNG (*.png);;Dibujos SVG (*.svg);;Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>grafico</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartExporter</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · Job Market Explorer</source>
        <translation>%1 · %2 · Job Market Explorer</translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>No se puede exportar un gráfico a %1: el nombre del archivo debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>Cannot export a chart of %1×%2 pixels: choose between 100 and 20000 pixels a side.</source>
        <translation>No se puede exportar un gráfico de %1×%2 píxeles: elija entre 100 y 20000 píxeles por lado.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartModel</name>
    <message>
        <source>Skill demand</source>
        <translation>Demanda de habilidades</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Familia de puestos</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>Top locations</source>
        <translation>Ubicaciones principales</translation>
    </message>
    <message>
        <source>Annual salary</source>
        <translation>Salario anual</translation>
    </message>
    <message>
        <source>Report (all %1)</source>
        <translation>Informe (total: %1)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · no matching postings</source>
        <translation>%1 · ninguna oferta de empleo coincidente</translation>
    </message>
    <message>
        <source>%1 · none of %2 states a salary</source>
        <translation>%1 · ninguna de %2 indica un salario</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 of %4 state one</source>
        <translation>%1 (%2) · %3 de %4 lo indican</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 de %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Annual salary (%1)</source>
        <translation>Salario anual (%1)</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>Share of postings with a salary</source>
        <translation>Porcentaje de ofertas de empleo con salario</translation>
    </message>
    <message>
        <source>Share of matching postings</source>
        <translation>Porcentaje de ofertas de empleo coincidentes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Published share</source>
        <translation>Porcentaje publicado</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln in other currencies left out</source>
        <translation>
            <numerusform> · %Ln excluida por estar en otra moneda</numerusform>
            <numerusform> · %Ln excluidas por estar en otras monedas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartWidget</name>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>Cifras de %1</translation>
    </message>
    <message>
        <source>%1: %2 postings (%3)</source>
        <translation>%1: %2 ofertas de empleo (%3)</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartsPanel</name>
    <message>
        <source>Show as &amp;Table</source>
        <translation>Mostrar como &amp;tabla</translation>
    </message>
    <message>
        <source>Compare with the &amp;Report</source>
        <translation>Comparar con el &amp;informe</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copiar gráfico</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Export Chart &amp;Numbers as CSV…</source>
        <translation>Exportar las ci&amp;fras del gráfico como CSV…</translation>
    </message>
    <message>
        <source>&amp;Next Chart</source>
        <translation>Gráfico &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Chart</source>
        <translation>Gráfico &amp;anterior</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos de contrato</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Mostrar las cifras del gráfico como tabla</translation>
    </message>
    <message>
        <source>Show the share the market report publishes for each skill beside the computed one</source>
        <translation>Mostrar junto al porcentaje calculado el que publica el informe de mercado para cada habilidad</translation>
    </message>
    <message>
        <source>Copy the chart with its caption as a picture</source>
        <translation>Copiar el gráfico con su leyenda como imagen</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF with its caption</source>
        <translation>Exportar el gráfico como PNG, SVG o PDF con su leyenda</translation>
    </message>
    <message>
        <source>Export the chart&apos;s numbers as CSV</source>
        <translation>Exportar las cifras del gráfico como CSV</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Export, copy or compare this chart</source>
        <translation>Exportar, copiar o comparar este gráfico</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bandas salariales</translation>
    </message>
    <message>
        <source>Salary bands: each posting&apos;s range against the published band for its level</source>
        <translation>Bandas salariales: el rango salarial de cada oferta de empleo frente a la banda salarial publicada para su nivel de experiencia</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Name the C&amp;lient in the Gap Chart&apos;s Caption</source>
        <translation>Nombrar al c&amp;liente en el pie del gráfico de la brecha</translation>
    </message>
    <message>
        <source>Skill gap: the skills the matching postings ask for, held, being learnt or lacking by the chosen client</source>
        <translation>Brecha de habilidades: las habilidades que piden las ofertas coincidentes, dominadas, en aprendizaje o ausentes en el cliente elegido</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Client</name>
    <message>
        <source>learning</source>
        <translation>aprendiendo</translation>
    </message>
    <message>
        <source>has</source>
        <translation>domina</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>experto</translation>
    </message>
    <message>
        <source>unknown skill “%1”: the database&apos;s taxonomy has no skill or alias of that name.</source>
        <translation>habilidad desconocida «%1»: la taxonomía de la base de datos no tiene ninguna habilidad ni alias con ese nombre.</translation>
    </message>
    <message>
        <source>no skills are given.</source>
        <translation>no se indica ninguna habilidad.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientFile</name>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>no es JSON (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>it is not a client file (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>no es un archivo de clientes (falta &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive number.</source>
        <translation>su &quot;version&quot; falta o no es un número positivo.</translation>
    </message>
    <message>
        <source>it is version %1 of the format; this program reads up to version %2.</source>
        <translation>es la versión %1 del formato; este programa lee hasta la versión %2.</translation>
    </message>
    <message>
        <source>it has no &quot;clients&quot; list.</source>
        <translation>no tiene una lista &quot;clients&quot;.</translation>
    </message>
    <message>
        <source>client %1 has no name.</source>
        <translation>el cliente %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>skill %1 of client “%2” has no name.</source>
        <translation>la habilidad %1 del cliente «%2» no tiene nombre.</translation>
    </message>
    <message>
        <source>skill “%1” of client “%2” has the unknown level “%3” (accepted: learning, has, strong).</source>
        <translation>la habilidad «%1» del cliente «%2» tiene el nivel desconocido «%3» (se aceptan: learning, has, strong).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read clients from %1: %2</source>
        <translation>No se pueden leer clientes de %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es una carpeta.</translation>
    </message>
    <message>
        <source>it is too large to be a client file.</source>
        <translation>es demasiado grande para ser un archivo de clientes.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Ningún cliente</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>Crear un cliente</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen client from this computer</source>
        <translation>Eliminar el cliente elegido de este ordenador</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Import or export clients</source>
        <translation>Importar o exportar clientes</translation>
    </message>
    <message>
        <source>&amp;Import Clients…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <source>&amp;Export Client…</source>
        <translation>&amp;Exportar cliente…</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>A name, a pseudonym or initials</source>
        <translation>Un nombre, un seudónimo o unas iniciales</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>The market aimed at, as a filter: mode:remote seniority:mid</source>
        <translation>El mercado al que aspira, como filtro: mode:remote seniority:mid</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <source>Use the target as the filter</source>
        <translation>Usar el objetivo como filtro</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Skills (names or aliases, e.g. k8s):</source>
        <translation>&amp;Habilidades (nombres o alias, p. ej. k8s):</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Escriba una habilidad y pulse Intro</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>The level of a skill added, or of the selected skills</source>
        <translation>El nivel de una habilidad añadida o de las habilidades seleccionadas</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>From a &amp;Résumé…</source>
        <translation>De un &amp;currículum…</translation>
    </message>
    <message>
        <source>The client&apos;s skills</source>
        <translation>Las habilidades del cliente</translation>
    </message>
    <message>
        <source>Count skills being &amp;learnt as held</source>
        <translation>Contar las habilidades en &amp;aprendizaje como dominadas</translation>
    </message>
    <message>
        <source>A posting &amp;fits from:</source>
        <translation>Una oferta &amp;encaja a partir de:</translation>
    </message>
    <message>
        <source>The fit of a posting is the share of its skills the client has, a required skill counting 1 and a preferred one 0.5</source>
        <translation>El encaje de una oferta es la proporción de sus habilidades que tiene el cliente; una habilidad requerida cuenta 1 y una deseable 0,5</translation>
    </message>
    <message>
        <source>&amp;What to learn next:</source>
        <translation>&amp;Qué aprender a continuación:</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Choose or create a client to see which matching postings they fit and what to learn next.</source>
        <translation>Elija o cree un cliente para ver en qué ofertas coincidentes encaja y qué debería aprender a continuación.</translation>
    </message>
    <message>
        <source>Fits &lt;b&gt;%1 of %2&lt;/b&gt; matching postings now (fit of at least %3%).</source>
        <translation>Encaja ahora en &lt;b&gt;%1 de %2&lt;/b&gt; ofertas coincidentes (encaje de al menos el %3&#xa0;%).</translation>
    </message>
    <message>
        <source>Skills the postings ask for that the client does not hold yet: %1.</source>
        <translation>Habilidades que piden las ofertas y que el cliente aún no tiene: %1.</translation>
    </message>
    <message>
        <source>Not in this database: %1.</source>
        <translation>No están en esta base de datos: %1.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete “%1” and their skills and notes from this computer?</source>
        <translation>¿Eliminar «%1» con sus habilidades y notas de este ordenador?</translation>
    </message>
    <message>
        <source>Import Clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Client files (*.json);;All files (*)</source>
        <translation>Archivos de clientes (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Client</source>
        <translation>Exportar cliente</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>Archivos de clientes (*.json)</translation>
    </message>
    <message>
        <source>The client&apos;s target is not a valid filter: %1</source>
        <translation>El objetivo del cliente no es un filtro válido: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientReportSection</name>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>Para el cliente</translation>
    </message>
    <message>
        <source>Fits now</source>
        <translation>Encaja ahora</translation>
    </message>
    <message>
        <source>%1 of %2 matching postings, at a fit of %3 or more</source>
        <translation>%1 de %2 ofertas coincidentes, con un encaje del %3 o más</translation>
    </message>
    <message>
        <source>Skills held and missing</source>
        <translation>Habilidades que tiene y que le faltan</translation>
    </message>
    <message>
        <source>The %1 skills the matching postings ask for most, of %2.</source>
        <translation>Las %1 habilidades que más piden las ofertas coincidentes, de %2.</translation>
    </message>
    <message>
        <source>Postings the client fits now</source>
        <translation>Ofertas en las que el cliente encaja ahora</translation>
    </message>
    <message>
        <source>None of the matching postings reaches the fit yet; the learning path shows which skills would change that.</source>
        <translation>Ninguna de las ofertas coincidentes alcanza todavía el encaje; la ruta de aprendizaje muestra qué habilidades lo cambiarían.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>The %1 that fit best, of %2 that fit.</source>
        <translation>Las %1 que mejor encajan, de %2 que encajan.</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Ruta de aprendizaje</translation>
    </message>
    <message>
        <source>No skill the client lacks would make another matching posting fit.</source>
        <translation>Ninguna habilidad que le falta al cliente haría encajar otra oferta coincidente.</translation>
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
        <translation>no está en esta base de datos</translation>
    </message>
    <message>
        <source>The open database&apos;s taxonomy does not know “%1”: it is kept, and counts where a database knows it.</source>
        <translation>La taxonomía de la base de datos abierta no conoce «%1»: se conserva y cuenta donde una base de datos la conozca.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ClientStore</name>
    <message>
        <source>Cannot create the folder %1 for the clients.</source>
        <translation>No se puede crear la carpeta %1 para los clientes.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CohortFile</name>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>no es JSON (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>it is not a cohort file (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>no es un archivo de cohortes (falta &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive number.</source>
        <translation>su &quot;version&quot; falta o no es un número positivo.</translation>
    </message>
    <message>
        <source>it is version %1 of the format; this program reads up to version %2.</source>
        <translation>es la versión %1 del formato; este programa lee hasta la versión %2.</translation>
    </message>
    <message>
        <source>it has no &quot;cohorts&quot; list.</source>
        <translation>no tiene una lista &quot;cohorts&quot;.</translation>
    </message>
    <message>
        <source>cohort %1 has no name.</source>
        <translation>la cohorte %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>cohort %1 (“%2”) has no filter.</source>
        <translation>la cohorte %1 (“%2”) no tiene filtro.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot read cohorts from %1: %2</source>
        <translation>No se pueden leer cohortes de %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>it is too large to be a cohort file.</source>
        <translation>es demasiado grande para ser un archivo de cohortes.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CohortList</name>
    <message>
        <source>A cohort needs a name.</source>
        <translation>Una cohorte necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a cohort named “%1”.</source>
        <translation>Ya existe una cohorte llamada “%1”.</translation>
    </message>
    <message>
        <source>No database is open to check the filter against.</source>
        <translation>No hay ninguna base de datos abierta con la que comprobar el filtro.</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>El filtro no es válido: %1</translation>
    </message>
    <message>
        <source>There is no such cohort.</source>
        <translation>No existe esa cohorte.</translation>
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
        <translation>“%1” no es una cohorte: escriba NAME=FILTER, p. ej. &quot;Senior=seniority:senior&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a cohort: the name before “=” is empty.</source>
        <translation>“%1” no es una cohorte: el nombre antes de “=” está vacío.</translation>
    </message>
    <message>
        <source>The dataset publishes no %1 band for “%2” (write a level such as senior or staff, optionally with :base or :total).</source>
        <translation>El conjunto de datos no publica ninguna banda salarial %1 para “%2” (escriba un nivel como senior o staff, opcionalmente con :base o :total).</translation>
    </message>
    <message>
        <source>%1: published band %2</source>
        <translation>%1: banda salarial publicada %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 with a salary</source>
        <translation>%1: %2, %3 con salario</translation>
    </message>
    <message>
        <source> in %1; midpoint %2, range %3</source>
        <translation> en %1; punto medio %2, rango salarial %3</translation>
    </message>
    <message>
        <source> in %1; median %2, quartiles %3, midpoints %4, ranges %5</source>
        <translation> en %1; mediana %2, cuartiles %3, puntos medios %4, rangos salariales %5</translation>
    </message>
    <message>
        <source> (left out: %1)</source>
        <translation> (excluidas: %1)</translation>
    </message>
    <message>
        <source>--filter does not combine with --compare: put the filter into each cohort.</source>
        <translation>--filter no se combina con --compare: incluya el filtro en cada cohorte.</translation>
    </message>
    <message>
        <source>--export-json does not combine with --compare: the comparison is exported as CSV.</source>
        <translation>--export-json no se combina con --compare: la comparación se exporta como CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Compare %1 to %2 cohorts (--compare and --compare-band); %n given.</source>
        <translation>
            <numerusform>Compare de %1 a %2 cohortes (--compare y --compare-band); se ha indicado %n.</numerusform>
            <numerusform>Compare de %1 a %2 cohortes (--compare y --compare-band); se han indicado %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two cohorts are named “%1”; give each its own name.</source>
        <translation>Dos cohortes se llaman “%1”; dé a cada una su propio nombre.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CompareView</name>
    <message>
        <source>Export Comparison C&amp;hart…</source>
        <translation>Exportar gráfico de c&amp;omparación…</translation>
    </message>
    <message>
        <source>Export Comparison as CS&amp;V…</source>
        <translation>Exportar comparación como CS&amp;V…</translation>
    </message>
    <message>
        <source>Saved cohorts</source>
        <translation>Cohortes guardadas</translation>
    </message>
    <message>
        <source>Select two to six cohorts to compare (all, up to six, when none is selected). F2 renames; double-click applies a cohort&apos;s filter.</source>
        <translation>Seleccione de dos a seis cohortes para compararlas (si no selecciona ninguna, se comparan todas, hasta seis). F2 cambia el nombre; con doble clic se aplica el filtro de una cohorte.</translation>
    </message>
    <message>
        <source>Published salary bands</source>
        <translation>Bandas salariales publicadas</translation>
    </message>
    <message>
        <source>Tick a band the report published to compare it as a cohort of its own</source>
        <translation>Marque una banda salarial publicada en el informe para compararla como una cohorte más</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Gráfico de comparación</translation>
    </message>
    <message>
        <source>Comparison numbers</source>
        <translation>Cifras de la comparación</translation>
    </message>
    <message>
        <source>&amp;Save Filter as Cohort…</source>
        <translation>&amp;Guardar filtro como cohorte…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Show the selected cohort&apos;s postings: make its filter the current one</source>
        <translation>Mostrar las ofertas de empleo de la cohorte seleccionada: convertir su filtro en el actual</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit the selected cohort&apos;s filter expression</source>
        <translation>Editar la expresión de filtro de la cohorte seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>A&amp;rchivos</translation>
    </message>
    <message>
        <source>Import or export cohorts as a file</source>
        <translation>Importar o exportar cohortes como archivo</translation>
    </message>
    <message>
        <source>Import Cohorts…</source>
        <translation>Importar cohortes…</translation>
    </message>
    <message>
        <source>Export Cohorts…</source>
        <translation>Exportar cohortes…</translation>
    </message>
    <message>
        <source>Published bands:</source>
        <translation>Bandas salariales publicadas:</translation>
    </message>
    <message>
        <source>Save Filter as Cohort</source>
        <translation>Guardar filtro como cohorte</translation>
    </message>
    <message>
        <source>Name of the cohort for “%1”:</source>
        <translation>Nombre de la cohorte para “%1”:</translation>
    </message>
    <message>
        <source>The filter of “%1” is not valid here: %2</source>
        <translation>El filtro de “%1” no es válido aquí: %2</translation>
    </message>
    <message>
        <source>Edit Cohort</source>
        <translation>Editar cohorte</translation>
    </message>
    <message>
        <source>Filter of “%1”:</source>
        <translation>Filtro de “%1”:</translation>
    </message>
    <message>
        <source>Import Cohorts</source>
        <translation>Importar cohortes</translation>
    </message>
    <message>
        <source>Cohort files (*.json);;All files (*)</source>
        <translation>Archivos de cohortes (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1 cohorts from %2 (%3 already there, %4 renamed, %5 refused).</source>
        <translation>Cohortes importadas de %2: %1 (ya existentes: %3, renombradas: %4, rechazadas: %5).</translation>
    </message>
    <message>
        <source>Some cohorts of %1 were not imported:
%2</source>
        <translation>Algunas cohortes de %1 no se importaron:
%2</translation>
    </message>
    <message>
        <source>Export Cohorts</source>
        <translation>Exportar cohortes</translation>
    </message>
    <message>
        <source>cohorts.json</source>
        <translation>cohortes.json</translation>
    </message>
    <message>
        <source>Exported %1 cohorts to %2.</source>
        <translation>Cohortes exportadas a %2: %1.</translation>
    </message>
    <message>
        <source>Open a database to compare cohorts.</source>
        <translation>Abra una base de datos para comparar cohortes.</translation>
    </message>
    <message>
        <source>Save the current filter as a cohort (twice, with different filters) or tick a published band: two to six are compared side by side.</source>
        <translation>Guarde el filtro actual como cohorte (dos veces, con filtros distintos) o marque una banda salarial publicada: se comparan de dos a seis, una junto a otra.</translation>
    </message>
    <message>
        <source>Choose at most %1 cohorts and bands together.</source>
        <translation>Elija como máximo %1 cohortes y bandas salariales en total.</translation>
    </message>
    <message>
        <source>Annual salary by cohort</source>
        <translation>Salario anual por cohorte</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Comparison</name>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>total comp</source>
        <translation>compensación total</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>%1 %2, report</source>
        <translation>%1 %2, informe</translation>
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
        <translation>El filtro de la cohorte “%1” no es válido: %2</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Todas las ofertas de empleo</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ComparisonChart</name>
    <message>
        <source>Annual salary by cohort</source>
        <translation>Salario anual por cohorte</translation>
    </message>
    <message>
        <source>Choose two to six cohorts to compare.</source>
        <translation>Elija de dos a seis cohortes para comparar.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1: %2
%3 postings, %4 with a salary
median %5, middle half %6</source>
        <translation>%1: %2
%3 ofertas de empleo, %4 con salario
mediana %5, mitad central %6</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>excluidas: %1</translation>
    </message>
    <message>
        <source>annual, %1 · (postings with a salary of those matching)</source>
        <translation>anual, %1 · (ofertas de empleo con salario de las coincidentes)</translation>
    </message>
    <message>
        <source>Box: middle half of midpoints, line: median; whiskers: lowest to highest midpoint; dashes: lowest minimum to highest maximum</source>
        <translation>Caja: mitad central de los puntos medios, línea: mediana; bigotes: del punto medio más bajo al más alto; línea discontinua: del mínimo más bajo al máximo más alto</translation>
    </message>
    <message>
        <source>Published band</source>
        <translation>Banda salarial publicada</translation>
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
%3 ofertas de empleo, ninguna indica un salario</translation>
    </message>
    <message>
        <source>annual · no posting of these cohorts states a salary</source>
        <translation>anual · ninguna oferta de estas cohortes indica un salario</translation>
    </message>
    <message>
        <source>%1: %2
%3 postings, one with a salary: %4, midpoint %5 (one posting, not a distribution)</source>
        <translation>%1: %2
%3 ofertas de empleo, una con salario: %4, punto medio %5 (una sola oferta, no una distribución)</translation>
    </message>
    <message>
        <source>Bar: one posting&apos;s range, tick: its midpoint</source>
        <translation>Barra: rango salarial de una oferta, marca: su punto medio</translation>
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
        <translation>%1 (más que en %2)</translation>
    </message>
    <message>
        <source>Published band</source>
        <translation>Banda salarial publicada</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Excluidas: %1</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>With salary</source>
        <translation>Con salario</translation>
    </message>
    <message>
        <source>Without salary</source>
        <translation>Sin salario</translation>
    </message>
    <message>
        <source>Other currency</source>
        <translation>Otra moneda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Lowest minimum</source>
        <translation>Mínimo más bajo</translation>
    </message>
    <message>
        <source>Minimum midpoint</source>
        <translation>Punto medio mínimo</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Primer cuartil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Tercer cuartil</translation>
    </message>
    <message>
        <source>Maximum midpoint</source>
        <translation>Punto medio máximo</translation>
    </message>
    <message>
        <source>Highest maximum</source>
        <translation>Máximo más alto</translation>
    </message>
    <message>
        <source>Top skills</source>
        <translation>Habilidades principales</translation>
    </message>
    <message>
        <source>Much more common</source>
        <translation>Mucho más frecuentes</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>línea %1: un campo entre comillas no se cierra nunca</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetJsonWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetReader</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; debe ser texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number or null</source>
        <translation>&quot;%1&quot; debe ser un número o null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; debe ser un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the unknown value &quot;%2&quot; (accepted: %3)</source>
        <translation>&quot;%1&quot; tiene el valor desconocido &quot;%2&quot; (se aceptan: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>%1 %2 must be an object</source>
        <translation>%1 %2 debe ser un objeto</translation>
    </message>
    <message>
        <source>a posting needs a title</source>
        <translation>una oferta de empleo necesita un título</translation>
    </message>
    <message>
        <source>experience minimum is above its maximum</source>
        <translation>el mínimo de experiencia supera su máximo</translation>
    </message>
    <message>
        <source>salary minimum is above its maximum</source>
        <translation>el salario mínimo supera su máximo</translation>
    </message>
    <message>
        <source>a salary needs a currency</source>
        <translation>un salario necesita una moneda</translation>
    </message>
    <message>
        <source>&quot;posted_date&quot; must be a date like 2025-12-01</source>
        <translation>&quot;posted_date&quot; debe ser una fecha como 2025-12-01</translation>
    </message>
    <message>
        <source>skill %1 has no name</source>
        <translation>la habilidad %1 no tiene nombre</translation>
    </message>
    <message>
        <source>&quot;pay_type&quot; must be base or total</source>
        <translation>&quot;pay_type&quot; debe ser base o total</translation>
    </message>
    <message>
        <source>a salary band needs its text as published</source>
        <translation>una banda salarial necesita su texto tal como se publicó</translation>
    </message>
    <message>
        <source>%1 needs a table and a label</source>
        <translation>%1 necesita una tabla y una etiqueta</translation>
    </message>
    <message>
        <source>a skill frequency</source>
        <translation>una frecuencia de habilidad</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>una cifra</translation>
    </message>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation>No se puede leer el conjunto de datos %1: %2</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON no válido en la posición %1 (%2)</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>el archivo no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>it is not a Job Market Explorer dataset (no &quot;format&quot;: &quot;jobexplorer-dataset&quot;)</source>
        <translation>no es un conjunto de datos de Job Market Explorer (falta &quot;format&quot;: &quot;jobexplorer-dataset&quot;)</translation>
    </message>
    <message>
        <source>it was written in format version %1; this version reads up to %2</source>
        <translation>se escribió en la versión %1 del formato; esta versión lee hasta la %2</translation>
    </message>
    <message>
        <source>a skill category needs a key and a name</source>
        <translation>una categoría de habilidades necesita una clave y un nombre</translation>
    </message>
    <message>
        <source>a skill needs a name</source>
        <translation>una habilidad necesita un nombre</translation>
    </message>
    <message>
        <source>the aliases of %1 must be text</source>
        <translation>los alias de %1 deben ser texto</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be a whole number from 1; got %1</source>
        <translation>«format_version» debe ser un número entero a partir de 1; se encontró %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetWriter</name>
    <message>
        <source>posting %1 (%2)</source>
        <translation>oferta de empleo %1 (%2)</translation>
    </message>
    <message>
        <source>the skill category &quot;%1&quot; is defined twice</source>
        <translation>la categoría de habilidades &quot;%1&quot; está definida dos veces</translation>
    </message>
    <message>
        <source>the skill &quot;%1&quot; has the unknown category &quot;%2&quot;</source>
        <translation>la habilidad &quot;%1&quot; tiene la categoría desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the skill name or alias &quot;%1&quot; is used for two skills</source>
        <translation>el nombre o alias de habilidad &quot;%1&quot; se usa para dos habilidades</translation>
    </message>
    <message>
        <source>%1 names the unknown skill &quot;%2&quot;</source>
        <translation>%1 menciona la habilidad desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 lists the skill &quot;%2&quot; twice</source>
        <translation>%1 enumera dos veces la habilidad &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the published frequency &quot;%1&quot; names the unknown skill &quot;%2&quot;</source>
        <translation>la frecuencia publicada &quot;%1&quot; menciona la habilidad desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es una carpeta.</translation>
    </message>
    <message>
        <source>the database schema is missing from the program.</source>
        <translation>falta en el programa el esquema de la base de datos.</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place (%1).</source>
        <translation>no se pudo mover el archivo terminado a su sitio (%1).</translation>
    </message>
    <message>
        <source>%1 has a negative number of years of experience</source>
        <translation>%1 tiene un número negativo de años de experiencia</translation>
    </message>
    <message>
        <source>%1 has a salary without a pay period</source>
        <translation>%1 tiene un salario sin periodo de pago</translation>
    </message>
    <message>
        <source>the finished file could not be saved to disk (%1).</source>
        <translation>el archivo terminado no se pudo guardar en el disco (%1).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FacetModel</name>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>excepto %1</translation>
    </message>
    <message>
        <source>%1: %2 matching postings</source>
        <translation>%1: %2 ofertas de empleo coincidentes</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FacetSection</name>
    <message>
        <source>By count</source>
        <translation>Por número</translation>
    </message>
    <message>
        <source>Sort the values by count or by name</source>
        <translation>Ordenar los valores por número o por nombre</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the choices in %1</source>
        <translation>Borrar la selección en %1</translation>
    </message>
    <message>
        <source>Postings with all chosen skills</source>
        <translation>Ofertas de empleo con todas las habilidades elegidas</translation>
    </message>
    <message>
        <source>Postings with any chosen skill</source>
        <translation>Ofertas de empleo con alguna de las habilidades elegidas</translation>
    </message>
    <message>
        <source>How chosen skills combine</source>
        <translation>Cómo se combinan las habilidades elegidas</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>Valores de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Volver a incluir</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <source>Search in %1…</source>
        <comment>%1 is the name of a facet, e.g. Skills</comment>
        <translation>Buscar en %1…</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterChips</name>
    <message>
        <source>Active filter</source>
        <translation>Filtro activo</translation>
    </message>
    <message>
        <source>No filter: all postings are shown.</source>
        <translation>Sin filtro: se muestran todas las ofertas de empleo.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de la empresa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1: not %2</source>
        <translation>%1: excepto %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>Salary: %1</source>
        <translation>Salario: %1</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Experiencia: %1</translation>
    </message>
    <message>
        <source>With a salary</source>
        <translation>Con salario</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Texto: “%1”</translation>
    </message>
    <message>
        <source>%1% – %2%</source>
        <translation>%1&#xa0;% – %2&#xa0;%</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>al menos el %1&#xa0;%</translation>
    </message>
    <message>
        <source>at most %1%</source>
        <translation>como máximo el %1&#xa0;%</translation>
    </message>
    <message>
        <source>Fit: %1</source>
        <translation>Encaje: %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterExpression</name>
    <message>
        <source>“%1” at character %2: %3</source>
        <translation>“%1” en el carácter %2: %3</translation>
    </message>
    <message>
        <source>a quotation mark is not closed.</source>
        <translation>unas comillas no se cierran.</translation>
    </message>
    <message>
        <source>a range cannot be excluded.</source>
        <translation>un rango no se puede excluir.</translation>
    </message>
    <message>
        <source>expected a range like %1, or %2&gt;=N, %2&lt;=N.</source>
        <translation>se esperaba un rango como %1, o %2&gt;=N, %2&lt;=N.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <source>the range has no bounds.</source>
        <translation>el rango no tiene límites.</translation>
    </message>
    <message>
        <source>the lower bound is above the upper bound.</source>
        <translation>el límite inferior supera el límite superior.</translation>
    </message>
    <message>
        <source>“%1” is not a number (examples: 150000, 150k, 5).</source>
        <translation>“%1” no es un número (ejemplos: 150000, 150k, 5).</translation>
    </message>
    <message>
        <source>the only accepted form is has:salary.</source>
        <translation>la única forma aceptada es has:salary.</translation>
    </message>
    <message>
        <source>unknown key “%1”. Accepted keys: %2.</source>
        <translation>clave desconocida “%1”. Claves aceptadas: %2.</translation>
    </message>
    <message>
        <source>“%1” takes values after a colon, e.g. %1:value.</source>
        <translation>“%1” lleva valores tras dos puntos, p. ej. %1:valor.</translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation>falta un valor.</translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (%1 en total)</translation>
    </message>
    <message>
        <source>unknown %1 “%2”. Accepted: %3.</source>
        <translation>valor de %1 desconocido: “%2”. Se aceptan: %3.</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Todas las ofertas de empleo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>excepto %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de la empresa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>%1: at least %2</source>
        <translation>%1: al menos %2</translation>
    </message>
    <message>
        <source>%1: at most %2</source>
        <translation>%1: como máximo %2</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>with a salary</source>
        <translation>con salario</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>a salary range has one currency, and %1 was given before %2.</source>
        <translation>un rango salarial tiene una sola moneda, y se indicó %1 antes que %2.</translation>
    </message>
    <message>
        <source>unknown currency “%1”; no posting here states a salary.</source>
        <translation>moneda desconocida «%1»; aquí ninguna oferta indica un salario.</translation>
    </message>
    <message>
        <source>unknown currency “%1”. Salaries here are in %2.</source>
        <translation>moneda desconocida «%1». Aquí los salarios están en %2.</translation>
    </message>
    <message>
        <source>fit needs a client: choose one first (the fit of a posting is the share of its skills the client has).</source>
        <translation>fit necesita un cliente: elija uno primero (el encaje de una oferta es la proporción de sus habilidades que tiene el cliente).</translation>
    </message>
    <message>
        <source>expected a fit from 0 to 1 or a percentage, like fit&gt;=0.8, fit&gt;=80% or fit:0.5..0.8.</source>
        <translation>se espera un encaje de 0 a 1 o un porcentaje, como fit&gt;=0.8, fit&gt;=80% o fit:0.5..0.8.</translation>
    </message>
    <message>
        <source>Fit to the client</source>
        <translation>Encaje con el cliente</translation>
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
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Only postings with a salary</source>
        <translation>Solo ofertas de empleo con salario</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Search titles, companies, skills, notes…</source>
        <translation>Buscar en títulos, empresas, habilidades, notas…</translation>
    </message>
    <message>
        <source>Text search</source>
        <translation>Búsqueda de texto</translation>
    </message>
    <message>
        <source>Filter, e.g. seniority:senior skill:kubernetes salary&gt;=150k</source>
        <translation>Filtro, p. ej. seniority:senior skill:kubernetes salary&gt;=150k</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Expresión de filtro</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the filter expression</source>
        <translation>Copiar la expresión de filtro</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Salary (annual)</source>
        <translation>Salario (anual)</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Familia de puestos</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de la empresa</translation>
    </message>
    <message>
        <source>The whole filter as text. Edit it and press Enter.
key:value[,value] with keys role, seniority, location, mode, type, skill, company, industry, size;
-key:value excludes; salary&gt;=150k, salary:150k..300k, experience:3..5, has:salary; other words search the text.
A salary range is in the most common currency, or in the one whose code follows it: salary&gt;=200k eur.</source>
        <translation>El filtro completo como texto. Edítelo y pulse Intro.
clave:valor[,valor] con las claves role, seniority, location, mode, type, skill, company, industry, size;
-clave:valor excluye; salary&gt;=150k, salary:150k..300k, experience:3..5, has:salary; las demás palabras buscan en el texto.
Un rango salarial está en la moneda más común, o en aquella cuyo código lo sigue: salary&gt;=200k eur.</translation>
    </message>
    <message>
        <source>The currency of the salary range: without exchange rates, postings in other currencies do not match it</source>
        <translation>La moneda del rango salarial: sin tipos de cambio, las ofertas en otras monedas no coinciden con él</translation>
    </message>
    <message>
        <source>Salary currency</source>
        <translation>Moneda del salario</translation>
    </message>
    <message>
        <source>%1 with a salary in %2</source>
        <translation>%1 con un salario en %2</translation>
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
        <translation>Brecha de habilidades</translation>
    </message>
    <message>
        <source>Skill gap chart</source>
        <translation>Gráfico de la brecha de habilidades</translation>
    </message>
    <message>
        <source>Skill gap numbers</source>
        <translation>Cifras de la brecha de habilidades</translation>
    </message>
    <message>
        <source>Choose a client in the Client panel to see the skills they lack</source>
        <translation>Elija un cliente en el panel «Cliente» para ver las habilidades que le faltan</translation>
    </message>
    <message>
        <source>Share of matching postings (in brackets: postings the skill would make fit)</source>
        <translation>Porcentaje de ofertas coincidentes (+N: ofertas en las que pasaría a encajar)</translation>
    </message>
    <message>
        <source>fits %1 of %2 now (fit of at least %3%)</source>
        <translation>encaja ahora en %1 de %2 (encaje de al menos el %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Client: %1 · %2</source>
        <translation>Cliente: %1 · %2</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>El cliente %1</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportCommand</name>
    <message>
        <source>Read %1 rows from %2 (mapping: %3)
</source>
        <translation>Leídas %1 filas de %2 (asignación: %3)
</translation>
    </message>
    <message>
        <source>by column names</source>
        <translation>por nombres de columna</translation>
    </message>
    <message>
        <source>Imported: %1
</source>
        <translation>Importadas: %1
</translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1
</source>
        <translation>Omitidas por duplicadas: %1
</translation>
    </message>
    <message>
        <source>Rejected: %1
</source>
        <translation>Rechazadas: %1
</translation>
    </message>
    <message>
        <source>New skills (uncategorised): %1
</source>
        <translation>Habilidades nuevas (sin categoría): %1
</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>  %1, column %2: %3
</source>
        <translation>  %1, columna %2: %3
</translation>
    </message>
    <message>
        <source>  … and %1 more
</source>
        <translation>  … y %1 más
</translation>
    </message>
    <message>
        <source>--import needs the DATABASE to create or append to, e.g. jobexplorer --import postings.csv postings.sqlite</source>
        <translation>--import necesita la DATABASE que se creará o a la que se añadirá, p. ej. jobexplorer --import postings.csv postings.sqlite</translation>
    </message>
    <message>
        <source>Wrote %1 in %2 s</source>
        <translation>Se escribió %1 en %2 s</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportDialog</name>
    <message>
        <source>Import Postings</source>
        <translation>Importar ofertas de empleo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
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
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>La primera fila contiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Detected from the header and values</source>
        <translation>Detectada por el encabezado y los valores</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>Ca&amp;rgar…</translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation>Cargar asignación de columnas</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Asignaciones de columnas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>A&amp;signación:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be stored</source>
        <translation>Vista previa: las primeras filas tal como se guardarán</translation>
    </message>
    <message>
        <source>Into a &amp;new database:</source>
        <translation>En una &amp;nueva base de datos:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;Append to the open database (%1)</source>
        <translation>Añadir a la base de datos a&amp;bierta (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Import nothing if a row is rejected (otherwise skip bad rows)</source>
        <translation>No importar nada si se rechaza una fila (si no, se omiten las filas erróneas)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Postings (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Ofertas de empleo (*.csv *.tsv *.txt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Job Market Explorer databases (*.sqlite)</source>
        <translation>Bases de datos de Job Market Explorer (*.sqlite)</translation>
    </message>
    <message>
        <source>Job Market Explorer dataset (JSON)</source>
        <translation>Conjunto de datos de Job Market Explorer (JSON)</translation>
    </message>
    <message>
        <source>CSV%1</source>
        <translation>CSV%1</translation>
    </message>
    <message>
        <source>, with byte order mark</source>
        <translation>, con marca de orden de bytes</translation>
    </message>
    <message>
        <source>JSON list of objects</source>
        <translation>Lista JSON de objetos</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Guardar asignación de columnas</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Asignaciones de columnas (*.json)</translation>
    </message>
    <message>
        <source>Map a column to the title to import.</source>
        <translation>Asigne una columna al título para poder importar.</translation>
    </message>
    <message>
        <source>%1 exists. Add the postings to it?</source>
        <translation>%1 ya existe. ¿Añadir las ofertas de empleo a esa base de datos?</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows per second, about %3 s left</source>
        <translation>%1 filas leídas, %2 filas por segundo, quedan unos %3 s</translation>
    </message>
    <message>
        <source>Read %1, imported %2, skipped %3 as duplicates, rejected %4.</source>
        <translation>Leídas: %1, importadas: %2, omitidas por duplicadas: %3, rechazadas: %4.</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, columna %2: %3</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>No problems in the preview.</source>
        <translation>No hay problemas en la vista previa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first rows would be rejected.</source>
        <translation>
            <numerusform>Se rechazaría %Ln de las primeras filas.</numerusform>
            <numerusform>Se rechazarían %Ln de las primeras filas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportMapping</name>
    <message>
        <source>Source id</source>
        <translation>ID de origen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Familia de puestos</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Minimum years</source>
        <translation>Años mínimos</translation>
    </message>
    <message>
        <source>Maximum years</source>
        <translation>Años máximos</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Remote allowed (flag)</source>
        <translation>Remoto permitido (indicador)</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>Salary minimum</source>
        <translation>Salario mínimo</translation>
    </message>
    <message>
        <source>Salary maximum</source>
        <translation>Salario máximo</translation>
    </message>
    <message>
        <source>Salary (single figure)</source>
        <translation>Salario (cifra única)</translation>
    </message>
    <message>
        <source>Salary range as text</source>
        <translation>Rango salarial como texto</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Periodo de pago</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Metro area</source>
        <translation>Área metropolitana</translation>
    </message>
    <message>
        <source>Posted date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Skills (listed)</source>
        <translation>Habilidades (enumeradas)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de la empresa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The mapping %1 is neither a preset (%2) nor a readable file: %3</source>
        <translation>La asignación %1 no es un preajuste (%2) ni un archivo legible: %3</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a saved column mapping.</source>
        <translation>El archivo de asignación %1 no es una asignación de columnas guardada.</translation>
    </message>
    <message>
        <source>The mapping file %1 names the unknown field &quot;%2&quot;.</source>
        <translation>El archivo de asignación %1 menciona el campo desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: it has no column “%2”, which the mapping file %3 takes the title from (its columns: %4).</source>
        <translation>No se puede importar %1: no tiene ninguna columna “%2”, de la que el archivo de asignación %3 toma el título (sus columnas: %4).</translation>
    </message>
    <message>
        <source>Cannot import %1: it has no column “%2”, which the mapping “%3” takes the title from (its columns: %4).</source>
        <translation>No se puede importar %1: no tiene ninguna columna “%2”, de la que la asignación “%3” toma el título (sus columnas: %4).</translation>
    </message>
    <message>
        <source>Cannot import %1: no column is mapped to the title (columns: %2).</source>
        <translation>No se puede importar %1: ninguna columna está asignada al título (columnas: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a long list of columns</comment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
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
        <translation>%1 (enumerada)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Familia de puestos</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1
Read from “%2”: currency %3, %4</source>
        <translation>%1
Leído de «%2»: moneda %3, %4</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportSource</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the file is not text (it holds binary data).</source>
        <translation>el archivo no es de texto (contiene datos binarios).</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>the JSON is neither a list of objects nor a Job Market Explorer dataset.</source>
        <translation>el JSON no es ni una lista de objetos ni un conjunto de datos de Job Market Explorer.</translation>
    </message>
    <message>
        <source>the JSON is not a list of objects (item %1 is not an object).</source>
        <translation>el JSON no es una lista de objetos (el elemento %1 no es un objeto).</translation>
    </message>
    <message>
        <source>the JSON list is empty.</source>
        <translation>la lista JSON está vacía.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>it is not a regular file (a named pipe or a device, say).</source>
        <translation>no es un archivo normal (es, por ejemplo, una tubería con nombre o un dispositivo).</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Newly fitting</source>
        <translation>Nuevas ofertas</translation>
    </message>
    <message>
        <source>Fitting after</source>
        <translation>Ofertas después</translation>
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
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import Postings…</source>
        <translation>&amp;Importar ofertas de empleo…</translation>
    </message>
    <message>
        <source>&amp;Export Postings as CSV…</source>
        <translation>&amp;Exportar ofertas de empleo como CSV…</translation>
    </message>
    <message>
        <source>Export Postings as &amp;JSON…</source>
        <translation>Exportar ofertas de empleo como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search Postings</source>
        <translation>&amp;Buscar ofertas de empleo</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Job Market Explorer</source>
        <translation>&amp;Acerca de Job Market Explorer</translation>
    </message>
    <message>
        <source>About Job Market Explorer</source>
        <translation>Acerca de Job Market Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Job Market Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explore job postings: filter them, compare salary bands and export charts and data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Job Market Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explore ofertas de empleo: fíltrelas, compare bandas salariales y exporte gráficos y datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is read-only: you can explore it but not change it.</source>
        <translation>%1 es de solo lectura: puede explorarla, pero no modificarla.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Job Market Explorer databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de Job Market Explorer (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exportadas %1 a %2</translation>
    </message>
    <message>
        <source>Export Postings as CSV</source>
        <translation>Exportar ofertas de empleo como CSV</translation>
    </message>
    <message>
        <source>postings.csv</source>
        <translation>ofertas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Postings as JSON</source>
        <translation>Exportar ofertas de empleo como JSON</translation>
    </message>
    <message>
        <source>postings.json</source>
        <translation>ofertas.json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Gráfico exportado a %1</translation>
    </message>
    <message>
        <source>Export Chart Numbers as CSV</source>
        <translation>Exportar las cifras del gráfico como CSV</translation>
    </message>
    <message>
        <source>Exported the chart&apos;s numbers to %1</source>
        <translation>Cifras del gráfico exportadas a %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>O&amp;fertas de empleo</translation>
    </message>
    <message>
        <source>C&amp;ompare Cohorts</source>
        <translation>&amp;Comparar cohortes</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparacion</translation>
    </message>
    <message>
        <source>Exported the comparison to %1</source>
        <translation>Comparación exportada a %1</translation>
    </message>
    <message>
        <source>Export Comparison as CSV</source>
        <translation>Exportar comparación como CSV</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparacion.csv</translation>
    </message>
    <message>
        <source>Postings and cohorts</source>
        <translation>Ofertas de empleo y cohortes</translation>
    </message>
    <message>
        <source>Edit Filter &amp;Expression</source>
        <translation>Editar la &amp;expresión del filtro</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
</context>
<context>
    <name>jobexplorer::OutputFile</name>
    <message>
        <source>no file name was given.</source>
        <translation>no se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es una carpeta.</translation>
    </message>
    <message>
        <source>it is the database that is open; choose another file name.</source>
        <translation>es la base de datos abierta; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>el disco está lleno.</translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation>no se pudo escribir el archivo.</translation>
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
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>it is a folder, not a database file.</source>
        <translation>es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>el archivo no se puede leer (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>it is not an SQLite database (it may be a different kind of file).</source>
        <translation>no es una base de datos SQLite (puede ser otro tipo de archivo).</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1).</source>
        <translation>SQLite no puede abrirla (%1).</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1).</source>
        <translation>está dañada o no es una base de datos (%1).</translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation>está dañada (%1).</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Job Market Explorer database (it has no &quot;%1&quot; table).</source>
        <translation>es una base de datos SQLite, pero no de Job Market Explorer (no tiene la tabla &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>it has no format version; it was not written by Job Market Explorer.</source>
        <translation>no tiene versión de formato; no la escribió Job Market Explorer.</translation>
    </message>
    <message>
        <source>its format version &quot;%1&quot; is not valid.</source>
        <translation>su versión de formato &quot;%1&quot; no es válida.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Job Market Explorer (format version %1; this version reads up to %2). Please update the program.</source>
        <translation>la escribió una versión más reciente de Job Market Explorer (versión de formato %1; esta versión lee hasta la %2). Actualice el programa.</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program (application id %1), not a Job Market Explorer database.</source>
        <translation>es una base de datos SQLite de otro programa (identificador de aplicación %1), no una base de datos de Job Market Explorer.</translation>
    </message>
    <message>
        <source>its format &quot;%1&quot; is not a Job Market Explorer database format.</source>
        <translation>su formato «%1» no es un formato de base de datos de Job Market Explorer.</translation>
    </message>
    <message>
        <source>Cannot open a database: no file name was given.</source>
        <translation>No se puede abrir una base de datos: no se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>it is not a regular file (a named pipe or a device, say).</source>
        <translation>no es un archivo normal (es, por ejemplo, una tubería con nombre o un dispositivo).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingDetailView</name>
    <message>
        <source>Posting details</source>
        <translation>Detalles de la oferta de empleo</translation>
    </message>
    <message>
        <source>Select a posting to see all its details.</source>
        <translation>Seleccione una oferta de empleo para ver todos sus detalles.</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Familia de puestos</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>tal como figura: %1</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de la empresa</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Open the posting on %1</source>
        <translation>Abrir la oferta de empleo en %1</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>ID de origen</translation>
    </message>
    <message>
        <source>Skills (%1)</source>
        <translation>Habilidades (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Domina</translation>
    </message>
    <message>
        <source>Is learning</source>
        <translation>Está aprendiendo</translation>
    </message>
    <message>
        <source>Lacks</source>
        <translation>Le falta</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingFormat</name>
    <message>
        <source>%1k</source>
        <comment>thousands of a currency</comment>
        <translation>%1k</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>1 posting</source>
        <translation>1 oferta de empleo</translation>
    </message>
    <message>
        <source>%1 postings</source>
        <translation>%1 ofertas de empleo</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 años</translation>
    </message>
    <message>
        <source>%1+ years</source>
        <translation>%1+ años</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>hasta %1 años</translation>
    </message>
    <message>
        <source>1 posting in another currency left out</source>
        <translation>1 oferta excluida por estar en otra moneda</translation>
    </message>
    <message>
        <source>%1 postings in other currencies left out</source>
        <translation>%1 ofertas excluidas por estar en otras monedas</translation>
    </message>
    <message>
        <source>no salary stated</source>
        <translation>sin salario indicado</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingImporter</name>
    <message>
        <source>Uncategorised</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of years</source>
        <translation>&quot;%1&quot; no es un número de años</translation>
    </message>
    <message>
        <source>&quot;%1&quot; states no years of experience</source>
        <translation>&quot;%1&quot; no indica años de experiencia</translation>
    </message>
    <message>
        <source>minimum years above maximum years</source>
        <translation>años mínimos superiores a los máximos</translation>
    </message>
    <message>
        <source>minimum salary above maximum</source>
        <translation>salario mínimo superior al máximo</translation>
    </message>
    <message>
        <source>unknown pay period &quot;%1&quot;</source>
        <translation>periodo de pago desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; no es una fecha</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>columna %1: %2</translation>
    </message>
    <message>
        <source>Import aborted at %1, column %2: %3; nothing was written.</source>
        <translation>Importación interrumpida en %1, columna %2: %3; no se escribió nada.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado desde %1</translation>
    </message>
    <message>
        <source>Postings imported from %1 on %2.</source>
        <translation>Ofertas de empleo importadas desde %1 el %2.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the database is read-only.</source>
        <translation>No se puede importar en %1: la base de datos es de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the file is read-only.</source>
        <translation>No se puede importar en %1: el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>The import was cancelled; %1 was not changed.</source>
        <translation>Se canceló la importación; %1 no se modificó.</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1; %2 was not changed.</source>
        <translation>No se pudo importar nada de %1; %2 no se modificó.</translation>
    </message>
    <message>
        <source>Cannot import into %1: %2</source>
        <translation>No se puede importar en %1: %2</translation>
    </message>
    <message>
        <source>salary “%1” is a range where one amount belongs; map the column as “%2”</source>
        <translation>el salario «%1» es un rango donde corresponde un solo importe; asigne la columna como «%2»</translation>
    </message>
    <message>
        <source>the salary columns name two pay periods, %1 and %2</source>
        <translation>las columnas de salario indican dos periodos de pago, %1 y %2</translation>
    </message>
    <message>
        <source>unknown currency “%1”</source>
        <translation>moneda desconocida «%1»</translation>
    </message>
    <message>
        <source>“%1” could be %2: the salary does not say which</source>
        <translation>«%1» puede ser %2: el salario no indica cuál</translation>
    </message>
    <message>
        <source>the salary columns name two currencies, %1 and %2</source>
        <translation>las columnas de salario indican dos monedas, %1 y %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingNormalizer</name>
    <message>
        <source>%1+ years</source>
        <translation>%1+ años</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingTableModel</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Familia de puestos</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Salary (annual)</source>
        <translation>Salario (anual)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a posting&apos;s fit to the client</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingTableView</name>
    <message>
        <source>Postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>jobexplorer::RangeChartTableModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Primer cuartil</translation>
    </message>
    <message>
        <source>Midpoint or median</source>
        <translation>Punto medio o mediana</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Tercer cuartil</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Lowest minimum</source>
        <translation>Mínimo más bajo</translation>
    </message>
    <message>
        <source>Highest maximum</source>
        <translation>Máximo más alto</translation>
    </message>
    <message>
        <source>Published band from</source>
        <translation>Banda salarial publicada desde</translation>
    </message>
    <message>
        <source>Published band to</source>
        <translation>Banda salarial publicada hasta</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Report</name>
    <message>
        <source>Job market report</source>
        <translation>Informe del mercado laboral</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Job Market Explorer %1</source>
        <translation>Job Market Explorer %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Data: </source>
        <translation>Datos: </translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Fecha: </translation>
    </message>
    <message>
        <source>Filter: </source>
        <translation>Filtro: </translation>
    </message>
    <message>
        <source>Postings: </source>
        <translation>Ofertas de empleo: </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Matching postings</source>
        <translation>Ofertas de empleo coincidentes</translation>
    </message>
    <message>
        <source>With a stated salary</source>
        <translation>Con salario indicado</translation>
    </message>
    <message>
        <source>%1 (annual, in %2)</source>
        <translation>%1 (anual, en %2)</translation>
    </message>
    <message>
        <source>Salary median</source>
        <translation>Mediana salarial</translation>
    </message>
    <message>
        <source>Middle half (quartiles)</source>
        <translation>Mitad central (cuartiles)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Left out of the salary figures</source>
        <translation>Excluidas de las cifras salariales</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel de experiencia</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <source>Salaries are annual (hourly, daily, weekly and monthly pay multiplied up); each posting counts with the middle of its range. Postings in other currencies are left out, never converted.</source>
        <translation>Los salarios son anuales (la paga por hora, día, semana y mes se anualiza); cada oferta cuenta con el punto medio de su rango. Las ofertas en otras monedas se excluyen, nunca se convierten.</translation>
    </message>
    <message>
        <source>Cohorts compared</source>
        <translation>Cohortes comparadas</translation>
    </message>
    <message>
        <source>%1: %2; most asked for: %3</source>
        <translation>%1: %2; lo más solicitado: %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot export a report to %1: the file name must end in .pdf, .odt or .html.</source>
        <translation>No se puede exportar un informe a %1: el nombre del archivo debe terminar en .pdf, .odt o .html.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ReportActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Title of the report:</source>
        <translation>Título del informe:</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer refused it.</source>
        <translation>No se pudo imprimir el informe: la impresora lo rechazó.</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Informe exportado a %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>informe.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument text (*.odt);;Web pages (*.html)</source>
        <translation>Documentos PDF (*.pdf);;Texto OpenDocument (*.odt);;Páginas web (*.html)</translation>
    </message>
</context>
<context>
    <name>jobexplorer::ResumeDialog</name>
    <message>
        <source>Skills from a Résumé</source>
        <translation>Habilidades de un currículum</translation>
    </message>
    <message>
        <source>Paste a résumé or profile text here, or open a text file.</source>
        <translation>Pegue aquí un currículum o un texto de perfil, o abra un archivo de texto.</translation>
    </message>
    <message>
        <source>Résumé text</source>
        <translation>Texto del currículum</translation>
    </message>
    <message>
        <source>&amp;Find Skills</source>
        <translation>&amp;Buscar habilidades</translation>
    </message>
    <message>
        <source>&amp;Open Text File…</source>
        <translation>&amp;Abrir archivo de texto…</translation>
    </message>
    <message>
        <source>Skills found</source>
        <translation>Habilidades encontradas</translation>
    </message>
    <message>
        <source>&amp;Add Ticked Skills</source>
        <translation>&amp;Añadir las habilidades marcadas</translation>
    </message>
    <message>
        <source>%1 (found as “%2”)</source>
        <translation>%1 (encontrada como «%2»)</translation>
    </message>
    <message>
        <source>No skill of the database&apos;s taxonomy was found in the text.</source>
        <translation>No se encontró en el texto ninguna habilidad de la taxonomía de la base de datos.</translation>
    </message>
    <message>
        <source>&amp;Skills found (untick those that do not apply): %1</source>
        <translation>&amp;Habilidades encontradas (desmarque las que no correspondan): %1</translation>
    </message>
    <message>
        <source>Open a Résumé</source>
        <translation>Abrir un currículum</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>it is larger than 1 MB, too large for a résumé.</source>
        <translation>ocupa más de 1 MB, demasiado para un currículum.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SalaryBandChart</name>
    <message>
        <source>Salary bands</source>
        <translation>Bandas salariales</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>%1 with a salary of %2 matching</source>
        <translation>%1 con salario de %2 coincidentes</translation>
    </message>
    <message>
        <source>annual, %1</source>
        <translation>anual, %1</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>excluidas: %1</translation>
    </message>
    <message>
        <source>None of the matching postings states a salary.</source>
        <translation>Ninguna de las ofertas de empleo coincidentes indica un salario.</translation>
    </message>
    <message>
        <source>Salary bands · %1 by midpoint</source>
        <translation>Bandas salariales · %1 por punto medio</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(sin empresa)</translation>
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
%4 (punto medio %5)</translation>
    </message>
    <message>
        <source>Published band for %1: %2</source>
        <translation>Banda salarial publicada para %1: %2</translation>
    </message>
    <message>
        <source>A posting&apos;s range (tick: midpoint)</source>
        <translation>Rango salarial de una oferta de empleo (marca: punto medio)</translation>
    </message>
    <message>
        <source>Salary bands · %1 postings by level</source>
        <translation>Bandas salariales · %1 ofertas de empleo por nivel de experiencia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 postings
median %3, middle half %4
ranges from %5</source>
        <translation>%1: %2 ofertas de empleo
mediana %3, mitad central %4
rangos salariales: %5</translation>
    </message>
    <message>
        <source>Middle half of midpoints (line: median, whiskers: lowest to highest midpoint; dashes: lowest minimum to highest maximum)</source>
        <translation>Mitad central de los puntos medios (línea: mediana, bigotes: del punto medio más bajo al más alto; línea discontinua: del mínimo más bajo al máximo más alto)</translation>
    </message>
    <message>
        <source>Published band for the level</source>
        <translation>Banda salarial publicada para el nivel de experiencia</translation>
    </message>
    <message>
        <source>Salary band chart</source>
        <translation>Gráfico de bandas salariales</translation>
    </message>
    <message>
        <source>Salary band numbers</source>
        <translation>Cifras de las bandas salariales</translation>
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
            <numerusform>%Ln sin salario</numerusform>
            <numerusform>%Ln sin salario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in another currency</source>
        <translation>
            <numerusform>%Ln en otra moneda</numerusform>
            <numerusform>%Ln en otras monedas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::SalaryText</name>
    <message>
        <source>salary “%1” names two currencies, %2 and %3</source>
        <translation>el salario «%1» indica dos monedas, %2 y %3</translation>
    </message>
    <message>
        <source>salary “%1” has an amount that is not a number</source>
        <translation>el salario «%1» contiene un importe que no es un número</translation>
    </message>
    <message>
        <source>salary “%1” has no amount</source>
        <translation>el salario «%1» no contiene ningún importe</translation>
    </message>
    <message>
        <source>salary “%1” has more than two amounts</source>
        <translation>el salario «%1» contiene más de dos importes</translation>
    </message>
    <message>
        <source>salary “%1” names two pay periods, %2 and %3</source>
        <translation>el salario «%1» indica dos periodos de pago, %2 y %3</translation>
    </message>
    <message>
        <source>“%1” could be %2: map a currency column that says which</source>
        <translation>«%1» puede ser %2: asigne una columna de moneda que lo indique</translation>
    </message>
    <message>
        <source>the salary is in “%1” (%2) but the currency column says %3</source>
        <translation>el salario está en «%1» (%2), pero la columna de moneda indica %3</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SettingsCohortStorage</name>
    <message>
        <source>Cannot save the cohorts in %1.</source>
        <translation>No se pueden guardar las cohortes en %1.</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SkillCategory</name>
    <message>
        <source>Infrastructure &amp; Orchestration</source>
        <translation>Infraestructura y orquestación</translation>
    </message>
    <message>
        <source>Programming Languages</source>
        <translation>Lenguajes de programación</translation>
    </message>
    <message>
        <source>Cloud Platforms</source>
        <translation>Plataformas en la nube</translation>
    </message>
    <message>
        <source>ML/AI Frameworks</source>
        <translation>Frameworks de ML/IA</translation>
    </message>
    <message>
        <source>Model Serving &amp; Inference</source>
        <translation>Despliegue e inferencia de modelos</translation>
    </message>
    <message>
        <source>MLOps &amp; Workflow Tools</source>
        <translation>MLOps y herramientas de flujo de trabajo</translation>
    </message>
    <message>
        <source>Data Processing &amp; Storage</source>
        <translation>Procesamiento y almacenamiento de datos</translation>
    </message>
    <message>
        <source>Monitoring &amp; Observability</source>
        <translation>Monitorización y observabilidad</translation>
    </message>
    <message>
        <source>GPU &amp; Accelerators</source>
        <translation>GPU y aceleradores</translation>
    </message>
    <message>
        <source>Distributed Training</source>
        <translation>Entrenamiento distribuido</translation>
    </message>
    <message>
        <source>Security &amp; Compliance</source>
        <translation>Seguridad y cumplimiento</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Domain &amp; Practices</source>
        <translation>Dominio y prácticas</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SkillGapModel</name>
    <message>
        <source>Skill gap · %1 of %2</source>
        <translation>Brecha de habilidades · %1 de %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>dominada</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>en aprendizaje</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1 (%2 preferred)</source>
        <translation>%1 (%2 deseable)</translation>
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
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Unlocks</source>
        <translation>Desbloquea</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>jobexplorer::SqliteConnection</name>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>problems in a file</comment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and at least %n more</source>
        <comment>problems in a file</comment>
        <translation>
            <numerusform>y al menos %n más</numerusform>
            <numerusform>y al menos %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobexplorer::StoreLoader</name>
    <message>
        <source>it names %1 different skills; this version handles up to %2</source>
        <translation>menciona %1 habilidades distintas; esta versión admite hasta %2</translation>
    </message>
    <message>
        <source>the postings changed while they were read</source>
        <translation>las ofertas de empleo cambiaron mientras se leían</translation>
    </message>
    <message>
        <source>the postings cannot be read (%1).</source>
        <translation>no se pueden leer las ofertas de empleo (%1).</translation>
    </message>
    <message>
        <source>the skills&apos; requirements cannot be read (%1).</source>
        <translation>no se pueden leer los requisitos de las habilidades (%1).</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Vocabulary</name>
    <message>
        <source>Entry</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Sénior</translation>
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
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Jornada completa</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Media jornada</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Por obra o servicio</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>al año</translation>
    </message>
    <message>
        <source>unknown period</source>
        <translation>periodo desconocido</translation>
    </message>
    <message>
        <source>required</source>
        <translation>imprescindible</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>deseable</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>sin especificar</translation>
    </message>
</context>
<context>
    <name>jobexplorer::Workspace</name>
    <message>
        <source>%1 is damaged (%2). What is shown may be incomplete or wrong; restore the file from a backup.</source>
        <translation>%1 está dañada (%2). Lo que se muestra puede estar incompleto o ser erróneo; restaure el archivo desde una copia de seguridad.</translation>
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
        <translation>Explora una base de datos de ofertas de empleo: filtra, compara bandas salariales y exporta.</translation>
    </message>
    <message>
        <source>Start with this filter, e.g. &quot;seniority:senior skill:kubernetes salary&gt;=150k&quot;.</source>
        <translation>Empezar con este filtro, p. ej. &quot;seniority:senior skill:kubernetes salary&gt;=150k&quot;.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Write the matching postings as CSV to FILE, without a window.</source>
        <translation>Escribir las ofertas de empleo coincidentes como CSV en FILE, sin ventana.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the matching postings as JSON (dataset format) to FILE, without a window.</source>
        <translation>Escribir las ofertas de empleo coincidentes como JSON (formato de conjunto de datos) en FILE, sin ventana.</translation>
    </message>
    <message>
        <source>KIND=FILE</source>
        <translation>KIND=FILE</translation>
    </message>
    <message>
        <source>Pixel size of exported charts (default 1600x1000).</source>
        <translation>Tamaño en píxeles de los gráficos exportados (predeterminado: 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Compare cohorts without a window (2 to 6, repeat the option): print each one&apos;s figures; with --export-csv write one row per cohort. The name ends at the first &quot;=&quot;, e.g. &quot;High=salary&gt;=230k&quot;.</source>
        <translation>Comparar cohortes sin ventana (de 2 a 6, repita la opción): muestra las cifras de cada una; con --export-csv escribe una fila por cohorte. El nombre termina en el primer &quot;=&quot;, p. ej. &quot;Alto=salary&gt;=230k&quot;.</translation>
    </message>
    <message>
        <source>NAME=EXPR</source>
        <translation>NAME=EXPR</translation>
    </message>
    <message>
        <source>Add a published salary band to the comparison as a cohort, e.g. senior or staff:total.</source>
        <translation>Añadir a la comparación una banda salarial publicada como cohorte, p. ej. senior o staff:total.</translation>
    </message>
    <message>
        <source>LEVEL[:PAY]</source>
        <translation>LEVEL[:PAY]</translation>
    </message>
    <message>
        <source>Import the postings in FILE (CSV or JSON) into DATABASE, creating it or appending to it, without a window.</source>
        <translation>Importar las ofertas de empleo de FILE (CSV o JSON) en DATABASE, creándola o añadiéndolas a ella, sin ventana.</translation>
    </message>
    <message>
        <source>With --import: the column mapping, a preset (linkedin, lightcast, jobexplorer) or a saved mapping file; chosen by the header when omitted.</source>
        <translation>Con --import: la asignación de columnas, un preajuste (linkedin, lightcast, jobexplorer) o un archivo de asignación guardado; si se omite, se elige según el encabezado.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>With --import: import nothing when a row is rejected (rejected rows are skipped otherwise).</source>
        <translation>Con --import: no importar nada cuando se rechaza una fila (si no, las filas rechazadas se omiten).</translation>
    </message>
    <message>
        <source>The filter was not applied: %1</source>
        <translation>No se aplicó el filtro: %1</translation>
    </message>
    <message>
        <source>The language of the program: %1 (default: as last chosen, else the system&apos;s).</source>
        <translation>El idioma del programa: %1 (predeterminado: el último elegido o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose one of %2.</source>
        <translation>Idioma desconocido &quot;%1&quot;: elija uno de %2.</translation>
    </message>
    <message>
        <source>With --compare, --export-chart takes compare=FILE; got &quot;%1&quot;.</source>
        <translation>Con --compare, --export-chart admite compare=FILE; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>The posting database to open. Without one, the window reopens the last database and commands use the bundled dataset.</source>
        <translation>La base de datos de ofertas de empleo que se abrirá. Sin ella, la ventana vuelve a abrir la última base de datos y los comandos usan el conjunto de datos incluido.</translation>
    </message>
    <message>
        <source>--%1 needs a file name; it was given an empty one.</source>
        <translation>--%1 necesita un nombre de archivo; se le dio uno vacío.</translation>
    </message>
    <message>
        <source>The database file name is empty.</source>
        <translation>El nombre de archivo de la base de datos está vacío.</translation>
    </message>
    <message>
        <source>Write a report of the matching postings (or of the cohorts compared) to FILE, without a window: .pdf, .odt (LibreOffice, Word) or .html.</source>
        <translation>Escribir un informe de las ofertas de empleo coincidentes (o de las cohortes comparadas) en FILE, sin ventana: .pdf, .odt (LibreOffice, Word) o .html.</translation>
    </message>
    <message>
        <source>With --export-report: the report&apos;s title.</source>
        <translation>Con --export-report: el título del informe.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>With --export-report: the paper of a PDF report, A4 or Letter (default: as the language&apos;s country uses).</source>
        <translation>Con --export-report: el tamaño de papel de un informe PDF, A4 o Letter (por defecto: el del país del idioma).</translation>
    </message>
    <message>
        <source>A4|Letter</source>
        <translation>A4|Letter</translation>
    </message>
    <message>
        <source>--report-title and --page-size go with --export-report.</source>
        <translation>--report-title y --page-size se usan con --export-report.</translation>
    </message>
    <message>
        <source>Write a chart with its caption to FILE (.png, .svg or .pdf), without a window. KIND: skills, seniority, roles, workmode, types, locations, salary, bands or gap (with a client). Repeatable.</source>
        <translation>Escribir un gráfico con su leyenda en FILE (.png, .svg o .pdf), sin ventana. KIND: skills, seniority, roles, workmode, types, locations, salary, bands o gap (con un cliente). Se puede repetir.</translation>
    </message>
    <message>
        <source>The client (a client file of one, as exported from the Client panel): the CSV gains a Fit column and the gap can be exported.</source>
        <translation>El cliente (un archivo con un solo cliente, como lo exporta el panel «Cliente»): el CSV gana una columna «Encaje» y se puede exportar la brecha.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>ARCHIVO.json</translation>
    </message>
    <message>
        <source>An unsaved client with these skills (names or aliases, separated by commas), e.g. &quot;Python,Docker,AWS&quot;.</source>
        <translation>Un cliente sin guardar con estas habilidades (nombres o alias separados por comas), p. ej. &quot;Python,Docker,AWS&quot;.</translation>
    </message>
    <message>
        <source>SKILLS</source>
        <translation>HABILIDADES</translation>
    </message>
    <message>
        <source>Write the client&apos;s skill gap over the matching postings as CSV (skill,category,postings,share,status,unlocks).</source>
        <translation>Escribir como CSV la brecha de habilidades del cliente en las ofertas coincidentes (skill,category,postings,share,status,unlocks).</translation>
    </message>
    <message>
        <source>Leave the client&apos;s name out of the gap chart&apos;s caption and the report.</source>
        <translation>Omitir el nombre del cliente en el pie del gráfico de la brecha y en el informe.</translation>
    </message>
</context>
</TS>
