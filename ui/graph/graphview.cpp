#include "ui/graph/graphview.h"

#include "core/graph/analysis.h"
#include "core/graph/dependencygraph.h"
#include "ui/decision/decisionmenu.h"
#include "ui/document/workshopdocument.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace cutline {

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF closest = a + t * ab;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

} // namespace

GraphView::GraphView(WorkshopDocument *document, QWidget *parent)
    : QGraphicsView(parent), m_document(document), m_flash(new QTimer(this))
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setBackgroundBrush(Qt::white);
    setFocusPolicy(Qt::StrongFocus);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setAccessibleName(tr("Dependency graph"));
    m_flash->setSingleShot(true);
    m_flash->setInterval(1600);
    connect(m_flash, &QTimer::timeout, this, [this] {
        m_highlight.flashing.clear();
        viewport()->update();
    });
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            relayout();
    });
    const auto soon = [this, later] {
        invalidateLayout();
        later->start();
    };
    connect(document, &WorkshopDocument::workshopReset, this, [this, soon] {
        m_fitted = false;
        m_highlight = {};
        soon();
    });
    connect(document, &WorkshopDocument::candidateInserted, this, soon);
    connect(document, &WorkshopDocument::candidateRemoved, this, soon);
    connect(document, &WorkshopDocument::linksChanged, this, soon);
    connect(document, &WorkshopDocument::settingsChanged, this, soon);
    // The boxes' places depend on the links and on the titles' heights only: any other edit
    // (an effort, a decision, most titles) repaints, and the critical chain follows the
    // efforts.
    connect(document, &WorkshopDocument::candidateChanged, this, [this, soon](int, Field field) {
        // A title moves boxes only when the tallest one changes every box's height.
        if (field == Field::Title &&
            (m_stale || graphLayoutOptions(m_document->workshop()).nodeHeight != m_nodeHeight)) {
            soon();
            return;
        }
        if (m_showChain)
            m_highlight.chain = DependencyAnalysis(m_document->workshop()).criticalChain();
        viewport()->update();
    });
}

void GraphView::invalidateLayout()
{
    m_stale = true;
}

void GraphView::ensureLaidOut()
{
    if (m_stale)
        relayout();
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    ensureLaidOut();
    fitOnce();
    ensureSelectedVisible(); // chosen elsewhere while the graph was hidden
}

void GraphView::fitOnce()
{
    if (!m_fitted && isVisible()) {
        fitAll();
        m_fitted = true;
    }
}

void GraphView::ensureSelectedVisible()
{
    ensureLaidOut();
    if (m_highlight.selected && m_layout.nodes.contains(m_highlight.selected))
        ensureVisible(m_layout.nodes.value(m_highlight.selected), 40, 40);
}

void GraphView::relayout()
{
    const Workshop &w = m_document->workshop();
    // Boxes tall enough for every title, wrapped, as in the record and the SVG.
    LayoutOptions options = graphLayoutOptions(w);
    options.reduce = m_hideImplied;
    m_layout = layoutGraph(w, options);
    m_nodeHeight = options.nodeHeight;
    m_stale = false;
    updateHighlight();
    // Every link and the alternatives' arcs, not only the boxes.
    scene()->setSceneRect(graphBounds(w, m_layout).adjusted(-40, -40, 40, 40));
    fitOnce();
    viewport()->update();
}

void GraphView::updateHighlight()
{
    const Workshop &w = m_document->workshop();
    if (m_highlight.selected && !w.candidate(m_highlight.selected))
        m_highlight = {};
    if (m_highlight.selected) {
        const DependencyAnalysis analysis(w);
        m_highlight.prerequisites = analysis.prerequisites(m_highlight.selected);
        m_highlight.dependents = analysis.dependents(m_highlight.selected);
    }
    if (m_highlight.selectedLink &&
        !w.hasLink(m_highlight.selectedLink->from, m_highlight.selectedLink->to,
                   m_highlight.selectedLink->type))
        m_highlight.selectedLink.reset();
    m_highlight.chain = m_showChain ? DependencyAnalysis(w).criticalChain() : QList<int>();
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    ensureLaidOut();
    if (m_document->workshop().candidates.isEmpty()) {
        painter->setPen(Qt::gray);
        painter->drawText(sceneRect(), Qt::AlignCenter,
                          tr("No candidates yet. Add some, then link what requires what."));
        return;
    }
    paintGraph(*painter, m_document->workshop(), m_layout, m_inPlan, m_highlight);
}

