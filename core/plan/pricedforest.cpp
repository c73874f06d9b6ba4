#include "core/plan/pricedforest.h"

#include "core/plan/capacityprice.h"
#include "core/plan/tablerows.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

namespace cutline::plan {

namespace {

constexpr double kMaxTable = 6e6; // doubles in the table
constexpr int kMaxCells = 1 << 14;
// Efforts on no grid (sampled ones, for the odds) are rounded down onto a coarser grid: every
// chosen candidate may lose up to a cell, which loosens the bound. 4,096 cells: at 2,048 the
// odds of a 200-candidate linked workshop took 18 s, at 4,096 3.4 s, at 16,384 8.8 s (each
// subgradient step fills the table).
constexpr int kMaxCoarseCells = 1 << 12;
constexpr int kSteps = 100; // subgradient steps from no prices
// From the prices of a problem this one refines, and only while each step lowers the bound:
// there the first step that does not rarely leads to one that does. Going on for all 15 (halving
// the step as from no prices) took half as long again over 66 backlogs, both the optima and every
// reason (65 s against 40 s in all; 400 candidates with two-decimal efforts: 3.9–6.8 s against
// 1.9–2.5 s), for bounds a few nodes tighter.
constexpr int kWarmSteps = 15;
constexpr double kDeflection = 1.5;
// The first 70 of the steps from no prices run on a grid of 1,024 cells where the table's has
// 2,048 or more (see Builder::roughSteps). Over 96 backlogs of 100-400 candidates the optima
// took 0.69 of the time (geometric mean; 0.68 at 400, where the median against cbc went from
// 0.116 to 0.078), for bounds as tight. 60 steps: 0.70; 85: 0.73; on 512 cells 0.77 (some
// backlogs twice as long), on 2,048 0.79.
constexpr int kRoughSteps = 70;
constexpr int kRoughCells = 1 << 10;
// Steps on the bound with the capacity priced in before those of the table, from a refined
// problem's prices. On the 400-candidate backlog whose reasons took longest (80 % linked,
// one-decimal efforts) the whole command went from 2.7 s to 1.5 s, at 10, 20 or 40 steps alike;
// it does 40 times as many link nodes' children as it opens, and most fall below the best
// plan at their parent's prices.
constexpr int kClosureSteps = 20;
// A table on a coarser grid than the candidates' own (efforts rounded down) lets each chosen
// candidate keep up to a cell of effort for free. Priced at μ a unit, the free effort costs: for
// any μ ≥ 0 no plan of the positions from k on that fits `room` is worth more than μ·room plus
// the best of them at values price − μ·effort within the rounded room. Near μ = λ such a table
// lies at or below the capacity's price alone (it also honours the rounded room) and mostly well
// below the plain table; forestBound takes the lower of it and the capacity's prices.
// The tables built from a refined problem's prices (link nodes', reasons', samples') take
// μ = kShiftShare·λ (PricedForest::shift). On eight backlogs whose value follows effort
// (two-decimal efforts, 400 candidates) the whole command took 0.71 of the time, and 30 reasons of
// one stated as a range were none; 126 backlogs of 400 candidates 0.98. At the full price (1.0)
// many candidates are worth nothing in the table and its choices go astray: 2.8 s instead of 1.2 s
// on one backlog; 0.9: 1.6 s; 0.5: 2.5 s. In the first table too it changed the optima by 1.03 on
// 282 backlogs with decimal efforts, some twice as long.
constexpr double kShiftShare = 0.99;

using Relaxed = PricedForest::Link;

class Builder
{
public:
    Builder(const Model &m, const std::vector<signed char> &decided, double room)
        : m(m), decided(decided), room(std::max(0.0, room))
    {
    }

