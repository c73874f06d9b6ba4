// The capacity priced in over a priced forest: for any price λ ≥ 0 of a unit of effort, no plan
// of the forest's positions from k on that fits `room` is worth more than λ·room + R_λ(k), the
// best closure of those positions at values price − λ·effort (PricedForest::lagrange). Finding
// the λ that makes it least, and keeping it for the search. Internal to core/plan.
#pragma once

#include "core/plan/model.h"
#include "core/plan/pricedforest.h"

#include <utility>
#include <vector>

namespace cutline::plan {

class CapacityPrice
{
public:
    CapacityPrice(const Model &m, double room) : m(m), room(room) {}

    // R_λ(k) for every position of `f` into `r` (count + 1 of them); returns R_λ(0).
    double closureAt(const PricedForest &f, double lambda, double *r) const;

    // The λ for the whole room at `f`'s current prices, with the bound λ·room + R_λ(0) there.
    // That is convex and piecewise linear in λ, and each evaluation gives its slope too: from
    // the last λ found (the prices move little from step to step), outward by a factor until
    // the slope changes sign, then where the two ends' tangents meet (Kelley's cutting planes
    // in one dimension), until a point lies on them, which is the least. Every λ ≥ 0 bounds, so
    // the lowest point met is returned. `r` is scratch.
    std::pair<double, double> lowest(const PricedForest &f, std::vector<double> *r);

    // Keeps in `f` (lambdas and closure) the λ for the whole room, `best` (from lowest), and a
    // few around it for the smaller rooms of subproblems; nothing when `best` is 0.
    void keepAround(PricedForest *f, double best) const;

private:
    // λ·room + R_λ(0) at λ, and its slope there: room less the effort of R_λ(0)'s closure
    // (ties taken, as the closure steps take them). `r` is scratch.
    struct Point
    {
        double lambda, value, slope;
    };
    Point at(const PricedForest &f, double lambda, std::vector<double> *r);

    const Model &m;
    double room;
    double m_last = 0;             // the λ lowest found last
    std::vector<double> m_weights; // at's scratch
};

} // namespace cutline::plan
