// Tests the planner: optimal against brute force over every subset, always feasible, and each
// kind of explanation and refusal.
#include "core/plan/model.h"
#include "core/plan/planner.h"
#include "core/plan/search.h"
#include "core/plan/searchtree.h"
#include "tests/common/fixtures.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cutline;

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optimalAgainstBruteForce();
    void infeasibleMandatoryWork();
    void infeasibleContradictions();
    void explanations();
    void explanationsForTies();
    void zeroCapacityAndEmpty();
    void reachingAValueAgainstBruteForce();
    void shiftedTablesBoundSubproblems();
};

namespace {

Workshop randomInstance(QRandomGenerator &rng, int n)
{
    Workshop w;
    w.capacity = 1 + rng.bounded(n * 3);
    for (int i = 0; i < n; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.title = c.key;
        c.effort = rng.bounded(8) + (rng.bounded(2) ? 0.5 : 0.0);
        c.impact = rng.bounded(11);
        c.confidence = 10 * rng.bounded(11);
        c.reach = 1 + rng.bounded(3);
        const int roll = rng.bounded(20);
        if (roll == 0)
            c.mandatory = true;
        else if (roll == 1)
            c.decision = Decision::Commit;
        else if (roll == 2)
            c.decision = Decision::Drop;
        else if (roll == 3)
            c.decision = Decision::Defer;
        w.candidates.append(c);
    }
    for (int i = 1; i < n; ++i) {
        // Requires only point to earlier candidates, so they never form a cycle.
        if (rng.bounded(3) == 0)
            w.dependencies.append({i + 1, 1 + int(rng.bounded(i)), LinkType::Requires});
        if (rng.bounded(6) == 0) {
            const int other = 1 + int(rng.bounded(i));
            if (!w.hasLink(i + 1, other, LinkType::Requires) &&
                !w.hasLink(other, i + 1, LinkType::Requires))
                w.dependencies.append({i + 1, other, LinkType::Excludes});
        }
    }
    return w;
}

bool feasible(const Workshop &w, quint32 mask, double capacity, double *value)
{
    double effort = 0, total = 0;
    const auto in = [&](int id) {
        return (mask >> (id - 1)) & 1u;
    };
    for (const Candidate &c : w.candidates) {
        const bool chosen = in(c.id);
        if ((c.mandatory || c.decision == Decision::Commit) && !chosen)
            return false;
        if ((c.decision == Decision::Drop || c.decision == Decision::Defer) && chosen)
            return false;
        if (chosen) {
            effort += c.effort;
            total += planValue(c);
        }
    }
    for (const Dependency &d : w.dependencies) {
        if (d.type == LinkType::Requires && in(d.from) && !in(d.to))
            return false;
        if (d.type == LinkType::Excludes && in(d.from) && in(d.to))
            return false;
    }
    *value = total;
    return effort <= capacity + 1e-9;
}

} // namespace

void TestPlanner::optimalAgainstBruteForce()
{
    int instances = 0, infeasible = 0;
    // Seeds above 400 drop the excludes links: with prerequisites only, the planner takes
    // its other road (a table over the prerequisite forest).
    for (quint32 seed = 1; seed <= 800; ++seed) {
        QRandomGenerator rng(seed > 400 ? seed - 400 : seed);
        const int n = 1 + int(rng.bounded(14));
        Workshop w = randomInstance(rng, n);
        if (seed > 400)
            w.dependencies.removeIf(
                [](const Dependency &d) { return d.type == LinkType::Excludes; });
        double best = -1;
        for (quint32 mask = 0; mask < (1u << n); ++mask) {
            double value = 0;
            if (feasible(w, mask, w.capacity, &value))
                best = std::max(best, value);
        }
        const Plan plan = makePlan(w);
        ++instances;
        if (best < 0) {
            ++infeasible;
            QVERIFY2(!plan.feasible, qPrintable(QStringLiteral("seed %1: a plan for an "
                                                               "infeasible instance")
                                                    .arg(seed)));
            QVERIFY(!plan.infeasibility.isEmpty());
            continue;
        }
        QVERIFY2(plan.feasible,
                 qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(plan.infeasibility)));
        quint32 mask = 0;
        for (int id : plan.selected)
            mask |= 1u << (id - 1);
        double value = 0;
        QVERIFY2(feasible(w, mask, w.capacity, &value),
                 qPrintable(QStringLiteral("seed %1: the plan breaks a rule").arg(seed)));
        QVERIFY2(
            qAbs(value - best) < 1e-6,
            qPrintable(
                QStringLiteral("seed %1: plan %2, optimum %3").arg(seed).arg(value).arg(best)));
        QVERIFY(qAbs(plan.totalValue - value) < 1e-6);
        QCOMPARE(plan.selected.size() + plan.excluded.size(), w.candidates.size());
    }
    qInfo("%d instances, %d of them infeasible", instances, infeasible);
    QVERIFY(infeasible < instances / 2);
}

