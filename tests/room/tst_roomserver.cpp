// The room's protocol end to end over real sockets: many phones join with the PIN, vote
// blind, are acknowledged, drop and come back with their ballots, see the reveal; refusals
// carry their message; nothing before the reveal carries another person's value.
#include "core/room/roomlogic.h"
#include "core/sample/sampleworkshop.h"
#include "room/roomprotocol.h"
#include "room/roomserver.h"
#include "room/roomsession.h"
#include "tests/room/phone.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace cutline;
using namespace cutline::room;
using cutline::test::Phone;

namespace {

QList<int> undecided(const Workshop &w)
{
    QList<int> ids;
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Undecided)
            ids.append(c.id);
    return ids;
}

QByteArray httpGet(quint16 port, const QByteArray &request)
{
    // The server runs in this thread: wait with the event loop turning, never blocked.
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(request); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && socket.state() != QAbstractSocket::UnconnectedState)
        QTest::qWait(5);
    return answer;
}

} // namespace

class TestRoomServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<RoomSession> session;
    std::unique_ptr<RoomServer> server;
    QList<Phone *> phones;

    Phone *newPhone()
    {
        auto *phone = new Phone(server->joinUrl(), this);
        phones.append(phone);
        return phone;
    }

    Phone *joinedPhone(const QString &name)
    {
        Phone *phone = newPhone();
        if (!phone->connectToRoom())
            return nullptr;
        const QJsonObject welcome = phone->join(name, session->pin());
        return welcome.value("type") == "welcome" ? phone : nullptr;
    }

    QJsonObject roundOf(Phone *phone)
    {
        return phone->waitFor("round", 5000, 0).value("round").toObject();
    }

