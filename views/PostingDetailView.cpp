#include "PostingDetailView.h"

#include "PostingFormat.h"
#include "PostingTypes.h"

#include <QEvent>
#include <QHash>
#include <QScrollBar>
#include <QStringList>
#include <QUrl>

namespace jobexplorer {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void addRow(QString &html, const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    html += QLatin1String("<tr><th align=left valign=top style='padding-right:12px'>") % escaped(label) %
            QLatin1String("</th><td>") % value % QLatin1String("</td></tr>");
}

QString withOriginal(const QString &normalised, const QString &original)
{
    if (original.isEmpty() || original == normalised)
        return escaped(normalised);
    if (normalised.isEmpty())
        return escaped(original);
    return escaped(normalised) % QLatin1String(" <span style='color:gray'>(") % escaped(original) %
           QLatin1String(")</span>");
}

} // namespace

PostingDetailView::PostingDetailView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("postingDetail"));
    setOpenExternalLinks(true);
    retranslate();
}

void PostingDetailView::setDetail(const std::optional<PostingDetail> &detail)
{
    m_detail = detail;
    render();
}

void PostingDetailView::setClient(const std::optional<Client> &client)
{
    if (client == m_client)
        return;
    m_client = client;
    render();
}

QString PostingDetailView::clientHtml(const PostingDetail &detail) const
{
    if (!m_client || detail.posting.skills.isEmpty())
        return {};
    QStringList held, learning, lacking;
    for (const SkillMentionRecord &s : detail.posting.skills) {
        const ClientSkill *skill = m_client->findSkill(s.skill);
        QString name = escaped(s.skill);
        if (s.requirement == Requirement::Preferred)
            name += QLatin1String(" <span style='color:gray'>(") %
                    escaped(Vocabulary::label(Vocabulary::requirements, s.requirement)) %
                    QLatin1String(")</span>");
        if (!skill)
            lacking << name;
        else if (skill->level == SkillLevel::Learning)
            learning << name;
        else
            held << name;
    }
    QString html = QLatin1String("<h4>") % escaped(tr("For %1").arg(m_client->name)) %
                   QLatin1String("</h4><table cellspacing=2>");
    addRow(html, tr("Has"), held.join(QLatin1String(", ")));
    addRow(html, tr("Is learning"), learning.join(QLatin1String(", ")));
    addRow(html, tr("Lacks"), lacking.join(QLatin1String(", ")));
    return html + QLatin1String("</table>");
}

void PostingDetailView::retranslate()
{
    setAccessibleName(tr("Posting details"));
    // The same posting, in the same place, with its labels in the new language.
    const int scrolled = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scrolled);
}

void PostingDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTextBrowser::changeEvent(event);
}

void PostingDetailView::render()
{
    if (!m_detail) {
        setHtml(QLatin1String("<p style='color:gray'>") %
                escaped(tr("Select a posting to see all its details.")) % QLatin1String("</p>"));
        return;
    }
    // The client's part comes first after the title and employer: it is what the counselor
    // looks for while a client is chosen.
    QString body = html(*m_detail);
    const qsizetype fields = body.indexOf(QLatin1String("<table"));
    body.insert(fields < 0 ? body.size() : fields, clientHtml(*m_detail));
    setHtml(body);
}

QString PostingDetailView::html(const PostingDetail &detail)
{
    const PostingRecord &p = detail.posting;
    QString html;
    html += QLatin1String("<h3>") % escaped(p.title) % QLatin1String("</h3>");
    const QString employer = p.company.isEmpty() ? p.label : p.company;
    if (!employer.isEmpty() && employer != p.title)
        html += QLatin1String("<p><b>") % escaped(employer) % QLatin1String("</b></p>");
    html += QLatin1String("<table cellspacing=2>");
    addRow(html, tr("Role family"), escaped(p.roleFamily));
    addRow(html, tr("Seniority"),
           withOriginal(Vocabulary::label(Vocabulary::seniorities, p.seniority), p.seniorityText));
    addRow(html, tr("Experience"),
           withOriginal(PostingFormat::experience(p.experienceMin, p.experienceMax), p.experienceText));
    addRow(html, tr("Work mode"),
           withOriginal(Vocabulary::label(Vocabulary::workModes, p.workMode), p.workModeText));
    if (p.employmentType != EmploymentType::Unknown)
        addRow(html, tr("Employment"),
               escaped(Vocabulary::label(Vocabulary::employmentTypes, p.employmentType)));
    if (p.salary.isStated()) {
        QString pay = escaped(PostingFormat::salaryRange(p.salary.min, p.salary.max, p.salary.currency)) %
                      QLatin1Char(' ') % escaped(Vocabulary::label(Vocabulary::payPeriods, p.salary.period));
        if (!p.salary.text.isEmpty())
            pay += QLatin1String("<br><span style='color:gray'>") %
                   escaped(tr("as written: %1").arg(p.salary.text)) % QLatin1String("</span>");
        addRow(html, tr("Salary"), pay);
    }
    QStringList locations;
    for (const LocationRecord &l : p.locations) {
        QStringList parts;
        for (const QString &part : {l.city, l.region, l.country})
            if (!part.isEmpty())
                parts << part;
        QString line = escaped(parts.isEmpty() ? l.text : parts.join(QLatin1String(", ")));
        if (!l.metroArea.isEmpty())
            line += QStringLiteral(" <span style='color:gray'>· ") % escaped(l.metroArea) %
                    QLatin1String("</span>");
        locations << line;
    }
    addRow(html, tr("Locations"), locations.join(QLatin1String("<br>")));
    addRow(html, tr("Industry"), escaped(p.industry));
    addRow(html, tr("Company size"), escaped(p.companySize));
    if (p.postedDate.isValid())
        addRow(html, tr("Posted"), escaped(QLocale().toString(p.postedDate, QLocale::ShortFormat)));
    addRow(html, tr("Notes"), escaped(p.notes));
    if (!p.sourceUrl.isEmpty())
        addRow(html, tr("Source"),
               QLatin1String("<a href=\"") % escaped(p.sourceUrl) % QLatin1String("\" title=\"") %
                   escaped(p.sourceUrl) % QLatin1String("\">") %
                   escaped(tr("Open the posting on %1").arg(QUrl(p.sourceUrl).host())) %
                   QLatin1String("</a>"));
    addRow(html, tr("Source id"), escaped(p.sourceId));
    html += QLatin1String("</table>");

    if (!p.skills.isEmpty()) {
        // Grouped by category, in the order the posting first names each category.
        QStringList categories;
        QHash<QString, QStringList> skillsOf;
        for (qsizetype i = 0; i < p.skills.size(); ++i) {
            const SkillMentionRecord &s = p.skills.at(i);
            const QString category = detail.skillCategories.value(i);
            if (!skillsOf.contains(category))
                categories << category;
            QString name = escaped(s.skill);
            if (s.requirement == Requirement::Preferred)
                name += QLatin1String(" <span style='color:gray'>(") %
                        escaped(Vocabulary::label(Vocabulary::requirements, s.requirement)) %
                        QLatin1String(")</span>");
            skillsOf[category] << name;
        }
        html += QLatin1String("<h4>") % escaped(tr("Skills (%1)").arg(p.skills.size())) %
                QLatin1String("</h4><table cellspacing=2>");
        for (const QString &category : std::as_const(categories))
            addRow(html, category.isEmpty() ? tr("Other") : skillCategoryLabel(category),
                   skillsOf.value(category).join(QLatin1String(", ")));
        html += QLatin1String("</table>");
    }
    return html;
}

} // namespace jobexplorer
