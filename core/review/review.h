// Bets and reviews (issue 15): what the decider expected of a committed candidate at sign-off,
// and what happened after shipping.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cutline {

// The decider's bet on a committed candidate, taken at sign-off and editable later: the metric
// it should move, from where to where, when to look, and how sure the decider is it will.
struct Bet
{
    QString metric;
    QString baseline; // text: metrics come with units ("3.1 %", "420 ms")
    QString target;
    QDate reviewDate;
    double confidence = 50.0; // 0–100 %: the chance the target is hit
    bool operator==(const Bet &) const = default;
};

enum class Shipped
{
    Shipped,
    Partly,
    Cancelled
};

enum class Verdict
{
    Hit,
    Partly,
    Missed
};

// What happened after shipping. Added to the record as an addendum; the signed content stays.
struct Review
{
    QDate reviewedOn;
    QString reviewer;
    Shipped shipped = Shipped::Shipped;
    std::optional<double> actualEffort; // in the workshop's capacity unit
    QString actualValue;                // the metric's actual value, as text like the target
    Verdict verdict = Verdict::Hit;
    QString lesson;
    bool operator==(const Review &) const = default;
};

// Stable, untranslated identifiers used in files ("shipped", "hit").
QString shippedId(Shipped shipped);
std::optional<Shipped> shippedFromId(const QString &id);
QString verdictId(Verdict verdict);
std::optional<Verdict> verdictFromId(const QString &id);

// Human, translated names ("Partly shipped", "Missed").
QString shippedName(Shipped shipped);
QString verdictName(Verdict verdict);

// How much a verdict counts as hitting the target (for the Brier score): hit 1, partly ½,
// missed 0.
double verdictOutcome(Verdict verdict);

// Why `bet` cannot be taken for the candidate `key` (a message naming it), or nullopt.
std::optional<QString> betProblem(const QString &key, const Bet &bet);
// Why `review` cannot be recorded for the candidate `key` (a message naming it), or nullopt.
std::optional<QString> reviewProblem(const QString &key, const Review &review);
// Why `effort` cannot be an actual effort: negative, NaN or infinite.
std::optional<QString> actualEffortProblem(const QString &key, double effort);

// Sets a review's actual effort, refusing a negative or non-finite one (a tracker's re-import
// fills it from "Time Spent" this way).
std::optional<QString> setActualEffort(Review &review, const QString &key, double effort);

} // namespace cutline
