#include "layout.h"

#include "analysis.h"
#include "ordering.h"
#include "ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace cutline {

namespace {

// The links' graph on its layers with placeholder points, ordered for few crossings.
struct Layering
{
    LayeredGraph graph;
    QList<QList<int>> chains; // vertices along each link, prerequisite first
    long crossings = 0;
};

Layering orderedLayering(const Workshop &w, const QList<Dependency> &links, RankStart from)
{
    QList<int> linked; // workshop order, which breaks every tie
    QHash<int, int> indexOf;
    for (const Dependency &d : links)
        indexOf.insert(d.to, 0), indexOf.insert(d.from, 0);
    for (const Candidate &c : w.candidates)
        if (indexOf.contains(c.id)) {
            indexOf[c.id] = int(linked.size());
            linked.append(c.id);
        }
    std::vector<std::pair<int, int>> edges;
    for (const Dependency &d : links)
        edges.emplace_back(indexOf.value(d.to), indexOf.value(d.from));
    std::vector<int> layer = rankLayers(int(linked.size()), edges, from);

    Layering result;
    LayeredGraph &g = result.graph;
    for (int k = 0; k < linked.size(); ++k)
        g.add(layer[size_t(k)], linked[k]); // vertex k is linked[k]
    for (const Dependency &d : links) {
        const int prerequisite = indexOf.value(d.to), dependent = indexOf.value(d.from);
        QList<int> chain{prerequisite};
        for (int l = layer[size_t(prerequisite)] + 1; l < layer[size_t(dependent)]; ++l)
            chain.append(g.add(l, 0));
        chain.append(dependent);
        for (int k = 0; k + 1 < chain.size(); ++k)
            g.link(chain[k], chain[k + 1]);
        result.chains.append(chain);
    }
    orderLayers(g);
    result.crossings = layerCrossings(g);
    return result;
}

} // namespace

int countCrossings(const QList<QList<QPointF>> &polylines)
{
    struct Segment
    {
        QPointF a, b;
        int line;
    };
    std::vector<Segment> segments;
    for (int i = 0; i < polylines.size(); ++i)
        for (int k = 0; k + 1 < polylines[i].size(); ++k)
            segments.push_back({polylines[i][k], polylines[i][k + 1], i});
    // Sweep by x: only segments whose x ranges overlap can cross.
    std::sort(segments.begin(), segments.end(), [](const Segment &s, const Segment &t) {
        return std::min(s.a.x(), s.b.x()) < std::min(t.a.x(), t.b.x());
    });
    const auto cross = [](QPointF o, QPointF a, QPointF b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    const auto near = [](QPointF p, QPointF q) {
        return std::abs(p.x() - q.x()) < 1e-6 && std::abs(p.y() - q.y()) < 1e-6;
    };
    int count = 0;
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        const double right = std::max(s.a.x(), s.b.x());
        for (size_t j = i + 1; j < segments.size(); ++j) {
            const Segment &t = segments[j];
            if (std::min(t.a.x(), t.b.x()) > right)
                break;
            if (s.line == t.line || near(s.a, t.a) || near(s.a, t.b) || near(s.b, t.a) ||
                near(s.b, t.b))
                continue;
            const double d1 = cross(s.a, s.b, t.a), d2 = cross(s.a, s.b, t.b);
            const double d3 = cross(t.a, t.b, s.a), d4 = cross(t.a, t.b, s.b);
            if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) &&
                ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
                ++count;
        }
    }
    return count;
}

