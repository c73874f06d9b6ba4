#include "ui/chart/impactchart.h"

#include "core/scoring/scoring.h"
#include "render/chart/chartstyle.h"
#include "ui/chart/effortwhiskers.h"
#include "ui/decision/decisionmenu.h"
#include "ui/document/workshopdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGraphicsEllipseItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QTimer>
#include <QUndoStack>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cutline {

namespace {

using chartstyle::decisionColour;
using chartstyle::kindColour;
using chartstyle::median;
using chartstyle::niceStep;

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

} // namespace

// One candidate: a translucent disc that can be hovered, clicked and dragged.
class BubbleItem : public QGraphicsEllipseItem
{
public:
    BubbleItem(ImpactChart *chart, int id, QGraphicsItem *parent)
        : QGraphicsEllipseItem(parent), m_chart(chart), m_id(id)
    {
        setAcceptHoverEvents(true);
        setCursor(Qt::OpenHandCursor);
        setZValue(10);
    }
    int id() const { return m_id; }
    QGraphicsSimpleTextItem *label = nullptr;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override { setZValue(20); }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override { setZValue(10); }
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton) {
            event->ignore();
            return;
        }
        m_pressScene = event->scenePos();
        m_startPos = pos();
        m_dragging = false;
        setCursor(Qt::ClosedHandCursor);
    }
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override
    {
        const QPointF delta = event->scenePos() - m_pressScene;
        if (!m_dragging && delta.manhattanLength() < 4)
            return;
        m_dragging = true;
        setPos(m_startPos + delta);
        if (label)
            label->hide();
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        setCursor(Qt::OpenHandCursor);
        if (m_dragging)
            m_chart->bubbleDropped(m_id, mapToScene(rect().center()));
        else
            m_chart->bubbleClicked(m_id);
        (void)event;
    }

private:
    ImpactChart *m_chart;
    int m_id;
    QPointF m_pressScene;
    QPointF m_startPos;
    bool m_dragging = false;
};

ImpactChart::ImpactChart(WorkshopDocument *document, QWidget *parent)
    // Given its chart up front: a view made without one makes a default chart, and setChart()
    // would let that go without deleting it.
    : QChartView(new QChart, parent), m_document(document)
{
    QChart *c = chart();
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    m_x = new QValueAxis;
    m_yAxis = new QValueAxis;
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);
    QPen dashed(QColor(0x70, 0x70, 0x70), 1.5, Qt::DashLine);
    m_vertical = new QLineSeries;
    m_horizontal = new QLineSeries;
    for (QLineSeries *line : {m_vertical, m_horizontal}) {
        c->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_yAxis);
        line->setPen(dashed);
    }
    for (int i = 0; i < 4; ++i) {
        auto *name = new QGraphicsSimpleTextItem(c);
        name->setBrush(QColor(0x60, 0x60, 0x60));
        name->setZValue(1);
        m_quadrantNames.append(name);
    }
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Impact/effort chart"));
    setMinimumSize(420, 300);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &ImpactChart::rebuild);
    const auto later = [timer] {
        timer->start();
    };
    // Rebuilding waits for the event loop: an edit may come from a bubble's own mouse event.
    connect(document, &WorkshopDocument::workshopReset, this, later);
    connect(document, &WorkshopDocument::candidateInserted, this, later);
    connect(document, &WorkshopDocument::candidateRemoved, this, later);
    connect(document, &WorkshopDocument::candidateChanged, this, later);
    connect(document, &WorkshopDocument::candidateDetailsChanged, this, later); // scores
    connect(document, &WorkshopDocument::settingsChanged, this, later);
    connect(c, &QChart::plotAreaChanged, this, [this] { place(); });
    rebuild();
}

void ImpactChart::setYAxis(YAxis y)
{
    m_y = y;
    rebuild();
}

void ImpactChart::setSize(Size size)
{
    m_size = size;
    rebuild();
}

void ImpactChart::setColour(Colour colour)
{
    m_colour = colour;
    rebuild();
}

void ImpactChart::setSelectedId(int id)
{
    m_selected = id;
    for (BubbleItem *b : std::as_const(m_bubbles)) {
        const bool on = b->id() == id;
        b->setPen(on ? QPen(palette().color(QPalette::Highlight), 3.5)
                     : QPen(b->brush().color().darker(150), 1));
        b->setZValue(on ? 15 : 10);
    }
}

double ImpactChart::yOf(int id) const
{
    return m_ys.value(id);
}

