#include "core/graph/dependencygraph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>

#include <QHash>

#include <vector>

namespace cutline {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Vertices are candidate indices in workshop order; edges point from dependent to prerequisite.
Graph requiresGraph(const Workshop &workshop, QHash<int, Vertex> &vertexOf)
{
    Graph graph(workshop.candidates.size());
    for (int i = 0; i < workshop.candidates.size(); ++i)
        vertexOf.insert(workshop.candidates[i].id, static_cast<Vertex>(i));
    for (const Dependency &d : workshop.dependencies) {
        if (d.type != LinkType::Requires || !vertexOf.contains(d.from) || !vertexOf.contains(d.to))
            continue;
        boost::add_edge(vertexOf.value(d.from), vertexOf.value(d.to), graph);
    }
    return graph;
}

struct CycleFound
{
    Vertex from;
    Vertex to;
};

class BackEdgeFinder : public boost::default_dfs_visitor
{
public:
    explicit BackEdgeFinder(std::vector<Vertex> &parent) : m_parent(parent) {}
    void tree_edge(Edge e, const Graph &g) { m_parent[boost::target(e, g)] = boost::source(e, g); }
    void back_edge(Edge e, const Graph &g)
    {
        throw CycleFound{boost::source(e, g), boost::target(e, g)};
    }

private:
    std::vector<Vertex> &m_parent;
};

} // namespace

std::optional<Cycle> findRequiresCycle(const Workshop &workshop)
{
    QHash<int, Vertex> vertexOf;
    const Graph graph = requiresGraph(workshop, vertexOf);
    std::vector<Vertex> parent(boost::num_vertices(graph));
    for (Vertex v = 0; v < parent.size(); ++v)
        parent[v] = v;
    try {
        boost::depth_first_search(graph, boost::visitor(BackEdgeFinder(parent)));
    } catch (const CycleFound &found) {
        // The back edge from → to closes the tree path to → … → from.
        std::vector<Vertex> path{found.from};
        for (Vertex v = found.from; v != found.to; v = parent[v])
            path.push_back(parent[v]);
        Cycle cycle;
        for (auto it = path.rbegin(); it != path.rend(); ++it)
            cycle.append(workshop.candidates[static_cast<int>(*it)].key);
        cycle.append(cycle.first());
        return cycle;
    }
    return std::nullopt;
}

std::optional<Cycle> cycleIfRequires(const Workshop &workshop, int from, int to)
{
    const Candidate *fromCandidate = workshop.candidate(from);
    const Candidate *toCandidate = workshop.candidate(to);
    if (!fromCandidate || !toCandidate)
        return std::nullopt;
    if (from == to)
        return Cycle{fromCandidate->key, fromCandidate->key};

    // The link closes a cycle exactly when `from` is already reachable from `to`.
    QHash<int, Vertex> vertexOf;
    const Graph graph = requiresGraph(workshop, vertexOf);
    const Vertex start = vertexOf.value(to);
    const Vertex goal = vertexOf.value(from);
    const Vertex unreached = boost::graph_traits<Graph>::null_vertex();
    std::vector<Vertex> parent(boost::num_vertices(graph), unreached);
    parent[start] = start;
    boost::breadth_first_search(graph, start,
                                boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(
                                    parent.data(), boost::on_tree_edge()))));
    if (parent[goal] == unreached)
        return std::nullopt;

    Cycle cycle{fromCandidate->key};
    QStringList tail;
    for (Vertex v = goal; v != start; v = parent[v])
        tail.prepend(workshop.candidates[static_cast<int>(v)].key);
    cycle.append(toCandidate->key);
    cycle.append(tail);
    return cycle;
}

QString formatCycle(const Cycle &cycle)
{
    return cycle.join(QStringLiteral(" → "));
}

} // namespace cutline
