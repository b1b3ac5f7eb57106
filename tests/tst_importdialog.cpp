#include "BundledData.h"
#include "ChartExportDialog.h"
#include "ImportDialog.h"
#include "ImportPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_ImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMnemonicHasABuddy();
    void initTestCase();
    void shouldDetectAndPreviewAFile();
    void shouldFollowAChangedMapping();
    void shouldMapAColumnOfRangesAsTheSalaryRange();
    void shouldReadAPathTypedInTheFileField();
    void shouldImportIntoANewDatabase();
    void shouldReportNothingImportedWhenAnImportFails();

private:
    QTemporaryDir m_dir;
};

void tst_ImportDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ImportDialog::shouldDetectAndPreviewAFile()
{
    // Given the dialog and the Latin-1 semicolon file
    ImportDialog dialog({}, resources::skillTaxonomyFile());
    QAbstractItemModelTester tester(const_cast<ImportPreviewModel *>(dialog.previewModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog.setSourceFile(QFINDTESTDATA("data/latin1_semicolon.csv")));
    // Then encoding, delimiter and header are detected and shown
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->currentData().toInt(),
             int(';'));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"))->currentIndex(), 1);
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("headerCheck"))->isChecked());
    // And without a title column nothing can be imported
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QCOMPARE(dialog.previewModel()->problemCount(), 2);
}

void tst_ImportDialog::shouldMapAColumnOfRangesAsTheSalaryRange()
{
    // Given a file whose "Salary" column holds ranges in euros, an hourly rate and kroner a month
    const QString file = m_dir.filePath(QStringLiteral("euro-ranges.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("Title,Company,Salary\n"
                             "Senior ML Engineer,Zalando,\"€70,000 – €90,000\"\n"
                             "MLOps Engineer,Adyen,€65k–80k p.a.\n"
                             "Contractor,Booking.com,€95/hour\n"
                             "Platform Engineer,Spotify,SEK 55 000 – 65 000 per month\n")
                  .toUtf8());
    csv.close();
    // When the dialog reads it
    ImportDialog dialog({}, resources::skillTaxonomyFile());
    QAbstractItemModelTester tester(const_cast<ImportPreviewModel *>(dialog.previewModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog.setSourceFile(file));
    // Then the column is the salary range, not a single figure, and every row is understood
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("mapping_salary_text"))->currentData().toString(),
             QStringLiteral("Salary"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("mapping_salary_median"))->currentData().toString(),
             QString());
    QCOMPARE(dialog.previewModel()->problemCount(), 0);
    const auto salary = [&](int row) {
        return dialog.previewModel()->index(row, ImportPreviewModel::Salary).data().toString();
    };
    QCOMPARE(salary(0), QStringLiteral("€70,000 – €90,000 per year"));
    QCOMPARE(salary(1), QStringLiteral("€65,000 – €80,000 per year"));
    QCOMPARE(salary(2), QStringLiteral("€95 per hour"));
    QCOMPARE(salary(3), QStringLiteral("SEK\u00a055,000 – SEK\u00a065,000 per month"));
}

void tst_ImportDialog::shouldFollowAChangedMapping()
{
    ImportDialog dialog({}, resources::skillTaxonomyFile());
    QVERIFY(dialog.setSourceFile(QFINDTESTDATA("data/latin1_semicolon.csv")));
    // When the title is mapped to "Titel" by hand
    auto *title = dialog.findChild<QComboBox *>(QStringLiteral("mapping_title"));
    QVERIFY(title);
    title->setCurrentIndex(title->findData(QStringLiteral("Titel")));
    // Then the preview shows the titles with their accents, and Import is possible
    QCOMPARE(dialog.previewModel()->problemCount(), 0);
    QCOMPARE(dialog.previewModel()->index(0, ImportPreviewModel::Title).data().toString(),
             QStringLiteral("Ingénieur logiciel"));
    QCOMPARE(dialog.mapping().name(), QStringLiteral("custom"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    // When the delimiter is changed to a wrong one, the file is one column and the title is gone
    auto *delimiter = dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    delimiter->setCurrentIndex(delimiter->findData(int(',')));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void tst_ImportDialog::shouldReadAPathTypedInTheFileField()
{
    // Given the dialog with nothing chosen
    ImportDialog dialog({}, resources::skillTaxonomyFile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    const auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));

    // When a path that does not exist is typed and Enter pressed
    const QString missing = m_dir.filePath(QStringLiteral("no-such.csv"));
    file->setFocus();
    QTest::keyClicks(file, missing);
    QTest::keyClick(file, Qt::Key_Return);
    // Then the status names the file, and nothing can be imported
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(missing)), qPrintable(status->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

    // When the path of the LinkedIn fixture is typed instead and the field left
    file->clear();
    QTest::keyClicks(file, QFINDTESTDATA("data/linkedin_postings.csv"));
    file->clearFocus();
    Q_EMIT file->editingFinished();
    // Then it is read as if chosen: its mapping, its preview rows, a target beside it
    QCOMPARE(dialog.mapping().name(), QStringLiteral("linkedin"));
    QCOMPARE(dialog.previewModel()->rowCount(), 8);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void tst_ImportDialog::shouldImportIntoANewDatabase()
{
    ImportDialog dialog({}, resources::skillTaxonomyFile());
    QVERIFY(dialog.setSourceFile(QFINDTESTDATA("data/linkedin_postings.csv")));
    QCOMPARE(dialog.mapping().name(), QStringLiteral("linkedin"));
    const QString database = m_dir.filePath(QStringLiteral("dialog.sqlite"));
    dialog.setTargetFile(database);
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    QCOMPARE(dialog.importedDatabase(), database);
    QVERIFY(QFile::exists(database));
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("imported 4")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("line 8, column title: no title")), qPrintable(status));
}

void tst_ImportDialog::shouldReportNothingImportedWhenAnImportFails()
{
    // Given the LinkedIn fixture, whose good rows come before a row without a title
    ImportDialog dialog({}, resources::skillTaxonomyFile());
    QVERIFY(dialog.setSourceFile(QFINDTESTDATA("data/linkedin_postings.csv")));
    const QString database = m_dir.filePath(QStringLiteral("aborted.sqlite"));
    dialog.setTargetFile(database);
    // When it is imported with "abort on a bad row"
    dialog.findChild<QCheckBox *>(QStringLiteral("abortCheck"))->setChecked(true);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    // Then the summary counts nothing as imported, says why, and nothing was written
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("imported 0,")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("nothing was written")), qPrintable(status));
    QVERIFY2(!status.contains(QLatin1String("Wrote")), qPrintable(status));
    QVERIFY(dialog.importedDatabase().isEmpty());
    QVERIFY(!QFile::exists(database));
}

// A label's "&X" mnemonic works only with a buddy; without one the "&" is shown as it is.
void tst_ImportDialog::everyMnemonicHasABuddy()
{
    ImportDialog importDialog({}, resources::skillTaxonomyFile());
    ChartExportDialog exportDialog;
    for (QDialog *dialog : std::initializer_list<QDialog *>{&importDialog, &exportDialog}) {
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            const QString text = label->text();
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (at < 0 || at + 1 >= text.size() || !text.at(at + 1).isLetter() ||
                label->textFormat() == Qt::RichText)
                continue;
            QVERIFY2(label->buddy(), qPrintable(QLatin1String(dialog->metaObject()->className()) +
                                                QStringLiteral(": ") + text));
        }
    }
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
