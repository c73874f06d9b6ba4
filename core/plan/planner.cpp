#include "core/plan/planner.h"

#include "core/graph/analysis.h"
#include "core/model/field.h"
#include "core/plan/search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <functional>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace cutline {

namespace {

using plan::Model;

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Planner)
};

// Why no plan exists, when the forced decisions contradict each other or the capacity.
QString infeasibility(const Workshop &w, const Model &m, double capacity,
                      const std::vector<int> &forced)
{
    // Everything the forced candidates pull in, remembering who pulled it.
    std::vector<int> pulledBy(m.n, -1);
    std::vector<int> stack;
    for (int f : forced) {
        if (pulledBy[f] < 0) {
            pulledBy[f] = f;
            stack.push_back(f);
        }
    }
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        for (int p : m.prerequisites[i])
            if (pulledBy[p] < 0) {
                pulledBy[p] = pulledBy[i];
                stack.push_back(p);
            }
    }
    double effort = 0;
    for (int i = 0; i < m.n; ++i) {
        if (pulledBy[i] < 0)
            continue;
        effort += m.effort[i];
        const Candidate &c = w.candidates[i];
        const Candidate &root = w.candidates[pulledBy[i]];
        if (isLeftOut(c.decision) && &root == &c)
            return Text::tr("%1 is mandatory but was %2.")
                .arg(c.key,
                     c.decision == Decision::Drop ? Text::tr("dropped") : Text::tr("deferred"));
        if (isLeftOut(c.decision))
            return Text::tr("%1 must be in the plan but needs %2, which was %3.")
                .arg(root.key, c.key,
                     c.decision == Decision::Drop ? Text::tr("dropped") : Text::tr("deferred"));
        for (int q : m.alternatives[i])
            if (pulledBy[q] >= 0 && q > i)
                return Text::tr("%1 and %2 must both be in the plan, but they are alternatives.")
                    .arg(c.key, w.candidates[q].key);
    }
    if (effort > capacity + 1e-9 * std::max(1.0, capacity))
        return Text::tr("Mandatory and committed work alone needs %1 %2, %3 more than the capacity "
                        "of %4.")
            .arg(formatAmount(effort), w.capacityUnit, formatAmount(effort - capacity),
                 formatAmount(capacity));
    return Text::tr("The decisions taken leave no feasible plan.");
}

// What including `c` would cost, as the end of a sentence: `with` is the best plan that
// includes it, if any. A tie is not a loss: then it says which chosen work it would replace.
QString lossText(const Workshop &w, const Plan &plan, const std::optional<Plan> &with,
                 std::optional<double> ceiling)
{
    const double tiny = 1e-9 * std::max(1.0, std::abs(plan.totalValue));
    if (ceiling) {
        // The search stopped at its limit: the loss lies between what the ceiling proves and
        // what the best plan found costs.
        const double least = std::max(0.0, plan.totalValue - *ceiling);
        if (!with)
            return Text::tr("including it would lower the total value by at least %1, if any "
                            "plan can include it")
                .arg(formatAmount(least));
        const double most = plan.totalValue - with->totalValue;
        if (least <= tiny)
            return Text::tr("including it would lower the total value by at most %1")
                .arg(formatAmount(most));
        return Text::tr("including it would lower the total value by %1 to %2")
            .arg(formatAmount(least), formatAmount(most));
    }
    if (!with)
        return Text::tr("no feasible plan can include it");
    const double loss = plan.totalValue - with->totalValue;
    if (loss > tiny) {
        if (formatAmount(loss) == formatAmount(0))
            return Text::tr("including it would lower the total value by less than 0.01");
        return Text::tr("including it would lower the total value by %1").arg(formatAmount(loss));
    }
    QStringList replaced;
    for (int id : plan.selected)
        if (!with->selected.contains(id))
            replaced.append(w.candidate(id)->key);
    if (replaced.isEmpty())
        return Text::tr("including it would leave the total value unchanged");
    if (replaced.size() == 1)
        return Text::tr("a plan of equal value includes it instead of %1").arg(replaced.first());
    if (replaced.size() == 2)
        return Text::tr("a plan of equal value includes it instead of %1 and %2")
            .arg(replaced[0], replaced[1]);
    return Text::tr("a plan of equal value includes it instead of %1 and %2 others")
        .arg(replaced.first())
        .arg(replaced.size() - 1);
}

