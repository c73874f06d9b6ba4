#include "core/graph/analysis.h"

#include "core/plan/planner.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <iterator>
#include <vector>

namespace cutline {

namespace {
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// Records every vertex a breadth-first search reaches.
class Collector : public boost::default_bfs_visitor
{
public:
    explicit Collector(std::vector<int> &seen) : m_seen(seen) {}
    void discover_vertex(Vertex v, const Graph &) { m_seen.push_back(int(v)); }

private:
    std::vector<int> &m_seen;
};
} // namespace

DependencyAnalysis::DependencyAnalysis(const Workshop &workshop)
    : m_w(workshop), m_n(int(workshop.candidates.size()))
{
    m_prerequisites.resize(m_n);
    m_dependents.resize(m_n);
    for (int i = 0; i < m_n; ++i)
        m_index.insert(workshop.candidates[i].id, i);
    for (const Dependency &d : workshop.dependencies) {
        if (d.type != LinkType::Requires)
            continue;
        const int a = m_index.value(d.from, -1), b = m_index.value(d.to, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        m_prerequisites[a].append(b);
        m_dependents[b].append(a);
    }
}

QList<int> DependencyAnalysis::reach(int start, const QList<QList<int>> &next) const
{
    // Breadth-first over the links in one direction, with Boost.Graph's search.
    Graph g(static_cast<size_t>(m_n));
    for (int i = 0; i < m_n; ++i)
        for (int j : next[i])
            boost::add_edge(Vertex(i), Vertex(j), g);
    std::vector<int> seen;
    Collector collector(seen);
    std::vector<boost::default_color_type> colours(static_cast<size_t>(m_n));
    boost::breadth_first_search(
        g, Vertex(start),
        boost::visitor(collector).color_map(boost::make_iterator_property_map(
            colours.begin(), boost::get(boost::vertex_index, g))));
    QList<int> result;
    for (int v : seen)
        if (v != start)
            result.append(m_w.candidates[v].id);
    return result;
}

QList<int> DependencyAnalysis::topologicalOrder() const
{
    // Boost's topological sort lists a vertex after everything it points to: with edges from
    // dependent to prerequisite, prerequisites come first.
    Graph g(static_cast<size_t>(m_n));
    for (int i = 0; i < m_n; ++i) {
        QList<int> sorted = m_prerequisites[i];
        std::sort(sorted.begin(), sorted.end());
        for (int j : sorted)
            boost::add_edge(Vertex(i), Vertex(j), g);
    }
    std::vector<Vertex> order;
    boost::topological_sort(g, std::back_inserter(order));
    QList<int> result;
    for (Vertex v : order)
        result.append(m_w.candidates[int(v)].id);
    return result;
}

QSet<int> DependencyAnalysis::prerequisites(int id) const
{
    const int i = m_index.value(id, -1);
    if (i < 0)
        return {};
    const QList<int> found = reach(i, m_prerequisites);
    return QSet<int>(found.begin(), found.end());
}

QSet<int> DependencyAnalysis::dependents(int id) const
{
    const int i = m_index.value(id, -1);
    if (i < 0)
        return {};
    const QList<int> found = reach(i, m_dependents);
    return QSet<int>(found.begin(), found.end());
}

QList<int> DependencyAnalysis::criticalChain(const QSet<int> &within) const
{
    const QList<int> order = topologicalOrder();
    const auto counts = [&](int index) {
        return within.isEmpty() || within.contains(m_w.candidates[index].id);
    };
    std::vector<double> length(static_cast<size_t>(m_n), 0);
    std::vector<int> previous(static_cast<size_t>(m_n), -1);
    int best = -1;
    for (int id : order) {
        const int i = m_index.value(id);
        if (!counts(i))
            continue;
        length[i] = m_w.candidates[i].effort;
        for (int p : m_prerequisites[i]) {
            if (!counts(p))
                continue;
            if (length[p] + m_w.candidates[i].effort > length[i]) {
                length[i] = length[p] + m_w.candidates[i].effort;
                previous[i] = p;
            }
        }
        if (best < 0 || length[i] > length[best])
            best = i;
    }
    QList<int> chain;
    for (int i = best; i >= 0; i = previous[i])
        chain.prepend(m_w.candidates[i].id);
    // A single candidate is no chain.
    return chain.size() > 1 ? chain : QList<int>();
}

QList<Dependency> DependencyAnalysis::transitiveReduction() const
{
    // Everything each candidate needs, as bit sets filled prerequisites first.
    std::vector<std::vector<bool>> needs(static_cast<size_t>(m_n),
                                         std::vector<bool>(static_cast<size_t>(m_n), false));
    for (int id : topologicalOrder()) {
        const int i = m_index.value(id);
        for (int p : m_prerequisites[i]) {
            needs[i][p] = true;
            for (int k = 0; k < m_n; ++k)
                if (needs[p][k])
                    needs[i][k] = true;
        }
    }
    QList<Dependency> kept;
    for (int a = 0; a < m_n; ++a)
        for (int b : m_prerequisites[a]) {
            // a → b is implied when another prerequisite of a already needs b.
            const bool implied = std::any_of(m_prerequisites[a].begin(), m_prerequisites[a].end(),
                                             [&](int c) { return c != b && needs[c][b]; });
            if (!implied)
                kept.append(
                    Dependency{m_w.candidates[a].id, m_w.candidates[b].id, LinkType::Requires});
        }
    return kept;
}

double DependencyAnalysis::unlockedValue(int id) const
{
    double total = 0;
    for (int d : dependents(id))
        total += planValue(*m_w.candidate(d));
    return total;
}

} // namespace cutline
