// ImpactChart: the impact/effort chart. One bubble per candidate (effort across, impact or
// the framework's score up, size by risk or confidence, colour by kind or decision), quadrant
// lines with their names, keys as labels that never overlap, hover for the numbers, click to
// select everywhere, drag to re-estimate (one undo step).
#pragma once

#include <memory>

#include <QChartView>
#include <QHash>
#include <QWidget>

class QComboBox;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace cutline {

class BubbleItem;
class EffortWhiskers;
class WorkshopDocument;

class ImpactChart : public QChartView
{
    Q_OBJECT

public:
    enum class YAxis
    {
        Impact,
        Score
    };
    enum class Size
    {
        Risk,
        Confidence
    };
    enum class Colour
    {
        Kind,
        Decision
    };

    explicit ImpactChart(WorkshopDocument *document, QWidget *parent = nullptr);
    ~ImpactChart() override; // where EffortWhiskers is complete

    void setYAxis(YAxis y);
    void setSize(Size size);
    void setColour(Colour colour);
    YAxis yAxis() const { return m_y; }
    Colour colour() const { return m_colour; }

    // Highlights the selected candidate's bubble (0: none).
    void setSelectedId(int id);
    int selectedId() const { return m_selected; }

    // For tests and the legend: the bubble's centre in view coordinates, the labels shown.
    QPoint bubbleCentre(int id) const;
    QList<QRectF> visibleLabelRects() const;
    int bubbleCount() const { return int(m_bubbles.size()); }
    QColor colourOf(int id) const;
    QList<QPair<QString, QColor>> legend() const;

    // Issue 14: each candidate's effort range (low to high) as a whisker through its bubble.
    void setShowRanges(bool show);
    bool showsRanges() const;
    int whiskerCount() const;

    // Called by a bubble: selection and a finished drag to (effort, y) in chart values.
    void bubbleClicked(int id);
    void bubbleDropped(int id, const QPointF &scenePos);

Q_SIGNALS:
    void candidateActivated(int id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void place();
    double yOf(int id) const;
    QPointF thresholds() const;

    WorkshopDocument *m_document;
    QValueAxis *m_x;
    QValueAxis *m_yAxis;
    QLineSeries *m_vertical;
    QLineSeries *m_horizontal;
    QList<QGraphicsSimpleTextItem *> m_quadrantNames;
    QHash<int, BubbleItem *> m_bubbles;
    QHash<int, double> m_ys; // the value up the chart, by candidate id
    YAxis m_y = YAxis::Impact;
    Size m_size = Size::Risk;
    Colour m_colour = Colour::Kind;
    int m_selected = 0;
    bool m_placing = false;
    std::unique_ptr<EffortWhiskers> m_whiskers; // issue 14; made with the first placing
};

// The chart with its choices (y axis, size, colour) and a legend above it.
class ChartPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPage(WorkshopDocument *document, QWidget *parent = nullptr);
    ImpactChart *chart() const { return m_chart; }

private:
    void updateLegend();

    ImpactChart *m_chart;
    QLabel *m_legend;
};

} // namespace cutline