// The reason for one candidate the optimum leaves out (not by decision).
// `forced` gives the best plan that includes it, asked for only where the reason needs it.
Exclusion explainOne(const Workshop &w, const Plan &plan, const Candidate &c,
                     const std::function<std::optional<Plan>()> &forced,
                     std::optional<double> ceiling = std::nullopt)
{
    const auto inPlan = [&](int id) {
        return plan.selected.contains(id);
    };
    Exclusion e;
    e.id = c.id;
    const Candidate *missing = nullptr;
    for (const QString &key : w.linkedKeys(c.id, LinkType::Requires))
        if (!missing && !inPlan(w.candidateByKey(key)->id))
            missing = w.candidateByKey(key);
    const Candidate *rival = nullptr;
    for (const QString &key : w.linkedKeys(c.id, LinkType::Excludes))
        if (!rival && inPlan(w.candidateByKey(key)->id))
            rival = w.candidateByKey(key);
    const auto loss = [&] {
        return lossText(w, plan, forced(), ceiling);
    };
    if (c.effort > plan.capacity + 1e-9 * std::max(1.0, plan.capacity)) {
        // Larger than everything there is: no link or rival explains it better.
        e.why = Exclusion::Why::Capacity;
        e.reason = Text::tr("needs %1 %2 alone, more than the whole capacity of %3")
                       .arg(formatAmount(c.effort), w.capacityUnit, formatAmount(plan.capacity));
    } else if (missing) {
        e.why = Exclusion::Why::Prerequisite;
        e.reason =
            isLeftOut(missing->decision)
                ? Text::tr("needs %1, which was %2")
                      .arg(missing->key, missing->decision == Decision::Drop ? Text::tr("dropped")
                                                                             : Text::tr("deferred"))
                : Text::tr("needs %1, which was not chosen; %2").arg(missing->key, loss());
    } else if (rival) {
        e.why = Exclusion::Why::Alternative;
        e.reason = Text::tr("excludes %1, which was chosen (value %2 against %3); %4")
                       .arg(rival->key, formatAmount(planValue(*rival)), formatAmount(planValue(c)),
                            loss());
    } else if (planValue(c) <= 0) {
        e.why = Exclusion::Why::NoValue;
        e.reason = Text::tr("adds no value: its impact, reach or confidence is 0");
    } else {
        e.why = Exclusion::Why::Capacity;
        const double over = plan.totalEffort + c.effort - plan.capacity;
        e.reason = over > 0 ? Text::tr("would exceed capacity by %1 %2; %3")
                                  .arg(formatAmount(over), w.capacityUnit, loss())
                            : Text::tr("fits, but %1").arg(loss());
    }
    return e;
}

// The plan of a search's outcome (without reasons).
Plan planOf(const Workshop &w, const Model &m, double capacity, const plan::SearchOutcome &outcome)
{
    Plan plan;
    plan.capacity = capacity;
    plan.nodes = outcome.nodes;
    for (int i : outcome.chosen) {
        plan.selected.append(w.candidates[i].id);
        plan.totalEffort += m.effort[i];
        plan.totalValue += m.value[i];
    }
    return plan;
}

// Whether the reason for leaving out `c` needs the best plan that includes it: not when a
// decision, its size alone, a dropped or deferred prerequisite or its lack of value say all.
bool needsCost(const Workshop &w, const Plan &plan, const Candidate &c)
{
    if (isLeftOut(c.decision) || plan.selected.contains(c.id) ||
        c.effort > plan.capacity + 1e-9 * std::max(1.0, plan.capacity))
        return false;
    for (const QString &key : w.linkedKeys(c.id, LinkType::Requires)) {
        const Candidate *p = w.candidateByKey(key);
        if (!plan.selected.contains(p->id))
            return !isLeftOut(p->decision); // the first missing one is the reason
    }
    for (const QString &key : w.linkedKeys(c.id, LinkType::Excludes))
        if (plan.selected.contains(w.candidateByKey(key)->id))
            return true;
    return planValue(c) > 0;
}

