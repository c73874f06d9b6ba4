#include "room/roomsession.h"

#include "core/room/roomlogic.h"

#include <QRandomGenerator>

#include <algorithm>

namespace cutline::room {

QString refusalId(Refusal refusal)
{
    switch (refusal) {
    case Refusal::BadMessage:
        return QStringLiteral("bad_message");
    case Refusal::WrongPin:
        return QStringLiteral("wrong_pin");
    case Refusal::TooManyPins:
        return QStringLiteral("too_many_pins");
    case Refusal::RoomFull:
        return QStringLiteral("room_full");
    case Refusal::NameTaken:
        return QStringLiteral("name_taken");
    case Refusal::BadName:
        return QStringLiteral("bad_name");
    case Refusal::UnknownSecret:
        return QStringLiteral("unknown_participant");
    case Refusal::NotJoined:
        return QStringLiteral("not_joined");
    case Refusal::NoRound:
        return QStringLiteral("no_round");
    case Refusal::Locked:
        return QStringLiteral("locked");
    case Refusal::NotInRound:
        return QStringLiteral("not_in_round");
    case Refusal::BadBallot:
        return QStringLiteral("bad_ballot");
    case Refusal::TooFast:
        return QStringLiteral("too_fast");
    case Refusal::TooLarge:
        return QStringLiteral("too_large");
    }
    return QStringLiteral("bad_message");
}

RoomSession::RoomSession(const Workshop &workshop, QObject *parent)
    : QObject(parent), m_workshop(workshop), m_token(makeToken()), m_pin(makePin()),
      m_timer(new QTimer(this)), m_autoTimer(new QTimer(this))
{
    m_autoTimer->setSingleShot(true);
    m_autoTimer->setInterval(kAutoRevealGraceMs);
    connect(m_autoTimer, &QTimer::timeout, this, [this] {
        if (m_autoReveal && everyoneVoted() && !m_round.revealed())
            reveal().ok();
    });
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_hasRound && !m_round.revealed())
            reveal().ok();
    });
}

QString RoomSession::makeToken()
{
    // 144 random bits from the system's generator: unguessable, 24 URL-safe characters.
    quint32 words[18 / sizeof(quint32) + 1];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), 18);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString RoomSession::makePin()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(10000), 4, 10,
                                    QLatin1Char('0'));
}

void RoomSession::setWorkshop(const Workshop &workshop)
{
    m_workshop = workshop;
}

bool RoomSession::tokenMatches(QStringView token) const
{
    // Compared in constant time, so the time taken says nothing about how much matched.
    if (token.size() != m_token.size())
        return false;
    char16_t diff = 0;
    for (qsizetype i = 0; i < token.size(); ++i)
        diff |= token[i].unicode() ^ m_token[i].unicode();
    return diff == 0;
}

void RoomSession::forgetOldAttempts()
{
    const QDateTime minuteAgo = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (auto it = m_wrongPins.begin(); it != m_wrongPins.end();) {
        it->erase(std::remove_if(it->begin(), it->end(),
                                 [&](const QDateTime &t) { return t < minuteAgo; }),
                  it->end());
        it = it->isEmpty() ? m_wrongPins.erase(it) : std::next(it);
    }
}

bool RoomSession::pinAttemptsExceeded(const QString &address)
{
    forgetOldAttempts();
    return m_wrongPins.value(address).size() >= kPinAttemptsPerMinute;
}

Answer<bool> RoomSession::checkPin(const QString &pin, const QString &address)
{
    if (pinAttemptsExceeded(address))
        return {Refusal::TooManyPins,
                tr("Too many wrong PINs from this device. Wait a minute, then type the PIN "
                   "shown on the projector.")};
    if (pin.size() != m_pin.size() || !tokenMatchesPin(pin)) {
        m_wrongPins[address].append(QDateTime::currentDateTimeUtc());
        return {Refusal::WrongPin, tr("Wrong PIN. Type the four digits shown on the projector.")};
    }
    return true;
}

bool RoomSession::tokenMatchesPin(const QString &pin) const
{
    char16_t diff = 0;
    for (qsizetype i = 0; i < pin.size(); ++i)
        diff |= pin[i].unicode() ^ m_pin[i].unicode();
    return diff == 0;
}

Answer<int> RoomSession::join(const QString &name, const QString &pin, const QString &address)
{
    if (const Answer<bool> checked = checkPin(pin, address); !checked.ok())
        return {checked.refusal(), checked.message()};
    return admit(name);
}

Answer<int> RoomSession::admit(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength || name.contains(QLatin1Char('\n')))
        return {Refusal::BadName,
                tr("Type your name (one line, at most %1 characters).").arg(kMaxNameLength)};
    const bool taken = std::any_of(m_participants.cbegin(), m_participants.cend(), [&](auto &p) {
        return p.name.compare(trimmed, Qt::CaseInsensitive) == 0;
    });
    if (taken)
        return {
            Refusal::NameTaken,
            tr("Someone in the room already uses the name \"%1\". Add an initial.").arg(trimmed)};
    if (m_participants.size() >= kMaxParticipants)
        return {Refusal::RoomFull, tr("The room is full (%1 participants).").arg(kMaxParticipants)};
    Participant p;
    p.name = trimmed;
    p.alias = participantAlias(int(m_participants.size()) + 1);
    p.secret = makeToken().toLatin1();
    p.joinedAt = QDateTime::currentDateTimeUtc();
    m_participants.append(p);
    m_bySecret.insert(p.secret, int(m_participants.size() - 1));
    m_autoTimer->stop(); // someone new has not voted yet
    Q_EMIT participantsChanged();
    return int(m_participants.size() - 1);
}

