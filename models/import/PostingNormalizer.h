#pragma once

#include "Dataset.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace jobexplorer {

// Turns the wording of job-board exports into the closed vocabularies and structured fields of
// the posting database. Each rule lives in one function here and is documented in
// import-format.md; nothing here fails loudly: a value that cannot be understood comes back as
// std::nullopt (or Unknown) and the caller decides whether that rejects the row. Places are
// LocationNormalizer's.
class PostingNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::PostingNormalizer)
public:
    struct SeniorityResult
    {
        Seniority level = Seniority::Unknown;
        QString text; // the wording the level was taken from
    };
    // In this order: our own level names ("senior", "Senior"); title words (Intern, Junior, New
    // Grad, Senior, Sr., Staff, Lead, Principal, Head of, Director…); job-board experience
    // labels ("Entry level", "Associate", "Mid-Senior level", "Director", "Executive"); years.
    static SeniorityResult seniority(const QString &label, const QString &title,
                                     std::optional<double> yearsMin);
    static Seniority seniorityFromYears(double years);

    // The bundled role families, by keyword rules over the title; "Other" when none fits.
    static QStringList roleFamilies();
    static QString roleFamily(const QString &title);
    static QString otherRoleFamily() { return QStringLiteral("Other"); }

    // "Remote", "Hybrid", "On-site", "Onsite", "In office"…; std::nullopt when not understood.
    static std::optional<WorkMode> workMode(const QString &text);
    // A flag column: 1, true, yes, y; std::nullopt when empty.
    static std::optional<bool> flag(const QString &text);
    // "Full-time", "FULL_TIME", "Contract", "Internship"…; Other for an unknown non-empty label.
    static EmploymentType employmentType(const QString &text);

    // HOURLY, WEEKLY, BIWEEKLY, MONTHLY, YEARLY and their spellings ("per hour", "annual", "yr").
    static std::optional<PayPeriod> payPeriod(const QString &text);
    // "120000", "120,000.00", "$120,000", "120k"; std::nullopt when not a number. (Salaries are
    // SalaryText's, which also reads their currency and period.)
    static std::optional<double> amount(const QString &text);
    // "3–5 years", "5+ years", "up to 3 years", "2 years"; false when no number is found.
    static bool parseExperience(const QString &text, std::optional<double> &min, std::optional<double> &max);

    // ISO 8601 dates (with or without a time), epoch milliseconds or seconds (LinkedIn writes
    // listed_time as "1713397508000.0"), M/D/YYYY; std::nullopt when not a date.
    static std::optional<QDate> date(const QString &text);
};

} // namespace jobexplorer
