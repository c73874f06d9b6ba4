// Decisions: the rules a decision must follow (a rationale to defer or drop, and to depart
// from the plan), review dates and the state of the decider's sign-off.
//
// One plan, one truth: "the plan" is makePlan(workshop), the optimum under the decisions
// taken. A decision departs from it when, with every other decision kept, the opposite
// decision would give a strictly better plan (or the only feasible one). Adopting the plan
// shown therefore never departs from it, and can always be signed off.
#pragma once

#include "core/model/workshop.h"
#include "core/plan/planner.h"

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

struct Departure
{
    int id = 0;
    bool planWouldTake = false; // left out, although the plan would take it
    Decision decision = Decision::Undecided;
    double valueGiven = 0; // total value the plan gives up by this decision
};

// Whether deciding `decision` on candidate `id`, every other decision kept, departs from the
// plan: the opposite decision gives a strictly better plan. (Decisions that leave no feasible
// plan at all are reported by signOffProblems, not as departures.)
std::optional<Departure> departure(const Workshop &workshop, int id, Decision decision);

// Every decision taken in `workshop` that departs from the plan, in workshop order.
QList<Departure> departures(const Workshop &workshop);

// Why `decision` for `candidate` needs a rationale it lacks, or nullopt when it is fine.
// `departs` says whether the decision departs from the plan.
std::optional<QString> missingRationale(const Candidate &candidate, Decision decision,
                                        bool departs);

// Why deciding `decision` on candidate `id` needs a rationale that neither the candidate nor
// `rationale` gives (a message naming the candidate), or nullopt when the decision may be taken.
std::optional<QString> decisionProblem(const Workshop &workshop, int id, Decision decision,
                                       const QString &rationale);

// A rationale belongs to the decision it explains: changing a decision (defer → commit, say)
// leaves the reason logged with the old one stale, so the new decision needs its own. A
// rationale edited since the last decision is the person's new reason, not stale.
bool rationaleIsStale(const Workshop &workshop, const Candidate &candidate, Decision decision);

// Whether `decision` on `candidate` needs a rationale at all: defer and drop always, commit
// when it departs from the plan.
bool needsRationale(const Workshop &workshop, int id, Decision decision);

// The name a decision is recorded under: `configured` (the person's name, kept in the
// settings), else the login name, else "unknown".
QString decisionAuthor(const QString &configured);

// One decision taken by adopting a plan.
struct Adoption
{
    int id = 0;
    Decision decision = Decision::Undecided;
    QString rationale; // the plan's reason for leaving it out; empty for a commit
};

// What adopting `plan` (makePlan of `workshop`) as decisions means: every undecided candidate
// it takes is committed, every undecided one it leaves out is deferred with the plan's reason.
// None of them departs from the plan, so the result can always be signed off.
QList<Adoption> planAdoption(const Workshop &workshop, const Plan &plan);

// What the estimates alone would choose: the optimum with every decision left open (mandatory
// work still in). Not the plan: the record shows it beside the decisions, labelled as such.
Plan estimatesOnlyPlan(const Workshop &workshop);

// Everything that keeps the decider from signing off, one message per problem.
QStringList signOffProblems(const Workshop &workshop);

// The sign-off stands when it exists and no decision changed after it.
bool signOffCurrent(const Workshop &workshop);

} // namespace cutline
