#include "ClientPanel.h"

#include "ClientSkillModel.h"
#include "LearningPathModel.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "ResumeDialog.h"
#include "SkillLookup.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace jobexplorer {

namespace {
constexpr int percent = 100;

QTableView *compactTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    return table;
}
} // namespace

ClientPanel::ClientPanel(Workspace *workspace, const QString &folder, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_store(folder), m_chooser(new QComboBox(this)),
      m_new(new QPushButton(this)), m_delete(new QPushButton(this)), m_more(new QToolButton(this)),
      m_importAction(new QAction(this)), m_exportAction(new QAction(this)), m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)), m_targetLabel(new QLabel(this)), m_target(new QLineEdit(this)),
      m_applyTarget(new QPushButton(this)), m_notesLabel(new QLabel(this)), m_notes(new QPlainTextEdit(this)),
      m_skillLabel(new QLabel(this)), m_skillInput(new QLineEdit(this)), m_completer(new QCompleter(this)),
      m_level(new QComboBox(this)), m_addSkill(new QPushButton(this)), m_removeSkill(new QPushButton(this)),
      m_resume(new QPushButton(this)), m_skillModel(new ClientSkillModel(this)),
      m_skillTable(compactTable(m_skillModel, QStringLiteral("clientSkills"), this)),
      m_learningCounts(new QCheckBox(this)), m_thresholdLabel(new QLabel(this)),
      m_threshold(new QSpinBox(this)), m_summary(new QLabel(this)), m_pathLabel(new QLabel(this)),
      m_pathModel(new LearningPathModel(workspace, this)),
      m_path(compactTable(m_pathModel, QStringLiteral("learningPath"), this)), m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("clientPanel"));
    m_chooser->setObjectName(QStringLiteral("clientChooser"));
    m_new->setObjectName(QStringLiteral("newClientButton"));
    m_delete->setObjectName(QStringLiteral("deleteClientButton"));
    m_more->setObjectName(QStringLiteral("clientMenuButton"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    menu->addAction(m_importAction);
    menu->addAction(m_exportAction);
    m_more->setMenu(menu);
    m_problems->setObjectName(QStringLiteral("clientProblems"));
    m_problems->setWordWrap(true);
    m_problems->hide();

    auto *chooserRow = new QHBoxLayout;
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addWidget(m_new);
    chooserRow->addWidget(m_delete);
    chooserRow->addWidget(m_more);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(chooserRow);
    layout->addWidget(m_problems);
    // The answer (fits now, what to learn next) above the skills it follows from.
    layout->addWidget(createProfileBox());
    layout->addWidget(createFitBox());
    layout->addWidget(createSkillBox(), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_current = index - 1;
        showChosen();
        applyToWorkspace();
    });
    connect(m_new, &QPushButton::clicked, this, &ClientPanel::createClient);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteClient(true); });
    connect(m_importAction, &QAction::triggered, this, &ClientPanel::importClients);
    connect(m_exportAction, &QAction::triggered, this, &ClientPanel::exportClient);
    connect(workspace, &Workspace::opened, this, &ClientPanel::databaseOpened);
    connect(workspace, &Workspace::filterChanged, this, &ClientPanel::updateSummary);
    connect(workspace, &Workspace::clientChanged, this, &ClientPanel::updateSummary);

    retranslate();
    reload({});
    databaseOpened();
}

ClientPanel::~ClientPanel() = default;

QWidget *ClientPanel::createProfileBox()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_name->setObjectName(QStringLiteral("clientName"));
    m_target->setObjectName(QStringLiteral("clientTarget"));
    m_applyTarget->setObjectName(QStringLiteral("applyTargetButton"));
    m_notes->setObjectName(QStringLiteral("clientNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_nameLabel->setBuddy(m_name);
    m_targetLabel->setBuddy(m_target);
    m_notesLabel->setBuddy(m_notes);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_applyTarget);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_targetLabel, targetRow);
    form->addRow(m_notesLabel, m_notes);
    m_clientWidgets << m_name << m_target << m_applyTarget << m_notes << m_delete;

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        Client *client = current();
        const QString name = m_name->text().trimmed();
        if (!client || name.isEmpty() || name == client->name)
            return;
        client->name = name;
        saveCurrent();
        m_chooser->setItemText(m_current + 1, name);
        applyToWorkspace();
    });
    connect(m_target, &QLineEdit::editingFinished, this, [this] {
        Client *client = current();
        if (client && m_target->text().trimmed() != client->target) {
            client->target = m_target->text().trimmed();
            saveCurrent();
        }
    });
    connect(m_target, &QLineEdit::returnPressed, this, &ClientPanel::applyTarget);
    connect(m_applyTarget, &QPushButton::clicked, this, &ClientPanel::applyTarget);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        Client *client = current();
        if (client && client->notes != m_notes->toPlainText()) {
            client->notes = m_notes->toPlainText();
            saveCurrent();
        }
    });
    return box;
}

