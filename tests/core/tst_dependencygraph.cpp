// Tests cycle detection over requires-links against hand-made graphs and a brute-force check.
#include "core/graph/dependencygraph.h"
#include "tests/common/fixtures.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cutline;

class TestDependencyGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCycleInChainsAndDiamonds();
    void findsLongCycle();
    void cycleIfRequires();
    void randomGraphsAgreeWithBruteForce();
};

namespace {

Workshop withLinks(int n, const QList<std::pair<int, int>> &requires_)
{
    Workshop w = test::fullWorkshop(n);
    w.dependencies.clear();
    for (auto [from, to] : requires_)
        w.dependencies.append({from, to, LinkType::Requires});
    return w;
}

// Reachability by repeated relaxation: is there a path a -> ... -> a?
bool bruteForceHasCycle(int n, const QList<std::pair<int, int>> &edges)
{
    QList<QList<bool>> reach(n + 1, QList<bool>(n + 1, false));
    for (auto [a, b] : edges)
        reach[a][b] = true;
    for (int k = 1; k <= n; ++k)
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= n; ++j)
                if (reach[i][k] && reach[k][j])
                    reach[i][j] = true;
    for (int i = 1; i <= n; ++i)
        if (reach[i][i])
            return true;
    return false;
}

} // namespace

void TestDependencyGraph::noCycleInChainsAndDiamonds()
{
    QVERIFY(!findRequiresCycle(withLinks(5, {{1, 2}, {2, 3}, {1, 4}, {4, 3}, {3, 5}})));
    QVERIFY(!findRequiresCycle(withLinks(3, {})));
}

void TestDependencyGraph::findsLongCycle()
{
    const auto cycle = findRequiresCycle(withLinks(6, {{1, 2}, {2, 4}, {4, 5}, {5, 2}, {6, 1}}));
    QVERIFY(cycle);
    QCOMPARE(formatCycle(*cycle), QStringLiteral("C-2 → C-4 → C-5 → C-2"));
}

void TestDependencyGraph::cycleIfRequires()
{
    const Workshop w = withLinks(5, {{1, 2}, {2, 3}});
    QCOMPARE(formatCycle(*cutline::cycleIfRequires(w, 3, 1)),
             QStringLiteral("C-3 → C-1 → C-2 → C-3"));
    QCOMPARE(formatCycle(*cutline::cycleIfRequires(w, 4, 4)), QStringLiteral("C-4 → C-4"));
    QVERIFY(!cutline::cycleIfRequires(w, 1, 3));
    QVERIFY(!cutline::cycleIfRequires(w, 5, 1));
}

void TestDependencyGraph::randomGraphsAgreeWithBruteForce()
{
    QRandomGenerator rng(20261123);
    for (int round = 0; round < 300; ++round) {
        const int n = 2 + rng.bounded(9);
        QList<std::pair<int, int>> edges;
        const int m = rng.bounded(n * 2);
        for (int e = 0; e < m; ++e) {
            const int a = 1 + rng.bounded(n), b = 1 + rng.bounded(n);
            if (a != b && !edges.contains({a, b}))
                edges.append({a, b});
        }
        const Workshop w = withLinks(n, edges);
        const auto cycle = findRequiresCycle(w);
        QCOMPARE(cycle.has_value(), bruteForceHasCycle(n, edges));
        if (!cycle)
            continue;
        // Every step of the reported cycle is a real requires-link.
        for (int i = 0; i + 1 < cycle->size(); ++i) {
            const int from = w.candidateByKey(cycle->at(i))->id;
            const int to = w.candidateByKey(cycle->at(i + 1))->id;
            QVERIFY(edges.contains({from, to}));
        }
        QCOMPARE(cycle->first(), cycle->last());
    }
}

QTEST_GUILESS_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
