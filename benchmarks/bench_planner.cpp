// bench_planner: our exact planner against CBC on the same model, for generated instances of
// 50–400 candidates in four families. Prints both times and their ratio; exits 1 if any
// optimum differs. Not a test: timings depend on the machine.
#include "core/plan/planner.h"
#include "tests/common/instances.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace cutline;
using namespace cutline::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // bench_planner [SEEDS] [FAMILY 0-3] [MAX_N]
    const int seeds = argc > 1 ? std::atoi(argv[1]) : 3;
    const int onlyFamily = argc > 2 ? std::atoi(argv[2]) : -1;
    const int maxN = argc > 3 ? std::atoi(argv[3]) : 400;
    std::printf("%-15s %5s %5s %12s %12s %10s %10s %8s\n", "family", "n", "seed", "ours ms",
                "cbc ms", "ratio", "nodes", "same");
    bool allSame = true;
    for (Family family :
         {Family::RandomLinks, Family::Correlated, Family::NoLinks, Family::Chains}) {
        if (onlyFamily >= 0 && int(family) != onlyFamily)
            continue;
        for (int n : {50, 100, 200, 400}) {
            if (n > maxN)
                continue;
            for (int seed = 1; seed <= seeds; ++seed) {
                const Workshop w = generateInstance(family, n, quint32(seed * 1000 + n));
                QElapsedTimer timer;
                timer.start();
                const std::optional<Plan> plan = solvePlan(w, w.capacity);
                const double ours = double(timer.nsecsElapsed()) / 1e6;
                const auto cbc = solveWithCbc(toLp(w, w.capacity), dir.path());
                if (!cbc) {
                    std::fprintf(stderr, "cbc is not installed or failed\n");
                    return 2;
                }
                const bool same = plan.has_value() == cbc->feasible &&
                                  (!plan || std::abs(plan->totalValue - cbc->objective) <=
                                                1e-6 * std::max(1.0, cbc->objective));
                allSame = allSame && same;
                std::printf("%-15s %5d %5d %12.3f %12.1f %10.4f %10lld %8s\n",
                            qPrintable(familyName(family)), n, seed, ours, cbc->seconds * 1000,
                            ours / (cbc->seconds * 1000), plan ? plan->nodes : 0LL,
                            same ? "yes" : "NO");
                std::fflush(stdout);
            }
        }
    }
    return allSame ? 0 : 1;
}