GraphLayout layoutGraph(const Workshop &w, const LayoutOptions &o)
{
    GraphLayout result;
    const DependencyAnalysis analysis(w);
    QList<Dependency> links;
    if (o.reduce) {
        links = analysis.transitiveReduction();
    } else {
        for (const Dependency &d : w.dependencies)
            if (d.type == LinkType::Requires && w.candidate(d.from) && w.candidate(d.to) &&
                d.from != d.to)
                links.append(d);
    }
    // Layers by network simplex from both ends; the one that orders with fewer crossings wins.
    Layering layering = orderedLayering(w, links, RankStart::Sources);
    if (layering.graph.layer.size() > 2) {
        Layering other = orderedLayering(w, links, RankStart::Sinks);
        if (other.crossings < layering.crossings)
            layering = std::move(other);
    }
    const LayeredGraph &g = layering.graph;
    const QList<QList<int>> &chains = layering.chains;
    const int layerCount = int(g.order.size());

    // Vertical positions: stacked in order, then pulled toward the neighbours' average while
    // keeping the order and the gaps.
    const double pitch = o.nodeHeight + o.nodeGap;
    const double dummyPitch = o.nodeGap;
    std::vector<double> y(g.layer.size(), 0);
    const auto spacing = [&](int a, int b) {
        const double ha = g.id[a] ? o.nodeHeight : 0, hb = g.id[b] ? o.nodeHeight : 0;
        return (ha + hb) / 2 + (g.id[a] && g.id[b] ? o.nodeGap : dummyPitch);
    };
    for (int l = 0; l < layerCount; ++l) {
        double at = 0;
        for (size_t k = 0; k < g.order[l].size(); ++k) {
            const int v = g.order[l][k];
            if (k > 0)
                at += spacing(g.order[l][k - 1], v);
            y[v] = at;
        }
    }
    for (int round = 0; round < 8; ++round) {
        const bool down = round % 2 == 0;
        for (int step = 0; step < layerCount; ++step) {
            const int l = down ? step : layerCount - 1 - step;
            std::vector<double> want;
            for (int v : g.order[l]) {
                std::vector<int> n = g.left[v];
                n.insert(n.end(), g.right[v].begin(), g.right[v].end());
                double target = y[v];
                if (!n.empty()) {
                    double sum = 0;
                    for (int u : n)
                        sum += y[u];
                    target = sum / double(n.size());
                }
                want.push_back(target);
            }
            // Keep the order and the gaps: forward pass pushes down, backward pass pulls up
            // toward the wanted places.
            const auto &order = g.order[l];
            std::vector<double> placed(want);
            for (size_t k = 1; k < order.size(); ++k)
                placed[k] = std::max(placed[k], placed[k - 1] + spacing(order[k - 1], order[k]));
            for (size_t k = order.size() - 1; k-- > 0;)
                placed[k] = std::min(placed[k], placed[k + 1] - spacing(order[k], order[k + 1]));
            for (size_t k = 1; k < order.size(); ++k) // the backward pass may undo a gap
                placed[k] = std::max(placed[k], placed[k - 1] + spacing(order[k - 1], order[k]));
            for (size_t k = 0; k < order.size(); ++k)
                y[order[k]] = placed[k];
        }
    }
    // Close empty bands the pulling left across all layers: no gap taller than two node gaps.
    {
        std::vector<size_t> byY(y.size());
        std::iota(byY.begin(), byY.end(), size_t(0));
        std::sort(byY.begin(), byY.end(), [&](size_t a, size_t b) { return y[a] < y[b]; });
        const auto half = [&](size_t v) {
            return g.id[v] ? o.nodeHeight / 2 : 0.0;
        };
        double reach = -1e18, shift = 0;
        const double maxGap = 2 * o.nodeGap;
        for (size_t v : byY) {
            const double topEdge = y[v] - shift - half(v);
            if (reach > -1e17 && topEdge - reach > maxGap)
                shift += topEdge - reach - maxGap;
            y[v] -= shift;
            reach = std::max(reach, y[v] + half(v));
        }
    }
    double top = 0;
    for (size_t v = 0; v < y.size(); ++v)
        top = std::min(top, y[v] - (g.id[v] ? o.nodeHeight / 2 : 0));
    const double column = o.nodeWidth + o.layerGap;
    double bottom = 0;
    for (size_t v = 0; v < y.size(); ++v) {
        const double cy = y[v] - top;
        if (g.id[v]) {
            const QRectF box(g.layer[v] * column, cy - o.nodeHeight / 2, o.nodeWidth, o.nodeHeight);
            result.nodes.insert(g.id[v], box);
            result.layers.insert(g.id[v], g.layer[v]);
            bottom = std::max(bottom, box.bottom());
        }
        y[v] = cy;
    }
    for (int k = 0; k < links.size(); ++k) {
        const QList<int> &chain = chains[k];
        GraphLayout::Route route{links[k], {}};
        for (int i = 0; i < chain.size(); ++i) {
            const int v = chain[i];
            const double x = g.layer[v] * column;
            if (i == 0)
                route.points.append(QPointF(x + o.nodeWidth, y[v]));
            else if (i == chain.size() - 1)
                route.points.append(QPointF(x, y[v]));
            else // straight across the column, so links only cross between columns
                route.points << QPointF(x, y[v]) << QPointF(x + o.nodeWidth, y[v]);
        }
        result.routes.append(route);
    }

    // Candidates without requires-links: a grid under the layers, in workshop order.
    int unlinked = 0;
    for (const Candidate &c : w.candidates)
        unlinked += result.nodes.contains(c.id) ? 0 : 1;
    // Wider than tall, like a screen, and at least as wide as the layers.
    const int perRow = std::max({4, layerCount, int(std::ceil(std::sqrt(double(unlinked) * 2.5)))});
    int k = 0;
    const double gridTop = result.nodes.isEmpty() ? 0 : bottom + o.nodeHeight;
    for (const Candidate &c : w.candidates) {
        if (result.layers.contains(c.id))
            continue;
        const QRectF box((k % perRow) * column, gridTop + (k / perRow) * pitch, o.nodeWidth,
                         o.nodeHeight);
        result.nodes.insert(c.id, box);
        result.layers.insert(c.id, -1);
        ++k;
    }
    for (const QRectF &box : std::as_const(result.nodes))
        result.bounds = result.bounds.isNull() ? box : result.bounds.united(box);
    QList<QList<QPointF>> lines;
    for (const auto &route : std::as_const(result.routes))
        lines.append(route.points);
    result.crossings = countCrossings(lines);
    return result;
}

} // namespace cutline
