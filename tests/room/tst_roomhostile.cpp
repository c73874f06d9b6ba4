// Hostile input: 10,000 malformed, oversized, out-of-order and wrong-token messages leave the
// room running, bounded and unchanged — nothing is stored from a bad message.
#include "core/sample/sampleworkshop.h"
#include "room/httprequest.h"
#include "room/roomprotocol.h"
#include "room/roomserver.h"
#include "room/roomsession.h"
#include "tests/room/phone.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace cutline;
using namespace cutline::room;
using cutline::test::Phone;

namespace {

// The bad messages, by kind; `i` varies them.
QString badMessage(int i, int firstCandidate)
{
    switch (i % 12) {
    case 0:
        return QStringLiteral("{\"type\":\"ballot\",\"candidate\":%1").arg(i); // cut short
    case 1:
        return QString(kMaxMessageBytes + 100, QLatin1Char('x')); // oversized
    case 2:
        return QStringLiteral("[1,2,3]");
    case 3:
        return QStringLiteral("{\"type\":\"ballot\",\"candidate\":%1,\"values\":{\"impact\":5}}")
            .arg(firstCandidate); // before joining
    case 4:
        return QStringLiteral("{\"type\":\"resume\",\"secret\":\"%1\"}").arg(i); // wrong secret
    case 5:
        return QStringLiteral("{\"type\":\"ballot\",\"candidate\":1e999,\"values\":{}}");
    case 6:
        return QString(2000, QLatin1Char('[')); // deep nesting
    case 7:
        return QStringLiteral("{\"type\":\"reveal\"}"); // a phone may not reveal
    case 8:
        return QStringLiteral("{\"type\":\"join\",\"name\":{\"x\":1},\"pin\":[1]}");
    case 9:
        return QStringLiteral("{\"type\":\"ballot\",\"candidate\":-5,\"values\":[]}");
    case 10:
        return QStringLiteral("{\"type\":null}");
    default:
        return QStringLiteral("\xEF\xBF\xBD\x01\x02 not json %1").arg(i);
    }
}

} // namespace

class TestRoomHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenThousandBadMessagesChangeNothing()
    {
        RoomSession session(sampleWorkshop());
        RoomServer server(&session);
        QVERIFY(server.listen(QHostAddress::LocalHost).ok());
        QList<int> ids;
        for (const Candidate &c : session.workshop().candidates)
            ids.append(c.id);
        QVERIFY(session.openRound(RoundMode::Sweep, false, ids).ok());

        // One honest participant with one ballot.
        Phone honest(server.joinUrl());
        QVERIFY(honest.connectToRoom());
        QCOMPARE(honest.join("Ana", session.pin()).value("type").toString(), "welcome");
        const QJsonObject round = honest.waitFor("round").value("round").toObject();
        const QJsonObject values = test::ballotValues(round, 2);
        honest.sendJson({{"type", "ballot"}, {"candidate", ids.first()}, {"values", values}});
        QVERIFY(!honest.waitFor("saved").isEmpty());
        const RoomRound before = session.round();

        // 10,000 bad messages over 20 connections, as fast as they go.
        QList<Phone *> attackers;
        for (int c = 0; c < 20; ++c) {
            auto *phone = new Phone(server.joinUrl(), this);
            QVERIFY(phone->connectToRoom());
            attackers.append(phone);
        }
        for (int i = 0; i < 10000; ++i) {
            Phone *phone = attackers[i % attackers.size()];
            if (i % 97 == 0)
                phone->socket().sendBinaryMessage(QByteArray(64, '\0'));
            else
                phone->sendRaw(badMessage(i, ids.first()));
            if (i % 500 == 0)
                QTest::qWait(1);
        }
        QTest::qWait(500);

        // A wrong token at the door, a hundred times.
        QUrl wrong = server.joinUrl();
        wrong.setPath(QStringLiteral("/join/") + QString(24, QLatin1Char('A')));
        for (int i = 0; i < 100; ++i) {
            Phone intruder(wrong);
            QVERIFY(!intruder.connectToRoom(500));
        }

        // Still running, nothing stored, nobody joined, connections bounded.
        QVERIFY(server.isListening());
        QCOMPARE(session.round(), before);
        QCOMPARE(session.participants().size(), 1);
        QVERIFY(server.connectionCount() <= kMaxConnections);
        // The honest phone comes back on a new connection with its ballot.
        Phone back(server.joinUrl());
        QVERIFY(back.connectToRoom());
        QCOMPARE(back.resume(honest.secret).value("name").toString(), "Ana");
        const QJsonArray own = back.waitFor("round").value("ballots").toArray();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().toObject().value("values").toObject(), values);
        qDeleteAll(attackers);
    }

    void aFloodIsCutOff()
    {
        RoomSession session(sampleWorkshop());
        RoomServer server(&session);
        QVERIFY(server.listen(QHostAddress::LocalHost).ok());
        Phone flood(server.joinUrl());
        QVERIFY(flood.connectToRoom());
        for (int i = 0; i < kBurstMessages + kMaxStrikes + 50; ++i)
            flood.sendRaw(QStringLiteral("{\"type\":\"ping\"}"));
        QTRY_COMPARE_WITH_TIMEOUT(flood.socket().state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(flood.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void theParserRefusesRandomBytes()
    {
        // Random and mutated messages straight into the parser: refused or read, never a crash.
        QRandomGenerator random(12);
        const QByteArray valid =
            R"({"type":"ballot","candidate":3,"values":{"impact":5},"reason":"x"})";
        int refused = 0;
        for (int i = 0; i < 10000; ++i) {
            QByteArray message = valid;
            if (i % 2) {
                message = QByteArray(random.bounded(1, 300), Qt::Uninitialized);
                for (char &c : message)
                    c = char(random.bounded(256));
            } else {
                for (int k = 0; k < 3; ++k)
                    message[random.bounded(int(message.size()))] = char(random.bounded(256));
            }
            const Answer<Request> parsed = parseRequest(message);
            refused += parsed.ok() ? 0 : 1;
            if (!parsed.ok())
                QVERIFY(!parsed.message().isEmpty());
        }
        QVERIFY(refused > 5000);
    }

    void theHttpParserRefusesBadHeads_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("state");
        QTest::newRow("ok") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
                            << int(HttpParse::Complete);
        QTest::newRow("incomplete")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") << int(HttpParse::Incomplete);
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << int(HttpParse::Bad);
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2\r\n\r\n") << int(HttpParse::Bad);
        QTest::newRow("relative") << QByteArray("GET x HTTP/1.1\r\n\r\n") << int(HttpParse::Bad);
        QTest::newRow("body") << QByteArray("GET / HTTP/1.1\r\nContent-Length: 4\r\n\r\n")
                              << int(HttpParse::Bad);
        QTest::newRow("chunked") << QByteArray(
                                        "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << int(HttpParse::Bad);
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n")
                                  << int(HttpParse::Bad);
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\r\n\r\n")
                                 << int(HttpParse::Bad);
        QTest::newRow("control char")
            << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n") << int(HttpParse::Bad);
        QTest::newRow("too large") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a'))
                                   << int(HttpParse::TooLarge);
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 70; ++i)
            many += "X" + QByteArray::number(i) + ": y\r\n";
        QTest::newRow("too many headers") << many + "\r\n" << int(HttpParse::Bad);
    }

    void theHttpParserRefusesBadHeads()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, state);
        HttpRequest request;
        QCOMPARE(int(parseHttpRequest(head, &request)), state);
    }
};

QTEST_GUILESS_MAIN(TestRoomHostile)
#include "tst_roomhostile.moc"