    std::shared_ptr<PricedForest> build(double known, const PricedForest *start, int maxSteps,
                                        bool withTable)
    {
        f = std::make_shared<PricedForest>();
        shapeForest();
        chooseGrid();
        f->price.assign(size_t(m.n), 0.0);
        rootCell = f->cellOf(room);
        rowRanges();
        int steps = maxSteps >= 0 ? maxSteps : start ? kWarmSteps : kSteps;
        if (relaxed.empty())
            steps = 0; // nothing to price
        // The table's memory is made ready while the steps run, if any do.
        std::optional<PendingTable> memory;
        if (withTable)
            memory.emplace(layRows(), steps > 0);
        // From no prices, where the candidates' own grid is wide (tenths on a capacity of
        // 1,000 are 10,000 cells), the steps only choose prices: they run on the coarse grid,
        // efforts rounded to the nearest cell, and the table and its bound are then made on the
        // exact grid at their prices. Two-hundred-candidate backlogs with one-decimal efforts:
        // optima 0.3-0.8 of the time. Rounded down instead, a half-unit effort on a grid of
        // about one cell per unit becomes free, and the prices went astray (600-800 candidates:
        // whole plans three times slower). Warm steps keep the exact grid: on the coarse one,
        // the reasons' link nodes took longer.
        std::optional<Grid> exact;
        if (!start && onGrid && f->cells > size_t(kMaxCoarseCells)) {
            exact = takeGrid();
            coarsen();
        }
        if (start) {
            warmStart(*start);
            theta = 0.25;
        }
        // From a refined problem's prices, cheap steps on the bound with the capacity priced in
        // come first. Where they prove the problem cannot beat the best plan, no table step
        // could help: the bound they found stands, or a table at their prices (whose bound is
        // no higher on the candidates' own grid, and takes theirs into account on a coarser one).
        if (start && steps > 0 && closureProves(known)) {
            if (!withTable) {
                f->relaxed = relaxed;
                f->rootBound = best;
                for (int i : f->order)
                    if (bestIn[size_t(i)])
                        f->choice.push_back(i);
                return f;
            }
            steps = 0;
        }
        int step = 0;
        if (!start && steps > kRoughSteps && f->cells >= 2 * size_t(kRoughCells))
            step = roughSteps(known);
        for (; step < steps; ++step) {
            const double before = best;
            if (!improve(known, [&](std::vector<char> *in) { return evaluateStep(in); }) ||
                (start && !(best < before)))
                break;
        }
        takeBestPrices();
        f->relaxed = relaxed;
        if (exact)
            putGrid(std::move(*exact));
        // Where efforts lie on no grid the table fits, the capacity's price at these prices,
        // for the table built from a refined problem's (see kShiftShare) and for the bound with
        // the capacity priced in.
        double lambda = 0;
        if (!onGrid) {
            applyPrices();
            std::vector<double> r;
            lambda = capacity.lowest(*f, &r).first;
        }
        std::vector<char> in;
        if (withTable) {
            f->table = memory->get();
            if (start)
                f->shift = kShiftShare * lambda;
            f->rootBound = evaluate();
            in = choice();
        } else if (!bestIn.empty() && !exact) {
            // The steps' best prices were evaluated already: their bound and choice stand.
            applyPrices();
            f->rootBound = best + roundingMargin();
            in = std::move(bestIn);
        } else {
            f->rootBound = evaluateStep(&in) + roundingMargin();
        }
        for (int i : f->order)
            if (in[size_t(i)])
                f->choice.push_back(i);
        if (!onGrid) {
            capacity.keepAround(f.get(), lambda);
            f->rootBound = std::min(f->rootBound, f->constant + f->lagrange(0, room));
        }
        return f;
    }

private:
    // The cells each row needs (PricedForest::from and to): the traceback reaches position k
    // with at least the room less the efforts of every position before it, and from the
    // efforts of position k on (all of them fit) a row is flat.
    void rowRanges()
    {
        const size_t count = f->order.size();
        f->from.assign(count + 1, 0);
        f->to.assign(count + 1, 1);
        size_t after = 0;
        for (size_t k = count + 1; k-- > 0;) {
            after += k < count ? size_t(f->units[k]) : 0;
            f->to[k] = int(std::min(f->cells, after + 1));
        }
        size_t before = 0;
        for (size_t k = 0; k <= count; ++k) {
            const size_t reach = before >= size_t(rootCell) ? 0 : size_t(rootCell) - before;
            f->from[k] = int(std::min(reach, size_t(f->to[k]) - 1));
            before += k < count ? size_t(f->units[k]) : 0;
        }
    }

