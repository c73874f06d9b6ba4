#include "ui/plan/planview.h"

#include "core/model/field.h"
#include "ui/decision/decisiondialog.h"
#include "ui/document/workshopdocument.h"
#include "ui/plan/oddscontroller.h"
#include "ui/plan/oddspanel.h"
#include "ui/plan/plancontroller.h"
#include "ui/plan/planmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cutline {

// Used, free and over capacity as one bar, readable from the back of a room.
class CapacityBar : public QWidget
{
public:
    using QWidget::QWidget;
    void set(double used, double capacity)
    {
        m_used = used;
        m_capacity = capacity;
        update();
    }
    QSize sizeHint() const override { return {400, fontMetrics().height() * 2}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::AlternateBase));
        p.drawRoundedRect(r, 4, 4);
        const double scale = std::max(m_capacity, m_used);
        if (scale > 0) {
            const double within = std::min(m_used, m_capacity) / scale;
            p.setBrush(QColor(0x2e, 0x7d, 0x32)); // used
            p.drawRoundedRect(QRectF(r.left(), r.top(), r.width() * within, r.height()), 4, 4);
            if (m_used > m_capacity) {
                p.setBrush(QColor(0xc6, 0x28, 0x28)); // over
                p.drawRect(QRectF(r.left() + r.width() * within, r.top(),
                                  r.width() * (m_used - m_capacity) / scale, r.height()));
            }
        }
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 4, 4);
    }

private:
    double m_used = 0, m_capacity = 0;
};

namespace {

// Draws the cut line in a gap reserved above the first candidate that did not make it, so it
// never crosses that candidate's text.
class CutLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int gap(const QStyleOptionViewItem &option) { return option.fontMetrics.height(); }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.data(PlanModel::FirstBelowCutRole).toBool())
            size.rheight() += gap(option);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (!index.data(PlanModel::FirstBelowCutRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const int space = gap(option);
        QStyleOptionViewItem below = option;
        below.rect.setTop(option.rect.top() + space);
        QStyledItemDelegate::paint(painter, below, index);
        painter->save();
        painter->fillRect(QRect(option.rect.topLeft(), QSize(option.rect.width(), space)),
                          option.palette.base());
        painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 3, Qt::DashLine));
        const int y = option.rect.top() + space / 2;
        painter->drawLine(option.rect.left(), y, option.rect.right(), y);
        painter->restore();
    }
};

// Sizes rows and columns as a plain table would, but asks only the cells that can differ: a
// row's height comes from its title and its wrapped reason (the other cells hold one line),
// and the other columns' widths are kept until their cells change, not measured again each
// time a batch of reasons arrives. With hundreds of rows, asking every cell made each batch a
// visible pause.
class PlanTable : public QTableView
{
public:
    using QTableView::QTableView;

    int sizeHintForRow(int row) const override
    {
        if (!model())
            return -1;
        ensurePolished();
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        int hint = 0;
        for (const int column : {int(PlanModel::Title), int(PlanModel::Reason)}) {
            if (isColumnHidden(column))
                continue;
            const QModelIndex index = model()->index(row, column);
            // The width to wrap within, as QTableView gives it (a zero height means "no wrap").
            option.rect =
                QRect(columnViewportPosition(column), rowViewportPosition(row),
                      columnWidth(column) - (showGrid() ? 1 : 0), std::max(1, rowHeight(row)));
            hint = std::max(hint, itemDelegateForIndex(index)->sizeHint(option, index).height());
        }
        return showGrid() ? hint + 1 : hint;
    }

    int sizeHintForColumn(int column) const override
    {
        if (column == PlanModel::Reason)
            return QTableView::sizeHintForColumn(column);
        if (m_widths.size() != PlanModel::ColumnCount)
            m_widths = QList<int>(PlanModel::ColumnCount, -1);
        if (m_widths[column] < 0)
            m_widths[column] = QTableView::sizeHintForColumn(column);
        return m_widths[column];
    }

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override
    {
        if (topLeft.column() != PlanModel::Reason || bottomRight.column() != PlanModel::Reason)
            m_widths.clear();
        QTableView::dataChanged(topLeft, bottomRight, roles);
    }
    void reset() override
    {
        m_widths.clear();
        QTableView::reset();
    }
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_widths.clear();
        QTableView::changeEvent(event);
    }

private:
    mutable QList<int> m_widths; // measured widths by column; -1 until asked
};

} // namespace

PlanView::PlanView(WorkshopDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(new PlanController(document, this)),
      m_model(new PlanModel(document, this))
{
    m_bar = new CapacityBar;
    m_bar->setAccessibleName(tr("Capacity used by the plan"));
    m_summary = new QLabel;
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_adopt = new QPushButton(tr("Adopt Plan as Decisions"));
    m_adopt->setToolTip(tr("Commit what is above the cut line and defer what is below it, "
                           "with its reason; one step to undo."));
    connect(m_adopt, &QPushButton::clicked, this, &PlanView::adoptPlan);

    buildTable();
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_adopt);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addLayout(buildDecideButtons());
    // The plan first: the odds (issue 14) sit below it in a splitter the facilitator can drag
    // or collapse, so on a 768-pixel screen the cut line stays in view.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->setChildrenCollapsible(true);
    splitter->addWidget(m_table);
    auto *odds = new OddsPanel(document);
    m_odds = odds->controller();
    splitter->addWidget(odds);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    layout->addWidget(splitter, 1);

    connect(m_controller, &PlanController::planChanged, this, &PlanView::showPlan);
    connect(m_controller, &PlanController::computingChanged, this, &PlanView::showComputing);
    connect(m_controller, &PlanController::reasonChanged, m_model, &PlanModel::updateReason);
    connect(m_odds, &OddsController::oddsChanged, this, &PlanView::showMargins);
    connect(m_odds, &OddsController::computingChanged, this, &PlanView::showMargins);
    showPlan();
}

