#pragma once

namespace jobexplorer {

class ReportCursor;

// One optional part of a report after its standard ones (header, key figures, charts, salary),
// such as the client's: Report::addSection() takes it over, and it writes itself each time the
// report is laid out (for a page size, a printer, a file format), in the current language.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    virtual void write(ReportCursor &cursor) const = 0;
};

} // namespace jobexplorer
