// The room's messages (docs/room.md): what the server sends phones, as JSON text, and the
// strict reading of what phones send. Every outgoing message is built here, so what a phone
// can learn is decided in one file: before the reveal only the phone's own ballots.
#pragma once

#include "core/model/workshop.h"
#include "core/room/roomlogic.h"
#include "core/room/round.h"
#include "room/roomsession.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <variant>

namespace cutline::room {

constexpr int kMaxMessageBytes = 16 * 1024;

// What a phone asked for, read strictly: anything else is refused as a bad message.
struct UnlockRequest
{
    QString pin;
};
struct JoinRequest
{
    QString name;
    QString pin; // may be empty on a connection that was unlocked
};
struct ResumeRequest
{
    QByteArray secret;
};
struct BallotRequest
{
    int candidateId = 0;
    QMap<QString, double> values;
    QString reason;
};
struct PingRequest
{
};
using Request = std::variant<UnlockRequest, JoinRequest, ResumeRequest, BallotRequest, PingRequest>;

Answer<Request> parseRequest(const QByteArray &message);

// Server → phone.
QByteArray welcomeMessage(const RoomSession &session, int participant);
QByteArray roundMessage(const RoomSession &session, int participant);
QByteArray savedMessage(const Ballot &ballot);
QByteArray progressMessage(const RoomSession &session);
QByteArray revealMessage(const RoomSession &session);
QByteArray errorMessage(Refusal refusal, const QString &message);
QByteArray closedMessage(const QString &message);

// Parts, for the tests and the desktop.
QJsonObject ballotJson(const Ballot &ballot);
QJsonObject roundJson(const RoomSession &session);

} // namespace cutline::room