QColor ImpactChart::colourOf(int id) const
{
    const Candidate *c = m_document->workshop().candidate(id);
    if (!c)
        return Qt::gray;
    return m_colour == Colour::Kind ? kindColour(c->kind) : decisionColour(c->decision);
}

QList<QPair<QString, QColor>> ImpactChart::legend() const
{
    QList<QPair<QString, QColor>> entries;
    if (m_colour == Colour::Kind)
        for (Kind k : allKinds())
            entries.append({kindName(k), kindColour(k)});
    else
        for (Decision d : allDecisions())
            entries.append({decisionName(d), decisionColour(d)});
    return entries;
}

QPointF ImpactChart::thresholds() const
{
    const Workshop &w = m_document->workshop();
    QList<double> efforts, ys;
    for (const Candidate &c : w.candidates) {
        efforts.append(c.effort);
        const double y = yOf(c.id);
        if (std::isfinite(y))
            ys.append(y);
    }
    const double x = w.effortThreshold.value_or(median(efforts));
    // The value threshold splits whichever value is shown up the chart.
    return {x, w.valueThreshold.value_or(median(ys))};
}

ImpactChart::~ImpactChart() = default;

void ImpactChart::setShowRanges(bool show)
{
    if (!m_whiskers)
        m_whiskers = std::make_unique<EffortWhiskers>(chart());
    m_whiskers->setVisible(show);
}

bool ImpactChart::showsRanges() const
{
    return m_whiskers && m_whiskers->isVisible();
}

int ImpactChart::whiskerCount() const
{
    return m_whiskers ? m_whiskers->count() : 0;
}

void ImpactChart::rebuild()
{
    const Workshop &w = m_document->workshop();
    for (BubbleItem *bubble : std::as_const(m_bubbles))
        delete bubble->label;
    qDeleteAll(m_bubbles);
    m_bubbles.clear();
    // The y values, once per rebuild: a score can cost a pass over the workshop, and
    // placing sorts by them.
    m_ys.clear();
    const QHash<int, Score> scores = m_y == YAxis::Impact ? QHash<int, Score>() : scoresOf(w);
    for (const Candidate &c : w.candidates)
        m_ys.insert(c.id, m_y == YAxis::Impact ? c.impact : scores.value(c.id).value);
    double maxEffort = 1, maxY = m_y == YAxis::Impact ? 10 : 0;
    for (const Candidate &c : w.candidates) {
        maxEffort = std::max(maxEffort, c.effort);
        const double y = yOf(c.id);
        if (std::isfinite(y))
            maxY = std::max(maxY, y);
    }
    if (maxY <= 0)
        maxY = 1;
    m_x->setTitleText(tr("Effort (%1)").arg(w.capacityUnit));
    m_yAxis->setTitleText(m_y == YAxis::Impact ? tr("Impact (0–10)")
                                               : tr("Score (%1)").arg(frameworkName(w.framework)));
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_yAxis->setLabelFormat(QStringLiteral("%g"));
    // Room beyond the largest value for its bubble; ticks at round numbers.
    const double xStep = niceStep(maxEffort);
    m_x->setRange(0, std::ceil(maxEffort * 1.06 / xStep) * xStep);
    const double yMax = m_y == YAxis::Impact ? 10.5 : maxY * 1.08;
    m_yAxis->setRange(0, yMax);
    for (QValueAxis *axis : {m_x, m_yAxis}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
    }
    m_x->setTickInterval(xStep);
    m_yAxis->setTickInterval(m_y == YAxis::Impact ? 2 : niceStep(maxY));

    const QPointF split = thresholds();
    m_vertical->replace({QPointF(split.x(), m_yAxis->min()), QPointF(split.x(), m_yAxis->max())});
    m_horizontal->replace({QPointF(m_x->min(), split.y()), QPointF(m_x->max(), split.y())});
    const QStringList names = {tr("Quick wins"), tr("Big bets"), tr("Fill-ins"), tr("Time sinks")};
    for (int i = 0; i < 4; ++i)
        m_quadrantNames[i]->setText(names[i]);

    const QString unit = w.capacityUnit;
    for (const Candidate &c : w.candidates) {
        auto *bubble = new BubbleItem(this, c.id, chart());
        QColor fill = colourOf(c.id);
        fill.setAlpha(150);
        bubble->setBrush(fill);
        bubble->setPen(QPen(fill.darker(150), 1));
        const Score score = scoreOf(w, c);
        bubble->setToolTip(
            tr("<b>%1 %2</b><br>Effort %3 %4 · impact %5 · confidence %6 % · risk %7<br>"
               "Score %8: %9<br>%10")
                .arg(c.key.toHtmlEscaped(), c.title.toHtmlEscaped(), formatNumber(c.effort),
                     unit.toHtmlEscaped(), formatNumber(c.impact), formatNumber(c.confidence))
                .arg(c.risk)
                .arg(formatScore(score.value), score.formula.toHtmlEscaped(),
                     decisionName(c.decision)));
        auto *label = new QGraphicsSimpleTextItem(c.key, chart());
        label->setZValue(12);
        label->setAcceptedMouseButtons(Qt::NoButton);
        bubble->label = label;
        m_bubbles.insert(c.id, bubble);
    }
    place();
    setSelectedId(m_selected);
}

