// PlanView: the capacity bar, the ranked candidates with the cut line where capacity runs
// out, the reason beside each candidate below it, and "adopt the plan as decisions".
#pragma once

#include "core/model/candidate.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLayout;
class QPushButton;
class QTableView;

namespace cutline {

class CapacityBar;
class OddsController;
class PlanController;
class PlanModel;
class WorkshopDocument;

class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(WorkshopDocument *document, QWidget *parent = nullptr);

    PlanController *controller() const { return m_controller; }
    PlanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Commits the plan's choice and defers the rest (with its reason), in one undo step.
    void adoptPlan();
    // Decides on the selected row, asking for the reason when the decision needs one.
    void decideSelected(Decision decision);
    // Commit, Defer… and Drop… (for the selected row), in that order.
    QList<QAction *> decideActions() const { return m_decideActions; }

Q_SIGNALS:
    void candidateActivated(int id);

private:
    void buildTable();
    QLayout *buildDecideButtons();
    int selectedId() const;
    void updateDecideActions();
    void showPlan();
    void showMargins();
    void showComputing(bool computing);

    WorkshopDocument *m_document;
    PlanController *m_controller;
    OddsController *m_odds = nullptr;
    PlanModel *m_model;
    CapacityBar *m_bar;
    QLabel *m_summary;
    QLabel *m_status;
    QTableView *m_table;
    QPushButton *m_adopt;
    QList<QAction *> m_decideActions;
};

} // namespace cutline
