// The order of the vertices within each layer of a layered drawing, chosen for few crossings:
// the median heuristic with adjacent exchanges of Gansner et al. (the method of Graphviz's
// dot), run on each connected part from several starting orders.
#pragma once

#include <vector>

namespace cutline {

// Real vertices and placeholder points of long links; links only between adjacent layers.
struct LayeredGraph
{
    std::vector<int> layer;              // by vertex
    std::vector<int> id;                 // candidate id, 0 for a placeholder
    std::vector<std::vector<int>> left;  // neighbours in the previous layer
    std::vector<std::vector<int>> right; // neighbours in the next layer
    std::vector<std::vector<int>> order; // vertices of each layer, top to bottom
    std::vector<int> position;           // index within its layer

    int add(int layerIndex, int candidate);
    void link(int leftVertex, int rightVertex);
    void renumber();
    // The connected part of each vertex, numbered in the order of the parts' lowest vertices.
    std::vector<int> parts() const;
};

// Reorders every layer of `graph`. Vertex numbers break ties (number real vertices in
// workshop order: the same workshop, the same picture). Connected parts are stacked one under
// another, in the order of their lowest vertex, so they never cross.
void orderLayers(LayeredGraph &graph);

// Crossings between the links of adjacent layers in the current order.
long layerCrossings(const LayeredGraph &graph);

} // namespace cutline
