// The exact search behind the planner: branch and bound over the candidates decisions leave
// open, with a fractional-knapsack bound, a Lagrangian bound over the prerequisite forest and
// knapsack tables where efforts lie on a grid. Internal to core/plan.
#pragma once

#include "core/model/workshop.h"
#include "core/plan/model.h"

#include <QList>

#include <atomic>
#include <memory>
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
    double value = 0;        // their total value
    qint64 nodes = 0;
};

struct PricedForest;

// The optimum for `capacity`, forcing in mandatory and committed work and `forcedIn`, and out
// what was dropped or deferred.
SearchOutcome searchOptimum(const Workshop &workshop, const Model &model, double capacity,
                            const QList<int> &forcedIn, const std::atomic_bool *cancel);

// One problem solved once and then asked, for candidates the optimum leaves out, for the best
// plan that includes each: those solves share the optimum's bound tables, start from a plan
// made from the optimum and stop at a plan as good as it. bestWith is safe to call from
// several threads at once after optimum() returned.
class Solver
{
public:
    Solver(const Workshop &workshop, const Model &model, double capacity,
           const std::atomic_bool *cancel);
    ~Solver();
    SearchOutcome optimum();
    double capacity() const { return m_capacity; }
    // The best plan with candidate index `i` in; `optimum` is what optimum() returned.
    SearchOutcome bestWith(int i, const SearchOutcome &optimum) const;

private:
    const Workshop &m_workshop;
    const Model &m_model;
    double m_capacity;
    const std::atomic_bool *m_cancel;
    std::shared_ptr<const PricedForest> m_forest;
};

} // namespace cutline::plan
