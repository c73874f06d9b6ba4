// The planning model: a workshop's candidates as indices with their effort, value and links,
// in the shape the exact search works on. Internal to core/plan.
#pragma once

#include "core/model/workshop.h"

#include <optional>
#include <vector>

namespace cutline::plan {

// Value per unit of effort; free work comes first.
double densityOf(double value, double effort);

struct Model
{
    explicit Model(const Workshop &w);
    int n;
    std::vector<int> topological;
    std::vector<double> effort, value;
    std::vector<std::vector<int>> prerequisites, dependents, alternatives;
};

// The coarsest of whole, half, quarter, tenth and hundredth units on which the effort of
// every one of `items` lies, for the knapsack tables; nullopt when they lie on none.
std::optional<double> gridScale(const Model &model, const std::vector<int> &items);

} // namespace cutline::plan