// "Can a plan reach this value?" (searchOptimum's `enough`, which the odds' flip margins ask at
// every step of their bisections): yes at the optimum, no a little above it, from nothing and
// from a warm start alike.
void TestPlanner::reachingAValueAgainstBruteForce()
{
    int asked = 0;
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator rng(seed);
        const int n = 1 + int(rng.bounded(14));
        const Workshop w = randomInstance(rng, n);
        double best = -1;
        for (quint32 mask = 0; mask < (1u << n); ++mask) {
            double value = 0;
            if (feasible(w, mask, w.capacity, &value))
                best = std::max(best, value);
        }
        if (best < 0)
            continue;
        const plan::Model m(w);
        plan::WarmStart warm;
        plan::searchOptimum(w, m, w.capacity, {}, nullptr, nullptr, &warm);
        for (const plan::WarmStart *from : {static_cast<plan::WarmStart *>(nullptr), &warm}) {
            const plan::SearchOutcome reached =
                plan::searchOptimum(w, m, w.capacity, {}, nullptr, from, nullptr, best - 1e-9);
            QVERIFY2(
                reached.feasible && reached.value >= best - 1e-6,
                qPrintable(
                    QStringLiteral("seed %1: the optimum %2 not reached").arg(seed).arg(best)));
            // Values lie on tenths: half of one above the optimum is out of reach.
            const plan::SearchOutcome above =
                plan::searchOptimum(w, m, w.capacity, {}, nullptr, from, nullptr, best + 0.05);
            QVERIFY2(!above.feasible || above.value < best + 0.05 - 1e-9,
                     qPrintable(QStringLiteral("seed %1: %2 reached above the optimum %3")
                                    .arg(seed)
                                    .arg(above.value)
                                    .arg(best)));
            ++asked;
        }
    }
    QVERIFY(asked > 300);
}

