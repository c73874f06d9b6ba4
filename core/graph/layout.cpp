#include "core/graph/layout.h"

#include "core/graph/analysis.h"
#include "core/graph/ordering.h"
#include "core/graph/ranking.h"

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

// The linked candidates in workshop order (which breaks every tie) and the links between
// their indices, prerequisite first, in the order of the links given.
struct LinkedGraph
{
    QList<int> ids;
    std::vector<std::pair<int, int>> edges;
};

LinkedGraph linkedGraph(const Workshop &w, const QList<Dependency> &links)
{
    LinkedGraph result;
    QHash<int, int> indexOf;
    for (const Dependency &d : links) {
        indexOf.insert(d.to, 0);
        indexOf.insert(d.from, 0);
    }
    for (const Candidate &c : w.candidates)
        if (indexOf.contains(c.id)) {
            indexOf[c.id] = int(result.ids.size());
            result.ids.append(c.id);
        }
    for (const Dependency &d : links)
        result.edges.emplace_back(indexOf.value(d.to), indexOf.value(d.from));
    return result;
}

Layering orderedLayering(const LinkedGraph &linked, const std::vector<int> &layer)
{
    Layering result;
    LayeredGraph &g = result.graph;
    for (int k = 0; k < linked.ids.size(); ++k)
        g.add(layer[size_t(k)], linked.ids[k]); // vertex k is linked.ids[k]
    for (const auto &[prerequisite, dependent] : linked.edges) {
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

// One connected part: its vertices per layer, top to bottom, and its size once placed.
struct PartBox
{
    std::vector<std::vector<int>> orders;
    double width = 0, height = 0;
    int vertices = 0;
};

std::vector<PartBox> connectedParts(const LayeredGraph &g)
{
    const std::vector<int> part = g.parts();
    std::vector<PartBox> parts(
        part.empty() ? 0 : size_t(*std::max_element(part.begin(), part.end())) + 1);
    for (PartBox &p : parts)
        p.orders.resize(g.order.size());
    for (size_t l = 0; l < g.order.size(); ++l)
        for (int v : g.order[l]) {
            PartBox &p = parts[size_t(part[size_t(v)])];
            p.orders[l].push_back(v);
            p.vertices += g.id[size_t(v)] ? 1 : 0;
        }
    for (PartBox &p : parts) // every part starts in layer 0; drop the layers past its end
        while (!p.orders.empty() && p.orders.back().empty())
            p.orders.pop_back();
    return parts;
}

// Vertical centres for one part's vertices: stacked in order, then pulled toward the
// neighbours' average while keeping the order and the gaps; empty bands closed. The part's
// top edge is at 0; returns its height.
double placeVertically(const LayeredGraph &g, const std::vector<std::vector<int>> &orders,
                       const LayoutOptions &o, std::vector<double> &y)
{
    const auto half = [&](int v) {
        return g.id[size_t(v)] ? o.nodeHeight / 2 : 0.0;
    };
    const auto spacing = [&](int a, int b) {
        return half(a) + half(b) + o.nodeGap;
    };
    for (const auto &order : orders)
        for (size_t k = 0; k < order.size(); ++k)
            y[size_t(order[k])] =
                k == 0 ? 0 : y[size_t(order[k - 1])] + spacing(order[k - 1], order[k]);
    const int layers = int(orders.size());
    for (int round = 0; round < 8; ++round) {
        const bool down = round % 2 == 0;
        for (int step = 0; step < layers; ++step) {
            const auto &order = orders[size_t(down ? step : layers - 1 - step)];
            std::vector<double> placed;
            for (int v : order) {
                double sum = 0;
                int count = 0;
                for (const auto *side : {&g.left, &g.right})
                    for (int u : (*side)[size_t(v)]) {
                        sum += y[size_t(u)];
                        ++count;
                    }
                placed.push_back(count ? sum / count : y[size_t(v)]);
            }
            // Keep the order and the gaps: forward pass pushes down, backward pass pulls up
            // toward the wanted places, a last forward pass restores any gap that undid.
            for (size_t k = 1; k < order.size(); ++k)
                placed[k] = std::max(placed[k], placed[k - 1] + spacing(order[k - 1], order[k]));
            for (size_t k = order.size() - 1; k-- > 0;)
                placed[k] = std::min(placed[k], placed[k + 1] - spacing(order[k], order[k + 1]));
            for (size_t k = 1; k < order.size(); ++k)
                placed[k] = std::max(placed[k], placed[k - 1] + spacing(order[k - 1], order[k]));
            for (size_t k = 0; k < order.size(); ++k)
                y[size_t(order[k])] = placed[k];
        }
    }
    // Close empty bands the pulling left across all layers: no gap taller than two node gaps.
    std::vector<int> byY;
    for (const auto &order : orders)
        byY.insert(byY.end(), order.begin(), order.end());
    std::sort(byY.begin(), byY.end(), [&](int a, int b) { return y[size_t(a)] < y[size_t(b)]; });
    double reach = 0, shift = 0;
    for (size_t k = 0; k < byY.size(); ++k) {
        const int v = byY[k];
        const double topEdge = y[size_t(v)] - shift - half(v);
        if (k == 0)
            shift += topEdge; // the top edge goes to 0
        else if (topEdge - reach > 2 * o.nodeGap)
            shift += topEdge - reach - 2 * o.nodeGap;
        y[size_t(v)] -= shift;
        reach = k == 0 ? y[size_t(v)] + half(v) : std::max(reach, y[size_t(v)] + half(v));
    }
    return reach;
}

// Top-left corners for the parts, biggest first, in shelves: of a few shelf widths around
// that of a 16:10 box of the parts' total area, the one whose drawing comes closest to 16:10
// (never narrower than the widest part).
QList<QPointF> packShelves(const std::vector<PartBox> &parts, double gapX, double gapY)
{
    double area = 0, widest = 0;
    for (const PartBox &p : parts) {
        area += (p.width + gapX) * (p.height + gapY);
        widest = std::max(widest, p.width);
    }
    std::vector<size_t> byVertices(parts.size());
    std::iota(byVertices.begin(), byVertices.end(), size_t(0));
    std::stable_sort(byVertices.begin(), byVertices.end(),
                     [&](size_t a, size_t b) { return parts[a].vertices > parts[b].vertices; });
    const auto pack = [&](double shelfWidth, QList<QPointF> &corners) {
        corners = QList<QPointF>(qsizetype(parts.size()));
        double atX = 0, shelfTop = 0, shelfHeight = 0, right = 0;
        for (size_t p : byVertices) {
            if (atX > 0 && atX + parts[p].width > shelfWidth) {
                shelfTop += shelfHeight + gapY;
                atX = 0;
                shelfHeight = 0;
            }
            corners[qsizetype(p)] = QPointF(atX, shelfTop);
            right = std::max(right, atX + parts[p].width);
            atX += parts[p].width + gapX;
            shelfHeight = std::max(shelfHeight, parts[p].height);
        }
        return right / std::max(1.0, shelfTop + shelfHeight);
    };
    QList<QPointF> best, corners;
    double bestMiss = 1e300;
    for (const double factor : {0.7, 0.85, 1.0, 1.2, 1.4, 1.7}) {
        const double aspect = pack(std::max(widest, std::sqrt(area * 1.6) * factor), corners);
        const double miss = std::abs(std::log(aspect / 1.6));
        if (miss < bestMiss - 1e-9) {
            bestMiss = miss;
            best = corners;
        }
    }
    return best;
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

namespace {

// The requires-links to draw: all of them, or only those no longer path already implies.
QList<Dependency> linksToDraw(const Workshop &w, const LayoutOptions &o)
{
    if (o.reduce)
        return DependencyAnalysis(w).transitiveReduction();
    QList<Dependency> links;
    for (const Dependency &d : w.dependencies)
        if (d.type == LinkType::Requires && w.candidate(d.from) && w.candidate(d.to) &&
            d.from != d.to)
            links.append(d);
    return links;
}

// Layers by network simplex from both ends; where they differ, the one that orders with fewer
// crossings wins (ordering is most of the time, so it runs once when they agree).
Layering bestLayering(const Workshop &w, const QList<Dependency> &links)
{
    const LinkedGraph linked = linkedGraph(w, links);
    const int linkedCount = int(linked.ids.size());
    const std::vector<int> fromSources = rankLayers(linkedCount, linked.edges, RankStart::Sources);
    Layering layering = orderedLayering(linked, fromSources);
    const std::vector<int> fromSinks = rankLayers(linkedCount, linked.edges, RankStart::Sinks);
    if (fromSinks != fromSources) {
        Layering other = orderedLayering(linked, fromSinks);
        if (other.crossings < layering.crossings)
            layering = std::move(other);
    }
    return layering;
}

// Where every vertex of the layered graph goes, and how far the drawing reaches.
struct Placement
{
    std::vector<double> x, y;
    double right = 0, bottom = 0;
};

// Each connected part gets its own positions, then the parts are packed into shelves so the
// drawing keeps a screen's proportions instead of one tall stack.
Placement placeParts(const LayeredGraph &g, const LayoutOptions &o)
{
    const double column = o.nodeWidth + o.layerGap;
    Placement at{std::vector<double>(g.layer.size(), 0), std::vector<double>(g.layer.size(), 0)};
    std::vector<PartBox> parts = connectedParts(g);
    for (PartBox &part : parts) {
        part.height = placeVertically(g, part.orders, o, at.y);
        part.width = double(part.orders.size()) * column - o.layerGap;
    }
    const QList<QPointF> corners = packShelves(parts, o.layerGap * 2, o.nodeHeight);
    for (size_t p = 0; p < parts.size(); ++p) {
        const QPointF corner = corners[qsizetype(p)];
        for (const auto &vertices : parts[p].orders)
            for (int v : vertices) {
                at.x[size_t(v)] = corner.x() + g.layer[size_t(v)] * column;
                at.y[size_t(v)] += corner.y();
            }
        at.bottom = std::max(at.bottom, corner.y() + parts[p].height);
        at.right = std::max(at.right, corner.x() + parts[p].width);
    }
    return at;
}

void addBoxesAndRoutes(GraphLayout &result, const Layering &layering,
                       const QList<Dependency> &links, const Placement &at, const LayoutOptions &o)
{
    const LayeredGraph &g = layering.graph;
    for (size_t v = 0; v < g.layer.size(); ++v)
        if (g.id[v]) {
            const QRectF box(at.x[v], at.y[v] - o.nodeHeight / 2, o.nodeWidth, o.nodeHeight);
            result.nodes.insert(g.id[v], box);
            result.layers.insert(g.id[v], g.layer[v]);
        }
    for (int k = 0; k < links.size(); ++k) {
        const QList<int> &chain = layering.chains[k];
        GraphLayout::Route route{links[k], {}};
        for (int i = 0; i < chain.size(); ++i) {
            const int v = chain[i];
            if (i == 0)
                route.points.append(QPointF(at.x[v] + o.nodeWidth, at.y[v]));
            else if (i == chain.size() - 1)
                route.points.append(QPointF(at.x[v], at.y[v]));
            else // straight across the column, so links only cross between columns
                route.points << QPointF(at.x[v], at.y[v])
                             << QPointF(at.x[v] + o.nodeWidth, at.y[v]);
        }
        result.routes.append(route);
    }
}

// Candidates without requires-links: a grid under the layers, in workshop order, wider than
// tall like a screen, and at least as wide as the parts above.
void addUnlinkedGrid(GraphLayout &result, const Workshop &w, const Placement &at,
                     const LayoutOptions &o)
{
    const double column = o.nodeWidth + o.layerGap;
    int unlinked = 0;
    for (const Candidate &c : w.candidates)
        unlinked += result.nodes.contains(c.id) ? 0 : 1;
    const int perRow = std::max({4, int((at.right + o.layerGap) / column),
                                 int(std::ceil(std::sqrt(double(unlinked) * 2.5)))});
    const double pitch = o.nodeHeight + o.nodeGap;
    int k = 0;
    const double gridTop = result.nodes.isEmpty() ? 0 : at.bottom + 2 * o.nodeHeight;
    for (const Candidate &c : w.candidates) {
        if (result.layers.contains(c.id))
            continue;
        const QRectF box((k % perRow) * column, gridTop + (k / perRow) * pitch, o.nodeWidth,
                         o.nodeHeight);
        result.nodes.insert(c.id, box);
        result.layers.insert(c.id, -1);
        ++k;
    }
}

// Every box and every link: routed around the boxes, links may run above or below all of
// them. Their curves stay inside their points' box (handles run level); the margin holds
// arrowheads and pens.
QRectF boundsOf(const GraphLayout &layout)
{
    QRectF bounds;
    for (const QRectF &box : std::as_const(layout.nodes))
        bounds = bounds.isNull() ? box : bounds.united(box);
    constexpr double linkMargin = 10;
    for (const auto &route : std::as_const(layout.routes))
        for (const QPointF &point : route.points)
            bounds = bounds.united(
                QRectF(point - QPointF(linkMargin, linkMargin), QSizeF(2, 2) * linkMargin));
    return bounds;
}

} // namespace

GraphLayout layoutGraph(const Workshop &w, const LayoutOptions &o)
{
    GraphLayout result;
    const QList<Dependency> links = linksToDraw(w, o);
    const Layering layering = bestLayering(w, links);
    const Placement at = placeParts(layering.graph, o);
    addBoxesAndRoutes(result, layering, links, at, o);
    addUnlinkedGrid(result, w, at, o);
    result.bounds = boundsOf(result);
    QList<QList<QPointF>> lines;
    for (const auto &route : std::as_const(result.routes))
        lines.append(route.points);
    result.crossings = countCrossings(lines);
    return result;
}

} // namespace cutline