QWidget *ClientPanel::createSkillBox()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_skillInput->setObjectName(QStringLiteral("skillInput"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setModel(new QStringListModel(m_completer));
    m_skillInput->setCompleter(m_completer);
    m_level->setObjectName(QStringLiteral("skillLevel"));
    m_addSkill->setObjectName(QStringLiteral("addSkillButton"));
    m_removeSkill->setObjectName(QStringLiteral("removeSkillButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_skillLabel->setBuddy(m_skillInput);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_skillInput, 1);
    inputRow->addWidget(m_level);
    inputRow->addWidget(m_addSkill);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_removeSkill);
    buttons->addWidget(m_resume);
    buttons->addStretch();
    layout->addWidget(m_skillLabel);
    layout->addLayout(inputRow);
    layout->addWidget(m_skillTable, 1);
    layout->addLayout(buttons);
    m_clientWidgets << m_skillInput << m_level << m_addSkill << m_removeSkill << m_resume << m_skillTable;

    auto add = [this] {
        addSkill(m_skillInput->text(), static_cast<SkillLevel>(m_level->currentData().toInt()));
        m_skillInput->clear();
    };
    connect(m_addSkill, &QPushButton::clicked, this, add);
    connect(m_skillInput, &QLineEdit::returnPressed, this, add);
    connect(m_removeSkill, &QPushButton::clicked, this, &ClientPanel::removeSelectedSkills);
    connect(m_resume, &QPushButton::clicked, this, &ClientPanel::pasteResume);
    connect(m_level, &QComboBox::activated, this, &ClientPanel::setSelectedLevel);
    auto *remove = new QShortcut(QKeySequence::Delete, m_skillTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ClientPanel::removeSelectedSkills);
    return box;
}

QWidget *ClientPanel::createFitBox()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_learningCounts->setObjectName(QStringLiteral("learningCountsCheck"));
    m_threshold->setObjectName(QStringLiteral("fitThreshold"));
    m_threshold->setRange(10, 100);
    m_threshold->setSingleStep(5);
    m_threshold->setSuffix(QStringLiteral("%"));
    m_threshold->setValue(static_cast<int>(std::lround(m_workspace->fitThreshold() * percent)));
    m_thresholdLabel->setBuddy(m_threshold);
    m_summary->setObjectName(QStringLiteral("fitSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(m_thresholdLabel);
    row->addWidget(m_threshold);
    row->addStretch();
    layout->addWidget(m_learningCounts);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_pathLabel);
    // Room for the whole path (five steps) without scrolling.
    constexpr int pathRows = 6;
    m_path->setMinimumHeight(m_path->verticalHeader()->defaultSectionSize() * pathRows +
                             m_path->horizontalHeader()->sizeHint().height());
    // The skill takes the room left; the numbers keep their width.
    m_path->horizontalHeader()->setStretchLastSection(false);
    m_path->horizontalHeader()->setSectionResizeMode(LearningPathModel::SkillColumn, QHeaderView::Stretch);
    layout->addWidget(m_path);
    m_clientWidgets << m_learningCounts << m_threshold << m_path;

    connect(m_learningCounts, &QCheckBox::toggled, this, &ClientPanel::applyToWorkspace);
    connect(m_threshold, &QSpinBox::valueChanged, this,
            [this](int value) { m_workspace->setFitThreshold(static_cast<double>(value) / percent); });
    return box;
}

void ClientPanel::retranslate()
{
    m_chooser->setAccessibleName(tr("Client"));
    m_chooser->setItemText(0, tr("No client"));
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("Create a client"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the chosen client from this computer"));
    m_more->setText(tr("More"));
    m_more->setToolTip(tr("Import or export clients"));
    m_importAction->setText(tr("&Import Clients…"));
    m_exportAction->setText(tr("&Export Client…"));
    m_nameLabel->setText(tr("N&ame:"));
    m_name->setPlaceholderText(tr("A name, a pseudonym or initials"));
    m_targetLabel->setText(tr("&Target:"));
    m_target->setPlaceholderText(tr("The market aimed at, as a filter: mode:remote seniority:mid"));
    m_applyTarget->setText(tr("Appl&y"));
    m_applyTarget->setToolTip(tr("Use the target as the filter"));
    m_notesLabel->setText(tr("N&otes:"));
    m_skillLabel->setText(tr("&Skills (names or aliases, e.g. k8s):"));
    m_skillInput->setPlaceholderText(tr("Type a skill and press Enter"));
    const int level = m_level->currentIndex();
    m_level->clear();
    for (const SkillLevel entry : Client::levels())
        m_level->addItem(Client::levelLabel(entry), static_cast<int>(entry));
    m_level->setCurrentIndex(level < 0 ? 1 : level);
    m_level->setAccessibleName(tr("Level"));
    m_level->setToolTip(tr("The level of a skill added, or of the selected skills"));
    m_addSkill->setText(tr("A&dd"));
    m_removeSkill->setText(tr("&Remove"));
    m_resume->setText(tr("From a &Résumé…"));
    m_skillTable->setAccessibleName(tr("The client's skills"));
    m_learningCounts->setText(tr("Count skills being &learnt as held"));
    m_thresholdLabel->setText(tr("A posting &fits from:"));
    m_threshold->setToolTip(tr("The fit of a posting is the share of its skills the client has, a required "
                               "skill counting 1 and a preferred one 0.5"));
    m_pathLabel->setText(tr("&What to learn next:"));
    m_path->setAccessibleName(tr("Learning path"));
    m_skillModel->retranslate();
    m_pathModel->retranslate();
    updateSummary();
}

void ClientPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

Client *ClientPanel::current()
{
    return m_current >= 0 && m_current < m_clients.size() ? &m_clients[m_current] : nullptr;
}

const Client *ClientPanel::currentClient() const
{
    return m_current >= 0 && m_current < m_clients.size() ? &m_clients.at(m_current) : nullptr;
}

void ClientPanel::reload(const QString &chooseId)
{
    const ClientStore::Loaded loaded = m_store.loadAll();
    m_clients = loaded.clients;
    m_problems->setText(loaded.problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!loaded.problems.isEmpty());
    fillChooser(chooseId);
}

void ClientPanel::fillChooser(const QString &chooseId)
{
    {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->clear();
        m_chooser->addItem(tr("No client"));
        for (const Client &client : std::as_const(m_clients))
            m_chooser->addItem(client.name, client.id);
    }
    const int index = chooseId.isEmpty() ? 0 : std::max(0, m_chooser->findData(chooseId));
    m_chooser->setCurrentIndex(index);
    m_current = index - 1;
    showChosen();
    applyToWorkspace();
}

void ClientPanel::focusChooser()
{
    m_chooser->setFocus(Qt::ShortcutFocusReason);
}

void ClientPanel::chooseClient(const QString &id)
{
    m_chooser->setCurrentIndex(id.isEmpty() ? 0 : std::max(0, m_chooser->findData(id)));
}

void ClientPanel::showChosen()
{
    const Client *client = currentClient();
    const QSignalBlocker nameBlocker(m_name);
    const QSignalBlocker notesBlocker(m_notes);
    m_name->setText(client ? client->name : QString());
    m_target->setText(client ? client->target : QString());
    m_notes->setPlainText(client ? client->notes : QString());
    m_skillModel->setSkills(client ? client->skills : QList<ClientSkill>());
    for (QWidget *widget : std::as_const(m_clientWidgets))
        widget->setEnabled(client != nullptr);
    m_exportAction->setEnabled(client != nullptr);
    updateSummary();
}

void ClientPanel::applyToWorkspace()
{
    const Client *client = currentClient();
    const PostingStore *store = m_workspace->store();
    if (!store)
        return;
    if (client)
        m_workspace->setClientSkills(client->skillSet(*store, m_learningCounts->isChecked()), client->name);
    else
        m_workspace->setClientSkills(std::nullopt);
}

void ClientPanel::saveCurrent()
{
    Client *client = current();
    if (!client)
        return;
    QString error;
    if (!m_store.save(*client, &error))
        Q_EMIT errorOccurred(error);
}

void ClientPanel::databaseOpened()
{
    const PostingStore *store = m_workspace->store();
    m_skillModel->setStore(store);
    m_lookup = store ? std::make_unique<SkillLookup>(*store) : nullptr;
    static_cast<QStringListModel *>(m_completer->model())
        ->setStringList(m_lookup ? m_lookup->completions() : QStringList());
    applyToWorkspace();
}

void ClientPanel::updateSummary()
{
    if (!currentClient() || !m_workspace->clientSkills()) {
        m_summary->setText(tr("Choose or create a client to see which matching postings they fit and "
                              "what to learn next."));
        return;
    }
    const SkillGap &gap = m_workspace->gap();
    const QLocale locale;
    int missing = 0;
    for (const SkillGap::Skill &skill : gap.skills)
        missing += skill.status == SkillGap::Status::Held ? 0 : 1;
    QString text = tr("Fits <b>%1 of %2</b> matching postings now (fit of at least %3%).")
                       .arg(locale.toString(gap.fitsNow), locale.toString(gap.postings),
                            locale.toString(static_cast<int>(std::lround(gap.threshold * percent))));
    text += QLatin1Char(' ') + tr("Skills the postings ask for that the client does not hold yet: %1.")
                                   .arg(locale.toString(missing));
    const QStringList unknown =
        m_workspace->store() ? currentClient()->unknownSkills(*m_workspace->store()) : QStringList();
    if (!unknown.isEmpty())
        text += QLatin1Char(' ') +
                tr("Not in this database: %1.").arg(unknown.join(QLatin1String(", ")).toHtmlEscaped());
    m_summary->setText(text);
}

void ClientPanel::addSkill(const QString &text, SkillLevel level)
{
    Client *client = current();
    const QString typed = text.trimmed();
    if (!client || typed.isEmpty())
        return;
    const QString name = m_lookup ? m_lookup->canonicalName(typed).value_or(typed) : typed;
    auto it = std::find_if(client->skills.begin(), client->skills.end(), [&](const ClientSkill &skill) {
        return skill.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (it != client->skills.end())
        it->level = level;
    else
        client->skills.append({name, level});
    m_skillModel->setSkills(client->skills);
    saveCurrent();
    applyToWorkspace();
}

void ClientPanel::addSkills(const QStringList &names)
{
    Client *client = current();
    if (!client)
        return;
    for (const QString &name : names) {
        if (!client->findSkill(name))
            client->skills.append({name, SkillLevel::Has});
    }
    m_skillModel->setSkills(client->skills);
    saveCurrent();
    applyToWorkspace();
}

void ClientPanel::removeSelectedSkills()
{
    Client *client = current();
    if (!client)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_skillTable->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_skillTable->currentIndex().isValid())
        rows << m_skillTable->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        client->skills.removeAt(row);
    m_skillModel->setSkills(client->skills);
    saveCurrent();
    applyToWorkspace();
}

void ClientPanel::setSelectedLevel()
{
    Client *client = current();
    if (!client)
        return;
    const auto level = static_cast<SkillLevel>(m_level->currentData().toInt());
    const QModelIndexList selected = m_skillTable->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    for (const QModelIndex &index : selected)
        client->skills[index.row()].level = level;
    m_skillModel->setSkills(client->skills);
    saveCurrent();
    applyToWorkspace();
}

void ClientPanel::pasteResume()
{
    if (!m_lookup || !current())
        return;
    ResumeDialog dialog(*m_lookup, this);
    if (dialog.exec() == QDialog::Accepted)
        addSkills(dialog.chosenSkills());
}

void ClientPanel::createClient()
{
    Client client;
    client.name = tr("New client");
    QString error;
    if (!m_store.save(client, &error)) {
        Q_EMIT errorOccurred(error);
        return;
    }
    reload(client.id);
    m_name->setFocus();
    m_name->selectAll();
}

void ClientPanel::deleteClient(bool ask)
{
    const Client *client = currentClient();
    if (!client)
        return;
    if (ask && QMessageBox::question(
                   this, tr("Delete Client"),
                   tr("Delete “%1” and their skills and notes from this computer?").arg(client->name)) !=
                   QMessageBox::Yes)
        return;
    QString error;
    if (!m_store.remove(client->id, &error)) {
        Q_EMIT errorOccurred(error);
        return;
    }
    reload({});
}

void ClientPanel::importClients()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import Clients"), QDir::homePath(),
                                                          tr("Client files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    const auto imported = m_store.importFrom(fileName, &error);
    if (!imported) {
        Q_EMIT errorOccurred(error);
        return;
    }
    reload(imported->isEmpty() ? QString() : imported->first().id);
}

void ClientPanel::exportClient()
{
    const Client *client = currentClient();
    if (!client)
        return;
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Client"), QDir::home().filePath(client->name + QLatin1String(".json")),
        tr("Client files (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!ClientStore::exportTo({*client}, fileName, &error))
        Q_EMIT errorOccurred(error);
}

void ClientPanel::applyTarget()
{
    const Client *client = currentClient();
    if (!client)
        return;
    FilterExpression::Error error;
    if (!m_workspace->setFilterExpression(m_target->text().trimmed(), &error))
        Q_EMIT errorOccurred(tr("The client's target is not a valid filter: %1").arg(error.message));
}

} // namespace jobexplorer
