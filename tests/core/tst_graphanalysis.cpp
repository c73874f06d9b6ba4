// Dependency analysis: hand-checked small graphs and random DAGs against brute-force
// reachability.
#include "core/graph/analysis.h"
#include "core/plan/planner.h"
#include "tests/common/graphs.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cutline;
using test::diamond;
using test::randomDag;

class TestGraphAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handChecked();
    void closureMatchesBruteForce();
    void criticalChainIsLongestByEffort();
    void transitiveReduction();
};

namespace {

QSet<int> ids(std::initializer_list<int> list)
{
    return QSet<int>(list.begin(), list.end());
}

} // namespace

void TestGraphAnalysis::handChecked()
{
    const Workshop w = diamond();
    const DependencyAnalysis a(w);
    QCOMPARE(a.prerequisites(5), ids({4, 2, 3, 1}));
    QCOMPARE(a.prerequisites(1), QSet<int>());
    QCOMPARE(a.dependents(1), ids({2, 3, 4, 5}));
    QCOMPARE(a.dependents(3), ids({4, 5}));
    QCOMPARE(a.dependents(6), QSet<int>()); // excludes is no dependency
    const QList<int> order = a.topologicalOrder();
    QCOMPARE(order.size(), 6);
    for (const Dependency &d : w.dependencies)
        if (d.type == LinkType::Requires)
            QVERIFY(order.indexOf(d.to) < order.indexOf(d.from));
    // Unlocked by C-3: C-4 and C-5 (value = reach × impact × confidence/100 = impact here).
    QCOMPARE(a.unlockedValue(3), 4.0 + 5.0);
    QCOMPARE(a.unlockedValue(5), 0.0);
}

void TestGraphAnalysis::closureMatchesBruteForce()
{
    for (quint32 seed = 1; seed <= 60; ++seed) {
        const Workshop w = randomDag(int(5 + seed % 25), seed);
        const int n = int(w.candidates.size());
        // Floyd–Warshall style reachability: needs[i][j] when i needs j.
        std::vector<std::vector<bool>> needs(n, std::vector<bool>(n, false));
        for (const Dependency &d : w.dependencies)
            needs[d.from - 1][d.to - 1] = true;
        for (int k = 0; k < n; ++k)
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j)
                    if (needs[i][k] && needs[k][j])
                        needs[i][j] = true;
        const DependencyAnalysis a(w);
        for (int i = 0; i < n; ++i) {
            QSet<int> pre, dep;
            for (int j = 0; j < n; ++j) {
                if (needs[i][j])
                    pre.insert(j + 1);
                if (needs[j][i])
                    dep.insert(j + 1);
            }
            QCOMPARE(a.prerequisites(i + 1), pre);
            QCOMPARE(a.dependents(i + 1), dep);
        }
    }
}

void TestGraphAnalysis::criticalChainIsLongestByEffort()
{
    const Workshop w = diamond();
    // C-1 (2) → C-2 (5) → C-4 (3) → C-5 (4) = 14, longer than through C-3 (1).
    QCOMPARE(DependencyAnalysis(w).criticalChain(), QList<int>({1, 2, 4, 5}));
    // Within a plan that leaves C-2 out, the chain goes through C-3.
    QCOMPARE(DependencyAnalysis(w).criticalChain(ids({1, 3, 4, 5})), QList<int>({1, 3, 4, 5}));
}

void TestGraphAnalysis::transitiveReduction()
{
    const Workshop w = diamond();
    const QList<Dependency> kept = DependencyAnalysis(w).transitiveReduction();
    // C-5 → C-1 is implied by C-5 → C-4 → C-2 → C-1.
    QCOMPARE(kept.size(), 5);
    QVERIFY(!kept.contains(Dependency{5, 1, LinkType::Requires}));
    QVERIFY(kept.contains(Dependency{5, 4, LinkType::Requires}));
}

QTEST_GUILESS_MAIN(TestGraphAnalysis)
#include "tst_graphanalysis.moc"
