// Fixtures: workshops built in code for tests, with every field filled.
#pragma once

#include "core/model/workshop.h"

namespace cutline::test {

// A workshop whose candidates use every field, kind and decision, with links of both types.
Workshop fullWorkshop(int candidates = 6);

// A candidate of value `value` (its impact, at reach 1 and full confidence) and no range.
Candidate plainCandidate(int id, double effort, double value);

// A candidate of value `value` (impact 10 × reach) with an effort range when `low` > 0.
Candidate rangedCandidate(int id, double effort, double low, double high, double value);

// Eight candidates with effort (and one value) ranges, requires and excludes links, a mandatory
// one and a decision; values without common sums, so no two plans tie (the odds' tests).
Workshop oddsWorkshop();

// Reads a whole file (empty when it cannot be read).
QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);

} // namespace cutline::test
