// bench_optimum FILE CAPACITY [REPS]: the optimum alone (no reasons), as `cutline-cli plan`
// finds it, timed over REPS runs (default 20); prints the median, the fastest and the value.
// For profiling the planner on one backlog (perf record bench_optimum …). Not a test.
#include "core/model/field.h"
#include "core/plan/model.h"
#include "core/plan/search.h"
#include "core/workshopio.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cutline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_optimum FILE CAPACITY [REPS]\n");
        return 2;
    }
    auto loaded = loadWorkshop(QString::fromLocal8Bit(argv[1]));
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
        return 1;
    }
    const Workshop &w = loaded.value().workshop;
    const double capacity = std::atof(argv[2]);
    const int reps = argc > 3 ? std::max(1, std::atoi(argv[3])) : 20;
    std::vector<double> ms;
    plan::SearchOutcome outcome;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer timer;
        timer.start();
        const plan::Model m(w);
        plan::Solver solver(w, m, capacity, nullptr);
        outcome = solver.optimum();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_EACH"))
            std::printf("run %d: %.2f ms\n", r, ms.back());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("median %.2f ms  fastest %.2f ms  value %.6f  nodes %lld\n", ms[ms.size() / 2],
                ms.front(), outcome.value, static_cast<long long>(outcome.nodes));
    return 0;
}