// A table rebuilt from a larger problem's prices, on a grid coarser than the efforts (they lie
// on ninths), charges each unit of effort part of the capacity's price and gives it back for
// the whole room: for random decisions on random linked instances, its bound is never below
// the best plan that honours those decisions (brute force).
void TestPlanner::shiftedTablesBoundSubproblems()
{
    int shifted = 0, checked = 0;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        QRandomGenerator rng(seed);
        const int n = 6 + int(rng.bounded(9));
        Workshop w = randomInstance(rng, n);
        double total = 0;
        for (Candidate &c : w.candidates) {
            c.mandatory = false;
            c.decision = Decision::Undecided;
            c.effort = 0.1 + rng.bounded(80) / 9.0;
            total += c.effort;
        }
        w.capacity = total * (0.2 + 0.5 * rng.generateDouble());
        const plan::Model m(w);
        const std::vector<signed char> open(size_t(n), plan::Search::kUndecided);
        const auto root = plan::buildPricedForest(m, open, w.capacity, -1, nullptr);
        for (int round = 0; round < 4; ++round) {
            plan::Search s(m, w.capacity);
            bool consistent = true;
            for (int k = 0; k < 2 && consistent; ++k) {
                const int i = int(rng.bounded(n));
                if (s.x[i] == plan::Search::kUndecided)
                    consistent = rng.bounded(2) ? s.setIn(i) : s.setOut(i);
            }
            if (!consistent)
                continue;
            double decidedIn = 0;
            quint32 inMask = 0, outMask = 0;
            for (int i = 0; i < n; ++i) {
                if (s.x[i] == plan::Search::kIn) {
                    decidedIn += m.value[i];
                    inMask |= 1u << i;
                } else if (s.x[i] == plan::Search::kOut) {
                    outMask |= 1u << i;
                }
            }
            double best = -1;
            for (quint32 mask = 0; mask < (1u << n); ++mask) {
                double value = 0;
                if ((mask & inMask) == inMask && (mask & outMask) == 0 &&
                    feasible(w, mask, w.capacity, &value))
                    best = std::max(best, value);
            }
            if (best < 0)
                continue;
            const auto warm = plan::buildPricedForest(m, s.x, w.capacity - s.used, -1, root.get());
            shifted += warm->shift > 0 ? 1 : 0;
            ++checked;
            QVERIFY2(decidedIn + warm->rootBound >= best - 1e-6,
                     qPrintable(QStringLiteral("seed %1, round %2: bound %3 below the best %4")
                                    .arg(seed)
                                    .arg(round)
                                    .arg(decidedIn + warm->rootBound, 0, 'g', 12)
                                    .arg(best, 0, 'g', 12)));
        }
    }
    qInfo("%d subproblems, %d of their tables shifted", checked, shifted);
    QVERIFY(checked > 300);
    QVERIFY(shifted > checked / 2);
}

void TestPlanner::infeasibleMandatoryWork()
{
    Workshop w = test::fullWorkshop(4);
    w.dependencies.clear();
    for (Candidate &c : w.candidates) {
        c.decision = Decision::Undecided;
        c.mandatory = true;
        c.effort = 5;
        c.effortLow = c.effortHigh = std::nullopt;
    }
    w.capacity = 12;
    const Plan plan = makePlan(w);
    QVERIFY(!plan.feasible);
    QCOMPARE(plan.infeasibility, QStringLiteral("Mandatory and committed work alone needs 20 "
                                                "person-weeks, 8 more than the capacity of 12."));
}

void TestPlanner::infeasibleContradictions()
{
    Workshop w = test::fullWorkshop(3);
    w.dependencies = {{1, 2, LinkType::Requires}};
    for (Candidate &c : w.candidates) {
        c.mandatory = false;
        c.decision = Decision::Undecided;
    }
    w.capacity = 100;
    w.candidates[0].decision = Decision::Commit;
    w.candidates[1].decision = Decision::Drop;
    QCOMPARE(makePlan(w).infeasibility,
             QStringLiteral("C-1 must be in the plan but needs C-2, which was dropped."));
    w.candidates[1].decision = Decision::Undecided;
    w.dependencies = {{1, 3, LinkType::Excludes}};
    w.candidates[2].mandatory = true;
    QCOMPARE(makePlan(w).infeasibility,
             QStringLiteral("C-1 and C-3 must both be in the plan, but they are alternatives."));
}

