#include "planner.h"

#include "model/field.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cutline {

namespace {

// Value per unit of effort; free work comes first.
double densityOf(double value, double effort)
{
    return effort <= 0 ? std::numeric_limits<double>::infinity() : value / effort;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cutline", text);
}

// The candidates as indices with their links, for the search.
struct Model
{
    explicit Model(const Workshop &w) : n(int(w.candidates.size()))
    {
        QHash<int, int> index;
        for (int i = 0; i < n; ++i) {
            index.insert(w.candidates[i].id, i);
            effort.push_back(w.candidates[i].effort);
            value.push_back(planValue(w.candidates[i]));
        }
        prerequisites.resize(n);
        dependents.resize(n);
        alternatives.resize(n);
        for (const Dependency &d : w.dependencies) {
            const int a = index.value(d.from, -1), b = index.value(d.to, -1);
            if (a < 0 || b < 0 || a == b)
                continue;
            if (d.type == LinkType::Requires) {
                prerequisites[a].push_back(b);
                dependents[b].push_back(a);
            } else {
                alternatives[a].push_back(b);
                alternatives[b].push_back(a);
            }
        }
    }
    int n;
    std::vector<double> effort, value;
    std::vector<std::vector<int>> prerequisites, dependents, alternatives;
};

// Depth-first branch and bound with propagation: "in" pulls in prerequisites and pushes out
// alternatives; "out" pushes out dependents. The bound is the fractional knapsack over the
// undecided candidates, which never underestimates what the links allow.
class Search
{
public:
    Search(const Model &m, double capacity)
        : m(m), x(m.n, kUndecided), capacity(capacity),
          eps(1e-9 * std::max(1.0, std::abs(capacity)))
    {
        order.resize(m.n);
        for (int i = 0; i < m.n; ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return density(a) > density(b); });
    }

    bool setIn(int i)
    {
        if (x[i] == kIn)
            return true;
        if (x[i] == kOut)
            return false;
        x[i] = kIn;
        trail.push_back(i);
        used += m.effort[i];
        total += m.value[i];
        if (used > capacity + eps)
            return false;
        for (int p : m.prerequisites[i])
            if (!setIn(p))
                return false;
        for (int q : m.alternatives[i])
            if (!setOut(q))
                return false;
        return true;
    }

    bool setOut(int i)
    {
        if (x[i] == kOut)
            return true;
        if (x[i] == kIn)
            return false;
        x[i] = kOut;
        trail.push_back(i);
        for (int d : m.dependents[i])
            if (!setOut(d))
                return false;
        return true;
    }

    void undo(size_t mark)
    {
        while (trail.size() > mark) {
            const int i = trail.back();
            trail.pop_back();
            if (x[i] == kIn) {
                used -= m.effort[i];
                total -= m.value[i];
            }
            x[i] = kUndecided;
        }
    }

    void run()
    {
        prepareIsolated();
        best = -1;
        dive(0);
        if (found && !m_isolated.empty())
            takeIsolated();
    }

    static constexpr signed char kUndecided = -1, kOut = 0, kIn = 1;
    const Model &m;
    std::vector<signed char> x;
    std::vector<int> trail;
    double used = 0, total = 0;
    double capacity, eps;
    const std::atomic_bool *cancel = nullptr;
    bool stopped = false;
    double best = -1;
    int bestCell = 0;
    bool found = false; // best is a running sum: drift can make it -1e-15, so flag it
    std::vector<signed char> bestX;
    qint64 nodes = 0;

private:
    double density(int i) const { return densityOf(m.value[i], m.effort[i]); }

    // Undecided candidates whose links all lead to decided ones need no branching: when their
    // efforts lie on a grid (whole or half weeks, …) a knapsack table over the remaining
    // capacity gives their best choice exactly.
    void prepareIsolated()
    {
        std::vector<int> isolated;
        const auto decided = [&](const std::vector<int> &others) {
            return std::all_of(others.begin(), others.end(),
                               [&](int j) { return x[j] != kUndecided; });
        };
        for (int i = 0; i < m.n; ++i)
            if (x[i] == kUndecided && decided(m.prerequisites[i]) && decided(m.dependents[i]) &&
                decided(m.alternatives[i]))
                isolated.push_back(i);
        const double room = capacity - used;
        for (double scale : {1.0, 2.0, 4.0, 10.0, 100.0}) {
            const bool onGrid = std::all_of(isolated.begin(), isolated.end(), [&](int i) {
                const double units = m.effort[i] * scale;
                return std::abs(units - std::round(units)) < 1e-9 * std::max(1.0, units);
            });
            if (!onGrid)
                continue;
            const double cells = std::floor(room * scale + 1e-9) + 1;
            if (isolated.empty() || cells > 4e6 || cells * double(isolated.size()) > 2e8)
                return;
            m_scale = scale;
            m_isolated = isolated;
            break;
        }
        if (m_isolated.empty())
            return;
        const int width = int(std::floor(room * m_scale + 1e-9)) + 1;
        m_table.assign(size_t(width), 0.0);
        m_keep.assign(m_isolated.size() * size_t(width), false);
        for (size_t k = 0; k < m_isolated.size(); ++k) {
            const int i = m_isolated[k];
            x[i] = kOut; // decided by the table, not by branching
            const int units = int(std::lround(m.effort[i] * m_scale));
            for (int c = width - 1; c >= units; --c) {
                const double with = m_table[size_t(c - units)] + m.value[i];
                if (with > m_table[size_t(c)] + 1e-12) {
                    m_table[size_t(c)] = with;
                    m_keep[k * size_t(width) + size_t(c)] = true;
                }
            }
        }
    }

