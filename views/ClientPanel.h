#pragma once

#include "Client.h"
#include "ClientStore.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace jobexplorer {

class ClientSkillModel;
class LearningPathModel;
class SkillLookup;
class Workspace;

// The client at the table (issue 16): choose, create, edit, delete, import and export clients
// (kept on this machine by a ClientStore, every change saved at once), edit their skills with
// completion over the taxonomy's names and aliases or take them from a résumé, and see at a
// glance how many matching postings the client fits and which skills to learn next. Choosing a
// client gives the workspace its skills (the table's Fit column, the fit filter term, the gap
// chart follow); "No client" takes them away.
class ClientPanel final : public QWidget
{
    Q_OBJECT
public:
    // The workspace must outlive the panel. folder: where the clients are kept (empty: the
    // application's data folder).
    explicit ClientPanel(Workspace *workspace, const QString &folder = {}, QWidget *parent = nullptr);
    ~ClientPanel() override;

    const ClientStore &store() const { return m_store; }
    const QList<Client> &clients() const { return m_clients; }
    // The chosen client, or nullptr.
    const Client *currentClient() const;
    // Chooses the client of that id (an empty id: no client).
    void chooseClient(const QString &id);
    // Adds a skill (a name or alias of the taxonomy, else kept as typed) at level to the chosen
    // client, or changes its level when it is there already.
    void addSkill(const QString &text, SkillLevel level);
    // Adds these skills (canonical names) at level "has", skipping those there already.
    void addSkills(const QStringList &names);
    void createClient();
    // Deletes the chosen client after asking (ask false: without asking, for tests).
    void deleteClient(bool ask = true);
    // Puts the keyboard focus on the client chooser (View ▸ Client).
    void focusChooser();

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *createProfileBox();
    QWidget *createSkillBox();
    QWidget *createFitBox();
    void reload(const QString &chooseId);
    void fillChooser(const QString &chooseId);
    void showChosen();
    void applyToWorkspace();
    void saveCurrent();
    void databaseOpened();
    void updateSummary();
    void removeSelectedSkills();
    void setSelectedLevel();
    void pasteResume();
    void importClients();
    void exportClient();
    void applyTarget();
    Client *current();

    Workspace *m_workspace;
    ClientStore m_store;
    QList<Client> m_clients;
    int m_current = -1;
    std::unique_ptr<SkillLookup> m_lookup;

    QComboBox *m_chooser;
    QPushButton *m_new;
    QPushButton *m_delete;
    QToolButton *m_more;
    QAction *m_importAction;
    QAction *m_exportAction;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_targetLabel;
    QLineEdit *m_target;
    QPushButton *m_applyTarget;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QLabel *m_skillLabel;
    QLineEdit *m_skillInput;
    QCompleter *m_completer;
    QComboBox *m_level;
    QPushButton *m_addSkill;
    QPushButton *m_removeSkill;
    QPushButton *m_resume;
    ClientSkillModel *m_skillModel;
    QTableView *m_skillTable;
    QCheckBox *m_learningCounts;
    QLabel *m_thresholdLabel;
    QSpinBox *m_threshold;
    QLabel *m_summary;
    QLabel *m_pathLabel;
    LearningPathModel *m_pathModel;
    QTableView *m_path;
    QLabel *m_problems;
    QList<QWidget *> m_clientWidgets; // enabled only while a client is chosen
};

} // namespace jobexplorer
