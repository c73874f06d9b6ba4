// Workshop: the whole planning session as plain data — settings, candidates and their links.
#pragma once

#include "core/model/candidate.h"
#include "core/odds/oddssettings.h"
#include "core/room/round.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cutline {

struct Goal
{
    QString name;
    QString metric;
    QString target;
    bool operator==(const Goal &) const = default;
};

enum class LinkType
{
    Requires,
    Excludes
};

// `from` requires `to` (from cannot be done without to), or `from` and `to` exclude each other.
struct Dependency
{
    int from = 0;
    int to = 0;
    LinkType type = LinkType::Requires;
    bool operator==(const Dependency &) const = default;
};

// How candidates are scored and ranked (see scoring/scoring.h). The plan always maximises
// value = reach × impact × confidence/100; the framework decides the score beside it.
enum class Framework
{
    ValueEffort,
    Rice,
    Ice,
    Wsjf,
    Weighted
};

// A criterion of the weighted-criteria framework; each candidate scores it 0–10.
struct Criterion
{
    QString name;
    double weight = 1.0;
    bool operator==(const Criterion &) const = default;
};

// The decider's sign-off of the decisions as they stand.
struct SignOff
{
    QString by;
    QDateTime at; // UTC
    bool operator==(const SignOff &) const = default;
};

// One change of a candidate's decision: who, when, from what to what, and why.
struct DecisionChange
{
    QDateTime at; // UTC
    QString author;
    QString key;
    Decision from = Decision::Undecided;
    Decision to = Decision::Undecided;
    QString rationale;
    bool operator==(const DecisionChange &) const = default;
};

QString linkTypeId(LinkType type);
std::optional<LinkType> linkTypeFromId(const QString &id);

struct Workshop
{
    QString title;
    QString objective;
    QString horizon;
    QDate date;
    QString facilitator;
    QString decider;
    QStringList participants;
    QList<Goal> goals;
    double capacity = 0.0;
    QString capacityUnit = QStringLiteral("person-weeks");
    QString notes;
    Framework framework = Framework::ValueEffort;
    QList<Criterion> criteria; // weighted criteria only
    // Quadrant thresholds of the impact/effort chart; unset means the median.
    std::optional<double> effortThreshold;
    std::optional<double> valueThreshold;
    // Value/effort and RICE count, in a candidate's value, the value of everything that cannot
    // happen without it (so a blocker ranks with the work it blocks).
    bool scoreUnlockedValue = false;
    int reviewDelayDays = 28; // a committed candidate's review date: horizon end + this
    SignOff signOff;          // empty until the decider signs
    QList<DecisionChange> decisionLog;
    OddsSettings odds;       // issue 14
    QList<RoomRound> rounds; // issue 12: the room's rounds, oldest first

    QList<Candidate> candidates;
    QList<Dependency> dependencies;

    // Links compare as a set: order does not matter, and "A excludes B" is "B excludes A".
    bool operator==(const Workshop &other) const;

    // Copies everything but the candidates, links and decision log (title, goals, capacity, …).
    void assignSettings(const Workshop &other);
    bool sameSettings(const Workshop &other) const;

    const Candidate *candidate(int id) const;
    Candidate *candidate(int id);
    const Candidate *candidateByKey(const QString &key) const;
    int indexOf(int id) const; // -1 when absent
    int nextId() const;
    QString nextKey() const; // "C-<n>" one past the highest numbered key
    bool hasLink(int from, int to, LinkType type) const;
    // Keys of the candidates `id` links to with `type`, in candidate order.
    QStringList linkedKeys(int id, LinkType type) const;
};

} // namespace cutline
