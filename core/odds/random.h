// Random numbers for the odds, our own so that the same seed gives the same numbers on every
// machine and standard library: PCG32 (O'Neill) and the inverse of the normal distribution.
#pragma once

#include <QtGlobal>

namespace cutline::odds {

// PCG32 (XSH RR, 64-bit state) with a selectable stream.
class Pcg32
{
public:
    Pcg32(quint64 seed, quint64 stream);
    quint32 next();
    // Skips `delta` outputs in O(log delta) steps.
    void advance(quint64 delta);
    // A uniform number strictly inside (0, 1) with 53 bits, from two outputs.
    double uniform();

private:
    quint64 m_state = 0;
    quint64 m_increment = 1;
};

// The stream of one estimate: mixes a candidate's stable id with a channel (effort, value, …)
// so each estimate draws the same numbers whatever else changes.
quint64 streamOf(quint64 id, quint64 channel);

// The p-quantile of the standard normal distribution, 0 < p < 1 (Acklam's rational
// approximation, polished by one Halley step on erfc to full double precision).
double inverseNormal(double p);

} // namespace cutline::odds
