// Sampler: draws the workshop's uncertain estimates, one sample at a time, from streams that
// depend only on the seed and each estimate's stable identity (common random numbers), so an
// edit to one candidate leaves every other candidate's draws as they were.
#pragma once

#include "core/model/workshop.h"
#include "core/odds/range.h"

#include <vector>

namespace cutline::odds {

// All samples of a workshop's efforts, values and capacity, sample-major.
struct Draws
{
    int samples = 0;
    int candidates = 0;
    std::vector<double> effort; // [sample * candidates + index]
    std::vector<double> value;
    std::vector<double> capacity; // [sample]

    const double *effortOf(int sample) const { return effort.data() + size_t(sample) * candidates; }
    const double *valueOf(int sample) const { return value.data() + size_t(sample) * candidates; }
};

// Draws `samples` samples. Efforts and values without a range stay at their likely numbers.
// The shared error (ρ) mixes one deviate per sample into every ranged effort:
// z = √ρ·z₀ + √(1−ρ)·zᵢ, which keeps each effort's band and correlates them by ρ.
Draws drawSamples(const Workshop &workshop, double capacity, int samples, quint64 seed);

} // namespace cutline::odds
