// The exact search behind the planner: branch and bound over the candidates decisions leave
// open. Without open links: depth first, with a fractional-knapsack bound, a closure bound and
// knapsack tables where efforts lie on a grid. With links: best first, bounded by the priced
// forest, branching first on the links it relaxes that weigh most. Internal to core/plan.
#pragma once

#include "core/model/workshop.h"
#include "core/plan/model.h"

#include <QList>

#include <atomic>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

namespace cutline::plan {

// Decisions propagate: "in" pulls in prerequisites and pushes out alternatives; "out" pushes
// out dependents.

struct SearchOutcome
{
    bool feasible = false;   // the forced decisions leave a plan
    bool stopped = false;    // cancelled before the end
    std::vector<int> chosen; // indices of the optimal plan's candidates
    double value = 0;        // their total value
    qint64 nodes = 0;
    // False when the search reached its node limit first: then `chosen` is the best plan it
    // found and `ceiling` the most any plan can reach (for an exact answer: `value`).
    bool exact = true;
    double ceiling = 0;
};

struct PricedForest;

// A subproblem a search proved bounded: its decisions (−1 open, 0 out, 1 in) and the most any
// plan of it can reach. Every subproblem whose decisions refine these is bounded by it too.
struct ProvenBound
{
    std::vector<signed char> decisions;
    double bound;
};

// What one solve leaves for solving a similar problem (the same candidates and links with other
// efforts, values or capacity, as the odds' samples are): its prices and its plan.
struct WarmStart
{
    std::shared_ptr<const PricedForest> prices; // nullptr: the links were all decided
    std::vector<int> plan;
};

// The optimum for `capacity`, forcing in mandatory and committed work and `forcedIn`, and out
// what was dropped or deferred. `from`, if given, is where to start; `leave`, if given,
// receives this solve's start for others. With `enough`, it answers only "can a plan reach
// that much?": it ends at the first plan that does (`value` is then at least `enough`, not
// necessarily the optimum's) and prunes whatever cannot (no plan: `value` below `enough`, or
// no `feasible` plan at all).
SearchOutcome searchOptimum(const Workshop &workshop, const Model &model, double capacity,
                            const QList<int> &forcedIn, const std::atomic_bool *cancel,
                            const WarmStart *from = nullptr, WarmStart *leave = nullptr,
                            double enough = std::numeric_limits<double>::infinity());

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
    // The best plan with candidate index `i` in; `optimum` is what optimum() returned. After
    // `nodeLimit` nodes the search stops with the best plan found and a ceiling.
    SearchOutcome bestWith(int i, const SearchOutcome &optimum, qint64 nodeLimit) const;

private:
    const Workshop &m_workshop;
    const Model &m_model;
    double m_capacity;
    const std::atomic_bool *m_cancel;
    std::shared_ptr<const PricedForest> m_forest;
    std::unordered_map<int, std::vector<int>> m_leafPlans; // by candidate: a plan with it
    bool m_linksFirst = false;         // the optimum's search came to branch on links first
    std::vector<ProvenBound> m_pruned; // the link nodes' children its search pruned
};

} // namespace cutline::plan
