// Rounds of the room (issue 12): blind ballots on candidates, their reveal and outcome.
// Plain data, stored in the .cutline file (core/storage/roomtables.*); the rules over it are in
// core/room/roomlogic.h.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cutline {

enum class RoundMode
{
    Live, // the facilitator paces one candidate at a time, with a timer
    Sweep // everyone scores every candidate of the round at their own pace
};

// One participant's blind ballot on one candidate in one round.
struct Ballot
{
    QString participant; // the typed name; in an anonymous round a stable alias ("Participant 3")
    int candidateId = 0;
    QMap<QString, double> values; // input id (see InputSpec::id) → value on its scale
    QString reason;               // optional one line
    QDateTime at;                 // UTC, last change
    bool operator==(const Ballot &) const = default;
};

// What the room did with a candidate after the reveal.
struct RoundOutcome
{
    enum class Kind
    {
        Accepted,  // the aggregate became the candidate's estimate
        Overridden // the facilitator set other values, with a reason
    };
    int candidateId = 0;
    Kind kind = Kind::Accepted;
    QMap<QString, double> values; // what was applied, by input id
    QString reason;               // required when overridden
    QString by;                   // who accepted or overrode
    QDateTime at;                 // UTC
    bool operator==(const RoundOutcome &) const = default;
};

struct RoomRound
{
    int number = 1; // 1-based, in the order rounds were opened in this workshop
    RoundMode mode = RoundMode::Sweep;
    bool anonymous = false;
    QDateTime openedAt;   // UTC
    QDateTime revealedAt; // UTC; null until the reveal, after which ballots are locked
    QList<int> candidateIds;
    QStringList inputs; // input ids asked, in ballot order
    QList<Ballot> ballots;
    QList<RoundOutcome> outcomes;
    bool operator==(const RoomRound &) const = default;

    bool revealed() const { return revealedAt.isValid(); }
};

} // namespace cutline
