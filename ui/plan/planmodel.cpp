#include "ui/plan/planmodel.h"

#include "core/model/field.h"
#include "ui/document/workshopdocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace cutline {

PlanModel::PlanModel(WorkshopDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &PlanModel::flushReasons);
}

void PlanModel::setPlan(const Plan &plan)
{
    const Workshop &w = m_document->workshop();
    // Densest first: the order in which the capacity is best spent.
    const auto byDensity = [&w](int a, int b) {
        return planDensity(*w.candidate(a)) > planDensity(*w.candidate(b));
    };
    QList<int> in, out;
    for (int id : plan.selected)
        if (w.candidate(id))
            in.append(id);
    QHash<int, QString> reasons;
    for (const Exclusion &e : plan.excluded)
        if (w.candidate(e.id)) {
            out.append(e.id);
            reasons.insert(e.id, e.reason);
        }
    std::stable_sort(in.begin(), in.end(), byDensity);
    std::stable_sort(out.begin(), out.end(), byDensity);
    QList<Row> rows;
    double used = 0;
    for (int id : in) {
        used += w.candidate(id)->effort;
        rows.append(Row{id, used, QString()});
    }
    for (int id : out)
        rows.append(Row{id, 0, reasons.value(id)});
    // Reasons still to be told of are in what the views hear now.
    m_flush.stop();
    m_changedFrom = m_changedTo = -1;
    const bool sameRows = m_inPlan == in.size() && m_rows.size() == rows.size() &&
                          std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                     [](const Row &a, const Row &b) { return a.id == b.id; });
    if (sameRows) {
        // The same ranking: an edit may still have changed an effort (so what each row has
        // used), a title or a reason. One change for the whole table keeps the selection and
        // the scroll position.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_inPlan = in.size();
    endResetModel();
}

void PlanModel::updateReason(const Exclusion &exclusion)
{
    if (setReason(exclusion) && !m_flush.isActive())
        m_flush.start();
}

bool PlanModel::setReason(const Exclusion &exclusion)
{
    for (qsizetype r = m_inPlan; r < m_rows.size(); ++r) {
        if (m_rows[r].id != exclusion.id)
            continue;
        if (m_rows[r].reason == exclusion.reason)
            return false;
        m_rows[r].reason = exclusion.reason;
        m_changedFrom = m_changedFrom < 0 ? r : std::min(m_changedFrom, r);
        m_changedTo = std::max(m_changedTo, r);
        return true;
    }
    return false;
}

void PlanModel::flushReasons()
{
    m_flush.stop();
    if (m_changedFrom < 0)
        return;
    const QModelIndex from = index(int(m_changedFrom), Reason);
    const QModelIndex to = index(int(m_changedTo), Reason);
    m_changedFrom = m_changedTo = -1;
    Q_EMIT dataChanged(from, to, {Qt::DisplayRole, Qt::ToolTipRole});
}

void PlanModel::setMargins(const QHash<int, QString> &margins)
{
    if (margins == m_margins)
        return;
    m_margins = margins;
    if (m_inPlan < m_rows.size())
        Q_EMIT dataChanged(index(int(m_inPlan), Reason), index(int(m_rows.size()) - 1, Reason),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QString PlanModel::reasonText(const Row &row) const
{
    const QString margin = m_margins.value(row.id);
    return margin.isEmpty() ? row.reason : row.reason + QLatin1Char('\n') + margin;
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Candidate *c = m_document->workshop().candidate(row.id);
    if (!c)
        return {};
    const bool below = index.row() >= m_inPlan;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Key:
            return c->key;
        case Title:
            return c->title;
        case Effort:
            return formatNumber(c->effort);
        case Value:
            return formatAmount(planValue(*c));
        case Used:
            return below ? QString() : formatNumber(row.used);
        case Reason:
            return below ? reasonText(row) : tr("in the plan");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Reason ? reasonText(row) : c->title;
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || (index.column() >= Effort && index.column() <= Used))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return below ? QVariant(QBrush(QColor(0x6b, 0x6b, 0x6b))) : QVariant();
    case Qt::FontRole:
        if (!below && index.column() == Title) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CandidateIdRole:
        return row.id;
    case BelowCutRole:
        return below;
    case FirstBelowCutRole:
        return index.row() == m_inPlan;
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Key:
        return tr("Key");
    case Title:
        return tr("Title");
    case Effort:
        return tr("Effort");
    case Value:
        return tr("Value");
    case Used:
        return tr("Used");
    case Reason:
        return tr("In, or why not");
    default:
        return {};
    }
}

} // namespace cutline