void ImpactChart::place()
{
    if (m_placing || !chart())
        return;
    m_placing = true;
    const Workshop &w = m_document->workshop();
    const QRectF plot = chart()->plotArea();
    const double scale = std::max(1.0, fontMetrics().height() / 16.0);
    QFont labelFont = font();
    labelFont.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF metrics(labelFont);

    // Quadrant names in the outer corners of their quadrants.
    const QPointF split = chart()->mapToPosition(thresholds(), m_vertical);
    QFont nameFont = font();
    nameFont.setBold(true);
    const QRectF corners[4] = {
        QRectF(plot.left() + 6, plot.top() + 4, 0, 0),     // quick wins: little effort, much value
        QRectF(plot.right() - 6, plot.top() + 4, 0, 0),    // big bets
        QRectF(plot.left() + 6, plot.bottom() - 4, 0, 0),  // fill-ins
        QRectF(plot.right() - 6, plot.bottom() - 4, 0, 0), // time sinks
    };
    for (int i = 0; i < 4; ++i) {
        QGraphicsSimpleTextItem *name = m_quadrantNames[i];
        name->setFont(nameFont);
        const QRectF r = name->boundingRect();
        const double x = i % 2 == 0 ? corners[i].left() : corners[i].left() - r.width();
        const double y = i < 2 ? corners[i].top() : corners[i].top() - r.height();
        name->setPos(x, y);
        name->setVisible(plot.contains(split));
    }

    // Bubbles, most valuable first, so their labels win the free places.
    QList<BubbleItem *> order(m_bubbles.begin(), m_bubbles.end());
    std::sort(order.begin(), order.end(), [this](const BubbleItem *a, const BubbleItem *b) {
        const double ya = yOf(a->id()), yb = yOf(b->id());
        return ya != yb ? ya > yb : a->id() < b->id();
    });
    QList<chartstyle::KeySpot> spots;
    for (BubbleItem *bubble : order) {
        const Candidate *c = w.candidate(bubble->id());
        double y = yOf(bubble->id());
        if (!std::isfinite(y))
            y = m_yAxis->max();
        const QPointF centre = chart()->mapToPosition(QPointF(c->effort, y), m_vertical);
        const double radius =
            scale * (m_size == Size::Risk ? 5 + 3.0 * c->risk : 5 + 15.0 * c->confidence / 100);
        bubble->setPos(0, 0);
        bubble->setRect(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
        bubble->label->setFont(labelFont);
        spots.append({centre, radius, metrics.boundingRect(c->key).size()});
    }
    QList<QRectF> taken;
    for (const QGraphicsSimpleTextItem *name : std::as_const(m_quadrantNames))
        if (name->isVisible())
            taken.append(name->mapRectToParent(name->boundingRect()));
    const QList<QRectF> keys = chartstyle::placeKeys(spots, plot, taken, 2);
    for (qsizetype k = 0; k < order.size(); ++k) {
        QGraphicsSimpleTextItem *label = order[k]->label;
        // No free place: the key stays on the tooltip rather than on top of another one.
        label->setVisible(!keys[k].isNull());
        if (!keys[k].isNull())
            label->setPos(keys[k].topLeft());
    }
    // Issue 14: the effort ranges, where the bubbles now are.
    if (!m_whiskers)
        m_whiskers = std::make_unique<EffortWhiskers>(chart());
    m_whiskers->update(
        w, plot,
        [this](double x, double y) { return chart()->mapToPosition(QPointF(x, y), m_vertical); },
        [this](int id) { return yOf(id); });
    m_placing = false;
}

QPoint ImpactChart::bubbleCentre(int id) const
{
    const BubbleItem *b = m_bubbles.value(id);
    if (!b)
        return {};
    return mapFromScene(b->mapToScene(b->rect().center()));
}

QList<QRectF> ImpactChart::visibleLabelRects() const
{
    QList<QRectF> rects;
    for (const BubbleItem *b : m_bubbles)
        if (b->label && b->label->isVisible())
            rects.append(b->label->sceneBoundingRect());
    return rects;
}

void ImpactChart::bubbleClicked(int id)
{
    setSelectedId(id);
    Q_EMIT candidateActivated(id);
}

void ImpactChart::bubbleDropped(int id, const QPointF &scenePos)
{
    const Candidate *c = m_document->workshop().candidate(id);
    if (!c)
        return;
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scenePos), m_vertical);
    // Whole and half units: what a workshop estimates in, and what keeps the plan exact and fast.
    const double effort = std::max(0.0, roundTo(value.x(), 0.5));
    const double impact = std::clamp(roundTo(value.y(), 0.5), 0.0, 10.0);
    const bool moveImpact = m_y == YAxis::Impact && impact != c->impact;
    const bool moveEffort = effort != c->effort;
    if (!moveEffort && !moveImpact) {
        rebuild(); // back to where it was
        return;
    }
    QList<std::pair<Field, QVariant>> changes;
    if (moveEffort)
        changes.append({Field::Effort, effort});
    if (moveImpact)
        changes.append({Field::Impact, impact});
    m_document->editFields(id, changes, tr("Re-estimate %1 on the chart").arg(c->key));
    setSelectedId(id);
    Q_EMIT candidateActivated(id);
}

void ImpactChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    place();
}

// Deciding on a bubble: Commit, Defer… or Drop…, through the decision dialog.
void ImpactChart::contextMenuEvent(QContextMenuEvent *event)
{
    for (QGraphicsItem *item : items(event->pos()))
        if (const auto *bubble = dynamic_cast<const BubbleItem *>(item)) {
            bubbleClicked(bubble->id());
            DecisionMenu::popUp(m_document, bubble->id(), this, event->globalPos());
            return;
        }
    QChartView::contextMenuEvent(event);
}

ChartPage::ChartPage(WorkshopDocument *document, QWidget *parent) : QWidget(parent)
{
    m_chart = new ImpactChart(document);
    auto *y = new QComboBox;
    y->addItem(tr("Impact"), int(ImpactChart::YAxis::Impact));
    y->addItem(tr("Score"), int(ImpactChart::YAxis::Score));
    auto *size = new QComboBox;
    size->addItem(tr("Risk"), int(ImpactChart::Size::Risk));
    size->addItem(tr("Confidence"), int(ImpactChart::Size::Confidence));
    auto *colour = new QComboBox;
    colour->addItem(tr("Kind"), int(ImpactChart::Colour::Kind));
    colour->addItem(tr("Decision"), int(ImpactChart::Colour::Decision));
    connect(y, &QComboBox::currentIndexChanged, this,
            [this, y] { m_chart->setYAxis(ImpactChart::YAxis(y->currentData().toInt())); });
    connect(size, &QComboBox::currentIndexChanged, this,
            [this, size] { m_chart->setSize(ImpactChart::Size(size->currentData().toInt())); });
    connect(colour, &QComboBox::currentIndexChanged, this, [this, colour] {
        m_chart->setColour(ImpactChart::Colour(colour->currentData().toInt()));
        updateLegend();
    });
    m_legend = new QLabel;
    auto *bar = new QHBoxLayout;
    const auto labelled = [bar](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text);
        label->setBuddy(box);
        bar->addWidget(label);
        bar->addWidget(box);
    };
    labelled(tr("&Up:"), y);
    labelled(tr("Si&ze:"), size);
    labelled(tr("C&olour:"), colour);
    auto *ranges = new QCheckBox(tr("Effort &ranges")); // issue 14: whiskers from low to high
    ranges->setToolTip(tr("Show each candidate's low and high effort as a whisker"));
    connect(ranges, &QCheckBox::toggled, m_chart, &ImpactChart::setShowRanges);
    bar->addWidget(ranges);
    bar->addSpacing(12);
    bar->addWidget(m_legend, 1);
    auto *hint = new QLabel(tr("Click a bubble to select it; drag it to re-estimate (Ctrl+Z "
                               "undoes)."));
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    layout->addWidget(hint);
    updateLegend();
}

void ChartPage::updateLegend()
{
    QStringList parts;
    for (const auto &[name, colour] : m_chart->legend())
        parts.append(QStringLiteral("<span style='color:%1'>●</span>&nbsp;%2")
                         .arg(colour.name(), name.toHtmlEscaped()));
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp; ")));
}

} // namespace cutline
