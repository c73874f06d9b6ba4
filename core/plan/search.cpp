#include "core/plan/search.h"

#include "core/plan/planner.h"
#include "core/plan/pricedforest.h"
#include "core/plan/searchtree.h"

#include <cmath>

namespace cutline::plan {

namespace {

// Applies the workshop's decisions (and `forcedIn`); false when they contradict each other.
bool decide(Search &search, const Workshop &w, const QList<int> &forcedIn)
{
    for (int i = 0; i < search.m.n; ++i) {
        const Candidate &c = w.candidates[i];
        if ((c.mandatory || c.decision == Decision::Commit || forcedIn.contains(c.id)) &&
            !search.setIn(i))
            return false;
    }
    for (int i = 0; i < search.m.n; ++i)
        if (isLeftOut(w.candidates[i].decision) && !search.setOut(i))
            return false;
    return true;
}

SearchOutcome outcomeOf(const Search &search)
{
    SearchOutcome outcome;
    outcome.nodes = search.nodes;
    outcome.stopped = search.stopped;
    outcome.feasible = search.found;
    outcome.exact = !search.limited;
    if (search.found)
        for (int i = 0; i < search.m.n; ++i)
            if (search.bestX[i] == Search::kIn) {
                outcome.chosen.push_back(i);
                outcome.value += search.m.value[i];
            }
    outcome.ceiling = search.limited ? search.ceiling : outcome.value;
    return outcome;
}

} // namespace

// Subgradient steps for a sample's table, rebuilt from the likely estimates' prices: a few go a
// long way, and there are thousands of samples. (A reason's table takes the default warm steps:
// forcing a candidate in pulls in its prerequisites and pushes out its alternatives, and three
// steps left some bounds far above the LP's: 2091 against 2082 on one backlog.)
constexpr int kSampleSteps = 3;
// See Search::wideGap: only the optimum skips best first on a wide gap (a reason branches on
// links first wherever the optimum came to).
constexpr double kWideGap = 0.01;

SearchOutcome searchOptimum(const Workshop &w, const Model &m, double capacity,
                            const QList<int> &forcedIn, const std::atomic_bool *cancel,
                            const WarmStart *from, WarmStart *leave, double enough)
{
    Search search(m, capacity);
    search.cancel = cancel;
    search.stopAt = enough;
    if (std::isfinite(enough))
        search.atLeast = enough;
    if (!decide(search, w, forcedIn))
        return {};
    if (from && from->prices) {
        search.steps = kSampleSteps;
        search.run(from->prices, from->plan);
    } else {
        search.run(nullptr, from ? from->plan : std::vector<int>());
    }
    const SearchOutcome outcome = outcomeOf(search);
    if (leave) {
        leave->prices = search.forest() ? pricesOf(*search.forest()) : nullptr;
        leave->plan = outcome.chosen;
    }
    return outcome;
}

Solver::Solver(const Workshop &w, const Model &m, double capacity, const std::atomic_bool *cancel)
    : m_workshop(w), m_model(m), m_capacity(capacity), m_cancel(cancel)
{
}

Solver::~Solver() = default;

SearchOutcome Solver::optimum()
{
    Search search(m_model, m_capacity);
    search.cancel = m_cancel;
    auto leaves = std::make_unique<Search::Leaves>();
    leaves->best.assign(size_t(m_model.n), -1);
    leaves->value.assign(size_t(m_model.n), 0.0);
    search.leaves = leaves.get();
    search.notePruned = &m_pruned;
    if (!decide(search, m_workshop, {}))
        return {};
    search.wideGap = kWideGap;
    search.run(nullptr, {});
    m_forest = search.forest();
    m_linksFirst = search.linksFirstUsed;
    for (int i = 0; i < m_model.n; ++i)
        if (leaves->best[i] >= 0)
            m_leafPlans.emplace(i, leaves->plans[size_t(leaves->best[i])]);
    return outcomeOf(search);
}

SearchOutcome Solver::bestWith(int i, const SearchOutcome &optimum, qint64 nodeLimit) const
{
    Search search(m_model, m_capacity);
    search.cancel = m_cancel;
    search.nodeLimit = nodeLimit;
    if (!decide(search, m_workshop, {}) || !search.setIn(i))
        return {};
    // The optimum bounds every plan, so one as good ends the search. The first plan to beat
    // comes from the best plan with it that the optimum's search met, else from the optimum.
    search.stopAt = optimum.value;
    // Where best first alone did not end the optimum's search, it rarely ends a reason's:
    // those branch on links from the start (a tenth less time on the 80 % backlogs).
    if (m_linksFirst)
        search.plainFirst = 0;
    search.pruned = &m_pruned;
    const auto leaf = m_leafPlans.find(i);
    search.run(m_forest, leaf != m_leafPlans.end() ? leaf->second : optimum.chosen);
    return outcomeOf(search);
}

} // namespace cutline::plan
