// bench_room: the room's numbers on loopback — 40 phones join and vote; how long a reveal
// takes to reach every phone; how long a dropped phone takes to be back with its ballots;
// 10,000 bad messages: time, memory before and after, nothing stored.
#include "core/room/roomlogic.h"
#include "core/sample/sampleworkshop.h"
#include "room/roomserver.h"
#include "room/roomsession.h"
#include "tests/room/phone.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace cutline;
using namespace cutline::room;
using cutline::test::Phone;

namespace {

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

int countOf(const Phone &phone, const QString &type)
{
    return int(std::count_if(
        phone.received().cbegin(), phone.received().cend(),
        [&](const QJsonObject &m) { return m.value(QStringLiteral("type")) == type; }));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int phonesWanted = argc > 1 ? QByteArray(argv[1]).toInt() : 40;

    RoomSession session(sampleWorkshop());
    RoomServer server(&session);
    if (!server.listen(QHostAddress::LocalHost).ok())
        return 1;
    QList<int> ids;
    for (const Candidate &c : session.workshop().candidates)
        if (c.decision == Decision::Undecided)
            ids.append(c.id);
    if (!session.openRound(RoundMode::Sweep, false, ids).ok())
        return 1;

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<Phone>> phones;
    for (int i = 0; i < phonesWanted; ++i) {
        phones.push_back(std::make_unique<Phone>(server.joinUrl()));
        if (!phones.back()->connectToRoom() ||
            phones.back()->join(QStringLiteral("Person %1").arg(i), session.pin()).isEmpty())
            return 1;
    }
    out << "phones joined: " << phonesWanted << " in " << timer.elapsed() << " ms\n";

    const QJsonObject round =
        phones.front()->waitFor(QStringLiteral("round")).value(QStringLiteral("round")).toObject();
    timer.restart();
    for (int i = 0; i < phonesWanted; ++i)
        for (int id : ids)
            phones[i]->sendJson({{QStringLiteral("type"), QStringLiteral("ballot")},
                                 {QStringLiteral("candidate"), id},
                                 {QStringLiteral("values"), test::ballotValues(round, i + id)}});
    const qsizetype expected = qsizetype(phonesWanted) * ids.size();
    while (session.round().ballots.size() < expected && timer.elapsed() < 60000)
        QTest::qWait(1);
    out << "ballots saved: " << session.round().ballots.size() << " of " << expected << " in "
        << timer.elapsed() << " ms\n";

    // The reveal: from the facilitator's click to the last phone holding it.
    {
        RoomRound revealed = session.round();
        revealed.revealedAt = QDateTime::currentDateTimeUtc();
        timer.restart();
        const auto queue = discussionQueue(session.workshop(), revealed);
        out << "discussion queue (spread, flags, could-change-the-plan) of " << queue.size()
            << " candidates: " << timer.elapsed() << " ms\n";
    }
    timer.restart();
    if (!session.reveal().ok())
        return 1;
    qint64 worst = 0;
    for (auto &phone : phones) {
        while (countOf(*phone, QStringLiteral("reveal")) == 0 && timer.elapsed() < 10000)
            QTest::qWait(0);
        worst = std::max(worst, timer.elapsed());
    }
    out << "reveal reached all " << phonesWanted << " phones in " << worst << " ms\n";

    // A dropped phone is back with its ballots.
    const QString secret = phones.front()->secret;
    phones.front()->socket().abort();
    timer.restart();
    Phone back(server.joinUrl());
    back.connectToRoom();
    back.resume(secret);
    const QJsonObject again = back.waitFor(QStringLiteral("round"));
    out << "dropped phone back with " << again.value(QStringLiteral("ballots")).toArray().size()
        << " ballots in " << timer.elapsed() << " ms\n";

    // 10,000 bad messages.
    const RoomRound before = session.round();
    const long rssBefore = rssKiB();
    timer.restart();
    std::vector<std::unique_ptr<Phone>> attackers;
    for (int c = 0; c < 20; ++c) {
        attackers.push_back(std::make_unique<Phone>(server.joinUrl()));
        attackers.back()->connectToRoom();
    }
    for (int i = 0; i < 10000; ++i) {
        attackers[i % 20]->sendRaw(
            i % 3 ? QStringLiteral("{\"type\":\"ballot\",\"candidate\":%1").arg(i)
                  : QString(20000, QLatin1Char('x')));
        if (i % 200 == 0)
            QTest::qWait(1);
    }
    QTest::qWait(1000);
    out << "10000 bad messages in " << timer.elapsed()
        << " ms; server listening: " << (server.isListening() ? "yes" : "no")
        << "; round unchanged: " << (session.round() == before ? "yes" : "no") << "; RSS "
        << rssBefore << " KiB -> " << rssKiB() << " KiB; connections now "
        << server.connectionCount() << "\n";
    return 0;
}
