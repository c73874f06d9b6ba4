#include "core/plan/capacityprice.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cutline::plan {

namespace {

// From the last λ outward by this factor at a time, at most kLambdaWiden times, then at most
// kLambdaCuts cutting planes.
constexpr double kLambdaNear = 1.5;
constexpr int kLambdaWiden = 60;
constexpr int kLambdaCuts = 40;
// The prices kept for subproblems (a smaller room asks a higher price). Nine prices instead of
// these five, or one, changed the nodes of a two-decimal backlog's
// reasons by about 1 %: each costs a little in every node.
constexpr double kLambdaFactors[] = {0.85, 1.0, 1.25, 1.6, 2.2};

} // namespace

double CapacityPrice::closureAt(const PricedForest &f, double lambda, double *r) const
{
    const size_t count = f.order.size();
    r[count] = 0;
    for (size_t k = count; k-- > 0;) {
        const int i = f.order[k];
        r[k] = std::max(r[f.end[k]], f.price[i] - lambda * m.effort[i] + r[k + 1]);
    }
    return r[0];
}

CapacityPrice::Point CapacityPrice::at(const PricedForest &f, double lambda, std::vector<double> *r)
{
    const size_t count = f.order.size();
    r->resize(count + 1);
    m_weights.resize(count + 1);
    double *value = r->data(), *weight = m_weights.data();
    value[count] = 0;
    weight[count] = 0;
    for (size_t k = count; k-- > 0;) {
        const int i = f.order[k];
        const size_t skip = f.end[k];
        const double take = f.price[i] - lambda * m.effort[i] + value[k + 1];
        const bool taken = take >= value[skip];
        value[k] = taken ? take : value[skip];
        weight[k] = taken ? m.effort[i] + weight[k + 1] : weight[skip];
    }
    return {lambda, lambda * room + value[0], room - weight[0]};
}

std::pair<double, double> CapacityPrice::lowest(const PricedForest &f, std::vector<double> *r)
{
    double high = 0;
    for (int i : f.order)
        if (m.effort[i] > 0)
            high = std::max(high, f.price[i] / m.effort[i]);
    Point best{0, std::numeric_limits<double>::infinity(), 0};
    const auto evaluate = [&](double lambda) {
        const Point p = at(f, lambda, r);
        if (p.value < best.value)
            best = p;
        return p;
    };
    if (high <= 0) {
        evaluate(0.0);
        return {0.0, best.value};
    }
    // Beyond `high` no candidate with effort adds value: the slope is the whole room.
    Point low = evaluate(m_last > 0 && m_last < high ? m_last : high / 2);
    Point up = low;
    for (int i = 0; i < kLambdaWiden && low.slope < 0 && low.lambda < high; ++i) {
        up = evaluate(std::min(high, low.lambda * kLambdaNear));
        if (up.slope >= 0)
            break;
        low = up;
    }
    for (int i = 0; i < kLambdaWiden && up.slope > 0 && up.lambda > 0; ++i) {
        low = evaluate(up.lambda / kLambdaNear < 1e-9 * high ? 0.0 : up.lambda / kLambdaNear);
        if (low.slope <= 0)
            break;
        up = low;
    }
    for (int i = 0; i < kLambdaCuts && low.slope < 0 && up.slope > 0; ++i) {
        const double lambda =
            (up.value - low.value + low.slope * low.lambda - up.slope * up.lambda) /
            (low.slope - up.slope);
        if (!(lambda > low.lambda && lambda < up.lambda))
            break;
        const double tangent = low.value + low.slope * (lambda - low.lambda);
        const Point p = evaluate(lambda);
        if (p.value <= tangent + 1e-12 * std::max(1.0, std::abs(tangent)))
            break; // on both tangents: the least
        (p.slope < 0 ? low : up) = p;
    }
    m_last = best.lambda;
    return {best.lambda, best.value};
}

void CapacityPrice::keepAround(PricedForest *f, double best) const
{
    if (best <= 0)
        return;
    const size_t count = f->order.size();
    for (const double factor : kLambdaFactors)
        f->lambdas.push_back(best * factor);
    const size_t prices = f->lambdas.size();
    f->closure.resize(prices * (count + 1));
    std::vector<double> r(count + 1);
    for (size_t j = 0; j < prices; ++j) {
        closureAt(*f, f->lambdas[j], r.data());
        for (size_t k = 0; k <= count; ++k)
            f->closure[k * prices + j] = r[k];
    }
}

} // namespace cutline::plan