// The reason for a candidate left out by decision.
Exclusion decidedOut(const Candidate &c)
{
    Exclusion e;
    e.id = c.id;
    e.why = Exclusion::Why::Decision;
    e.reason = c.decision == Decision::Drop ? Text::tr("dropped by decision")
                                            : Text::tr("deferred by decision");
    if (!c.rationale.trimmed().isEmpty())
        e.reason += QStringLiteral(": ") + c.rationale.trimmed();
    return e;
}

// The reason that states a cost, from `with`: the best plan with candidate `i` in.
Exclusion costedReason(const Workshop &w, const Model &m, const Plan &plan, int i,
                       const plan::SearchOutcome &with)
{
    std::optional<Plan> forced;
    if (with.feasible)
        forced = planOf(w, m, plan.capacity, with);
    std::optional<double> ceiling;
    if (!with.exact)
        ceiling = with.ceiling;
    Exclusion e = explainOne(
        w, plan, w.candidates[i], [&] { return forced; }, ceiling);
    e.costed = true;
    if (forced)
        e.valueWith = forced->totalValue;
    e.valueWithCeiling = ceiling;
    return e;
}

// Fills plan->excluded: a reason for every candidate the optimum leaves out. The reasons that
// state a cost are solved last, on up to two threads sharing the solver's tables; `progress`
// hears of the plan before them and of each as it is known.
void explainExclusions(const Workshop &w, const Model &m, const plan::Solver &solver,
                       const plan::SearchOutcome &optimum, Plan *plan,
                       const std::atomic_bool *cancel, const PlanProgress *progress,
                       qint64 nodeLimit)
{
    std::vector<int> costly, slots;
    for (int i = 0; i < m.n; ++i) {
        const Candidate &c = w.candidates[i];
        if (plan->selected.contains(c.id))
            continue;
        if (isLeftOut(c.decision)) {
            plan->excluded.append(decidedOut(c));
        } else if (needsCost(w, *plan, c)) {
            Exclusion e = explainOne(w, *plan, c, [] { return std::optional<Plan>(); });
            e.reason = Text::tr("computing…");
            e.pending = true;
            costly.push_back(i);
            slots.push_back(int(plan->excluded.size()));
            plan->excluded.append(e);
        } else {
            plan->excluded.append(explainOne(w, *plan, c, [] {
                Q_ASSERT(false); // needsCost said this reason states no cost
                return std::optional<Plan>();
            }));
        }
    }
    if (progress && progress->planned)
        progress->planned(*plan);
    // Prerequisites first: a plan with `i` holds every prerequisite k of `i`, so the best plan
    // with k is at least as good, and where the best plan with k (found exactly) holds `i`, it
    // is the best plan with `i` too. A reason waits for its prerequisites' reasons, so the
    // answer does not depend on which thread was faster.
    std::vector<int> rank(size_t(m.n), 0);
    for (size_t k = 0; k < m.topological.size(); ++k)
        rank[size_t(m.topological[k])] = int(k);
    std::vector<size_t> order(costly.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return rank[size_t(costly[a])] < rank[size_t(costly[b])];
    });
    const DependencyAnalysis links(w);
    QHash<int, size_t> slotOf; // by candidate id
    for (size_t k = 0; k < costly.size(); ++k)
        slotOf.insert(w.candidates[costly[k]].id, k);
    std::vector<plan::SearchOutcome> outcomes(costly.size());
    std::vector<char> finished(costly.size(), 0);
    std::vector<Exclusion> reasons(costly.size());
    std::atomic_size_t next{0};
    std::mutex heard;
    std::condition_variable solved;
    const auto work = [&] {
        for (size_t n = next++; n < order.size(); n = next++) {
            const size_t k = order[n];
            const int i = costly[k];
            std::vector<size_t> before;
            for (int id : links.prerequisites(w.candidates[i].id))
                if (const auto slot = slotOf.constFind(id); slot != slotOf.constEnd())
                    before.push_back(*slot);
            std::sort(before.begin(), before.end(), [&](size_t a, size_t b) {
                return rank[size_t(costly[a])] < rank[size_t(costly[b])];
            });
            const plan::SearchOutcome *shared = nullptr;
            {
                std::unique_lock lock(heard);
                solved.wait(lock, [&] {
                    return std::all_of(before.begin(), before.end(),
                                       [&](size_t b) { return finished[b] != 0; });
                });
                for (size_t b : before) {
                    const plan::SearchOutcome &o = outcomes[b];
                    if (o.feasible && o.exact && !o.stopped &&
                        std::binary_search(o.chosen.begin(), o.chosen.end(), i)) {
                        shared = &o;
                        break;
                    }
                }
            }
            plan::SearchOutcome with = shared ? *shared
                                       : (cancel && cancel->load())
                                           ? plan::SearchOutcome{}
                                           : solver.bestWith(i, optimum, nodeLimit);
            if (!(cancel && cancel->load()))
                reasons[k] = costedReason(w, m, *plan, i, with);
            const std::lock_guard lock(heard);
            outcomes[k] = std::move(with);
            finished[k] = 1;
            solved.notify_all();
            if (progress && progress->explained && !(cancel && cancel->load()))
                progress->explained(reasons[k]);
        }
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads && costly.size() > 1; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
    if (cancel && cancel->load()) {
        plan->cancelled = true;
        return;
    }
    for (size_t k = 0; k < costly.size(); ++k)
        plan->excluded[slots[k]] = reasons[k];
}

} // namespace

