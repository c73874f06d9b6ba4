// Search: the bounds — the priced forest's table, the fractional knapsack, the closure bound and
// the exact table of isolated candidates.
#include "core/plan/searchtree.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace cutline::plan {

void Search::reprice()
{
    const double known = found ? best - total : -1;
    useForest(buildPricedForest(m, x, capacity - used, known, m_forest.get()));
    m_lastPricing = nodes;
    // The table's own choice, made to honour every link, is often near the optimum.
    takeGreedy(m_forest->choice);
}

void Search::useForest(std::shared_ptr<const PricedForest> forest)
{
    if (forest != m_forest) {
        m_forest = std::move(forest);
        order = m_forest->order;
    }
    // The Fenwick trees in linear time: the sums by position, then each node's into its
    // parent.
    const size_t count = order.size();
    m_inEffort.assign(count + 1, 0.0);
    m_inPrice.assign(count + 1, 0.0);
    m_outside = 0;
    for (int i = 0; i < m.n; ++i) {
        if (x[i] != kIn)
            continue;
        const int position = m_forest->position[i];
        if (position < 0) {
            m_outside += m.value[i];
            continue;
        }
        m_inEffort[size_t(position) + 1] += m.effort[i];
        m_inPrice[size_t(position) + 1] += m_forest->price[i];
    }
    for (size_t k = 1; k <= count; ++k) {
        const size_t parent = k + (k & (~k + 1));
        if (parent <= count) {
            m_inEffort[parent] += m_inEffort[k];
            m_inPrice[parent] += m_inPrice[k];
        }
    }
}

void Search::noteIn(int i, int sign)
{
    const int position = m_forest->position[i];
    if (position < 0) {
        m_outside += sign * m.value[i];
        return;
    }
    for (size_t k = size_t(position) + 1; k < m_inEffort.size(); k += k & (~k + 1)) {
        m_inEffort[k] += sign * m.effort[i];
        m_inPrice[k] += sign * m_forest->price[i];
    }
}

double Search::prefix(const std::vector<double> &tree, size_t pos)
{
    double sum = 0;
    for (size_t k = pos; k > 0; k -= k & (~k + 1))
        sum += tree[k];
    return sum;
}

double Search::forestBound(size_t pos, double *take, double *skip) const
{
    const PricedForest &f = *m_forest;
    const size_t count = order.size();
    const double suffixEffort = prefix(m_inEffort, count) - prefix(m_inEffort, pos);
    const double room = capacity - used + suffixEffort;
    const int cell = f.cellOf(room);
    const double base = m_outside + f.constant + prefix(m_inPrice, pos);
    const int i = order[pos];
    // A table whose values pay f.shift a unit of effort gets it back for the whole room.
    const double table = base + f.shift * room;
    *skip = table + f.at(f.end[pos], cell);
    const int units = f.units[pos];
    *take = cell >= units ? table + f.tableValue(i, m.effort[i]) + f.at(pos + 1, cell - units)
                          : -std::numeric_limits<double>::infinity();
    double bound = table + f.at(pos, cell);
    if (!f.lambdas.empty()) {
        // Efforts rounded onto the table's grid: the capacity priced in bounds too.
        const double effort = m.effort[i];
        *skip = std::min(*skip, base + f.lagrange(f.end[pos], room));
        if (effort <= room + eps)
            *take = std::min(*take, base + f.price[i] + f.lagrange(pos + 1, room - effort));
        else
            *take = -std::numeric_limits<double>::infinity();
        bound = std::min(bound, base + f.lagrange(pos, room));
    }
    return bound;
}

bool Search::cannotBeat(double bound) const
{
    if (bound < atLeast - 1e-9 * std::max(1.0, std::abs(atLeast)))
        return true;
    if (!found)
        return false;
    const double eps = valueEps();
    return bound <= best + eps || (m_valueUnit > 0 && bound < best + m_valueUnit - eps);
}

void Search::prepareIsolated()
{
    std::vector<int> isolated;
    const auto decided = [&](const std::vector<int> &others) {
        return std::all_of(others.begin(), others.end(), [&](int j) { return x[j] != kUndecided; });
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

double Search::isolatedValue(int *cell) const
{
    if (m_isolated.empty())
        return 0;
    const int c =
        std::clamp(int(std::floor((capacity - used) * m_scale + 1e-9)), 0, int(m_table.size()) - 1);
    if (cell)
        *cell = c;
    return m_table[size_t(c)];
}

void Search::takeIsolated()
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

double Search::closureBound(double lambda)
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

double Search::closureValue(double price, double *weight)
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

double Search::bound(size_t from, double *breakDensity) const
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

} // namespace cutline::plan