private Q_SLOTS:
    void init()
    {
        session = std::make_unique<RoomSession>(sampleWorkshop());
        server = std::make_unique<RoomServer>(session.get());
        QVERIFY(server->listen(QHostAddress::LocalHost).ok());
        QVERIFY(session->openRound(RoundMode::Sweep, false, undecided(session->workshop())).ok());
    }

    void cleanup()
    {
        qDeleteAll(phones);
        phones.clear();
        server.reset();
        session.reset();
    }

    void joinNeedsThePin()
    {
        Phone *phone = newPhone();
        QVERIFY(phone->connectToRoom());
        QCOMPARE(phone->waitFor("hello").value("needPin").toBool(), true);
        const QString wrong = session->pin() == "0000" ? "1111" : "0000";
        const QJsonObject refused = phone->join("Ana", wrong);
        QCOMPARE(refused.value("code").toString(), "wrong_pin");
        QCOMPARE(refused.value("message").toString(),
                 "Wrong PIN. Type the four digits shown on the projector.");
        QVERIFY(!phone->has("round")); // nothing of the workshop before the PIN
        QVERIFY(session->participants().isEmpty());
        const QJsonObject welcome = phone->join("Ana", session->pin());
        QCOMPARE(welcome.value("type").toString(), "welcome");
        QCOMPARE(welcome.value("name").toString(), "Ana");
        QVERIFY(welcome.value("secret").toString().size() >= 22);
    }

    void unlockShowsTheRoundBeforeTheName()
    {
        Phone *phone = newPhone();
        QVERIFY(phone->connectToRoom());
        const QString wrong = session->pin() == "0000" ? "1111" : "0000";
        phone->sendJson({{"type", "unlock"}, {"pin", wrong}});
        QCOMPARE(phone->waitFor("error").value("code").toString(), "wrong_pin");
        QVERIFY(!phone->has("round"));
        phone->sendJson({{"type", "unlock"}, {"pin", session->pin()}});
        const QJsonObject round = phone->waitFor("round").value("round").toObject();
        QCOMPARE(round.value("candidates").toArray().size(), session->round().candidateIds.size());
        QVERIFY(session->participants().isEmpty());
        // A ballot still needs a name; then the join needs no PIN on this connection.
        const int id = round.value("candidates").toArray().first().toObject().value("id").toInt();
        phone->mark = int(phone->received().size());
        phone->sendJson(
            {{"type", "ballot"}, {"candidate", id}, {"values", test::ballotValues(round, 1)}});
        QCOMPARE(phone->waitFor("error").value("code").toString(), "not_joined");
        phone->sendJson({{"type", "join"}, {"name", "Ana"}});
        QCOMPARE(phone->waitFor("welcome").value("name").toString(), "Ana");
        QCOMPARE(session->participants().size(), 1);
    }

    void theRoundCarriesOnlyKeyTitleAndProblem()
    {
        Phone *phone = joinedPhone("Ana");
        QVERIFY(phone);
        const QJsonObject round = roundOf(phone);
        QCOMPARE(round.value("state").toString(), "open");
        QCOMPARE(round.value("candidates").toArray().size(), session->round().candidateIds.size());
        for (const QJsonValue &v : round.value("candidates").toArray()) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.keys(), QStringList({"id", "key", "problem", "title"}));
            const Candidate *candidate = session->workshop().candidate(c.value("id").toInt());
            QVERIFY(candidate);
            QCOMPARE(c.value("title").toString(), candidate->title);
        }
        QCOMPARE(round.value("inputs").toArray().size(), ballotInputs(session->workshop()).size());
    }

    void wrongPinsAreRateLimited()
    {
        Phone *phone = newPhone();
        QVERIFY(phone->connectToRoom());
        const QString wrong = session->pin() == "0000" ? "1111" : "0000";
        for (int i = 0; i < kPinAttemptsPerMinute; ++i)
            QCOMPARE(phone->join("Ana", wrong).value("code").toString(), "wrong_pin");
        const QJsonObject limited = phone->join("Ana", session->pin());
        QCOMPARE(limited.value("code").toString(), "too_many_pins");
        QCOMPARE(limited.value("message").toString(),
                 "Too many wrong PINs from this device. Wait a minute, then type the PIN shown on "
                 "the projector.");
        QVERIFY(session->participants().isEmpty());
    }

    void joinRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "   "
                               << "bad_name"
                               << "Type your name (one line, at most 60 characters).";
        QTest::newRow("too long") << QString(61, 'x') << "bad_name"
                                  << "Type your name (one line, at most 60 characters).";
        QTest::newRow("taken") << "ana"
                               << "name_taken"
                               << "Someone in the room already uses the name \"ana\". Add an "
                                  "initial.";
    }

    void joinRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QVERIFY(joinedPhone("Ana"));
        Phone *phone = newPhone();
        QVERIFY(phone->connectToRoom());
        const QJsonObject refused = phone->join(name, session->pin());
        QCOMPARE(refused.value("code").toString(), code);
        QCOMPARE(refused.value("message").toString(), message);
        QCOMPARE(session->participants().size(), 1);
    }

    void unknownSecretIsRefused()
    {
        Phone *phone = newPhone();
        QVERIFY(phone->connectToRoom());
        phone->sendJson({{"type", "resume"}, {"secret", "not-a-secret-of-this-room"}});
        const QJsonObject refused = phone->waitFor("error");
        QCOMPARE(refused.value("code").toString(), "unknown_participant");
        QCOMPARE(refused.value("message").toString(),
                 "This phone is not known in this room (a new room was opened?). Join again "
                 "with the PIN.");
    }

    void aBallotIsAcknowledgedAndComesBackAfterAReconnect()
    {
        Phone *phone = joinedPhone("Ana");
        QVERIFY(phone);
        const QJsonObject round = roundOf(phone);
        const int id = round.value("candidates").toArray().first().toObject().value("id").toInt();
        const QJsonObject values = test::ballotValues(round, 1);
        phone->sendJson(
            {{"type", "ballot"}, {"candidate", id}, {"values", values}, {"reason", "seen it"}});
        const QJsonObject saved = phone->waitFor("saved").value("ballot").toObject();
        QCOMPARE(saved.value("candidate").toInt(), id);
        QCOMPARE(saved.value("values").toObject(), values);
        QCOMPARE(session->ballotCount(id), 1);

        // The phone drops and comes back with its secret: its own ballot is returned.
        const QString secret = phone->secret;
        phone->socket().abort();
        Phone *back = newPhone();
        QVERIFY(back->connectToRoom());
        QCOMPARE(back->resume(secret).value("name").toString(), "Ana");
        const QJsonObject again = back->waitFor("round");
        const QJsonArray ballots = again.value("ballots").toArray();
        QCOMPARE(ballots.size(), 1);
        QCOMPARE(ballots.first().toObject().value("values").toObject(), values);
        QCOMPARE(ballots.first().toObject().value("reason").toString(), "seen it");
        QCOMPARE(session->participants().size(), 1);
    }

    void badBallotsAreRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown candidate") << R"({"type":"ballot","candidate":999999,"values":{}})"
                                           << "not_in_round";
        QTest::newRow("value a string")
            << R"({"type":"ballot","candidate":1,"values":{"impact":"ten"}})"
            << "bad_message";
        QTest::newRow("no values") << R"({"type":"ballot","candidate":1})"
                                   << "bad_message";
        QTest::newRow("impact off its scale")
            << R"({"type":"ballot","candidate":1,"values":{"impact":11}})"
            << "bad_ballot";
        QTest::newRow("two-line reason")
            << R"({"type":"ballot","candidate":1,"values":{},"reason":"a\nb"})"
            << "bad_ballot";
        QTest::newRow("not JSON") << "{ballot"
                                  << "bad_message";
        QTest::newRow("unknown type") << R"({"type":"reveal"})"
                                      << "bad_message";
    }

    void badBallotsAreRefusedAndNothingIsStored()
    {
        QFETCH(QString, json);
        QFETCH(QString, code);
        Phone *phone = joinedPhone("Ana");
        QVERIFY(phone);
        phone->mark = int(phone->received().size());
        phone->sendRaw(json);
        const QJsonObject refused = phone->waitFor("error");
        QCOMPARE(refused.value("code").toString(), code);
        QVERIFY(!refused.value("message").toString().isEmpty());
        QVERIFY(session->round().ballots.isEmpty());
    }

    void aBallotBeforeJoiningIsRefused()
    {
        Phone *phone = newPhone();
        QVERIFY(phone->connectToRoom());
        phone->sendRaw(R"({"type":"ballot","candidate":1,"values":{"impact":5}})");
        const QJsonObject refused = phone->waitFor("error");
        QCOMPARE(refused.value("code").toString(), "not_joined");
        QCOMPARE(refused.value("message").toString(), "Join the room before voting.");
    }

    void fortyPhonesVoteBlindThenSeeTheReveal()
    {
        QList<Phone *> room;
        for (int i = 0; i < 40; ++i) {
            Phone *phone = joinedPhone(QStringLiteral("Person %1").arg(i));
            QVERIFY2(phone, qPrintable(QStringLiteral("phone %1 could not join").arg(i)));
            room.append(phone);
        }
        const QJsonObject round = roundOf(room.first());
        const QJsonArray candidates = round.value("candidates").toArray();
        QMap<int, QList<QJsonObject>> sent; // candidate → every ballot's values
        for (int i = 0; i < room.size(); ++i)
            for (const QJsonValue &c : candidates) {
                const int id = c.toObject().value("id").toInt();
                const QJsonObject values = test::ballotValues(round, i + id);
                sent[id].append(values);
                room[i]->sendJson({{"type", "ballot"}, {"candidate", id}, {"values", values}});
            }
        QTRY_COMPARE_WITH_TIMEOUT(session->finished().size(), 40, 10000);
        for (Phone *phone : room)
            QTRY_COMPARE(
                std::count_if(phone->received().cbegin(), phone->received().cend(),
                              [](const QJsonObject &m) { return m.value("type") == "saved"; }),
                qsizetype(candidates.size()));

        // Before the reveal, no phone received a value it did not send itself.
        for (int i = 0; i < room.size(); ++i)
            for (const QJsonObject &m : room[i]->received()) {
                const QString type = m.value("type").toString();
                QVERIFY2(type != "reveal", "a reveal before the reveal");
                if (type == "saved")
                    QCOMPARE(m.value("ballot").toObject().value("values").toObject(),
                             sent[m.value("ballot").toObject().value("candidate").toInt()][i]);
                if (type == "round")
                    for (const QJsonValue &b : m.value("ballots").toArray())
                        QCOMPARE(b.toObject().value("values").toObject(),
                                 sent[b.toObject().value("candidate").toInt()][i]);
                for (int other = 0; other < room.size(); ++other)
                    if (other != i)
                        QVERIFY(!QJsonDocument(m).toJson().contains(
                            QStringLiteral("Person %1\"").arg(other).toUtf8()));
            }

        QVERIFY(session->reveal().ok());
        for (Phone *phone : room) {
            const QJsonObject reveal = phone->waitFor("reveal");
            QVERIFY(!reveal.isEmpty());
            const QJsonArray spreads = reveal.value("spreads").toArray();
            QCOMPARE(spreads.size(), candidates.size());
            for (const QJsonValue &s : spreads) {
                const QJsonObject spread = s.toObject();
                const int id = spread.value("candidate").toInt();
                QCOMPARE(spread.value("ballots").toInt(), 40);
                for (const QJsonValue &in : spread.value("inputs").toArray()) {
                    const QString input = in.toObject().value("input").toString();
                    QList<double> expected;
                    for (const QJsonObject &values : sent[id])
                        if (values.contains(input))
                            expected.append(values.value(input).toDouble());
                    std::sort(expected.begin(), expected.end());
                    QList<double> got;
                    for (const QJsonValue &v : in.toObject().value("values").toArray())
                        got.append(v.toDouble());
                    QCOMPARE(got, expected);
                }
            }
        }
    }

    void ballotsLockAtTheReveal()
    {
        Phone *phone = joinedPhone("Ana");
        QVERIFY(phone);
        const QJsonObject round = roundOf(phone);
        const int id = round.value("candidates").toArray().first().toObject().value("id").toInt();
        QVERIFY(session->reveal().ok());
        QVERIFY(!phone->waitFor("reveal").isEmpty());
        phone->sendJson(
            {{"type", "ballot"}, {"candidate", id}, {"values", test::ballotValues(round, 2)}});
        const QJsonObject refused = phone->waitFor("error");
        QCOMPARE(refused.value("code").toString(), "locked");
        QCOMPARE(refused.value("message").toString(),
                 "Ballots are locked: round 1 was revealed. Wait for the next round.");
        QVERIFY(session->round().ballots.isEmpty());
        QCOMPARE(session->reveal().error(), "Round 1 has been revealed already.");
    }

    void anonymousRoundCarriesNoNames()
    {
        QVERIFY(session->reveal().ok());
        QVERIFY(session->openRound(RoundMode::Sweep, true, undecided(session->workshop())).ok());
        Phone *ana = joinedPhone("Ana Secret");
        Phone *ben = joinedPhone("Ben Hidden");
        QVERIFY(ana && ben);
        const QJsonObject round = roundOf(ana);
        QVERIFY(round.value("anonymous").toBool());
        const int id = round.value("candidates").toArray().first().toObject().value("id").toInt();
        ana->sendJson(
            {{"type", "ballot"}, {"candidate", id}, {"values", test::ballotValues(round, 0)}});
        ben->sendJson(
            {{"type", "ballot"}, {"candidate", id}, {"values", test::ballotValues(round, 5)}});
        QTRY_COMPARE(session->ballotCount(id), 2);
        for (const Ballot &b : session->round().ballots)
            QVERIFY(b.participant.startsWith("Participant "));
        QVERIFY(session->reveal().ok());
        for (Phone *phone : {ana, ben}) {
            QVERIFY(!phone->waitFor("reveal").isEmpty());
            for (const QString &raw : phone->raw()) {
                if (raw.contains("\"welcome\""))
                    continue; // the phone's own name, sent to it alone
                QVERIFY2(!raw.contains("Ana Secret") && !raw.contains("Ben Hidden"),
                         qPrintable(raw));
                QVERIFY(!raw.contains("explainHigh"));
            }
        }
    }

    void autoRevealWaitsForLateJoiners()
    {
        session->setAutoReveal(true, 300);
        Phone *ana = joinedPhone("Ana");
        QVERIFY(ana);
        const QJsonObject round = roundOf(ana);
        for (const QJsonValue &c : round.value("candidates").toArray())
            ana->sendJson({{"type", "ballot"},
                           {"candidate", c.toObject().value("id").toInt()},
                           {"values", test::ballotValues(round, 3)}});
        QTRY_COMPARE(session->finished().size(), 1);
        QVERIFY(joinedPhone("Ben")); // joins within the grace: the round stays open
        QTest::qWait(600);
        QVERIFY(!session->round().revealed());
    }

    void autoRevealWhenEveryoneHasVoted()
    {
        session->setAutoReveal(true, 300);
        Phone *phone = joinedPhone("Ana");
        QVERIFY(phone);
        const QJsonObject round = roundOf(phone);
        for (const QJsonValue &c : round.value("candidates").toArray())
            phone->sendJson({{"type", "ballot"},
                             {"candidate", c.toObject().value("id").toInt()},
                             {"values", test::ballotValues(round, 3)}});
        QVERIFY(!phone->waitFor("reveal").isEmpty());
        QVERIFY(session->round().revealed());
    }

    void aLiveRoundRevealsWhenItsTimerEnds()
    {
        QVERIFY(session->reveal().ok());
        const int first = undecided(session->workshop()).first();
        QVERIFY(session->openRound(RoundMode::Live, false, {first}).ok());
        Phone *phone = joinedPhone("Ana");
        QVERIFY(phone);
        session->setDeadline(QDateTime::currentDateTimeUtc().addMSecs(300));
        QVERIFY(!phone->waitFor("reveal", 5000).isEmpty());
        QVERIFY(session->round().revealed());
    }

    void aCandidateGetsAtMostThreeRounds()
    {
        const int first = undecided(session->workshop()).first();
        Workshop w = session->workshop();
        for (int n = 1; n <= kMaxRounds; ++n) {
            RoomRound r;
            r.number = n;
            r.candidateIds = {first};
            r.openedAt = r.revealedAt = QDateTime::currentDateTimeUtc();
            w.rounds.append(r);
        }
        session->setWorkshop(w);
        QVERIFY(session->reveal().ok());
        const Status refused = session->openRound(RoundMode::Live, false, {first});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 QStringLiteral("%1 has had 3 rounds already; accept or override its estimate.")
                     .arg(w.candidate(first)->key));
    }

    void openingARoundBeforeTheRevealIsRefused()
    {
        const Status refused =
            session->openRound(RoundMode::Sweep, false, undecided(session->workshop()));
        QCOMPARE(refused.error(), "Reveal the current round before opening another.");
    }

    void thePageIsServedOnlyWithTheToken()
    {
        const quint16 port = server->port();
        const QByteArray page = httpGet(port, "GET /join/" + session->token().toLatin1() +
                                                  " HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(page.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(page.contains("Content-Security-Policy: default-src 'none'"));
        QVERIFY(page.contains("<script src=\"/room.js\""));
        const QByteArray wrong =
            httpGet(port, "GET /join/AAAAAAAAAAAAAAAAAAAAAAAA HTTP/1.1\r\n\r\n");
        QVERIFY(wrong.startsWith("HTTP/1.1 403 Forbidden\r\n"));
        QVERIFY(wrong.contains("This room link is wrong or from an older room."));
        // Styled by the room's stylesheet: the policy refuses inline styles.
        QVERIFY(wrong.contains("<link rel=\"stylesheet\" href=\"/room.css\">"));
        QVERIFY(!wrong.contains("style="));
        QVERIFY(httpGet(port, "GET /room.js HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 200 OK"));
        QVERIFY(httpGet(port, "GET /etc/passwd HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404"));
        QVERIFY(httpGet(port, "POST /join/x HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
                    .startsWith("HTTP/1.1 400"));
        QVERIFY(httpGet(port, "DELETE /room.js HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 405"));
        QVERIFY(httpGet(port, "GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n")
                    .startsWith("HTTP/1.1 431"));
        QVERIFY(httpGet(port, "garbage\r\n\r\n").startsWith("HTTP/1.1 400"));
    }

    void aWebSocketWithAWrongTokenIsRefused()
    {
        QUrl url = server->joinUrl();
        url.setPath("/join/wrongwrongwrongwrongwron");
        Phone phone(url);
        QVERIFY(!phone.connectToRoom(2000));
        QCOMPARE(session->participants().size(), 0);
        const QByteArray answer =
            httpGet(server->port(), "GET /ws/wrong HTTP/1.1\r\nUpgrade: websocket\r\nConnection: "
                                    "Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                    "Sec-WebSocket-Version: 13\r\n\r\n");
        QVERIFY(answer.startsWith("HTTP/1.1 403"));
    }

    void closingTheRoomTellsThePhonesAndStopsListening()
    {
        Phone *phone = joinedPhone("Ana");
        QVERIFY(phone);
        QSignalSpy disconnected(&phone->socket(), &QWebSocket::disconnected);
        const quint16 port = server->port();
        server->close();
        QCOMPARE(phone->waitFor("closed").value("message").toString(),
                 "The facilitator closed the room. Thank you!");
        QVERIFY(disconnected.wait(3000) || disconnected.size() == 1);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(1000));
    }
};

QTEST_GUILESS_MAIN(TestRoomServer)
#include "tst_roomserver.moc"
