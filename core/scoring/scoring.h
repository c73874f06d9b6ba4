// Scoring: each framework's score for a candidate, and the formula with its numbers filled in,
// so a workshop can see why one candidate ranks above another.
#pragma once

#include "core/model/workshop.h"

#include <QHash>
#include <QString>

#include <optional>

namespace cutline {

// Stable identifiers for files ("value_effort", "rice", "ice", "wsjf", "weighted").
QString frameworkId(Framework framework);
std::optional<Framework> frameworkFromId(const QString &id);
QList<Framework> allFrameworks();
// Human, translated ("Value / effort", "RICE", …).
QString frameworkName(Framework framework);
// One line on what the framework computes, for the settings dialog and the record.
QString frameworkDescription(Framework framework);

struct Score
{
    double value = 0; // the score; +infinity for valuable work that costs nothing
    QString formula;  // "reach 2 × impact 6 × confidence 80 % ÷ effort 3 = 3.2"
};

// The candidate's score under the workshop's framework. `workshop` supplies what the
// framework needs beyond the candidate (criteria and weights, the largest effort for ICE).
Score scoreOf(const Workshop &workshop, const Candidate &candidate);

// Every candidate's score by id, in one pass: what the framework needs from the whole workshop
// (the largest effort, the dependency analysis for unlocked value) is computed once.
QHash<int, Score> scoresOf(const Workshop &workshop);

// The score's ICE "ease", 1–10: 10 for the cheapest possible work, 1 for the largest effort
// in the workshop.
double easeOf(const Workshop &workshop, const Candidate &candidate);

// Formats a score for tables: three significant digits, "∞" for infinity.
QString formatScore(double score);

// Refuses criteria a workshop cannot use: empty or repeated names, weights that are
// negative, not finite or all zero.
std::optional<QString> checkCriteria(const QList<Criterion> &criteria);

} // namespace cutline
