#include "core/graph/ranking.h"

#include <algorithm>
#include <deque>

namespace cutline {

namespace {

// One connected part, in local numbering. All links have weight 1 and minimum length 1.
class NetworkSimplex
{
public:
    NetworkSimplex(int vertexCount, std::vector<std::pair<int, int>> edges)
        : m_n(vertexCount), m_edges(std::move(edges)), m_out(size_t(vertexCount)),
          m_in(size_t(vertexCount)), m_rank(size_t(vertexCount), 0), m_inTree(m_edges.size(), false)
    {
        for (int e = 0; e < int(m_edges.size()); ++e) {
            m_out[size_t(m_edges[e].first)].push_back(e);
            m_in[size_t(m_edges[e].second)].push_back(e);
        }
    }

    std::vector<int> solve(RankStart from)
    {
        initialRanks(from);
        feasibleTree();
        // Degenerate pivots can cycle in theory; the cap keeps a feasible (if not minimal)
        // ranking in that case.
        for (int pivot = 0, limit = 20 * m_n + 1000; pivot < limit; ++pivot) {
            computeTree();
            const int leaving = leavingEdge();
            if (leaving < 0)
                break;
            exchange(leaving, enteringEdge(leaving));
        }
        const int lowest = *std::min_element(m_rank.begin(), m_rank.end());
        for (int &r : m_rank)
            r -= lowest;
        balance();
        return m_rank;
    }

private:
    int tail(int e) const { return m_edges[size_t(e)].first; }
    int head(int e) const { return m_edges[size_t(e)].second; }
    int slack(int e) const { return m_rank[size_t(head(e))] - m_rank[size_t(tail(e))] - 1; }

    // Longest paths from the sources (or, negated, to the sinks): feasible, every link at
    // least one layer long.
    void initialRanks(RankStart from)
    {
        const bool sinks = from == RankStart::Sinks;
        const auto &before = sinks ? m_out : m_in;
        const auto &after = sinks ? m_in : m_out;
        std::vector<int> waiting(static_cast<size_t>(m_n));
        std::deque<int> ready;
        for (int v = 0; v < m_n; ++v) {
            waiting[size_t(v)] = int(before[size_t(v)].size());
            if (waiting[size_t(v)] == 0)
                ready.push_back(v);
        }
        while (!ready.empty()) {
            const int v = ready.front();
            ready.pop_front();
            for (int e : after[size_t(v)]) {
                const int next = sinks ? tail(e) : head(e);
                m_rank[size_t(next)] = std::max(m_rank[size_t(next)], m_rank[size_t(v)] + 1);
                if (--waiting[size_t(next)] == 0)
                    ready.push_back(next);
            }
        }
        if (sinks)
            for (int &r : m_rank)
                r = -r;
    }

    // Grows a spanning tree of tight links (slack 0), shifting the tree where no tight link
    // leaves it so that the link with the least slack becomes tight.
    void feasibleTree()
    {
        std::vector<bool> inTree(size_t(m_n), false);
        inTree[0] = true;
        int size = 1;
        const auto grow = [&] {
            std::vector<int> stack;
            for (int v = 0; v < m_n; ++v)
                if (inTree[size_t(v)])
                    stack.push_back(v);
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                for (const auto *list : {&m_out[size_t(v)], &m_in[size_t(v)]})
                    for (int e : *list) {
                        const int other = tail(e) == v ? head(e) : tail(e);
                        if (!inTree[size_t(other)] && slack(e) == 0) {
                            inTree[size_t(other)] = true;
                            m_inTree[size_t(e)] = true;
                            ++size;
                            stack.push_back(other);
                        }
                    }
            }
        };
        grow();
        while (size < m_n) {
            int best = -1;
            for (int e = 0; e < int(m_edges.size()); ++e)
                if (inTree[size_t(tail(e))] != inTree[size_t(head(e))] &&
                    (best < 0 || slack(e) < slack(best)))
                    best = e;
            const int delta = inTree[size_t(head(best))] ? -slack(best) : slack(best);
            for (int v = 0; v < m_n; ++v)
                if (inTree[size_t(v)])
                    m_rank[size_t(v)] += delta;
            grow();
        }
    }

