#include "ui/chart/effortwhiskers.h"

#include <QGraphicsPathItem>
#include <QPainterPath>
#include <QPen>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace cutline {

EffortWhiskers::~EffortWhiskers()
{
    qDeleteAll(m_items);
}

void EffortWhiskers::setVisible(bool visible)
{
    m_visible = visible;
    for (QGraphicsPathItem *item : std::as_const(m_items))
        item->setVisible(visible);
}

void EffortWhiskers::update(const Workshop &w, const QRectF &plot,
                            const std::function<QPointF(double, double)> &map,
                            const std::function<double(int)> &yOf)
{
    qDeleteAll(m_items);
    m_items.clear();
    constexpr double kCap = 4; // half the height of a whisker's end, in pixels
    for (const Candidate &c : w.candidates) {
        if (!c.effortLow || !c.effortHigh || !std::isfinite(yOf(c.id)))
            continue;
        QPointF low = map(*c.effortLow, yOf(c.id));
        QPointF high = map(*c.effortHigh, yOf(c.id));
        QPainterPath path;
        for (QPointF *end : {&low, &high}) {
            const double x = std::clamp(end->x(), plot.left(), plot.right());
            if (x == end->x()) {
                path.moveTo(x, end->y() - kCap);
                path.lineTo(x, end->y() + kCap);
            }
            end->setX(x);
        }
        path.moveTo(low);
        path.lineTo(high);
        auto *item = new QGraphicsPathItem(path, m_parent);
        item->setPen(QPen(QColor(0x42, 0x42, 0x42), 1.2));
        item->setZValue(9); // under the bubbles (10) and their keys
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setToolTip(
            QStringLiteral("%1: %2–%3")
                .arg(c.key, QString::number(*c.effortLow), QString::number(*c.effortHigh)));
        item->setVisible(m_visible);
        m_items.insert(c.id, item);
    }
}

} // namespace cutline
