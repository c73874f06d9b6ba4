#include "core/odds/flip.h"

#include "core/plan/search.h"

#include <cmath>
#include <limits>
#include <thread>
#include <vector>

namespace cutline::odds {

namespace {

constexpr double kNone = -std::numeric_limits<double>::infinity();
constexpr int kMaxBisections = 40;

class Margins
{
public:
    Margins(const Workshop &w, const plan::Model &m, double capacity,
            const std::atomic_bool *cancel)
        : w(w), m(m), m_model(m), capacity(capacity), cancel(cancel)
    {
        double total = 0;
        for (double e : m.effort)
            total += e;
        m_tooLarge = 2 * (std::abs(capacity) + total) + 1;
        // Every solve below changes one effort of this problem: each starts from its prices
        // and plan, as the samples do, not from nothing (a 400-candidate backlog's margins
        // took 47 s from nothing).
        const plan::SearchOutcome likely =
            plan::searchOptimum(w, m, capacity, {}, cancel, nullptr, &m_warm);
        m_haveWarm = likely.feasible && !likely.stopped;
    }

    void fill(int i, CandidateOdds &item)
    {
        const Candidate &c = w.candidates[i];
        item.effort.likely = m.effort[size_t(i)];
        item.value.likely = m.value[size_t(i)];
        if (c.mandatory || c.decision != Decision::Undecided) {
            item.effort.kind = item.value.kind = FlipMargin::Kind::Decided;
            return;
        }
        const double without = optimumWithout(i);
        const double with = optimumWith(i, m.effort[size_t(i)]);
        fillValue(i, item, with, without);
        fillEffort(i, item, without);
    }

private:
    bool stopped() const { return cancel && cancel->load(); }
    double eps(double v) const { return 1e-9 * std::max(1.0, std::abs(v)); }

    // The optimum's value with candidate i's effort at `effort`, forcing in `forced`; with
    // `enough`, the first plan's worth that much.
    double solve(int i, double effort, const QList<int> &forced,
                 double enough = std::numeric_limits<double>::infinity())
    {
        m_model.effort[size_t(i)] = effort;
        const plan::SearchOutcome o = plan::searchOptimum(
            w, m_model, capacity, forced, cancel, m_haveWarm ? &m_warm : nullptr, nullptr, enough);
        m_model.effort[size_t(i)] = m.effort[size_t(i)];
        if (!o.feasible || o.stopped)
            return kNone;
        double v = 0;
        for (int k : o.chosen)
            v += m.value[size_t(k)];
        return v;
    }

    // The best plan's value with candidate i left out (as if dropped: its dependents go too,
    // since it no longer fits anything).
    double optimumWithout(int i) { return solve(i, m_tooLarge, {}); }

    // The best plan's value with candidate i in at `effort` (with `enough`: a plan's with it
    // worth that much, if there is one).
    double optimumWith(int i, double effort,
                       double enough = std::numeric_limits<double>::infinity())
    {
        return solve(i, effort, {w.candidates[i].id}, enough);
    }

    void fillValue(int i, CandidateOdds &item, double with, double without) const
    {
        FlipMargin &f = item.value;
        const double own = m.value[size_t(i)];
        if (with == kNone || without == kNone) {
            // It cannot be in, or the plan cannot do without it: value changes nothing.
            f.kind = FlipMargin::Kind::Never;
            return;
        }
        const double threshold = without - (with - own);
        if (item.inPlan && threshold <= 0) {
            f.kind = FlipMargin::Kind::Never;
            return;
        }
        f.kind = FlipMargin::Kind::Threshold;
        f.threshold = std::max(threshold, 0.0);
    }

    void fillEffort(int i, CandidateOdds &item, double without)
    {
        FlipMargin &f = item.effort;
        const double likely = m.effort[size_t(i)];
        // Only whether a plan with it at this effort is as good as the best without it: the
        // first such plan ends the search.
        const auto in = [&](double effort) {
            const double with = optimumWith(i, effort, without - eps(without));
            return with != kNone && with >= without - eps(without);
        };
        double lo = 0, hi = 0; // lo: taken, hi: left out
        if (item.inPlan) {
            if (without == kNone) {
                f.kind = FlipMargin::Kind::Never;
                return;
            }
            lo = likely;
            hi = std::max(capacity, likely) * (1 + 1e-9) + 1e-9; // more than all there is
        } else {
            if (without != kNone && !in(0)) {
                f.kind = FlipMargin::Kind::Never;
                return;
            }
            lo = 0;
            hi = likely;
        }
        const double tolerance = 1e-4 * std::max(likely, 1e-3);
        for (int k = 0; k < kMaxBisections && hi - lo > tolerance && !stopped(); ++k) {
            const double mid = (lo + hi) / 2;
            (in(mid) ? lo : hi) = mid;
        }
        // Left out unless it cost (next to) nothing: no effort a team could give brings it in.
        if (!item.inPlan && lo <= tolerance) {
            f.kind = FlipMargin::Kind::Never;
            return;
        }
        f.kind = FlipMargin::Kind::Threshold;
        f.threshold = lo; // the last effort at which the plan takes it
    }

    const Workshop &w;
    const plan::Model &m;
    plan::Model m_model; // m with one effort changed while solving
    double capacity;
    const std::atomic_bool *cancel;
    double m_tooLarge = 0;
    plan::WarmStart m_warm; // the likely estimates' prices and plan
    bool m_haveWarm = false;
};

} // namespace

int oddsThreads()
{
    return int(std::clamp(std::thread::hardware_concurrency(), 1U, 8U));
}

void parallelFor(int count, int threads, const std::function<void(int, int)> &body)
{
    threads = std::max(1, std::min(threads, count));
    if (threads <= 1) {
        if (count > 0)
            body(0, count);
        return;
    }
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        const int begin = int(qint64(count) * t / threads);
        const int end = int(qint64(count) * (t + 1) / threads);
        pool.emplace_back(body, begin, end);
    }
    for (std::thread &thread : pool)
        thread.join();
}

void computeMargins(const Workshop &w, const plan::Model &m, double capacity,
                    QList<CandidateOdds> &items, const std::atomic_bool *cancel)
{
    // Interleaved, so the costly candidates spread over the threads.
    const int n = int(items.size());
    const int threads = oddsThreads();
    CandidateOdds *data = items.data(); // detached here, before the threads write to it
    parallelFor(threads, threads, [&](int begin, int end) {
        for (int t = begin; t < end; ++t) {
            Margins margins(w, m, capacity, cancel);
            for (int i = t; i < n && !(cancel && cancel->load()); i += threads)
                margins.fill(i, data[i]);
        }
    });
}

} // namespace cutline::odds
