// Who is deciding: the decision log names a person, so the first decision (from the inspector,
// the table's Decision cell or "Adopt Plan") asks for the author's name once, and nothing that
// is not a decision asks.
#include "core/sample/sampleworkshop.h"
#include "core/storage/workshopfile.h"
#include "tests/common/windowharness.h"
#include "ui/document/workshopdocument.h"
#include "ui/inspector/inspector.h"
#include "ui/plan/planview.h"
#include "ui/table/candidatetablemodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace cutline;

class TestDeciding : public test::WindowHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpHarness(); }
    void init() { QSettings().remove(QStringLiteral("user/name")); } // not asked yet
    void cleanup() { closeWindows(); }
    void authorAskedFromTheTableCell();
    void authorIsAskedOnceAndNamed();
    void keysOnThePlanTabAreNotDecisions();
};

// The first decision from the table's Decision cell asks the name without crashing: the editor
// the click was on may be closed while the question is open.
void TestDeciding::authorAskedFromTheTableCell()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTableView *table = window->table();
    const QModelIndex cell = table->model()->index(1, CandidateTableModel::Decision);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *combo = table->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    bool asked = false;
    onNextDialog([&asked](QDialog *dialog) {
        asked = true;
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Ada Lovelace"));
        input->accept();
    });
    QTest::mouseClick(combo, Qt::LeftButton);
    QTRY_VERIFY(asked);
    QCoreApplication::processEvents();
    QCOMPARE(window->document()->author(), QStringLiteral("Ada Lovelace"));
    if (QApplication::activePopupWidget())
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
    window->document()->markSaved();
}

void TestDeciding::authorIsAskedOnceAndNamed()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    WorkshopDocument *doc = window->document();
    const int id = doc->workshop().candidateByKey(QStringLiteral("C-2"))->id;
    window->selectCandidate(id);
    QVERIFY(QTest::qWaitForWindowActive(window));
    int asked = 0;
    const auto answer = [&asked](const QString &name) {
        return [&asked, name](QDialog *dialog) {
            ++asked;
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            QVERIFY(!input->textValue().isEmpty()); // prefilled with the login name
            input->setTextValue(name);
            input->accept();
        };
    };
    onNextDialog(answer(QStringLiteral("Ada Lovelace")));
    QWidget *decision = window->inspector()->editorFor(Field::Decision);
    QTest::mouseClick(decision, Qt::LeftButton); // about to decide: who is deciding?
    QTRY_COMPARE(asked, 1);
    QCOMPARE(doc->author(), QStringLiteral("Ada Lovelace"));
    if (QApplication::activePopupWidget())
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
    QVERIFY(doc->decide(id, Decision::Drop, QStringLiteral("Not this quarter")));
    QCOMPARE(doc->workshop().decisionLog.last().author, QStringLiteral("Ada Lovelace"));
    QTest::mouseClick(decision, Qt::LeftButton); // asked once only
    QCoreApplication::processEvents();
    QCOMPARE(asked, 1);
    if (QApplication::activePopupWidget())
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);

    onNextDialog(answer(QStringLiteral("Grace Hopper"))); // Edit ▸ Your Name… changes it
    window->askAuthorName();
    QCOMPARE(doc->author(), QStringLiteral("Grace Hopper"));
    MainWindow *second = newWindow();
    QCOMPARE(second->document()->author(), QStringLiteral("Grace Hopper"));
    doc->markSaved();
}

// Only what adopts the plan asks who is deciding: with the keyboard on the Plan tab, even on
// the Adopt button, Ctrl+S saves and the arrows move, without asking.
void TestDeciding::keysOnThePlanTabAreNotDecisions()
{
    const QString path = m_dir.filePath(QStringLiteral("plan.cutline"));
    QVERIFY(WorkshopFile::save(sampleWorkshop(), path));
    MainWindow *window = newWindow();
    QVERIFY(window->openFile(path));
    QVERIFY(QTest::qWaitForWindowActive(window));
    WorkshopDocument *doc = window->document();
    const int id = doc->workshop().candidateByKey(QStringLiteral("C-2"))->id;
    QVERIFY(doc->editField(id, Field::Title, QStringLiteral("Renamed")));
    QVERIFY(doc->isModified());
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(window->planView()->isVisible());
    QTRY_VERIFY(window->planView()->table()->hasFocus()); // the rows, to move in
    auto *adopt = window->planView()->findChild<QPushButton *>();
    QVERIFY(adopt);
    QTRY_VERIFY_WITH_TIMEOUT(adopt->isEnabled(), 30000);
    adopt->setFocus();
    QTRY_VERIFY(adopt->hasFocus());
    int asked = 0;
    onNextDialog([&asked](QDialog *dialog) {
        ++asked;
        dialog->reject();
    });
    QTest::keyClick(adopt, Qt::Key_Down);
    // A question would come after the key, from the event loop: give it its turn.
    QCoreApplication::processEvents();
    QCOMPARE(asked, 0);
    QTest::keyClick(adopt, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!doc->isModified());
    QCOMPARE(asked, 0);
    QCOMPARE(WorkshopFile::load(path).value().candidate(id)->title, QStringLiteral("Renamed"));
    // Space on the button adopts: that asks first.
    QTest::keyClick(adopt, Qt::Key_Space);
    QTRY_COMPARE(asked, 1);
}

QTEST_MAIN(TestDeciding)
#include "tst_deciding.moc"
