// Layers for a layered drawing: the network simplex ranking of Gansner, Koutsofios, North and
// Vo ("A technique for drawing directed graphs", 1993), which makes the links as short as the
// order allows, so long links, their bends and their crossings are few.
#pragma once

#include <utility>
#include <vector>

namespace cutline {

// Where the search starts: longest paths from the sources, or to the sinks. Both end with
// the least total length, but where that leaves freedom they place vertices differently, and
// either can be the one that crosses less.
enum class RankStart
{
    Sources,
    Sinks
};

// `edges` holds (from, to) pairs of an acyclic graph on the vertices 0 … vertexCount − 1;
// every `to` must lie at least one layer right of its `from`. Returns each vertex's layer so
// that the sum of all link lengths is the least possible. Every connected part starts at
// layer 0, and a vertex with as many links in as out, which could sit in several layers at
// the same cost, goes to the one its part fills least.
std::vector<int> rankLayers(int vertexCount, const std::vector<std::pair<int, int>> &edges,
                            RankStart from = RankStart::Sources);

} // namespace cutline
