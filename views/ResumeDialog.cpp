#include "ResumeDialog.h"

#include "SkillLookup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {
// A résumé is a few pages; a larger file is not one.
constexpr qint64 maxResumeBytes = 1024 * 1024;
} // namespace

ResumeDialog::ResumeDialog(const SkillLookup &lookup, QWidget *parent)
    : QDialog(parent), m_lookup(lookup), m_text(new QPlainTextEdit(this)), m_find(new QPushButton(this)),
      m_found(new QLabel(this)), m_skills(new QListWidget(this)), m_add(nullptr)
{
    setObjectName(QStringLiteral("resumeDialog"));
    setWindowTitle(tr("Skills from a Résumé"));
    m_text->setObjectName(QStringLiteral("resumeText"));
    m_text->setPlaceholderText(tr("Paste a résumé or profile text here, or open a text file."));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Résumé text"));
    m_find->setObjectName(QStringLiteral("findSkillsButton"));
    m_find->setText(tr("&Find Skills"));
    auto *open = new QPushButton(tr("&Open Text File…"), this);
    open->setObjectName(QStringLiteral("openResumeButton"));
    m_skills->setObjectName(QStringLiteral("proposedSkills"));
    m_skills->setAccessibleName(tr("Skills found"));
    m_found->setWordWrap(true);
    m_found->setBuddy(m_skills);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add Ticked Skills"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addSkillsButton"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_find);
    row->addWidget(open);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 2);
    layout->addLayout(row);
    layout->addWidget(m_found);
    layout->addWidget(m_skills, 1);
    layout->addWidget(buttons);
    resize(560, 520);

    connect(m_find, &QPushButton::clicked, this, &ResumeDialog::findSkills);
    connect(open, &QPushButton::clicked, this, &ResumeDialog::openTextFile);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ResumeDialog::updateButtons);
    connect(m_skills, &QListWidget::itemChanged, this, &ResumeDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void ResumeDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void ResumeDialog::findSkills()
{
    m_skills->clear();
    const QList<SkillLookup::Proposal> proposals = m_lookup.fromResume(m_text->toPlainText());
    for (const SkillLookup::Proposal &proposal : proposals) {
        const QString text = proposal.words.compare(proposal.skill, Qt::CaseInsensitive) == 0
                                 ? proposal.skill
                                 : tr("%1 (found as “%2”)").arg(proposal.skill, proposal.words);
        auto *item = new QListWidgetItem(text, m_skills);
        item->setData(Qt::UserRole, proposal.skill);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_found->setText(proposals.isEmpty()
                         ? tr("No skill of the database's taxonomy was found in the text.")
                         : tr("&Skills found (untick those that do not apply): %1").arg(proposals.size()));
    if (m_skills->count() > 0)
        m_skills->setCurrentRow(0);
    updateButtons();
}

QStringList ResumeDialog::chosenSkills() const
{
    QStringList skills;
    for (int row = 0; row < m_skills->count(); ++row) {
        if (m_skills->item(row)->checkState() == Qt::Checked)
            skills << m_skills->item(row)->data(Qt::UserRole).toString();
    }
    return skills;
}

void ResumeDialog::openTextFile()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open a Résumé"), QDir::homePath(),
                                                          tr("Text files (*.txt *.md);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    QString problem;
    if (file.size() > maxResumeBytes)
        problem = tr("it is larger than 1 MB, too large for a résumé.");
    else if (!file.open(QIODevice::ReadOnly))
        problem = file.errorString();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(fileName), problem));
        return;
    }
    setText(QString::fromUtf8(file.readAll()));
    findSkills();
}

void ResumeDialog::updateButtons()
{
    m_find->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    m_add->setEnabled(!chosenSkills().isEmpty());
}

} // namespace jobexplorer
