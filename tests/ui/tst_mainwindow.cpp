// Drives the main window as a user would: keys and clicks, files, locks, recovery, drops.
#include "core/sample/sampleworkshop.h"
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"
#include "ui/document/workshopdocument.h"
#include "ui/files/recoverystore.h"
#include "ui/inspector/committextedit.h"
#include "ui/inspector/inspector.h"
#include "ui/plan/plancontroller.h"
#include "ui/plan/planview.h"
#include "ui/projector/projectorview.h"
#include "ui/table/candidatetablemodel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/newworkshopdialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

using namespace cutline;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editCellUndoSaveReopen();
    void inspectorWhyEditIsOneUndoStep();
    void emptyStateThenAddByKeyboard();
    void badFileShowsMessageAndKeepsWorkshop();
    void lockedFileOpensReadOnly();
    void lockedFileCancel();
    void unsavedChangesPrompt();
    void dropOpensFile();
    void importCsvIsUnsaved();
    void revertDiscardsChanges();
    void autosaveWritesRecoveryCopy();
    void killedSessionIsOfferedBack();
    void presentationKeepsTheWindowAsItWas();
    void undoWinsInACommittedField();
    void newWorkshopAsksForCapacity();
    void firstWindowFitsTheScreen();
    void exportsDecisionRecord();

private:
    // Answers the next message box with `button` and returns its text (after it was shown).
    void answerNextMessageBox(QMessageBox::StandardButton button);
    // Calls `answer` with the next modal dialog once it is shown.
    void onNextDialog(std::function<void(QDialog *)> answer);
    QString m_lastMessage;
    QScopedPointer<QTemporaryDir> m_dir;
    QList<QPointer<MainWindow>> m_windows;
    MainWindow *newWindow(RecoveryStore *store = nullptr);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CutlineTests"));
}

void TestMainWindow::init()
{
    QSettings().remove(QStringLiteral("user/name"));
    QSettings().remove(QStringLiteral("window/geometry"));
    m_dir.reset(new QTemporaryDir);
    m_lastMessage.clear();
}

void TestMainWindow::cleanup()
{
    for (const QPointer<MainWindow> &w : m_windows)
        if (w) {
            w->document()->markSaved();
            w->close();
        }
    m_windows.clear();
    qDeleteAll(findChildren<QTimer *>()); // answers for dialogs that never came
    QCoreApplication::processEvents();
}

void TestMainWindow::onNextDialog(std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || qobject_cast<QMessageBox *>(dialog))
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

MainWindow *TestMainWindow::newWindow(RecoveryStore *store)
{
    auto *window = new MainWindow(store);
    window->resize(1200, 800);
    window->show();
    m_windows.append(window);
    return window;
}

void TestMainWindow::answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_lastMessage = box->text();
        timer->stop();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start();
}

void TestMainWindow::editCellUndoSaveReopen()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    WorkshopDocument *doc = window->document();
    const int id = doc->workshop().candidateByKey(QStringLiteral("C-4"))->id;
    const double before = doc->workshop().candidate(id)->impact;

    window->selectCandidate(id);
    QTableView *table = window->table();
    table->setFocus();
    const QModelIndex row = table->currentIndex();
    table->setCurrentIndex(row.siblingAtColumn(CandidateTableModel::Impact));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QAbstractSpinBox *>(QApplication::focusWidget());
    QVERIFY2(editor, "F2 did not open a number editor");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("3.5"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc->workshop().candidate(id)->impact, 3.5); // the delegate commits queued
    QVERIFY(window->isWindowModified());

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->workshop().candidate(id)->impact, before);
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->workshop().candidate(id)->impact, 3.5);

    const QString path = m_dir->filePath(QStringLiteral("ledgerly.cutline"));
    QVERIFY(window->saveAs(path));
    QVERIFY(!window->isWindowModified());
    const Workshop saved = doc->workshop();
    window->close();

    MainWindow *again = newWindow();
    QVERIFY(again->openFile(path));
    QCOMPARE(again->document()->workshop(), saved);
    QCOMPARE(again->document()->workshop().candidate(id)->impact, 3.5);
    QVERIFY(!again->document()->isReadOnly()); // the first window released its lock
}

