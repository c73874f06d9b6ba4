// The impact/effort chart drawn with QPainter primitives for print and SVG (vector: its text
// stays text). The interactive chart is ImpactChart; both share chartstyle.h.
#pragma once

#include "core/model/workshop.h"

class QPainter;
class QRectF;

namespace cutline {

// Bubbles by kind sized by risk, quadrants at the workshop's thresholds or the medians, keys
// placed where they do not overlap, a legend and axis titles, all inside `area`.
void paintImpactChart(QPainter &painter, const QRectF &area, const Workshop &workshop);

} // namespace cutline
