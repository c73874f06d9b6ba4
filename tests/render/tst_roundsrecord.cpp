// Tests the decision record's "Rounds" section: each candidate's rounds with ballots, spread
// and outcome, and how a divergence was resolved — in the content, Markdown, HTML and PDF.
#include "core/record/roundsrecord.h"
#include "core/room/roomlogic.h"
#include "render/record/decisionrecord.h"

#include <QDir>
#include <QPageSize>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutline;

namespace {

Candidate candidate(int id, double effort, double impact, const QString &title)
{
    Candidate c;
    c.id = id;
    c.key = QStringLiteral("C-%1").arg(id);
    c.title = title;
    c.effort = effort;
    c.impact = impact;
    return c;
}

Ballot ballot(const QString &who, int id, double impact, double effort)
{
    Ballot b;
    b.participant = who;
    b.candidateId = id;
    b.values = {{QStringLiteral("impact"), impact},
                {QStringLiteral("confidence"), 100},
                {QStringLiteral("effort"), effort}};
    return b;
}

RoundOutcome outcome(int id, RoundOutcome::Kind kind, const QMap<QString, double> &values,
                     const QString &reason = QString())
{
    RoundOutcome o;
    o.candidateId = id;
    o.kind = kind;
    o.values = values;
    o.reason = reason;
    o.by = QStringLiteral("Dana");
    o.at = QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC);
    return o;
}

