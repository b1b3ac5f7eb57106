#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace jobexplorer {

// The closed vocabularies of the posting database (see schema.md). Each enum has a stable key,
// as stored in the database and typed in filters, and a translatable label for the user.

enum class Seniority : std::uint8_t { Unknown, Entry, Mid, Senior, Staff, Principal };
enum class WorkMode : std::uint8_t { Unknown, Remote, Hybrid, OnSite };
enum class EmploymentType : std::uint8_t {
    Unknown,
    FullTime,
    PartTime,
    Contract,
    Temporary,
    Internship,
    Volunteer,
    Other
};
enum class PayPeriod : std::uint8_t { Unknown, Hour, Day, Week, Biweek, Month, Year };
enum class Requirement : std::uint8_t { Unspecified, Required, Preferred };

template <typename Enum> struct EnumEntry
{
    Enum value;
    const char *key;
    const char *label; // translated in the "jobexplorer::Vocabulary" context
};

struct Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::Vocabulary)
public:
    static constexpr std::array<EnumEntry<Seniority>, 6> seniorities{{
        {Seniority::Entry, "entry", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Entry")},
        {Seniority::Mid, "mid", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Mid")},
        {Seniority::Senior, "senior", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Senior")},
        {Seniority::Staff, "staff", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Staff")},
        {Seniority::Principal, "principal", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Principal")},
        {Seniority::Unknown, "unknown", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Unknown")},
    }};
    static constexpr std::array<EnumEntry<WorkMode>, 4> workModes{{
        {WorkMode::Remote, "remote", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Remote")},
        {WorkMode::Hybrid, "hybrid", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Hybrid")},
        {WorkMode::OnSite, "onsite", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "On-site")},
        {WorkMode::Unknown, "unknown", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Unknown")},
    }};
    static constexpr std::array<EnumEntry<EmploymentType>, 8> employmentTypes{{
        {EmploymentType::FullTime, "full-time", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Full-time")},
        {EmploymentType::PartTime, "part-time", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Part-time")},
        {EmploymentType::Contract, "contract", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Contract")},
        {EmploymentType::Temporary, "temporary", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Temporary")},
        {EmploymentType::Internship, "internship",
         QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Internship")},
        {EmploymentType::Volunteer, "volunteer", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Volunteer")},
        {EmploymentType::Other, "other", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Other")},
        {EmploymentType::Unknown, "unknown", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "Unknown")},
    }};
    static constexpr std::array<EnumEntry<PayPeriod>, 7> payPeriods{{
        {PayPeriod::Hour, "hour", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "per hour")},
        {PayPeriod::Day, "day", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "per day")},
        {PayPeriod::Week, "week", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "per week")},
        {PayPeriod::Biweek, "biweek", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "every two weeks")},
        {PayPeriod::Month, "month", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "per month")},
        {PayPeriod::Year, "year", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "per year")},
        {PayPeriod::Unknown, "unknown", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "unknown period")},
    }};
    static constexpr std::array<EnumEntry<Requirement>, 3> requirements{{
        {Requirement::Required, "required", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "required")},
        {Requirement::Preferred, "preferred", QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "preferred")},
        {Requirement::Unspecified, "unspecified",
         QT_TRANSLATE_NOOP("jobexplorer::Vocabulary", "unspecified")},
    }};

    template <typename Enum, std::size_t N>
    static QString key(const std::array<EnumEntry<Enum>, N> &table, Enum value)
    {
        for (const auto &entry : table) {
            if (entry.value == value)
                return QString::fromLatin1(entry.key);
        }
        return {};
    }

    template <typename Enum, std::size_t N>
    static QString label(const std::array<EnumEntry<Enum>, N> &table, Enum value)
    {
        for (const auto &entry : table) {
            if (entry.value == value)
                return tr(entry.label);
        }
        return {};
    }

    // Case-insensitive; std::nullopt for a key that is not in the table.
    template <typename Enum, std::size_t N>
    static std::optional<Enum> fromKey(const std::array<EnumEntry<Enum>, N> &table, QStringView key)
    {
        for (const auto &entry : table) {
            if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
                return entry.value;
        }
        return std::nullopt;
    }
};

// The one place that annualises pay: an amount per `period` times this is per year. Hour ×2080
// (40 hours × 52 weeks), day ×260 (5 days × 52 weeks), week ×52, biweek ×26, month ×12, year
// ×1. Unknown ×1: the dataset reader gives a stated salary without a period PayPeriod::Year,
// so an unknown period only reaches here for a salary that is not stated. The database keeps
// the amount as written beside its annualised form (schema.md), and every statistic uses the
// annualised form.
double annualMultiplier(PayPeriod period);

// The translated name of a skill category of the bundled taxonomy ("Cloud Platforms" →
// "Cloud-Plattformen"); other names, as a dataset of the user's own has them, stay as they are.
QString skillCategoryLabel(const QString &name);

} // namespace jobexplorer
