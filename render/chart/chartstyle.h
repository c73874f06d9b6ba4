// What the interactive chart and the printed one share: colours, scales and quadrant splits.
#pragma once

#include "core/model/workshop.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <algorithm>
#include <cmath>

namespace cutline::chartstyle {

// Okabe–Ito: tells apart for colour-blind eyes and on a washed-out projector.
inline QColor kindColour(Kind kind)
{
    switch (kind) {
    case Kind::Product:
        return QColor(0x00, 0x72, 0xB2);
    case Kind::Platform:
        return QColor(0x00, 0x9E, 0x73);
    case Kind::Compliance:
        return QColor(0xD5, 0x5E, 0x00);
    case Kind::Research:
        return QColor(0xCC, 0x79, 0xA7);
    case Kind::Stabilization:
        return QColor(0xE6, 0x9F, 0x00);
    }
    return QColor(0x88, 0x88, 0x88);
}

inline QColor decisionColour(Decision decision)
{
    switch (decision) {
    case Decision::Undecided:
        return QColor(0x88, 0x88, 0x88);
    case Decision::Commit:
        return QColor(0x00, 0x9E, 0x73);
    case Decision::Defer:
        return QColor(0xE6, 0x9F, 0x00);
    case Decision::Drop:
        return QColor(0xD5, 0x5E, 0x00);
    }
    return QColor(0x88, 0x88, 0x88);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// A tick step of 1, 2 or 5 × 10^k that gives about six ticks over `range`.
inline double niceStep(double range)
{
    const double raw = std::max(range, 1e-9) / 6;
    const double power = std::pow(10, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

// A bubble whose key is to be placed: its centre, radius and the size of its key's text.
struct KeySpot
{
    QPointF centre;
    double radius = 0;
    QSizeF size;
};

// Places the keys in order (most important first) at the first of eight places around their
// bubble that stays inside `area`, clear of `taken` and of every other bubble's middle (a key
// may touch a rim). Returns where each key goes, or a null rectangle when no place is free.
QList<QRectF> placeKeys(const QList<KeySpot> &spots, const QRectF &area, QList<QRectF> taken,
                        double gap);

} // namespace cutline::chartstyle
