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

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::ChartPainter)
};

// The printed chart's geometry: the plot area, the axes' ranges and the font.
struct Frame
{
    Frame(QPainter &p, const QRectF &area, const Workshop &w)
        : workshop(w), area(area), px(p.device()->logicalDpiY() / 96.0),
          font(QStringLiteral("DejaVu Sans")), fm(font, p.device())
    {
        font.setPointSizeF(8);
        fm = QFontMetricsF(font, p.device());
        plot = area.adjusted(fm.horizontalAdvance(QStringLiteral("10.0")) + 26 * px,
                             fm.height() * 2 + 8 * px, -8 * px, -(fm.height() * 2 + 14 * px));
        double maxEffort = 1;
        for (const Candidate &c : w.candidates)
            maxEffort = std::max(maxEffort, c.effort);
        xStep = chartstyle::niceStep(maxEffort);
        xMax = std::ceil(maxEffort * 1.06 / xStep) * xStep;
    }
    QPointF at(double x, double y) const
    {
        return QPointF(plot.left() + x / xMax * plot.width(),
                       plot.bottom() - y / yMax * plot.height());
    }

    const Workshop &workshop;
    QRectF area;
    double px; // one screen pixel in device units
    QFont font;
    QFontMetricsF fm;
    QRectF plot;
    double xStep = 1, xMax = 1;
    double yMax = 10.5;
};

// The kinds' colours along the top, and what a bubble's size means.
void paintLegend(QPainter &p, const Frame &f)
{
    using namespace chartstyle;
    double lx = f.plot.left();
    const double baseline = f.area.top() + f.fm.ascent() * 0.95;
    for (Kind k : allKinds()) {
        p.setPen(Qt::NoPen);
        p.setBrush(kindColour(k));
        const double r = f.fm.height() * 0.35;
        p.drawEllipse(QPointF(lx + r, f.area.top() + f.fm.height() * 0.6), r, r);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(lx + 2 * r + 4 * f.px, baseline), kindName(k));
        lx += 2 * r + 12 * f.px + f.fm.horizontalAdvance(kindName(k));
    }
    p.setPen(QColor(0x55, 0x55, 0x55));
    const bool ranged = std::any_of(f.workshop.candidates.begin(), f.workshop.candidates.end(),
                                    [](const Candidate &c) { return c.effortLow && c.effortHigh; });
    p.drawText(QPointF(lx + 10 * f.px, baseline),
               ranged ? Text::tr("bubble size: risk 1–5; whiskers: effort low–high")
                      : Text::tr("bubble size: risk 1–5"));
}

// Each candidate's effort range (issue 14) as a whisker through its bubble, under the bubbles;
// an end beyond the plot is cut there, without its cap.
void paintWhiskers(QPainter &p, const Frame &f)
{
    const double cap = 3 * f.px;
    p.setPen(QPen(QColor(0x42, 0x42, 0x42), 1.0 * f.px));
    for (const Candidate &c : f.workshop.candidates) {
        if (!c.effortLow || !c.effortHigh)
            continue;
        QPointF low = f.at(*c.effortLow, c.impact);
        QPointF high = f.at(*c.effortHigh, c.impact);
        for (QPointF *end : {&low, &high}) {
            const double x = std::clamp(end->x(), f.plot.left(), f.plot.right());
            if (x == end->x())
                p.drawLine(QPointF(x, end->y() - cap), QPointF(x, end->y() + cap));
            end->setX(x);
        }
        p.drawLine(low, high);
    }
}

void paintGrid(QPainter &p, const Frame &f)
{
    p.setBrush(Qt::NoBrush);
    for (double x = 0; x <= f.xMax + 1e-9; x += f.xStep) {
        p.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), f.px));
        p.drawLine(f.at(x, 0), f.at(x, f.yMax));
        p.setPen(QColor(0x44, 0x44, 0x44));
        const QString t = formatNumber(x);
        p.drawText(QPointF(f.at(x, 0).x() - f.fm.horizontalAdvance(t) / 2,
                           f.plot.bottom() + f.fm.ascent() + 3 * f.px),
                   t);
    }
    for (int y = 0; y <= 10; y += 2) {
        p.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), f.px));
        p.drawLine(f.at(0, y), f.at(f.xMax, y));
        p.setPen(QColor(0x44, 0x44, 0x44));
        const QString t = QString::number(y);
        p.drawText(QPointF(f.plot.left() - f.fm.horizontalAdvance(t) - 5 * f.px,
                           f.at(0, y).y() + f.fm.ascent() / 2 - 1 * f.px),
                   t);
    }
    p.setPen(QPen(QColor(0x66, 0x66, 0x66), f.px));
    p.drawRect(f.plot);
}