    // Where each row of the table starts (PricedForest::start); returns the cells of all.
    size_t layRows()
    {
        const size_t count = f->order.size();
        f->start.assign(count + 1, 0);
        size_t cells = 0;
        for (size_t k = 0; k <= count; ++k) {
            f->start[k] = cells;
            cells += size_t(f->to[k] - f->from[k]);
        }
        return cells;
    }

    // Single precision rounds: each of at most count + 1 sums along a path of a step's table
    // errs by at most 2^-24 of the largest sum, so a step's bound this much higher still bounds.
    double roundingMargin() const
    {
        double largest = std::abs(f->constant);
        for (int i : f->order)
            largest += std::abs(f->price[i]);
        return double(f->order.size() + 2) * 1.2e-7 * largest;
    }

    // Links priced in both problems keep their price.
    void warmStart(const PricedForest &start)
    {
        std::unordered_map<qint64, double> prices;
        const auto key = [&](const Relaxed &r) {
            return (qint64(r.i) * m.n + r.j) * 2 + (r.excludes ? 1 : 0);
        };
        for (const Relaxed &r : start.relaxed)
            prices.emplace(key(r), r.price);
        for (Relaxed &r : relaxed)
            if (const auto it = prices.find(key(r)); it != prices.end())
                r.price = it->second;
    }

    // Parent: the open prerequisite with the largest effort, the one most costly to forget.
    void shapeForest()
    {
        std::vector<int> parent(size_t(m.n), -1);
        std::vector<std::vector<int>> children(size_t(m.n));
        std::vector<int> roots;
        for (int i : m.topological) {
            if (decided[i] >= 0)
                continue;
            for (int p : m.prerequisites[i])
                if (decided[p] < 0 && (parent[i] < 0 || m.effort[p] > m.effort[parent[i]]))
                    parent[i] = p;
            for (int p : m.prerequisites[i])
                if (decided[p] < 0 && p != parent[i])
                    relaxed.push_back({i, p, false, 0.0});
            for (int q : m.alternatives[i])
                if (decided[q] < 0 && q > i)
                    relaxed.push_back({i, q, true, 0.0});
            (parent[i] < 0 ? roots : children[size_t(parent[i])]).push_back(i);
        }
        // Larger efforts first: the room the traceback can reach narrows sooner, and the steps
        // fill fewer cells.
        const auto larger = [&](int a, int b) {
            return m.effort[a] > m.effort[b];
        };
        std::stable_sort(roots.begin(), roots.end(), larger);
        for (std::vector<int> &c : children)
            std::stable_sort(c.begin(), c.end(), larger);
        f->position.assign(size_t(m.n), -1);
        std::vector<int> stack(roots.rbegin(), roots.rend());
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            f->position[i] = int(f->order.size());
            f->order.push_back(i);
            stack.insert(stack.end(), children[i].rbegin(), children[i].rend());
        }
        const size_t count = f->order.size();
        f->end.assign(count, 0);
        for (size_t k = count; k-- > 0;) {
            size_t last = k + 1;
            for (int child : children[f->order[k]])
                last = std::max(last, f->end[size_t(f->position[child])]);
            f->end[k] = last;
        }
    }

    // A grid and the cells its rows need.
    struct Grid
    {
        double scale;
        size_t cells;
        std::vector<int> units, from, to;
        int rootCell;
    };
    Grid takeGrid()
    {
        return Grid{f->scale,           f->cells,         std::move(f->units),
                    std::move(f->from), std::move(f->to), rootCell};
    }
    void putGrid(Grid &&grid)
    {
        f->scale = grid.scale;
        f->cells = grid.cells;
        f->units = std::move(grid.units);
        f->from = std::move(grid.from);
        f->to = std::move(grid.to);
        rootCell = grid.rootCell;
    }
    // The coarse grid over the room, for the steps only: efforts to the nearest cell.
    void coarsen()
    {
        useScale(room > 0 ? (kMaxCoarseCells - 1) / room : 1.0, true);
        rootCell = f->cellOf(room);
        rowRanges();
    }

