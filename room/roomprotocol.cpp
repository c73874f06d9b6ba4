#include "room/roomprotocol.h"

#include "core/room/roomlogic.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace cutline::room {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("cutline::room::RoomProtocol", text);
}

Answer<Request> bad(const QString &message)
{
    return {Refusal::BadMessage, message};
}

Answer<Request> readUnlock(const QJsonObject &o)
{
    if (!o.value(QLatin1String("pin")).isString())
        return bad(trText("An unlock needs \"pin\" as text."));
    return Request(UnlockRequest{o.value(QLatin1String("pin")).toString().left(16)});
}

Answer<Request> readJoin(const QJsonObject &o)
{
    const QJsonValue pin = o.value(QLatin1String("pin"));
    if (!o.value(QLatin1String("name")).isString() || !(pin.isString() || pin.isUndefined()))
        return bad(trText("A join needs \"name\" (and \"pin\" unless unlocked) as text."));
    return Request(JoinRequest{o.value(QLatin1String("name")).toString(),
                               o.value(QLatin1String("pin")).toString()});
}

Answer<Request> readResume(const QJsonObject &o)
{
    const QString secret = o.value(QLatin1String("secret")).toString();
    if (secret.isEmpty() || secret.size() > 64)
        return bad(trText("A resume needs the \"secret\" this room gave the phone."));
    return Request(ResumeRequest{secret.toLatin1()});
}

Answer<Request> readBallot(const QJsonObject &o)
{
    const QJsonValue candidate = o.value(QLatin1String("candidate"));
    const double id = candidate.toDouble(-1);
    if (!candidate.isDouble() || id < 1 || id > 1e9 || id != std::floor(id))
        return bad(trText("A ballot needs \"candidate\": the candidate's id."));
    const QJsonValue values = o.value(QLatin1String("values"));
    if (!values.isObject() || values.toObject().size() > 32)
        return bad(trText("A ballot needs \"values\": an object of input → number."));
    BallotRequest request;
    request.candidateId = int(id);
    const QJsonObject map = values.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isDouble() || it.key().size() > 64)
            return bad(trText("The value of \"%1\" is not a number.").arg(it.key().left(64)));
        request.values.insert(it.key(), it.value().toDouble());
    }
    const QJsonValue reason = o.value(QLatin1String("reason"));
    if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
        return bad(trText("The reason must be text."));
    request.reason = reason.toString().trimmed();
    if (request.reason.size() > kMaxReasonLength || request.reason.contains(QLatin1Char('\n')))
        return {
            Refusal::BadBallot,
            trText("The reason must be one line of at most %1 characters.").arg(kMaxReasonLength)};
    return Request(request);
}

QByteArray toText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray ownBallots(const RoomSession &session, int participant)
{
    QJsonArray list;
    for (const Ballot &b : session.ballotsOf(participant))
        list.append(ballotJson(b));
    return list;
}

QJsonObject spreadJson(const CandidateSpread &spread, bool anonymous)
{
    QJsonArray inputs;
    for (const InputSpread &s : spread.inputs) {
        QJsonArray values;
        for (double v : s.values)
            values.append(v);
        inputs.append(QJsonObject{{QStringLiteral("input"), s.input},
                                  {QStringLiteral("values"), values},
                                  {QStringLiteral("median"), s.median},
                                  {QStringLiteral("q1"), s.q1},
                                  {QStringLiteral("q3"), s.q3},
                                  {QStringLiteral("min"), s.min},
                                  {QStringLiteral("max"), s.max},
                                  {QStringLiteral("diverges"), s.diverges}});
    }
    QJsonObject o{{QStringLiteral("candidate"), spread.candidateId},
                  {QStringLiteral("ballots"), spread.ballots},
                  {QStringLiteral("inputs"), inputs},
                  {QStringLiteral("diverges"), spread.diverges},
                  {QStringLiteral("couldChangePlan"), spread.couldChangePlan},
                  {QStringLiteral("acceptChangesPlan"), spread.acceptChangesPlan}};
    if (!anonymous) {
        o.insert(QStringLiteral("explainHigh"), spread.explainHigh);
        o.insert(QStringLiteral("explainLow"), spread.explainLow);
    }
    return o;
}

} // namespace

Answer<Request> parseRequest(const QByteArray &message)
{
    if (message.size() > kMaxMessageBytes)
        return {Refusal::TooLarge,
                trText("The message is larger than %1 bytes.").arg(kMaxMessageBytes)};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(message, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(trText("The message is not a JSON object."));
    const QJsonObject o = doc.object();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("unlock"))
        return readUnlock(o);
    if (type == QLatin1String("join"))
        return readJoin(o);
    if (type == QLatin1String("resume"))
        return readResume(o);
    if (type == QLatin1String("ballot"))
        return readBallot(o);
    if (type == QLatin1String("ping"))
        return Request(PingRequest{});
    return bad(trText("Unknown message type \"%1\".").arg(type.left(32)));
}

