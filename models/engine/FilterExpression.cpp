#include "FilterExpression.h"

#include "Currencies.h"
#include "FilterEngine.h"
#include "PostingFormat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <cmath>

namespace jobexplorer {

namespace {

constexpr int maxSuggestions = 8;

struct Term
{
    QString text;
    int position = 0;
};

// The number, from 1, of the user-visible character (grapheme cluster) at the UTF-16 index
// position: an emoji, a flag or a letter with combining accents is one character.
int characterNumber(const QString &text, qsizetype position)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int number = 1;
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at <= position; at = finder.toNextBoundary())
        ++number;
    return number;
}

// Inside quotes a backslash escapes a quotation mark or another backslash ("a \"b\" c\\"):
// every other backslash is itself.
bool isEscape(const QString &text, qsizetype i)
{
    return text.at(i) == QLatin1Char('\\') && i + 1 < text.size() &&
           (text.at(i + 1) == QLatin1Char('"') || text.at(i + 1) == QLatin1Char('\\'));
}

// Splits at spaces outside double quotes, keeping escapes as they are.
QList<Term> splitTerms(const QString &text, QString *unclosedAt)
{
    QList<Term> terms;
    Term current;
    bool quoted = false;
    bool inTerm = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quoted && c.isSpace()) {
            if (inTerm)
                terms << current;
            current = {};
            inTerm = false;
            continue;
        }
        if (!inTerm) {
            current.position = i;
            inTerm = true;
        }
        if (quoted && isEscape(text, i)) {
            current.text += c;
            current.text += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        current.text += c;
    }
    if (inTerm)
        terms << current;
    if (quoted && unclosedAt)
        *unclosedAt = terms.isEmpty() ? QString() : terms.last().text;
    return terms;
}

// Splits a value list at commas outside quotes and removes the quotes.
QStringList splitValues(const QString &list)
{
    QStringList values;
    QString current;
    bool quoted = false;
    for (int i = 0; i < list.size(); ++i) {
        const QChar c = list.at(i);
        if (quoted && isEscape(list, i)) {
            current += list.at(++i);
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            values << current;
            current.clear();
        } else {
            current += c;
        }
    }
    values << current;
    return values;
}

// Quotes text unless all of it matches plain; backslashes and quotation marks inside are escaped.
// The patterns end in \z, not $: $ also matches before a last line break, which left text
// ending in one unquoted (found by fuzz_filterexpression).
QString quotedUnless(const QString &text, const QRegularExpression &plain)
{
    if (plain.match(text).hasMatch())
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') % escaped % QLatin1Char('"');
}

QString quoted(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s,\"]+\\z"));
    return quotedUnless(value, plain);
}

// Free text is quoted whenever it could read as something else.
QString quotedText(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s,\":<>=\\-][^\\s,\":<>=]*\\z"));
    return quotedUnless(text, plain);
}

std::optional<double> parseNumber(QString text)
{
    text = text.trimmed().toLower();
    double factor = 1;
    if (text.endsWith(QLatin1Char('k'))) {
        factor = 1000;
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('m'))) {
        factor = 1000000;
        text.chop(1);
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || text.isEmpty() || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value * factor;
}

