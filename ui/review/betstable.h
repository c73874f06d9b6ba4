// BetsTable: the decider's bets on committed candidates, one row each — metric, baseline,
// target, review date and confidence — edited in place; the sign-off dialog shows it.
#pragma once

#include "core/model/workshop.h"

#include <QMap>
#include <QTableWidget>

namespace cutline {

class BetsTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CandidateColumn,
        Metric,
        Baseline,
        Target,
        ReviewDate,
        Confidence,
        ColumnCount
    };

    // One row per committed candidate of `workshop`, prefilled with proposedBet().
    explicit BetsTable(const Workshop &workshop, QWidget *parent = nullptr);

    // The bets as edited, by candidate id.
    QMap<int, Bet> bets() const;
    int rowOf(int id) const;
};

} // namespace cutline
