#include "render/graph/graphpainter.h"

#include "core/model/kindprofile.h"
#include "core/plan/planner.h"
#include "render/chart/chartstyle.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <cmath>
#include <optional>

namespace cutline {

namespace {

QPainterPath routePath(const QList<QPointF> &points)
{
    QPainterPath path(points.first());
    // Smooth bends: cubic pieces whose handles run horizontally, like a hand-drawn flow.
    for (int k = 1; k < points.size(); ++k) {
        const QPointF a = points[k - 1], b = points[k];
        const double dx = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    }
    return path;
}

QFont titleFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    return font;
}

constexpr double kKeyLine = 17; // the key's line at the top of a box
constexpr double kInset = 7;    // the text's distance from a box's sides
constexpr double kArcBend = 30; // how far an alternatives' arc bows out

// The height `title` takes wrapped at spaces in a box's width.
double titleHeight(const QString &title, double width)
{
    return QFontMetricsF(titleFont())
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, title)
        .height();
}

void arrowHead(QPainter &p, QPointF tip, double size)
{
    QPolygonF head;
    head << tip << tip + QPointF(-size, -size * 0.55) << tip + QPointF(-size, size * 0.55);
    p.drawPolygon(head);
}

} // namespace

QSet<int> planChoice(const Workshop &w)
{
    const std::optional<Plan> plan = solvePlan(w, w.capacity);
    if (!plan)
        return {};
    return QSet<int>(plan->selected.begin(), plan->selected.end());
}

namespace {

const QColor kInk(0x30, 0x30, 0x30);
const QColor kPrerequisiteColour(0x00, 0x5a, 0xb5);
const QColor kDependentColour(0xc0, 0x5a, 0x00);
const QColor kChainColour(0xb0, 0x00, 0x30);

// A requires-link's pen: the critical chain, the way to or from the selected one, or plain.
QPen routePen(const Dependency &link, const GraphHighlight &h)
{
    const int from = link.from, to = link.to;
    if (h.selectedLink && h.selectedLink->from == from && h.selectedLink->to == to &&
        h.selectedLink->type == LinkType::Requires)
        return QPen(QColor(0x10, 0x10, 0x10), 3.2);
    for (int k = 0; k + 1 < h.chain.size(); ++k)
        if (h.chain[k + 1] == from && h.chain[k] == to) // (dependent, prerequisite)
            return QPen(kChainColour, 3);
    if (h.selected && (from == h.selected || h.dependents.contains(from)) &&
        (to == h.selected || h.dependents.contains(to)))
        return QPen(kDependentColour, 2.4); // from the selected one to what needs it
    if (h.selected && (from == h.selected || h.prerequisites.contains(from)) &&
        (to == h.selected || h.prerequisites.contains(to)))
        return QPen(kPrerequisiteColour, 2.4); // to what the selected one needs
    return QPen(QColor(0x8a, 0x8a, 0x8a), 1.4);
}

void paintRoutes(QPainter &p, const GraphLayout &layout, const GraphHighlight &h)
{
    for (const GraphLayout::Route &route : layout.routes) {
        const QPen pen = routePen(route.link, h);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(routePath(route.points));
        p.setPen(Qt::NoPen);
        p.setBrush(pen.color());
        arrowHead(p, route.points.last(), 8);
    }
}

// An alternatives' arc: from one box's centre to the other's, bowed out by kArcBend.
struct ExcludesArc
{
    QPointF from, bend, to;
};

// The arc of an excludes-link; nullopt for other links and for boxes not laid out.
std::optional<ExcludesArc> excludesArc(const Dependency &d, const GraphLayout &layout)
{
    if (d.type != LinkType::Excludes || !layout.nodes.contains(d.from) ||
        !layout.nodes.contains(d.to))
        return std::nullopt;
    const QPointF a = layout.nodes.value(d.from).center();
    const QPointF b = layout.nodes.value(d.to).center();
    QPointF normal(-(b - a).y(), (b - a).x());
    const double length = std::hypot(normal.x(), normal.y());
    if (length > 0)
        normal *= kArcBend / length;
    return ExcludesArc{a, (a + b) / 2 + normal, b};
}

// Excludes: a dashed red arc between the two boxes.
void paintExcludes(QPainter &p, const Workshop &w, const GraphLayout &layout,
                   const GraphHighlight &h)
{
    for (const Dependency &d : w.dependencies) {
        const std::optional<ExcludesArc> shape = excludesArc(d, layout);
        if (!shape)
            continue;
        QPainterPath arc(shape->from);
        arc.quadTo(shape->bend, shape->to);
        const bool picked = h.selectedLink && h.selectedLink->type == LinkType::Excludes &&
                            ((h.selectedLink->from == d.from && h.selectedLink->to == d.to) ||
                             (h.selectedLink->from == d.to && h.selectedLink->to == d.from));
        p.setPen(QPen(QColor(0xc0, 0x20, 0x20), picked ? 3.2 : 1.6, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(arc);
    }
}

QPen boxPen(int id, bool inPlan, bool shown, const GraphHighlight &h)
{
    if (h.flashing.contains(id))
        return QPen(QColor(0xe0, 0x00, 0x00), 5);
    if (id == h.selected)
        return QPen(QColor(0x10, 0x10, 0x10), 4);
    if (h.dependents.contains(id))
        return QPen(kDependentColour, 3);
    if (h.prerequisites.contains(id))
        return QPen(kPrerequisiteColour, 3);
    if (h.chain.contains(id))
        return QPen(kChainColour, 3);
    return QPen(kInk, inPlan ? 2.4 : 1.2, shown && !inPlan ? Qt::DashLine : Qt::SolidLine);
}

// The key (with the plan's choice) and the title: whole and wrapped when the box holds it (the
// record's and the SVG's boxes do: graphLayoutOptions), else one line, elided.
void paintBoxText(QPainter &p, const Candidate &c, const QRectF &box, const QString &key)
{
    QFont keyFont(QStringLiteral("DejaVu Sans"));
    keyFont.setPixelSize(12);
    keyFont.setBold(true);
    p.setPen(kInk);
    p.setFont(keyFont);
    const QRectF inner = box.adjusted(kInset, 3, -kInset, -3);
    p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, key);
    if (!missingWhy(c).isEmpty()) {
        p.setPen(QColor(0xb4, 0x5f, 0x06));
        p.drawText(inner, Qt::AlignRight | Qt::AlignTop, QStringLiteral("⚠ why"));
    }
    p.setPen(kInk);
    p.setFont(titleFont());
    const QRectF titleRect(inner.left(), inner.top() + kKeyLine, inner.width(),
                           inner.height() - kKeyLine);
    if (titleHeight(c.title, titleRect.width()) <= titleRect.height() + 1)
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, c.title);
    else
        p.drawText(
            titleRect, Qt::AlignLeft | Qt::AlignTop,
            QFontMetricsF(titleFont()).elidedText(c.title, Qt::ElideRight, titleRect.width()));
}

void paintBoxes(QPainter &p, const Workshop &w, const GraphLayout &layout,
                const std::optional<QSet<int>> &inPlan, const GraphHighlight &h)
{
    for (const Candidate &c : w.candidates) {
        if (!layout.nodes.contains(c.id))
            continue;
        const QRectF box = layout.nodes.value(c.id);
        const bool in = inPlan && inPlan->contains(c.id);
        QColor fill = chartstyle::kindColour(c.kind);
        fill.setAlpha(inPlan && !in ? 45 : 95);
        p.setPen(boxPen(c.id, in, inPlan.has_value(), h));
        p.setBrush(QColor(0xff, 0xff, 0xff));
        p.drawRoundedRect(box, 6, 6);
        p.setBrush(fill);
        p.drawRoundedRect(box, 6, 6);
        QString key = c.key;
        if (inPlan)
            key += in ? QStringLiteral("  ✓ in") : QStringLiteral("  out");
        paintBoxText(p, c, box, key);
    }
}

} // namespace