// A number as the user would write it (up to 15 digits, "150k"), or for a huge one that 15
// digits do not give back, the shortest text that reads back as the same number (found by
// fuzz_filterexpression); "k" only when value / 1000 * 1000 gives the value back.
QString plainNumber(double value)
{
    const QString digits = QString::number(value, 'g', 15);
    return digits.toDouble() == value ? digits : QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString formatNumber(double value, bool thousands)
{
    if (thousands && value >= 1000 && std::fmod(value, 1000) == 0 && value / 1000 * 1000 == value)
        return plainNumber(value / 1000) + QLatin1Char('k');
    return plainNumber(value);
}

std::optional<Facet> facetForKey(const QString &key)
{
    for (const Facet facet : allFacets) {
        if (FilterExpression::key(facet).compare(key, Qt::CaseInsensitive) == 0)
            return facet;
    }
    return std::nullopt;
}

// Every key a term may start with.
QStringList acceptedKeys()
{
    QStringList keys;
    for (const Facet facet : allFacets)
        keys << FilterExpression::key(facet);
    keys << QStringLiteral("salary") << QStringLiteral("experience") << QStringLiteral("has")
         << QStringLiteral("fit");
    return keys;
}

// A term that starts with a quotation mark: one quoted phrase, else its values joined by commas.
void addQuotedText(const QString &term, QStringList &text)
{
    const QStringList parts = splitValues(term);
    if (parts.size() == 1 && term.endsWith(QLatin1Char('"')) && term.size() >= 2) {
        if (!parts.first().trimmed().isEmpty())
            text << parts.first();
        return;
    }
    text << QStringList(splitValues(term)).join(QLatin1Char(','));
}

} // namespace

QString FilterExpression::key(Facet facet)
{
    switch (facet) {
    case Facet::Role:
        return QStringLiteral("role");
    case Facet::Seniority:
        return QStringLiteral("seniority");
    case Facet::Location:
        return QStringLiteral("location");
    case Facet::WorkMode:
        return QStringLiteral("mode");
    case Facet::EmploymentType:
        return QStringLiteral("type");
    case Facet::Skill:
        return QStringLiteral("skill");
    case Facet::Company:
        return QStringLiteral("company");
    case Facet::Industry:
        return QStringLiteral("industry");
    case Facet::CompanySize:
        return QStringLiteral("size");
    }
    return {};
}

std::optional<Filter> FilterExpression::parse(const QString &text, const FilterEngine &engine, Error *error)
{
    auto fail = [error, &text](const Term &term, const QString &message) -> std::optional<Filter> {
        if (error) {
            error->character = characterNumber(text, term.position);
            error->message = tr("“%1” at character %2: %3").arg(term.text).arg(error->character).arg(message);
            error->position = term.position;
            error->length = static_cast<int>(term.text.size());
        }
        return std::nullopt;
    };

    QString unclosed;
    const QList<Term> terms = splitTerms(text, &unclosed);
    if (!unclosed.isNull())
        return fail(terms.last(), tr("a quotation mark is not closed."));

    Filter filter;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term &term = terms.at(i);
        if (const std::optional<QString> problem = readTerm(term.text, engine, filter))
            return fail(term, *problem);
        // A currency code right after a salary range is the range's: salary>=200k eur.
        if (!isSalaryRange(term.text) || i + 1 == terms.size())
            continue;
        const Term &next = terms.at(i + 1);
        QString problem;
        const std::optional<QString> currency = readCurrency(next.text, engine, &problem);
        if (!problem.isEmpty())
            return fail(next, problem);
        if (!currency)
            continue;
        if (!filter.salaryCurrency.isEmpty() && filter.salaryCurrency != *currency)
            return fail(next, tr("a salary range has one currency, and %1 was given before %2.")
                                  .arg(filter.salaryCurrency, *currency));
        filter.salaryCurrency = *currency;
        ++i;
    }
    return filter;
}