    // The isolated candidates' best value within what the branched ones leave.
    double isolatedValue(int *cell = nullptr) const
    {
        if (m_isolated.empty())
            return 0;
        const int c = std::clamp(int(std::floor((capacity - used) * m_scale + 1e-9)), 0,
                                 int(m_table.size()) - 1);
        if (cell)
            *cell = c;
        return m_table[size_t(c)];
    }

    void takeIsolated()
    {
        int c = bestCell;
        const size_t width = m_table.size();
        for (size_t k = m_isolated.size(); k-- > 0;) {
            if (!m_keep[k * width + size_t(c)])
                continue;
            bestX[m_isolated[k]] = kIn;
            c -= int(std::lround(m.effort[m_isolated[k]] * m_scale));
        }
    }

    double bound(size_t from) const
    {
        double room = capacity - used, b = total;
        // The table is exact for the isolated ones, so they join the bound through it: the
        // fractional knapsack of the rest plus the table over all the room overestimates.
        if (!m_isolated.empty())
            b += isolatedValue();
        for (size_t k = from; k < order.size(); ++k) {
            const int i = order[k];
            if (x[i] != kUndecided || m.value[i] <= 0)
                continue;
            if (m.effort[i] <= room) {
                room -= m.effort[i];
                b += m.value[i];
            } else {
                return b + m.value[i] * (room / m.effort[i]);
            }
        }
        return b;
    }

    void dive(size_t pos)
    {
        ++nodes;
        if (stopped || (cancel && (nodes & 4095) == 0 && cancel->load(std::memory_order_relaxed))) {
            stopped = true;
            return;
        }
        while (pos < order.size() && x[order[pos]] != kUndecided)
            ++pos;
        if (pos == order.size()) {
            int cell = 0;
            const double value = total + isolatedValue(&cell);
            if (!found || value > best + valueEps()) {
                found = true;
                best = value;
                bestX = x;
                bestCell = cell;
            }
            return;
        }
        if (found && bound(pos) <= best + valueEps())
            return;
        const int i = order[pos];
        const size_t mark = trail.size();
        // A candidate without value is still worth taking when others depend on it.
        const bool worthTaking = m.value[i] > 0 || !m.dependents[i].empty();
        if (worthTaking && setIn(i))
            dive(pos + 1);
        undo(mark);
        if (setOut(i))
            dive(pos + 1);
        undo(mark);
    }

    double valueEps() const { return 1e-9 * std::max(1.0, std::abs(best)); }

    std::vector<int> order;
    std::vector<int> m_isolated;
    double m_scale = 1;
    std::vector<double> m_table;
    std::vector<bool> m_keep;
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
        if (isLeftOut(c.decision))
            return tr("%1 must be in the plan but needs %2, which was %3.")
                .arg(root.key, c.key,
                     c.decision == Decision::Drop ? tr("dropped") : tr("deferred"));
        for (int q : m.alternatives[i])
            if (pulledBy[q] >= 0 && q > i)
                return tr("%1 and %2 must both be in the plan, but they are alternatives.")
                    .arg(c.key, w.candidates[q].key);
    }
    if (effort > capacity + 1e-9 * std::max(1.0, capacity))
        return tr("Mandatory and committed work alone needs %1 %2, %3 more than the capacity "
                  "of %4.")
            .arg(formatAmount(effort), w.capacityUnit, formatAmount(effort - capacity),
                 formatAmount(capacity));
    return tr("The decisions taken leave no feasible plan.");
}

} // namespace

double planValue(const Candidate &candidate)
{
    return candidateValue(candidate);
}

double planDensity(const Candidate &candidate)
{
    return densityOf(planValue(candidate), candidate.effort);
}

