#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace jobexplorer {

class SkillLookup;

// "Skills from a résumé": the counselor pastes a résumé or profile text (or opens a .txt file),
// Find Skills lists the skills the importer's recognizer finds in it, each with the words that
// named it and ticked; Add takes the ticked ones. Nothing is added without that confirmation.
class ResumeDialog final : public QDialog
{
    Q_OBJECT
public:
    // lookup must outlive the dialog.
    explicit ResumeDialog(const SkillLookup &lookup, QWidget *parent = nullptr);

    void setText(const QString &text);
    // Recognises the skills of the text and lists them, all ticked.
    void findSkills();
    // The ticked skills' canonical names, in order of first mention.
    QStringList chosenSkills() const;

private:
    void openTextFile();
    void updateButtons();

    const SkillLookup &m_lookup;
    QPlainTextEdit *m_text;
    QPushButton *m_find;
    QLabel *m_found;
    QListWidget *m_skills;
    QPushButton *m_add;
};

} // namespace jobexplorer
