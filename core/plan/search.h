// The exact search behind the planner: branch and bound over the candidates decisions leave
// open, with a fractional-knapsack bound, a Lagrangian bound over the prerequisite forest and
// knapsack tables where efforts lie on a grid. Internal to core/plan.
#pragma once

#include "core/model/workshop.h"
#include "core/plan/model.h"

#include <QList>

#include <atomic>
#include <vector>

namespace cutline::plan {

// Depth-first branch and bound with propagation: "in" pulls in prerequisites and pushes out
// alternatives; "out" pushes out dependents. The bound is the fractional knapsack over the
// undecided candidates, which never underestimates what the links allow.

struct SearchOutcome
{
    bool feasible = false;   // the forced decisions leave a plan
    bool stopped = false;    // cancelled before the end
    std::vector<int> chosen; // indices of the optimal plan's candidates
    qint64 nodes = 0;
};

// The optimum for `capacity`, forcing in mandatory and committed work and `forcedIn`, and out
// what was dropped or deferred.
SearchOutcome searchOptimum(const Workshop &workshop, const Model &model, double capacity,
                            const QList<int> &forcedIn, const std::atomic_bool *cancel);

} // namespace cutline::plan
