// The projector view as a room sees it: the plan's headline, ranked rows and cut line, type
// sized from the screen, pages instead of shrinking, keys to the other screens, live edits.
#include "core/model/field.h"
#include "core/sample/sampleworkshop.h"
#include "ui/document/workshopdocument.h"
#include "ui/plan/plancontroller.h"
#include "ui/projector/projectorfocuspage.h"
#include "ui/projector/projectorplanpage.h"
#include "ui/projector/projectorstyle.h"
#include "ui/projector/projectorview.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cutline;

class TestProjector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeScalesWithTheScreen();
    void headlineAndCutLineFollowThePlan();
    void keysSwitchScreensAndFocus();
    void pagesInsteadOfShrinking();
    void followsEditsLive();
};

namespace {
struct Fixture
{
    WorkshopDocument document;
    PlanController controller{&document};
    ProjectorView view{&document, &controller};

    explicit Fixture(const Workshop &workshop, QSize size = {1920, 1080})
    {
        document.reset(workshop, QString());
        view.resize(size);
        view.show();
    }
};

Workshop manyCandidates(int n)
{
    Workshop w = sampleWorkshop();
    const QList<Candidate> base = w.candidates;
    while (w.candidates.size() < n) {
        Candidate c = base[w.candidates.size() % base.size()];
        c.id = w.nextId();
        c.key = w.nextKey();
        c.decision = Decision::Undecided;
        c.mandatory = false; // copies of mandatory work would leave no feasible plan
        w.candidates.append(c);
    }
    return w;
}
} // namespace

void TestProjector::typeScalesWithTheScreen()
{
    QCOMPARE(projector::styleFor(1080).body, 24);
    QCOMPARE(projector::styleFor(1080).title, 32);
    QCOMPARE(projector::styleFor(2160).body, 48);
    QCOMPARE(projector::styleFor(720).body, 16);
    QCOMPARE(projector::styleFor(1080).bodyFont().pixelSize(), 24);
}

void TestProjector::headlineAndCutLineFollowThePlan()
{
    Fixture f(sampleWorkshop());
    QTRY_VERIFY(f.controller.isCurrent());
    const Plan &plan = f.controller.plan();
    ProjectorPlanPage *page = f.view.planPage();
    QCOMPARE(page->cutRow(), int(plan.selected.size()));
    QCOMPARE(page->rankedIds().size(), f.document.workshop().candidates.size());
    const QString expected = QStringLiteral("%1 of %2 person-weeks used · %3 in the plan")
                                 .arg(formatNumber(plan.totalEffort), formatNumber(plan.capacity))
                                 .arg(plan.selected.size());
    QVERIFY2(page->headline().startsWith(expected), qPrintable(page->headline()));
    QVERIFY(page->headline().contains(formatAmount(plan.totalValue)));
}

void TestProjector::keysSwitchScreensAndFocus()
{
    Fixture f(sampleWorkshop());
    QTRY_VERIFY(f.controller.isCurrent());
    QCOMPARE(f.view.currentPage(), ProjectorView::PlanPage);
    QTest::keyClick(&f.view, Qt::Key_2);
    QCOMPARE(f.view.currentPage(), ProjectorView::ChartPage);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.view.currentPage(), ProjectorView::GraphPage);
    QTest::keyClick(&f.view, Qt::Key_4);
    QCOMPARE(f.view.currentPage(), ProjectorView::FocusPage);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.view.currentPage(), ProjectorView::PlanPage);
    QTest::keyClick(&f.view, Qt::Key_Left);
    QCOMPARE(f.view.currentPage(), ProjectorView::FocusPage);

    const QList<int> ranked = f.view.planPage()->rankedIds();
    QCOMPARE(f.view.focusId(), ranked.first());
    QTest::keyClick(&f.view, Qt::Key_Down);
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.view.focusId(), ranked[2]);
    QTest::keyClick(&f.view, Qt::Key_Up);
    QCOMPARE(f.view.focusId(), ranked[1]);

    QSignalSpy leave(&f.view, &ProjectorView::leaveRequested);
    QTest::keyClick(&f.view, Qt::Key_Escape);
    QCOMPARE(leave.size(), 1);
    QTest::keyClick(&f.view, Qt::Key_F5);
    QCOMPARE(leave.size(), 2);
}

void TestProjector::pagesInsteadOfShrinking()
{
    Fixture f(manyCandidates(200), {1280, 720});
    QTRY_VERIFY(f.controller.isCurrent());
    QVERIFY(f.controller.plan().feasible);
    ProjectorPlanPage *page = f.view.planPage();
    QCOMPARE(f.view.size(), QSize(1280, 720));
    QVERIFY2(page->pageCount() > 4, qPrintable(QString::number(page->pageCount())));
    QCOMPARE(page->page(), 0);
    QTest::keyClick(&f.view, Qt::Key_PageDown);
    QCOMPARE(page->page(), 1);
    QTest::keyClick(&f.view, Qt::Key_PageUp);
    QTest::keyClick(&f.view, Qt::Key_PageUp);
    QCOMPARE(page->page(), 0);
    f.view.resize(1920, 1080);
    QCoreApplication::processEvents();
    QVERIFY(page->pageCount() > 3); // still 24 px type: more screens, not smaller text
}

void TestProjector::followsEditsLive()
{
    Fixture f(sampleWorkshop());
    QTRY_VERIFY(f.controller.isCurrent());
    const QString before = f.view.planPage()->headline();
    Workshop settings = f.document.workshop();
    settings.capacity += 6;
    QVERIFY(f.document.editSettings(settings));
    QTRY_VERIFY(f.controller.isCurrent());
    const QString after = f.view.planPage()->headline();
    QVERIFY(after != before);
    QVERIFY2(
        after.contains(QStringLiteral(" of %1 person-weeks").arg(formatNumber(settings.capacity))),
        qPrintable(after));
    QCOMPARE(f.view.planPage()->cutRow(), int(f.controller.plan().selected.size()));
}

QTEST_MAIN(TestProjector)
#include "tst_projector.moc"
