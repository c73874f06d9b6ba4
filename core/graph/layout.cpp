#include "layout.h"

#include "analysis.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace cutline {

namespace {

// The working graph: real nodes and placeholder points, edges only between adjacent layers.
struct Layered
{
    std::vector<int> layer;              // by vertex
    std::vector<int> id;                 // candidate id, 0 for a placeholder
    std::vector<std::vector<int>> left;  // neighbours in the previous layer
    std::vector<std::vector<int>> right; // neighbours in the next layer
    std::vector<std::vector<int>> order; // vertices of each layer, top to bottom
    std::vector<int> position;           // index within its layer

    int add(int layerIndex, int candidate)
    {
        layer.push_back(layerIndex);
        id.push_back(candidate);
        left.emplace_back();
        right.emplace_back();
        position.push_back(0);
        return int(layer.size()) - 1;
    }
    void renumber(int l)
    {
        for (int k = 0; k < int(order[l].size()); ++k)
            position[order[l][k]] = k;
    }
};

// Crossings between layers l and l + 1: inversions of the right ends when edges are sorted by
// their left ends, counted with a Fenwick tree.
long crossingsBetween(const Layered &g, int l)
{
    std::vector<std::pair<int, int>> edges;
    for (int u : g.order[l])
        for (int v : g.right[u])
            edges.emplace_back(g.position[u], g.position[v]);
    std::sort(edges.begin(), edges.end());
    const size_t size = g.order[l + 1].size() + 1;
    std::vector<int> tree(size, 0);
    long count = 0, seen = 0;
    for (const auto &[a, b] : edges) {
        long notAbove = 0; // edges already seen ending at or above b
        for (size_t k = size_t(b) + 1; k > 0; k -= k & (~k + 1))
            notAbove += tree[k];
        count += seen - notAbove;
        for (size_t k = size_t(b) + 1; k < size; k += k & (~k + 1))
            ++tree[k];
        ++seen;
    }
    return count;
}

long totalCrossings(const Layered &g)
{
    long total = 0;
    for (int l = 0; l + 1 < int(g.order.size()); ++l)
        total += crossingsBetween(g, l);
    return total;
}

// Crossings between u's and v's edges toward `side` when u is above v.
long pairCrossings(const Layered &g, int u, int v, const std::vector<std::vector<int>> &side)
{
    long count = 0;
    for (int a : side[u])
        for (int b : side[v])
            if (g.position[a] > g.position[b])
                ++count;
    return count;
}

void sortByBarycentre(Layered &g, int l, const std::vector<std::vector<int>> &side)
{
    std::vector<std::pair<double, int>> keyed;
    for (int v : g.order[l]) {
        const auto &n = side[v];
        double key = g.position[v]; // no neighbours: keep its place
        if (!n.empty()) {
            // The weighted median (Gansner et al.): robust against one far neighbour.
            std::vector<int> p;
            for (int w : n)
                p.push_back(g.position[w]);
            std::sort(p.begin(), p.end());
            const size_t m = p.size() / 2;
            if (p.size() % 2 == 1)
                key = p[m];
            else if (p.size() == 2)
                key = (p[0] + p[1]) / 2.0;
            else {
                const double lo = p[m - 1] - p.front(), hi = p.back() - p[m];
                key = lo + hi > 0 ? (p[m - 1] * hi + p[m] * lo) / (lo + hi)
                                  : (p[m - 1] + p[m]) / 2.0;
            }
        }
        keyed.emplace_back(key, v);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t k = 0; k < keyed.size(); ++k)
        g.order[l][k] = keyed[k].second;
    g.renumber(l);
}

// Swaps neighbours in a layer while that removes crossings on both sides (with `ties`, also
// when it changes nothing: a way off a plateau, as dot does on alternate passes).
void transpose(Layered &g, bool ties = false)
{
    for (int pass = 0, limit = ties ? 1 : 1 << 30; pass < limit; ++pass) {
        bool improved = false;
        for (int l = 0; l < int(g.order.size()); ++l) {
            for (int k = 0; k + 1 < int(g.order[l].size()); ++k) {
                const int u = g.order[l][k], v = g.order[l][k + 1];
                const long now = pairCrossings(g, u, v, g.left) + pairCrossings(g, u, v, g.right);
                const long swapped =
                    pairCrossings(g, v, u, g.left) + pairCrossings(g, v, u, g.right);
                if (swapped < now || (ties && swapped == now && now > 0)) {
                    std::swap(g.order[l][k], g.order[l][k + 1]);
                    g.position[u] = k + 1;
                    g.position[v] = k;
                    improved = true;
                }
            }
        }
        if (!improved)
            break;
    }
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
    // Layers: the longest chain of prerequisites before each candidate.
    QHash<int, QList<int>> prerequisitesOf;
    QSet<int> linked;
    for (const Dependency &d : links) {
        prerequisitesOf[d.from].append(d.to);
        linked.insert(d.from);
        linked.insert(d.to);
    }
    QHash<int, int> layerOf;
    int layerCount = 0;
    for (int id : analysis.topologicalOrder()) {
        if (!linked.contains(id))
            continue;
        int layer = 0;
        for (int p : prerequisitesOf.value(id))
            layer = std::max(layer, layerOf.value(p) + 1);
        layerOf.insert(id, layer);
        layerCount = std::max(layerCount, layer + 1);
    }

    // Then each candidate moves right up to just before its nearest dependent: shorter links
    // need fewer bends and cross less (the longest chain keeps its layers).
    QHash<int, QList<int>> dependentsOf;
    for (const Dependency &d : links)
        dependentsOf[d.to].append(d.from);
    const QList<int> order = analysis.topologicalOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const QList<int> next = dependentsOf.value(*it);
        if (!linked.contains(*it) || next.isEmpty())
            continue;
        int nearest = layerCount;
        for (int d : next)
            nearest = std::min(nearest, layerOf.value(d));
        layerOf.insert(*it, std::max(layerOf.value(*it), nearest - 1));
    }

