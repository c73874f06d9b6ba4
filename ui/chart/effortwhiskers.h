// EffortWhiskers: each candidate's effort range (low to high) as a whisker through its bubble
// on the impact/effort chart (issue 14), shown or hidden as a whole.
#pragma once

#include "core/model/workshop.h"

#include <QHash>

#include <functional>

class QGraphicsItem;
class QGraphicsPathItem;
class QPointF;
class QRectF;

namespace cutline {

class EffortWhiskers
{
public:
    explicit EffortWhiskers(QGraphicsItem *parent) : m_parent(parent) {}
    ~EffortWhiskers();
    EffortWhiskers(const EffortWhiskers &) = delete;
    EffortWhiskers &operator=(const EffortWhiskers &) = delete;

    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    // Redraws the whiskers inside `plot`: `map` takes (effort, y) in chart values to the
    // scene, `yOf` gives a candidate's y value. An end beyond the plot is cut, without its cap.
    void update(const Workshop &workshop, const QRectF &plot,
                const std::function<QPointF(double, double)> &map,
                const std::function<double(int)> &yOf);
    // The whiskers drawn, by candidate id (for tests).
    int count() const { return int(m_items.size()); }

private:
    QGraphicsItem *m_parent;
    QHash<int, QGraphicsPathItem *> m_items;
    bool m_visible = false;
};

} // namespace cutline
