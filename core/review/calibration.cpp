#include "core/review/calibration.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Calibration)
};

// Deviations smaller than these are noise, not a pattern worth a suggestion.
constexpr double kRatioTolerance = 0.1;
constexpr double kConfidenceGap = 15; // percentage points
constexpr int kGroupMinimum = 3;      // a kind's figures below this say nothing
constexpr double kRangeLow = 0.7;     // an 80 % range should hold about 8 in 10 actuals
constexpr double kRangeHigh = 0.95;

EffortCalibration effortOf(const QList<const Candidate *> &reviewed)
{
    EffortCalibration e;
    QList<double> ratios;
    for (const Candidate *c : reviewed) {
        if (c->review->shipped != Shipped::Shipped || !c->review->actualEffort || c->effort <= 0)
            continue;
        const double actual = *c->review->actualEffort;
        ratios.append(actual / c->effort);
        if (c->effortLow && c->effortHigh) {
            ++e.ranged;
            if (actual >= *c->effortLow && actual <= *c->effortHigh)
                ++e.inside;
        }
    }
    std::sort(ratios.begin(), ratios.end());
    e.count = int(ratios.size());
    if (!ratios.isEmpty()) {
        e.median = quantile(ratios, 0.5);
        e.q1 = quantile(ratios, 0.25);
        e.q3 = quantile(ratios, 0.75);
    }
    return e;
}

BetCalibration betsOf(const QList<const Candidate *> &reviewed)
{
    BetCalibration b;
    double squares = 0, confidence = 0, hits = 0;
    for (const Candidate *c : reviewed) {
        if (!c->bet)
            continue;
        const double p = c->bet->confidence / 100.0;
        const double outcome = verdictOutcome(c->review->verdict);
        squares += (p - outcome) * (p - outcome);
        confidence += c->bet->confidence;
        hits += outcome;
        ++b.count;
    }
    if (b.count > 0) {
        b.brier = squares / b.count;
        b.meanConfidence = confidence / b.count;
        b.hitRate = 100.0 * hits / b.count;
    }
    return b;
}

CalibrationGroup groupOf(const QString &name, const QList<const Candidate *> &reviewed)
{
    return CalibrationGroup{name, int(reviewed.size()), effortOf(reviewed), betsOf(reviewed)};
}

QString ratioText(double ratio)
{
    return QString::number(ratio, 'f', 1);
}

// Suggestions for one group; `who` prefixes a kind's ("Platform: ").
QStringList suggestionsFor(const CalibrationGroup &g, const QString &who)
{
    QStringList out;
    const EffortCalibration &e = g.effort;
    if (e.count >= kGroupMinimum && e.median >= 1 + kRatioTolerance)
        out.append(who + Text::tr("efforts ran %1× long (median of %2): consider scaling new "
                                  "estimates by %1.")
                             .arg(ratioText(e.median))
                             .arg(e.count));
    else if (e.count >= kGroupMinimum && e.median <= 1 - kRatioTolerance)
        out.append(who + Text::tr("efforts ran short, at %1× the estimate (median of %2): "
                                  "estimates may carry padding.")
                             .arg(ratioText(e.median))
                             .arg(e.count));
    if (e.ranged >= kGroupMinimum) {
        const double share = double(e.inside) / e.ranged;
        if (share < kRangeLow)
            out.append(who + Text::tr("only %1 of %2 actuals landed inside the stated 80 % range: "
                                      "widen the ranges.")
                                 .arg(e.inside)
                                 .arg(e.ranged));
        else if (share > kRangeHigh)
            out.append(who + Text::tr("all %1 actuals landed inside the stated 80 % range: the "
                                      "ranges may be wider than needed.")
                                 .arg(e.ranged));
    }
    const BetCalibration &b = g.bets;
    if (b.count >= kGroupMinimum && b.meanConfidence - b.hitRate >= kConfidenceGap)
        out.append(who + Text::tr("bets were overconfident: %1 % confidence on average, targets "
                                  "hit %2 % of the time.")
                             .arg(qRound(b.meanConfidence))
                             .arg(qRound(b.hitRate)));
    else if (b.count >= kGroupMinimum && b.hitRate - b.meanConfidence >= kConfidenceGap)
        out.append(who + Text::tr("bets were underconfident: %1 % confidence on average, targets "
                                  "hit %2 % of the time.")
                             .arg(qRound(b.meanConfidence))
                             .arg(qRound(b.hitRate)));
    return out;
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

double quantile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double h = (sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = qsizetype(std::floor(h));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

Calibration calibrate(const Workshop &workshop)
{
    Calibration cal;
    QList<const Candidate *> reviewed;
    for (const Candidate &c : workshop.candidates)
        if (c.review)
            reviewed.append(&c);
    cal.reviewed = int(reviewed.size());
    cal.workshop = groupOf(workshop.title.trimmed().isEmpty() ? Text::tr("This workshop")
                                                              : workshop.title.trimmed(),
                           reviewed);
    for (Kind kind : allKinds()) {
        QList<const Candidate *> ofKind;
        for (const Candidate *c : std::as_const(reviewed))
            if (c->kind == kind)
                ofKind.append(c);
        if (!ofKind.isEmpty())
            cal.kinds.append(groupOf(kindName(kind), ofKind));
    }
    if (!cal.enough())
        return cal;
    for (const QString &s : suggestionsFor(cal.workshop, QString()))
        cal.suggestions.append(capitalized(s));
    for (const CalibrationGroup &g : std::as_const(cal.kinds))
        if (g.reviewed < cal.reviewed) // one kind alone repeats the workshop's
            cal.suggestions += suggestionsFor(g, g.name + QStringLiteral(": "));
    return cal;
}

QString calibrationStatus(const Calibration &calibration)
{
    if (calibration.enough())
        return Text::tr("Calibration over %1 reviewed candidates.").arg(calibration.reviewed);
    return Text::tr("Reviewed so far: %1. Calibration needs at least %2 reviews: %3 more.")
        .arg(calibration.reviewed)
        .arg(kCalibrationMinimum)
        .arg(calibration.moreNeeded());
}

} // namespace cutline
