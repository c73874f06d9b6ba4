// Tests the odds on the Plan view: figures arrive after an edit, a new seed is one undo step,
// the sample count is edited there, and a refusal shows its message.
#include "core/odds/odds.h"
#include "core/sample/sampleworkshop.h"
#include "ui/chart/impactchart.h"
#include "ui/document/workshopdocument.h"
#include "ui/plan/oddscontroller.h"
#include "ui/plan/oddspanel.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>
#include <QUndoStack>

using namespace cutline;

class TestOddsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOddsOfTheSample();
    void newSeedIsUndoable();
    void sampleCountIsEditable();
    void editRecomputes();
    void badRangeShowsItsMessage();
    void chartShowsEffortRanges();

private:
    static bool waitDone(OddsPanel &panel)
    {
        return QTest::qWaitFor(
            [&] {
                return !panel.controller()->isComputing() &&
                       (panel.controller()->odds().marginsDone ||
                        !panel.controller()->problem().isEmpty());
            },
            60000);
    }
};

void TestOddsPanel::showsOddsOfTheSample()
{
    WorkshopDocument doc;
    Workshop w = sampleWorkshop();
    w.odds.samples = 500;
    doc.reset(w, {});
    OddsPanel panel(&doc);
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(waitDone(panel));
    const auto *headline = panel.findChild<QLabel *>(QStringLiteral("oddsHeadline"));
    QVERIFY(headline->text().startsWith("The plan fits the capacity in "));
    QCOMPARE(panel.table()->rowCount(), w.candidates.size());
    QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("C-1"));
    QCOMPARE(panel.table()->item(0, 4)->text(), QStringLiteral("core"));
    // Same numbers as the core for the workshop's seed and count.
    const Result<Odds> core = computeOdds(w, {std::nullopt, std::nullopt, std::nullopt, false});
    QCOMPARE(panel.table()->item(3, 3)->text(), shareText(core.value().items[3].in));
    // Beside the share, whether today's plan takes it, and a decided row says why it has no
    // margin instead of staying blank.
    for (int row = 0; row < panel.table()->rowCount(); ++row) {
        const CandidateOdds &item = core.value().items[row];
        QCOMPARE(panel.table()->item(row, 2)->text(),
                 item.inPlan ? QStringLiteral("in") : QStringLiteral("out"));
        const Candidate &c = w.candidates[row];
        if (c.mandatory || c.decision != Decision::Undecided)
            QVERIFY2(panel.table()->item(row, 5)->text().contains(QStringLiteral("decided")) ||
                         panel.table()->item(row, 5)->text().contains(QStringLiteral("mandatory")),
                     qPrintable(panel.table()->item(row, 5)->text()));
    }
    if (qEnvironmentVariableIsSet("CUTLINE_ODDS_PNG"))
        panel.grab().save(qEnvironmentVariable("CUTLINE_ODDS_PNG"));
}

void TestOddsPanel::newSeedIsUndoable()
{
    WorkshopDocument doc;
    Workshop w = sampleWorkshop();
    w.odds.samples = 200;
    doc.reset(w, {});
    OddsPanel panel(&doc);
    QVERIFY(waitDone(panel));
    panel.newSeedAction()->trigger();
    QVERIFY(doc.workshop().odds.seed != 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(waitDone(panel));
    QCOMPARE(panel.controller()->odds().seed, doc.workshop().odds.seed);
    doc.undoStack()->undo();
    QCOMPARE(doc.workshop().odds.seed, quint64(1));
    QVERIFY(waitDone(panel));
    QCOMPARE(panel.controller()->odds().seed, quint64(1));
}

void TestOddsPanel::sampleCountIsEditable()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    OddsPanel panel(&doc);
    auto *spin = panel.findChild<QSpinBox *>();
    QVERIFY(spin);
    QCOMPARE(spin->value(), 2000);
    spin->setValue(300);
    QCOMPARE(doc.workshop().odds.samples, 300);
    QVERIFY(waitDone(panel));
    QCOMPARE(panel.controller()->odds().samples, 300);
    doc.undoStack()->undo();
    QCOMPARE(doc.workshop().odds.samples, 2000);
}

void TestOddsPanel::editRecomputes()
{
    WorkshopDocument doc;
    Workshop w = sampleWorkshop();
    w.odds.samples = 300;
    doc.reset(w, {});
    OddsPanel panel(&doc);
    QVERIFY(waitDone(panel));
    const double before = panel.controller()->odds().fits.p();
    QVERIFY(doc.editField(w.candidates[0].id, Field::EffortHigh, 30.0));
    QVERIFY(waitDone(panel));
    QVERIFY(panel.controller()->odds().fits.p() < before);
}

void TestOddsPanel::badRangeShowsItsMessage()
{
    WorkshopDocument doc;
    Workshop w = sampleWorkshop();
    w.candidates[0].effortLow = 0;
    doc.reset(w, {});
    OddsPanel panel(&doc);
    QVERIFY(waitDone(panel));
    const auto *headline = panel.findChild<QLabel *>(QStringLiteral("oddsHeadline"));
    QCOMPARE(headline->text(), QStringLiteral("No odds: C-1: the low effort 0 must be above 0 for "
                                              "a range (a log-normal cannot reach 0); raise it or "
                                              "clear the range."));
}

void TestOddsPanel::chartShowsEffortRanges()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    ChartPage page(&doc);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int ranged = 0;
    for (const Candidate &c : doc.workshop().candidates)
        ranged += c.effortLow && c.effortHigh ? 1 : 0;
    QCOMPARE(page.chart()->whiskerCount(), ranged);
    QVERIFY(!page.chart()->showsRanges()); // off until asked for
    auto *toggle = page.findChild<QCheckBox *>();
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("Effort &ranges"));
    toggle->click();
    QVERIFY(page.chart()->showsRanges());
    // An edit of a range redraws it.
    QVERIFY(doc.editField(doc.workshop().candidates[4].id, Field::EffortLow, 0.5));
    QVERIFY(doc.editField(doc.workshop().candidates[4].id, Field::EffortHigh, 2.0));
    QTRY_COMPARE(page.chart()->whiskerCount(), ranged + 1);
    if (qEnvironmentVariableIsSet("CUTLINE_CHART_PNG"))
        page.grab().save(qEnvironmentVariable("CUTLINE_CHART_PNG"));
    toggle->click();
    QVERIFY(!page.chart()->showsRanges());
}

QTEST_MAIN(TestOddsPanel)
#include "tst_oddspanel.moc"
