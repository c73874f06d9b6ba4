#include "core/odds/sampler.h"

#include "core/odds/random.h"
#include "core/plan/planner.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cutline::odds {

namespace {

// Channels of one candidate's streams, and the stream ids of the workshop-wide estimates.
enum Channel : quint64
{
    EffortChannel = 1,
    ValueChannel = 2,
    CapacityChannel = 3,
    SharedChannel = 4,
};
constexpr quint64 kWorkshopId = ~quint64(0);

// Standard normal deviates of one stream, one per sample.
std::vector<double> deviates(quint64 seed, quint64 stream, int samples)
{
    Pcg32 rng(seed, stream);
    std::vector<double> z(static_cast<size_t>(samples));
    for (double &x : z)
        x = inverseNormal(rng.uniform());
    return z;
}

} // namespace

Draws drawSamples(const Workshop &w, double capacity, int samples, quint64 seed)
{
    Draws d;
    d.samples = samples;
    d.candidates = int(w.candidates.size());
    const size_t n = size_t(d.candidates);
    d.effort.resize(size_t(samples) * n);
    d.value.resize(size_t(samples) * n);
    const double rho = std::clamp(w.odds.sharedError, 0.0, kMaxSharedError);
    std::vector<double> shared;
    if (rho > 0)
        shared = deviates(seed, streamOf(kWorkshopId, SharedChannel), samples);
    for (size_t i = 0; i < n; ++i) {
        const Candidate &c = w.candidates[qsizetype(i)];
        const auto id = quint64(qint64(c.id));
        const std::optional<Range> effort = effortRange(c);
        const std::optional<Range> value = valueRange(c);
        std::vector<double> ze, zv;
        if (effort)
            ze = deviates(seed, streamOf(id, EffortChannel), samples);
        if (value)
            zv = deviates(seed, streamOf(id, ValueChannel), samples);
        const double likelyValue = planValue(c);
        for (size_t s = 0; s < size_t(samples); ++s) {
            double z = effort ? ze[s] : 0;
            if (effort && rho > 0)
                z = std::sqrt(rho) * shared[s] + std::sqrt(1 - rho) * z;
            d.effort[s * n + i] = effort ? effort->at(z) : c.effort;
            d.value[s * n + i] = value ? value->at(zv[s]) : likelyValue;
        }
    }
    d.capacity.assign(size_t(samples), capacity);
    if (const std::optional<Range> range = capacityRange(w.odds)) {
        const std::vector<double> zc =
            deviates(seed, streamOf(kWorkshopId, CapacityChannel), samples);
        for (size_t s = 0; s < size_t(samples); ++s)
            d.capacity[s] = range->at(zc[s]);
    }
    return d;
}

} // namespace cutline::odds
