// ProjectorView: presentation mode — a full-screen window made for a room: the plan with its
// cut line, and one key away the chart, the graph and the candidate in focus with its why.
// A window of its own, so leaving it leaves the main window exactly as it was, and on a
// second screen (the projector) the facilitator keeps editing on the laptop.
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace cutline {

class PlanController;
class ProjectorChartPage;
class ProjectorFocusPage;
class ProjectorGraphPage;
class ProjectorPlanPage;
class WorkshopDocument;

class ProjectorView : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        PlanPage,
        ChartPage,
        GraphPage,
        FocusPage,
        PageCount
    };

    // Shows the plan `controller` computes for `document` (it solves nothing itself).
    ProjectorView(WorkshopDocument *document, PlanController *controller,
                  QWidget *parent = nullptr);

    Page currentPage() const { return m_current; }
    void showPage(Page page);
    int focusId() const;
    void setFocusId(int id);
    ProjectorPlanPage *planPage() const { return m_plan; }
    ProjectorFocusPage *focusPage() const { return m_focus; }

Q_SIGNALS:
    void leaveRequested(); // Esc or F5

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void moveFocus(int step);
    void turnPage(int step);
    void updateFooter();

    WorkshopDocument *m_document;
    PlanController *m_controller;
    QStackedWidget *m_pages;
    ProjectorPlanPage *m_plan;
    ProjectorChartPage *m_chart;
    ProjectorGraphPage *m_graph;
    ProjectorFocusPage *m_focus;
    QLabel *m_footer;
    Page m_current = PlanPage;
};

} // namespace cutline
