// Flip margins: how far one candidate's effort or value must move, the other estimates at their
// likely numbers, to change whether the exact plan takes it. Internal to core/odds.
#pragma once

#include "core/odds/odds.h"
#include "core/plan/model.h"

#include <atomic>

namespace cutline::odds {

// Fills the effort and value margins of `items` (in workshop order, inPlan set). The value
// margin is exact: the plan takes a candidate while its value beats the best plan without it
// less what the rest of the best plan with it is worth. The effort margin is found by
// bisection, each step an exact solve with the candidate forced in.
void computeMargins(const Workshop &workshop, const plan::Model &model, double capacity,
                    QList<CandidateOdds> &items, const std::atomic_bool *cancel);

// Runs body(begin, end) over [0, count) split into contiguous parts on up to `threads` threads.
void parallelFor(int count, int threads, const std::function<void(int, int)> &body);
int oddsThreads();

} // namespace cutline::odds
