// bench_odds: how long the odds take — P(fits) alone, the first figures on screen, P(in plan)
// for 10,000 samples of the bundled sample, and 2,000 samples at 200 candidates; with and
// without the flip margins. Not a test: timings depend on the machine.
#include "core/odds/odds.h"
#include "core/sample/sampleworkshop.h"
#include "tests/common/instances.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace cutline;

namespace {

struct Timing
{
    double fitsMs = -1;  // P(fits) known
    double firstMs = -1; // the first shares of P(in plan) known
    double sharesMs = 0; // every sample solved
    double totalMs = 0;  // with margins and the commit line
    double pFit = 0;
};

Timing measure(const Workshop &w, int samples, bool margins)
{
    Timing t;
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](const Odds &partial) {
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (t.fitsMs < 0)
            t.fitsMs = ms;
        if (partial.solved > 0 && t.firstMs < 0)
            t.firstMs = ms;
        if (partial.solved == samples)
            t.sharesMs = ms;
    };
    const Result<Odds> odds =
        computeOdds(w, {std::nullopt, samples, 1, margins, false}, nullptr, progress);
    t.totalMs = double(timer.nsecsElapsed()) / 1e6;
    t.pFit = odds ? odds.value().fits.p() : -1;
    if (!odds)
        std::printf("refused: %s\n", qPrintable(odds.error()));
    return t;
}

void report(const char *name, const Workshop &w, int samples, bool margins)
{
    const Timing t = measure(w, samples, margins);
    std::printf("%-34s n=%3d samples=%6d  P(fits) %7.1f ms  first shares %7.1f ms  all shares "
                "%8.1f ms  %s %8.1f ms  (p_fit %.3f)\n",
                name, int(w.candidates.size()), samples, t.fitsMs, t.firstMs, t.sharesMs,
                margins ? "with margins" : "total       ", t.totalMs, t.pFit);
}

// Every candidate gets an effort range around its likely effort, as a team would give one.
Workshop withRanges(Workshop w)
{
    for (Candidate &c : w.candidates)
        if (c.effort > 0) {
            c.effortLow = c.effort * 0.7;
            c.effortHigh = c.effort * 1.8;
        }
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // bench_odds [FAMILY]: one family of 200-candidate workshops only (0-5), without the sample.
    const int only = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : -1;
    const Workshop sample = sampleWorkshop();
    if (only < 0) {
        report("sample, P(fits) + shares", sample, 10000, false);
        report("sample, everything", sample, 10000, true);
    }
    for (int family = 0; family < 6; ++family) {
        if (only >= 0 && family != only)
            continue;
        const Workshop big =
            withRanges(test::generateInstance(test::Family(family), 200, quint32(family + 1)));
        const QByteArray name =
            QStringLiteral("200, %1").arg(test::familyName(test::Family(family))).toUtf8();
        report(name.constData(), big, 2000, false);
    }
    return 0;
}