void paintAxisTitles(QPainter &p, const Frame &f, const Workshop &w)
{
    const QString xTitle = Text::tr("Effort (%1)").arg(w.capacityUnit);
    p.drawText(QPointF(f.plot.center().x() - f.fm.horizontalAdvance(xTitle) / 2,
                       f.plot.bottom() + f.fm.height() + f.fm.ascent() + 6 * f.px),
               xTitle);
    p.save();
    p.translate(f.area.left() + f.fm.ascent(), f.plot.center().y());
    p.rotate(-90);
    const QString yTitle = Text::tr("Impact (0–10)");
    p.drawText(QPointF(-f.fm.horizontalAdvance(yTitle) / 2, 0), yTitle);
    p.restore();
}

// The split lines and the four quadrants' names; returns where the names are, for the keys
// to keep clear of.
QList<QRectF> paintQuadrants(QPainter &p, const Frame &f, const Workshop &w)
{
    QList<double> efforts, impacts;
    for (const Candidate &c : w.candidates) {
        efforts.append(c.effort);
        impacts.append(c.impact);
    }
    const double splitX = w.effortThreshold.value_or(chartstyle::median(efforts));
    const double splitY = w.valueThreshold.value_or(chartstyle::median(impacts));
    p.setPen(QPen(QColor(0x70, 0x70, 0x70), 1.2 * f.px, Qt::DashLine));
    p.drawLine(f.at(splitX, 0), f.at(splitX, f.yMax));
    p.drawLine(f.at(0, splitY), f.at(f.xMax, splitY));
    QFont bold = f.font;
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetricsF bm(bold, p.device());
    p.setPen(QColor(0x60, 0x60, 0x60));
    QList<QRectF> taken;
    const auto corner = [&](const QString &text, bool right, bool bottom) {
        const double x = right ? f.plot.right() - 5 * f.px - bm.horizontalAdvance(text)
                               : f.plot.left() + 5 * f.px;
        const double y = bottom ? f.plot.bottom() - 4 * f.px - bm.descent()
                                : f.plot.top() + 3 * f.px + bm.ascent();
        p.drawText(QPointF(x, y), text);
        taken.append(QRectF(x, y - bm.ascent(), bm.horizontalAdvance(text), bm.height()));
    };
    corner(Text::tr("Quick wins"), false, false);
    corner(Text::tr("Big bets"), true, false);
    corner(Text::tr("Fill-ins"), false, true);
    corner(Text::tr("Time sinks"), true, true);
    p.setFont(f.font);
    return taken;
}

// The bubbles, highest impact first, then each key where it fits.
void paintBubbles(QPainter &p, const Frame &f, const Workshop &w, const QList<QRectF> &taken)
{
    QList<const Candidate *> order;
    for (const Candidate &c : w.candidates)
        order.append(&c);
    std::sort(order.begin(), order.end(), [](const Candidate *a, const Candidate *b) {
        return a->impact != b->impact ? a->impact > b->impact : a->id < b->id;
    });
    QList<chartstyle::KeySpot> spots;
    for (const Candidate *c : order) {
        const QPointF centre = f.at(c->effort, c->impact);
        const double r = (4 + 2.5 * c->risk) * f.px;
        QColor fill = chartstyle::kindColour(c->kind);
        fill.setAlpha(150);
        p.setBrush(fill);
        p.setPen(QPen(fill.darker(150), 0.8 * f.px));
        p.drawEllipse(centre, r, r);
        spots.append({centre, r, QSizeF(f.fm.horizontalAdvance(c->key), f.fm.height())});
    }
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QList<QRectF> keys = chartstyle::placeKeys(spots, f.plot, taken, 2 * f.px);
    for (qsizetype k = 0; k < order.size(); ++k)
        if (!keys[k].isNull())
            p.drawText(QPointF(keys[k].left(), keys[k].top() + f.fm.ascent()), order[k]->key);
}

} // namespace

void paintImpactChart(QPainter &p, const QRectF &area, const Workshop &w)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const Frame f(p, area, w);
    p.setFont(f.font);
    paintLegend(p, f);
    paintGrid(p, f);
    paintAxisTitles(p, f, w);
    const QList<QRectF> taken = paintQuadrants(p, f, w);
    paintWhiskers(p, f);
    paintBubbles(p, f, w, taken);
    p.restore();
}

} // namespace cutline