// C-1 diverges on impact in round 1 and agrees in round 2; C-2 diverges on effort and is
// overridden; C-3 agrees at once; C-4 never had a round.
Workshop workshop()
{
    Workshop w;
    w.title = QStringLiteral("Room record");
    w.capacity = 12;
    w.candidates = {candidate(1, 4, 8, QStringLiteral("E-invoicing")),
                    candidate(2, 4, 6, QStringLiteral("Dunning emails")),
                    candidate(3, 4, 3, QStringLiteral("Ledger export")),
                    candidate(4, 2, 2, QStringLiteral("Dark mode"))};
    const QStringList inputs = {QStringLiteral("impact"), QStringLiteral("confidence"),
                                QStringLiteral("effort")};
    RoomRound first;
    first.number = 1;
    first.mode = RoundMode::Live;
    first.openedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    first.revealedAt = first.openedAt.addSecs(600);
    first.candidateIds = {1, 2, 3};
    first.inputs = inputs;
    first.ballots = {ballot(QStringLiteral("Ana"), 1, 9, 4), ballot(QStringLiteral("Ben"), 1, 3, 4),
                     ballot(QStringLiteral("Cy"), 1, 5, 4),  ballot(QStringLiteral("Ana"), 2, 6, 2),
                     ballot(QStringLiteral("Ben"), 2, 6, 8), ballot(QStringLiteral("Ana"), 3, 3, 4),
                     ballot(QStringLiteral("Ben"), 3, 3, 4)};
    first.outcomes = {outcome(2, RoundOutcome::Kind::Overridden, {{QStringLiteral("effort"), 5}},
                              QStringLiteral("Ledger team confirmed 5 weeks")),
                      outcome(3, RoundOutcome::Kind::Accepted,
                              {{QStringLiteral("impact"), 3}, {QStringLiteral("effort"), 4}})};
    RoomRound second = first;
    second.number = 2;
    second.mode = RoundMode::Sweep;
    second.anonymous = true;
    second.candidateIds = {1};
    second.ballots = {ballot(room::participantAlias(1), 1, 6, 4),
                      ballot(room::participantAlias(2), 1, 5, 4),
                      ballot(room::participantAlias(3), 1, 6, 4)};
    second.outcomes = {outcome(1, RoundOutcome::Kind::Accepted,
                               {{QStringLiteral("impact"), 6}, {QStringLiteral("effort"), 4}})};
    w.rounds = {first, second};
    return w;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestRoundsRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRoundsNoSection()
    {
        Workshop w = workshop();
        w.rounds.clear();
        QVERIFY(!roundsSection(w));
        QVERIFY(!DecisionRecord(w).toMarkdown().contains(QStringLiteral("## Rounds")));
    }

    void spreadAndOutcomes()
    {
        const Workshop w = workshop();
        QCOMPARE(roundSpreadLines(w, w.rounds[0], 1),
                 (QStringList{QStringLiteral("impact: median 5, IQR 4–7, 3–9, diverged"),
                              QStringLiteral("confidence: median 100, IQR 100–100, 100–100"),
                              QStringLiteral("effort: median 4, IQR 4–4, 4–4")}));
        QCOMPARE(roundOutcomeText(w, w.rounds[0], 1), QStringLiteral("no outcome"));
        QCOMPARE(roundOutcomeText(w, w.rounds[1], 1),
                 QStringLiteral("accepted impact 6 (median), effort 4 (geometric mean) — Dana"));
        QCOMPARE(roundOutcomeText(w, w.rounds[0], 2),
                 QStringLiteral("overridden to effort 5: Ledger team confirmed 5 weeks — Dana"));
        RoomRound open = w.rounds[1];
        open.revealedAt = {};
        open.outcomes.clear();
        QCOMPARE(roundOutcomeText(w, open, 1), QStringLiteral("open"));
        QVERIFY(roundSpreadLines(w, open, 1).isEmpty()); // nothing before the reveal
    }

    void resolutions()
    {
        Workshop w = workshop();
        QCOMPARE(divergenceResolution(w, 1),
                 QStringLiteral("C-1: diverged in round 1 (impact), resolved by a re-vote: round "
                                "2 agreed and its estimate was accepted."));
        QCOMPARE(divergenceResolution(w, 2),
                 QStringLiteral("C-2: diverged in round 1 (effort), resolved by an override in "
                                "round 1: Ledger team confirmed 5 weeks."));
        QVERIFY(divergenceResolution(w, 3).isEmpty());
        QVERIFY(divergenceResolution(w, 4).isEmpty());
        w.rounds[1].outcomes.clear();
        QCOMPARE(divergenceResolution(w, 1),
                 QStringLiteral("C-1: diverged in round 1 (impact), not resolved yet."));
        w.rounds.removeLast();
        w.rounds[0].outcomes.append(
            outcome(1, RoundOutcome::Kind::Accepted, {{QStringLiteral("impact"), 5}}));
        QCOMPARE(divergenceResolution(w, 1),
                 QStringLiteral("C-1: diverged in round 1 (impact), resolved by discussion, then "
                                "accepting the room's estimate in round 1."));
    }

    void sectionTable()
    {
        const std::optional<Section> s = roundsSection(workshop());
        QVERIFY(s);
        QCOMPARE(s->id, SectionId::Rounds);
        QCOMPARE(s->title, QStringLiteral("Rounds"));
        QCOMPARE(s->table->rows.size(), 4); // C-1 twice, C-2, C-3; never C-4
        QCOMPARE(s->table->keys, (QStringList{QStringLiteral("C-1"), QStringLiteral("C-1"),
                                              QStringLiteral("C-2"), QStringLiteral("C-3")}));
        QCOMPARE(s->table->rows[0][1], QStringLiteral("1 (live)"));
        QCOMPARE(s->table->rows[0][2], QStringLiteral("3: Ana, Ben, Cy"));
        QCOMPARE(s->table->rows[1][1], QStringLiteral("2 (sweep, anonymous)"));
        QCOMPARE(s->table->rows[1][2], QStringLiteral("3 (anonymous)"));
        QCOMPARE(s->bullets.size(), 2);
    }

    void unscoredCandidatesAreOneLine()
    {
        // A sweep over all four that the room left after C-1: C-2, C-3 and C-4 are named in
        // one line, not three rows of dashes.
        Workshop w = workshop();
        RoomRound sweep = w.rounds[1];
        sweep.number = 3;
        sweep.candidateIds = {1, 2, 3, 4};
        sweep.outcomes.clear();
        w.rounds.append(sweep);
        const std::optional<Section> s = roundsSection(w);
        QVERIFY(s);
        QCOMPARE(s->table->rows.size(), 5);
        QVERIFY2(s->bullets.contains(QStringLiteral("Round 3, nobody scored: C-2, C-3, C-4.")),
                 qPrintable(s->bullets.join(QLatin1Char('\n'))));
    }

    void everyForm()
    {
        const Workshop w = workshop();
        const DecisionRecord record(w);
        const QString md = record.toMarkdown();
        QVERIFY(md.contains(QStringLiteral("## Rounds")));
        QVERIFY(md.indexOf(QStringLiteral("## Rounds")) <
                md.indexOf(QStringLiteral("## Decision log")));
        QVERIFY(
            md.contains(QStringLiteral("overridden to effort 5: Ledger team confirmed 5 weeks")));
        QVERIFY(md.contains(QStringLiteral("- C-1: diverged in round 1 (impact), resolved by a "
                                           "re-vote")));
        const QString html = record.toHtml();
        QVERIFY(html.contains(QStringLiteral("<h2>Rounds</h2>")));
        QVERIFY(html.contains(QStringLiteral("impact: median 5, IQR 4–7, 3–9, diverged;")));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("rounds.pdf"));
        const Status written = record.writePdf(pdf, QPageSize(QPageSize::A4));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        QVERIFY(text.contains(QStringLiteral("Rounds")));
        QVERIFY(text.contains(QStringLiteral("Ledger team confirmed 5 weeks")));
        QVERIFY(text.contains(QStringLiteral("resolved by a re-vote")));
        // A picture of the page for people to look at (CUTLINE_SCREENSHOTS).
        const QString shots = qEnvironmentVariable("CUTLINE_SCREENSHOTS");
        if (!shots.isEmpty())
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                 QDir(shots).filePath(QStringLiteral("record"))});
    }
};

QTEST_MAIN(TestRoundsRecord)
#include "tst_roundsrecord.moc"
