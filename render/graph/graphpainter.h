// Draws the dependency graph with QPainter: for the graph view, the SVG export and the
// decision record alike (vector: text stays text).
#pragma once

#include "core/graph/layout.h"
#include "core/model/workshop.h"

#include <QColor>
#include <QSet>

class QPainter;

namespace cutline {

struct GraphHighlight
{
    int selected = 0;
    QSet<int> prerequisites; // of the selected candidate
    QSet<int> dependents;    // of the selected candidate
    QList<int> chain;        // the critical chain, when shown
    QSet<int> flashing;      // a refused cycle's candidates
    std::optional<Dependency> selectedLink;
};

// `inPlan`: the plan's choice (nullopt when there is none to show).
void paintGraph(QPainter &painter, const Workshop &workshop, const GraphLayout &layout,
                const std::optional<QSet<int>> &inPlan, const GraphHighlight &highlight = {});

// Layout options whose boxes are tall enough for every title in full, wrapped at spaces.
LayoutOptions graphLayoutOptions(const Workshop &workshop);

// What the picture covers: the layout's bounds and the alternatives' arcs.
QRectF graphBounds(const Workshop &workshop, const GraphLayout &layout);

// The graph as a standalone SVG document (full titles).
QByteArray graphSvg(const Workshop &workshop);

// The candidates the optimal plan chooses (empty when infeasible).
QSet<int> planChoice(const Workshop &workshop);

} // namespace cutline
