// Candidate: one piece of work a workshop considers, with its why, estimates and decision.
#pragma once

#include "core/review/review.h"
#include "core/tracker/source.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutline {

enum class Kind
{
    Product,
    Platform,
    Compliance,
    Research,
    Stabilization
};
enum class Decision
{
    Undecided,
    Commit,
    Defer,
    Drop
};

// A participant's disagreement with a decision; an empty author is anonymous.
struct Dissent
{
    QString author;
    QString text;
    bool operator==(const Dissent &) const = default;
};

struct Candidate
{
    int id = 0;  // stable, internal; never shown
    QString key; // user-visible, e.g. "C-12"
    QString title;
    QString description;
    Kind kind = Kind::Product;

    // The why. What each field means depends on the kind (see kindprofile.h).
    QString problem;
    QString beneficiary;
    QString metric;
    QString outcome;
    QString ifNotDone;

    double effort = 1.0; // likely effort, in the workshop's capacity unit
    std::optional<double> effortLow;
    std::optional<double> effortHigh;
    double impact = 0.0;          // 0–10
    double confidence = 100.0;    // 0–100 %
    double reach = 1.0;           // >= 0
    int risk = 1;                 // 1–5
    double timeCriticality = 0.0; // 0–10
    bool mandatory = false;

    Decision decision = Decision::Undecided;
    QString rationale;
    QString owner;
    QString successMetric;
    QDate reviewDate;
    QStringList tags;
    QMap<QString, double> scores; // weighted criteria: criterion name → 0–10
    QList<Dissent> dissent;

    // Odds (issue 14): value as an 80 % band, like effortLow/effortHigh.
    std::optional<double> valueLow;
    std::optional<double> valueHigh;
    // Tracker import (issue 15).
    CandidateSource source;
    // The loop (issue 15): the bet at sign-off and the review after shipping.
    std::optional<Bet> bet;
    std::optional<Review> review;

    bool operator==(const Candidate &) const = default;
};

// Stable, untranslated identifiers used in files and CSV ("product", "commit").
QString kindId(Kind kind);
std::optional<Kind> kindFromId(const QString &id);
QList<Kind> allKinds();
QString decisionId(Decision decision);
std::optional<Decision> decisionFromId(const QString &id);
QList<Decision> allDecisions();

// Human, translated names ("Product", "Commit").
QString kindName(Kind kind);
QString decisionName(Decision decision);

// Dropped or deferred: out of the plan by a decision already taken.
inline bool isLeftOut(Decision decision)
{
    return decision == Decision::Drop || decision == Decision::Defer;
}

// value = reach × impact × confidence / 100 (the default framework's value).
double candidateValue(const Candidate &candidate);

} // namespace cutline
