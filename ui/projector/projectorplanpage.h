// ProjectorPlanPage: the plan for a room — capacity headline, candidates ranked with titles in
// full, the cut line between rows and the reason beside each candidate below it; pages
// instead of shrinking when the rows do not fit.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace cutline {

class PlanController;
class PlanModel;
class WorkshopDocument;

class ProjectorPlanPage : public QWidget
{
    Q_OBJECT

public:
    ProjectorPlanPage(WorkshopDocument *document, PlanController *controller,
                      QWidget *parent = nullptr);

    // Re-reads the controller's plan (the one plan; nothing is solved here).
    void refresh();
    // The candidates in ranked order, and the first row below the cut line.
    QList<int> rankedIds() const;
    int cutRow() const;
    QString headline() const;

    int pageCount() const { return int(m_pageStarts.size()); }
    int page() const { return m_page; }
    void setPage(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Columns
    {
        int rank, key, title, effort, reason; // left edges
        int titleWidth, reasonWidth, right;
    };
    Columns columns() const;
    int rowHeight(int row, const Columns &c) const;
    int tableTop() const;
    void paginate();
    void paintRow(QPainter &p, int row, int y, int height, const Columns &c) const;
    void paintCutLine(QPainter &p, int y, const Columns &c) const;

    WorkshopDocument *m_document;
    PlanController *m_controller;
    PlanModel *m_model;
    QList<int> m_pageStarts{0};
    int m_page = 0;
};

} // namespace cutline