void RoomSession::setAutoReveal(bool on, int graceMs)
{
    m_autoReveal = on;
    m_autoTimer->setInterval(graceMs);
    if (on && everyoneVoted() && !m_round.revealed())
        m_autoTimer->start();
}

Answer<int> RoomSession::resume(const QByteArray &secret)
{
    const auto it = m_bySecret.constFind(secret);
    if (it == m_bySecret.cend())
        return {Refusal::UnknownSecret,
                tr("This phone is not known in this room (a new room was opened?). Join again "
                   "with the PIN.")};
    return *it;
}

QString RoomSession::ballotName(int index) const
{
    const Participant &p = m_participants.at(index);
    return m_round.anonymous ? p.alias : p.name;
}

Status RoomSession::openRound(RoundMode mode, bool anonymous, const QList<int> &candidateIds)
{
    if (candidateIds.isEmpty())
        return Error(tr("A round needs at least one candidate."));
    for (int id : candidateIds) {
        const Candidate *c = m_workshop.candidate(id);
        if (!c)
            return Error(tr("Candidate %1 is not in the workshop.").arg(id));
        if (roundsOf(m_workshop, id) >= kMaxRounds)
            return Error(tr("%1 has had %2 rounds already; accept or override its estimate.")
                             .arg(c->key)
                             .arg(kMaxRounds));
    }
    if (m_hasRound && !m_round.revealed())
        return Error(tr("Reveal the current round before opening another."));
    RoomRound round;
    int highest = 0;
    for (const RoomRound &r : m_workshop.rounds)
        highest = std::max(highest, r.number);
    round.number = std::max(highest, m_hasRound ? m_round.number : 0) + 1;
    round.mode = mode;
    round.anonymous = anonymous;
    round.openedAt = QDateTime::currentDateTimeUtc();
    round.candidateIds = candidateIds;
    for (const InputSpec &input : ballotInputs(m_workshop))
        round.inputs.append(input.id);
    startRound(round);
    return success();
}

void RoomSession::startRound(const RoomRound &round)
{
    m_round = round;
    m_hasRound = true;
    m_deadline = QDateTime();
    m_timer->stop();
    Q_EMIT roundOpened();
}

void RoomSession::setDeadline(const QDateTime &deadline)
{
    m_deadline = deadline;
    m_timer->stop();
    if (deadline.isValid())
        m_timer->start(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(deadline)));
    Q_EMIT deadlineChanged();
}

Status RoomSession::reveal()
{
    if (!m_hasRound)
        return Error(tr("No round is open."));
    if (m_round.revealed())
        return Error(tr("Round %1 has been revealed already.").arg(m_round.number));
    m_round.revealedAt = QDateTime::currentDateTimeUtc();
    m_deadline = QDateTime();
    m_timer->stop();
    Q_EMIT revealed();
    return success();
}

Answer<Ballot> RoomSession::submit(int participant, int candidateId,
                                   const QMap<QString, double> &values, const QString &reason)
{
    if (participant < 0 || participant >= m_participants.size())
        return {Refusal::NotJoined, tr("Join the room before voting.")};
    if (!m_hasRound)
        return {Refusal::NoRound, tr("No round is open. Wait for the facilitator.")};
    if (m_round.revealed())
        return {Refusal::Locked,
                tr("Ballots are locked: round %1 was revealed. Wait for the next round.")
                    .arg(m_round.number)};
    if (!m_round.candidateIds.contains(candidateId))
        return {Refusal::NotInRound, tr("That candidate is not being scored in this round.")};
    Ballot ballot;
    ballot.participant = ballotName(participant);
    ballot.candidateId = candidateId;
    ballot.values = values;
    ballot.reason = reason;
    ballot.at = QDateTime::currentDateTimeUtc();
    if (const Status checked = checkBallot(m_workshop, m_round, ballot); !checked)
        return {Refusal::BadBallot, checked.error()};
    if (m_recorder)
        if (const Status recorded = m_recorder(ballot); !recorded)
            return {Refusal::BadBallot, recorded.error()};
    const auto same = [&](const Ballot &b) {
        return b.candidateId == candidateId && b.participant == ballot.participant;
    };
    const auto it = std::find_if(m_round.ballots.begin(), m_round.ballots.end(), same);
    if (it != m_round.ballots.end())
        *it = ballot;
    else
        m_round.ballots.append(ballot);
    Q_EMIT ballotsChanged();
    if (m_autoReveal && everyoneVoted())
        m_autoTimer->start();
    return ballot;
}

QList<Ballot> RoomSession::ballotsOf(int participant) const
{
    QList<Ballot> own;
    if (!m_hasRound || participant < 0 || participant >= m_participants.size())
        return own;
    const QString name = ballotName(participant);
    for (const Ballot &b : m_round.ballots)
        if (b.participant == name)
            own.append(b);
    return own;
}

QStringList RoomSession::finished() const
{
    QStringList names;
    if (!m_hasRound)
        return names;
    for (int i = 0; i < m_participants.size(); ++i) {
        const QString name = ballotName(i);
        const auto count = std::count_if(m_round.ballots.cbegin(), m_round.ballots.cend(),
                                         [&](const Ballot &b) { return b.participant == name; });
        if (count == m_round.candidateIds.size())
            names.append(name);
    }
    return names;
}

int RoomSession::ballotCount(int candidateId) const
{
    return int(std::count_if(m_round.ballots.cbegin(), m_round.ballots.cend(),
                             [&](const Ballot &b) { return b.candidateId == candidateId; }));
}

bool RoomSession::everyoneVoted() const
{
    return m_hasRound && !m_participants.isEmpty() && finished().size() == m_participants.size();
}

} // namespace cutline::room
