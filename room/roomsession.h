// RoomSession: the state of one live room — its secrets (token, PIN), the participants, the
// current round, who has voted, and the ballots. No network: RoomServer feeds it messages and
// the desktop drives the facilitator's side. Nobody reads another person's value from here
// before the reveal: ballotsOf() answers for one participant only.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"
#include "core/room/roomlogic.h"
#include "core/room/round.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>
#include <utility>

namespace cutline::room {

// Refusals the room gives a phone; code decides by the kind, the phone shows the message.
enum class Refusal
{
    BadMessage,    // not JSON, unknown type, missing or wrong fields
    WrongPin,      // the PIN does not match
    TooManyPins,   // too many wrong PINs from this address; wait
    RoomFull,      // kMaxParticipants joined already
    NameTaken,     // another participant uses this name
    BadName,       // empty, too long or not one line
    UnknownSecret, // a reconnect with a secret this room never issued
    NotJoined,     // a ballot before joining
    NoRound,       // no round is open
    Locked,        // the round was revealed; its ballots are locked
    NotInRound,    // the candidate is not (or, live, not yet) being scored
    BadBallot,     // a value off its scale, an unknown input (the message names it)
    TooFast,       // the connection sends too many messages
    TooLarge,      // a message over kMaxMessageBytes
};
QString refusalId(Refusal refusal); // stable identifier for the protocol ("wrong_pin")

// A value, or a refusal with its kind (for the protocol) and a message (for the person).
template <typename T> class Answer
{
public:
    Answer(T value) : m_value(std::move(value)) {}
    Answer(Refusal kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    Refusal refusal() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    std::optional<T> m_value;
    Refusal m_kind = Refusal::BadMessage;
    QString m_message;
};

constexpr int kMaxParticipants = 100;
constexpr int kPinAttemptsPerMinute = 5;
constexpr int kAutoRevealGraceMs = 2000;

struct Participant
{
    QString name;       // as typed
    QString alias;      // "Participant 3": what an anonymous round records
    QByteArray secret;  // issued at join; the phone keeps it to come back
    QDateTime joinedAt; // UTC
};

class RoomSession : public QObject
{
    Q_OBJECT

public:
    explicit RoomSession(const Workshop &workshop, QObject *parent = nullptr);

    // The workshop the room works on (candidates' titles, framework, scales). The desktop
    // updates it after every edit; the round's ballots are kept.
    void setWorkshop(const Workshop &workshop);
    const Workshop &workshop() const { return m_workshop; }

    QString token() const { return m_token; } // ≥ 128 bits, URL-safe
    QString pin() const { return m_pin; }     // four digits, shown on the projector
    bool tokenMatches(QStringView token) const;

    // Participants. The PIN is checked first (rate-limited per address); a connection that
    // passed it may see the round before its person types a name.
    Answer<bool> checkPin(const QString &pin, const QString &address);
    Answer<int> join(const QString &name, const QString &pin, const QString &address);
    // A join on a connection whose PIN was checked already.
    Answer<int> admit(const QString &name);
    Answer<int> resume(const QByteArray &secret);
    const QList<Participant> &participants() const { return m_participants; }
    const Participant &participant(int index) const { return m_participants.at(index); }
    // The name a ballot of `index` carries in the current round (the alias when anonymous).
    QString ballotName(int index) const;

    // The round. Opening one needs candidates that have had fewer than kMaxRounds rounds;
    // `number` follows the workshop's own rounds.
    Status openRound(RoundMode mode, bool anonymous, const QList<int> &candidateIds);
    // Takes a round opened elsewhere (the document's, with its number) as the current one.
    void startRound(const RoomRound &round);
    // Where an accepted ballot goes before it counts (the document, as an undoable edit); a
    // refusal there refuses the ballot with its message. Without one, ballots stay here.
    void setRecorder(std::function<Status(const Ballot &)> recorder)
    {
        m_recorder = std::move(recorder);
    }
    bool hasRound() const { return m_hasRound; }
    const RoomRound &round() const { return m_round; }
    // Live rounds: the round reveals itself when `deadline` passes (a null one stops it).
    void setDeadline(const QDateTime &deadline);
    QDateTime deadline() const { return m_deadline; }
    // Reveals the round: ballots lock, everyone may see the spread.
    Status reveal();
    // Reveal on its own once every participant has voted on every candidate of the round and
    // `graceMs` passed with nobody new joining (a room filling up is not a room that is done).
    void setAutoReveal(bool on, int graceMs = kAutoRevealGraceMs);
    bool autoReveal() const { return m_autoReveal; }

    // Ballots. The values are checked against the framework's scales; a refusal stores nothing.
    Answer<Ballot> submit(int participant, int candidateId, const QMap<QString, double> &values,
                          const QString &reason);
    QList<Ballot> ballotsOf(int participant) const;
    // Who has voted on every candidate of the round (names, or aliases when anonymous).
    QStringList finished() const;
    int ballotCount(int candidateId) const;
    bool everyoneVoted() const;

Q_SIGNALS:
    void participantsChanged();
    void ballotsChanged(); // someone voted (only who, never what, is public)
    void roundOpened();
    void revealed();
    void deadlineChanged();

private:
    static QString makeToken();
    static QString makePin();
    bool pinAttemptsExceeded(const QString &address);
    bool tokenMatchesPin(const QString &pin) const;
    void forgetOldAttempts();

    Workshop m_workshop;
    QString m_token;
    QString m_pin;
    QList<Participant> m_participants;
    QHash<QByteArray, int> m_bySecret;
    QHash<QString, QList<QDateTime>> m_wrongPins; // address → times of wrong PINs
    RoomRound m_round;
    bool m_hasRound = false;
    bool m_autoReveal = false;
    QDateTime m_deadline;
    QTimer *m_timer;
    QTimer *m_autoTimer;
    std::function<Status(const Ballot &)> m_recorder;
};
} // namespace cutline::room
