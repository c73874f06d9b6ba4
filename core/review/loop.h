// The loop over a workshop (issue 15): which committed candidates carry a bet, which reviews are
// due, and what may be reviewed at all.
#pragma once

#include "core/model/workshop.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cutline {

// When candidate `c` is to be reviewed: its bet's review date, else its own review date.
QDate reviewDueDate(const Candidate &c);

// The bet the sign-off dialog offers for a committed candidate: its success metric (or its
// metric), the candidate's review date (or the workshop's default) and 50 % confidence; an
// existing bet is offered as it is.
Bet proposedBet(const Workshop &workshop, const Candidate &c);

// Committed candidates whose review is due on `today` (due date on or before it) and not yet
// made, in workshop order. Nothing is due before the decisions are signed off.
QList<int> dueReviews(const Workshop &workshop, const QDate &today);

// Committed candidates, in workshop order, that can be reviewed (the sign-off is made).
QList<int> reviewableCandidates(const Workshop &workshop);

// Why candidate `id` cannot be reviewed (not signed off yet, not committed), or nullopt.
std::optional<QString> reviewRefusal(const Workshop &workshop, int id);

// "Due for review: C-1, C-4, C-7." for the banner; empty when none is due.
QString dueReviewsMessage(const Workshop &workshop, const QDate &today);

} // namespace cutline