bool FilterExpression::isSalaryRange(const QString &term)
{
    static const QRegularExpression salary(QStringLiteral("^salary(>=|<=|:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return salary.match(term).hasMatch();
}

std::optional<QString> FilterExpression::readCurrency(const QString &term, const FilterEngine &engine,
                                                      QString *problem)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{3}$"));
    if (!letters.match(term).hasMatch())
        return std::nullopt;
    const QString code = term.toUpper();
    if (Currencies::isKnownCode(code) || engine.salaryCount(code) > 0)
        return code;
    // Three capitals are meant as a code; three other letters are a word to search for.
    if (term != code)
        return std::nullopt;
    const QStringList here = engine.salaryCurrencies();
    *problem =
        here.isEmpty()
            ? tr("unknown currency “%1”; no posting here states a salary.").arg(term)
            : tr("unknown currency “%1”. Salaries here are in %2.").arg(term, here.join(QLatin1String(", ")));
    return std::nullopt;
}

std::optional<QString> FilterExpression::readTerm(const QString &term, const FilterEngine &engine,
                                                  Filter &filter)
{
    if (term.startsWith(QLatin1Char('"'))) {
        addQuotedText(term, filter.text);
        return std::nullopt;
    }
    static const QRegularExpression keyed(QStringLiteral("^(-?)([A-Za-z]+)(>=|<=|:)(.*)$"));
    const QRegularExpressionMatch match = keyed.match(term);
    if (!match.hasMatch()) {
        filter.text << term;
        return std::nullopt;
    }
    const KeyedTerm keyedTerm{!match.captured(1).isEmpty(), match.captured(2).toLower(), match.captured(3),
                              match.captured(4)};
    const QString &name = keyedTerm.name;
    if (name == QLatin1String("salary") || name == QLatin1String("experience"))
        return readRange(keyedTerm, filter);
    if (name == QLatin1String("fit"))
        return readFit(keyedTerm, engine, filter);
    if (name == QLatin1String("has")) {
        if (keyedTerm.negated || keyedTerm.op != QLatin1String(":") ||
            keyedTerm.rest.compare(QLatin1String("salary"), Qt::CaseInsensitive) != 0)
            return tr("the only accepted form is has:salary.");
        filter.requireSalary = true;
        return std::nullopt;
    }
    return readFacetTerm(keyedTerm, engine, filter);
}

// salary or experience: >=N, <=N or :N..M.
std::optional<QString> FilterExpression::readRange(const KeyedTerm &term, Filter &filter)
{
    // The first ".." splits the bounds, which may have decimals (experience:2.5..5).
    static const QRegularExpression range(QStringLiteral("^(.*?)\\.\\.(.*)\\z"));
    const QString &name = term.name;
    if (term.negated)
        return tr("a range cannot be excluded.");
    Range &target = name == QLatin1String("salary") ? filter.salary : filter.experience;
    const QString example = name == QLatin1String("salary") ? QStringLiteral("salary:150k..300k")
                                                            : QStringLiteral("experience:3..5");
    if (term.op == QLatin1String(":")) {
        const QRegularExpressionMatch bounds = range.match(term.rest);
        if (!bounds.hasMatch())
            return tr("expected a range like %1, or %2>=N, %2<=N.").arg(example, name);
        std::optional<double> low, high;
        if (!bounds.captured(1).isEmpty() && !(low = parseNumber(bounds.captured(1))))
            return tr("“%1” is not a number.").arg(bounds.captured(1));
        if (!bounds.captured(2).isEmpty() && !(high = parseNumber(bounds.captured(2))))
            return tr("“%1” is not a number.").arg(bounds.captured(2));
        if (!low && !high)
            return tr("the range has no bounds.");
        if (low && high && *low > *high)
            return tr("the lower bound is above the upper bound.");
        target.min = low;
        target.max = high;
    } else {
        const std::optional<double> value = parseNumber(term.rest);
        if (!value)
            return tr("“%1” is not a number (examples: 150000, 150k, 5).").arg(term.rest);
        (term.op == QLatin1String(">=") ? target.min : target.max) = value;
        if (target.min && target.max && *target.min > *target.max)
            return tr("the lower bound is above the upper bound.");
    }
    return std::nullopt;
}

// fit>=F, fit<=F or fit:F..G, F a fraction from 0 to 1 or a percentage.
std::optional<QString> FilterExpression::readFit(const KeyedTerm &term, const FilterEngine &engine,
                                                 Filter &filter)
{
    if (!engine.clientSkills())
        return tr("fit needs a client: choose one first (the fit of a posting is the share of its "
                  "skills the client has).");
    if (term.negated)
        return tr("a range cannot be excluded.");
    auto fraction = [](QString text) -> std::optional<double> {
        text = text.trimmed();
        const bool percent = text.endsWith(QLatin1Char('%'));
        if (percent)
            text.chop(1);
        bool ok = false;
        const double value = text.toDouble(&ok) / (percent ? 100 : 1);
        if (!ok || text.isEmpty() || !(value >= 0 && value <= 1))
            return std::nullopt;
        return value;
    };
    const QString problem =
        tr("expected a fit from 0 to 1 or a percentage, like fit>=0.8, fit>=80% or fit:0.5..0.8.");
    std::optional<double> low, high;
    if (term.op == QLatin1String(":")) {
        const qsizetype dots = term.rest.indexOf(QLatin1String(".."));
        if (dots < 0)
            return problem;
        const QString first = term.rest.left(dots);
        const QString second = term.rest.mid(dots + 2);
        if ((!first.isEmpty() && !(low = fraction(first))) ||
            (!second.isEmpty() && !(high = fraction(second))) || (!low && !high))
            return problem;
        if (low && high && *low > *high)
            return tr("the lower bound is above the upper bound.");
    } else {
        const std::optional<double> value = fraction(term.rest);
        if (!value)
            return problem;
        (term.op == QLatin1String(">=") ? low : high) = value;
    }
    filter.fit = {low, high};
    return std::nullopt;
}

// key:value[,value…] or -key:value[,value…] for a facet.
std::optional<QString> FilterExpression::readFacetTerm(const KeyedTerm &term, const FilterEngine &engine,
                                                       Filter &filter)
{
    const QString &name = term.name;
    const std::optional<Facet> facet = facetForKey(name);
    if (!facet)
        return tr("unknown key “%1”. Accepted keys: %2.").arg(name, acceptedKeys().join(QLatin1String(", ")));
    if (term.op != QLatin1String(":"))
        return tr("“%1” takes values after a colon, e.g. %1:value.").arg(name);

    QList<int> values;
    for (const QString &value : splitValues(term.rest)) {
        const QString wanted = value.trimmed();
        if (wanted.isEmpty())
            return tr("a value is missing.");
        const QList<int> found = engine.findValues(*facet, wanted);
        if (found.isEmpty())
            return tr("unknown %1 “%2”. Accepted: %3.")
                .arg(name, wanted, suggestions(*facet, wanted, engine));
        for (const int id : found) {
            if (!values.contains(id))
                values << id;
        }
    }
    FacetFilter &target = filter.facet(*facet);
    if (term.negated) {
        for (const int id : std::as_const(values)) {
            if (!target.excluded.contains(id))
                target.excluded << id;
        }
    } else {
        target.clauses << values;
    }
    return std::nullopt;
}

// For an unknown value: the values that contain what was typed, else the first ones.
QString FilterExpression::suggestions(Facet facet, const QString &wanted, const FilterEngine &engine)
{
    QStringList accepted, containing;
    for (int v = 0; v < engine.valueCount(facet); ++v) {
        const QString candidate = engine.valueKey(facet, v);
        if (candidate.contains(wanted, Qt::CaseInsensitive) && containing.size() < maxSuggestions)
            containing << candidate;
        if (accepted.size() < maxSuggestions)
            accepted << candidate;
    }
    const QStringList shown = containing.isEmpty() ? accepted : containing;
    QString list = shown.join(QLatin1String(", "));
    if (engine.valueCount(facet) > shown.size())
        list += tr(", … (%1 in all)").arg(engine.valueCount(facet));
    return list;
}

QString FilterExpression::format(const Filter &filter, const FilterEngine &engine)
{
    QStringList terms;
    for (const Facet facet : allFacets) {
        const FacetFilter &f = filter.facet(facet);
        auto list = [&](const QList<int> &values) {
            QStringList names;
            for (const int value : values)
                names << quoted(engine.valueKey(facet, value));
            return names.join(QLatin1Char(','));
        };
        for (const QList<int> &clause : f.clauses)
            terms << key(facet) % QLatin1Char(':') % list(clause);
        if (!f.excluded.isEmpty())
            terms << QLatin1Char('-') % key(facet) % QLatin1Char(':') % list(f.excluded);
    }
    auto range = [&terms](const QString &name, const Range &r, bool thousands) {
        if (r.min && r.max)
            terms << name % QLatin1Char(':') % formatNumber(*r.min, thousands) % QLatin1String("..") %
                         formatNumber(*r.max, thousands);
        else if (r.min)
            terms << name % QLatin1String(">=") % formatNumber(*r.min, thousands);
        else if (r.max)
            terms << name % QLatin1String("<=") % formatNumber(*r.max, thousands);
    };
    range(QStringLiteral("salary"), filter.salary, true);
    if (filter.salary.isSet() && !filter.salaryCurrency.isEmpty())
        terms << filter.salaryCurrency;
    range(QStringLiteral("experience"), filter.experience, false);
    range(QStringLiteral("fit"), filter.fit, false);
    if (filter.requireSalary)
        terms << QStringLiteral("has:salary");
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{3}$"));
    for (const QString &text : filter.text) {
        // A word of three letters right after a salary range would read as its currency.
        const bool afterSalary = !terms.isEmpty() && isSalaryRange(terms.constLast());
        terms << (afterSalary && letters.match(text).hasMatch()
                      ? QString(QLatin1Char('"') % text % QLatin1Char('"'))
                      : quotedText(text));
    }
    return terms.join(QLatin1Char(' '));
}

QString FilterExpression::describe(const Filter &filter, const FilterEngine &engine)
{
    if (filter.isEmpty())
        return tr("All postings");
    QStringList parts;
    const QLocale locale;
    for (const Facet facet : allFacets) {
        const FacetFilter &f = filter.facet(facet);
        if (f.isEmpty())
            continue;
        QStringList clauses;
        for (const QList<int> &clause : f.clauses) {
            QStringList names;
            for (const int value : clause)
                names << engine.valueName(facet, value);
            clauses << names.join(tr(" or "));
        }
        QString text = clauses.join(tr(" and "));
        if (!f.excluded.isEmpty()) {
            QStringList names;
            for (const int value : f.excluded)
                names << engine.valueName(facet, value);
            const QString excluded = tr("not %1").arg(names.join(tr(" or ")));
            text = text.isEmpty() ? excluded : text % QLatin1String(", ") % excluded;
        }
        static const char *const titles[FacetCount] = {
            QT_TR_NOOP("Role"),      QT_TR_NOOP("Seniority"),  QT_TR_NOOP("Location"),
            QT_TR_NOOP("Work mode"), QT_TR_NOOP("Employment"), QT_TR_NOOP("Skills"),
            QT_TR_NOOP("Company"),   QT_TR_NOOP("Industry"),   QT_TR_NOOP("Company size")};
        parts << tr("%1: %2").arg(tr(titles[static_cast<int>(facet)]), text);
    }
    auto range = [&](const QString &title, const Range &r, auto show) {
        if (r.min && r.max)
            parts << tr("%1: %2 to %3").arg(title, show(*r.min), show(*r.max));
        else if (r.min)
            parts << tr("%1: at least %2").arg(title, show(*r.min));
        else if (r.max)
            parts << tr("%1: at most %2").arg(title, show(*r.max));
    };
    const QString currency = engine.salaryCurrency(filter);
    range(tr("Salary"), filter.salary, [&](double v) {
        return currency.isEmpty() ? locale.toString(v, 'f', 0) : PostingFormat::money(v, currency, locale);
    });
    range(tr("Experience"), filter.experience,
          [&](double v) { return tr("%1 years").arg(locale.toString(v)); });
    range(tr("Fit to the client"), filter.fit,
          [&](double v) { return tr("%1%", "a fit as a percentage").arg(locale.toString(v * 100, 'f', 0)); });
    if (filter.requireSalary)
        parts << tr("with a salary");
    for (const QString &text : filter.text)
        parts << tr("“%1”").arg(text);
    return parts.join(QStringLiteral(" · "));
}

} // namespace jobexplorer