void GraphView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_dragFrom)
        return;
    painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2, Qt::DashLine));
    painter->drawLine(m_layout.nodes.value(m_dragFrom).center(), m_dragAt);
}

int GraphView::boxAt(const QPointF &pos)
{
    ensureLaidOut();
    for (auto it = m_layout.nodes.cbegin(); it != m_layout.nodes.cend(); ++it)
        if (it.value().contains(pos))
            return it.key();
    return 0;
}

std::optional<Dependency> GraphView::linkAt(const QPointF &pos)
{
    ensureLaidOut();
    const double tolerance = 6 / std::max(0.1, transform().m11());
    for (const GraphLayout::Route &route : m_layout.routes)
        for (int k = 0; k + 1 < route.points.size(); ++k)
            if (distanceToSegment(pos, route.points[k], route.points[k + 1]) < tolerance)
                return route.link;
    for (const Dependency &d : m_document->workshop().dependencies)
        if (d.type == LinkType::Excludes && m_layout.nodes.contains(d.from) &&
            m_layout.nodes.contains(d.to) &&
            distanceToSegment(pos, m_layout.nodes.value(d.from).center(),
                              m_layout.nodes.value(d.to).center()) < tolerance * 4)
            return d;
    return std::nullopt;
}

void GraphView::select(int id)
{
    setSelectedId(id);
    if (id)
        Q_EMIT candidateActivated(id);
}

void GraphView::setSelectedId(int id)
{
    if (id == m_highlight.selected)
        return;
    m_highlight.selected = id;
    m_highlight.prerequisites.clear();
    m_highlight.dependents.clear();
    if (id) {
        const DependencyAnalysis analysis(m_document->workshop());
        m_highlight.prerequisites = analysis.prerequisites(id);
        m_highlight.dependents = analysis.dependents(id);
        if (isVisible())
            ensureSelectedVisible();
    }
    viewport()->update();
}

void GraphView::setPlan(const Plan &plan)
{
    if (plan.cancelled)
        return;
    m_inPlan = plan.feasible ? QSet<int>(plan.selected.begin(), plan.selected.end()) : QSet<int>();
    viewport()->update();
}

void GraphView::setShowCriticalChain(bool show)
{
    m_showChain = show;
    updateHighlight();
    viewport()->update();
}

void GraphView::setHideImpliedLinks(bool hide)
{
    m_hideImplied = hide;
    invalidateLayout();
    if (isVisible())
        relayout();
}

void GraphView::fitAll()
{
    // The whole graph when it stays readable; otherwise its full width at the smallest
    // readable size, from the top left where the biggest chains start (scroll for the rest).
    // Never beyond life size.
    const QRectF area = sceneRect();
    const QSize room = viewport()->size();
    if (area.isEmpty() || room.isEmpty())
        return;
    const double whole = std::min(room.width() / area.width(), room.height() / area.height());
    const double wide = room.width() / area.width();
    const double scale = std::min(1.0, whole >= 0.6 ? whole : std::max(0.6, wide));
    setTransform(QTransform::fromScale(scale, scale));
    if (scale == whole || scale == 1.0)
        centerOn(area.center());
    else
        centerOn(std::min(area.center().x(), area.left() + room.width() / scale / 2),
                 area.top() + room.height() / scale / 2);
}

void GraphView::zoomBy(double factor)
{
    const double now = transform().m11();
    const double next = std::clamp(now * factor, 0.05, 4.0);
    scale(next / now, next / now);
}

QPoint GraphView::boxCentre(int id)
{
    ensureLaidOut();
    return mapFromScene(m_layout.nodes.value(id).center());
}

