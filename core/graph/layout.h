// A layered (Sugiyama-style) drawing of the requires-links, as Graphviz's dot draws them:
// prerequisites left, the work that needs them right, layers by network simplex (ranking.h),
// orders with few crossings (ordering.h), positions pulled toward neighbours without
// overlapping; long links run straight through the columns they pass. Connected parts are
// packed in shelves like a screen; candidates without requires-links sit in a grid below.
// Deterministic: the same workshop, the same picture.
#pragma once

#include "core/model/workshop.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace cutline {

struct LayoutOptions
{
    double nodeWidth = 150;
    double nodeHeight = 44;
    double layerGap = 70; // between a layer's right edge and the next one's left edge
    double nodeGap = 18;  // between nodes of a layer
    bool reduce = false;  // lay out only the links not implied by others
};

struct GraphLayout
{
    struct Route
    {
        Dependency link;
        QList<QPointF> points; // from the prerequisite's right edge to the dependent's left
    };
    QHash<int, QRectF> nodes; // candidate id → its box
    QHash<int, int> layers;   // candidate id → layer (−1: no requires-links)
    QList<Route> routes;      // requires-links
    QRectF bounds;            // every box and every routed link, arrowheads included
    int crossings = 0;        // between route segments
};

GraphLayout layoutGraph(const Workshop &workshop, const LayoutOptions &options = {});

// Crossings between polylines (segments that share an end point do not count).
int countCrossings(const QList<QList<QPointF>> &polylines);

} // namespace cutline
