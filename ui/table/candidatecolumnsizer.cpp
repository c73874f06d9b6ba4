#include "ui/table/candidatecolumnsizer.h"

#include "ui/table/candidatetablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace cutline {

CandidateColumnSizer::CandidateColumnSizer(QTableView *table)
    : QObject(table), m_table(table), m_viewport(table->viewport())
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setTextElideMode(Qt::ElideRight);
    table->setTextElideMode(Qt::ElideRight);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->viewport()->installEventFilter(this);
    // A column the user widens or narrows takes its width from the title, not the other way.
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != CandidateTableModel::Title)
            fitTitle();
    });
    if (QAbstractItemModel *model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &CandidateColumnSizer::fitToContents);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &CandidateColumnSizer::fitToContents);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &CandidateColumnSizer::fitToContents);
    }
    fitToContents();
}

int CandidateColumnSizer::minimumTitleWidth() const
{
    return m_table->fontMetrics().averageCharWidth() * 28;
}

void CandidateColumnSizer::fitToContents()
{
    m_fitting = true;
    const int columns = m_table->model() ? m_table->model()->columnCount() : 0;
    for (int column = 0; column < columns; ++column)
        if (column != CandidateTableModel::Title)
            m_table->resizeColumnToContents(column);
    m_fitting = false;
    fitTitle();
}

void CandidateColumnSizer::fitTitle()
{
    if (m_fitting || !m_table->model())
        return;
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column)
        if (column != CandidateTableModel::Title && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    const int free = m_table->viewport()->width() - others;
    m_fitting = true;
    header->resizeSection(CandidateTableModel::Title, std::max(free, minimumTitleWidth()));
    m_fitting = false;
}

bool CandidateColumnSizer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fitTitle();
    return QObject::eventFilter(watched, event);
}

} // namespace cutline
