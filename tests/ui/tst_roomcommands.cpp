// Tests the room's edits on a document: open, ballots, reveal, accept and override, each one
// undo step that restores exactly, and every refusal with its message.
#include "core/room/roomlogic.h"
#include "ui/document/roomcommands.h"
#include "ui/document/workshopdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cutline;

namespace {

Candidate candidate(int id, double effort, double impact)
{
    Candidate c;
    c.id = id;
    c.key = QStringLiteral("C-%1").arg(id);
    c.title = QStringLiteral("Work %1").arg(id);
    c.effort = effort;
    c.impact = impact;
    return c;
}

Workshop workshop()
{
    Workshop w;
    w.title = QStringLiteral("Room");
    w.capacity = 10;
    w.candidates = {candidate(1, 4, 8), candidate(2, 4, 6), candidate(3, 4, 3)};
    return w;
}

Ballot ballot(const QString &who, int candidateId, double impact, double effort)
{
    Ballot b;
    b.participant = who;
    b.candidateId = candidateId;
    b.values = {{QStringLiteral("impact"), impact},
                {QStringLiteral("confidence"), 100},
                {QStringLiteral("effort"), effort}};
    return b;
}

} // namespace

class TestRoomCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_doc.reset(new WorkshopDocument);
        m_doc->reset(workshop(), QString());
        m_doc->setAuthor(QStringLiteral("Jon"));
        m_refusals.reset(new QSignalSpy(m_doc.get(), &WorkshopDocument::editRefused));
    }

    void openRoundAsksTheFrameworksInputs()
    {
        RoomEditor room(m_doc.get());
        QSignalSpy changed(m_doc.get(), &WorkshopDocument::roundsChanged);
        const int number = room.openRound({1, 2, 2}, RoundMode::Live, false);
        QCOMPARE(number, 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), 1);
        const RoomRound &r = m_doc->workshop().rounds.first();
        QCOMPARE(r.candidateIds, (QList<int>{1, 2}));
        QCOMPARE(r.mode, RoundMode::Live);
        QVERIFY(r.openedAt.isValid() && !r.revealed());
        QCOMPARE(r.inputs.first(), QStringLiteral("impact"));
        QVERIFY(r.inputs.contains(QStringLiteral("effort")));
        QCOMPARE(room.openRoundNow(), &r);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->workshop().rounds.isEmpty());
        QCOMPARE(changed.count(), 2);
    }

    void ballotsReplaceAndMergeIntoOneStep()
    {
        RoomEditor room(m_doc.get());
        room.openRound({1, 2}, RoundMode::Sweep, false);
        const int steps = m_doc->undoStack()->count();
        QVERIFY(room.recordBallot(1, ballot(QStringLiteral("Ana"), 1, 7, 3)));
        QVERIFY(room.recordBallot(1, ballot(QStringLiteral("Ben"), 1, 3, 6)));
        // Ana changes her mind before the reveal: her ballot is replaced, not added.
        QVERIFY(room.recordBallot(1, ballot(QStringLiteral(" Ana "), 1, 8, 3)));
        const RoomRound &r = m_doc->workshop().rounds.first();
        QCOMPARE(r.ballots.size(), 2);
        QCOMPARE(r.ballots[0].participant, QStringLiteral("Ana"));
        QCOMPARE(r.ballots[0].values.value(QStringLiteral("impact")), 8.0);
        QVERIFY(r.ballots[0].at.isValid());
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Ballots in round 1"));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->workshop().rounds.first().ballots.isEmpty());
        QCOMPARE(m_refusals->count(), 0);
    }

    void revealLocksTheBallots()
    {
        RoomEditor room(m_doc.get());
        room.openRound({1}, RoundMode::Sweep, false);
        QVERIFY(room.recordBallot(1, ballot(QStringLiteral("Ana"), 1, 7, 3)));
        QVERIFY(room.reveal(1));
        QVERIFY(m_doc->workshop().rounds.first().revealed());
        QVERIFY(!room.recordBallot(1, ballot(QStringLiteral("Ben"), 1, 1, 1)));
        QCOMPARE(lastRefusal(),
                 QStringLiteral("Round 1 has been revealed; its ballots are locked."));
        QCOMPARE(m_doc->workshop().rounds.first().ballots.size(), 1);
        QVERIFY(!room.openRoundNow());
    }

    void acceptIsOneUndoStep()
    {
        RoomEditor room(m_doc.get());
        room.openRound({1, 2}, RoundMode::Sweep, false);
        room.recordBallot(1, ballot(QStringLiteral("Ana"), 1, 7, 2));
        room.recordBallot(1, ballot(QStringLiteral("Ben"), 1, 4, 8));
        room.recordBallot(1, ballot(QStringLiteral("Cy"), 1, 5, 4));
        room.reveal(1);
        const Workshop before = m_doc->workshop();
        QSignalSpy fields(m_doc.get(), &WorkshopDocument::candidateChanged);
        QVERIFY(room.accept(1, 1, QString()));
        const Candidate &c = *m_doc->workshop().candidate(1);
        QCOMPARE(c.impact, 5.0); // median of 4, 5, 7
        QCOMPARE(c.effort, 4.0); // geometric mean of 2, 4, 8
        const RoundOutcome &o = m_doc->workshop().rounds.first().outcomes.first();
        QCOMPARE(o.kind, RoundOutcome::Kind::Accepted);
        QCOMPARE(o.candidateId, 1);
        QCOMPARE(o.values.value(QStringLiteral("impact")), 5.0);
        QCOMPARE(o.by, QStringLiteral("Jon"));
        QVERIFY(o.at.isValid());
        // Impact moved from 8 to 5; effort was 4 and stays 4.
        QCOMPARE(fields.count(), 1);
        QCOMPARE(fields.first().at(0).toInt(), 1);
        QCOMPARE(fields.first().at(1).value<Field>(), Field::Impact);
        QCOMPARE(m_doc->undoStack()->undoText(),
                 QStringLiteral("Accept the room's estimate for C-1"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->workshop(), before);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->workshop().candidate(1)->impact, 5.0);
        // A second decision on the same candidate in the same round is refused.
        QVERIFY(!room.accept(1, 1, QString()));
        QCOMPARE(lastRefusal(), QStringLiteral("C-1 already has an outcome in round 1; open a new "
                                               "round to vote again."));
    }

    void overrideNeedsAReason()
    {
        RoomEditor room(m_doc.get());
        room.openRound({1}, RoundMode::Sweep, false);
        room.recordBallot(1, ballot(QStringLiteral("Ana"), 1, 7, 2));
        room.reveal(1);
        const QMap<QString, double> values = {{QStringLiteral("effort"), 6}};
        QVERIFY(!room.overrideValues(1, 1, values, QStringLiteral("  "), QString()));
        QCOMPARE(lastRefusal(),
                 QStringLiteral("C-1: overriding the room's estimate needs a reason: say why the "
                                "estimate differs from the ballots."));
        QVERIFY(!room.overrideValues(1, 1, {}, QStringLiteral("why"), QString()));
        QCOMPARE(lastRefusal(), QStringLiteral("C-1: an override needs the values to set."));
        QVERIFY(!room.overrideValues(1, 1, {{QStringLiteral("impact"), 11}}, QStringLiteral("why"),
                                     QString()));
        QCOMPARE(lastRefusal(), QStringLiteral("C-1: impact 11 is outside 0–10."));
        QVERIFY(m_doc->workshop().rounds.first().outcomes.isEmpty());

        QVERIFY(room.overrideValues(1, 1, values, QStringLiteral("Ledger team says 6 weeks"),
                                    QStringLiteral("Dana")));
        QCOMPARE(m_doc->workshop().candidate(1)->effort, 6.0);
        const RoundOutcome &o = m_doc->workshop().rounds.first().outcomes.first();
        QCOMPARE(o.kind, RoundOutcome::Kind::Overridden);
        QCOMPARE(o.reason, QStringLiteral("Ledger team says 6 weeks"));
        QCOMPARE(o.by, QStringLiteral("Dana"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->workshop().candidate(1)->effort, 4.0);
        QVERIFY(m_doc->workshop().rounds.first().outcomes.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no candidates") << QStringLiteral("no candidates")
                                       << QStringLiteral("A round needs at least one candidate.");
        QTest::newRow("unknown candidate")
            << QStringLiteral("unknown candidate")
            << QStringLiteral("There is no candidate 9 in this workshop.");
        QTest::newRow("two open") << QStringLiteral("two open")
                                  << QStringLiteral("Round 1 is still open; reveal it before "
                                                    "opening another.");
        QTest::newRow("fourth round")
            << QStringLiteral("fourth round")
            << QStringLiteral("C-1 has had 3 rounds already; settle it by discussion.");
        QTest::newRow("unknown round")
            << QStringLiteral("unknown round") << QStringLiteral("There is no round 7.");
        QTest::newRow("bad ballot") << QStringLiteral("bad ballot")
                                    << QStringLiteral("C-1: effort -2 is negative; it must be 0 "
                                                      "or more.");
        QTest::newRow("reveal empty")
            << QStringLiteral("reveal empty")
            << QStringLiteral("Round 1 has no ballots yet; there is nothing to reveal.");
        QTest::newRow("reveal twice")
            << QStringLiteral("reveal twice") << QStringLiteral("Round 1 is already revealed.");
        QTest::newRow("accept before reveal")
            << QStringLiteral("accept before reveal")
            << QStringLiteral("Round 1 is not revealed yet; reveal it before deciding C-1.");
        QTest::newRow("accept outside round")
            << QStringLiteral("accept outside round") << QStringLiteral("C-3 is not in round 1.");
        QTest::newRow("accept without ballots")
            << QStringLiteral("accept without ballots")
            << QStringLiteral("Round 1 has no ballots on C-2; there is nothing to accept.");
        QTest::newRow("read-only") << QStringLiteral("read-only")
                                   << QStringLiteral("Room is open read-only; use Save As to keep "
                                                     "a copy you can edit.");
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        RoomEditor room(m_doc.get());
        const auto is = [&](const char *name) {
            return what == QLatin1String(name);
        };
        bool done = true;
        if (is("no candidates")) {
            done = room.openRound({}, RoundMode::Sweep, false) != 0;
        } else if (is("unknown candidate")) {
            done = room.openRound({1, 9}, RoundMode::Sweep, false) != 0;
        } else if (is("two open")) {
            room.openRound({1}, RoundMode::Sweep, false);
            done = room.openRound({2}, RoundMode::Sweep, false) != 0;
        } else if (is("fourth round")) {
            for (int i = 1; i <= 3; ++i) {
                QCOMPARE(room.openRound({1}, RoundMode::Sweep, false), i);
                room.recordBallot(i, ballot(QStringLiteral("Ana"), 1, 5, 5));
                QVERIFY(room.reveal(i));
            }
            done = room.openRound({1, 2}, RoundMode::Sweep, false) != 0;
        } else if (is("unknown round")) {
            done = room.reveal(7);
        } else if (is("bad ballot")) {
            room.openRound({1}, RoundMode::Sweep, false);
            done = room.recordBallot(1, ballot(QStringLiteral("Ana"), 1, 5, -2));
        } else if (is("reveal empty")) {
            room.openRound({1}, RoundMode::Sweep, false);
            done = room.reveal(1);
        } else if (is("reveal twice")) {
            room.openRound({1}, RoundMode::Sweep, false);
            room.recordBallot(1, ballot(QStringLiteral("Ana"), 1, 5, 5));
            room.reveal(1);
            done = room.reveal(1);
        } else if (is("accept before reveal")) {
            room.openRound({1}, RoundMode::Sweep, false);
            room.recordBallot(1, ballot(QStringLiteral("Ana"), 1, 5, 5));
            done = room.accept(1, 1, QString());
        } else if (is("accept outside round") || is("accept without ballots")) {
            room.openRound({1, 2}, RoundMode::Sweep, false);
            room.recordBallot(1, ballot(QStringLiteral("Ana"), 1, 5, 5));
            room.reveal(1);
            done = room.accept(1, is("accept outside round") ? 3 : 2, QString());
        } else if (is("read-only")) {
            m_doc->setReadOnly(true);
            done = room.openRound({1}, RoundMode::Sweep, false) != 0;
        }
        QVERIFY(!done);
        QCOMPARE(lastRefusal(), message);
    }

private:
    QString lastRefusal() const
    {
        return m_refusals->isEmpty() ? QString() : m_refusals->last().first().toString();
    }
    std::unique_ptr<WorkshopDocument> m_doc;
    std::unique_ptr<QSignalSpy> m_refusals;
};

QTEST_MAIN(TestRoomCommands)
#include "tst_roomcommands.moc"
