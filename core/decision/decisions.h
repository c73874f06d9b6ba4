// Decisions: the rules a decision must follow (a rationale to defer or drop, and to depart
// from the computed plan), the plan a decision is measured against, review dates and the
// state of the decider's sign-off.
#pragma once

#include "model/workshop.h"
#include "plan/planner.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cutline {

// The last day of a horizon written as "2027 Q1", "2027-Q1", "Q1 2027", "2027 H2", "2027",
// "2027-03" or "2027-03-31"; nullopt for anything else.
std::optional<QDate> horizonEnd(const QString &horizon);

// A committed candidate's default review date: the horizon's end plus the workshop's delay
// (or the workshop date plus 90 days plus the delay when the horizon is not a date).
std::optional<QDate> defaultReviewDate(const Workshop &workshop);

// The plan computed from the estimates alone: only mandatory work is forced, decisions are
// ignored. Decisions are measured against it.
Plan recommendedPlan(const Workshop &workshop);

struct Departure
{
    int id = 0;
    bool inPlan = false; // the recommended plan takes it (and the decision leaves it out)
    Decision decision = Decision::Undecided;
};

// Decisions that depart from `recommended`: committed although the plan leaves it out, or
// deferred/dropped although the plan takes it.
QList<Departure> departures(const Workshop &workshop, const Plan &recommended);

// Why `decision` for `candidate` needs a rationale it lacks, or nullopt when it is fine.
// `departs` says whether the decision departs from the recommended plan.
std::optional<QString> missingRationale(const Candidate &candidate, Decision decision,
                                        bool departs);

// Everything that keeps the decider from signing off, one message per problem.
QStringList signOffProblems(const Workshop &workshop, const Plan &recommended);

// The sign-off stands when it exists and no decision changed after it.
bool signOffCurrent(const Workshop &workshop);

} // namespace cutline
