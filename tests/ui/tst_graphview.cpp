// Editing in the graph as a user does: drag to link (Shift for alternatives), click a link
// and Delete, undo; a cycle is refused on the spot with its name and its boxes flash.
#include "tests/ui/contextmenu.h"
#include "ui/decision/decisiondialog.h"
#include "ui/decision/decisionmenu.h"
#include "ui/document/workshopdocument.h"
#include "ui/graph/graphview.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cutline;

class TestGraphView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dragAddsRequiresUndoably();
    void shiftDragAddsExcludes();
    void cycleRefusedAndNamed();
    void clickLinkThenDelete();
    void clickSelectsAndHighlights();
    void keyboardMovesAlongLinks();
    void fitOnALargeGraphStartsReadableAtTheBiggestChain();
    void contextMenuDecides();
    void hiddenGraphCatchesUpWhenShown();

private:
    void drag(int from, int to, Qt::KeyboardModifiers modifiers = {});
    WorkshopDocument *m_doc = nullptr;
    GraphView *m_view = nullptr;
};

void TestGraphView::contextMenuDecides()
{
    test::chooseFromContextMenu(m_view, m_view->boxCentre(2), QStringLiteral("Defer…"));
    auto *dialog = m_view->findChild<DecisionDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->explanation().startsWith(QStringLiteral("Deferring C-2 needs a reason")));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("After the audit"));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_doc->workshop().candidate(2)->decision, Decision::Defer);
    QCOMPARE(m_doc->workshop().candidate(2)->rationale, QStringLiteral("After the audit"));
}

// A hidden graph does not lay itself out at every edit (hundreds of boxes take a moment); shown
// again, it is the workshop as it is now: the new link routed, the boxes tall enough for a
// longer title, an effort's edit leaving every box where it was.
void TestGraphView::hiddenGraphCatchesUpWhenShown()
{
    const QRectF before = m_view->currentLayout().nodes.value(1);
    QVERIFY(m_doc->editField(2, Field::Effort, 5.0));
    QCOMPARE(m_view->currentLayout().nodes.value(1), before);
    m_view->hide();
    QVERIFY(m_doc->addLink({4, 3, LinkType::Requires}));
    QVERIFY(m_doc->editField(1, Field::Title,
                             QStringLiteral("A much longer title that has to wrap over several "
                                            "lines of its box")));
    QTest::qWait(20);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const GraphLayout &layout = m_view->currentLayout();
    QVERIFY(std::any_of(layout.routes.begin(), layout.routes.end(), [](const auto &route) {
        return route.link.from == 4 && route.link.to == 3;
    }));
    QCOMPARE(layout.layers.value(4), layout.layers.value(3) + 1);
    QVERIFY(layout.nodes.value(1).height() > before.height());
}

void TestGraphView::init()
{
    m_doc = new WorkshopDocument;
    Workshop w;
    w.capacity = 10;
    for (int i = 0; i < 4; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.title = QStringLiteral("Work %1").arg(i + 1);
        c.effort = 2;
        c.impact = 5;
        w.candidates.append(c);
    }
    w.dependencies = {{2, 1, LinkType::Requires}, {3, 2, LinkType::Requires}};
    m_doc->reset(w, QString());
    m_view = new GraphView(m_doc);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->fitAll();
}

void TestGraphView::cleanup()
{
    delete m_view;
    delete m_doc;
}

void TestGraphView::drag(int from, int to, Qt::KeyboardModifiers modifiers)
{
    QCoreApplication::processEvents(); // the layout follows edits on the next turn
    const QPoint a = m_view->boxCentre(from), b = m_view->boxCentre(to);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, modifiers, a);
    QTest::mouseMove(m_view->viewport(), a + QPoint(15, 15));
    QTest::mouseMove(m_view->viewport(), b);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, modifiers, b);
}

void TestGraphView::dragAddsRequiresUndoably()
{
    const Workshop before = m_doc->workshop();
    drag(1, 4); // C-4 requires C-1
    QVERIFY(m_doc->workshop().hasLink(4, 1, LinkType::Requires));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->workshop(), before);
}

void TestGraphView::shiftDragAddsExcludes()
{
    drag(4, 3, Qt::ShiftModifier);
    QVERIFY(m_doc->workshop().hasLink(3, 4, LinkType::Excludes) ||
            m_doc->workshop().hasLink(4, 3, LinkType::Excludes));
}

void TestGraphView::cycleRefusedAndNamed()
{
    QSignalSpy refused(m_doc, &WorkshopDocument::editRefused);
    drag(3, 1); // C-1 requires C-3: C-1 → C-3 → C-2 → C-1
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(),
             QStringLiteral("C-1 cannot require C-3: that would close the cycle "
                            "C-1 → C-3 → C-2 → C-1."));
    QVERIFY(!m_doc->workshop().hasLink(1, 3, LinkType::Requires));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestGraphView::clickLinkThenDelete()
{
    QCoreApplication::processEvents();
    const GraphLayout &layout = m_view->currentLayout();
    const GraphLayout::Route *route = nullptr;
    for (const GraphLayout::Route &r : layout.routes)
        if (r.link.from == 2 && r.link.to == 1)
            route = &r;
    QVERIFY(route);
    const QPointF middle = (route->points.first() + route->points.last()) / 2;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(middle));
    QVERIFY(m_view->selectedLink());
    QCOMPARE(m_view->selectedLink()->from, 2);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!m_doc->workshop().hasLink(2, 1, LinkType::Requires));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->workshop().hasLink(2, 1, LinkType::Requires));
}

void TestGraphView::clickSelectsAndHighlights()
{
    QSignalSpy activated(m_view, &GraphView::candidateActivated);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->boxCentre(2));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 2);
    QCOMPARE(m_view->selectedId(), 2);
    QCOMPARE(m_doc->undoStack()->count(), 0); // a click edits nothing
}

void TestGraphView::keyboardMovesAlongLinks()
{
    m_view->setSelectedId(2);
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->selectedId(), 1);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedId(), 2);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedId(), 3);
}

void TestGraphView::fitOnALargeGraphStartsReadableAtTheBiggestChain()
{
    // 200 candidates: 38 chains of five, and one of ten at the end of the list.
    Workshop w;
    for (int i = 0; i < 200; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.title = QStringLiteral("Work %1").arg(i + 1);
        w.candidates.append(c);
        if ((i < 190 && i % 5 > 0) || i > 190)
            w.dependencies.append({i + 1, i, LinkType::Requires});
    }
    m_doc->reset(w, QString());
    QCoreApplication::processEvents();
    m_view->fitAll();
    QVERIFY2(m_view->transform().m11() >= 0.6, "the boxes are too small to read");
    // The start of the longest chain is in view, top left.
    QVERIFY(m_view->viewport()->rect().contains(m_view->boxCentre(191)));
    QVERIFY(m_view->viewport()->rect().contains(m_view->boxCentre(195)));
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
