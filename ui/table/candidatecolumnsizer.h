// CandidateColumnSizer: sizes the candidate table's columns so the title stays readable — the
// other columns fit their contents (and stay resizable), the title takes the width left, and
// never less than a readable minimum (the table scrolls sideways instead).
#pragma once

#include <QObject>

class QTableView;

namespace cutline {

class CandidateColumnSizer : public QObject
{
    Q_OBJECT

public:
    // Sizes `table`'s columns from now on; owned by the table.
    explicit CandidateColumnSizer(QTableView *table);

    // The narrowest the title column gets: about 28 characters.
    int minimumTitleWidth() const;

    // Fits the columns other than the title to their contents, then gives the title the rest.
    void fitToContents();
    // Gives the title column the width the other columns leave.
    void fitTitle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    QWidget *m_viewport; // kept: asking the table for it while the table is destroyed is UB
    bool m_fitting = false;
};

} // namespace cutline
