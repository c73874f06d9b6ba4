// The priced forest: the bound the search prunes with wherever candidates are linked. Internal
// to core/plan.
#pragma once

#include "core/plan/model.h"
#include "core/plan/tablememory.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace cutline::plan {

// Keeping one prerequisite per candidate makes the requires links a forest, and a knapsack
// table over the forest's preorder gives, for every suffix and every room left, the best value
// the suffix can add while honouring those links (taking a candidate lets its subtree follow,
// leaving it out skips the subtree). The links the forest leaves out — the other prerequisites
// and the excludes pairs — are priced in (Lagrangian relaxation): a candidate's value is
// lowered by what its extra prerequisites and its alternatives charge and raised by what its
// dependents pay it, with prices chosen by subgradient steps to make the bound as low as they
// can. For any prices the table overestimates what any plan can add, so it is exact to prune
// with; efforts are rounded down onto a grid of at most a few thousand cells, which only
// loosens it. Built once for the open candidates of a problem, it bounds every subproblem
// (further decisions) too, so the reasons' solves share it.
struct PricedForest
{
    PricedForest() = default;
    PricedForest(const PricedForest &) = delete;
    PricedForest &operator=(const PricedForest &) = delete;
    ~PricedForest(); // hands the table's memory back for the next table

    double scale = 1;          // grid cells per unit of effort
    size_t cells = 1;          // columns of the table: rooms 0 … cells − 1
    double constant = 0;       // what the priced excludes pairs add whatever is chosen
    double shift = 0;          // the table's values are price − shift·effort (add shift·room)
    std::vector<int> order;    // the open candidates in preorder
    std::vector<int> position; // by candidate: its place in `order`, −1 if it was decided
    std::vector<size_t> end;   // by position: the position after its subtree
    std::vector<int> units;    // by position: effort in cells, rounded down
    std::vector<double> price; // by candidate: its value with the prices of relaxed links
    // By position (count + 1 rows) and room; it may hold more memory than that. Row k holds
    // only cells from[k] … to[k] − 1, from table[start[k]] on. Above them every later effort
    // fits and the row is flat. Below them no plan comes with efforts counted in whole cells
    // (where efforts are rounded down, the room left may read a cell or so lower: reading
    // from[k] instead only loosens the bound, as a row never falls with more room). Rows hold
    // about half the cells, and a fresh table's memory is most of what it costs.
    TableMemory table;
    std::vector<int> from, to;
    std::vector<size_t> start;
    double rootBound = 0; // the bound for the whole problem (the open candidates' part)
    // The links left out of the forest and their prices: requires (i needs j) or excludes.
    struct Link
    {
        int i, j;
        bool excludes;
        double price;
    };
    std::vector<Link> relaxed;
    std::vector<int> choice; // the table's best choice at those prices: a plan to start from

    // Where efforts lie on no grid the table fits (they are rounded down onto a coarser one),
    // the capacity priced in as well bounds without rounding: for any λ ≥ 0 no plan of the
    // positions from k on that fits `room` is worth more than λ·room + R_λ(k), the best of
    // those positions at values price − λ·effort (the table's recurrence without the room).
    // Kept for a few λ around the best one for the whole room; empty on the candidates' own
    // grid, where the table is exact.
    std::vector<double> lambdas;
    std::vector<double> closure; // by position (count + 1) and λ: R_λ, a position's together

    // Candidate `i`'s value in the table (`effort` is its effort).
    double tableValue(int i, double effort) const { return price[i] - shift * effort; }
    double at(size_t pos, int cell) const
    {
        return table[start[pos] + size_t(std::clamp(cell, from[pos], to[pos] - 1) - from[pos])];
    }
    // The best of the positions from `pos` on for `room` with the capacity priced in (+∞ when
    // there are no λ).
    double lagrange(size_t pos, double room) const
    {
        double best = std::numeric_limits<double>::infinity();
        const double *r = closure.data() + pos * lambdas.size();
        for (size_t j = 0; j < lambdas.size(); ++j)
            best = std::min(best, lambdas[j] * room + r[j]);
        return best;
    }
    // The choice (by candidate, of `n`) that `taken(k, cell)` (take position k's candidate with
    // `cell` room left?) gives for the room of `rootCell`, from the first position.
    template <typename Taken> std::vector<char> traceBack(int n, int rootCell, Taken taken) const
    {
        std::vector<char> in(size_t(n), 0);
        int cell = rootCell;
        for (size_t k = 0; k < order.size();) {
            if (taken(k, cell)) {
                in[size_t(order[k])] = 1;
                cell -= units[k];
                ++k;
            } else {
                k = end[k];
            }
        }
        return in;
    }
    // The column for `room` units of effort (clamped to the table).
    int cellOf(double room) const
    {
        return std::clamp(int(std::floor(room * scale + 1e-6)), 0, int(cells) - 1);
    }
};

// Only the prices of `forest` (no table): enough to start a forest from, at little memory.
std::shared_ptr<const PricedForest> pricesOf(const PricedForest &forest);

// `decided`: the problem's decisions (−1 open, 0 out, 1 in); `room`: the capacity the open
// candidates may use; `known`: the value a known plan gets from the open candidates (it sets
// the step size), or a negative number if none is known; `start`: a forest of a problem this
// one refines, whose prices are a good start (fewer, shorter steps), or nullptr.
// `steps`: subgradient steps to take (−1: the default, fewer from `start`). Without
// `withTable` it chooses only the prices, their bound and choice, and leaves the table (the
// most of the time and memory) to a forest built later at those prices with no steps.
std::shared_ptr<const PricedForest>
buildPricedForest(const Model &model, const std::vector<signed char> &decided, double room,
                  double known, const PricedForest *start, int steps = -1, bool withTable = true);

} // namespace cutline::plan
