#include "render/chart/chartstyle.h"

namespace cutline::chartstyle {

QList<QRectF> placeKeys(const QList<KeySpot> &spots, const QRectF &area, QList<QRectF> taken,
                        double gap)
{
    // The inner square of each bubble: what a key must not cover.
    QList<QRectF> middles;
    for (const KeySpot &s : spots)
        middles.append(QRectF(s.centre.x() - s.radius * 0.7, s.centre.y() - s.radius * 0.7,
                              s.radius * 1.4, s.radius * 1.4));
    QList<QRectF> placed;
    for (qsizetype k = 0; k < spots.size(); ++k) {
        const double r = spots[k].radius, w = spots[k].size.width(), h = spots[k].size.height();
        const QPointF offsets[] = {
            {r + gap, -h / 2},            // right
            {-r - gap - w, -h / 2},       // left
            {-w / 2, -r - gap - h},       // above
            {-w / 2, r + gap},            // below
            {r * 0.7, -r * 0.7 - h},      // upper right
            {r * 0.7, r * 0.7},           // lower right
            {-r * 0.7 - w, -r * 0.7 - h}, // upper left
            {-r * 0.7 - w, r * 0.7},      // lower left
        };
        QRectF chosen;
        for (const QPointF &offset : offsets) {
            const QRectF rect(spots[k].centre + offset, spots[k].size);
            const auto hits = [&](const QRectF &t) {
                return t.intersects(rect);
            };
            if (!area.contains(rect) || std::any_of(taken.begin(), taken.end(), hits))
                continue;
            bool onMiddle = false;
            for (qsizetype d = 0; d < middles.size() && !onMiddle; ++d)
                onMiddle = d != k && middles[d].intersects(rect);
            if (onMiddle)
                continue;
            chosen = rect;
            taken.append(rect);
            break;
        }
        placed.append(chosen);
    }
    return placed;
}

} // namespace cutline::chartstyle
