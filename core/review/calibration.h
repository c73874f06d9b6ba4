// Calibration (issue 15): how the estimates and bets of a workshop held up once its committed
// candidates were reviewed. Figures and suggestions only; nothing is ever applied by itself.
#pragma once

#include "core/model/workshop.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutline {

// Reviews needed before calibration says anything: fewer are noise.
inline constexpr int kCalibrationMinimum = 10;

// Actual against estimated effort, over fully shipped candidates with an actual effort.
struct EffortCalibration
{
    int count = 0;     // ratios actual/estimate taken
    double median = 0; // of actual/estimate
    double q1 = 0;     // lower quartile (linear interpolation, like a spreadsheet's QUARTILE)
    double q3 = 0;     // upper quartile; the spread is q3 − q1
    int ranged = 0;    // of them, with a stated 80 % range (effort low..high)
    int inside = 0;    // of those, actuals inside the range (bounds included)
};

// The bets' confidence against their verdicts (hit 1, partly ½, missed 0).
struct BetCalibration
{
    int count = 0;
    double brier = 0;          // mean of (confidence − outcome)²; 0 is perfect, 0.25 a coin flip
    double meanConfidence = 0; // %
    double hitRate = 0;        // % (partly counts half)
};

struct CalibrationGroup
{
    QString name; // the workshop's title or the kind's name
    int reviewed = 0;
    EffortCalibration effort;
    BetCalibration bets;
};

struct Calibration
{
    int reviewed = 0;
    CalibrationGroup workshop;
    QList<CalibrationGroup> kinds; // each kind with at least one review, in kind order
    QStringList suggestions;       // empty below the minimum

    bool enough() const { return reviewed >= kCalibrationMinimum; }
    int moreNeeded() const { return enough() ? 0 : kCalibrationMinimum - reviewed; }
};

Calibration calibrate(const Workshop &workshop);

// The p-quantile (0–1) of sorted `values` by linear interpolation between closest ranks.
double quantile(const QList<double> &sorted, double p);

// "Calibration over 12 reviewed candidates." or "Reviewed so far: 4. … 6 more."
QString calibrationStatus(const Calibration &calibration);

} // namespace cutline