    Layered g;
    g.order.resize(size_t(layerCount));
    QHash<int, int> vertexOf;
    // Initial order: workshop order, which a facilitator recognises; sweeps improve it.
    for (const Candidate &c : w.candidates)
        if (layerOf.contains(c.id)) {
            const int v = g.add(layerOf.value(c.id), c.id);
            vertexOf.insert(c.id, v);
            g.order[size_t(g.layer[v])].push_back(v);
        }
    QList<QList<int>> chains; // vertices along each link, prerequisite first
    for (const Dependency &d : links) {
        QList<int> chain{vertexOf.value(d.to)};
        for (int l = layerOf.value(d.to) + 1; l < layerOf.value(d.from); ++l) {
            const int dummy = g.add(l, 0);
            g.order[size_t(l)].push_back(dummy);
            chain.append(dummy);
        }
        chain.append(vertexOf.value(d.from));
        for (int k = 0; k + 1 < chain.size(); ++k) {
            g.right[chain[k]].push_back(chain[k + 1]);
            g.left[chain[k + 1]].push_back(chain[k]);
        }
        chains.append(chain);
    }
    for (int l = 0; l < layerCount; ++l)
        g.renumber(l);

    // Orders: median sweeps both ways with adjacent swaps, keeping the best seen; tried from
    // two starts (workshop order, and a depth-first walk that keeps linked work together).
    std::vector<std::vector<int>> bestOrder = g.order;
    long best = totalCrossings(g);
    const auto improve = [&] {
        long local = totalCrossings(g);
        int sinceBetter = 0;
        for (int round = 0; round < 48 && local > 0 && sinceBetter < 8; ++round) {
            if (round % 2 == 0)
                for (int l = 1; l < layerCount; ++l)
                    sortByBarycentre(g, l, g.left);
            else
                for (int l = layerCount - 2; l >= 0; --l)
                    sortByBarycentre(g, l, g.right);
            transpose(g, round % 4 == 3);
            const long now = totalCrossings(g);
            ++sinceBetter;
            if (now < local) {
                local = now;
                sinceBetter = 0;
            }
            if (now < best) {
                best = now;
                bestOrder = g.order;
            }
        }
    };
    improve();
    // Depth-first walks keep linked work together: one from the first candidates, one from the
    // last (the work that needs the most).
    for (const bool fromLast : {false, true}) {
        std::vector<std::vector<int>> walk(static_cast<size_t>(layerCount));
        std::vector<bool> seen(g.layer.size(), false);
        for (size_t k = 0; k < g.layer.size(); ++k) {
            const size_t start = fromLast ? g.layer.size() - 1 - k : k;
            if (seen[start] || !g.id[start])
                continue;
            std::vector<int> stack{int(start)};
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                if (seen[v])
                    continue;
                seen[v] = true;
                walk[size_t(g.layer[v])].push_back(v);
                for (auto it = g.left[v].rbegin(); it != g.left[v].rend(); ++it)
                    stack.push_back(*it);
                for (auto it = g.right[v].rbegin(); it != g.right[v].rend(); ++it)
                    stack.push_back(*it);
            }
        }
        g.order = walk;
        for (int l = 0; l < layerCount; ++l)
            g.renumber(l);
        if (totalCrossings(g) < best) {
            best = totalCrossings(g);
            bestOrder = g.order;
        }
        improve();
    }
    g.order = bestOrder;
    for (int l = 0; l < layerCount; ++l)
        g.renumber(l);

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
        const auto half = [&](size_t v) { return g.id[v] ? o.nodeHeight / 2 : 0.0; };
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
            const QRectF box(g.layer[v] * column, cy - o.nodeHeight / 2, o.nodeWidth,
                             o.nodeHeight);
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
            else
                route.points.append(QPointF(x + o.nodeWidth / 2, y[v]));
        }
        result.routes.append(route);
    }

    // Candidates without requires-links: a grid under the layers, in workshop order.
    int unlinked = 0;
    for (const Candidate &c : w.candidates)
        unlinked += layerOf.contains(c.id) ? 0 : 1;
    // Wider than tall, like a screen, and at least as wide as the layers.
    const int perRow =
        std::max({4, layerCount, int(std::ceil(std::sqrt(double(unlinked) * 2.5)))});
    int k = 0;
    const double gridTop = result.nodes.isEmpty() ? 0 : bottom + o.nodeHeight;
    for (const Candidate &c : w.candidates) {
        if (layerOf.contains(c.id))
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
