// The projector's pictures: the impact/effort chart and the dependency graph, drawn by the
// render painters scaled up until their smallest text is the projector's body size.
#pragma once

#include "core/graph/layout.h"

#include <QSet>
#include <QWidget>

#include <optional>

namespace cutline {

class PlanController;
class WorkshopDocument;

class ProjectorChartPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectorChartPage(WorkshopDocument *document, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    WorkshopDocument *m_document;
};

class ProjectorGraphPage : public QWidget
{
    Q_OBJECT

public:
    ProjectorGraphPage(WorkshopDocument *document, PlanController *controller,
                       QWidget *parent = nullptr);
    void invalidate(); // the workshop changed: lay out again when next shown
    // A graph larger than the screen is shown a screenful at a time, left to right, then down.
    void scrollPage(int pages);
    int tileCount() const { return m_columns * m_rows; }
    int tile() const { return m_tile; }

Q_SIGNALS:
    void tilesChanged(); // known once painted at the current size

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    WorkshopDocument *m_document;
    PlanController *m_controller;
    std::optional<GraphLayout> m_layout;
    int m_tile = 0;
    int m_columns = 1;
    int m_rows = 1;
};

} // namespace cutline
