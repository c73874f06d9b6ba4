#include "ui/table/candidatedelegate.h"

#include "core/model/candidate.h"
#include "ui/decision/decisiondialog.h"
#include "ui/table/candidatetablemodel.h"

#include <QAbstractProxyModel>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace cutline {

namespace {

QDoubleSpinBox *numberEditor(QWidget *parent, double max, int decimals, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setFrame(false);
    return box;
}

// The candidate model under any proxies, for the document behind it.
const CandidateTableModel *candidateModel(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const CandidateTableModel *>(model);
}

} // namespace

QWidget *CandidateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case CandidateTableModel::Impact:
        return numberEditor(parent, 10, 1, {});
    case CandidateTableModel::Effort:
        return numberEditor(parent, 1e6, 2, {});
    case CandidateTableModel::Confidence:
        return numberEditor(parent, 100, 0, tr(" %"));
    case CandidateTableModel::Risk: {
        auto *box = new QSpinBox(parent);
        box->setRange(1, 5);
        box->setFrame(false);
        return box;
    }
    case CandidateTableModel::Kind: {
        auto *box = new QComboBox(parent);
        for (Kind k : allKinds())
            box->addItem(kindName(k), kindId(k));
        return box;
    }
    case CandidateTableModel::Decision: {
        auto *box = new QComboBox(parent);
        for (Decision d : allDecisions())
            box->addItem(decisionName(d), decisionId(d));
        return box;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void CandidateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(value.toString()));
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor))
        number->setValue(value.toDouble());
    else if (auto *integer = qobject_cast<QSpinBox *>(editor))
        integer->setValue(value.toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void CandidateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const auto *candidates = candidateModel(model);
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && index.column() == CandidateTableModel::Decision && candidates) {
        // A decision can need a reason: the decision dialog asks for it, then decides.
        if (const auto decision = decisionFromId(combo->currentData().toString()))
            DecisionDialog::request(editor->parentWidget(), candidates->document(),
                                    index.data(CandidateTableModel::CandidateIdRole).toInt(),
                                    *decision);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor))
        model->setData(index, number->value());
    else if (auto *integer = qobject_cast<QSpinBox *>(editor))
        model->setData(index, integer->value());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cutline
