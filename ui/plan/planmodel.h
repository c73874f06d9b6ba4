// PlanModel: the candidates ranked for the Plan view — the plan's choice first, then the cut
// line, then everything below it with the reason it is out.
#pragma once

#include "core/plan/planner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace cutline {

class WorkshopDocument;

class PlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Key,
        Title,
        Effort,
        Value,
        Used,
        Reason,
        ColumnCount
    };
    enum Role
    {
        CandidateIdRole = Qt::UserRole + 1,
        BelowCutRole,
        FirstBelowCutRole
    };

    explicit PlanModel(WorkshopDocument *document, QObject *parent = nullptr);

    // A plan with the same rows as the one shown (its reasons completed) updates the reasons
    // in place, so the selection and scroll position stay.
    void setPlan(const Plan &plan);
    // One reason of the plan shown, arrived after it. Its row reads the new reason at once;
    // views hear of the reasons that arrive close together in one dataChanged (a view that sizes
    // its rows to their text measures every row on each change, so one per reason would make
    // hundreds of measurements in a big workshop).
    void updateReason(const Exclusion &exclusion);
    // What would flip each candidate below the cut line (issue 14: every "no" reason gains
    // its margin), by candidate id; shown under its reason. Empty: none known for this plan.
    void setMargins(const QHash<int, QString> &margins);
    int cutRow() const { return int(m_inPlan); } // the first row below the cut line

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int id;
        double used; // cumulative effort, for rows in the plan
        QString reason;
    };
    WorkshopDocument *m_document;
    QString reasonText(const Row &row) const;
    bool setReason(const Exclusion &exclusion); // the row it changed marked for the next flush
    void flushReasons();                        // tells the views of the rows marked

    QList<Row> m_rows;
    qsizetype m_inPlan = 0;
    QHash<int, QString> m_margins;
    QTimer m_flush;
    qsizetype m_changedFrom = -1, m_changedTo = -1; // the rows whose reasons the views await
};

} // namespace cutline
