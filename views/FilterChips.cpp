#include "FilterChips.h"

#include "FilterEngine.h"
#include "PostingFormat.h"
#include "Workspace.h"

#include <QEvent>
#include <QLocale>

namespace jobexplorer {

FilterChips::FilterChips(Workspace *workspace, QWidget *parent) : QLabel(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("filterChips"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this,
            [this](const QString &link) { removeChip(link.mid(QStringLiteral("chip:").size()).toInt()); });
    connect(workspace, &Workspace::filterChanged, this, &FilterChips::rebuild);
    retranslate();
}

void FilterChips::retranslate()
{
    setAccessibleName(tr("Active filter"));
    rebuild();
}

void FilterChips::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

QStringList FilterChips::chipTexts() const
{
    QStringList texts;
    for (const Chip &chip : m_chips)
        texts << chip.text;
    return texts;
}

void FilterChips::removeChip(int index)
{
    if (index < 0 || index >= static_cast<int>(m_chips.size()))
        return;
    Filter filter = m_workspace->filter();
    m_chips[static_cast<std::size_t>(index)].remove(filter);
    m_workspace->setFilter(filter);
}

void FilterChips::rebuild()
{
    m_chips.clear();
    const FilterEngine *engine = m_workspace->engine();
    const Filter &filter = m_workspace->filter();
    if (!engine || filter.isEmpty()) {
        setText(QLatin1String("<span style='color:gray'>") %
                tr("No filter: all postings are shown.").toHtmlEscaped() % QLatin1String("</span>"));
        return;
    }
    static const char *const titles[FacetCount] = {
        QT_TR_NOOP("Role"),      QT_TR_NOOP("Seniority"),  QT_TR_NOOP("Location"),
        QT_TR_NOOP("Work mode"), QT_TR_NOOP("Employment"), QT_TR_NOOP("Skill"),
        QT_TR_NOOP("Company"),   QT_TR_NOOP("Industry"),   QT_TR_NOOP("Company size")};
    for (const Facet facet : allFacets) {
        const FacetFilter &f = filter.facet(facet);
        const QString title = tr(titles[static_cast<int>(facet)]);
        for (qsizetype c = 0; c < f.clauses.size(); ++c) {
            QStringList names;
            for (const int value : f.clauses.at(c))
                names << engine->valueName(facet, value);
            const QList<int> clause = f.clauses.at(c);
            m_chips.push_back(
                {tr("%1: %2").arg(title, names.join(tr(" or "))),
                 [facet, clause](Filter &target) { target.facet(facet).clauses.removeAll(clause); }});
        }
        for (const int value : f.excluded) {
            m_chips.push_back(
                {tr("%1: not %2").arg(title, engine->valueName(facet, value)),
                 [facet, value](Filter &target) { target.facet(facet).excluded.removeAll(value); }});
        }
    }
    const QLocale locale;
    if (filter.salary.isSet()) {
        const QString currency = engine->salaryCurrency(filter);
        const auto amount = [&](double value) {
            return currency.isEmpty() ? locale.toString(value, 'f', 0)
                                      : PostingFormat::money(value, currency, locale);
        };
        const Range &r = filter.salary;
        const QString text = r.min && r.max ? tr("%1 – %2").arg(amount(*r.min), amount(*r.max))
                             : r.min        ? tr("at least %1").arg(amount(*r.min))
                                            : tr("at most %1").arg(amount(*r.max));
        m_chips.push_back({tr("Salary: %1").arg(text), [](Filter &target) {
                               target.salary = {};
                               target.salaryCurrency.clear();
                           }});
    }
    if (filter.experience.isSet()) {
        m_chips.push_back({tr("Experience: %1")
                               .arg(PostingFormat::experience(filter.experience.min, filter.experience.max)),
                           [](Filter &target) { target.experience = {}; }});
    }
    if (filter.fit.isSet()) {
        const auto share = [&locale](double value) { return locale.toString(value * 100, 'f', 0); };
        const Range &r = filter.fit;
        const QString text = r.min && r.max ? tr("%1% – %2%").arg(share(*r.min), share(*r.max))
                             : r.min        ? tr("at least %1%").arg(share(*r.min))
                                            : tr("at most %1%").arg(share(*r.max));
        m_chips.push_back({tr("Fit: %1").arg(text), [](Filter &target) { target.fit = {}; }});
    }
    if (filter.requireSalary)
        m_chips.push_back({tr("With a salary"), [](Filter &target) { target.requireSalary = false; }});
    for (const QString &term : filter.text) {
        m_chips.push_back(
            {tr("Text: “%1”").arg(term), [term](Filter &target) { target.text.removeAll(term); }});
    }

    QString html;
    for (std::size_t i = 0; i < m_chips.size(); ++i) {
        html += QLatin1String("<a style='text-decoration:none' href='chip:") % QString::number(i) %
                QLatin1String("'><span style='background-color:palette(midlight);'>&nbsp;") %
                m_chips[i].text.toHtmlEscaped().replace(QLatin1Char(' '), QLatin1String("&nbsp;")) %
                QStringLiteral("&nbsp;✕&nbsp;</span></a> ");
    }
    setText(html);
}

} // namespace jobexplorer
