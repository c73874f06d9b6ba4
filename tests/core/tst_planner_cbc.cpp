// Cross-checks the planner against an independent solver: each generated instance is written
// as an LP file and solved by Debian's cbc (coinor-cbc); both optima must agree.
#include "core/plan/model.h"
#include "core/plan/planner.h"
#include "core/plan/searchtree.h"
#include "tests/common/instances.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace cutline;
using namespace cutline::test;

class TestPlannerCbc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameOptimumAsCbc();
    void sameOptimumOffTheGrid();
    void sameOptimumWithStepsOnACoarseGrid();
    void sameOptimumWhenLongSearchesSplit();
    void sameOptimumBranchingOnEveryLink();
    void reasonsReusePrunedChildren();
};

namespace {

struct Tally
{
    int checked = 0, infeasible = 0;
    double ourMs = 0, cbcMs = 0;
};

// Our optimum and cbc's agree (cbc writes its objective with limited precision).
bool sameValue(double ours, double cbc)
{
    return std::abs(ours - cbc) <= 1e-6 * std::max(1.0, cbc);
}

// Solves `w` with the planner and with cbc (in `dir`): both find it infeasible, or both find
// the same optimum and the planner's plan fits the capacity. `what` names the instance in a
// failure; the times and counts go to `tally`.
void agreeWithCbc(const Workshop &w, const QString &what, const QString &dir, Tally *tally)
{
    const std::optional<Plan> plan = solvePlan(w, w.capacity);
    const auto cbc = solveWithCbc(toLp(w, w.capacity), dir);
    QVERIFY2(cbc, "cbc gave no readable answer");
    QVERIFY2(plan.has_value() == cbc->feasible, qPrintable(what));
    ++tally->checked;
    tally->cbcMs += cbc->seconds * 1000;
    if (!plan) {
        ++tally->infeasible;
        return;
    }
    tally->ourMs += plan->solveMs;
    QVERIFY2(sameValue(plan->totalValue, cbc->objective),
             qPrintable(QStringLiteral("%1: ours %2, cbc %3")
                            .arg(what)
                            .arg(plan->totalValue, 0, 'g', 12)
                            .arg(cbc->objective, 0, 'g', 12)));
    QVERIFY2(plan->totalEffort <= w.capacity + 1e-9, qPrintable(what));
}

// Backlog k of six (35 % and 80 % in turn, `first + step * k` candidates, generated from
// `seed + k`), its efforts moved off their half units by `reshape` (drawing from a generator
// seeded `jitter + k`) and its capacity 40 % of their total, to 1/`perUnit`; `*what` names it.
Workshop reshapedBacklog(int k, int first, int step, quint32 seed, quint32 jitter,
                         const std::function<double(double, QRandomGenerator &)> &reshape,
                         double perUnit, QString *what)
{
    const Family family = k % 2 ? Family::Backlog80 : Family::Backlog35;
    const int n = first + step * k;
    Workshop w = generateInstance(family, n, seed + quint32(k));
    QRandomGenerator rng{jitter + quint32(k)};
    double total = 0;
    for (Candidate &c : w.candidates) {
        c.effort = reshape(c.effort, rng);
        total += c.effort;
    }
    w.capacity = std::round(total * 0.4 * perUnit) / perUnit;
    *what = QStringLiteral("%1, %2 candidates, seed %3")
                .arg(familyName(family))
                .arg(n)
                .arg(seed + quint32(k));
    return w;
}

} // namespace

void TestPlannerCbc::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("cbc")).isEmpty())
        QFAIL("cbc is not installed; packaging/install-deps.sh installs coinor-cbc");
}

void TestPlannerCbc::sameOptimumAsCbc()
{
    QTemporaryDir dir;
    Tally tally;
    const QList<Family> families{Family::RandomLinks, Family::Correlated, Family::NoLinks,
                                 Family::Chains};
    for (int k = 0; k < 208; ++k) {
        const Family family = families[k % families.size()];
        // Random links grow hard for our branch and bound beyond ~100 candidates (see the
        // benchmark); the other families go to 300.
        const int top = family == Family::RandomLinks ? 90 : 300;
        const int n = 20 + (k * 37) % (top - 19);
        const Workshop w = generateInstance(family, n, quint32(5000 + k));
        agreeWithCbc(w,
                     QStringLiteral("%1, %2 candidates, seed %3")
                         .arg(familyName(family))
                         .arg(n)
                         .arg(5000 + k),
                     dir.path(), &tally);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d instances agree with cbc (%d infeasible for both); planner %.1f ms in all, cbc "
          "%.1f ms",
          tally.checked, tally.infeasible, tally.ourMs, tally.cbcMs);
    QVERIFY(tally.checked >= 200);
}

