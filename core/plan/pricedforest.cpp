#include "core/plan/pricedforest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <unordered_map>

namespace cutline::plan {

namespace {

constexpr double kMaxTable = 6e6; // doubles in the table
constexpr int kMaxCells = 1 << 14;
// Efforts on no grid (sampled ones, for the odds) are rounded down onto a coarser grid: every
// chosen candidate may lose up to a cell, which loosens the bound. 4,096 cells: at 2,048 the
// odds of a 200-candidate linked workshop took 18 s, at 4,096 3.4 s, at 16,384 8.8 s (each
// subgradient step fills the table).
constexpr int kMaxCoarseCells = 1 << 12;
constexpr int kSteps = 100;    // subgradient steps from no prices
constexpr int kWarmSteps = 15; // from the prices of a problem this one refines

using Relaxed = PricedForest::Link;

// Tables are megabytes, and the search builds many one after another: their memory is kept
// for the next one rather than handed back to the system and faulted in again (zeroed) each
// time, which took most of the time a table took.
class TablePool
{
public:
    std::vector<double> take(size_t size)
    {
        std::vector<double> table;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                table = std::move(m_free.back());
                m_free.pop_back();
            }
        }
        table.resize(size); // every cell is written before it is read
        return table;
    }
    void give(std::vector<double> &&table)
    {
        if (table.capacity() == 0)
            return;
        const std::lock_guard lock(m_mutex);
        if (m_free.size() < kKept)
            m_free.push_back(std::move(table));
    }

private:
    static constexpr size_t kKept = 4;
    std::mutex m_mutex;
    std::vector<std::vector<double>> m_free;
};

TablePool &tablePool()
{
    static TablePool pool;
    return pool;
}

class Builder
{
public:
    Builder(const Model &m, const std::vector<signed char> &decided, double room)
        : m(m), decided(decided), room(std::max(0.0, room))
    {
    }

    std::shared_ptr<PricedForest> build(double known, const PricedForest *start, int maxSteps)
    {
        f = std::make_shared<PricedForest>();
        shapeForest();
        chooseGrid();
        f->price.assign(size_t(m.n), 0.0);
        f->table = tablePool().take((f->order.size() + 1) * f->cells);
        rootCell = f->cellOf(room);
        int steps = kSteps;
        if (start) {
            warmStart(*start);
            steps = kWarmSteps;
            theta = 0.25;
        }
        if (maxSteps >= 0)
            steps = maxSteps;
        for (int step = 0; step < steps && !relaxed.empty(); ++step)
            if (!improve(known))
                break;
        for (size_t k = 0; k < relaxed.size(); ++k)
            relaxed[k].price = bestPrices.empty() ? relaxed[k].price : bestPrices[k];
        f->rootBound = evaluate();
        f->relaxed = relaxed;
        const std::vector<char> in = choice();
        for (int i : f->order)
            if (in[size_t(i)])
                f->choice.push_back(i);
        return f;
    }

private:
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

    // The candidates' own grid when the table fits, else a coarser one (efforts rounded down).
    void chooseGrid()
    {
        const double rows = double(f->order.size() + 1);
        const double limit = std::min(double(kMaxCells), kMaxTable / rows);
        const double coarse = std::min(double(kMaxCoarseCells), limit);
        const std::optional<double> grid = gridScale(m, f->order);
        f->scale = grid && room * *grid + 1 <= limit ? *grid : room > 0 ? (coarse - 1) / room : 1.0;
        f->cells = size_t(std::floor(room * f->scale + 1e-9)) + 1;
        f->units.assign(f->order.size(), 0);
        for (size_t k = 0; k < f->order.size(); ++k)
            f->units[k] = int(std::floor(m.effort[f->order[k]] * f->scale + 1e-9));
    }

    // Fills the table for the current prices; returns the bound for the whole room.
    double evaluate()
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
        const size_t cells = f->cells;
        std::fill_n(f->table.begin() + std::ptrdiff_t(f->order.size() * cells), cells, 0.0);
        for (size_t k = f->order.size(); k-- > 0;) {
            // Rows never overlap; saying so lets the compiler vectorise the loop, which is
            // most of the time a table takes.
            const double *__restrict take = &f->table[(k + 1) * cells];
            const double *__restrict skip = &f->table[f->end[k] * cells];
            double *__restrict row = &f->table[k * cells];
            const size_t units = std::min(size_t(f->units[k]), cells);
            const double value = f->price[f->order[k]];
            std::copy_n(skip, units, row);
            const double *__restrict shifted = take - units;
            for (size_t c = units; c < cells; ++c) {
                const double with = value + shifted[c];
                row[c] = skip[c] < with ? with : skip[c];
            }
        }
        return f->constant + f->at(0, rootCell);
    }

    // The table's best choice for the whole room.
    std::vector<char> choice() const
    {
        std::vector<char> in(size_t(m.n), 0);
        int cell = rootCell;
        for (size_t k = 0; k < f->order.size();) {
            const int units = f->units[k];
            const int i = f->order[k];
            if (cell >= units &&
                f->at(k, cell) <= f->price[i] + f->at(k + 1, cell - units) + 1e-12) {
                in[size_t(i)] = 1;
                cell -= units;
                ++k;
            } else {
                k = f->end[k];
            }
        }
        return in;
    }

    // One subgradient step; false when the prices cannot improve.
    bool improve(double known)
    {
        const double bound = evaluate();
        if (bound < best) {
            best = bound;
            bestPrices.resize(relaxed.size());
            for (size_t k = 0; k < relaxed.size(); ++k)
                bestPrices[k] = relaxed[k].price;
            stale = 0;
        } else if (++stale >= 4) {
            theta /= 2;
            stale = 0;
        }
        const std::vector<char> in = choice();
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
    std::shared_ptr<PricedForest> f;
    std::vector<Relaxed> relaxed;
    std::vector<double> bestPrices;
    double best = std::numeric_limits<double>::infinity();
    double theta = 1.0;
    int stale = 0;
    int rootCell = 0;
};

} // namespace

PricedForest::~PricedForest()
{
    tablePool().give(std::move(table));
}

std::shared_ptr<const PricedForest> pricesOf(const PricedForest &forest)
{
    auto prices = std::make_shared<PricedForest>();
    prices->relaxed = forest.relaxed;
    return prices;
}

std::shared_ptr<const PricedForest> buildPricedForest(const Model &model,
                                                      const std::vector<signed char> &decided,
                                                      double room, double known,
                                                      const PricedForest *start, int steps)
{
    return Builder(model, decided, room).build(known, start, steps);
}

} // namespace cutline::plan
