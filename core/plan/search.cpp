#include "core/plan/search.h"

#include "core/plan/planner.h"
#include "core/plan/pricedforest.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <queue>

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
        for (double unit : {1.0, 0.5, 0.25, 0.1, 0.01}) {
            const bool onGrid = std::all_of(m.value.begin(), m.value.end(), [&](double v) {
                const double steps = v / unit;
                return std::abs(steps - std::round(steps)) < 1e-9 * std::max(1.0, steps);
            });
            if (onGrid) {
                m_valueUnit = unit;
                break;
            }
        }
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
        if (m_forest)
            noteIn(i, 1);
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
                if (m_forest)
                    noteIn(i, -1);
            }
            x[i] = kUndecided;
        }
    }

    // Solves from the decisions taken so far. `forest` is a priced forest built for this
    // problem or one it refines (nullptr: build one if links are open); `preferred` are tried
    // first for the first plan.
    void run(std::shared_ptr<const PricedForest> forest, const std::vector<int> &preferred)
    {
        m_gain.assign(size_t(m.n), 0.0);
        m_weight.assign(size_t(m.n), 0.0);
        for (int i = 0; i < m.n; ++i)
            if (std::isfinite(density(i)))
                m_maxDensity = std::max(m_maxDensity, density(i));
        m_byDensity = order;
        best = -1;
        if (forest || anyOpenLink()) {
            takeGreedy(preferred);
            if (done())
                return;
            if (forest) {
                // Prices chosen for a larger problem are a good start: a table rebuilt for
                // this one's decisions at (about) those prices bounds it at once.
                const double known = found ? best - total : -1;
                useForest(buildPricedForest(m, x, capacity - used, known, forest.get(), steps));
                takeGreedy(m_forest->choice);
            } else {
                reprice();
            }
            m_rootForest = m_forest;
            // Most problems end within a few thousand nodes; where they do not, branching on
            // the excludes pairs first pays for its tables.
            const std::vector<signed char> start = x;
            const qint64 limit = nodeLimit;
            nodeLimit = std::min(limit, nodes + kPlainFirst);
            bestFirst();
            nodeLimit = limit;
            if (!limited || nodes > nodeLimit)
                return;
            limited = false;
            restore(start, m_rootForest);
            pairFirst();
            return;
        }
        bool proven = false;
        prepareIsolated();
        takeGreedy(preferred);
        if (!fixAtRoot())
            proven = true; // nothing beats the greedy plan
        if (!proven && !done())
            dive(0);
        if (found && !m_isolated.empty())
            takeIsolated();
    }

    // The priced forest built for the whole problem (its decisions at the start), if any.
    const std::shared_ptr<const PricedForest> &forest() const { return m_rootForest; }

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
    // A plan this good ends the search (a reason's solve stops at the optimum's value).
    double stopAt = std::numeric_limits<double>::infinity();
    std::vector<signed char> bestX;
    qint64 nodes = 0;
    // Where set, the best plan met so far that includes each candidate (an index into `plans`),
    // for the reasons to start from; only plans the forest's search completes are noted.
    struct Leaves
    {
        std::vector<int> best; // by candidate: index into plans, or −1
        std::vector<double> value;
        std::vector<std::vector<int>> plans;
    };
    Leaves *leaves = nullptr;

    // Nodes the best-first search may open before it stops with what it proved: the best plan
    // found and `ceiling`, the most any plan can reach (limited then set).
    qint64 nodeLimit = std::numeric_limits<qint64>::max();
    bool limited = false;
    double ceiling = std::numeric_limits<double>::infinity();
    // Subgradient steps for a table rebuilt from a larger problem's prices (−1: the default).
    int steps = -1;

