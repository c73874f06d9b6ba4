#include "ui/review/calibrationdialog.h"

#include "core/record/recordaddendum.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cutline {

CalibrationDialog::CalibrationDialog(const Workshop &workshop, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Calibration"));
    // The same content as the record's addendum: one truth for the figures.
    const Section section = calibrationSection(workshop);
    const bool figures = section.table.has_value();
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_table = new QTableWidget;
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Calibration figures"));
    m_suggestions = new QListWidget;
    m_suggestions->setAccessibleName(tr("Suggestions"));
    m_suggestions->setWordWrap(true);
    auto *suggestionsLabel = new QLabel(tr("<b>Suggestions</b> (nothing is changed for you):"));

    m_status->setText(section.paragraphs.join(QStringLiteral("\n\n")));
    if (figures) {
        const Table &t = *section.table;
        m_table->setColumnCount(int(t.headers.size()));
        m_table->setHorizontalHeaderLabels(t.headers);
        m_table->setRowCount(int(t.rows.size()));
        for (int r = 0; r < t.rows.size(); ++r)
            for (int c = 0; c < t.rows[r].size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(t.rows[r][c]));
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_suggestions->addItems(section.bullets);
    }
    m_table->setVisible(figures);
    m_suggestions->setVisible(figures);
    suggestionsLabel->setVisible(figures);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 2);
    layout->addWidget(suggestionsLabel);
    layout->addWidget(m_suggestions, 1);
    layout->addWidget(buttons);
    resize(980, figures ? 560 : 200);
}

QString CalibrationDialog::status() const
{
    return m_status->text();
}

QStringList CalibrationDialog::suggestions() const
{
    QStringList out;
    for (int i = 0; i < m_suggestions->count(); ++i)
        out.append(m_suggestions->item(i)->text());
    return out;
}

} // namespace cutline
