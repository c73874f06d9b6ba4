// Bets and reviews (issue 15): what the decider expected of a committed candidate at sign-off,
// and what happened after shipping.
#pragma once

#include <QDate>
#include <QString>

namespace cutline {

struct Bet
{
    bool operator==(const Bet &) const = default;
};

struct Review
{
    bool operator==(const Review &) const = default;
};

} // namespace cutline