QJsonObject ballotJson(const Ballot &ballot)
{
    QJsonObject values;
    for (auto it = ballot.values.cbegin(); it != ballot.values.cend(); ++it)
        values.insert(it.key(), it.value());
    return {{QStringLiteral("candidate"), ballot.candidateId},
            {QStringLiteral("values"), values},
            {QStringLiteral("reason"), ballot.reason},
            {QStringLiteral("at"), ballot.at.toString(Qt::ISODateWithMs)}};
}

QJsonObject roundJson(const RoomSession &session)
{
    if (!session.hasRound())
        return {{QStringLiteral("state"), QStringLiteral("waiting")}};
    const RoomRound &round = session.round();
    const Workshop &workshop = session.workshop();
    QJsonArray inputs;
    for (const InputSpec &spec : ballotInputs(workshop)) {
        if (!round.inputs.contains(spec.id))
            continue;
        inputs.append(QJsonObject{{QStringLiteral("id"), spec.id},
                                  {QStringLiteral("label"), spec.label},
                                  {QStringLiteral("min"), spec.min},
                                  {QStringLiteral("max"), spec.max},
                                  {QStringLiteral("step"), spec.step},
                                  {QStringLiteral("ratio"), spec.ratio},
                                  {QStringLiteral("optional"), spec.optional}});
    }
    // Only what a participant needs to judge: key, title, the problem. Nothing else of the
    // workshop leaves the laptop.
    QJsonArray candidates;
    for (int id : round.candidateIds) {
        const Candidate *c = workshop.candidate(id);
        if (!c)
            continue;
        candidates.append(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("key"), c->key},
                                      {QStringLiteral("title"), c->title},
                                      {QStringLiteral("problem"), c->problem}});
    }
    QJsonObject o{{QStringLiteral("number"), round.number},
                  {QStringLiteral("mode"), round.mode == RoundMode::Live ? QStringLiteral("live")
                                                                         : QStringLiteral("sweep")},
                  {QStringLiteral("anonymous"), round.anonymous},
                  {QStringLiteral("state"),
                   round.revealed() ? QStringLiteral("revealed") : QStringLiteral("open")},
                  {QStringLiteral("unit"), workshop.capacityUnit},
                  {QStringLiteral("inputs"), inputs},
                  {QStringLiteral("candidates"), candidates}};
    if (session.deadline().isValid())
        o.insert(QStringLiteral("secondsLeft"),
                 double(std::max<qint64>(
                     0, QDateTime::currentDateTimeUtc().secsTo(session.deadline()))));
    return o;
}

QByteArray welcomeMessage(const RoomSession &session, int participant)
{
    const Participant &p = session.participant(participant);
    return toText({{QStringLiteral("type"), QStringLiteral("welcome")},
                   {QStringLiteral("name"), p.name},
                   {QStringLiteral("secret"), QString::fromLatin1(p.secret)},
                   {QStringLiteral("workshop"), session.workshop().title}});
}

QByteArray roundMessage(const RoomSession &session, int participant)
{
    return toText({{QStringLiteral("type"), QStringLiteral("round")},
                   {QStringLiteral("round"), roundJson(session)},
                   {QStringLiteral("ballots"), ownBallots(session, participant)}});
}

QByteArray savedMessage(const Ballot &ballot)
{
    return toText({{QStringLiteral("type"), QStringLiteral("saved")},
                   {QStringLiteral("ballot"), ballotJson(ballot)}});
}

QByteArray progressMessage(const RoomSession &session)
{
    // How many, never who voted what.
    return toText({{QStringLiteral("type"), QStringLiteral("progress")},
                   {QStringLiteral("participants"), int(session.participants().size())},
                   {QStringLiteral("finished"), int(session.finished().size())}});
}

QByteArray revealMessage(const RoomSession &session)
{
    QJsonArray spreads;
    if (session.hasRound() && session.round().revealed())
        for (const CandidateSpread &s : discussionQueue(session.workshop(), session.round()))
            spreads.append(spreadJson(s, session.round().anonymous));
    return toText({{QStringLiteral("type"), QStringLiteral("reveal")},
                   {QStringLiteral("number"), session.hasRound() ? session.round().number : 0},
                   {QStringLiteral("spreads"), spreads}});
}

QByteArray errorMessage(Refusal refusal, const QString &message)
{
    return toText({{QStringLiteral("type"), QStringLiteral("error")},
                   {QStringLiteral("code"), refusalId(refusal)},
                   {QStringLiteral("message"), message}});
}

QByteArray closedMessage(const QString &message)
{
    return toText(
        {{QStringLiteral("type"), QStringLiteral("closed")}, {QStringLiteral("message"), message}});
}

} // namespace cutline::room