void paintGraph(QPainter &p, const Workshop &w, const GraphLayout &layout,
                const std::optional<QSet<int>> &inPlan, const GraphHighlight &h)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    paintRoutes(p, layout, h); // under the boxes
    paintExcludes(p, w, layout, h);
    paintBoxes(p, w, layout, inPlan, h);
    p.restore();
}

LayoutOptions graphLayoutOptions(const Workshop &w)
{
    LayoutOptions options;
    double tallest = 0;
    for (const Candidate &c : w.candidates)
        tallest = std::max(tallest, titleHeight(c.title, options.nodeWidth - 2 * kInset));
    options.nodeHeight = std::max(options.nodeHeight, 3 + kKeyLine + tallest + 3 + 1);
    return options;
}

QRectF graphBounds(const Workshop &w, const GraphLayout &layout)
{
    QRectF bounds = layout.bounds;
    // An alternatives' arc stays inside its ends and its bend's control point.
    for (const Dependency &d : w.dependencies)
        if (const std::optional<ExcludesArc> arc = excludesArc(d, layout))
            bounds = bounds.united(QRectF(arc->bend, QSizeF(1, 1)).adjusted(-4, -4, 4, 4));
    return bounds;
}

QByteArray graphSvg(const Workshop &w)
{
    const GraphLayout layout = layoutGraph(w, graphLayoutOptions(w));
    const QRectF area = graphBounds(w, layout).adjusted(-20, -20, 20, 20);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(area.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
    svg.setResolution(96);
    svg.setTitle(QStringLiteral("Dependency graph"));
    {
        QPainter painter(&svg);
        painter.translate(-area.topLeft());
        paintGraph(painter, w, layout, planChoice(w));
    }
    return buffer.data();
}

} // namespace cutline
