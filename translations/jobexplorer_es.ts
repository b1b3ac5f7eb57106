<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>jobexplorer::BatchExport</name>
    <message>
        <source>--export-chart needs KIND=FILE, e.g. skills=skills.png; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown chart kind &quot;%1&quot;: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart-size must be WIDTHxHEIGHT in pixels, 100 to 20000 each (e.g. 1600x1000); got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 match %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::BundledDataset</name>
    <message>
        <source>The bundled dataset %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the bundled database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartBuilder</name>
    <message>
        <source>Postings with a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of postings with a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of matching postings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture carries a caption: the dataset, the filter in words, the number of postings and today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartExporter</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · Job Market Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export a chart of %1×%2 pixels: choose between 100 and 20000 pixels a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartModel</name>
    <message>
        <source>Skill demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (all %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no matching postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · none of %2 states a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 of %4 state one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n in other currencies left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual salary (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of postings with a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of matching postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartWidget</name>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 postings (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ChartsPanel</name>
    <message>
        <source>Show as &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart &amp;Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the share the market report publishes for each skill beside the computed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart with its caption as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF with its caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart&apos;s numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, copy or compare this chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::CohortFile</name>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a cohort file (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is version %1 of the format; this program reads up to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;cohorts&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort %1 (“%2”) has no filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read cohorts from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large to be a cohort file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::CohortList</name>
    <message>
        <source>A cohort needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a cohort named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open to check the filter against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::CompareCommand</name>
    <message>
        <source>“%1” is not a cohort: write NAME=FILTER, e.g. &quot;Senior=seniority:senior&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a cohort: the name before “=” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset publishes no %1 band for “%2” (write a level such as senior or staff, optionally with :base or :total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: published band %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 with a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1; midpoint %2, range %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1; median %2, quartiles %3, midpoints %4, ranges %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (left out: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter does not combine with --compare: put the filter into each cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-json does not combine with --compare: the comparison is exported as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compare %1 to %2 cohorts (--compare and --compare-band); %n given.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Two cohorts are named “%1”; give each its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::Comparison</name>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total comp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter of cohort “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All postings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ComparisonModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (more than in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much more common</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::CsvExporter</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetJsonWriter</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetReader</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the unknown value &quot;%2&quot; (accepted: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a posting needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experience minimum is above its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary minimum is above its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a salary needs a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;posted_date&quot; must be a date like 2025-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pay_type&quot; must be base or total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a salary band needs its text as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a table and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skill frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Job Market Explorer dataset (no &quot;format&quot;: &quot;jobexplorer-dataset&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written in format version %1; this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skill category needs a key and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skill needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the aliases of %1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::DatasetWriter</name>
    <message>
        <source>posting %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skill category &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skill &quot;%1&quot; has the unknown category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skill name or alias &quot;%1&quot; is used for two skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the unknown skill &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists the skill &quot;%2&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the published frequency &quot;%1&quot; names the unknown skill &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database schema is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished file could not be moved into place (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::FacetModel</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 matching postings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::FacetSection</name>
    <message>
        <source>By count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the values by count or by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the choices in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings with all chosen skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings with any chosen skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How chosen skills combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterChips</name>
    <message>
        <source>Active filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filter: all postings are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterExpression</name>
    <message>
        <source>“%1” at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation mark is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range cannot be excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a range like %1, or %2&gt;=N, %2&lt;=N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range has no bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lower bound is above the upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number (examples: 150000, 150k, 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only accepted form is has:salary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key “%1”. Accepted keys: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes values after a colon, e.g. %1:value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 “%2”. Accepted: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::FilterPanel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only postings with a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, companies, skills, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. seniority:senior skill:kubernetes salary&gt;=150k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole filter as text. Edit it and press Enter.
key:value[,value] with keys role, seniority, location, mode, type, skill, company, industry, size;
-key:value excludes; salary&gt;=150k, salary:150k..300k, experience:3..5, has:salary; other words search the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the filter expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary (annual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportCommand</name>
    <message>
        <source>Read %1 rows from %2 (mapping: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New skills (uncategorised): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, column %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import needs the DATABASE to create or append to, e.g. jobexplorer --import postings.csv postings.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportDialog</name>
    <message>
        <source>Import Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a &amp;new database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Append to the open database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing if a row is rejected (otherwise skip bad rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Market Explorer databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Market Explorer dataset (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the title to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows would be rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists. Add the postings to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows per second, about %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1, imported %2, skipped %3 as duplicates, rejected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportMapping</name>
    <message>
        <source>Source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote allowed (flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary (single figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary range as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metro area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills (listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 is neither a preset (%2) nor a readable file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 is not a saved column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 names the unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportPreviewModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::ImportSource</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is neither a list of objects nor a Job Market Explorer dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not a list of objects (item %1 is not an object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::MainWindow</name>
    <message>
        <source>Job Market Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Postings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Postings as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Postings as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Job Market Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Job Market Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Job Market Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explore job postings: filter them, compare salary bands and export charts and data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can explore it but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Market Explorer databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Postings as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postings.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Postings as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postings.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart Numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the chart&apos;s numbers to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database (it may be a different kind of file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Job Market Explorer database (it has no &quot;%1&quot; table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no format version; it was not written by Job Market Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Job Market Explorer (format version %1; this version reads up to %2). Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver does not give access to its connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingDetailView</name>
    <message>
        <source>Posting details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a posting to see all its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the posting on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingFormat</name>
    <message>
        <source>%1k</source>
        <comment>thousands of a currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingImporter</name>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; states no years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum years above maximum years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unparseable salary &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum salary above maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pay period &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: no column is mapped to the title (columns: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import aborted at %1, column %2: %3; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings imported from %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import into %1: the database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import into %1: the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be imported from %1; %2 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingNormalizer</name>
    <message>
        <source>%1+ years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingTableModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary (annual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::PostingTableView</name>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::SalaryStatistics</name>
    <message numerus="yes">
        <source>%n without a salary</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in another currency</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::SettingsCohortStorage</name>
    <message>
        <source>Cannot save the cohorts in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::SqlFilterEvaluator</name>
    <message>
        <source>SQLite cannot open it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query cannot be prepared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting %1 is not in the loaded store; the file changed since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the salaries changed while they were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text (&quot;%1&quot;) cannot be evaluated in SQL: SQLite cannot ignore accents as the filter engine does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::StoreLoader</name>
    <message>
        <source>it names %1 different skills; this version handles up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postings changed while they were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postings cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::Vocabulary</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobexplorer::Workspace</name>
    <message>
        <source>%1 is damaged (%2). What is shown may be incomplete or wrong; restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Job Market Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a database of job postings: filter, compare salary bands, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting database to open (the bundled dataset when omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this filter, e.g. &quot;seniority:senior skill:kubernetes salary&gt;=150k&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the matching postings as CSV to FILE, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the matching postings as JSON (dataset format) to FILE, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a chart with its caption to FILE (.png, .svg or .pdf), without a window. KIND: skills, seniority, roles, workmode, types, locations or salary. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND=FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel size of exported charts (default 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare cohorts without a window (2 to 6, repeat the option): print each one&apos;s figures; with --export-csv write one row per cohort. The name ends at the first &quot;=&quot;, e.g. &quot;High=salary&gt;=230k&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=EXPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a published salary band to the comparison as a cohort, e.g. senior or staff:total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL[:PAY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the postings in FILE (CSV or JSON) into DATABASE, creating it or appending to it, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import: the column mapping, a preset (linkedin, lightcast, jobexplorer) or a saved mapping file; chosen by the header when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import: import nothing when a row is rejected (rejected rows are skipped otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the program: %1 (default: as last chosen, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
