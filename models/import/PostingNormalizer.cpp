#include "PostingNormalizer.h"

#include "TextFolding.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace jobexplorer {

namespace {

// Years of experience at which each level starts (documented in import-format.md).
constexpr double MidYears = 3;
constexpr double SeniorYears = 5;
constexpr double StaffYears = 8;
// Epoch times: seconds have 10 digits until 2286, milliseconds 13.
constexpr qsizetype EpochMillisecondDigits = 12;
constexpr qsizetype EpochSecondDigits = 9;
// The latest year an epoch time stamp may give; anything later is a wrong or overflowing number.
constexpr int LatestEpochYear = 2200;

// Words of a title, folded, split at anything that is not a letter, digit or '.'.
QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w.+#]+"));
    QStringList result = foldForSearch(text).split(separators, Qt::SkipEmptyParts);
    for (QString &word : result) {
        while (word.endsWith(QLatin1Char('.')) && word != QLatin1String("sr.") &&
               word != QLatin1String("jr."))
            word.chop(1);
    }
    return result;
}

bool containsPhrase(const QStringList &words, std::initializer_list<const char *> phrase)
{
    const auto n = qsizetype(phrase.size());
    for (qsizetype i = 0; i + n <= words.size(); ++i) {
        qsizetype k = 0;
        for (const char *part : phrase) {
            if (words.at(i + k) != QLatin1String(part))
                break;
            ++k;
        }
        if (k == n)
            return true;
    }
    return false;
}

