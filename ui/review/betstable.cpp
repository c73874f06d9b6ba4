#include "ui/review/betstable.h"

#include "core/review/loop.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QSpinBox>
#include <QStyledItemDelegate>

namespace cutline {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// Dates get a calendar, confidence a 0–100 % spin box; text columns the default editor.
class BetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == BetsTable::ReviewDate) {
            auto *edit = new QDateEdit(parent);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            return edit;
        }
        if (index.column() == BetsTable::Confidence) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, 100);
            spin->setSuffix(QStringLiteral(" %"));
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return QStyledItemDelegate::displayText(value, locale);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == BetsTable::Confidence)
            option->text += QStringLiteral(" %");
    }
};

} // namespace

BetsTable::BetsTable(const Workshop &workshop, QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Candidate"), tr("Metric"), tr("Baseline"), tr("Target"),
                               tr("Review date"), tr("Confidence")});
    setItemDelegate(new BetDelegate(this));
    verticalHeader()->hide();
    setAccessibleName(tr("Bets"));
    for (const Candidate &c : workshop.candidates) {
        if (c.decision != Decision::Commit)
            continue;
        const Bet bet = proposedBet(workshop, c);
        const int row = rowCount();
        insertRow(row);
        auto *name = new QTableWidgetItem(c.key + QLatin1Char(' ') + c.title);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(kIdRole, c.id);
        name->setToolTip(c.title);
        setItem(row, CandidateColumn, name);
        setItem(row, Metric, new QTableWidgetItem(bet.metric));
        setItem(row, Baseline, new QTableWidgetItem(bet.baseline));
        setItem(row, Target, new QTableWidgetItem(bet.target));
        auto *date = new QTableWidgetItem;
        date->setData(Qt::EditRole, bet.reviewDate);
        setItem(row, ReviewDate, date);
        auto *confidence = new QTableWidgetItem;
        confidence->setData(Qt::EditRole, qRound(bet.confidence));
        confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, Confidence, confidence);
    }
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    resizeColumnsToContents();
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(Metric, QHeaderView::Stretch);
    setColumnWidth(CandidateColumn, std::min(columnWidth(CandidateColumn), 240));
    setColumnWidth(ReviewDate, std::max(columnWidth(ReviewDate), 110));
    for (int column : {Baseline, Target})
        setColumnWidth(column, std::max(columnWidth(column), 100));
}

QMap<int, Bet> BetsTable::bets() const
{
    QMap<int, Bet> out;
    for (int row = 0; row < rowCount(); ++row) {
        Bet b;
        b.metric = item(row, Metric)->text().trimmed();
        b.baseline = item(row, Baseline)->text().trimmed();
        b.target = item(row, Target)->text().trimmed();
        b.reviewDate = item(row, ReviewDate)->data(Qt::EditRole).toDate();
        b.confidence = item(row, Confidence)->data(Qt::EditRole).toDouble();
        out.insert(item(row, CandidateColumn)->data(kIdRole).toInt(), b);
    }
    return out;
}

int BetsTable::rowOf(int id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (item(row, CandidateColumn)->data(kIdRole).toInt() == id)
            return row;
    return -1;
}

} // namespace cutline
