// Tests ui/import: the import dialog's preview, mapping, units, status filter and conflicts,
// the re-import as one undo step, and the File menu's tracker actions.
#include "ui/document/workshopdocument.h"
#include "ui/import/trackeractions.h"
#include "ui/import/trackerimportdialog.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>
#include <QUndoStack>

#include <cmath>

using namespace cutline;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CUTLINE_TEST_DATA "/import/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &startsWith)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0).startsWith(startsWith))
            return *it;
    return nullptr;
}

void savePicture(QWidget *widget, const QString &name)
{
    // For looking at the dialog: build/tests/<name>.png
    widget->grab().save(QStringLiteral("%1.png").arg(name));
}

} // namespace

class TestTrackerImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void previewsJira();
    void unitsStatusesAndMapping();
    void remembersPerSource();
    void refusalDisablesImport();
    void reimportConflictsAndOneUndoStep();
    void fileMenuActions();
};

void TestTrackerImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cutline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_trackerimportdialog"));
}

void TestTrackerImportDialog::init()
{
    QSettings().clear();
}

void TestTrackerImportDialog::previewsJira()
{
    TrackerImportDialog dialog(QStringLiteral("jira-all-fields.csv"),
                               fixture(QStringLiteral("jira-all-fields.csv")), TrackerFormat::Jira,
                               nullptr);
    dialog.show();
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("candidates"));
    QCOMPARE(tree->topLevelItemCount(), 8);
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("PAY-104"));
    QCOMPARE(tree->topLevelItem(2)->text(4), QStringLiteral("PAY-101, PAY-110"));
    QVERIFY(dialog.summary().startsWith(QStringLiteral("Read 10 issue(s): imported 8; left out 2 "
                                                       "done.")));
    auto *warnings = dialog.findChild<QListWidget *>(QStringLiteral("warnings"));
    QCOMPARE(warnings->count(), 3);
    QCOMPARE(warnings->item(2)->text(),
             QStringLiteral("jira-all-fields.csv: PAY-104 is blocked by PAY-999, which is not in "
                            "the export; that link is left out."));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("column_title"))->currentText(),
             QStringLiteral("Summary"));
    // A new workshop gets a title and a capacity: half of the imported effort until typed, so
    // the first plan has a cut line instead of "no capacity".
    double total = 0;
    for (const Candidate &c : dialog.imported().workshop.candidates)
        total += c.effort;
    QVERIFY(total > 0);
    auto *capacity = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("capacity"));
    QVERIFY(capacity);
    QCOMPARE(capacity->value(), std::round(total / 2));
    QCOMPARE(dialog.newWorkshop().title, QStringLiteral("jira-all-fields"));
    QCOMPARE(dialog.newWorkshop().capacity, std::round(total / 2));
    capacity->setValue(13);
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Q3 payments"));
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("unit"));
    unit->setCurrentIndex(unit->findData(QStringLiteral("points")));
    QCOMPARE(dialog.newWorkshop().capacity, 13.0); // typed: kept through a new preview
    QCOMPARE(dialog.newWorkshop().title, QStringLiteral("Q3 payments"));
    // Done work's status is shown unticked and greyed while done work stays out.
    auto *statuses = dialog.findChild<QListWidget *>(QStringLiteral("statuses"));
    const QList<QListWidgetItem *> done =
        statuses->findItems(QStringLiteral("Done"), Qt::MatchExactly);
    if (!done.isEmpty()) {
        QCOMPARE(done.first()->checkState(), Qt::Unchecked);
        QVERIFY(!(done.first()->flags() & Qt::ItemIsEnabled));
    }
    savePicture(&dialog, QStringLiteral("trackerimportdialog"));
}

void TestTrackerImportDialog::unitsStatusesAndMapping()
{
    TrackerImportDialog dialog(QStringLiteral("jira-seconds.csv"),
                               fixture(QStringLiteral("jira-seconds.csv")), TrackerFormat::Jira,
                               nullptr);
    QCOMPARE(dialog.imported().workshop.candidates.first().effort, 2.0); // days by default
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("unit"));
    unit->setCurrentIndex(unit->findData(QStringLiteral("hours")));
    QCOMPARE(dialog.imported().workshop.candidates.first().effort, 16.0);
    QCOMPARE(dialog.imported().workshop.capacityUnit, QStringLiteral("person-hours"));
    auto *title = dialog.findChild<QComboBox *>(QStringLiteral("column_title"));
    title->setCurrentIndex(title->findData(QStringLiteral("Issue Type")));
    QCOMPARE(dialog.imported().workshop.candidates.first().title, QStringLiteral("Task"));
    auto *statuses = dialog.findChild<QListWidget *>(QStringLiteral("statuses"));
    QCOMPARE(statuses->count(), 1);
    QCOMPARE(statuses->item(0)->text(), QStringLiteral("To Do"));
    statuses->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.imported().workshop.candidates.size(), 0);
    QCOMPARE(dialog.imported().summary.leftOutStatus, 3);
}

