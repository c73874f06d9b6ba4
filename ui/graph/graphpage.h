// GraphPage: the Graph tab — the dependency graph view with its options (critical chain,
// implied links, Fit) and a line on how to edit links.
#pragma once

#include <QWidget>

namespace cutline {

class GraphView;
class PlanController;
class WorkshopDocument;

class GraphPage : public QWidget
{
    Q_OBJECT

public:
    // The graph marks what `plan` (the Plan view's worker) chose, rather than solving again.
    GraphPage(WorkshopDocument *document, PlanController *plan, QWidget *parent = nullptr);

    GraphView *view() const { return m_view; }

private:
    QLayout *buildBar();

    GraphView *m_view;
};

} // namespace cutline