    // Parents, post-order numbers and subtree ranges of the tree rooted at vertex 0, and each
    // subtree's links out minus links in, from which every cut value follows.
    void computeTree()
    {
        m_parentEdge.assign(size_t(m_n), -1);
        m_low.assign(size_t(m_n), 0);
        m_lim.assign(size_t(m_n), 0);
        m_net.assign(size_t(m_n), 0);
        std::vector<bool> seen(size_t(m_n), false);
        std::vector<std::pair<int, size_t>> stack{{0, 0}}; // vertex, next incident link
        seen[0] = true;
        int counter = 0;
        m_low[0] = 0;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const size_t outs = m_out[size_t(v)].size();
            const size_t all = outs + m_in[size_t(v)].size();
            bool descended = false;
            while (next < all) {
                const int e = next < outs ? m_out[size_t(v)][next] : m_in[size_t(v)][next - outs];
                ++next;
                const int other = tail(e) == v ? head(e) : tail(e);
                if (m_inTree[size_t(e)] && !seen[size_t(other)]) {
                    seen[size_t(other)] = true;
                    m_parentEdge[size_t(other)] = e;
                    m_low[size_t(other)] = counter;
                    stack.emplace_back(other, 0);
                    descended = true;
                    break;
                }
            }
            if (descended)
                continue;
            const int done = v;
            m_lim[size_t(done)] = counter++;
            m_net[size_t(done)] += int(m_out[size_t(done)].size()) - int(m_in[size_t(done)].size());
            stack.pop_back();
            if (m_parentEdge[size_t(done)] >= 0) {
                const int e = m_parentEdge[size_t(done)];
                const int parent = tail(e) == done ? head(e) : tail(e);
                m_net[size_t(parent)] += m_net[size_t(done)];
            }
        }
    }

    int childOf(int treeEdge) const
    {
        return m_parentEdge[size_t(tail(treeEdge))] == treeEdge ? tail(treeEdge) : head(treeEdge);
    }

    // Links from the tail side to the head side minus those back, were this link removed.
    int cutValue(int treeEdge) const
    {
        const int child = childOf(treeEdge);
        return child == tail(treeEdge) ? m_net[size_t(child)] : -m_net[size_t(child)];
    }

    bool inSubtree(int v, int root) const
    {
        return m_low[size_t(root)] <= m_lim[size_t(v)] && m_lim[size_t(v)] <= m_lim[size_t(root)];
    }

    // A tree link with a negative cut value, searched round-robin from the last one as in dot.
    int leavingEdge()
    {
        const int m = int(m_edges.size());
        for (int k = 0; k < m; ++k) {
            const int e = (m_searchFrom + k) % m;
            if (m_inTree[size_t(e)] && cutValue(e) < 0) {
                m_searchFrom = (e + 1) % m;
                return e;
            }
        }
        return -1;
    }

    // The non-tree link with the least slack from the leaving link's head side to its tail
    // side.
    int enteringEdge(int leaving) const
    {
        const int child = childOf(leaving);
        const bool tailSide = child == tail(leaving); // the subtree holds the tail side
        int best = -1;
        for (int e = 0; e < int(m_edges.size()); ++e) {
            if (m_inTree[size_t(e)])
                continue;
            const bool tailIn = inSubtree(tail(e), child), headIn = inSubtree(head(e), child);
            const bool crosses = tailSide ? (!tailIn && headIn) : (tailIn && !headIn);
            if (crosses && (best < 0 || slack(e) < slack(best)))
                best = e;
        }
        return best;
    }