// Efforts with two decimals lie on no grid the priced forest's table fits: it rounds them down
// onto a coarser one and prices the capacity in as well. Both bounds must stay bounds.
void TestPlannerCbc::sameOptimumOffTheGrid()
{
    QTemporaryDir dir;
    Tally tally;
    for (int k = 0; k < 6; ++k) {
        QString what;
        const Workshop w = reshapedBacklog(
            k, 120, 30, 7000, 0,
            [](double effort, QRandomGenerator &rng) {
                return std::max(0.05, effort + (int(rng.bounded(99)) - 49) / 100.0);
            },
            100, &what);
        agreeWithCbc(w, what + QStringLiteral(", two decimals"), dir.path(), &tally);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(tally.checked, 6);
}

// Efforts with one decimal on a capacity of several hundred lie on the exact grid of a wide table
// (5,000-9,000 cells): the root's subgradient steps run on a coarse grid, efforts rounded to the
// nearest cell, and the table is then built on the exact one at their prices. The bound must
// stay a bound, and the search exact.
void TestPlannerCbc::sameOptimumWithStepsOnACoarseGrid()
{
    QTemporaryDir dir;
    Tally tally;
    for (int k = 0; k < 6; ++k) {
        QString what;
        const Workshop w = reshapedBacklog(
            k, 150, 25, 7100, 100,
            [](double effort, QRandomGenerator &rng) {
                return std::max(0.1, std::round(effort * 10 + int(rng.bounded(9)) - 4) / 10);
            },
            10, &what);
        QVERIFY(w.capacity * 10 + 1 > 4096); // wider than the coarse grid
        agreeWithCbc(w, what + QStringLiteral(", one decimal"), dir.path(), &tally);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(tally.checked, 6);
}

// Below a link node a best-first search that runs past its budget is dropped and the node split
// instead. With no link weighty enough to branch on first and a budget of one node, the search
// goes below the root at once, and every node whose best first does not end in its first plunge
// splits (on a link, else on a candidate); the search must still end at the optimum.
void TestPlannerCbc::sameOptimumWhenLongSearchesSplit()
{
    QTemporaryDir dir;
    int splits = 0;
    for (int k = 0; k < 6; ++k) {
        const Family family = k % 2 ? Family::Backlog80 : Family::Backlog35;
        const int n = 60 + 30 * k;
        Workshop w = generateInstance(family, n, quint32(7100 + k));
        for (Candidate &c : w.candidates) { // no decisions: the search alone
            c.mandatory = false;
            c.decision = Decision::Undecided;
        }
        const plan::Model m(w);
        plan::Search search(m, w.capacity);
        search.plainFirst = 0; // branch on links from the start
        search.linkShare = 1;  // no link weighs enough: the search goes below the root at once
        search.leafBudget = 1;
        search.run(nullptr, {});
        const auto cbc = solveWithCbc(toLp(w, w.capacity), dir.path());
        QVERIFY2(cbc && cbc->feasible, "cbc gave no optimum");
        const QString what = QStringLiteral("%1, %2 candidates, seed %3: ours %4, cbc %5")
                                 .arg(familyName(family))
                                 .arg(n)
                                 .arg(7100 + k)
                                 .arg(search.best, 0, 'g', 12)
                                 .arg(cbc->objective, 0, 'g', 12);
        QVERIFY2(search.found && !search.limited, qPrintable(what));
        QVERIFY2(sameValue(search.best, cbc->objective), qPrintable(what));
        splits += search.splits;
    }
    qInfo("%d splits", splits);
    QVERIFY2(splits >= 6, qPrintable(QStringLiteral("only %1 splits").arg(splits)));
}

// Branching on links first, a link node whose other child is pruned goes on as its agreeing
// child: the node itself with the link decided, at the node's prices, which take warm steps
// only when the node is opened. Branching on every link its prices charge for, from the start,
// on backlogs with efforts on the grid and off it, the search must still end at the optimum.
void TestPlannerCbc::sameOptimumBranchingOnEveryLink()
{
    QTemporaryDir dir;
    int agreed = 0;
    for (int k = 0; k < 8; ++k) {
        const Family family = k % 2 ? Family::Backlog80 : Family::Backlog35;
        const int n = 80 + 40 * (k / 2);
        Workshop w = generateInstance(family, n, quint32(7200 + k));
        QRandomGenerator rng(quint32(7200 + k));
        double total = 0;
        for (Candidate &c : w.candidates) { // no decisions: the search alone
            c.mandatory = false;
            c.decision = Decision::Undecided;
            if (k >= 4) // two decimals: the table rounds them onto a coarser grid
                c.effort = std::max(0.05, c.effort + (int(rng.bounded(99)) - 49) / 100.0);
            total += c.effort;
        }
        w.capacity = std::round(total * 40) / 100;
        const plan::Model m(w);
        plan::Search search(m, w.capacity);
        search.plainFirst = 0; // branch on links from the start
        search.linkShare = 0;  // on every link the prices charge for
        search.run(nullptr, {});
        const auto cbc = solveWithCbc(toLp(w, w.capacity), dir.path());
        QVERIFY2(cbc && cbc->feasible, "cbc gave no optimum");
        const QString what = QStringLiteral("%1, %2 candidates, seed %3: ours %4, cbc %5")
                                 .arg(familyName(family))
                                 .arg(n)
                                 .arg(7200 + k)
                                 .arg(search.best, 0, 'g', 12)
                                 .arg(cbc->objective, 0, 'g', 12);
        QVERIFY2(search.found && !search.limited, qPrintable(what));
        QVERIFY2(sameValue(search.best, cbc->objective), qPrintable(what));
        agreed += search.agreed;
    }
    qInfo("%d links decided in place", agreed);
    QVERIFY2(agreed >= 8, qPrintable(QStringLiteral("only %1 links decided in place").arg(agreed)));
}

// A reason's search (the best plan with a candidate forced in) prunes a child of a link node
// whose decisions refine a child the optimum's search pruned, where that child's bound cannot
// beat the reason's best plan. Each such best plan must still be cbc's with the candidate
// forced in.
void TestPlannerCbc::reasonsReusePrunedChildren()
{
    QTemporaryDir dir;
    int reused = 0, checked = 0;
    for (int k = 0; k < 2; ++k) {
        const Family family = k % 2 ? Family::Backlog80 : Family::Backlog35;
        Workshop w = generateInstance(family, 150, quint32(7300 + k));
        QRandomGenerator rng(quint32(7300 + k));
        double total = 0;
        for (Candidate &c : w.candidates) {
            c.mandatory = false;
            c.decision = Decision::Undecided;
            c.effort = std::max(0.05, c.effort + (int(rng.bounded(99)) - 49) / 100.0);
            total += c.effort;
        }
        w.capacity = std::round(total * 40) / 100;
        const plan::Model m(w);
        std::vector<plan::ProvenBound> pruned;
        plan::Search optimum(m, w.capacity);
        optimum.plainFirst = 0; // branch on links from the start, as on a wide gap
        optimum.notePruned = &pruned;
        optimum.run(nullptr, {});
        QVERIFY(optimum.found && !optimum.limited);
        QVERIFY2(!pruned.empty(), "the optimum's search pruned no link node's child");
        std::vector<int> chosen;
        for (int i = 0; i < m.n; ++i)
            if (optimum.bestX[i] == plan::Search::kIn)
                chosen.push_back(i);
        // The candidates left out, the first twenty (each is a cbc run).
        for (int i = 0, asked = 0; i < m.n && asked < 20; ++i) {
            if (optimum.bestX[i] == plan::Search::kIn)
                continue;
            ++asked;
            plan::Search with(m, w.capacity);
            if (!with.setIn(i))
                continue; // it needs more than the capacity with its prerequisites
            with.stopAt = optimum.best;
            with.plainFirst = 0;
            with.pruned = &pruned;
            with.run(optimum.forest(), chosen);
            Workshop forced = w;
            forced.candidates[i].mandatory = true;
            const auto cbc = solveWithCbc(toLp(forced, w.capacity), dir.path());
            QVERIFY2(cbc, "cbc gave no readable answer");
            const QString what = QStringLiteral("%1, seed %2, %3 forced in: ours %4, cbc %5")
                                     .arg(familyName(family))
                                     .arg(7300 + k)
                                     .arg(w.candidates[i].key)
                                     .arg(with.found ? with.best : -1, 0, 'g', 12)
                                     .arg(cbc->feasible ? cbc->objective : -1, 0, 'g', 12);
            QVERIFY2(with.found == cbc->feasible && !with.limited, qPrintable(what));
            if (with.found)
                QVERIFY2(sameValue(with.best, cbc->objective), qPrintable(what));
            reused += with.reused;
            ++checked;
        }
    }
    qInfo("%d best plans with a candidate forced in, %d children pruned by the optimum's bounds",
          checked, reused);
    QVERIFY(checked >= 20);
    QVERIFY2(reused >= 10, qPrintable(QStringLiteral("only %1 children reused").arg(reused)));
}

QTEST_GUILESS_MAIN(TestPlannerCbc)
#include "tst_planner_cbc.moc"
