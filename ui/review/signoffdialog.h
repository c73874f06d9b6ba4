// SignOffDialog: the decider signs off the decisions and, in the same step, bets on each
// committed candidate — the metric, from where to where, when to look, and how sure.
#pragma once

#include "core/model/workshop.h"

#include <QDialog>
#include <QMap>

class QLabel;

namespace cutline {

class BetsTable;

class SignOffDialog : public QDialog
{
    Q_OBJECT

public:
    SignOffDialog(const Workshop &workshop, QWidget *parent = nullptr);

    BetsTable *table() const { return m_table; }
    QMap<int, Bet> bets() const;
    // Shows a refusal (from the document) in the dialog, which stays open.
    void showProblem(const QString &message);
    QString problem() const;

private:
    BetsTable *m_table;
    QLabel *m_problem;
};

} // namespace cutline
