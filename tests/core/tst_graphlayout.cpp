// The dependency graph's drawing: network simplex layers against brute force, orders without
// crossings where a drawing without them exists, connected parts kept apart and packed like a
// screen, and the layout's promises (no overlaps, links run left to right, the same workshop
// gives the same picture).
#include "core/graph/layout.h"
#include "core/graph/ordering.h"
#include "core/graph/ranking.h"
#include "tests/common/graphs.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <climits>

using namespace cutline;
using test::diamond;
using test::randomDag;

class TestGraphLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranksAreShortest_data();
    void ranksAreShortest();
    void everyPartStartsAtLayerZero();
    void forestsOrderWithoutCrossings();
    void planarLayersOrderWithoutCrossings();
    void partsAreStackedApart();
    void layoutInvariants_data();
    void layoutInvariants();
    void crossingsCounted();
    void manyChainsAreLaidOutLikeAScreen();
};

namespace {

using Edges = std::vector<std::pair<int, int>>;

// Random DAG on n vertices: edges from lower to higher numbers, shuffled numbering.
Edges randomEdges(int n, QRandomGenerator &rng, int percent)
{
    std::vector<int> name(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        name[size_t(v)] = v;
    for (int v = n - 1; v > 0; --v)
        std::swap(name[size_t(v)], name[size_t(rng.bounded(v + 1))]);
    Edges edges;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            if (int(rng.bounded(100)) < percent)
                edges.emplace_back(name[size_t(a)], name[size_t(b)]);
    return edges;
}

long totalLength(const Edges &edges, const std::vector<int> &rank)
{
    long total = 0;
    for (const auto &[from, to] : edges)
        total += rank[size_t(to)] - rank[size_t(from)];
    return total;
}

// The least total length over every assignment of layers 0 … n − 1.
long bruteForceLength(int n, const Edges &edges)
{
    std::vector<int> rank(static_cast<size_t>(n), 0);
    long best = LONG_MAX;
    while (true) {
        bool feasible = true;
        for (const auto &[from, to] : edges)
            feasible = feasible && rank[size_t(to)] >= rank[size_t(from)] + 1;
        if (feasible)
            best = std::min(best, totalLength(edges, rank));
        size_t k = 0;
        while (k < rank.size() && ++rank[k] == n)
            rank[k++] = 0;
        if (k == rank.size())
            return best;
    }
}

// A layered graph from vertices' layers and links between adjacent layers.
LayeredGraph layered(const std::vector<int> &layers, const Edges &links)
{
    LayeredGraph g;
    for (int l : layers)
        g.add(l, 1);
    for (const auto &[a, b] : links)
        g.link(a, b);
    g.renumber();
    return g;
}

} // namespace

void TestGraphLayout::ranksAreShortest_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 60; ++seed)
        QTest::addRow("seed=%u", seed) << seed;
}

void TestGraphLayout::ranksAreShortest()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const int n = 3 + int(seed % 4); // 3 … 6 vertices: 6⁶ assignments at most
    const Edges edges = randomEdges(n, rng, 25 + int(seed % 50));
    const long best = bruteForceLength(n, edges);
    for (const RankStart from : {RankStart::Sources, RankStart::Sinks}) {
        const std::vector<int> rank = rankLayers(n, edges, from);
        QCOMPARE(int(rank.size()), n);
        for (const auto &[a, b] : edges)
            QVERIFY2(rank[size_t(b)] >= rank[size_t(a)] + 1, "a link points backwards");
        QCOMPARE(totalLength(edges, rank), best);
    }
}

void TestGraphLayout::everyPartStartsAtLayerZero()
{
    // Two parts: 0 → 1 → 2 and 3 → 4; and a long link 0 → 2 that must not stretch the chain.
    const Edges edges{{0, 1}, {1, 2}, {0, 2}, {3, 4}};
    for (const RankStart from : {RankStart::Sources, RankStart::Sinks}) {
        const std::vector<int> rank = rankLayers(5, edges, from);
        QCOMPARE(rank, (std::vector<int>{0, 1, 2, 0, 1}));
    }
}

void TestGraphLayout::forestsOrderWithoutCrossings()
{
    // A forest always has a drawing without crossings; the vertex numbers are shuffled so the
    // given order is no help.
    for (quint32 seed = 1; seed <= 30; ++seed) {
        QRandomGenerator rng(seed);
        const int n = 10 + int(rng.bounded(60));
        std::vector<int> layers(static_cast<size_t>(n), 0);
        Edges links;
        std::vector<int> name(static_cast<size_t>(n));
        for (int v = 0; v < n; ++v)
            name[size_t(v)] = v;
        for (int v = n - 1; v > 0; --v)
            std::swap(name[size_t(v)], name[size_t(rng.bounded(v + 1))]);
        for (int v = 1; v < n; ++v)
            if (rng.bounded(5) > 0) { // else a new tree
                const int parent = int(rng.bounded(v));
                layers[size_t(name[size_t(v)])] = layers[size_t(name[size_t(parent)])] + 1;
                links.emplace_back(name[size_t(parent)], name[size_t(v)]);
            }
        LayeredGraph g = layered(layers, links);
        orderLayers(g);
        QCOMPARE(layerCrossings(g), 0L);
    }
}

