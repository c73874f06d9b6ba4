// GraphView: the dependency graph, laid out in layers (prerequisites left), interactive.
// Click selects (and highlights what it needs and what needs it); drag from one box to
// another to say the second requires the first (with Shift: they exclude each other); click a
// link and press Delete to remove it; a link that would close a cycle is refused on the spot
// and the cycle's boxes flash. Ctrl+wheel or Ctrl+=/Ctrl+- zoom, Ctrl+0 fits, arrows move
// between linked boxes.
#pragma once

#include "core/graph/layout.h"
#include "core/plan/planner.h"
#include "render/graph/graphpainter.h"

#include <QGraphicsView>

class QTimer;

namespace cutline {

class WorkshopDocument;

class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(WorkshopDocument *document, QWidget *parent = nullptr);

    void setSelectedId(int id);
    // Shows the plan's choice (in / out); the window passes the plan its worker computed.
    void setPlan(const Plan &plan);
    int selectedId() const { return m_highlight.selected; }
    void setShowCriticalChain(bool show);
    void setHideImpliedLinks(bool hide);
    void fitAll();
    void zoomBy(double factor);
    const GraphLayout &currentLayout()
    {
        ensureLaidOut();
        return m_layout;
    }
    std::optional<Dependency> selectedLink() const { return m_highlight.selectedLink; }
    // Where a candidate's box is, in view coordinates (for tests).
    QPoint boxCentre(int id);
    // Tries "to requires from" (or excludes), as a drag does; false when refused.
    bool linkByDrag(int from, int to, bool excludes);

Q_SIGNALS:
    void candidateActivated(int id);
    void message(const QString &text);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Marks the layout stale; it is redone when the view is shown or asked for it (laying out
    // hundreds of boxes takes a noticeable moment, so a hidden graph never does it per edit).
    void invalidateLayout();
    void ensureLaidOut();
    void ensureSelectedVisible();
    void fitOnce(); // the whole graph in view, the first time it is shown after a reset
    void relayout();
    void updateHighlight(); // the selection's prerequisites and dependents, the critical chain
    int boxAt(const QPointF &scenePos);
    std::optional<Dependency> linkAt(const QPointF &scenePos);
    void select(int id);

    WorkshopDocument *m_document;
    GraphLayout m_layout;
    bool m_stale = true;
    double m_nodeHeight = 0; // of the boxes laid out
    GraphHighlight m_highlight;
    std::optional<QSet<int>> m_inPlan;
    bool m_showChain = false;
    bool m_hideImplied = false;
    int m_dragFrom = 0;
    QPointF m_dragAt;
    QPoint m_pressPos;
    bool m_fitted = false;
    QTimer *m_flash;
};

} // namespace cutline