void TestPlanner::explanations()
{
    Workshop w;
    w.capacity = 10;
    const auto add = [&](const QString &key, double effort, double impact) {
        Candidate c;
        c.id = int(w.candidates.size()) + 1;
        c.key = key;
        c.title = key;
        c.effort = effort;
        c.impact = impact;
        w.candidates.append(c);
        return c.id;
    };
    const int big = add("BIG", 6, 9);     // chosen
    const int cheap = add("CHEAP", 2, 4); // alternative to BIG: excluded
    const int base = add("BASE", 5, 1);   // prerequisite of TOP, not chosen
    const int top = add("TOP", 1, 2);     // needs BASE
    const int filler = add("FILL", 4, 5); // chosen
    const int huge = add("HUGE", 11, 10); // can never fit
    const int idle = add("IDLE", 0, 0);   // no value
    const int late = add("LATE", 1, 8);   // dropped
    w.candidates[late - 1].decision = Decision::Drop;
    w.candidates[late - 1].rationale = QStringLiteral("Not this quarter");
    w.dependencies = {{cheap, big, LinkType::Excludes}, {top, base, LinkType::Requires}};
    const Plan plan = makePlan(w);
    QVERIFY(plan.feasible);
    QCOMPARE(plan.selected, (QList<int>{big, filler}));
    QCOMPARE(plan.totalValue, 14.0);
    QHash<int, Exclusion> why;
    for (const Exclusion &e : plan.excluded)
        why.insert(e.id, e);
    QCOMPARE(why[cheap].why, Exclusion::Why::Alternative);
    QCOMPARE(why[cheap].reason, QStringLiteral("excludes BIG, which was chosen (value 9 against "
                                               "4); including it would lower the total value by "
                                               "5"));
    QCOMPARE(why[top].why, Exclusion::Why::Prerequisite);
    QCOMPARE(why[top].reason, QStringLiteral("needs BASE, which was not chosen; including it "
                                             "would lower the total value by 6"));
    QCOMPARE(why[base].why, Exclusion::Why::Capacity);
    QCOMPARE(why[base].reason, QStringLiteral("would exceed capacity by 5 person-weeks; "
                                              "including it would lower the total value by 6"));
    QCOMPARE(why[huge].reason,
             QStringLiteral("needs 11 person-weeks alone, more than the whole capacity of 10"));
    QCOMPARE(why[idle].why, Exclusion::Why::NoValue);
    QCOMPARE(why[idle].reason,
             QStringLiteral("adds no value: its impact, reach or confidence is 0"));
    QCOMPARE(why[late].why, Exclusion::Why::Decision);
    QCOMPARE(why[late].reason, QStringLiteral("dropped by decision: Not this quarter"));
}

// A plan that ties is not a loss: the reason names what the equally good plan gives up, and
// no reason anywhere says "by 0".
void TestPlanner::explanationsForTies()
{
    Workshop w;
    w.capacity = 4;
    const auto add = [&](const QString &key, double effort, double impact) {
        Candidate c;
        c.id = int(w.candidates.size()) + 1;
        c.key = key;
        c.title = key;
        c.effort = effort;
        c.impact = impact;
        w.candidates.append(c);
        return c.id;
    };
    const int a = add("A", 4, 6);
    const int b = add("B", 4, 6); // ties with A
    const int c = add("C", 2, 3);
    const int d = add("D", 2, 3); // C and D together tie with A
    const Plan plan = makePlan(w);
    QCOMPARE(plan.totalValue, 6.0);
    QCOMPARE(plan.selected.size(), 1);
    QHash<int, Exclusion> why;
    for (const Exclusion &e : plan.excluded)
        why.insert(e.id, e);
    QCOMPARE(plan.selected.first(), a);
    QCOMPARE(why[b].reason, QStringLiteral("would exceed capacity by 4 person-weeks; a plan of "
                                           "equal value includes it instead of A"));
    QCOMPARE(why[c].reason, QStringLiteral("would exceed capacity by 2 person-weeks; a plan of "
                                           "equal value includes it instead of A"));
    QCOMPARE(why[d].why, Exclusion::Why::Capacity);
    // Across random instances, no reason claims a loss of nothing.
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator rng(seed);
        const Plan random = makePlan(randomInstance(rng, 1 + int(rng.bounded(12))));
        static const QRegularExpression nothing(QStringLiteral("by -|by 0(?![.0-9])"));
        for (const Exclusion &e : random.excluded)
            QVERIFY2(!e.reason.contains(nothing), qPrintable(e.reason));
    }
}

void TestPlanner::zeroCapacityAndEmpty()
{
    const Plan empty = makePlan(Workshop{});
    QVERIFY(empty.feasible);
    QVERIFY(empty.selected.isEmpty());
    Workshop w = test::fullWorkshop(5);
    for (Candidate &c : w.candidates) {
        c.mandatory = false;
        c.decision = Decision::Undecided;
    }
    const Plan none = makePlan(w, 0.0);
    QVERIFY(none.feasible);
    QVERIFY(none.selected.isEmpty());
    QCOMPARE(none.excluded.size(), 5);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