void TestMainWindow::inspectorWhyEditIsOneUndoStep()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    WorkshopDocument *doc = window->document();
    const int id = doc->workshop().candidateByKey(QStringLiteral("C-21"))->id;
    window->selectCandidate(id);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *problem = qobject_cast<CommitTextEdit *>(window->inspector()->editorFor(Field::Problem));
    QVERIFY(problem);
    problem->setFocus();
    QTest::keyClicks(problem, QStringLiteral("Customers bill subscriptions by hand"));
    QTest::keyClick(problem, Qt::Key_Tab); // leaving the field commits it
    QCOMPARE(doc->workshop().candidate(id)->problem,
             QStringLiteral("Customers bill subscriptions by hand"));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QVERIFY(doc->workshop().candidate(id)->problem.isEmpty());
    QVERIFY(problem->toPlainText().isEmpty()); // the inspector follows the undo
}

void TestMainWindow::emptyStateThenAddByKeyboard()
{
    MainWindow *window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *pages = window->findChild<QStackedWidget *>();
    QVERIFY(pages);
    QVERIFY(!window->table()->isVisible()); // the empty state says what to do first
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->document()->workshop().candidates.size(), 1);
    QVERIFY(window->table()->isVisible());
    auto *title = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(title, "the new candidate's title is not ready to type");
    QTest::keyClicks(title, QStringLiteral("Dunning emails"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(window->document()->workshop().candidates.first().title,
             QStringLiteral("Dunning emails"));
}

void TestMainWindow::badFileShowsMessageAndKeepsWorkshop()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    const Workshop before = window->document()->workshop();
    const QString path = m_dir->filePath(QStringLiteral("broken.cutline"));
    test::writeAll(path, "SQLite format 3");
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!window->openFile(path));
    QVERIFY2(m_lastMessage.contains(QStringLiteral("is damaged (corrupted or truncated)")),
             qPrintable(m_lastMessage));
    QCOMPARE(window->document()->workshop(), before);
}

void TestMainWindow::lockedFileOpensReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.cutline"));
    QVERIFY(WorkshopFile::save(test::fullWorkshop(3), path));
    MainWindow *first = newWindow();
    QVERIFY(first->openFile(path));
    MainWindow *second = newWindow();
    answerNextMessageBox(QMessageBox::Open);
    QVERIFY(second->openFile(path));
    QVERIFY2(m_lastMessage.contains(QStringLiteral("is already open in Cutline")),
             qPrintable(m_lastMessage));
    QVERIFY(second->document()->isReadOnly());
    QVERIFY(second->windowTitle().contains(QStringLiteral("(read-only)")));
    QVERIFY(!second->document()->editField(1, Field::Title, QStringLiteral("Mine")));
    QVERIFY(!first->document()->isReadOnly());
}

void TestMainWindow::lockedFileCancel()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.cutline"));
    QVERIFY(WorkshopFile::save(test::fullWorkshop(3), path));
    MainWindow *first = newWindow();
    QVERIFY(first->openFile(path));
    MainWindow *second = newWindow();
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!second->openFile(path));
    QVERIFY(second->document()->workshop().candidates.isEmpty());
}

void TestMainWindow::unsavedChangesPrompt()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    window->document()->editField(1, Field::Impact, 1.0);
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window->maybeSave());
    QVERIFY(m_lastMessage.contains(QStringLiteral("has changes that are not saved")));
    QVERIFY(window->document()->isModified());
    answerNextMessageBox(QMessageBox::Discard);
    onNextDialog([](QDialog *dialog) { dialog->accept(); }); // the new workshop's capacity
    window->newWorkshop();
    QVERIFY(window->document()->workshop().candidates.isEmpty());
    QVERIFY(!window->document()->isModified());
}

void TestMainWindow::dropOpensFile()
{
    const QString path = m_dir->filePath(QStringLiteral("dropped.cutline"));
    QVERIFY(WorkshopFile::save(test::fullWorkshop(4), path));
    MainWindow *window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    QTRY_COMPARE(window->document()->workshop().candidates.size(), 4);
    QCOMPARE(window->document()->filePath(), path);
}

void TestMainWindow::importCsvIsUnsaved()
{
    const QString path = m_dir->filePath(QStringLiteral("backlog.csv"));
    test::writeAll(path, "title,effort,impact\nDunning,2,6\n");
    MainWindow *window = newWindow();
    QVERIFY(window->openFile(path));
    QCOMPARE(window->document()->workshop().candidates.size(), 1);
    QVERIFY(window->document()->isModified());
    QVERIFY(window->document()->filePath().isEmpty()); // Save asks where, never over the CSV
}