    // The grid of `scale` cells per unit of effort over the room; efforts rounded down (a
    // table's bound stays a bound), or to the nearest cell.
    void useScale(double scale, bool nearest)
    {
        f->scale = scale;
        f->cells = size_t(std::floor(room * f->scale + 1e-9)) + 1;
        f->units.assign(f->order.size(), 0);
        for (size_t k = 0; k < f->order.size(); ++k) {
            const double cells = m.effort[f->order[k]] * f->scale;
            f->units[k] = int(nearest ? std::lround(cells) : std::floor(cells + 1e-9));
        }
    }

    // The candidates' own grid when the table fits, else a coarser one (efforts rounded down).
    void chooseGrid()
    {
        const double rows = double(f->order.size() + 1);
        const double limit = std::min(double(kMaxCells), kMaxTable / rows);
        const double coarse = std::min(double(kMaxCoarseCells), limit);
        const std::optional<double> grid = gridScale(m, f->order);
        onGrid = grid && room * *grid + 1 <= limit;
        useScale(onGrid ? *grid : room > 0 ? (coarse - 1) / room : 1.0, false);
    }

    // The bound with the capacity priced in too (see PricedForest::lagrange) at the current
    // prices of the links, and its best closure at that λ (`in`, by candidate).
    double closureStep(std::vector<char> *in)
    {
        applyPrices();
        std::vector<double> r;
        const auto [lambda, bound] = capacity.lowest(*f, &r);
        capacity.closureAt(*f, lambda, r.data());
        in->assign(size_t(m.n), 0);
        for (size_t k = 0; k < f->order.size();) {
            const int i = f->order[k];
            if (f->price[i] - lambda * m.effort[i] + r[k + 1] >= r[f->end[k]]) {
                (*in)[size_t(i)] = 1;
                ++k;
            } else {
                k = f->end[k];
            }
        }
        return f->constant + bound;
    }

    // Subgradient steps on the bound with the capacity priced in (no table: a pass over the
    // positions for each λ tried, where a step of the table's fills every cell), which end at
    // their best prices. True when they prove that the open candidates cannot add more than
    // `known` (most children of link nodes fall below the best plan so): then `best` and
    // `bestIn` are that bound and its closure. Else the table's steps start afresh from there.
    bool closureProves(double known)
    {
        bool proven = false;
        for (int step = 0; step < kClosureSteps && !proven; ++step) {
            const bool more =
                improve(known, [&](std::vector<char> *in) { return closureStep(in); });
            proven = known >= 0 && best <= known;
            if (!more)
                break;
        }
        takeBestPrices();
        if (proven)
            return true;
        forgetSteps();
        theta = 0.25;
        return false;
    }

    // The prices of the best bound the steps found, if any.
    void takeBestPrices()
    {
        if (!bestPrices.empty())
            for (size_t k = 0; k < relaxed.size(); ++k)
                relaxed[k].price = bestPrices[k];
    }

    // Steps that follow start afresh from the current prices (with the current step size).
    void forgetSteps()
    {
        best = std::numeric_limits<double>::infinity();
        bestPrices.clear();
        bestIn.clear();
        direction.clear();
        stale = 0;
    }

    // The first steps from no prices on a grid of kRoughCells (efforts to the nearest cell):
    // far from good prices a step needs only a rough choice, at a quarter of the cells or less.
    // They end at their best prices, from which the steps on the table's own grid go on (with
    // the step size they came to); their bounds are on another grid, so they are not kept.
    int roughSteps(double known)
    {
        Grid grid = takeGrid();
        useScale(room > 0 ? (kRoughCells - 1) / room : 1.0, true);
        rootCell = f->cellOf(room);
        rowRanges();
        for (int step = 0; step < kRoughSteps; ++step)
            if (!improve(known, [&](std::vector<char> *in) { return evaluateStep(in); }))
                break;
        putGrid(std::move(grid));
        takeBestPrices();
        forgetSteps();
        return kRoughSteps;
    }

