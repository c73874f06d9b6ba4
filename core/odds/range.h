// Range: an estimate given as an 80 % band — low and high are the 10th and 90th percentile of a
// log-normal (ln x ~ N(μ, σ), μ = (ln low + ln high)/2, σ = (ln high − ln low)/2.5631), the
// model `cutline-cli odds` documents. A number without both ends has no range: it is fixed.
#pragma once

#include "core/model/workshop.h"

#include <QString>

#include <optional>

namespace cutline::odds {

struct Range
{
    double mu = 0;
    double sigma = 0;

    // The value at the standard normal deviate z.
    double at(double z) const;
    // The p-quantile (0 < p < 1).
    double quantile(double p) const;
    // Whether `likely` lies outside the middle half (the 25th to the 75th percentile).
    bool likelyOutsideMiddle(double likely) const;
};

// The range with these ends; nullopt unless 0 < low ≤ high (both finite).
std::optional<Range> bandRange(double low, double high);

// A candidate's effort and value ranges, and the capacity's; nullopt where the estimate is fixed.
std::optional<Range> effortRange(const Candidate &candidate);
std::optional<Range> valueRange(const Candidate &candidate);
std::optional<Range> capacityRange(const OddsSettings &settings);

// Why the workshop's ranges cannot be sampled (a low end of 0, a reversed band, …), naming the
// candidate, the estimate and the numbers; nullopt when they can.
std::optional<QString> checkRanges(const Workshop &workshop);

} // namespace cutline::odds