void TestMainWindow::revertDiscardsChanges()
{
    const QString path = m_dir->filePath(QStringLiteral("revert.cutline"));
    QVERIFY(WorkshopFile::save(test::fullWorkshop(3), path));
    MainWindow *window = newWindow();
    QVERIFY(window->openFile(path));
    window->document()->editField(1, Field::Title, QStringLiteral("Changed"));
    answerNextMessageBox(QMessageBox::Discard);
    window->revert();
    QCOMPARE(window->document()->workshop(), WorkshopFile::load(path).value());
    QVERIFY(!window->document()->isModified());
}

void TestMainWindow::autosaveWritesRecoveryCopy()
{
    RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    const QString path = m_dir->filePath(QStringLiteral("mine.cutline"));
    QVERIFY(WorkshopFile::save(test::fullWorkshop(3), path));
    const QByteArray onDisk = test::readAll(path);
    MainWindow *window = newWindow(&store);
    QVERIFY(window->openFile(path));
    window->document()->editField(1, Field::Title, QStringLiteral("Unsaved"));
    window->setAutosaveInterval(50);
    const QDir folder(store.folder());
    QTRY_VERIFY(!folder.entryList({QStringLiteral("*.cutline")}, QDir::Files).isEmpty());
    QCOMPARE(test::readAll(path), onDisk); // autosave never writes the user's file
    // A live session's copy is not offered to another one.
    RecoveryStore other(store.folder());
    QVERIFY(other.orphans().isEmpty());
    // Saving removes the copy.
    QVERIFY(window->save());
    QTRY_VERIFY(folder.entryList({QStringLiteral("*.cutline")}, QDir::Files).isEmpty());
    delete window; // before the store it uses
}

void TestMainWindow::killedSessionIsOfferedBack()
{
    const QString folder = m_dir->filePath(QStringLiteral("recovery"));
    const QString original = m_dir->filePath(QStringLiteral("theirs.cutline"));
    QProcess helper;
    helper.start(QStringLiteral(RECOVERYHELPER), {folder, original});
    QVERIFY(helper.waitForReadyRead(20000));
    helper.kill(); // SIGKILL: no chance to clean up
    QVERIFY(helper.waitForFinished());

    RecoveryStore store(folder);
    const QList<RecoveredWorkshop> orphans = store.orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().workshop.title, QStringLiteral("Unsaved work"));
    QCOMPARE(orphans.first().originalPath, original);
    QVERIFY(orphans.first().savedAt.isValid());
    QVERIFY(!QFile::exists(original)); // restoring is offered; nothing was written for the user

    MainWindow *window = newWindow(&store);
    window->openWorkshop(orphans.first().workshop, orphans.first().originalPath);
    window->document()->markUnsaved();
    QVERIFY(window->isWindowModified());
    RecoveryStore::remove(orphans.first());
    QVERIFY(store.orphans().isEmpty());
    window->document()->markSaved();
    delete window; // before the store it uses
}

void TestMainWindow::presentationKeepsTheWindowAsItWas()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    window->showPlan(true);
    QVERIFY(QTest::qWaitForWindowActive(window));
    const QRect normal = window->geometry();
    auto *tabs = window->findChild<QTabWidget *>();
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(window->isPresentationMode());
    ProjectorView *projector = window->projector();
    QVERIFY(projector && projector->isVisible());
    QVERIFY(projector->windowState() & Qt::WindowFullScreen);
    QVERIFY(QTest::qWaitForWindowActive(projector));
    QTest::keyClick(projector, Qt::Key_Escape); // Esc leaves
    QVERIFY(!window->isPresentationMode());
    QVERIFY(!projector->isVisible());
    QCOMPARE(window->geometry(), normal);
    QVERIFY(!window->isMaximized() && !window->isFullScreen());
    QCOMPARE(tabs->currentIndex(), 1);

    window->showMaximized();
    QTRY_VERIFY(window->isMaximized());
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(window->isPresentationMode());
    QVERIFY(QTest::qWaitForWindowActive(projector));
    QTest::keyClick(projector, Qt::Key_F5); // and F5 again
    QVERIFY(!window->isPresentationMode());
    QVERIFY(window->isMaximized());
    QVERIFY(window->menuBar()->isVisible());
    QCOMPARE(tabs->currentIndex(), 1);
}

