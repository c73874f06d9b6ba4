#include "core/graph/ordering.h"

#include <algorithm>
#include <climits>
#include <deque>

namespace cutline {

int LayeredGraph::add(int layerIndex, int candidate)
{
    layer.push_back(layerIndex);
    id.push_back(candidate);
    left.emplace_back();
    right.emplace_back();
    position.push_back(0);
    if (order.size() <= size_t(layerIndex))
        order.resize(size_t(layerIndex) + 1);
    order[size_t(layerIndex)].push_back(int(layer.size()) - 1);
    return int(layer.size()) - 1;
}

void LayeredGraph::link(int leftVertex, int rightVertex)
{
    right[size_t(leftVertex)].push_back(rightVertex);
    left[size_t(rightVertex)].push_back(leftVertex);
}

void LayeredGraph::renumber()
{
    for (const auto &vertices : order)
        for (size_t k = 0; k < vertices.size(); ++k)
            position[size_t(vertices[k])] = int(k);
}

namespace {

using Orders = std::vector<std::vector<int>>;

// Crossings between layers l and l + 1: inversions of the right ends when links are sorted by
// their left ends, counted with a Fenwick tree.
long crossingsBetween(const LayeredGraph &g, const Orders &orders, size_t l)
{
    std::vector<std::pair<int, int>> links;
    for (int u : orders[l])
        for (int v : g.right[size_t(u)])
            links.emplace_back(g.position[size_t(u)], g.position[size_t(v)]);
    std::sort(links.begin(), links.end());
    const size_t size = orders[l + 1].size() + 1;
    std::vector<int> tree(size, 0);
    long count = 0, seen = 0;
    for (const auto &[a, b] : links) {
        long notAbove = 0; // links already seen ending at or above b
        for (size_t k = size_t(b) + 1; k > 0; k -= k & (~k + 1))
            notAbove += tree[k];
        count += seen - notAbove;
        for (size_t k = size_t(b) + 1; k < size; k += k & (~k + 1))
            ++tree[k];
        ++seen;
    }
    return count;
}

long crossings(const LayeredGraph &g, const Orders &orders)
{
    long total = 0;
    for (size_t l = 0; l + 1 < orders.size(); ++l)
        total += crossingsBetween(g, orders, l);
    return total;
}

// One connected part: dot's mincross.
class PartOrder
{
public:
    PartOrder(LayeredGraph &g, const std::vector<int> &vertices) : m_g(g), m_vertices(vertices) {}

    Orders solve()
    {
        // Four starting orders, each improved by median sweeps and then sifting; the best wins.
        Orders best;
        long bestCount = LONG_MAX;
        for (const Start from : {Start::BreadthFromFirst, Start::BreadthFromLast,
                                 Start::DepthFromFirst, Start::DepthFromLast}) {
            start(from);
            long count = crossings(m_g, m_orders);
            improve(count);
            sift(count);
            if (count < bestCount) {
                best = m_orders;
                bestCount = count;
            }
            if (bestCount == 0)
                break;
        }
        restore(best);
        return m_orders;
    }

private:
    enum class Start
    {
        BreadthFromFirst,
        BreadthFromLast,
        DepthFromFirst,
        DepthFromLast
    };

    // dot's mincross: up to 24 sweeps, stopping after 8 without a real improvement; keeps
    // the best order seen. `count` holds the current order's crossings, and then the best's.
    void improve(long &count)
    {
        Orders best = m_orders;
        long now = count;
        for (int sweep = 0, sinceBetter = 0; sweep < 24 && now > 0 && sinceBetter < 8; ++sweep) {
            ++sinceBetter;
            step(sweep);
            now = crossings(m_g, m_orders);
            if (now <= count) {
                best = m_orders;
                if (double(now) < 0.995 * double(count))
                    sinceBetter = 0;
                count = now;
            }
        }
        restore(best);
    }

    void renumber()
    {
        for (const auto &vertices : m_orders)
            for (size_t k = 0; k < vertices.size(); ++k)
                m_g.position[size_t(vertices[k])] = int(k);
    }
    void restore(const Orders &orders)
    {
        m_orders = orders;
        renumber();
    }

