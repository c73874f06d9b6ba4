// CalibrationDialog: how the estimates and bets held up, for the workshop and per kind, with
// suggestions for the next planning — shown, never applied.
#pragma once

#include "core/model/workshop.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTableWidget;

namespace cutline {

class CalibrationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalibrationDialog(const Workshop &workshop, QWidget *parent = nullptr);

    QString status() const;
    QTableWidget *table() const { return m_table; }
    QStringList suggestions() const;

private:
    QLabel *m_status;
    QTableWidget *m_table;
    QListWidget *m_suggestions;
};

} // namespace cutline
