#include "ui/projector/projectorpictures.h"

#include "render/chart/chartpainter.h"
#include "render/graph/graphpainter.h"
#include "ui/document/workshopdocument.h"
#include "ui/plan/plancontroller.h"
#include "ui/projector/projectorstyle.h"

#include <QFontMetrics>
#include <QPainter>

#include <cmath>

namespace cutline {

using namespace projector;

namespace {

// Draws the page's title and returns the area left below it.
QRectF paintHeading(QPainter &p, const QWidget *page, const Style &s, const QString &title)
{
    p.fillRect(page->rect(), paper());
    p.setPen(ink());
    p.setFont(s.titleFont());
    const int h = QFontMetrics(s.titleFont()).height();
    p.drawText(QRect(s.margin, s.margin, page->width() - 2 * s.margin, h), Qt::AlignLeft, title);
    return QRectF(s.margin, s.margin + h + s.body / 2, page->width() - 2 * s.margin,
                  page->height() - 2 * s.margin - h - s.body / 2);
}

} // namespace

ProjectorChartPage::ProjectorChartPage(WorkshopDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setAccessibleName(tr("Impact and effort"));
}

void ProjectorChartPage::paintEvent(QPaintEvent *)
{
    const Style s = styleFor(window()->height());
    QPainter p(this);
    const QRectF area = paintHeading(p, this, s, tr("Impact and effort"));
    // The painter's type is 8 pt; scale it up to the projector's body size.
    const double painted = 8.0 * logicalDpiY() / 72.0;
    const double k = s.body / painted;
    p.translate(area.topLeft());
    p.scale(k, k);
    paintImpactChart(p, QRectF(0, 0, area.width() / k, area.height() / k), m_document->workshop());
}

ProjectorGraphPage::ProjectorGraphPage(WorkshopDocument *document, PlanController *controller,
                                       QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(controller)
{
    setAccessibleName(tr("Dependencies"));
}

void ProjectorGraphPage::invalidate()
{
    m_layout.reset();
    update();
}

void ProjectorGraphPage::scrollPage(int pages)
{
    m_tile = std::clamp(m_tile + pages, 0, tileCount() - 1);
    update();
}

void ProjectorGraphPage::paintEvent(QPaintEvent *)
{
    const Style s = styleFor(window()->height());
    QPainter p(this);
    const QRectF area = paintHeading(
        p, this, s, tr("Dependencies · bold boxes are in the plan, dashed ones are out"));
    const Workshop &w = m_document->workshop();
    if (!m_layout) {
        // Tighter gaps than on a desk: the type is what must stay large, not the spacing.
        LayoutOptions options;
        options.layerGap = 44;
        options.nodeGap = 12;
        m_layout = layoutGraph(w, options);
    }
    const QRectF bounds = m_layout->bounds;
    if (bounds.isEmpty())
        return;
    // The painter's smallest type is 11 px: never draw it smaller than the body size, and
    // grow a small graph up to the screen, but not past half again the body size.
    const double least = s.body / 11.0;
    const double fit = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    const double k = std::max(least, std::min(fit, least * 1.5));
    const QSizeF drawn = bounds.size() * k;
    const int tilesBefore = tileCount();
    m_columns = std::max(1, int(std::ceil(drawn.width() / area.width() - 0.02)));
    m_rows = std::max(1, int(std::ceil(drawn.height() / area.height() - 0.02)));
    m_tile = std::clamp(m_tile, 0, tileCount() - 1);
    if (tileCount() != tilesBefore)
        Q_EMIT tilesChanged();
    // Each screenful after the first starts where the last ended, less a margin to keep context.
    const double x = std::min(double(m_tile % m_columns) * area.width() * 0.9,
                              std::max(0.0, drawn.width() - area.width()));
    const double y = std::min(double(m_tile / m_columns) * area.height() * 0.9,
                              std::max(0.0, drawn.height() - area.height()));
    const double dx = std::max(0.0, (area.width() - drawn.width()) / 2);
    p.setClipRect(area);
    p.translate(area.left() + dx - x, area.top() - y);
    p.scale(k, k);
    p.translate(-bounds.topLeft());
    std::optional<QSet<int>> inPlan;
    const Plan &plan = m_controller->plan();
    if (plan.feasible && !m_controller->isComputing())
        inPlan = QSet<int>(plan.selected.cbegin(), plan.selected.cend());
    paintGraph(p, w, *m_layout, inPlan);
}

} // namespace cutline
