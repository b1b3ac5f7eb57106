#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace jobexplorer {

// The posting fields an imported column can fill, and which column fills each (by header name,
// so a saved mapping still fits a file whose columns come in another order). Presets describe
// real exports (import-format.md); a mapping can be saved to and loaded from a JSON file.
class ImportMapping final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ImportMapping)
public:
    enum class Field : std::uint8_t {
        SourceId,
        Company,
        Title,
        Description,
        RoleFamily,
        Seniority,      // an experience level label ("Mid-Senior level", "Senior")
        ExperienceText, // "3–5 years", "5+ years"
        ExperienceMin,
        ExperienceMax,
        WorkMode,       // "Remote", "Hybrid", "On-site"
        RemoteAllowed,  // a flag: 1/true/yes
        EmploymentType, // "Full-time", "FULL_TIME", "Contract"
        SalaryMin,
        SalaryMax,
        SalaryMedian,
        SalaryText, // a whole range as text: "$144,000 – $216,000" (annual)
        PayPeriod,
        Currency,
        Location, // "San Francisco, CA", several separated by ';'
        City,
        Region,
        Country,
        MetroArea,
        PostedDate, // ISO date, or epoch milliseconds as LinkedIn writes them
        SourceUrl,
        Skills, // a listed skill set: "Python, SQL" or ["Python", "SQL"]
        Industry,
        CompanySize,
        Notes,
    };
    static constexpr int FieldCount = int(Field::Notes) + 1;

    // The stable key of a field in saved mappings ("salary_min"), its label for the user.
    static QString fieldKey(Field field);
    static QString fieldLabel(Field field);
    static std::optional<Field> fieldFromKey(const QString &key);

    // Preset names: "linkedin", "lightcast", "jobexplorer".
    static QStringList presetNames();
    // A preset by name; std::nullopt for an unknown name.
    static std::optional<ImportMapping> preset(const QString &name);
    // Rows of a file detect() looks at (ImportSource::sample()).
    static constexpr int SampleRows = 50;
    // The preset whose characteristic columns the header has, else a mapping by known header
    // names (case, spaces and underscores ignored) with the salary fields chosen by the values
    // of sample (rows of fields under header): a column of ranges is the salary range as text
    // whatever its name ("Salary" with "€50,000 – €60,000"), and without a salary column by
    // name, a column whose every value is an amount with a currency or pay period written
    // beside it is one.
    static ImportMapping detect(const QStringList &header, const QList<QStringList> &sample = {});
    static ImportMapping fromHeaderNames(const QStringList &header);

    // Reads a mapping saved by save(), or a preset name. Returns std::nullopt and sets
    // *errorMessage (naming the file and the problem) on failure.
    static std::optional<ImportMapping> load(const QString &nameOrFile, QString *errorMessage);
    // Writes the mapping as JSON through QSaveFile; false and *errorMessage on failure.
    bool save(const QString &fileName, QString *errorMessage) const;
    QByteArray toJson() const;

    // The file load() read this mapping from; empty for a preset or a mapping built otherwise.
    QString fileName() const { return m_fileName; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString column(Field field) const { return m_columns[std::size_t(field)]; }
    void setColumn(Field field, const QString &column) { m_columns[std::size_t(field)] = column; }
    bool isMapped(Field field) const { return !m_columns[std::size_t(field)].isEmpty(); }
    // Header columns this mapping names that the header does not have.
    QStringList missingColumns(const QStringList &header) const;

    // Where each field is in a header: column index per field, -1 when unmapped or absent.
    std::array<int, FieldCount> resolve(const QStringList &header) const;
    // Why this mapping cannot import dataFile, whose columns are header: no column is mapped to
    // the title, or the column it names (then the message names the mapping, or its file, and that
    // column). An empty string when the title is found.
    QString titleProblem(const QStringList &header, const QString &dataFile) const;
    // Column names for a message: all of a short list, the first few of a long one and how many
    // more there are (a file may have a million columns).
    static QString columnList(const QStringList &columns);

    // The same name and columns, wherever either mapping was read from.
    bool operator==(const ImportMapping &other) const
    {
        return m_name == other.m_name && m_columns == other.m_columns;
    }

private:
    QString m_fileName;
    QString m_name;
    std::array<QString, FieldCount> m_columns;
};

} // namespace jobexplorer
