// The impact/effort chart as a facilitator uses it: one bubble per candidate, click selects
// everywhere, drag re-estimates in one undo step, labels never overlap, even at 200.
#include "core/sample/sampleworkshop.h"
#include "render/chart/chartpainter.h"
#include "tests/common/fixtures.h"
#include "tests/ui/contextmenu.h"
#include "ui/chart/impactchart.h"
#include "ui/decision/decisiondialog.h"
#include "ui/decision/decisionmenu.h"
#include "ui/document/workshopdocument.h"
#include "ui/inspector/inspector.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cutline;

class TestChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void oneBubblePerCandidate();
    void clickSelectsEverywhere();
    void dragReestimatesUndoably();
    void dragOnScoreAxisMovesEffortOnly();
    void labelsNeverOverlap();
    void coloursFollowTheChoice();
    void contextMenuDecides();
    void printedChartHasWhiskers();
};

namespace {

Workshop spread(int n)
{
    Workshop w = sampleWorkshop();
    const QList<Candidate> base = w.candidates;
    for (int i = int(w.candidates.size()); i < n; ++i) {
        Candidate c = base[i % base.size()];
        c.id = w.nextId();
        c.key = w.nextKey();
        c.effort = 0.5 * (1 + (i * 7) % 40);
        c.impact = (i * 3) % 11;
        w.candidates.append(c);
    }
    return w;
}

} // namespace

void TestChart::contextMenuDecides()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), QString());
    ImpactChart chart(&doc);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const Candidate *c = nullptr;
    for (const Candidate &candidate : doc.workshop().candidates)
        if (candidate.decision == Decision::Undecided && candidate.rationale.isEmpty())
            c = &candidate;
    QVERIFY(c);
    const int id = c->id;
    test::chooseFromContextMenu(&chart, chart.bubbleCentre(id), QStringLiteral("Drop…"));
    QCOMPARE(chart.selectedId(), id);
    auto *dialog = chart.findChild<DecisionDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->explanation().startsWith(
        QStringLiteral("Dropping %1 needs a reason").arg(doc.workshop().candidate(id)->key)));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Nobody uses it"));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Drop);
}

void TestChart::oneBubblePerCandidate()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), QString());
    ImpactChart chart(&doc);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.bubbleCount(), int(doc.workshop().candidates.size()));
    const int id = doc.addCandidate(QStringLiteral("New idea"));
    QTRY_COMPARE(chart.bubbleCount(), int(doc.workshop().candidates.size()));
    doc.removeCandidates({id});
    QTRY_COMPARE(chart.bubbleCount(), int(doc.workshop().candidates.size()));
}

void TestChart::clickSelectsEverywhere()
{
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    window.openWorkshop(sampleWorkshop(), QString());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->markSaved();
    ImpactChart *chart = window.chartPage()->chart();
    chart->window()->activateWindow();
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(chart->isVisible());
    QCoreApplication::processEvents();
    const Candidate *target = window.document()->workshop().candidateByKey(QStringLiteral("C-7"));
    QSignalSpy activated(chart, &ImpactChart::candidateActivated);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->bubbleCentre(target->id));
    QCOMPARE(activated.size(), 1);
    const int clicked = activated.first().first().toInt();
    // The click may land on a bubble drawn over C-7's centre; whichever it was, it is
    // selected in the table and shown in the inspector.
    QVERIFY(clicked != 0);
    QCOMPARE(window.table()->currentIndex().siblingAtColumn(0).data().toString(),
             window.document()->workshop().candidate(clicked)->key);
    QCOMPARE(window.inspector()->candidateId(), clicked);
    QCOMPARE(chart->selectedId(), clicked);
    QVERIFY(!window.document()->isModified()); // a click edits nothing
}

