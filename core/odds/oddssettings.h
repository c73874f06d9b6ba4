// OddsSettings: how a workshop's odds are sampled (issue 14). Stored with the workshop so the
// same file gives the same numbers on every machine.
#pragma once

#include <QtGlobal>

#include <optional>

namespace cutline {

struct OddsSettings
{
    quint64 seed = 1;
    int samples = 2000;
    // The capacity as an 80 % band (10th and 90th percentile); unset means it is fixed.
    std::optional<double> capacityLow;
    std::optional<double> capacityHigh;
    // How strongly effort errors move together (0 = independent, up to 0.9): the correlation
    // of the log-efforts, from one shared optimism factor. It keeps every candidate's band.
    double sharedError = 0.0;
    bool operator==(const OddsSettings &) const = default;
};

// The limits the edges (settings, CLI, file) hold the settings to.
constexpr int kMinOddsSamples = 100;
constexpr int kMaxOddsSamples = 1000000;
constexpr double kMaxSharedError = 0.9;

} // namespace cutline