    // A walk from the part's sources (or sinks) in vertex order, each vertex appended to its
    // layer as it is reached: breadth-first as dot starts, or depth-first, which keeps chains
    // together.
    void start(Start from)
    {
        const bool fromLast = from == Start::BreadthFromLast || from == Start::DepthFromLast;
        const bool depthFirst = from == Start::DepthFromFirst || from == Start::DepthFromLast;
        const auto &before = fromLast ? m_g.right : m_g.left;
        const auto &after = fromLast ? m_g.left : m_g.right;
        m_orders.assign(m_g.order.size(), {});
        std::vector<bool> seen(m_g.layer.size(), false);
        std::deque<int> waiting;
        const auto visit = [&](int v) {
            seen[size_t(v)] = true;
            m_orders[size_t(m_g.layer[size_t(v)])].push_back(v);
        };
        for (int s : m_vertices) {
            if (!before[size_t(s)].empty() || seen[size_t(s)])
                continue;
            if (!depthFirst)
                visit(s);
            waiting.push_back(s);
            while (!waiting.empty()) {
                int v = -1;
                if (depthFirst) {
                    v = waiting.back();
                    waiting.pop_back();
                    if (seen[size_t(v)])
                        continue;
                    visit(v);
                } else {
                    v = waiting.front();
                    waiting.pop_front();
                }
                std::vector<int> next = after[size_t(v)];
                next.insert(next.end(), before[size_t(v)].begin(), before[size_t(v)].end());
                if (depthFirst) // so that the first neighbour comes off the stack first
                    std::reverse(next.begin(), next.end());
                for (int w : next)
                    if (!seen[size_t(w)]) {
                        if (!depthFirst)
                            visit(w);
                        waiting.push_back(w);
                    }
            }
        }
        renumber();
    }

    // A sweep: each layer by the weighted medians of its neighbours in the layer before
    // (odd sweeps go backwards), then adjacent exchanges. Alternate pairs of sweeps break ties
    // the other way, which walks off plateaus.
    void step(int sweep)
    {
        const bool reverse = sweep % 4 < 2;
        const int layers = int(m_orders.size());
        if (sweep % 2 == 0)
            for (int l = 1; l < layers; ++l)
                reorder(size_t(l), m_g.left, reverse);
        else
            for (int l = layers - 2; l >= 0; --l)
                reorder(size_t(l), m_g.right, reverse);
        transpose(!reverse);
    }

    double median(int v, const std::vector<std::vector<int>> &side) const
    {
        std::vector<int> p;
        for (int w : side[size_t(v)])
            p.push_back(m_g.position[size_t(w)]);
        if (p.empty())
            return -1;
        std::sort(p.begin(), p.end());
        const size_t m = p.size() / 2;
        if (p.size() % 2 == 1)
            return p[m];
        if (p.size() == 2)
            return (p[0] + p[1]) / 2.0;
        // The weighted median: leans toward the side where the neighbours are packed closer.
        const double lo = p[m - 1] - p.front(), hi = p.back() - p[m];
        return lo + hi > 0 ? (p[m - 1] * hi + p[m] * lo) / (lo + hi) : (p[m - 1] + p[m]) / 2.0;
    }

