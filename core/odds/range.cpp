#include "core/odds/range.h"

#include "core/model/field.h"
#include "core/odds/random.h"

#include <QCoreApplication>

#include <cmath>

namespace cutline::odds {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Odds)
};

// The spread of the 10th to the 90th percentile of N(0, 1), as DESIGN.md states it.
constexpr double kBandWidth = 2.5631;
// The 75th percentile of N(0, 1).
constexpr double kQuartile = 0.6744897501960817;

std::optional<QString> checkBand(const QString &who, const QString &what,
                                 const std::optional<double> &low,
                                 const std::optional<double> &high)
{
    if (!low || !high)
        return std::nullopt;
    if (!(*low > 0))
        return Text::tr("%1: the low %2 %3 must be above 0 for a range (a log-normal cannot "
                        "reach 0); raise it or clear the range.")
            .arg(who, what, formatNumber(*low));
    if (*high < *low)
        return Text::tr("%1: the high %2 %3 is below the low %2 %4.")
            .arg(who, what, formatNumber(*high), formatNumber(*low));
    return std::nullopt;
}

} // namespace

double Range::at(double z) const
{
    return std::exp(mu + sigma * z);
}

double Range::quantile(double p) const
{
    return at(inverseNormal(p));
}

bool Range::likelyOutsideMiddle(double likely) const
{
    if (sigma <= 0)
        return false;
    const double tolerance = 1e-9 * std::max(1.0, likely);
    return likely < at(-kQuartile) - tolerance || likely > at(kQuartile) + tolerance;
}

std::optional<Range> bandRange(double low, double high)
{
    if (!(low > 0) || !(high >= low) || !std::isfinite(high))
        return std::nullopt;
    return Range{(std::log(low) + std::log(high)) / 2,
                 (std::log(high) - std::log(low)) / kBandWidth};
}

std::optional<Range> effortRange(const Candidate &c)
{
    if (!c.effortLow || !c.effortHigh)
        return std::nullopt;
    return bandRange(*c.effortLow, *c.effortHigh);
}

std::optional<Range> valueRange(const Candidate &c)
{
    if (!c.valueLow || !c.valueHigh)
        return std::nullopt;
    return bandRange(*c.valueLow, *c.valueHigh);
}

std::optional<Range> capacityRange(const OddsSettings &s)
{
    if (!s.capacityLow || !s.capacityHigh)
        return std::nullopt;
    return bandRange(*s.capacityLow, *s.capacityHigh);
}

std::optional<QString> checkRanges(const Workshop &w)
{
    for (const Candidate &c : w.candidates) {
        if (auto problem = checkBand(c.key, Text::tr("effort"), c.effortLow, c.effortHigh))
            return problem;
        if (auto problem = checkBand(c.key, Text::tr("value"), c.valueLow, c.valueHigh))
            return problem;
    }
    return checkBand(Text::tr("capacity"), Text::tr("capacity"), w.odds.capacityLow,
                     w.odds.capacityHigh);
}

} // namespace cutline::odds
