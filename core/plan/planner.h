// Planner: the exact optimal plan — the candidates that maximise total value within capacity,
// honouring requires/excludes links, mandatory work and decisions already taken — and for
// every candidate left out, one reason a person understands.
#pragma once

#include "core/model/workshop.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cutline {

namespace plan {
struct WarmStart;
}

struct Exclusion
{
    enum class Why
    {
        Decision,     // dropped or deferred
        Prerequisite, // needs a candidate that is out
        Alternative,  // excluded by a chosen alternative
        Capacity,     // does not fit
        NoValue,      // fits, but adds nothing
    };
    int id = 0;
    Why why = Why::Capacity;
    QString reason;
    // Where the reason states what including it would cost: the total value of the best plan
    // that includes it (nullopt when no plan can).
    bool costed = false;
    std::optional<double> valueWith;
    // Where the search for that plan stopped at its limit first: valueWith is the best plan it
    // found (if any) and this the most any plan that includes it can reach.
    std::optional<double> valueWithCeiling;
    bool pending = false; // still being computed (only in a plan handed to PlanProgress)
};

struct Plan
{
    bool feasible = true;
    QString infeasibility; // why no plan exists, naming candidates and amounts
    double capacity = 0;
    QList<int> selected; // in workshop order
    double totalEffort = 0;
    double totalValue = 0;
    QList<Exclusion> excluded; // in workshop order
    double solveMs = 0;        // time spent choosing, excluding explanations
    qint64 nodes = 0;          // branch-and-bound nodes explored
    bool cancelled = false;    // the search was stopped before it finished
};

// The value the plan maximises for a candidate (the default framework: value/effort's value).
double planValue(const Candidate &candidate);
// Value per unit of effort (infinite for work that costs nothing): the order the capacity is
// best spent in.
double planDensity(const Candidate &candidate);

// What a caller that shows the plan at once hears while makePlan works (on makePlan's
// threads, one call at a time): the plan as soon as it is chosen, its reasons that state a
// cost still pending ("computing…"), then each of those reasons as it is known.
struct PlanProgress
{
    std::function<void(const Plan &)> planned;
    std::function<void(const Exclusion &)> explained;
};

// The search nodes each reason that states a cost may take; past them it states the cost as a
// range it proved ("would lower the total value by 2.9 to 5.1"), so a backlog's reasons end.
// At 200,000, ten reasons of one 400-candidate backlog ended as a range that an exact answer
// needed at most 300,000 for (0.1 s each); a million is about a third of a second.
inline constexpr qint64 kReasonNodeLimit = 1000000;

// Solves exactly. `capacity` overrides the workshop's. The workshop must validate.
// Setting `*cancel` from another thread stops the search; the result then has cancelled set.
Plan makePlan(const Workshop &workshop, std::optional<double> capacity = std::nullopt,
              const std::atomic_bool *cancel = nullptr, const PlanProgress *progress = nullptr,
              qint64 reasonNodeLimit = kReasonNodeLimit);

// Only the optimum, without explanations (used by explanations and benchmarks).
// Returns nullopt when infeasible (or cancelled). `forcedIn` are added to the mandatory set.
// `leave`, if given, receives where this solve ends, to start similar ones from (the odds'
// samples; core/plan/search.h).
std::optional<Plan> solvePlan(const Workshop &workshop, double capacity,
                              const QList<int> &forcedIn = {},
                              const std::atomic_bool *cancel = nullptr,
                              plan::WarmStart *leave = nullptr);

} // namespace cutline
