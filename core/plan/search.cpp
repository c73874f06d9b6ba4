#include "core/plan/search.h"

#include "core/plan/planner.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace cutline::plan {

namespace {

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
        if (!m_position.empty() && m_position[i] >= 0)
            addInEffort(m_position[i], m.effort[i]);
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
                if (!m_position.empty() && m_position[i] >= 0)
                    addInEffort(m_position[i], -m.effort[i]);
            }
            x[i] = kUndecided;
        }
    }

    void run()
    {
        m_gain.assign(size_t(m.n), 0.0);
        m_weight.assign(size_t(m.n), 0.0);
        for (int i = 0; i < m.n; ++i)
            if (std::isfinite(density(i)))
                m_maxDensity = std::max(m_maxDensity, density(i));
        m_byDensity = order;
        best = -1;
        bool proven = false;
        if (!prepareForest()) {
            prepareIsolated();
            takeGreedy();
            if (!fixAtRoot())
                proven = true; // nothing beats the greedy plan
        }
        if (!proven)
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

    // A first plan: the densest candidates that still fit, in order. It gives the bounds
    // something to beat from the start.
    void takeGreedy()
    {
        const size_t mark = trail.size();
        for (int i : order) {
            if (x[i] != kUndecided)
                continue;
            const size_t before = trail.size();
            if (m.value[i] > 0 && setIn(i))
                continue;
            undo(before);
            if (!setOut(i))
                break;
        }
        if (std::none_of(x.begin(), x.end(), [](signed char v) { return v == kUndecided; })) {
            int cell = 0;
            best = total + isolatedValue(&cell);
            bestX = x;
            bestCell = cell;
            found = true;
        }
        undo(mark);
    }

    // Fixes, before branching, every candidate whose one choice provably cannot beat the best
    // plan known: then only the other choice remains (reduced-cost fixing, with the bounds of
    // the search). Returns false when neither choice can beat it for some candidate.
    bool fixAtRoot()
    {
        if (!found)
            return true;
        const auto hopeless = [&](bool in, int i) {
            const size_t mark = trail.size();
            double breakDensity = 0;
            const bool ok = in ? setIn(i) : setOut(i);
            const bool result = !ok || bound(0, &breakDensity) <= best + valueEps() ||
                                closureBound(breakDensity) <= best + valueEps();
            undo(mark);
            return result;
        };
        for (bool changed = true; changed;) {
            changed = false;
            for (int i : order) {
                if (x[i] != kUndecided)
                    continue;
                const bool inHopeless = hopeless(true, i);
                const bool outHopeless = hopeless(false, i);
                if (inHopeless && outHopeless)
                    return false;
                if (inHopeless || outHopeless) {
                    if (!(inHopeless ? setOut(i) : setIn(i)))
                        return false;
                    changed = true;
                }
            }
        }
        return true;
    }

    // When efforts lie on a grid, the prerequisite links (one per candidate, the others
    // relaxed) form a forest, and a knapsack table over its preorder gives, for every suffix
    // and every room left, the best value the suffix can add while honouring those links:
    // taking a candidate lets its subtree follow, leaving it out skips the subtree. Branching
    // in that preorder, the table is an exact bound for everything but the excludes links and
    // the extra prerequisites, so the search only explores where those bite.
    bool prepareForest()
    {
        std::vector<int> undecided;
        for (int i : m.topological)
            if (x[i] == kUndecided)
                undecided.push_back(i);
        if (m.topological.empty() || undecided.empty())
            return false;
        // Without prerequisites among the open candidates, the one-row table does the same.
        const bool anyRequires = std::any_of(undecided.begin(), undecided.end(), [&](int i) {
            return std::any_of(m.prerequisites[i].begin(), m.prerequisites[i].end(),
                               [&](int p) { return x[p] == kUndecided; });
        });
        if (!anyRequires)
            return false;
        // Excludes links are outside the table's reach; where they are open, branching in
        // preorder cannot resolve them early, and the density-ordered search does better.
        for (int i : undecided)
            for (int j : m.alternatives[i])
                if (x[j] == kUndecided)
                    return false;
        const double room = capacity - used;
        const std::optional<double> scale = gridScale(m, undecided);
        if (!scale)
            return false;
        const double cells = std::floor(room * *scale + 1e-9) + 1;
        if (cells * double(undecided.size() + 1) > 8e6)
            return false;
        m_scale = *scale;
        m_cells = size_t(cells);
        // Parent: the first undecided prerequisite. Children in topological order.
        std::vector<std::vector<int>> children(size_t(m.n));
        std::vector<int> roots;
        for (int i : undecided) {
            int parent = -1;
            for (int p : m.prerequisites[i])
                if (x[p] == kUndecided) {
                    parent = p;
                    break;
                }
            (parent < 0 ? roots : children[size_t(parent)]).push_back(i);
        }
        order.clear();
        m_position.assign(size_t(m.n), -1);
        std::vector<int> stack(roots.rbegin(), roots.rend());
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            m_position[i] = int(order.size());
            order.push_back(i);
            stack.insert(stack.end(), children[i].rbegin(), children[i].rend());
        }
        const size_t count = order.size();
        m_end.assign(count, 0);
        for (size_t k = count; k-- > 0;) {
            size_t end = k + 1;
            for (int child : children[order[k]])
                end = std::max(end, m_end[m_position[child]]);
            m_end[k] = end;
        }
        m_units.assign(count, 0);
        for (size_t k = 0; k < count; ++k)
            m_units[k] = int(std::lround(m.effort[order[k]] * m_scale));
        m_dp.assign((count + 1) * m_cells, 0.0);
        for (size_t k = count; k-- > 0;) {
            const double *take = &m_dp[(k + 1) * m_cells];
            const double *skip = &m_dp[m_end[k] * m_cells];
            double *row = &m_dp[k * m_cells];
            const int units = m_units[k];
            const double value = m.value[order[k]];
            for (size_t c = 0; c < m_cells; ++c) {
                row[c] = skip[c];
                if (int(c) >= units)
                    row[c] = std::max(row[c], value + take[c - size_t(units)]);
            }
        }
        m_inEffort.assign(count + 1, 0.0);
        return true;
    }

    // The table's column for the room the suffix from `pos` may use: the room left plus what
    // candidates of the suffix already pulled in took (they are in the table's choice too).
    int forestCell(size_t pos) const
    {
        double suffix = 0;
        for (size_t k = m_inEffort.size() - 1; k > 0; k -= k & (~k + 1))
            suffix += m_inEffort[k];
        for (size_t k = pos; k > 0; k -= k & (~k + 1))
            suffix -= m_inEffort[k];
        const double room = capacity - used + suffix;
        return std::clamp(int(std::floor(room * m_scale + 1e-6)), 0, int(m_cells) - 1);
    }

    // Fenwick tree over preorder positions of the effort already taken.
    void addInEffort(int position, double effort)
    {
        for (size_t k = size_t(position) + 1; k < m_inEffort.size(); k += k & (~k + 1))
            m_inEffort[k] += effort;
    }

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
        const std::optional<double> scale = gridScale(m, isolated);
        if (!scale || isolated.empty())
            return;
        const double cells = std::floor(room * *scale + 1e-9) + 1;
        if (cells > 4e6 || cells * double(isolated.size()) > 2e8)
            return;
        m_scale = *scale;
        m_isolated = isolated;
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

    // The Lagrangian bound over prerequisite trees: for any price λ of a unit of effort,
    // λ·room plus the best closure (a set that holds each member's prerequisite) of
    // value − λ·effort overestimates the optimum. Keeping one undecided prerequisite per
    // candidate makes the links a forest, where the best closure is one pass from dependents
    // to prerequisites. Unlike the fractional knapsack it knows that a valuable candidate
    // brings its costly prerequisites along. Returns the smallest of a few prices tried,
    // stopping as soon as one proves the node cannot beat the best plan.
    double closureBound(double lambda)
    {
        if (m.topological.empty())
            return std::numeric_limits<double>::infinity();
        const double room = capacity - used;
        const double target = best + valueEps() - total;
        // g(λ) is convex and piecewise linear with slope room − (effort of the best closure).
        // Each evaluation gives a line under g; the lowest point between the last line
        // sloping down and the last sloping up is where to look next, and its height bounds
        // what any price can prove.
        struct Line
        {
            double at, value, slope;
        };
        const auto evaluate = [&](double price) {
            double weight = 0;
            const double value = closureValue(price, &weight) + price * room;
            return Line{price, value, room - weight};
        };
        // Start from the price that worked last time: neighbouring nodes want similar prices.
        Line first = evaluate(m_lastPrice > 0 ? m_lastPrice : lambda);
        double result = first.value;
        double resultAt = first.at;
        const auto keep = [&](const Line &line) {
            if (line.value < result) {
                result = line.value;
                resultAt = line.at;
            }
        };
        const auto done = [&] {
            m_lastPrice = resultAt;
            return total + result;
        };
        if (result <= target || first.slope == 0)
            return done();
        Line left = first, right = first;
        if (first.slope < 0) {
            right = evaluate(std::max(m_maxDensity, first.at) * 1.000001 + 1e-12);
        } else {
            left = evaluate(0);
        }
        keep(left);
        keep(right);
        if (left.slope >= 0 || right.slope <= 0)
            return done();
        for (int round = 0; round < 30 && result > target; ++round) {
            const double at =
                (right.value - left.value + left.slope * left.at - right.slope * right.at) /
                (left.slope - right.slope);
            const double floor = left.value + left.slope * (at - left.at);
            if (floor > target || !(at > left.at && at < right.at))
                break; // no price can prune this node
            const Line line = evaluate(at);
            keep(line);
            if (line.value - floor <= 1e-9 * std::max(1.0, std::abs(line.value)) || line.slope == 0)
                break;
            (line.slope < 0 ? left : right) = line;
        }
        return done();
    }

    // The best closure's value at `price` (and its effort in `*weight`).
    double closureValue(double price, double *weight)
    {
        double sum = 0;
        *weight = 0;
        for (int i : m_isolated) {
            const double gain = m.value[i] - price * m.effort[i];
            if (gain > 0) {
                sum += gain;
                *weight += m.effort[i];
            }
        }
        for (auto it = m.topological.rbegin(); it != m.topological.rend(); ++it) {
            const int i = *it;
            if (x[i] != kUndecided)
                continue;
            const double gain = m.value[i] - price * m.effort[i] + m_gain[i];
            const double effort = m.effort[i] + m_weight[i];
            m_gain[i] = m_weight[i] = 0;
            if (gain <= 0)
                continue;
            int parent = -1;
            for (int p : m.prerequisites[i])
                if (x[p] == kUndecided) {
                    parent = p;
                    break;
                }
            if (parent >= 0) {
                m_gain[parent] += gain;
                m_weight[parent] += effort;
            } else {
                sum += gain;
                *weight += effort;
            }
        }
        return sum;
    }

    double bound(size_t from, double *breakDensity = nullptr) const
    {
        double room = capacity - used, b = total;
        // The table is exact for the isolated ones, so they join the bound through it: the
        // fractional knapsack of the rest plus the table over all the room overestimates.
        if (!m_isolated.empty())
            b += isolatedValue();
        for (size_t k = from; k < m_byDensity.size(); ++k) {
            const int i = m_byDensity[k];
            if (x[i] != kUndecided || m.value[i] <= 0)
                continue;
            if (m.effort[i] <= room) {
                room -= m.effort[i];
                b += m.value[i];
            } else {
                if (breakDensity)
                    *breakDensity = density(i);
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
        double breakDensity = 0;
        bool takeFirst = true;
        if (!m_dp.empty()) {
            const int cell = forestCell(pos);
            const int i = order[pos];
            const double skip = m_dp[m_end[pos] * m_cells + size_t(cell)];
            const int units = m_units[pos];
            const double take =
                cell >= units ? m.value[i] + m_dp[(pos + 1) * m_cells + size_t(cell - units)] : -1;
            if (found && total + std::max(skip, take) <= best + valueEps())
                return;
            takeFirst = take >= skip;
        } else if (found && (bound(pos, &breakDensity) <= best + valueEps() ||
                             closureBound(breakDensity) <= best + valueEps())) {
            return;
        }
        const int i = order[pos];
        const size_t mark = trail.size();
        if (!takeFirst) {
            if (setOut(i))
                dive(pos + 1);
            undo(mark);
            if (setIn(i))
                dive(pos + 1);
            undo(mark);
            return;
        }
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

    std::vector<int> order;       // the branching order
    std::vector<int> m_byDensity; // the fractional bound's order
    std::vector<int> m_isolated;
    double m_scale = 1;
    std::vector<double> m_table;
    std::vector<bool> m_keep;
    std::vector<int> m_position;    // preorder position in the forest mode, −1 outside it
    std::vector<size_t> m_end;      // the position after each candidate's subtree
    std::vector<int> m_units;       // efforts in grid units, by position
    std::vector<double> m_dp;       // best value of each suffix for each room, row-major
    std::vector<double> m_inEffort; // Fenwick tree of the effort taken, by position
    size_t m_cells = 0;
    std::vector<double> m_gain, m_weight; // closureBound's scratch, all zero between calls
    double m_maxDensity = 0;
    double m_lastPrice = 0; // where closureBound found its lowest value last time
};

} // namespace

SearchOutcome searchOptimum(const Workshop &w, const Model &m, double capacity,
                            const QList<int> &forcedIn, const std::atomic_bool *cancel)
{
    SearchOutcome outcome;
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
        return outcome;
    search.run();
    outcome.nodes = search.nodes;
    outcome.stopped = search.stopped;
    outcome.feasible = search.found;
    if (search.found)
        for (int i = 0; i < m.n; ++i)
            if (search.bestX[i] == Search::kIn)
                outcome.chosen.push_back(i);
    return outcome;
}

} // namespace cutline::plan