void TestChart::dragReestimatesUndoably()
{
    WorkshopDocument doc;
    Workshop w;
    w.capacity = 10;
    for (int i = 0; i < 3; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.title = c.key;
        c.effort = 2 + 3 * i;
        c.impact = 2 + 3 * i;
        w.candidates.append(c);
    }
    doc.reset(w, QString());
    ImpactChart chart(&doc);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const Workshop before = doc.workshop();
    const QPoint from = chart.bubbleCentre(1);
    // Two effort units right and two impact units up, in pixels.
    const QPoint unitRight = chart.bubbleCentre(2) - from; // (+3 effort, +3 impact)
    const QPoint to = from + QPoint(unitRight.x() * 2 / 3, unitRight.y() * 2 / 3);
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(chart.viewport(), from + QPoint(10, -10));
    QTest::mouseMove(chart.viewport(), to);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, to);
    QTRY_COMPARE(doc.workshop().candidate(1)->effort, 4.0);
    QCOMPARE(doc.workshop().candidate(1)->impact, 4.0);
    QCOMPARE(doc.undoStack()->count(), 1); // effort and impact: one step
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Re-estimate C-1 on the chart"));
    doc.undoStack()->undo();
    QCOMPARE(doc.workshop(), before);
    QTRY_COMPARE(chart.bubbleCentre(1), from);
}

void TestChart::dragOnScoreAxisMovesEffortOnly()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), QString());
    ImpactChart chart(&doc);
    chart.setYAxis(ImpactChart::YAxis::Score);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const Candidate c = doc.workshop().candidates[3];
    const QPoint from = chart.bubbleCentre(c.id);
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(chart.viewport(), from + QPoint(20, -40));
    QTest::mouseMove(chart.viewport(), from + QPoint(60, -80));
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, from + QPoint(60, -80));
    QTRY_VERIFY(doc.workshop().candidate(c.id)->effort > c.effort);
    QCOMPARE(doc.workshop().candidate(c.id)->impact, c.impact);
}

void TestChart::labelsNeverOverlap()
{
    WorkshopDocument doc;
    doc.reset(spread(200), QString());
    ImpactChart chart(&doc);
    chart.resize(1280, 800);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.bubbleCount(), 200);
    const QList<QRectF> labels = chart.visibleLabelRects();
    QVERIFY2(labels.size() >= 60, qPrintable(QString::number(labels.size())));
    for (int i = 0; i < labels.size(); ++i)
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY(!labels[i].intersects(labels[j]));
    qInfo("200 candidates: %lld keys shown, the rest on hover", qlonglong(labels.size()));
}

void TestChart::coloursFollowTheChoice()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), QString());
    ImpactChart chart(&doc);
    const Candidate &c = doc.workshop().candidates[0];
    QCOMPARE(chart.legend().size(), allKinds().size());
    const QColor byKind = chart.colourOf(c.id);
    chart.setColour(ImpactChart::Colour::Decision);
    QCOMPARE(chart.legend().size(), allDecisions().size());
    QVERIFY(chart.legend().contains({decisionName(c.decision), chart.colourOf(c.id)}));
    QVERIFY(chart.legend().size() == 4 && byKind.isValid());
}

// The printed chart (the record's, the exported SVG's) draws each effort range as a whisker
// through its bubble, as the interactive chart can: painted with and without the range, the
// two differ in a band wider than the bubble and no taller than a whisker's caps.
void TestChart::printedChartHasWhiskers()
{
    Workshop w;
    w.capacity = 10;
    Candidate c;
    c.id = 1;
    c.key = QStringLiteral("C-1");
    c.title = QStringLiteral("One");
    c.effort = 4;
    c.impact = 5;
    c.risk = 1;
    w.candidates.append(c);
    Candidate other = c; // sets the axis: effort up to 10
    other.id = 2;
    other.key = QStringLiteral("C-2");
    other.effort = 10;
    other.impact = 9;
    w.candidates.append(other);
    const auto paint = [](const Workshop &workshop) {
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintImpactChart(painter, QRectF(0, 0, 800, 600), workshop);
        return image;
    };
    const QImage plain = paint(w);
    w.candidates[0].effortLow = 2;
    w.candidates[0].effortHigh = 8;
    const QImage ranged = paint(w);
    int left = 800, right = -1, top = 600, bottom = -1;
    for (int y = 40; y < 600; ++y) // below the legend, whose note changes too
        for (int x = 0; x < 800; ++x)
            if (plain.pixel(x, y) != ranged.pixel(x, y)) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    QVERIFY2(right - left > 200, qPrintable(QStringLiteral("%1 px wide").arg(right - left)));
    QVERIFY2(bottom - top < 20, qPrintable(QStringLiteral("%1 px tall").arg(bottom - top)));
}

QTEST_MAIN(TestChart)
#include "tst_chart.moc"