void TestMainWindow::undoWinsInACommittedField()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    WorkshopDocument *doc = window->document();
    const int id = doc->workshop().candidateByKey(QStringLiteral("C-2"))->id;
    window->selectCandidate(id);
    QVERIFY(QTest::qWaitForWindowActive(window));
    const QString title = doc->workshop().candidate(id)->title;
    auto *line = qobject_cast<QLineEdit *>(window->inspector()->editorFor(Field::Title));
    QVERIFY(line);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("Renamed"));
    // Typing not yet committed: Ctrl+Z is the field's own.
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->undoStack()->count(), 0);
    QTest::keyClicks(line, QStringLiteral("Renamed"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(doc->workshop().candidate(id)->title, QStringLiteral("Renamed"));
    QVERIFY(line->hasFocus());
    // Committed: Ctrl+Z undoes the document's edit, focus still in the field.
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->workshop().candidate(id)->title, title);
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->workshop().candidate(id)->title, QStringLiteral("Renamed"));

    auto *effort = qobject_cast<QDoubleSpinBox *>(window->inspector()->editorFor(Field::Effort));
    QVERIFY(effort);
    const double before = doc->workshop().candidate(id)->effort;
    effort->setFocus();
    QTest::keyClick(effort, Qt::Key_Up); // one committed step
    QVERIFY(doc->workshop().candidate(id)->effort != before);
    QTest::keyClick(effort, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->workshop().candidate(id)->effort, before);
}

void TestMainWindow::newWorkshopAsksForCapacity()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    QVERIFY(QTest::qWaitForWindowActive(window));
    onNextDialog([](QDialog *dialog) { dialog->reject(); });
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window->document()->workshop().candidates.size(), sampleWorkshop().candidates.size());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    onNextDialog([](QDialog *dialog) {
        auto *d = qobject_cast<NewWorkshopDialog *>(dialog);
        QVERIFY(d);
        QCOMPARE(d->unitEdit()->currentText(), QStringLiteral("person-weeks"));
        d->titleEdit()->setText(QStringLiteral("Q3 scoping"));
        d->capacityEdit()->setValue(30);
        d->unitEdit()->setEditText(QStringLiteral("sprints"));
        d->accept();
    });
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    const Workshop &w = window->document()->workshop();
    QVERIFY(w.candidates.isEmpty());
    QCOMPARE(w.capacity, 30.0);
    QCOMPARE(w.capacityUnit, QStringLiteral("sprints"));
    QCOMPARE(w.title, QStringLiteral("Q3 scoping"));
}

void TestMainWindow::firstWindowFitsTheScreen()
{
    MainWindow *window = new MainWindow;
    m_windows.append(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Everything fits a 1366×768 laptop (less its panel and the window frame)...
    QVERIFY(window->minimumSizeHint().width() <= 1366 - 16);
    QVERIFY(window->minimumSizeHint().height() <= 768 - 80);
    // ...and the first size comes from the screen, not a fixed 1280×800.
    const QSize available = window->screen()->availableGeometry().size();
    QVERIFY(window->width() <= std::max(available.width(), window->minimumSizeHint().width()));
    QVERIFY(window->height() <= std::max(available.height(), window->minimumSizeHint().height()));
    window->resize(1250, 700);
    const QSize kept = window->size();
    window->close(); // remembers the geometry
    QCoreApplication::processEvents();
    MainWindow *again = new MainWindow;
    m_windows.append(again);
    QCOMPARE(again->size(), kept);
}

void TestMainWindow::exportsDecisionRecord()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    for (const char *name : {"record.pdf", "record.html", "record.md"}) {
        const QString path = m_dir->filePath(QLatin1String(name));
        QVERIFY(window->exportRecord(path));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    QVERIFY(test::readAll(m_dir->filePath(QStringLiteral("record.pdf"))).startsWith("%PDF"));
    QVERIFY(test::readAll(m_dir->filePath(QStringLiteral("record.html")))
                .contains("Ledgerly — 2027 Q1 planning"));
    window->document()->markSaved();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
