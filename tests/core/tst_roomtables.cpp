// Tests the room's tables: rounds, ballots and outcomes round-trip through a .cutline file,
// anonymous rounds keep no names, version 2 files migrate, and bad stored data is refused.
#include "core/room/roomlogic.h"
#include "core/storage/schema.h"
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <limits>

using namespace cutline;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, minute, 0, 250), Qt::UTC);
}

Ballot ballot(const QString &who, int candidateId, double impact, double effort, int minute)
{
    Ballot b;
    b.participant = who;
    b.candidateId = candidateId;
    b.values = {{QStringLiteral("impact"), impact},
                {QStringLiteral("confidence"), 80},
                {QStringLiteral("effort"), effort}};
    b.at = at(minute);
    return b;
}

// Two rounds on the fixture's first candidates: a revealed one with an accepted and an
// overridden outcome, and an open anonymous re-vote.
QList<RoomRound> rounds()
{
    RoomRound first;
    first.number = 1;
    first.mode = RoundMode::Live;
    first.openedAt = at(0);
    first.revealedAt = at(9);
    first.candidateIds = {1, 2};
    first.inputs = {QStringLiteral("impact"), QStringLiteral("confidence"),
                    QStringLiteral("effort"), QStringLiteral("effort_low"),
                    QStringLiteral("effort_high")};
    first.ballots = {ballot(QStringLiteral("Ana Ruiz"), 1, 7, 3, 1),
                     ballot(QStringLiteral("Émile Dubois"), 1, 3, 8, 2),
                     ballot(QStringLiteral("Ana Ruiz"), 2, 5, 2, 3)};
    first.ballots[1].values[QStringLiteral("effort_low")] = 5;
    first.ballots[1].values[QStringLiteral("effort_high")] = 13.5;
    first.ballots[1].reason = QStringLiteral("The ledger migration is not done, \"really\"");
    RoundOutcome accepted;
    accepted.candidateId = 2;
    accepted.values = {{QStringLiteral("impact"), 5}, {QStringLiteral("effort"), 2}};
    accepted.by = QStringLiteral("Jon Park");
    accepted.at = at(10);
    RoundOutcome overridden = accepted;
    overridden.candidateId = 1;
    overridden.kind = RoundOutcome::Kind::Overridden;
    overridden.values = {{QStringLiteral("impact"), 6}, {QStringLiteral("effort"), 5}};
    overridden.reason = QStringLiteral("Ledger team confirmed 5 weeks");
    first.outcomes = {accepted, overridden};

    RoomRound second;
    second.number = 2;
    second.anonymous = true;
    second.openedAt = at(20);
    second.candidateIds = {1};
    second.inputs = first.inputs;
    second.ballots = {ballot(room::participantAlias(1), 1, 6, 5, 21),
                      ballot(room::participantAlias(2), 1, 5, 5, 22)};
    return {first, second};
}

Workshop workshopWithRounds()
{
    Workshop w = test::fullWorkshop(4);
    w.rounds = rounds();
    return w;
}

void sqlOnFile(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

// The tables schema version 3 added, by name, newest first.
QStringList tablesAddedIn3()
{
    const QStringList v2 = schema::statements(2);
    QStringList names;
    const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+)"));
    for (const QString &sql : schema::statements(3))
        if (!v2.contains(sql))
            if (auto match = create.match(sql); match.hasMatch())
                names.prepend(match.captured(1));
    return names;
}

} // namespace

class TestRoomTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir.reset(new QTemporaryDir); }

    void roundTrips()
    {
        const Workshop w = workshopWithRounds();
        const QString path = file(QStringLiteral("rounds.cutline"));
        const Status saved = WorkshopFile::save(w, path);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const Result<Workshop> loaded = WorkshopFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value().rounds.size(), 2);
        QCOMPARE(loaded.value().rounds[0], w.rounds[0]);
        QCOMPARE(loaded.value().rounds[1], w.rounds[1]);
        QCOMPARE(loaded.value(), w);
        QVERIFY(!loaded.value().rounds[1].revealed());
    }

    void anonymousRoundsKeepNoNames()
    {
        Workshop w = workshopWithRounds();
        RoomRound &second = w.rounds[1];
        second.ballots[0].participant = QStringLiteral("Ana Ruiz");
        second.ballots[1].participant = QStringLiteral("Émile Dubois");
        second.ballots.append(ballot(QStringLiteral("Ana Ruiz"), 1, 6, 4, 23));
        const QString path = file(QStringLiteral("anonymous.cutline"));
        QVERIFY(WorkshopFile::save(w, path));
        const QByteArray bytes = test::readAll(path);
        // The named round 1 still holds "Ana Ruiz"; "Émile" appears nowhere but round 1 too.
        const Result<Workshop> loaded = WorkshopFile::load(path);
        QVERIFY(loaded.ok());
        const RoomRound &kept = loaded.value().rounds[1];
        QCOMPARE(kept.ballots[0].participant, QStringLiteral("Participant 1"));
        QCOMPARE(kept.ballots[1].participant, QStringLiteral("Participant 2"));
        QCOMPARE(kept.ballots[2].participant, QStringLiteral("Participant 1"));
        // With only an anonymous round, no participant's name is in the file at all.
        Workshop onlyAnonymous = w;
        onlyAnonymous.rounds = {second};
        onlyAnonymous.rounds[0].number = 1;
        onlyAnonymous.participants.clear();
        onlyAnonymous.facilitator.clear();
        onlyAnonymous.decider.clear();
        QVERIFY(WorkshopFile::save(onlyAnonymous, path));
        QVERIFY(!test::readAll(path).contains("Ana Ruiz"));
        QVERIFY(!test::readAll(path).contains(QStringLiteral("Émile").toUtf8()));
        QVERIFY(bytes.contains("Ana Ruiz"));
    }

    void migratesVersion2File()
    {
        // A version 2 file: what Cutline wrote before version 3's tables existed.
        Workshop w = test::fullWorkshop(3);
        const QString path = file(QStringLiteral("v2.cutline"));
        QVERIFY(WorkshopFile::save(w, path));
        QString sql;
        for (const QString &table : tablesAddedIn3())
            sql += QStringLiteral("DROP TABLE %1;").arg(table);
        QVERIFY(sql.contains(QStringLiteral("room_ballot_value")));
        sqlOnFile(path, sql + QStringLiteral("PRAGMA user_version = 2; VACUUM;"));
        const Result<Workshop> loaded = WorkshopFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QVERIFY(loaded.value().rounds.isEmpty());
        QCOMPARE(loaded.value().candidates, w.candidates);
        // Once migrated, rounds can be saved and read back.
        Workshop migrated = loaded.value();
        migrated.rounds = rounds();
        QVERIFY(WorkshopFile::save(migrated, path));
        const Result<Workshop> again = WorkshopFile::load(path);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value().rounds, migrated.rounds);
    }

    void refusesBadStoredData_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown candidate in round")
            << QStringLiteral("UPDATE room_round_candidate SET candidate_id = 99 "
                              "WHERE round = 1 AND position = 1")
            << QStringLiteral("a row in table \"room_round_candidate\" points to a missing row.");
        QTest::newRow("unknown candidate in ballot")
            << QStringLiteral("UPDATE room_ballot SET candidate_id = 77 WHERE position = 0")
            << QStringLiteral("a row in table \"room_ballot\" points to a missing row.");
        QTest::newRow("ballot outside its round")
            << QStringLiteral("UPDATE room_ballot SET candidate_id = 3 WHERE round = 2")
            << QStringLiteral("Room round 2: candidate 3 is not in the round.");
        QTest::newRow("infinite value")
            << QStringLiteral("UPDATE room_ballot_value SET value = 9e999 WHERE input = 'impact'")
            << QStringLiteral("Room round 1: impact is inf, not a finite number.");
        QTest::newRow("negative infinite effort")
            << QStringLiteral("UPDATE room_ballot_value SET value = -9e999 "
                              "WHERE input = 'effort'")
            << QStringLiteral("Room round 1: effort is -inf, not a finite number.");
        QTest::newRow("impact off scale")
            << QStringLiteral("UPDATE room_ballot_value SET value = 42 WHERE input = 'impact'")
            << QStringLiteral("Room round 1: impact 42 is off its scale.");
        QTest::newRow("unknown input")
            << QStringLiteral("UPDATE room_ballot_value SET input = 'salary' "
                              "WHERE input = 'confidence'")
            << QStringLiteral("Room round 1: \"salary\" is not an input.");
        QTest::newRow("unknown mode") << QStringLiteral("UPDATE room_round SET mode = 'chaos'")
                                      << QStringLiteral("Room round 1: \"chaos\" is not a round "
                                                        "mode (live or sweep).");
        QTest::newRow("bad time")
            << QStringLiteral("UPDATE room_round SET opened_at = 'yesterday' WHERE number = 2")
            << QStringLiteral("Room round 2: \"yesterday\" is not a time.");
        QTest::newRow("override without reason")
            << QStringLiteral("UPDATE room_outcome SET reason = ' ' WHERE kind = 'overridden'")
            << QStringLiteral("Room round 1: an override has no reason.");
        QTest::newRow("unknown outcome")
            << QStringLiteral("UPDATE room_outcome SET kind = 'vetoed' WHERE position = 0")
            << QStringLiteral("Room round 1: \"vetoed\" is not an outcome.");
        QTest::newRow("orphan value")
            << QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO room_ballot_value "
                              "VALUES (1, 17, 'impact', 3)")
            << QStringLiteral("a row in table \"room_ballot_value\" points to a missing row.");
        QTest::newRow("round zero")
            << QStringLiteral("PRAGMA foreign_keys = OFF; "
                              "UPDATE room_round SET number = 0 WHERE number = 2; "
                              "UPDATE room_round_candidate SET round = 0 WHERE round = 2; "
                              "UPDATE room_round_input SET round = 0 WHERE round = 2; "
                              "UPDATE room_ballot SET round = 0 WHERE round = 2; "
                              "UPDATE room_ballot_value SET round = 0 WHERE round = 2")
            << QStringLiteral("Room round 0: round numbers start at 1.");
    }
    void refusesBadStoredData()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString path = file(QStringLiteral("bad.cutline"));
        QVERIFY(WorkshopFile::save(workshopWithRounds(), path));
        sqlOnFile(path, sql);
        const QByteArray before = test::readAll(path);
        const Result<Workshop> loaded = WorkshopFile::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errorCode(), ErrorCode::Damaged);
        QVERIFY2(loaded.error().endsWith(message), qPrintable(loaded.error()));
        QVERIFY(loaded.error().contains(QStringLiteral("bad.cutline")));
        QCOMPARE(test::readAll(path), before);
    }

    void nanCannotBeStored()
    {
        // SQLite turns NaN into NULL, which the NOT NULL column refuses: the saver says so first.
        Workshop w = workshopWithRounds();
        w.rounds[0].ballots[0].values[QStringLiteral("impact")] =
            std::numeric_limits<double>::quiet_NaN();
        const Status saved = WorkshopFile::save(w, file(QStringLiteral("nan.cutline")));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral(
                     "Room round 1: impact is nan, not a finite number; it cannot be saved.")),
                 qPrintable(saved.error()));
        QVERIFY(!QFile::exists(file(QStringLiteral("nan.cutline"))));
    }

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QScopedPointer<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestRoomTables)
#include "tst_roomtables.moc"
