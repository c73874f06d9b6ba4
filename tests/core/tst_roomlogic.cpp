// Tests of the room's rules: ballot inputs, checks, spread, divergence, the plan flag, the
// discussion order and the aggregate.
#include "core/room/roomlogic.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cutline;
using namespace cutline::room;

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

// Capacity 10; the plan takes C-1 and C-2 (value 8 + 6); C-3 (value 3) is left out.
Workshop workshop()
{
    Workshop w;
    w.title = QStringLiteral("Room");
    w.capacity = 10;
    w.candidates = {candidate(1, 4, 8), candidate(2, 4, 6), candidate(3, 4, 3)};
    return w;
}

RoomRound round(const Workshop &w)
{
    RoomRound r;
    r.number = 1;
    r.openedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    for (const Candidate &c : w.candidates)
        r.candidateIds.append(c.id);
    for (const InputSpec &s : ballotInputs(w))
        r.inputs.append(s.id);
    return r;
}

Ballot ballot(const QString &who, int candidateId, double impact, double effort,
              double confidence = 100)
{
    Ballot b;
    b.participant = who;
    b.candidateId = candidateId;
    b.values = {{QStringLiteral("impact"), impact},
                {QStringLiteral("confidence"), confidence},
                {QStringLiteral("effort"), effort}};
    return b;
}

RoomRound revealed(RoomRound r)
{
    r.revealedAt = r.openedAt.addSecs(600);
    return r;
}

const InputSpread *input(const CandidateSpread &spread, const QString &id)
{
    for (const InputSpread &i : spread.inputs)
        if (i.input == id)
            return &i;
    return nullptr;
}

} // namespace

class TestRoomLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputsFollowTheFramework_data()
    {
        QTest::addColumn<Framework>("framework");
        QTest::addColumn<QStringList>("ids");
        const QStringList effort = {QStringLiteral("effort"), QStringLiteral("effort_low"),
                                    QStringLiteral("effort_high")};
        QTest::newRow("value/effort")
            << Framework::ValueEffort
            << QStringList{QStringLiteral("impact"), QStringLiteral("confidence"),
                           QStringLiteral("reach")} +
                   effort;
        QTest::newRow("rice") << Framework::Rice
                              << QStringList{QStringLiteral("reach"), QStringLiteral("impact"),
                                             QStringLiteral("confidence")} +
                                     effort;
        QTest::newRow("ice") << Framework::Ice
                             << QStringList{QStringLiteral("impact"),
                                            QStringLiteral("confidence")} +
                                    effort;
        QTest::newRow("wsjf") << Framework::Wsjf
                              << QStringList{QStringLiteral("impact"),
                                             QStringLiteral("time_criticality"),
                                             QStringLiteral("risk")} +
                                     effort;
        QTest::newRow("weighted") << Framework::Weighted
                                  << QStringList{QStringLiteral("criterion:Fit"),
                                                 QStringLiteral("criterion:Reuse")} +
                                         effort;
    }
    void inputsFollowTheFramework()
    {
        QFETCH(Framework, framework);
        QFETCH(QStringList, ids);
        Workshop w = workshop();
        w.framework = framework;
        w.criteria = {{QStringLiteral("Fit"), 2}, {QStringLiteral("Reuse"), 1}};
        QStringList got;
        for (const InputSpec &s : ballotInputs(w))
            got.append(s.id);
        QCOMPARE(got, ids);
    }

    void inputScales()
    {
        Workshop w = workshop();
        w.framework = Framework::Wsjf;
        QCOMPARE(inputSpec(w, QStringLiteral("impact"))->max, 10.0);
        QCOMPARE(inputSpec(w, QStringLiteral("confidence"))->max, 100.0);
        QCOMPARE(inputSpec(w, QStringLiteral("risk"))->min, 1.0);
        QCOMPARE(inputSpec(w, QStringLiteral("risk"))->max, 5.0);
        QVERIFY(inputSpec(w, QStringLiteral("effort"))->ratio);
        QVERIFY(inputSpec(w, QStringLiteral("reach"))->ratio);
        // Reach may be left out where the framework only multiplies it in (value / effort).
        QVERIFY(inputSpec(w, QStringLiteral("reach"))->optional);
        w.framework = Framework::Rice;
        QVERIFY(!inputSpec(w, QStringLiteral("reach"))->optional);
        QVERIFY(!inputSpec(w, QStringLiteral("impact"))->ratio);
        QVERIFY(inputSpec(w, QStringLiteral("effort_low"))->optional);
        // The drawn effort scale reaches the capacity or the largest effort, whichever is more.
        QCOMPARE(inputSpec(w, QStringLiteral("effort"))->max, 10.0);
        w.candidates[0].effort = 23.5;
        QCOMPARE(inputSpec(w, QStringLiteral("effort"))->max, 24.0);
        QVERIFY(!inputSpec(w, QStringLiteral("criterion:Nope")));
        QVERIFY(!inputSpec(w, QStringLiteral("title")));
    }

    void quantilesInterpolateLinearly()
    {
        const QList<double> four = {1, 2, 3, 4};
        QCOMPARE(quantile(four, 0.25), 1.75);
        QCOMPARE(quantile(four, 0.5), 2.5);
        QCOMPARE(quantile(four, 0.75), 3.25);
        QCOMPARE(quantile(four, 0), 1.0);
        QCOMPARE(quantile(four, 1), 4.0);
        QCOMPARE(quantile({7}, 0.25), 7.0);
        QCOMPARE(quantile({}, 0.5), 0.0);
        QCOMPARE(quantile({1, 3, 10}, 0.5), 3.0);
    }

    void nothingIsSeenBeforeTheReveal()
    {
        const Workshop w = workshop();
        RoomRound r = round(w);
        r.ballots = {ballot(QStringLiteral("Ana"), 1, 9, 4),
                     ballot(QStringLiteral("Ben"), 1, 1, 4)};
        const CandidateSpread spread = spreadOf(w, r, 1);
        QCOMPARE(spread.candidateId, 1);
        QCOMPARE(spread.ballots, 0);
        QVERIFY(spread.inputs.isEmpty());
        QVERIFY(!spread.diverges);
        QVERIFY(spread.explainHigh.isEmpty());
        QVERIFY(aggregate(w, r, 1).isEmpty());
        QVERIFY(discussionQueue(w, r).isEmpty());
    }

    void spreadAfterTheReveal()
    {
        const Workshop w = workshop();
        RoomRound r = round(w);
        r.ballots = {ballot(QStringLiteral("Ana"), 1, 8, 2), ballot(QStringLiteral("Ben"), 1, 6, 4),
                     ballot(QStringLiteral("Cy"), 1, 7, 3), ballot(QStringLiteral("Di"), 1, 9, 5),
                     ballot(QStringLiteral("Ana"), 2, 1, 1)};
        const CandidateSpread spread = spreadOf(w, revealed(r), 1);
        QCOMPARE(spread.ballots, 4);
        // Optional inputs nobody gave are left out.
        QCOMPARE(spread.inputs.size(), 3);
        const InputSpread *impact = input(spread, QStringLiteral("impact"));
        QVERIFY(impact);
        QCOMPARE(impact->values, (QList<double>{6, 7, 8, 9}));
        QCOMPARE(impact->median, 7.5);
        QCOMPARE(impact->q1, 6.75);
        QCOMPARE(impact->q3, 8.25);
        QCOMPARE(impact->min, 6.0);
        QCOMPARE(impact->max, 9.0);
        QVERIFY(!impact->diverges); // IQR 1.5 < 2.5
        const InputSpread *effort = input(spread, QStringLiteral("effort"));
        QVERIFY(effort);
        QVERIFY(!effort->diverges); // 5 / 2 < 3
        QVERIFY(!spread.diverges);
    }

    void divergence_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<bool>("diverges");
        QTest::newRow("impact IQR 1")
            << QStringLiteral("impact") << QList<double>{4, 5, 6} << false;
        // IQR exactly a quarter of the 0–10 scale: 1.25 … 3.75.
        QTest::newRow("impact IQR 2.5")
            << QStringLiteral("impact") << QList<double>{0, 2.5, 5} << true;
        QTest::newRow("impact IQR just under")
            << QStringLiteral("impact") << QList<double>{0, 2.5, 4.9} << false;
        // One outlier does not move the IQR: the spread is about the middle half.
        QTest::newRow("impact one outlier")
            << QStringLiteral("impact") << QList<double>{5, 5, 5, 5, 10} << false;
        QTest::newRow("confidence IQR 25")
            << QStringLiteral("confidence") << QList<double>{60, 75, 90} << false;
        QTest::newRow("confidence IQR 50")
            << QStringLiteral("confidence") << QList<double>{0, 50, 100} << true;
        QTest::newRow("effort ×3") << QStringLiteral("effort") << QList<double>{2, 6} << true;
        QTest::newRow("effort ×2.5") << QStringLiteral("effort") << QList<double>{2, 5} << false;
        QTest::newRow("effort 0 and 1") << QStringLiteral("effort") << QList<double>{0, 1} << true;
        QTest::newRow("effort all 0") << QStringLiteral("effort") << QList<double>{0, 0} << false;
    }
    void divergence()
    {
        QFETCH(QString, id);
        QFETCH(QList<double>, values);
        QFETCH(bool, diverges);
        const Workshop w = workshop();
        RoomRound r = round(w);
        int n = 0;
        for (double v : values) {
            Ballot b = ballot(QStringLiteral("P%1").arg(++n), 1, 5, 4);
            b.values[id] = v;
            r.ballots.append(b);
        }
        const CandidateSpread spread = spreadOf(w, revealed(r), 1);
        const InputSpread *i = input(spread, id);
        QVERIFY(i);
        QCOMPARE(i->diverges, diverges);
        QCOMPARE(spread.diverges, diverges);
        QCOMPARE(i->divergence >= 1, diverges);
    }

    void couldChangeThePlan()
    {
        const Workshop w = workshop();
        RoomRound r = round(w);
        // On C-3, Ana's impact 9 would put it in the plan instead of C-2; Ben's 2 would not.
        r.ballots = {ballot(QStringLiteral("Ana"), 3, 9, 4), ballot(QStringLiteral("Ben"), 3, 2, 4),
                     // On C-1 the room agrees enough: with 7 or 8 it stays in.
                     ballot(QStringLiteral("Ana"), 1, 8, 4), ballot(QStringLiteral("Ben"), 1, 7, 4),
                     // On C-2 effort 3 or 4 both fit; the plan does not change.
                     ballot(QStringLiteral("Ana"), 2, 6, 3),
                     ballot(QStringLiteral("Ben"), 2, 6, 4)};
        r = revealed(r);
        QVERIFY(spreadOf(w, r, 3).couldChangePlan);
        QVERIFY(!spreadOf(w, r, 1).couldChangePlan);
        QVERIFY(!spreadOf(w, r, 2).couldChangePlan);
        // A decision already taken fixes the candidate's place: no ballot can move it.
        Workshop decided = w;
        decided.candidates[2].decision = Decision::Drop;
        QVERIFY(!spreadOf(decided, r, 3).couldChangePlan);
    }

    void agreementCanStillMoveThePlan()
    {
        // Everyone agrees C-3 is worth 9: no disagreement to flag, but accepting it moves C-3
        // into the plan, and the reveal says so.
        const Workshop w = workshop();
        RoomRound r = round(w);
        r.ballots = {ballot(QStringLiteral("Ana"), 3, 9, 4), ballot(QStringLiteral("Ben"), 3, 9, 4),
                     ballot(QStringLiteral("Ana"), 1, 8, 4),
                     ballot(QStringLiteral("Ben"), 1, 8, 4)};
        r = revealed(r);
        const CandidateSpread moved = spreadOf(w, r, 3);
        QVERIFY(!moved.couldChangePlan);
        QVERIFY(moved.acceptChangesPlan);
        const CandidateSpread calm = spreadOf(w, r, 1);
        QVERIFY(!calm.couldChangePlan);
        QVERIFY(!calm.acceptChangesPlan);
    }

    void effortCanChangeThePlanToo()
    {
        const Workshop w = workshop();
        RoomRound r = round(w);
        // C-2 at effort 7 no longer fits beside C-1 (4 + 7 > 10).
        r.ballots = {ballot(QStringLiteral("Ana"), 2, 6, 4),
                     ballot(QStringLiteral("Ben"), 2, 6, 7)};
        QVERIFY(spreadOf(w, revealed(r), 2).couldChangePlan);
    }

    void discussionOrder()
    {
        Workshop w = workshop();
        w.candidates[2].impact = 2;
        w.candidates.append(candidate(4, 1, 1));
        RoomRound r = round(w);
        r.ballots = {
            // C-1: calm.
            ballot(QStringLiteral("Ana"), 1, 8, 4), ballot(QStringLiteral("Ben"), 1, 8, 4),
            // C-2: diverges just enough (confidence IQR 25, a quarter of 0–100); in either way.
            ballot(QStringLiteral("Ana"), 2, 6, 4, 50), ballot(QStringLiteral("Ben"), 2, 6, 4, 100),
            // C-4: diverges a lot on effort (×10) but cannot change the plan.
            ballot(QStringLiteral("Ana"), 4, 1, 0.1), ballot(QStringLiteral("Ben"), 4, 1, 1),
            // C-3: could change the plan, not diverging on the scale (IQR 2 < 2.5).
            ballot(QStringLiteral("Ana"), 3, 7, 4), ballot(QStringLiteral("Ben"), 3, 3, 4)};
        const QList<CandidateSpread> queue = discussionQueue(w, revealed(r));
        QList<int> order;
        for (const CandidateSpread &s : queue)
            order.append(s.candidateId);
        QVERIFY(queue[0].couldChangePlan);
        QVERIFY(!queue[1].couldChangePlan);
        QVERIFY(queue[1].diverges && queue[2].diverges);
        QVERIFY(queue[1].divergence > queue[2].divergence);
        QCOMPARE(order, (QList<int>{3, 4, 2, 1}));
    }

    void aggregateTakesMediansAndGeometricMeans()
    {
        Workshop w = workshop();
        w.framework = Framework::Wsjf;
        RoomRound r = round(w);
        const auto wsjf = [](const QString &who, double impact, double risk, double effort) {
            Ballot b;
            b.participant = who;
            b.candidateId = 1;
            b.values = {{QStringLiteral("impact"), impact},
                        {QStringLiteral("time_criticality"), 5},
                        {QStringLiteral("risk"), risk},
                        {QStringLiteral("effort"), effort}};
            return b;
        };
        r.ballots = {wsjf(QStringLiteral("Ana"), 3, 2, 2), wsjf(QStringLiteral("Ben"), 8, 3, 8),
                     wsjf(QStringLiteral("Cy"), 5, 2, 4), wsjf(QStringLiteral("Di"), 9, 3, 4)};
        r.ballots[0].values[QStringLiteral("effort_low")] = 1;
        r.ballots[0].values[QStringLiteral("effort_high")] = 3;
        const QMap<QString, double> agg = aggregate(w, revealed(r), 1);
        QCOMPARE(agg.value(QStringLiteral("impact")), 6.5);
        QCOMPARE(agg.value(QStringLiteral("time_criticality")), 5.0);
        QCOMPARE(agg.value(QStringLiteral("risk")), 3.0);   // median 2.5, whole: rounds up
        QCOMPARE(agg.value(QStringLiteral("effort")), 4.0); // (2·8·4·4)^(1/4)
        // Only one low was given (1), kept; the only high (3) is below the likely 4: raised.
        QCOMPARE(agg.value(QStringLiteral("effort_low")), 1.0);
        QCOMPARE(agg.value(QStringLiteral("effort_high")), 4.0);
        // And it is a valid estimate.
        const Result<Candidate> c = withValues(w, 1, agg);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c.value().effort, 4.0);
        QCOMPARE(c.value().risk, 3);
    }

    void geometricMeanReadsLikeAnEstimate()
    {
        const Workshop w = workshop();
        RoomRound r = round(w);
        r.ballots = {ballot(QStringLiteral("Ana"), 1, 5, 1), ballot(QStringLiteral("Ben"), 1, 5, 2),
                     ballot(QStringLiteral("Cy"), 1, 5, 5)};
        // ∛10 = 2.1544…, to three significant digits.
        QCOMPARE(aggregate(w, revealed(r), 1).value(QStringLiteral("effort")), 2.15);
        // The reveal shows that number, not the median 2, as what Accept writes.
        const QString text = aggregateText(w, revealed(r), 1);
        QVERIFY2(text.contains(QStringLiteral("2.15 (geometric mean)")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral(" 2,")), qPrintable(text));
    }

    void withValuesAppliesAndReplacesTheRange()
    {
        Workshop w = workshop();
        w.candidates[0].effortLow = 3;
        w.candidates[0].effortHigh = 5;
        w.framework = Framework::Weighted;
        w.criteria = {{QStringLiteral("Fit"), 1}};
        const Result<Candidate> c =
            withValues(w, 1, {{QStringLiteral("effort"), 9}, {QStringLiteral("criterion:Fit"), 7}});
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c.value().effort, 9.0);
        QVERIFY(!c.value().effortLow && !c.value().effortHigh);
        QCOMPARE(c.value().scores.value(QStringLiteral("Fit")), 7.0);
        QCOMPARE(c.value().title, QStringLiteral("Work 1"));
    }

    void withValuesRefuses_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("impact 12") << QStringLiteral("impact") << 12.0
                                   << QStringLiteral("C-1: impact 12 is outside 0–10.");
        QTest::newRow("impact nan") << QStringLiteral("impact") << nan
                                    << QStringLiteral("C-1: impact is not a number (nan).");
        QTest::newRow("effort inf") << QStringLiteral("effort") << inf
                                    << QStringLiteral("C-1: effort must be finite, not inf.");
        QTest::newRow("effort -1")
            << QStringLiteral("effort") << -1.0
            << QStringLiteral("C-1: effort -1 is negative; it must be 0 or more.");
        QTest::newRow("risk 2.5") << QStringLiteral("risk") << 2.5
                                  << QStringLiteral("C-1: risk 2.5 must be a whole number from 1 "
                                                    "to 5.");
        QTest::newRow("low above likely")
            << QStringLiteral("effort_low") << 5.0
            << QStringLiteral("C-1: low effort 5 is above the likely effort 4.");
        QTest::newRow("criterion 11") << QStringLiteral("criterion:Fit") << 11.0
                                      << QStringLiteral("C-1: Fit 11 is outside 0–10.");
        QTest::newRow("criterion nan") << QStringLiteral("criterion:Fit") << nan
                                       << QStringLiteral("C-1: Fit nan is outside 0–10.");
        QTest::newRow("unknown criterion")
            << QStringLiteral("criterion:Speed") << 1.0
            << QStringLiteral("C-1: \"Speed\" is not a criterion of this workshop.");
        QTest::newRow("not an input")
            << QStringLiteral("title") << 1.0
            << QStringLiteral("C-1: \"title\" is not an input a ballot can set.");
    }
    void withValuesRefuses()
    {
        QFETCH(QString, id);
        QFETCH(double, value);
        QFETCH(QString, message);
        Workshop w = workshop();
        w.criteria = {{QStringLiteral("Fit"), 1}};
        const Result<Candidate> c = withValues(w, 1, {{id, value}});
        QVERIFY(!c.ok());
        QCOMPARE(c.error(), message);
    }

    void withValuesNeedsAKnownCandidate()
    {
        const Result<Candidate> c = withValues(workshop(), 42, {});
        QCOMPARE(c.error(), QStringLiteral("There is no candidate 42 in this workshop."));
    }

    void checkBallotAccepts()
    {
        const Workshop w = workshop();
        Ballot b = ballot(QStringLiteral("Ana"), 2, 6, 3);
        b.values[QStringLiteral("effort_low")] = 2;
        b.reason = QStringLiteral("We did the same for invoices");
        const Status s = checkBallot(w, round(w), b);
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }

    void checkBallotRefuses_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown candidate")
            << QStringLiteral("candidate 42")
            << QStringLiteral("There is no candidate 42 in this workshop.");
        QTest::newRow("not in round")
            << QStringLiteral("not in round") << QStringLiteral("C-3 is not in round 1.");
        QTest::newRow("revealed") << QStringLiteral("revealed")
                                  << QStringLiteral("Round 1 has been revealed; its ballots are "
                                                    "locked.");
        QTest::newRow("no name") << QStringLiteral("no name")
                                 << QStringLiteral("The ballot has no participant name.");
        QTest::newRow("long name") << QStringLiteral("long name")
                                   << QStringLiteral("The name \"xxxxxxxxxxxxxxxxxxxx…\" is longer "
                                                     "than 60 characters.");
        QTest::newRow("unasked input") << QStringLiteral("unasked")
                                       << QStringLiteral("C-2: round 1 does not ask for \"risk\".");
        QTest::newRow("missing input")
            << QStringLiteral("missing") << QStringLiteral("C-2: the ballot has no impact.");
        QTest::newRow("bad value") << QStringLiteral("bad value")
                                   << QStringLiteral("C-2: confidence 120 is outside 0–100.");
        QTest::newRow("high below likely")
            << QStringLiteral("high")
            << QStringLiteral("C-2: high effort 2 is below the likely "
                              "effort 3.");
        QTest::newRow("two lines")
            << QStringLiteral("two lines") << QStringLiteral("The reason must be one line.");
        QTest::newRow("long reason")
            << QStringLiteral("long reason")
            << QStringLiteral("The reason is 201 characters long; keep it to 200.");
    }
    void checkBallotRefuses()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        const Workshop w = workshop();
        RoomRound r = round(w);
        Ballot b = ballot(QStringLiteral("Ana"), 2, 6, 3);
        if (change == QStringLiteral("candidate 42"))
            b.candidateId = 42;
        else if (change == QStringLiteral("not in round"))
            r.candidateIds = {1, 2}, b.candidateId = 3;
        else if (change == QStringLiteral("revealed"))
            r = revealed(r);
        else if (change == QStringLiteral("no name"))
            b.participant = QStringLiteral("  ");
        else if (change == QStringLiteral("long name"))
            b.participant = QString(61, QLatin1Char('x'));
        else if (change == QStringLiteral("unasked"))
            b.values[QStringLiteral("risk")] = 2;
        else if (change == QStringLiteral("missing"))
            b.values.remove(QStringLiteral("impact"));
        else if (change == QStringLiteral("bad value"))
            b.values[QStringLiteral("confidence")] = 120;
        else if (change == QStringLiteral("high"))
            b.values[QStringLiteral("effort_high")] = 2;
        else if (change == QStringLiteral("two lines"))
            b.reason = QStringLiteral("first\nsecond");
        else if (change == QStringLiteral("long reason"))
            b.reason = QString(201, QLatin1Char('r'));
        const Status s = checkBallot(w, r, b);
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), message);
    }

    void explainFirstNamesHighestAndLowest()
    {
        const Workshop w = workshop();
        RoomRound r = round(w);
        r.ballots = {ballot(QStringLiteral("Cy"), 1, 6, 4), ballot(QStringLiteral("Ana"), 1, 9, 4),
                     ballot(QStringLiteral("Ben"), 1, 8, 8)};
        CandidateSpread spread = spreadOf(w, revealed(r), 1);
        // Scores: Cy 6/4 = 1.5, Ana 9/4 = 2.25, Ben 8/8 = 1.
        QCOMPARE(spread.explainHigh, QStringLiteral("Ana"));
        QCOMPARE(spread.explainLow, QStringLiteral("Ben"));
        QCOMPARE(explainPrompt(spread, false),
                 QStringLiteral("Ana (highest) and Ben (lowest) explain first"));

        r.anonymous = true;
        spread = spreadOf(w, revealed(r), 1);
        QVERIFY(spread.explainHigh.isEmpty() && spread.explainLow.isEmpty());
        QCOMPARE(explainPrompt(spread, true),
                 QStringLiteral("The highest and the lowest ballot explain first"));
    }

    void agreementNeedsNoExplaining()
    {
        const Workshop w = workshop();
        RoomRound r = round(w);
        r.ballots = {ballot(QStringLiteral("Ana"), 1, 8, 4),
                     ballot(QStringLiteral("Ben"), 1, 8, 4)};
        const CandidateSpread spread = spreadOf(w, revealed(r), 1);
        QVERIFY(spread.explainHigh.isEmpty());
        QVERIFY(explainPrompt(spread, false).isEmpty());
        QVERIFY(explainPrompt(spread, true).isEmpty());
    }

    void roundsAreCounted()
    {
        Workshop w = workshop();
        RoomRound first = round(w);
        RoomRound second = round(w);
        second.number = 2;
        second.candidateIds = {3};
        w.rounds = {first, second};
        QCOMPARE(roundsOf(w, 1), 1);
        QCOMPARE(roundsOf(w, 3), 2);
        QCOMPARE(roundsOf(w, 9), 0);
        QCOMPARE(kMaxRounds, 3);
    }
};

QTEST_GUILESS_MAIN(TestRoomLogic)
#include "tst_roomlogic.moc"