    // Vertices without neighbours on that side keep their places; the others are sorted by
    // median into the remaining places (ties in the current order, or reversed).
    void reorder(size_t l, const std::vector<std::vector<int>> &side, bool reverse)
    {
        auto &vertices = m_orders[l];
        std::vector<std::pair<double, int>> movable; // median, vertex
        std::vector<size_t> slots;
        for (size_t k = 0; k < vertices.size(); ++k) {
            const double key = median(vertices[k], side);
            if (key >= 0) {
                movable.emplace_back(key, vertices[k]);
                slots.push_back(k);
            }
        }
        if (reverse)
            std::reverse(movable.begin(), movable.end());
        std::stable_sort(movable.begin(), movable.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (size_t k = 0; k < slots.size(); ++k)
            vertices[slots[k]] = movable[k].second;
        for (size_t k = 0; k < vertices.size(); ++k)
            m_g.position[size_t(vertices[k])] = int(k);
    }

    // Crossings between u's and v's links toward `side` when u is above v.
    long pairCrossings(int u, int v, const std::vector<std::vector<int>> &side) const
    {
        long count = 0;
        for (int a : side[size_t(u)])
            for (int b : side[size_t(v)])
                if (m_g.position[size_t(a)] > m_g.position[size_t(b)])
                    ++count;
        return count;
    }

    // Swaps neighbours in a layer while that removes crossings (with `ties`, also when it
    // changes nothing but there are crossings to move).
    void transpose(bool ties)
    {
        std::vector<bool> candidate(m_orders.size(), true);
        for (bool improved = true; improved;) {
            improved = false;
            for (size_t l = 0; l < m_orders.size(); ++l) {
                if (!candidate[l])
                    continue;
                candidate[l] = false;
                auto &vertices = m_orders[l];
                for (size_t k = 0; k + 1 < vertices.size(); ++k) {
                    const int u = vertices[k], v = vertices[k + 1];
                    const long now = pairCrossings(u, v, m_g.left) + pairCrossings(u, v, m_g.right);
                    const long swapped =
                        pairCrossings(v, u, m_g.left) + pairCrossings(v, u, m_g.right);
                    if (swapped < now || (ties && swapped == now && now > 0)) {
                        std::swap(vertices[k], vertices[k + 1]);
                        m_g.position[size_t(u)] = int(k) + 1;
                        m_g.position[size_t(v)] = int(k);
                        if (swapped < now)
                            improved = true;
                        if (l > 0)
                            candidate[l - 1] = true;
                        if (l + 1 < m_orders.size())
                            candidate[l + 1] = true;
                        if (swapped < now)
                            candidate[l] = true;
                    }
                }
            }
        }
    }

    // Sifting (Matuszewski, Schönfeld and Molitor, 1999): each vertex in turn tries every place
    // in its layer, counting crossings on both sides, and takes the best. Unlike exchanges of
    // neighbours it can jump over a block that only moving as a whole would improve. Repeated
    // while it helps; `count` is updated.
    void sift(long &count)
    {
        for (int round = 0; round < 8 && count > 0; ++round) {
            for (auto &vertices : m_orders)
                for (const int v : std::vector<int>(vertices))
                    siftVertex(vertices, v);
            transpose(false);
            const long now = crossings(m_g, m_orders);
            const bool better = now < count;
            count = now;
            if (!better)
                break;
        }
    }

    void siftVertex(std::vector<int> &vertices, int v)
    {
        // Take v out, then walk it down from the top: change[k] is the crossings with v put
        // before the k-th of the others, relative to putting it first. Ties go to the topmost
        // best place: moving along a plateau lets the next vertices find a way down, as dot's
        // exchanges on ties do (staying put instead gives about 10 % more crossings).
        vertices.erase(std::find(vertices.begin(), vertices.end(), v));
        std::vector<long> change(vertices.size() + 1, 0);
        for (size_t k = 0; k < vertices.size(); ++k)
            change[k + 1] =
                change[k] + crossingsAbove(vertices[k], v) - crossingsAbove(v, vertices[k]);
        const size_t place =
            size_t(std::min_element(change.begin(), change.end()) - change.begin());
        vertices.insert(vertices.begin() + long(place), v);
        for (size_t k = 0; k < vertices.size(); ++k)
            m_g.position[size_t(vertices[k])] = int(k);
    }

    long crossingsAbove(int u, int v) const
    {
        return pairCrossings(u, v, m_g.left) + pairCrossings(u, v, m_g.right);
    }

    LayeredGraph &m_g;
    const std::vector<int> &m_vertices; // by number
    Orders m_orders;
};

} // namespace

long layerCrossings(const LayeredGraph &graph)
{
    return crossings(graph, graph.order);
}

std::vector<int> LayeredGraph::parts() const
{
    std::vector<int> part(layer.size(), -1);
    int count = 0;
    for (int s = 0; s < int(layer.size()); ++s) {
        if (part[size_t(s)] >= 0)
            continue;
        part[size_t(s)] = count;
        std::vector<int> stack{s};
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (const auto *side : {&left, &right})
                for (int w : (*side)[size_t(v)])
                    if (part[size_t(w)] < 0) {
                        part[size_t(w)] = count;
                        stack.push_back(w);
                    }
        }
        ++count;
    }
    return part;
}

void orderLayers(LayeredGraph &g)
{
    // Each part is searched in vertex order, so the caller's numbering breaks every tie.
    const std::vector<int> part = g.parts();
    std::vector<std::vector<int>> parts;
    for (int v = 0; v < int(part.size()); ++v) {
        if (size_t(part[size_t(v)]) == parts.size())
            parts.emplace_back();
        parts[size_t(part[size_t(v)])].push_back(v);
    }
    Orders stacked(g.order.size());
    for (const auto &vertices : parts) {
        const Orders orders = PartOrder(g, vertices).solve();
        for (size_t l = 0; l < orders.size(); ++l)
            stacked[l].insert(stacked[l].end(), orders[l].begin(), orders[l].end());
    }
    g.order = stacked;
    g.renumber();
}

} // namespace cutline