    void exchange(int leaving, int entering)
    {
        const int child = childOf(leaving);
        const int delta = slack(entering);
        // Moving the subtree toward the other side makes the entering link tight; links
        // across the cut the other way only grow.
        const int shift = child == tail(leaving) ? -delta : delta;
        for (int v = 0; v < m_n; ++v)
            if (inSubtree(v, child))
                m_rank[size_t(v)] += shift;
        m_inTree[size_t(leaving)] = false;
        m_inTree[size_t(entering)] = true;
    }

    // Vertices with as many links in as out cost the same anywhere between their neighbours:
    // put each in the least filled layer there, to keep the drawing from growing tall.
    void balance()
    {
        const int top = *std::max_element(m_rank.begin(), m_rank.end());
        std::vector<int> filled(size_t(top) + 1, 0);
        for (int r : m_rank)
            ++filled[size_t(r)];
        for (int v = 0; v < m_n; ++v) {
            if (m_in[size_t(v)].size() != m_out[size_t(v)].size())
                continue;
            int low = 0, high = top;
            for (int e : m_in[size_t(v)])
                low = std::max(low, m_rank[size_t(tail(e))] + 1);
            for (int e : m_out[size_t(v)])
                high = std::min(high, m_rank[size_t(head(e))] - 1);
            int choice = low;
            for (int r = low + 1; r <= high; ++r)
                if (filled[size_t(r)] < filled[size_t(choice)])
                    choice = r;
            --filled[size_t(m_rank[size_t(v)])];
            ++filled[size_t(choice)];
            m_rank[size_t(v)] = choice;
        }
    }

    int m_n;
    std::vector<std::pair<int, int>> m_edges;
    std::vector<std::vector<int>> m_out, m_in;
    std::vector<int> m_rank;
    std::vector<bool> m_inTree; // by link
    std::vector<int> m_parentEdge, m_low, m_lim, m_net;
    int m_searchFrom = 0;
};

} // namespace

std::vector<int> rankLayers(int vertexCount, const std::vector<std::pair<int, int>> &edges,
                            RankStart from)
{
    // Connected parts, each ranked on its own.
    std::vector<int> part(size_t(vertexCount), -1);
    std::vector<std::vector<int>> neighbours(static_cast<size_t>(vertexCount));
    for (const auto &[from, to] : edges) {
        neighbours[size_t(from)].push_back(to);
        neighbours[size_t(to)].push_back(from);
    }
    std::vector<std::vector<int>> parts;
    for (int v = 0; v < vertexCount; ++v) {
        if (part[size_t(v)] >= 0)
            continue;
        parts.emplace_back();
        std::vector<int> stack{v};
        part[size_t(v)] = int(parts.size()) - 1;
        while (!stack.empty()) {
            const int u = stack.back();
            stack.pop_back();
            parts.back().push_back(u);
            for (int w : neighbours[size_t(u)])
                if (part[size_t(w)] < 0) {
                    part[size_t(w)] = part[size_t(v)];
                    stack.push_back(w);
                }
        }
        std::sort(parts.back().begin(), parts.back().end()); // keep the caller's order
    }
    std::vector<int> local(static_cast<size_t>(vertexCount));
    for (const auto &members : parts)
        for (size_t k = 0; k < members.size(); ++k)
            local[size_t(members[k])] = int(k);
    std::vector<std::vector<std::pair<int, int>>> partEdges(parts.size());
    for (const auto &[from, to] : edges)
        partEdges[size_t(part[size_t(from)])].emplace_back(local[size_t(from)], local[size_t(to)]);
    std::vector<int> ranks(size_t(vertexCount), 0);
    for (size_t p = 0; p < parts.size(); ++p) {
        const std::vector<int> &members = parts[p];
        const std::vector<int> partRanks =
            NetworkSimplex(int(members.size()), std::move(partEdges[p])).solve(from);
        for (size_t k = 0; k < members.size(); ++k)
            ranks[size_t(members[k])] = partRanks[k];
    }
    return ranks;
}

} // namespace cutline
