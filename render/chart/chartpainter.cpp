#include "render/chart/chartpainter.h"

#include "core/model/field.h"
#include "render/chart/chartstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cutline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cutline", text);
}

} // namespace

void paintImpactChart(QPainter &p, const QRectF &area, const Workshop &w)
{
    using namespace chartstyle;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double dpi = p.device()->logicalDpiY();
    const double px = dpi / 96.0; // one screen pixel in device units
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const QRectF plot =
        area.adjusted(fm.horizontalAdvance(QStringLiteral("10.0")) + 26 * px,
                      fm.height() * 2 + 8 * px, -8 * px, -(fm.height() * 2 + 14 * px));
    double maxEffort = 1;
    QList<double> efforts, impacts;
    for (const Candidate &c : w.candidates) {
        maxEffort = std::max(maxEffort, c.effort);
        efforts.append(c.effort);
        impacts.append(c.impact);
    }
    const double xStep = niceStep(maxEffort);
    const double xMax = std::ceil(maxEffort * 1.06 / xStep) * xStep;
    const double yMax = 10.5;
    const auto at = [&](double x, double y) {
        return QPointF(plot.left() + x / xMax * plot.width(),
                       plot.bottom() - y / yMax * plot.height());
    };
    // Legend along the top.
    double lx = plot.left();
    for (Kind k : allKinds()) {
        p.setPen(Qt::NoPen);
        p.setBrush(kindColour(k));
        const double r = fm.height() * 0.35;
        p.drawEllipse(QPointF(lx + r, area.top() + fm.height() * 0.6), r, r);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(lx + 2 * r + 4 * px, area.top() + fm.ascent() * 0.95), kindName(k));
        lx += 2 * r + 12 * px + fm.horizontalAdvance(kindName(k));
    }
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QPointF(lx + 10 * px, area.top() + fm.ascent() * 0.95), tr("bubble size: risk 1–5"));
    // Grid and ticks.
    p.setBrush(Qt::NoBrush);
    for (double x = 0; x <= xMax + 1e-9; x += xStep) {
        p.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), px));
        p.drawLine(at(x, 0), at(x, yMax));
        p.setPen(QColor(0x44, 0x44, 0x44));
        const QString t = formatNumber(x);
        p.drawText(QPointF(at(x, 0).x() - fm.horizontalAdvance(t) / 2,
                           plot.bottom() + fm.ascent() + 3 * px),
                   t);
    }
    for (int y = 0; y <= 10; y += 2) {
        p.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), px));
        p.drawLine(at(0, y), at(xMax, y));
        p.setPen(QColor(0x44, 0x44, 0x44));
        const QString t = QString::number(y);
        p.drawText(QPointF(plot.left() - fm.horizontalAdvance(t) - 5 * px,
                           at(0, y).y() + fm.ascent() / 2 - 1 * px),
                   t);
    }
    p.setPen(QPen(QColor(0x66, 0x66, 0x66), px));
    p.drawRect(plot);
    const QString xTitle = tr("Effort (%1)").arg(w.capacityUnit);
    p.drawText(QPointF(plot.center().x() - fm.horizontalAdvance(xTitle) / 2,
                       plot.bottom() + fm.height() + fm.ascent() + 6 * px),
               xTitle);
    p.save();
    p.translate(area.left() + fm.ascent(), plot.center().y());
    p.rotate(-90);
    const QString yTitle = tr("Impact (0–10)");
    p.drawText(QPointF(-fm.horizontalAdvance(yTitle) / 2, 0), yTitle);
    p.restore();
    // Quadrants.
    const double splitX = w.effortThreshold.value_or(median(efforts));
    const double splitY = w.valueThreshold.value_or(median(impacts));
    p.setPen(QPen(QColor(0x70, 0x70, 0x70), 1.2 * px, Qt::DashLine));
    p.drawLine(at(splitX, 0), at(splitX, yMax));
    p.drawLine(at(0, splitY), at(xMax, splitY));
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetricsF bm(bold, p.device());
    p.setPen(QColor(0x60, 0x60, 0x60));
    QList<QRectF> taken;
    const auto corner = [&](const QString &text, bool right, bool bottom) {
        const double x =
            right ? plot.right() - 5 * px - bm.horizontalAdvance(text) : plot.left() + 5 * px;
        const double y =
            bottom ? plot.bottom() - 4 * px - bm.descent() : plot.top() + 3 * px + bm.ascent();
        p.drawText(QPointF(x, y), text);
        taken.append(QRectF(x, y - bm.ascent(), bm.horizontalAdvance(text), bm.height()));
    };
    corner(tr("Quick wins"), false, false);
    corner(tr("Big bets"), true, false);
    corner(tr("Fill-ins"), false, true);
    corner(tr("Time sinks"), true, true);
    p.setFont(font);
    // Bubbles, then keys where they fit.
    QList<const Candidate *> order;
    for (const Candidate &c : w.candidates)
        order.append(&c);
    std::sort(order.begin(), order.end(), [](const Candidate *a, const Candidate *b) {
        return a->impact != b->impact ? a->impact > b->impact : a->id < b->id;
    });
    QList<KeySpot> spots;
    for (const Candidate *c : order) {
        const QPointF centre = at(c->effort, c->impact);
        const double r = (4 + 2.5 * c->risk) * px;
        QColor fill = kindColour(c->kind);
        fill.setAlpha(150);
        p.setBrush(fill);
        p.setPen(QPen(fill.darker(150), 0.8 * px));
        p.drawEllipse(centre, r, r);
        spots.append({centre, r, QSizeF(fm.horizontalAdvance(c->key), fm.height())});
    }
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QList<QRectF> keys = placeKeys(spots, plot, taken, 2 * px);
    for (qsizetype k = 0; k < order.size(); ++k)
        if (!keys[k].isNull())
            p.drawText(QPointF(keys[k].left(), keys[k].top() + fm.ascent()), order[k]->key);
    p.restore();
}

} // namespace cutline
