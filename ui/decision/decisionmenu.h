// DecisionMenu: Commit, Defer… and Drop… for one candidate, as a context menu on a chart
// bubble or a graph box; each goes through the decision dialog.
#pragma once

#include <QMenu>

namespace cutline {

class WorkshopDocument;

class DecisionMenu : public QMenu
{
    Q_OBJECT

public:
    DecisionMenu(WorkshopDocument *document, int id, QWidget *parent);

    // Pops a menu up for candidate `id` at `globalPos` without blocking; it deletes itself
    // when closed. Returns it (for tests), or nullptr when there is nothing to decide.
    static DecisionMenu *popUp(WorkshopDocument *document, int id, QWidget *parent,
                               const QPoint &globalPos);
};

} // namespace cutline