void PlanView::buildTable()
{
    m_table = new PlanTable;
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CutLineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Heights follow the reasons' wrapping as the columns get their widths, from the first
    // display on, not only after the first edit.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlanModel::Reason, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Plan"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT candidateActivated(index.data(PlanModel::CandidateIdRole).toInt());
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT candidateActivated(index.data(PlanModel::CandidateIdRole).toInt());
    });
}

// Commit, Defer and Drop for the selected row, as buttons and in the table's context menu.
QLayout *PlanView::buildDecideButtons()
{
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Selected candidate:")));
    const std::pair<Decision, QString> choices[] = {
        {Decision::Commit, tr("Commit")},
        {Decision::Defer, tr("Defer…")},
        {Decision::Drop, tr("Drop…")},
    };
    for (const auto &[decision, text] : choices) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this,
                [this, decision = decision] { decideSelected(decision); });
        m_table->addAction(action);
        m_decideActions.append(action);
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        row->addWidget(button);
    }
    row->addStretch();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanView::updateDecideActions);
    connect(m_document, &WorkshopDocument::readOnlyChanged, this, &PlanView::updateDecideActions);
    updateDecideActions();
    return row;
}

int PlanView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PlanModel::CandidateIdRole).toInt();
}

void PlanView::updateDecideActions()
{
    const bool enabled = selectedId() != 0 && !m_document->isReadOnly();
    for (QAction *action : std::as_const(m_decideActions))
        action->setEnabled(enabled);
}

void PlanView::decideSelected(Decision decision)
{
    if (const int id = selectedId())
        DecisionDialog::request(this, m_document, id, decision);
}

void PlanView::showComputing(bool computing)
{
    m_adopt->setEnabled(!computing && m_controller->plan().feasible && !m_document->isReadOnly());
    if (computing)
        m_status->setText(tr("Searching for the best plan…"));
    else
        showPlan();
}

// Each "no" gains what would flip it, once the odds know the margins of the plan shown.
void PlanView::showMargins()
{
    if (!m_odds)
        return;
    const Odds &odds = m_odds->odds();
    const Plan &plan = m_controller->plan();
    QList<int> shown = plan.selected, sampled = odds.plan;
    std::sort(shown.begin(), shown.end());
    std::sort(sampled.begin(), sampled.end());
    QHash<int, QString> margins;
    if (plan.feasible && odds.marginsDone && !odds.cancelled && !m_odds->isComputing() &&
        shown == sampled && m_odds->problem().isEmpty()) {
        const Workshop &w = m_document->workshop();
        for (const CandidateOdds &item : odds.items) {
            const Candidate *c = w.candidate(item.id);
            if (c && !item.inPlan && !isLeftOut(c->decision))
                margins.insert(item.id, marginTexts(item, *c, w.capacityUnit).join(u"; "));
        }
    }
    m_model->setMargins(margins);
}

void PlanView::showPlan()
{
    const Plan &plan = m_controller->plan();
    const Workshop &w = m_document->workshop();
    const int cutBefore = m_model->cutRow();
    const int selected = selectedId();
    m_model->setPlan(plan);
    // A new ranking resets the rows: the candidate selected stays selected, wherever it went,
    // so Commit, Defer and Drop still act on it.
    if (selected && selectedId() != selected)
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row, 0).data(PlanModel::CandidateIdRole).toInt() == selected) {
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                           QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
                break;
            }
    showMargins();
    updateDecideActions();
    // When the cut line moves, it comes into view (the least scrolling that shows it): the
    // facilitator edits to watch it.
    if (m_model->cutRow() != cutBefore && m_model->rowCount() > 0)
        m_table->scrollTo(m_model->index(std::min(m_model->cutRow(), m_model->rowCount() - 1), 0),
                          QAbstractItemView::EnsureVisible);
    const QString unit = w.capacityUnit;
    if (!plan.feasible) {
        m_summary->setText(tr("No plan fits the decisions taken."));
        m_status->setText(plan.infeasibility);
        m_status->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        m_bar->set(0, w.capacity);
        m_adopt->setEnabled(false);
        return;
    }
    m_status->setStyleSheet(QString());
    const double free = plan.capacity - plan.totalEffort;
    m_summary->setText(tr("%1 of %2 %3 used, %4 free — total value %5")
                           .arg(formatNumber(plan.totalEffort), formatNumber(plan.capacity), unit,
                                formatAmount(free), formatAmount(plan.totalValue)));
    m_status->setText(m_controller->isComputing()
                          ? tr("Searching for the best plan…")
                          : tr("The best plan: %n candidate(s) above the cut line, chosen exactly "
                               "(%1 ms).",
                               nullptr, int(plan.selected.size()))
                                .arg(plan.solveMs, 0, 'f', 1));
    m_bar->set(plan.totalEffort, plan.capacity);
    m_adopt->setEnabled(!m_controller->isComputing() && !m_controller->reasonsPending() &&
                        !m_document->isReadOnly());
}

void PlanView::adoptPlan()
{
    const Plan &plan = m_controller->plan();
    if (!plan.feasible || m_controller->isComputing() || m_controller->reasonsPending())
        return;
    m_document->adoptPlan(plan);
}

} // namespace cutline
