// Scoring frameworks: each score with its numbers, the formula a person reads, and refusals.
#include "core/scoring/scoring.h"

#include <QTest>

#include <cmath>

using namespace cutline;

class TestScoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueEffortAndRice();
    void ice();
    void wsjf();
    void weighted();
    void freeWork();
    void unlockedValueCounts();
    void frameworkIds();
    void refusesBadCriteria_data();
    void refusesBadCriteria();
};

namespace {

Workshop twoCandidates()
{
    Workshop w;
    Candidate a;
    a.id = 1;
    a.key = QStringLiteral("C-1");
    a.effort = 4;
    a.impact = 6;
    a.confidence = 80;
    a.reach = 2;
    a.risk = 3;
    a.timeCriticality = 5;
    Candidate b = a;
    b.id = 2;
    b.key = QStringLiteral("C-2");
    b.effort = 10;
    w.candidates = {a, b};
    return w;
}

} // namespace

void TestScoring::valueEffortAndRice()
{
    Workshop w = twoCandidates();
    const Score s = scoreOf(w, w.candidates[0]);
    QCOMPARE(s.value, 2.4); // 2 × 6 × 0.8 / 4
    QCOMPARE(s.formula, QStringLiteral("reach 2 × impact 6 × confidence 80 % ÷ effort 4 = 2.4"));
    w.framework = Framework::Rice;
    QCOMPARE(scoreOf(w, w.candidates[0]).value, 2.4);
}

void TestScoring::ice()
{
    Workshop w = twoCandidates();
    w.framework = Framework::Ice;
    // Ease: 1 + 9 × (1 − 4/10) = 6.4; the largest effort gets ease 1.
    QCOMPARE(easeOf(w, w.candidates[0]), 6.4);
    QCOMPARE(easeOf(w, w.candidates[1]), 1.0);
    const Score s = scoreOf(w, w.candidates[0]);
    QVERIFY(std::abs(s.value - 6 * 8 * 6.4) < 1e-9);
    QCOMPARE(s.formula, QStringLiteral("impact 6 × confidence 8 × ease 6.4 = 307"));
}

void TestScoring::wsjf()
{
    Workshop w = twoCandidates();
    w.framework = Framework::Wsjf;
    const Score s = scoreOf(w, w.candidates[0]);
    QCOMPARE(s.value, (6 + 5 + 6) / 4.0);
    QCOMPARE(s.formula, QStringLiteral("(impact 6 + time criticality 5 + risk reduction 6) ÷ "
                                       "effort 4 = 4.25"));
}

void TestScoring::weighted()
{
    Workshop w = twoCandidates();
    w.framework = Framework::Weighted;
    QCOMPARE(scoreOf(w, w.candidates[0]).value, 0.0);
    QCOMPARE(scoreOf(w, w.candidates[0]).formula,
             QStringLiteral("no criteria defined yet (Workshop settings)"));
    w.criteria = {Criterion{QStringLiteral("Revenue"), 3}, Criterion{QStringLiteral("Trust"), 1}};
    w.candidates[0].scores = {{QStringLiteral("Revenue"), 8}, {QStringLiteral("Trust"), 4}};
    const Score s = scoreOf(w, w.candidates[0]);
    QCOMPARE(s.value, 7.0); // (8×3 + 4×1) / 4
    QCOMPARE(s.formula, QStringLiteral("(Revenue 8 × 3 + Trust 4 × 1) ÷ total weight 4 = 7"));
    // A criterion the candidate was never scored on counts as 0.
    QCOMPARE(scoreOf(w, w.candidates[1]).value, 0.0);
}

void TestScoring::freeWork()
{
    Workshop w = twoCandidates();
    w.candidates[0].effort = 0;
    QVERIFY(std::isinf(scoreOf(w, w.candidates[0]).value));
    QCOMPARE(formatScore(scoreOf(w, w.candidates[0]).value), QStringLiteral("∞"));
    w.candidates[0].impact = 0;
    QCOMPARE(scoreOf(w, w.candidates[0]).value, 0.0);
}

void TestScoring::unlockedValueCounts()
{
    Workshop w = twoCandidates();
    w.dependencies = {{2, 1, LinkType::Requires}}; // C-2 needs C-1
    w.scoreUnlockedValue = true;
    // C-1 unlocks C-2's value 2 × 6 × 0.8 = 9.6: (9.6 + 9.6) / 4.
    const Score s = scoreOf(w, w.candidates[0]);
    QCOMPARE(s.value, 4.8);
    QCOMPARE(s.formula, QStringLiteral("(reach 2 × impact 6 × confidence 80 % + unlocked 9.6) ÷ "
                                       "effort 4 = 4.8"));
    QCOMPARE(scoreOf(w, w.candidates[1]).value, 9.6 / 10); // unlocks nothing
}

void TestScoring::frameworkIds()
{
    for (Framework f : allFrameworks()) {
        QCOMPARE(frameworkFromId(frameworkId(f)), std::optional<Framework>(f));
        QVERIFY(!frameworkName(f).isEmpty());
        QVERIFY(!frameworkDescription(f).isEmpty());
    }
    QVERIFY(!frameworkFromId(QStringLiteral("moscow")));
}

void TestScoring::refusesBadCriteria_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << QList<Criterion>{{QStringLiteral(" "), 1}}
                                << "Every criterion needs a name.";
    QTest::newRow("twice") << QList<Criterion>{{QStringLiteral("Cost"), 1},
                                               {QStringLiteral("cost"), 2}}
                           << "The criterion \"cost\" is listed twice.";
    QTest::newRow("negative") << QList<Criterion>{{QStringLiteral("Cost"), -1}}
                              << "The weight of \"Cost\" must be a number of 0 or more, not -1.";
    QTest::newRow("nan") << QList<Criterion>{{QStringLiteral("Cost"), std::nan("")}}
                         << "The weight of \"Cost\" must be a number of 0 or more, not nan.";
    QTest::newRow("all zero") << QList<Criterion>{{QStringLiteral("Cost"), 0}}
                              << "At least one criterion needs a weight above 0.";
}

void TestScoring::refusesBadCriteria()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QString, message);
    QCOMPARE(checkCriteria(criteria), std::optional<QString>(message));
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