void TestGraphLayout::planarLayersOrderWithoutCrossings()
{
    // Layers built in an order without crossings (links as non-crossing staircases), then
    // numbered at random: the ordering must find a drawing without crossings again.
    for (quint32 seed = 1; seed <= 30; ++seed) {
        QRandomGenerator rng(seed + 1000);
        const int layerCount = 2 + int(rng.bounded(5));
        std::vector<std::vector<int>> truth(static_cast<size_t>(layerCount));
        int n = 0;
        for (auto &layer : truth)
            for (int k = 0, size = 2 + int(rng.bounded(6)); k < size; ++k)
                layer.push_back(n++);
        std::vector<int> name(static_cast<size_t>(n));
        for (int v = 0; v < n; ++v)
            name[size_t(v)] = v;
        for (int v = n - 1; v > 0; --v)
            std::swap(name[size_t(v)], name[size_t(rng.bounded(v + 1))]);
        std::vector<int> layers(static_cast<size_t>(n));
        for (int l = 0; l < layerCount; ++l)
            for (int v : truth[size_t(l)])
                layers[size_t(name[size_t(v)])] = l;
        Edges links;
        for (int l = 0; l + 1 < layerCount; ++l) {
            const auto &a = truth[size_t(l)], &b = truth[size_t(l + 1)];
            size_t i = 0, j = 0;
            while (i < a.size() && j < b.size()) {
                links.emplace_back(name[size_t(a[i])], name[size_t(b[j])]);
                switch (rng.bounded(3)) {
                case 0:
                    ++i;
                    break;
                case 1:
                    ++j;
                    break;
                default:
                    ++i, ++j;
                }
            }
        }
        LayeredGraph g = layered(layers, links);
        orderLayers(g);
        QCOMPARE(layerCrossings(g), 0L);
    }
}

void TestGraphLayout::partsAreStackedApart()
{
    // Two parts whose vertices alternate in number: each layer lists one part, then the
    // other, so parts never cross each other.
    const std::vector<int> layers{0, 0, 1, 1, 2, 2, 0, 1};
    const Edges links{{0, 3}, {2, 5}, {1, 2}, {3, 4}, {6, 7}, {7, 5}};
    // Part A: 0, 3, 4; part B: 1, 2, 5, 6, 7.
    LayeredGraph g = layered(layers, links);
    orderLayers(g);
    const auto partOf = [](int v) {
        return v == 0 || v == 3 || v == 4 ? 'A' : 'B';
    };
    for (const auto &order : g.order) {
        QString parts;
        for (int v : order)
            parts += QLatin1Char(partOf(v));
        QVERIFY2(!parts.contains(QStringLiteral("BA")), qPrintable(parts)); // A holds vertex 0
    }
    QCOMPARE(layerCrossings(g), 0L);
}

void TestGraphLayout::layoutInvariants_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<quint32>("seed");
    for (int n : {6, 30, 120, 200})
        for (quint32 seed : {1u, 2u, 3u})
            QTest::addRow("n=%d seed=%u", n, seed) << n << seed;
}

void TestGraphLayout::layoutInvariants()
{
    QFETCH(int, n);
    QFETCH(quint32, seed);
    const Workshop w = n == 6 ? diamond() : randomDag(n, seed);
    const GraphLayout layout = layoutGraph(w);
    QCOMPARE(layout.nodes.size(), w.candidates.size());
    const QList<QRectF> boxes = layout.nodes.values();
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].intersects(boxes[j]), "two boxes overlap");
    for (const GraphLayout::Route &route : layout.routes) {
        // Every requires-link runs from its prerequisite on the left to the dependent.
        QVERIFY(layout.layers.value(route.link.to) < layout.layers.value(route.link.from));
        for (int k = 0; k + 1 < route.points.size(); ++k)
            QVERIFY(route.points[k].x() < route.points[k + 1].x());
        QCOMPARE(route.points.first().x(), layout.nodes.value(route.link.to).right());
        QCOMPARE(route.points.last().x(), layout.nodes.value(route.link.from).left());
    }
    // Determinism: the same workshop, the same picture.
    const GraphLayout again = layoutGraph(w);
    QCOMPARE(again.nodes, layout.nodes);
    QCOMPARE(again.crossings, layout.crossings);
}

void TestGraphLayout::crossingsCounted()
{
    // An X crosses once; lines sharing an end point do not cross.
    QCOMPARE(countCrossings({{QPointF(0, 0), QPointF(10, 10)}, {QPointF(0, 10), QPointF(10, 0)}}),
             1);
    QCOMPARE(countCrossings({{QPointF(0, 0), QPointF(10, 10)}, {QPointF(0, 0), QPointF(10, 0)}}),
             0);
    QCOMPARE(countCrossings({{QPointF(0, 0), QPointF(10, 0)}, {QPointF(0, 5), QPointF(10, 5)}}), 0);
    // The diamond can be drawn without crossings.
    QCOMPARE(layoutGraph(diamond()).crossings, 0);
}

void TestGraphLayout::manyChainsAreLaidOutLikeAScreen()
{
    // Forty separate chains of three: packed side by side in shelves, not one tall stack.
    Workshop w;
    for (int i = 0; i < 120; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        w.candidates.append(c);
        if (i % 3 > 0)
            w.dependencies.append({i + 1, i, LinkType::Requires});
    }
    const GraphLayout layout = layoutGraph(w);
    QCOMPARE(layout.nodes.size(), 120);
    QCOMPARE(layout.crossings, 0);
    const double aspect = layout.bounds.width() / layout.bounds.height();
    QVERIFY2(aspect > 0.8 && aspect < 3.0, qPrintable(QString::number(aspect)));
    const QList<QRectF> boxes = layout.nodes.values();
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].intersects(boxes[j]), "two boxes overlap");
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