    // The candidates' values with the current prices of the relaxed links.
    void applyPrices()
    {
        for (int i : f->order)
            f->price[i] = m.value[i];
        f->constant = 0;
        for (const Relaxed &r : relaxed) {
            if (r.excludes) {
                f->price[r.i] -= r.price;
                f->price[r.j] -= r.price;
                f->constant += r.price;
            } else {
                f->price[r.i] -= r.price;
                f->price[r.j] += r.price;
            }
        }
    }

    // Fills the table for the current prices; returns the bound for the whole room.
    double evaluate()
    {
        applyPrices();
        const size_t count = f->order.size();
        // Cell `c` of row `k`, which holds it (rowRanges keeps every cell a row reads in the
        // rows it reads from).
        const auto cell = [&](size_t k, size_t c) {
            Q_ASSERT(c >= size_t(f->from[k]) && c <= size_t(f->to[k]));
            return f->table.data() + f->start[k] + (c - size_t(f->from[k]));
        };
        *cell(count, 0) = 0.0; // the row after the last holds one cell
        for (size_t k = count; k-- > 0;) {
            const size_t units = size_t(f->units[k]);
            const size_t from = size_t(f->from[k]), to = size_t(f->to[k]);
            const size_t end = f->end[k];
            const size_t skipTo = size_t(f->to[end]);
            const double flat = *cell(end, skipTo - 1);
            const int i = f->order[k];
            const double value = f->tableValue(i, m.effort[i]);
            // Where the candidate does not fit, the row is the skipping one.
            const size_t fit = std::max(from, std::min(units, to));
            const size_t copied = std::clamp(skipTo, from, fit);
            if (copied > from)
                std::copy(cell(end, from), cell(end, copied), cell(k, from));
            std::fill(cell(k, copied), cell(k, fit), flat);
            const size_t steep = std::clamp(skipTo, fit, to);
            // Rows never overlap (fillRow says so to the compiler, to vectorise its loop).
            if (steep > fit)
                fillRow(cell(k, fit), cell(end, fit), cell(k + 1, fit - units), value, steep - fit);
            if (to > steep)
                fillFlatRow(cell(k, steep), flat, cell(k + 1, steep - units), value, to - steep);
        }
        return f->constant + f->shift * room + f->at(0, rootCell);
    }

    // The table's best choice for the whole room.
    std::vector<char> choice() const
    {
        return f->traceBack(m.n, rootCell, [&](size_t k, int cell) {
            const int units = f->units[k];
            const int i = f->order[k];
            return cell >= units && f->at(k, cell) <= f->tableValue(i, m.effort[i]) +
                                                          f->at(k + 1, cell - units) + 1e-12;
        });
    }

    // What a subgradient step needs, for the current prices: the bound for the whole room
    // (returned) and the table's best choice (`in`), from a pass in single precision (stepPass).
    double evaluateStep(std::vector<char> *in)
    {
        applyPrices();
        return stepPass(*f, rootCell, m.n, in);
    }