std::optional<Plan> solvePlan(const Workshop &w, double capacity, const QList<int> &forcedIn,
                              const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const Model m(w);
    Search search(m, capacity);
    search.cancel = cancel;
    bool ok = true;
    for (int i = 0; i < m.n && ok; ++i) {
        const Candidate &c = w.candidates[i];
        if (c.mandatory || c.decision == Decision::Commit || forcedIn.contains(c.id))
            ok = search.setIn(i);
    }
    for (int i = 0; i < m.n && ok; ++i)
        if (isLeftOut(w.candidates[i].decision))
            ok = search.setOut(i);
    if (!ok)
        return std::nullopt;
    search.run();
    if (!search.found || search.stopped)
        return std::nullopt;
    Plan plan;
    plan.capacity = capacity;
    plan.nodes = search.nodes;
    for (int i = 0; i < m.n; ++i) {
        if (search.bestX[i] != Search::kIn)
            continue;
        plan.selected.append(w.candidates[i].id);
        plan.totalEffort += m.effort[i];
        plan.totalValue += m.value[i];
    }
    plan.solveMs = double(timer.nsecsElapsed()) / 1e6;
    return plan;
}

Plan makePlan(const Workshop &w, std::optional<double> capacityOverride,
              const std::atomic_bool *cancel)
{
    const double capacity = capacityOverride.value_or(w.capacity);
    const auto isCancelled = [cancel] {
        return cancel && cancel->load();
    };
    std::optional<Plan> solved = solvePlan(w, capacity, {}, cancel);
    if (isCancelled()) {
        Plan stopped;
        stopped.cancelled = true;
        stopped.capacity = capacity;
        return stopped;
    }
    if (!solved) {
        Plan failed;
        failed.feasible = false;
        failed.capacity = capacity;
        const Model m(w);
        std::vector<int> forced;
        for (int i = 0; i < m.n; ++i)
            if (w.candidates[i].mandatory || w.candidates[i].decision == Decision::Commit)
                forced.push_back(i);
        failed.infeasibility = infeasibility(w, m, capacity, forced);
        return failed;
    }
    Plan plan = *solved;
    const QString unit = w.capacityUnit;
    const auto inPlan = [&](int id) {
        return plan.selected.contains(id);
    };
    const auto costOfForcing = [&](const Candidate &c) -> std::optional<double> {
        const std::optional<Plan> with = solvePlan(w, capacity, {c.id}, cancel);
        if (!with)
            return std::nullopt;
        return plan.totalValue - with->totalValue;
    };
    for (const Candidate &c : w.candidates) {
        if (inPlan(c.id))
            continue;
        Exclusion e;
        e.id = c.id;
        if (isLeftOut(c.decision)) {
            e.why = Exclusion::Why::Decision;
            e.reason = c.decision == Decision::Drop ? tr("dropped by decision")
                                                    : tr("deferred by decision");
            if (!c.rationale.trimmed().isEmpty())
                e.reason += QStringLiteral(": ") + c.rationale.trimmed();
            plan.excluded.append(e);
            continue;
        }
        const Candidate *missing = nullptr;
        for (const QString &key : w.linkedKeys(c.id, LinkType::Requires))
            if (!inPlan(w.candidateByKey(key)->id)) {
                missing = w.candidateByKey(key);
                break;
            }
        const Candidate *rival = nullptr;
        for (const QString &key : w.linkedKeys(c.id, LinkType::Excludes))
            if (inPlan(w.candidateByKey(key)->id)) {
                rival = w.candidateByKey(key);
                break;
            }
        const std::optional<double> loss = costOfForcing(c);
        const QString lossText =
            loss ? tr("including it would lower the total value by %1").arg(formatAmount(*loss))
                 : tr("it cannot be included even by leaving everything else out");
        if (missing) {
            e.why = Exclusion::Why::Prerequisite;
            e.reason =
                isLeftOut(missing->decision)
                    ? tr("needs %1, which was %2")
                          .arg(missing->key,
                               missing->decision == Decision::Drop ? tr("dropped") : tr("deferred"))
                    : tr("needs %1, which was not chosen; %2").arg(missing->key, lossText);
        } else if (rival) {
            e.why = Exclusion::Why::Alternative;
            e.reason = tr("excludes %1, which was chosen (value %2 against %3); %4")
                           .arg(rival->key, formatAmount(planValue(*rival)),
                                formatAmount(planValue(c)), lossText);
        } else if (planValue(c) <= 0) {
            e.why = Exclusion::Why::NoValue;
            e.reason = tr("adds no value: its impact, reach or confidence is 0");
        } else {
            e.why = Exclusion::Why::Capacity;
            const double over = plan.totalEffort + c.effort - capacity;
            e.reason = over > 0 ? tr("would exceed capacity by %1 %2; %3")
                                      .arg(formatAmount(over), unit, lossText)
                                : tr("fits, but %1").arg(lossText);
        }
        plan.excluded.append(e);
        if (isCancelled()) {
            plan.cancelled = true;
            return plan;
        }
    }
    return plan;
}

} // namespace cutline
