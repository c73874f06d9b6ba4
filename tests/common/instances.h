// Instances: generated planning problems in the benchmark's families, and the same model
// written as an LP file and solved by Debian's CBC, as an independent check.
#pragma once

#include "core/model/workshop.h"

#include <QString>

#include <optional>

namespace cutline::test {

enum class Family
{
    RandomLinks,
    Correlated,
    NoLinks,
    Chains,
    Backlog35, // tracker backlogs: 35 % of candidates need 1–3 others, ~n/15 excludes pairs
    Backlog80, // the same with 80 % needing others
};
QString familyName(Family family);

// n candidates; capacity about 40 % of the total effort. Deterministic for a seed.
Workshop generateInstance(Family family, int n, quint32 seed);

// Pisinger's large-scale format (n, capacity, then "profit weight" lines) as a workshop whose
// values are the profits; nullopt if the file cannot be read.
std::optional<Workshop> loadPisinger(const QString &path);
// A single-period precedence-constrained knapsack from MineLib's newman1 (`stem`.cpit,
// `stem`.prec, `stem`.upit): effort = a block's first resource coefficient, capacity = that
// resource's limit in the first period, value = its ultimate-pit value where positive, else 0.
std::optional<Workshop> loadMineLib(const QString &stem);

// The plan as a 0-1 program in CPLEX LP format.
QString toLp(const Workshop &workshop, double capacity);

struct CbcResult
{
    bool feasible = false;
    double objective = 0;
    double seconds = 0; // wall time of the cbc process
};
// Runs `cbc` on the LP; nullopt if cbc is missing or its answer cannot be read.
std::optional<CbcResult> solveWithCbc(const QString &lp, const QString &workDir);

} // namespace cutline::test