bool containsAny(const QStringList &words, std::initializer_list<const char *> list)
{
    for (const char *word : list) {
        if (words.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

} // namespace

Seniority PostingNormalizer::seniorityFromYears(double years)
{
    if (years >= StaffYears)
        return Seniority::Staff;
    if (years >= SeniorYears)
        return Seniority::Senior;
    if (years >= MidYears)
        return Seniority::Mid;
    return Seniority::Entry;
}

PostingNormalizer::SeniorityResult PostingNormalizer::seniority(const QString &label, const QString &title,
                                                                std::optional<double> yearsMin)
{
    const QString trimmedLabel = label.trimmed();
    // 1. Our own level names, as keys or labels (an export read back).
    for (const auto &entry : Vocabulary::seniorities) {
        if (entry.value == Seniority::Unknown)
            continue;
        if (trimmedLabel.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0 ||
            trimmedLabel.compare(Vocabulary::label(Vocabulary::seniorities, entry.value),
                                 Qt::CaseInsensitive) == 0)
            return {entry.value, trimmedLabel};
    }
    // 2. Title words, the most specific statement of a posting's level.
    const QStringList w = words(title);
    struct TitleRule
    {
        std::initializer_list<const char *> phrase;
        Seniority level;
        const char *text;
    };
    // Checked in order: "Principal Staff" is principal, "Sr. Staff" is staff.
    static const std::initializer_list<TitleRule> titleRules{
        {{"principal"}, Seniority::Principal, "Principal"},
        {{"distinguished"}, Seniority::Principal, "Distinguished"},
        {{"fellow"}, Seniority::Principal, "Fellow"},
        {{"head", "of"}, Seniority::Principal, "Head of"},
        {{"director"}, Seniority::Principal, "Director"},
        {{"vp"}, Seniority::Principal, "VP"},
        {{"staff"}, Seniority::Staff, "Staff"},
        {{"lead"}, Seniority::Staff, "Lead"},
        {{"senior"}, Seniority::Senior, "Senior"},
        {{"sr."}, Seniority::Senior, "Sr."},
        {{"sr"}, Seniority::Senior, "Sr"},
        {{"new", "grad"}, Seniority::Entry, "New Grad"},
        {{"graduate"}, Seniority::Entry, "Graduate"},
        {{"junior"}, Seniority::Entry, "Junior"},
        {{"jr."}, Seniority::Entry, "Jr."},
        {{"jr"}, Seniority::Entry, "Jr"},
        {{"intern"}, Seniority::Entry, "Intern"},
        {{"internship"}, Seniority::Entry, "Internship"},
        {{"entry", "level"}, Seniority::Entry, "Entry level"},
    };
    for (const TitleRule &rule : titleRules) {
        if (containsPhrase(w, rule.phrase))
            return {rule.level, QLatin1String(rule.text)};
    }
    // 3. Job-board experience labels (LinkedIn's formatted_experience_level and the like).
    const QString l = foldForSearch(trimmedLabel);
    if (!l.isEmpty()) {
        if (l.startsWith(QLatin1String("intern")) || l.startsWith(QLatin1String("entry")) ||
            l == QLatin1String("junior"))
            return {Seniority::Entry, trimmedLabel};
        if (l == QLatin1String("associate"))
            return {Seniority::Mid, trimmedLabel};
        if (l.startsWith(QLatin1String("mid-senior")) || l.startsWith(QLatin1String("mid senior"))) {
            // LinkedIn's broad experienced level: years decide between mid and senior.
            const Seniority level = yearsMin && *yearsMin < SeniorYears ? Seniority::Mid : Seniority::Senior;
            return {level, trimmedLabel};
        }
        if (l.startsWith(QLatin1String("mid")) || l == QLatin1String("intermediate"))
            return {Seniority::Mid, trimmedLabel};
        if (l == QLatin1String("director") || l == QLatin1String("executive"))
            return {Seniority::Principal, trimmedLabel};
    }
    // 4. Years of experience asked for.
    if (yearsMin)
        return {seniorityFromYears(*yearsMin), tr("%1+ years").arg(*yearsMin)};
    return {Seniority::Unknown, trimmedLabel};
}

QStringList PostingNormalizer::roleFamilies()
{
    return {QStringLiteral("AI Infrastructure Engineer"),
            QStringLiteral("ML Infrastructure Engineer"),
            QStringLiteral("AIOps Engineer"),
            QStringLiteral("AI Platform Engineer"),
            QStringLiteral("MLOps Infrastructure Engineer"),
            otherRoleFamily()};
}

QString PostingNormalizer::roleFamily(const QString &title)
{
    // Split "AI/ML" into "ai" and "ml" too.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList w = foldForSearch(title).split(separators, Qt::SkipEmptyParts);
    const bool ai =
        containsAny(w, {"ai", "gpu", "llm", "genai"}) || containsPhrase(w, {"artificial", "intelligence"});
    const bool ml = containsAny(w, {"ml"}) || containsPhrase(w, {"machine", "learning"});
    bool infrastructure = false;
    for (const QString &word : w) {
        if (word.startsWith(QLatin1String("infra")))
            infrastructure = true;
    }
    if (containsAny(w, {"aiops"}) || containsPhrase(w, {"ai", "operations"}) ||
        containsPhrase(w, {"ai", "ops"}))
        return QStringLiteral("AIOps Engineer");
    if (containsAny(w, {"mlops"}) || containsPhrase(w, {"ml", "ops"}))
        return QStringLiteral("MLOps Infrastructure Engineer");
    if ((ai || ml) && (containsAny(w, {"platform"})))
        return QStringLiteral("AI Platform Engineer");
    if (ml && infrastructure)
        return QStringLiteral("ML Infrastructure Engineer");
    if ((ai || containsAny(w, {"training", "inference"})) && infrastructure)
        return QStringLiteral("AI Infrastructure Engineer");
    return otherRoleFamily();
}

std::optional<WorkMode> PostingNormalizer::workMode(const QString &text)
{
    const QString t = foldForSearch(text.trimmed());
    if (t.isEmpty())
        return std::nullopt;
    if (const auto key = Vocabulary::fromKey(Vocabulary::workModes, t); key && *key != WorkMode::Unknown)
        return key;
    for (const auto &entry : Vocabulary::workModes) {
        if (entry.value != WorkMode::Unknown &&
            t == foldForSearch(Vocabulary::label(Vocabulary::workModes, entry.value)))
            return entry.value;
    }
    if (t.contains(QLatin1String("not remote")) || t.contains(QLatin1String("non-remote")))
        return WorkMode::OnSite;
    if (t.contains(QLatin1String("hybrid")))
        return WorkMode::Hybrid;
    if (t.contains(QLatin1String("remote")) || t.contains(QLatin1String("work from home")) ||
        t.contains(QLatin1String("telecommute")))
        return WorkMode::Remote;
    if (t.contains(QLatin1String("on-site")) || t.contains(QLatin1String("onsite")) ||
        t.contains(QLatin1String("on site")) || t.contains(QLatin1String("in office")) ||
        t.contains(QLatin1String("in-office")) || t.contains(QLatin1String("not remote")))
        return WorkMode::OnSite;
    return std::nullopt;
}

std::optional<bool> PostingNormalizer::flag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("1") || t == QLatin1String("1.0") || t == QLatin1String("true") ||
        t == QLatin1String("yes") || t == QLatin1String("y"))
        return true;
    return false;
}

