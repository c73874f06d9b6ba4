#include "core/plan/model.h"

#include "core/plan/planner.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cutline::plan {

double densityOf(double value, double effort)
{
    return effort <= 0 ? std::numeric_limits<double>::infinity() : value / effort;
}

Model::Model(const Workshop &w) : n(int(w.candidates.size()))
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
    // Prerequisites before their dependents (Kahn); empty if the links hold a cycle.
    std::vector<int> missing(n);
    for (int i = 0; i < n; ++i)
        missing[i] = int(prerequisites[i].size());
    for (int i = 0; i < n; ++i)
        if (missing[i] == 0)
            topological.push_back(i);
    for (size_t k = 0; k < topological.size(); ++k)
        for (int d : dependents[topological[k]])
            if (--missing[d] == 0)
                topological.push_back(d);
    if (int(topological.size()) != n)
        topological.clear();
}

std::optional<double> gridScale(const Model &m, const std::vector<int> &items)
{
    for (double scale : {1.0, 2.0, 4.0, 10.0, 100.0}) {
        const bool onGrid = std::all_of(items.begin(), items.end(), [&](int i) {
            const double units = m.effort[i] * scale;
            return std::abs(units - std::round(units)) < 1e-9 * std::max(1.0, units);
        });
        if (onGrid)
            return scale;
    }
    return std::nullopt;
}

} // namespace cutline::plan
