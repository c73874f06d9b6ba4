#include "core/odds/random.h"

#include <cmath>

namespace cutline::odds {

namespace {

constexpr quint64 kMultiplier = 6364136223846793005ULL;

quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

Pcg32::Pcg32(quint64 seed, quint64 stream) : m_increment((stream << 1) | 1U)
{
    next();
    m_state += seed;
    next();
}

quint32 Pcg32::next()
{
    const quint64 old = m_state;
    m_state = old * kMultiplier + m_increment;
    const auto shifted = quint32(((old >> 18) ^ old) >> 27);
    const auto rotation = quint32(old >> 59);
    return (shifted >> rotation) | (shifted << ((32U - rotation) & 31U));
}

void Pcg32::advance(quint64 delta)
{
    // Brown's jump ahead for linear congruential generators.
    quint64 multiplier = kMultiplier, increment = m_increment;
    quint64 accMultiplier = 1, accIncrement = 0;
    while (delta > 0) {
        if (delta & 1U) {
            accMultiplier *= multiplier;
            accIncrement = accIncrement * multiplier + increment;
        }
        increment = (multiplier + 1) * increment;
        multiplier *= multiplier;
        delta >>= 1U;
    }
    m_state = accMultiplier * m_state + accIncrement;
}

double Pcg32::uniform()
{
    const quint64 high = next() >> 5U;                               // 27 bits
    const quint64 low = next() >> 6U;                                // 26 bits
    return (double((high << 26U) | low) + 0.5) / 9007199254740992.0; // 2^53
}

quint64 streamOf(quint64 id, quint64 channel)
{
    return splitMix(splitMix(id) ^ (channel * 0xd1b54a32d192ed03ULL));
}

double inverseNormal(double p)
{
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                               -2.759285104469687e+02, 1.383577518672690e+02,
                               -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                               -1.556989798598866e+02, 6.680131188771972e+01,
                               -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                               -2.400758277161838e+00, -2.549732539343734e+00,
                               4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    constexpr double low = 0.02425, high = 1 - low;
    double x = 0;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= high) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // One Halley step: the error of Φ(x) − p, through erfc, scaled by the density.
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

} // namespace cutline::odds