EmploymentType PostingNormalizer::employmentType(const QString &text)
{
    QString t = foldForSearch(text.trimmed());
    t.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    if (t.isEmpty() || t == QLatin1String("unknown"))
        return EmploymentType::Unknown;
    if (const auto key = Vocabulary::fromKey(Vocabulary::employmentTypes, t))
        return *key;
    if (t.startsWith(QLatin1String("full")) || t == QLatin1String("permanent"))
        return EmploymentType::FullTime;
    if (t.startsWith(QLatin1String("part")))
        return EmploymentType::PartTime;
    if (t.startsWith(QLatin1String("contract")) || t.startsWith(QLatin1String("freelance")))
        return EmploymentType::Contract;
    if (t.startsWith(QLatin1String("temp")))
        return EmploymentType::Temporary;
    if (t.startsWith(QLatin1String("intern")))
        return EmploymentType::Internship;
    if (t.startsWith(QLatin1String("volunteer")))
        return EmploymentType::Volunteer;
    return EmploymentType::Other;
}

std::optional<PayPeriod> PostingNormalizer::payPeriod(const QString &text)
{
    QString t = foldForSearch(text.trimmed());
    t.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (t.startsWith(QLatin1String("per")))
        t = t.mid(3);
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("hourly") || t == QLatin1String("hour") || t == QLatin1String("hr") ||
        t == QLatin1String("h"))
        return PayPeriod::Hour;
    if (t == QLatin1String("daily") || t == QLatin1String("day"))
        return PayPeriod::Day;
    if (t == QLatin1String("biweekly") || t == QLatin1String("biweek") ||
        t == QLatin1String("everytwoweeks") || t == QLatin1String("fortnightly"))
        return PayPeriod::Biweek;
    if (t == QLatin1String("weekly") || t == QLatin1String("week") || t == QLatin1String("wk"))
        return PayPeriod::Week;
    if (t == QLatin1String("monthly") || t == QLatin1String("month") || t == QLatin1String("mo"))
        return PayPeriod::Month;
    if (t == QLatin1String("yearly") || t == QLatin1String("year") || t == QLatin1String("annual") ||
        t == QLatin1String("annually") || t == QLatin1String("yr") || t == QLatin1String("annum") ||
        t == QLatin1String("salary"))
        return PayPeriod::Year;
    return std::nullopt;
}

std::optional<double> PostingNormalizer::amount(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const QChar c :
         {QChar(u'$'), QChar(0x20AC), QChar(0x00A3), QChar(u','), QChar(u' '), QChar(0x00A0), QChar(0x202F)})
        t.remove(c);
    double factor = 1;
    if (t.endsWith(QLatin1Char('k'), Qt::CaseInsensitive)) {
        factor = 1000;
        t.chop(1);
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value * factor;
}

bool PostingNormalizer::parseExperience(const QString &text, std::optional<double> &min,
                                        std::optional<double> &max)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)?"));
    QList<double> numbers;
    auto it = number.globalMatch(text);
    while (it.hasNext())
        numbers << it.next().captured().toDouble();
    if (numbers.isEmpty())
        return false;
    const QString folded = text.toCaseFolded();
    if (numbers.size() >= 2) {
        min = numbers.at(0);
        max = numbers.at(1);
    } else if (folded.contains(QLatin1String("up to")) || folded.startsWith(QLatin1String("max"))) {
        max = numbers.at(0);
    } else if (folded.contains(QLatin1Char('+')) || folded.contains(QLatin1String("at least")) ||
               folded.contains(QLatin1String("min"))) {
        min = numbers.at(0);
    } else {
        min = numbers.at(0);
        max = numbers.at(0);
    }
    return true;
}

std::optional<QDate> PostingNormalizer::date(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Epoch numbers, possibly written as floats ("1713397508000.0").
    static const QRegularExpression epoch(QStringLiteral("^(\\d+)(?:\\.0*)?$"));
    if (const auto m = epoch.match(t); m.hasMatch()) {
        const QString digits = m.captured(1);
        bool fits = false;
        const qint64 number = digits.toLongLong(&fits);
        if (!fits || digits.size() < EpochSecondDigits)
            return std::nullopt; // overflowing 64 bits, or too short to be a time stamp
        const QDate day = digits.size() >= EpochMillisecondDigits
                              ? QDateTime::fromMSecsSinceEpoch(number, Qt::UTC).date()
                              : QDateTime::fromSecsSinceEpoch(number, Qt::UTC).date();
        // A job posting's time stamp lies in the years computers have posted jobs, give or take.
        if (!day.isValid() || day.year() > LatestEpochYear)
            return std::nullopt;
        return day;
    }
    if (t.size() >= 10) {
        const QDate iso = QDate::fromString(t.left(10), Qt::ISODate);
        if (iso.isValid())
            return iso;
    }
    for (const char *format : {"M/d/yyyy", "M/d/yy", "d.M.yyyy"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

} // namespace jobexplorer