private:
    double density(int i) const { return densityOf(m.value[i], m.effort[i]); }

    // A first plan: the densest candidates that still fit, in order. It gives the bounds
    // something to beat from the start.
    void takeGreedy(std::vector<int> preferred)
    {
        const size_t mark = trail.size();
        // Densest first, so what does not fit is what gives least.
        std::stable_sort(preferred.begin(), preferred.end(),
                         [&](int a, int b) { return density(a) > density(b); });
        for (int i : preferred) {
            const size_t before = trail.size();
            // Work without value comes in only as a prerequisite, as in the search.
            if (x[i] == kUndecided && m.value[i] > 0 && !setIn(i))
                undo(before);
        }
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
        int cell = 0;
        const double value = total + isolatedValue(&cell);
        if (std::none_of(x.begin(), x.end(), [](signed char v) { return v == kUndecided; }) &&
            (!found || value > best + valueEps())) {
            best = value;
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

    bool anyOpenLink() const
    {
        for (int i = 0; i < m.n; ++i) {
            if (x[i] != kUndecided)
                continue;
            const auto open = [&](const std::vector<int> &others) {
                return std::any_of(others.begin(), others.end(),
                                   [&](int j) { return x[j] == kUndecided; });
            };
            if (open(m.prerequisites[i]) || open(m.alternatives[i]))
                return true;
        }
        return false;
    }

    // A priced forest for the problem at hand (starting from the prices in use, if any).
    void reprice()
    {
        const double known = found ? best - total : -1;
        useForest(buildPricedForest(m, x, capacity - used, known, m_forest.get()));
        m_lastPricing = nodes;
        // The table's own choice, made to honour every link, is often near the optimum.
        takeGreedy(m_forest->choice);
    }

    // Branches in the forest's preorder from here on, bounding with its table.
    void useForest(std::shared_ptr<const PricedForest> forest)
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

    // Keeps the sums the forest bound needs as candidate `i` comes in (+1) or leaves (−1):
    // value outside the table, and effort and price by position (Fenwick trees).
    void noteIn(int i, int sign)
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

    // Sum of a Fenwick tree over positions before `pos`.
    static double prefix(const std::vector<double> &tree, size_t pos)
    {
        double sum = 0;
        for (size_t k = pos; k > 0; k -= k & (~k + 1))
            sum += tree[k];
        return sum;
    }

    // The forest's bound at position `pos` (everything before it decided): what is in outside
    // the table and before `pos`, priced, plus the table for the room the suffix may use (the
    // room left plus what its candidates already pulled in took). Also the bounds of taking
    // and of skipping the candidate at `pos`.
    double forestBound(size_t pos, double *take, double *skip) const
    {
        const PricedForest &f = *m_forest;
        const size_t count = order.size();
        const double suffixEffort = prefix(m_inEffort, count) - prefix(m_inEffort, pos);
        const int cell = f.cellOf(capacity - used + suffixEffort);
        const double base = m_outside + f.constant + prefix(m_inPrice, pos);
        *skip = base + f.at(f.end[pos], cell);
        const int units = f.units[pos];
        *take = cell >= units ? base + f.price[order[pos]] + f.at(pos + 1, cell - units)
                              : -std::numeric_limits<double>::infinity();
        return base + f.at(pos, cell);
    }

    // True when a plan below `bound` cannot beat the best one: when every value lies on a grid
    // (tenths, …), a better plan is better by at least one step of it.
    bool cannotBeat(double bound) const
    {
        if (!found)
            return false;
        const double eps = valueEps();
        return bound <= best + eps || (m_valueUnit > 0 && bound < best + m_valueUnit - eps);
    }

    bool done() const { return found && best >= stopAt - valueEps(); }

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

    // What leaving `i` out takes away: the value of it and of the open work that needs it.
    double stake(int i) const
    {
        double sum = 0;
        std::vector<int> stack{i};
        std::vector<char> seen(size_t(m.n), 0);
        seen[size_t(i)] = 1;
        while (!stack.empty()) {
            const int j = stack.back();
            stack.pop_back();
            sum += std::max(0.0, m.value[j]);
            for (int d : m.dependents[j])
                if (x[d] == kUndecided && !seen[size_t(d)]) {
                    seen[size_t(d)] = 1;
                    stack.push_back(d);
                }
        }
        return sum;
    }

    // The open excludes pair to branch on first: the one whose sides both carry most (each
    // side's value with what needs it), when that is a real share of the plan; else −1.
    int pairToBranch() const
    {
        int chosen = -1;
        double most = 0.01 * std::max(best, 0.0);
        for (int i = 0; i < m.n; ++i) {
            if (x[i] != kUndecided)
                continue;
            for (int q : m.alternatives[i]) {
                if (q < i || x[q] != kUndecided)
                    continue;
                const double both = std::min(stake(i), stake(q));
                if (both > most) {
                    most = both;
                    chosen = i;
                }
            }
        }
        return chosen;
    }

    // Excludes pairs whose sides both carry much are what the priced forest bounds worst: the
    // prices let both sides in by halves. So the search first branches on those pairs, each
    // node with a table rebuilt for its decisions (warm prices), best bound first; a node with
    // no such pair left is solved by the best-first search below it.
    void pairFirst()
    {
        struct Node
        {
            double bound;
            std::vector<signed char> x;
            std::shared_ptr<const PricedForest> forest;
            bool operator<(const Node &o) const { return bound < o.bound; }
        };
        std::priority_queue<Node> open;
        open.push({total + m_forest->rootBound, x, m_forest});
        while (!open.empty() && !stopped && !done() && !limited) {
            Node node = open.top();
            open.pop();
            if (cannotBeat(node.bound))
                return;
            if (nodes > nodeLimit) {
                stopAtLimit(node.bound);
                return;
            }
            if (node.forest->table.empty()) {
                // Open nodes keep only their prices: the table is rebuilt at them.
                double room = capacity;
                for (int i = 0; i < m.n; ++i)
                    if (node.x[i] == kIn)
                        room -= m.effort[i];
                node.forest = buildPricedForest(m, node.x, room, -1, node.forest.get(), 0);
            }
            restore(node.x, node.forest);
            const int a = pairToBranch();
            if (a < 0 || open.size() > kMaxPairNodes) {
                bestFirst();
                if (limited && !open.empty())
                    ceiling = std::max(ceiling, open.top().bound);
                continue;
            }
            for (const bool in : {false, true}) {
                restore(node.x, node.forest);
                if (!(in ? setIn(a) : setOut(a)))
                    continue;
                const double known = found ? best - total : -1;
                auto forest =
                    buildPricedForest(m, x, capacity - used, known, node.forest.get(), steps);
                nodes += kPairNodeCost;
                useForest(forest);
                takeGreedy(forest->choice);
                const double bound = total + forest->rootBound;
                if (!cannotBeat(bound))
                    open.push({bound, x, pricesOf(*forest)});
            }
            if (cancel && cancel->load(std::memory_order_relaxed))
                stopped = true;
        }
    }

    static constexpr size_t kMaxPairNodes = 2000;
    static constexpr qint64 kPlainFirst = 20000;
    // A table rebuilt costs about as much as this many nodes of the search below.
    static constexpr qint64 kPairNodeCost = 2000;

    // Every candidate is decided: a plan, perhaps the best so far.
    void reachLeaf()
    {
        int cell = 0;
        const double value = total + isolatedValue(&cell);
        noteLeaf(value);
        if (!found || value > best + valueEps()) {
            found = true;
            best = value;
            bestX = x;
            bestCell = cell;
        }
    }

    // A complete plan the search met: the best so far for the candidates in it?
    void noteLeaf(double value)
    {
        if (!leaves || !m_forest)
            return;
        bool better = false;
        for (int i = 0; i < m.n && !better; ++i)
            better = x[i] == kIn && (leaves->best[i] < 0 || value > leaves->value[i] + valueEps());
        if (!better)
            return;
        std::vector<int> plan;
        for (int i = 0; i < m.n; ++i)
            if (x[i] == kIn)
                plan.push_back(i);
        const int index = int(leaves->plans.size());
        leaves->plans.push_back(std::move(plan));
        for (int i : leaves->plans.back())
            if (leaves->best[i] < 0 || value > leaves->value[i] + valueEps()) {
                leaves->best[i] = index;
                leaves->value[i] = value;
            }
    }

    // An open node of the best-first search: its decisions, where its branching resumes, and
    // a bound on what it can reach.
    struct Open
    {
        double bound;
        size_t pos;
        std::vector<signed char> x;
        bool operator<(const Open &o) const { return bound < o.bound; }
    };

    // Puts the search at a node's decisions.
    void restore(const std::vector<signed char> &decisions,
                 std::shared_ptr<const PricedForest> forest = nullptr)
    {
        x = decisions;
        trail.clear();
        used = total = 0;
        for (int i = 0; i < m.n; ++i)
            if (x[i] == kIn) {
                used += m.effort[i];
                total += m.value[i];
            }
        useForest(forest ? std::move(forest) : m_forest);
    }

    // Best-first branch and bound with plunging: from the open node with the highest bound,
    // follow the preferred branch down to a plan or a prune, leaving the other branches open.
    // It finds good plans early (every plunge ends in one) and proves with the fewest nodes.
    void bestFirst()
    {
        std::vector<Open> open; // a heap, highest bound first
        {
            double take = 0, skip = 0;
            size_t pos = 0;
            while (pos < order.size() && x[order[pos]] != kUndecided)
                ++pos;
            const double b = pos < order.size() ? forestBound(pos, &take, &skip) : total;
            open.push_back({b, 0, x});
        }
        while (!open.empty()) {
            if (stopped || done())
                return;
            std::pop_heap(open.begin(), open.end());
            Open node = std::move(open.back());
            open.pop_back();
            if (cannotBeat(node.bound))
                return; // every open node is bounded by the top one
            if (nodes > nodeLimit) {
                stopAtLimit(node.bound);
                return;
            }
            if (open.size() > kMaxOpen) {
                // Too many open nodes to keep: finish this one depth first.
                restore(node.x);
                m_diveLimited = true;
                dive(node.pos);
                m_diveLimited = false;
                if (limited) {
                    stopAtLimit(open.empty() ? node.bound
                                             : std::max(node.bound, open.front().bound));
                    return;
                }
                continue;
            }
            restore(node.x);
            m_spare.push_back(std::move(node.x));
            plunge(node.pos, &open);
        }
    }

    void plunge(size_t pos, std::vector<Open> *open)
    {
        for (;;) {
            ++nodes;
            if (stopped ||
                (cancel && (nodes & 4095) == 0 && cancel->load(std::memory_order_relaxed))) {
                stopped = true;
                return;
            }
            if (done())
                return;
            while (pos < order.size() && x[order[pos]] != kUndecided)
                ++pos;
            if (pos == order.size()) {
                reachLeaf();
                return;
            }
            double take = 0, skip = 0;
            if (cannotBeat(forestBound(pos, &take, &skip)))
                return;
            const int i = order[pos];
            const bool worthTaking = m.value[i] > 0 || !m.dependents[i].empty();
            const bool takeFirst = worthTaking && take >= skip;
            const size_t mark = trail.size();
            // The other branch stays open.
            const double otherBound = takeFirst ? skip : take;
            if (!cannotBeat(otherBound) && (takeFirst || worthTaking)) {
                if (takeFirst ? setOut(i) : setIn(i)) {
                    std::vector<signed char> decisions;
                    if (!m_spare.empty()) {
                        decisions = std::move(m_spare.back());
                        m_spare.pop_back();
                    }
                    decisions.assign(x.begin(), x.end());
                    open->push_back({otherBound, pos + 1, std::move(decisions)});
                    std::push_heap(open->begin(), open->end());
                }
                undo(mark);
            }
            if (!(takeFirst ? setIn(i) : setOut(i)))
                return;
            ++pos;
        }
    }

    static constexpr size_t kMaxOpen = 200000;
    // Decision vectors of nodes already opened, reused for the next ones pushed: allocating
    // and freeing one per node took a sixth of the reasons' time.
    std::vector<std::vector<signed char>> m_spare;
    bool m_diveLimited = false; // dive() counts against nodeLimit

    // Stops at the node limit: no open node can reach more than `openBound`.
    void stopAtLimit(double openBound)
    {
        limited = true;
        ceiling = found ? std::max(best, openBound) : openBound;
    }

    void dive(size_t pos)
    {
        ++nodes;
        if (stopped || (cancel && (nodes & 4095) == 0 && cancel->load(std::memory_order_relaxed))) {
            stopped = true;
            return;
        }
        if (done() || limited)
            return;
        if (m_diveLimited && nodes > nodeLimit) {
            limited = true;
            return;
        }
        if (m_forest && nodes - m_lastPricing > pricingBudget()) {
            // The prices were chosen for a larger problem, and this part of the search is
            // long: prices chosen for the problem here pay for themselves.
            const std::shared_ptr<const PricedForest> outer = m_forest;
            reprice();
            dive(0);
            useForest(outer);
            return;
        }
        while (pos < order.size() && x[order[pos]] != kUndecided)
            ++pos;
        if (pos == order.size()) {
            reachLeaf();
            return;
        }
        double breakDensity = 0;
        bool takeFirst = true;
        if (m_forest) {
            double take = 0, skip = 0;
            if (cannotBeat(forestBound(pos, &take, &skip)))
                return;
            takeFirst = take >= skip;
        } else if (cannotBeat(bound(pos, &breakDensity)) ||
                   cannotBeat(closureBound(breakDensity))) {
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
    std::shared_ptr<const PricedForest> m_forest;     // the bound where links are open
    std::shared_ptr<const PricedForest> m_rootForest; // the one built for the whole problem
    std::vector<double> m_inEffort, m_inPrice;        // Fenwick trees by the forest's positions
    double m_outside = 0;   // value of what is in outside the forest's table
    double m_valueUnit = 0; // every value is a multiple of it (0: no such grid)
    // Nodes between choices of prices: enough that choosing them (a few passes over the
    // table) takes a small share of the time.
    qint64 pricingBudget() const
    {
        return std::max<qint64>(20000, qint64(m_forest->table.size() / 8));
    }
    qint64 m_lastPricing = 0;
    std::vector<double> m_gain, m_weight; // closureBound's scratch, all zero between calls
    double m_maxDensity = 0;
    double m_lastPrice = 0; // where closureBound found its lowest value last time
};

} // namespace

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

// Subgradient steps for a reason's table, rebuilt from the optimum's prices: a few go a long
// way, and there are as many such tables as reasons.
constexpr int kReasonSteps = 3;
// And for a sample's, rebuilt from the likely estimates' prices.
constexpr int kSampleSteps = 3;

SearchOutcome searchOptimum(const Workshop &w, const Model &m, double capacity,
                            const QList<int> &forcedIn, const std::atomic_bool *cancel,
                            const WarmStart *from, WarmStart *leave)
{
    Search search(m, capacity);
    search.cancel = cancel;
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
    if (!decide(search, m_workshop, {}))
        return {};
    search.run(nullptr, {});
    m_forest = search.forest();
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
    search.steps = kReasonSteps;
    if (!decide(search, m_workshop, {}) || !search.setIn(i))
        return {};
    // The optimum bounds every plan, so one as good ends the search; a plan made from the
    // optimum's candidates gives the bounds something to beat from the start.
    search.stopAt = optimum.value;
    // The best plan with it that the optimum's search met, else the optimum itself.
    const auto leaf = m_leafPlans.find(i);
    search.run(m_forest, leaf != m_leafPlans.end() ? leaf->second : optimum.chosen);
    return outcomeOf(search);
}

} // namespace cutline::plan