double planValue(const Candidate &candidate)
{
    return candidateValue(candidate);
}

double planDensity(const Candidate &candidate)
{
    return plan::densityOf(planValue(candidate), candidate.effort);
}

std::optional<Plan> solvePlan(const Workshop &w, double capacity, const QList<int> &forcedIn,
                              const std::atomic_bool *cancel, plan::WarmStart *leave)
{
    QElapsedTimer timer;
    timer.start();
    const Model m(w);
    const plan::SearchOutcome outcome =
        plan::searchOptimum(w, m, capacity, forcedIn, cancel, nullptr, leave);
    if (!outcome.feasible || outcome.stopped)
        return std::nullopt;
    Plan plan = planOf(w, m, capacity, outcome);
    plan.solveMs = double(timer.nsecsElapsed()) / 1e6;
    return plan;
}

Plan makePlan(const Workshop &w, std::optional<double> capacityOverride,
              const std::atomic_bool *cancel, const PlanProgress *progress, qint64 reasonNodeLimit)
{
    QElapsedTimer timer;
    timer.start();
    const double capacity = capacityOverride.value_or(w.capacity);
    const Model m(w);
    plan::Solver solver(w, m, capacity, cancel);
    const plan::SearchOutcome optimum = solver.optimum();
    if (optimum.stopped || (cancel && cancel->load())) {
        Plan stopped;
        stopped.cancelled = true;
        stopped.capacity = capacity;
        return stopped;
    }
    if (!optimum.feasible) {
        Plan failed;
        failed.feasible = false;
        failed.capacity = capacity;
        std::vector<int> forced;
        for (int i = 0; i < m.n; ++i)
            if (w.candidates[i].mandatory || w.candidates[i].decision == Decision::Commit)
                forced.push_back(i);
        failed.infeasibility = infeasibility(w, m, capacity, forced);
        return failed;
    }
    Plan plan = planOf(w, m, capacity, optimum);
    plan.solveMs = double(timer.nsecsElapsed()) / 1e6;
    explainExclusions(w, m, solver, optimum, &plan, cancel, progress, reasonNodeLimit);
    return plan;
}

} // namespace cutline
