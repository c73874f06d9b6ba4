// ProjectorFocusPage: the candidate in focus with its why — problem, who it helps, metric,
// outcome, cost of not doing it — its estimates, its place in the plan and its decision.
#pragma once

#include <QWidget>

namespace cutline {

class PlanController;
class WorkshopDocument;

class ProjectorFocusPage : public QWidget
{
    Q_OBJECT

public:
    ProjectorFocusPage(WorkshopDocument *document, PlanController *controller,
                       QWidget *parent = nullptr);

    void setCandidate(int id);
    int candidate() const { return m_id; }
    // Scrolls by a screen (PageDown / PageUp) when the why is longer than the screen.
    void scrollPage(int pages);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Line
    {
        QString label;
        QString text;
    };
    QList<Line> lines() const;
    QString planPlace() const;

    WorkshopDocument *m_document;
    PlanController *m_controller;
    int m_id = 0;
    int m_scroll = 0;
};

} // namespace cutline