bool GraphView::linkByDrag(int from, int to, bool excludes)
{
    if (!from || !to || from == to)
        return false;
    // The arrow runs from the box dragged from to the one dropped on: the latter requires the
    // former.
    const Dependency link{to, from, excludes ? LinkType::Excludes : LinkType::Requires};
    if (!excludes)
        if (const auto cycle = cycleIfRequires(m_document->workshop(), link.from, link.to)) {
            for (const QString &key : *cycle)
                if (const Candidate *c = m_document->workshop().candidateByKey(key))
                    m_highlight.flashing.insert(c->id);
            m_flash->start();
            viewport()->update();
        }
    if (!m_document->addLink(link))
        return false;
    Q_EMIT message(excludes ? tr("%1 and %2 are now alternatives.")
                                  .arg(m_document->workshop().candidate(from)->key,
                                       m_document->workshop().candidate(to)->key)
                            : tr("%1 now requires %2.")
                                  .arg(m_document->workshop().candidate(to)->key,
                                       m_document->workshop().candidate(from)->key));
    return true;
}

// Deciding on a box: Commit, Defer… or Drop…, through the decision dialog.
void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    const int box = boxAt(mapToScene(event->pos()));
    if (!box) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    select(box);
    DecisionMenu::popUp(m_document, box, this, event->globalPos());
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF at = mapToScene(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    const int box = boxAt(at);
    if (box) {
        m_dragFrom = 0;
        m_highlight.selectedLink.reset();
        select(box);
        m_dragFrom = box; // becomes a link drag once the mouse moves
        m_dragAt = at;
        return;
    }
    if (const auto link = linkAt(at)) {
        m_highlight.selectedLink = link;
        viewport()->update();
        return;
    }
    m_highlight.selectedLink.reset();
    setDragMode(QGraphicsView::ScrollHandDrag); // empty space: pan
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        m_dragAt = mapToScene(event->position().toPoint());
        viewport()->update();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        const int from = m_dragFrom;
        m_dragFrom = 0;
        const bool moved = (event->position().toPoint() - m_pressPos).manhattanLength() > 6;
        const int to = boxAt(mapToScene(event->position().toPoint()));
        if (moved && to && to != from)
            linkByDrag(from, to, event->modifiers() & Qt::ShiftModifier);
        viewport()->update();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(QGraphicsView::NoDrag);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const Workshop &w = m_document->workshop();
    ensureLaidOut();
    if (event->matches(QKeySequence::ZoomIn) ||
        (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomBy(1.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomBy(1 / 1.25);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0) {
        fitAll();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        m_highlight.selectedLink) {
        const Dependency link = *m_highlight.selectedLink;
        m_highlight.selectedLink.reset();
        m_document->removeLink(link);
        return;
    }
    const int current = m_highlight.selected;
    if (current && m_layout.nodes.contains(current)) {
        const QRectF box = m_layout.nodes.value(current);
        // Left/right: the nearest box in the previous/next column; up/down: within the column.
        const auto nearest = [&](auto accept) {
            int best = 0;
            double bestDistance = 1e18;
            for (auto it = m_layout.nodes.cbegin(); it != m_layout.nodes.cend(); ++it) {
                if (it.key() == current || !accept(it.value()))
                    continue;
                const QPointF d = it.value().center() - box.center();
                const double distance = std::abs(d.x()) * 2 + std::abs(d.y());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = it.key();
                }
            }
            return best;
        };
        int next = 0;
        switch (event->key()) {
        case Qt::Key_Left:
            next = nearest([&](const QRectF &r) { return r.right() < box.left(); });
            break;
        case Qt::Key_Right:
            next = nearest([&](const QRectF &r) { return r.left() > box.right(); });
            break;
        case Qt::Key_Up:
            next = nearest([&](const QRectF &r) {
                return r.bottom() < box.top() && std::abs(r.left() - box.left()) < 1;
            });
            break;
        case Qt::Key_Down:
            next = nearest([&](const QRectF &r) {
                return r.top() > box.bottom() && std::abs(r.left() - box.left()) < 1;
            });
            break;
        default:
            break;
        }
        if (next) {
            select(next);
            return;
        }
    } else if (!w.candidates.isEmpty() &&
               (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down)) {
        select(w.candidates.first().id);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace cutline