void TestTrackerImportDialog::remembersPerSource()
{
    {
        TrackerImportDialog dialog(QStringLiteral("jira-all-fields.csv"),
                                   fixture(QStringLiteral("jira-all-fields.csv")),
                                   TrackerFormat::Jira, nullptr);
        dialog.findChild<QCheckBox *>()->setChecked(true); // include done work
        auto *title = dialog.findChild<QComboBox *>(QStringLiteral("column_title"));
        title->setCurrentIndex(title->findData(QStringLiteral("Project name")));
        QCOMPARE(dialog.imported().workshop.candidates.size(), 10);
        dialog.accept();
    }
    TrackerImportDialog again(QStringLiteral("jira-all-fields.csv"),
                              fixture(QStringLiteral("jira-all-fields.csv")), TrackerFormat::Jira,
                              nullptr);
    QVERIFY(again.findChild<QCheckBox *>()->isChecked());
    QCOMPARE(again.imported().workshop.candidates.size(), 10);
    QCOMPARE(again.imported().workshop.candidates.first().title, QStringLiteral("Payments"));
    // Linear remembers its own settings: done work stays out there.
    TrackerImportDialog linear(QStringLiteral("linear.csv"), fixture(QStringLiteral("linear.csv")),
                               TrackerFormat::Linear, nullptr);
    QVERIFY(!linear.findChild<QCheckBox *>()->isChecked());
    QCOMPARE(linear.imported().workshop.candidates.size(), 4);
}

void TestTrackerImportDialog::refusalDisablesImport()
{
    TrackerImportDialog dialog(QStringLiteral("jira-cycle.csv"),
                               fixture(QStringLiteral("jira-cycle.csv")), TrackerFormat::Jira,
                               nullptr);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.summary(),
             QStringLiteral("Nothing can be imported: jira-cycle.csv: the Blocks links form a "
                            "cycle: OPS-1 → OPS-3 → OPS-2 → OPS-1. Cutline cannot plan work "
                            "that waits for itself; break the cycle in the tracker and export "
                            "again."));
}

void TestTrackerImportDialog::reimportConflictsAndOneUndoStep()
{
    const Workshop first = TrackerImporter::read(fixture(QStringLiteral("jira-all-fields.csv")),
                                                 QStringLiteral("a.csv"), TrackerFormat::Jira)
                               .value()
                               .workshop;
    WorkshopDocument doc;
    doc.reset(first, QString());
    const int id = doc.workshop().candidateByKey(QStringLiteral("PAY-101"))->id;
    QVERIFY(doc.editField(id, Field::Title, QStringLiteral("Saved cards")));
    const Workshop edited = doc.workshop();
    TrackerImportDialog dialog(QStringLiteral("jira-reimport.csv"),
                               fixture(QStringLiteral("jira-reimport.csv")), TrackerFormat::Jira,
                               &doc.workshop());
    dialog.show();
    QCOMPARE(dialog.diff().conflicts(), 1);
    auto *changes = dialog.findChild<QTreeWidget *>(QStringLiteral("changes"));
    QTreeWidgetItem *conflict = findItem(changes, QStringLiteral("PAY-101 title (conflict)"));
    QVERIFY(conflict);
    QCOMPARE(conflict->text(1), QStringLiteral("Saved cards"));
    QCOMPARE(conflict->text(2), QStringLiteral("Checkout with saved cards and wallets"));
    QCOMPARE(conflict->checkState(0), Qt::Unchecked); // Cutline's value unless ticked
    QVERIFY(findItem(changes, QStringLiteral("New (1)")));
    QVERIFY(findItem(changes, QStringLiteral("Gone from the export, kept (1)")));
    savePicture(&dialog, QStringLiteral("trackerreimportdialog"));
    QCOMPARE(dialog.reimported().workshop.candidate(id)->title, QStringLiteral("Saved cards"));
    conflict->setCheckState(0, Qt::Checked);
    const ReimportResult result = dialog.reimported();
    QCOMPARE(result.workshop.candidate(id)->title,
             QStringLiteral("Checkout with saved cards and wallets"));

    const int steps = doc.undoStack()->count();
    TrackerActions::pushReimport(&doc, result.workshop, QStringLiteral("Re-import"));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.workshop(), result.workshop);
    QCOMPARE(doc.workshop().candidates.size(), 9);
    doc.undoStack()->undo();
    QCOMPARE(doc.workshop(), edited);
    doc.undoStack()->redo();
    QCOMPARE(doc.workshop(), result.workshop);
}

void TestTrackerImportDialog::fileMenuActions()
{
    MainWindow window;
    auto *import = window.findChild<QAction *>(QStringLiteral("importFromTracker"));
    auto *reimport = window.findChild<QAction *>(QStringLiteral("reimportFromTracker"));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportForTracker"));
    QVERIFY(import && reimport && exportAction);
    QCOMPARE(import->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    QCOMPARE(reimport->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+T")));
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(import));
    // Nothing imported yet: nothing to re-import or export back.
    QVERIFY(!reimport->isEnabled());
    QVERIFY(!exportAction->isEnabled());
    window.openWorkshop(TrackerImporter::read(fixture(QStringLiteral("linear.csv")),
                                              QStringLiteral("linear.csv"), TrackerFormat::Linear)
                            .value()
                            .workshop,
                        QString());
    QVERIFY(reimport->isEnabled());
    QVERIFY(exportAction->isEnabled());
}

QTEST_MAIN(TestTrackerImportDialog)
#include "tst_trackerimportdialog.moc"