    // One subgradient step; false when the prices cannot improve. `evaluate(&in)` gives the
    // bound at the current prices and the choice behind it.
    template <typename Evaluate> bool improve(double known, Evaluate evaluate)
    {
        std::vector<char> in;
        const double bound = evaluate(&in);
        if (bound < best) {
            best = bound;
            bestPrices.resize(relaxed.size());
            for (size_t k = 0; k < relaxed.size(); ++k)
                bestPrices[k] = relaxed[k].price;
            bestIn = in;
            stale = 0;
        } else if (++stale >= 4) {
            // Four steps without a lower bound: shorter steps, and where the prices have
            // wandered off (this bound lies further above the best than the best above the
            // target), from the best prices. Where the first plan is far below the optimum (a
            // capacity of 15 % of the effort: 1,030 against 1,607), the first steps are far too
            // long; going on from where they led, shorter steps never came back, and the root
            // kept the bound of no prices (334,000 nodes, 38 ms, where cbc took 60 ms; now
            // 8,000 nodes, 3 ms). Going back after every four such steps made the optima a
            // little faster still, but the root's prices worse for the reasons where value
            // follows effort: 44 of 234 reasons stated as a range instead of 24.
            theta /= 2;
            stale = 0;
            const double target = known >= 0 ? known : 0.9 * best;
            if (bound - best > best - target) {
                takeBestPrices();
                direction.clear();
                in = bestIn;
            }
        }
        std::vector<double> slope(relaxed.size());
        double norm = 0;
        for (size_t k = 0; k < relaxed.size(); ++k) {
            const Relaxed &r = relaxed[k];
            slope[k] = r.excludes ? 1.0 - in[r.i] - in[r.j] : double(in[r.j] - in[r.i]);
            // A price at zero that the step would push below zero stays there.
            if (r.price <= 0 && slope[k] > 0)
                slope[k] = 0;
            norm += slope[k] * slope[k];
        }
        if (norm == 0 || theta < 1e-3)
            return false; // the choice honours every relaxed link: no price does better
        // Deflected (Camerini, Fratta and Maffioli): where the step turns back on the last
        // direction, part of that direction is kept, which damps the zigzag. On 24 backlogs of
        // 400 candidates the root bounds came a quarter nearer the optimum in as many steps
        // (the sum of their gaps went from 141 to 110). Polyak's step from this step's bound
        // instead of the best so far came nearer still, but made some searches far longer.
        double dot = 0, last = 0;
        for (size_t k = 0; k < slope.size() && direction.size() == slope.size(); ++k) {
            dot += slope[k] * direction[k];
            last += direction[k] * direction[k];
        }
        if (dot < 0 && last > 0) {
            const double beta = -kDeflection * dot / last;
            norm = 0;
            for (size_t k = 0; k < slope.size(); ++k) {
                slope[k] += beta * direction[k];
                if (relaxed[k].price <= 0 && slope[k] > 0)
                    slope[k] = 0;
                norm += slope[k] * slope[k];
            }
            if (norm == 0)
                return false;
        }
        direction = slope;
        const double target = known >= 0 ? known : 0.9 * best;
        const double gap = std::max(best - target, 1e-6 * std::max(1.0, std::abs(best)));
        const double step = theta * gap / norm;
        for (size_t k = 0; k < relaxed.size(); ++k)
            relaxed[k].price = std::max(0.0, relaxed[k].price - step * slope[k]);
        return best - target > 1e-9 * std::max(1.0, std::abs(best));
    }

    const Model &m;
    const std::vector<signed char> &decided;
    double room;
    CapacityPrice capacity{m, room}; // the capacity's price over f
    std::shared_ptr<PricedForest> f;
    std::vector<Relaxed> relaxed;
    std::vector<double> bestPrices;
    std::vector<char> bestIn;      // the choice at bestPrices
    std::vector<double> direction; // the last step's
    double best = std::numeric_limits<double>::infinity();
    double theta = 1.0;
    int stale = 0;
    int rootCell = 0;
    bool onGrid = true; // the table's grid is the candidates' own (exact)
};

} // namespace

PricedForest::~PricedForest()
{
    giveTable(std::move(table));
}

std::shared_ptr<const PricedForest> pricesOf(const PricedForest &forest)
{
    auto prices = std::make_shared<PricedForest>();
    prices->relaxed = forest.relaxed;
    return prices;
}

std::shared_ptr<const PricedForest>
buildPricedForest(const Model &model, const std::vector<signed char> &decided, double room,
                  double known, const PricedForest *start, int steps, bool withTable)
{
    return Builder(model, decided, room).build(known, start, steps, withTable);
}

} // namespace cutline::plan
