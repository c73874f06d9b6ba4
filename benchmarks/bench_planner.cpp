// bench_planner: our exact planner against CBC on the same model, for generated instances in
// six families (among them backlog-like graphs with several prerequisites per candidate) and
// for Pisinger's and MineLib's instances from the corpus. Prints per instance both solve
// times, their ratio and the time of the whole makePlan with every reason; exits 1 if any
// optimum differs. Not a test: timings depend on the machine.
#include "core/plan/planner.h"
#include "tests/common/instances.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace cutline;
using namespace cutline::test;

namespace {

struct Options
{
    int seeds = 3;
    int family = -1; // -1: all; 0–5 a generated family; 6: the corpus only
    int maxN = 400;
    QString corpus = QStringLiteral("/work/shared/corpus/knapsack");
    double planLimitS = 30; // makePlan is cancelled after this long, and reported as ">"
};

// The whole makePlan in ms, or a negative number when it was cancelled at the limit.
double timeWholePlan(const Workshop &w, double limitS)
{
    std::atomic_bool cancel{false};
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!finished.wait_for(lock, std::chrono::duration<double>(limitS), [&] { return done; }))
            cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    const Plan plan = makePlan(w, std::nullopt, &cancel);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    finished.notify_one();
    watchdog.join();
    return plan.cancelled ? -ms : ms;
}

// Runs one instance and prints its row; false when the optima differ or cbc failed.
bool runOne(const QString &name, const Workshop &w, int seed, const Options &options,
            const QString &dir, std::vector<double> *ratios)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<Plan> plan = solvePlan(w, w.capacity);
    const double ours = double(timer.nsecsElapsed()) / 1e6;
    const auto cbc = solveWithCbc(toLp(w, w.capacity), dir);
    if (!cbc) {
        std::fprintf(stderr, "cbc is not installed or failed\n");
        return false;
    }
    const bool same = plan.has_value() == cbc->feasible &&
                      (!plan || std::abs(plan->totalValue - cbc->objective) <=
                                    1e-6 * std::max(1.0, std::abs(cbc->objective)));
    const double whole = timeWholePlan(w, options.planLimitS);
    const QString wholeText =
        whole < 0 ? QStringLiteral(">%1").arg(-whole, 0, 'f', 0) : QString::number(whole, 'f', 1);
    const double ratio = ours / (cbc->seconds * 1000);
    ratios->push_back(ratio);
    std::printf("%-22s %5d %5d %10.2f %9.1f %8.4f %10s %9lld %5s\n", qPrintable(name),
                int(w.candidates.size()), seed, ours, cbc->seconds * 1000, ratio,
                qPrintable(wholeText), plan ? plan->nodes : 0LL, same ? "yes" : "NO");
    std::fflush(stdout);
    return same;
}

bool runGenerated(const Options &options, const QString &dir, std::vector<double> *ratios)
{
    bool allSame = true;
    for (Family family : {Family::RandomLinks, Family::Correlated, Family::NoLinks, Family::Chains,
                          Family::Backlog35, Family::Backlog80}) {
        if ((options.family >= 0 && int(family) != options.family) || options.family == 6)
            continue;
        const bool backlog = family == Family::Backlog35 || family == Family::Backlog80;
        const QList<int> sizes =
            backlog ? QList<int>{100, 200, 400} : QList<int>{50, 100, 200, 400};
        for (int n : sizes) {
            for (int seed = 1; seed <= options.seeds && n <= options.maxN; ++seed) {
                const Workshop w = generateInstance(family, n, quint32(seed * 1000 + n));
                allSame = runOne(familyName(family), w, seed, options, dir, ratios) && allSame;
            }
        }
    }
    return allSame;
}

bool runCorpus(const Options &options, const QString &dir, std::vector<double> *ratios)
{
    bool allSame = true;
    const QDir pisinger(options.corpus + QStringLiteral("/pisinger-large_scale"));
    for (const QString &name : pisinger.entryList({QStringLiteral("knapPI_*")}, QDir::Files)) {
        if (name.endsWith(QLatin1String(".optimum")))
            continue;
        if (const auto w = loadPisinger(pisinger.filePath(name)))
            allSame = runOne(name, *w, 0, options, dir, ratios) && allSame;
    }
    if (const auto w = loadMineLib(options.corpus + QStringLiteral("/minelib-newman1/newman1")))
        allSame =
            runOne(QStringLiteral("newman1 period 1"), *w, 0, options, dir, ratios) && allSame;
    return allSame;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // bench_planner [SEEDS] [FAMILY 0-5, 6 = corpus only] [MAX_N] [CORPUS_DIR] [PLAN_LIMIT_S]
    Options options;
    if (argc > 1)
        options.seeds = std::atoi(argv[1]);
    if (argc > 2)
        options.family = std::atoi(argv[2]);
    if (argc > 3)
        options.maxN = std::atoi(argv[3]);
    if (argc > 4)
        options.corpus = QString::fromLocal8Bit(argv[4]);
    if (argc > 5)
        options.planLimitS = std::atof(argv[5]);
    std::printf("%-22s %5s %5s %10s %9s %8s %10s %9s %5s\n", "instance", "n", "seed", "ours ms",
                "cbc ms", "ratio", "plan ms", "nodes", "same");
    std::vector<double> ratios;
    bool allSame = runGenerated(options, dir.path(), &ratios);
    if (options.family < 0 || options.family == 6)
        allSame = runCorpus(options, dir.path(), &ratios) && allSame;
    if (!ratios.empty()) {
        std::sort(ratios.begin(), ratios.end());
        std::printf("median ratio %.4f, worst %.4f over %zu instances\n", ratios[ratios.size() / 2],
                    ratios.back(), ratios.size());
    }
    return allSame ? 0 : 1;
}
