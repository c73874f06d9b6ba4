// Tests for core/decision: one plan, one truth. What a decision needs, which decisions depart
// from the plan, adopting the plan, and the sign-off check — on small cases and, as properties,
// on random workshops with random decisions.
#include "core/decision/decisions.h"
#include "core/plan/planner.h"
#include "core/record/recordcontent.h"
#include "tests/common/instances.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cutline;

class TestDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitInPlanNeedsNoReason();
    void commitOutOfPlanDeparts();
    void deferAndDropAlwaysNeedAReason();
    void tiesAreNotDepartures();
    void forcedDecisionIsNotADeparture();
    void overcommitmentIsOneSignOffProblem();
    void signOffNeedsDeciderAndADecision();
    void authorFallsBackToLogin();
    void adoptingThePlanCanBeSignedOff();
    void adoptingKeepsThePlan();
    void departureMeansABetterOppositePlan();
    void changingADecisionNeedsItsOwnReason();
    void mandatoryDeferredIsNamedPlainly();
    void recordComparesWithTheEstimatesAlone();
};

namespace {

Candidate candidate(int id, double effort, double impact)
{
    Candidate c;
    c.id = id;
    c.key = QStringLiteral("C-%1").arg(id);
    c.title = QStringLiteral("Candidate %1").arg(id);
    c.effort = effort;
    c.impact = impact;
    return c;
}

// Capacity 5; three candidates of effort 3 with impact 9, 6, 3: the plan takes C-1 alone.
Workshop threeOfThree()
{
    Workshop w;
    w.capacity = 5;
    w.decider = QStringLiteral("Dana");
    for (int i = 0; i < 3; ++i)
        w.candidates.append(candidate(i + 1, 3, 9 - 3 * i));
    return w;
}

void decide(Workshop &w, int id, Decision decision, const QString &rationale = QString())
{
    Candidate *c = w.candidate(id);
    c->decision = decision;
    if (!rationale.isEmpty())
        c->rationale = rationale;
}

Workshop applied(Workshop w, const QList<Adoption> &adoption)
{
    for (const Adoption &a : adoption)
        decide(w, a.id, a.decision, a.rationale);
    return w;
}

// A random workshop from the planner's families with random decisions, each with a reason,
// that still leave a feasible plan.
Workshop randomDecided(quint32 seed)
{
    const auto family = test::Family(seed % 4);
    Workshop w = test::generateInstance(family, 8 + int(seed % 7), seed);
    w.decider = QStringLiteral("Dana");
    QRandomGenerator random(seed);
    for (Candidate &c : w.candidates) {
        if (c.decision != Decision::Undecided)
            c.rationale = QStringLiteral("Decided earlier");
        const int roll = int(random.bounded(10));
        if (roll == 0)
            decide(w, c.id, Decision::Commit, QStringLiteral("The board asked"));
        else if (roll == 1)
            decide(w, c.id, Decision::Defer, QStringLiteral("Next quarter"));
        else if (roll == 2)
            decide(w, c.id, Decision::Drop, QStringLiteral("Not worth it"));
    }
    // Take decisions back, last first, until a plan exists.
    for (qsizetype i = w.candidates.size() - 1; i >= 0 && !makePlan(w).feasible; --i)
        w.candidates[i].decision = Decision::Undecided;
    return w;
}

} // namespace

void TestDecisions::commitInPlanNeedsNoReason()
{
    const Workshop w = threeOfThree();
    QVERIFY(!needsRationale(w, 1, Decision::Commit));
    QVERIFY(!decisionProblem(w, 1, Decision::Commit, QString()));
    QVERIFY(!departure(w, 1, Decision::Commit));
}

void TestDecisions::commitOutOfPlanDeparts()
{
    const Workshop w = threeOfThree();
    QVERIFY(needsRationale(w, 3, Decision::Commit));
    QCOMPARE(decisionProblem(w, 3, Decision::Commit, QString()).value_or(QString()),
             QStringLiteral("C-3: committing it departs from the plan, which leaves it out; say "
                            "why (a rationale is required)."));
    QVERIFY(!decisionProblem(w, 3, Decision::Commit, QStringLiteral("Contract")));
    const auto d = departure(w, 3, Decision::Commit);
    QVERIFY(d.has_value());
    QVERIFY(!d->planWouldTake);
    QCOMPARE(d->valueGiven, 6.0); // 9 with C-1 against 3 with C-3
}

void TestDecisions::deferAndDropAlwaysNeedAReason()
{
    const Workshop w = threeOfThree();
    QCOMPARE(decisionProblem(w, 2, Decision::Defer, QString()).value_or(QString()),
             QStringLiteral("C-2: say why it is deferred (a rationale is required)."));
    QCOMPARE(decisionProblem(w, 2, Decision::Drop, QStringLiteral("  ")).value_or(QString()),
             QStringLiteral("C-2: say why it is dropped (a rationale is required)."));
    QVERIFY(!decisionProblem(w, 2, Decision::Drop, QStringLiteral("Legal said no")));
    // Deferring what the plan takes departs from it; deferring what it leaves out does not.
    QVERIFY(departure(w, 1, Decision::Defer).has_value());
    QVERIFY(departure(w, 1, Decision::Defer)->planWouldTake);
    QVERIFY(!departure(w, 2, Decision::Defer));
}

void TestDecisions::tiesAreNotDepartures()
{
    // Two equal candidates, room for one: committing either is the plan.
    Workshop w;
    w.capacity = 3;
    w.candidates = {candidate(1, 3, 5), candidate(2, 3, 5)};
    QVERIFY(!departure(w, 1, Decision::Commit));
    QVERIFY(!departure(w, 2, Decision::Commit));
}

void TestDecisions::forcedDecisionIsNotADeparture()
{
    // With C-3 committed, C-1 no longer fits: dropping it is forced, not a departure.
    Workshop w = threeOfThree();
    decide(w, 3, Decision::Commit, QStringLiteral("Contract"));
    decide(w, 1, Decision::Drop, QStringLiteral("Legal said no"));
    const QList<Departure> found = departures(w);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, 3);
}

void TestDecisions::overcommitmentIsOneSignOffProblem()
{
    Workshop w = threeOfThree();
    decide(w, 1, Decision::Commit);
    decide(w, 2, Decision::Commit, QStringLiteral("Promised"));
    QVERIFY(departures(w).isEmpty()); // no plan exists, so nothing departs from one
    QCOMPARE(signOffProblems(w),
             QStringList{QStringLiteral("Mandatory and committed work alone needs 6 "
                                        "person-weeks, 1 more than the capacity of 5.")});
}

void TestDecisions::signOffNeedsDeciderAndADecision()
{
    Workshop w = threeOfThree();
    w.decider.clear();
    QCOMPARE(signOffProblems(w),
             (QStringList{QStringLiteral("Name the decider in the workshop settings first."),
                          QStringLiteral("Nothing is decided yet.")}));
    w.decider = QStringLiteral("Dana");
    decide(w, 3, Decision::Commit);
    QCOMPARE(signOffProblems(w),
             QStringList{QStringLiteral("C-3: committing it departs from the plan, which leaves "
                                        "it out; say why (a rationale is required).")});
    decide(w, 3, Decision::Commit, QStringLiteral("Contract"));
    QVERIFY(signOffProblems(w).isEmpty());
}

void TestDecisions::authorFallsBackToLogin()
{
    QCOMPARE(decisionAuthor(QStringLiteral("  Priya Raman ")), QStringLiteral("Priya Raman"));
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    QCOMPARE(decisionAuthor(QString()), login.isEmpty() ? QStringLiteral("unknown") : login);
}

// The property the issue asks for: whatever was decided before, adopting the plan shown never
// asks for a rationale and can always be signed off.
void TestDecisions::adoptingThePlanCanBeSignedOff()
{
    int checked = 0;
    for (quint32 seed = 1; seed <= 120; ++seed) {
        const Workshop before = randomDecided(seed);
        const Plan plan = makePlan(before);
        if (!plan.feasible)
            continue; // mandatory work alone exceeds the capacity
        ++checked;
        const QList<Adoption> adoption = planAdoption(before, plan);
        for (const Adoption &a : adoption)
            if (a.decision == Decision::Commit)
                QVERIFY2(!needsRationale(before, a.id, Decision::Commit),
                         qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(a.id)));
        const Workshop after = applied(before, adoption);
        QVERIFY2(signOffProblems(after).isEmpty(),
                 qPrintable(QStringLiteral("seed %1: %2")
                                .arg(seed)
                                .arg(signOffProblems(after).join(QLatin1Char('\n')))));
    }
    QVERIFY(checked >= 100);
}

void TestDecisions::adoptingKeepsThePlan()
{
    for (quint32 seed = 1; seed <= 120; ++seed) {
        const Workshop before = randomDecided(seed);
        const Plan plan = makePlan(before);
        if (!plan.feasible)
            continue;
        const Workshop after = applied(before, planAdoption(before, plan));
        const Plan again = makePlan(after);
        QCOMPARE(again.selected, plan.selected);
        QVERIFY(qAbs(again.totalValue - plan.totalValue) < 1e-9);
        for (const Candidate &c : after.candidates)
            QCOMPARE(c.decision == Decision::Commit, again.selected.contains(c.id));
    }
}

// A commit departs exactly when forcing the candidate in costs value, every other decision
// kept; checked against an independent solve.
void TestDecisions::departureMeansABetterOppositePlan()
{
    for (quint32 seed = 1; seed <= 80; ++seed) {
        const Workshop w = randomDecided(seed);
        const Plan plan = makePlan(w);
        for (const Candidate &c : w.candidates) {
            if (c.decision != Decision::Undecided || plan.selected.contains(c.id))
                continue;
            const std::optional<Plan> forced = solvePlan(w, w.capacity, {c.id});
            const bool costs = !forced || forced->totalValue < plan.totalValue - 1e-9;
            // Forced in but no plan at all: committing it is infeasible, reported at sign-off.
            QCOMPARE(departure(w, c.id, Decision::Commit).has_value(), forced && costs);
        }
    }
}

void TestDecisions::changingADecisionNeedsItsOwnReason()
{
    Workshop w = threeOfThree();
    decide(w, 1, Decision::Defer, QStringLiteral("Below the cut line: later"));
    w.decisionLog.append(DecisionChange{QDateTime::currentDateTimeUtc(), QStringLiteral("Dana"),
                                        QStringLiteral("C-1"), Decision::Undecided, Decision::Defer,
                                        QStringLiteral("Below the cut line: later")});
    QVERIFY(rationaleIsStale(w, *w.candidate(1), Decision::Drop));
    QVERIFY(!rationaleIsStale(w, *w.candidate(1), Decision::Defer));
    // The deferral's reason does not explain a drop.
    QCOMPARE(decisionProblem(w, 1, Decision::Drop, QString()).value_or(QString()),
             QStringLiteral("C-1: say why it is dropped (a rationale is required)."));
    QVERIFY(!decisionProblem(w, 1, Decision::Drop, QStringLiteral("Legal said no")));
    // Committing what the plan takes needs no reason, old or new.
    QVERIFY(!decisionProblem(w, 1, Decision::Commit, QString()));
    // A reason written since the last decision is the new one.
    w.candidate(1)->rationale = QStringLiteral("Legal said no");
    QVERIFY(!rationaleIsStale(w, *w.candidate(1), Decision::Drop));
    QVERIFY(!decisionProblem(w, 1, Decision::Drop, QString()));
}

void TestDecisions::mandatoryDeferredIsNamedPlainly()
{
    Workshop w = threeOfThree();
    w.candidate(2)->mandatory = true;
    decide(w, 2, Decision::Defer, QStringLiteral("Next quarter"));
    QVERIFY(signOffProblems(w).contains(QStringLiteral("C-2 is mandatory but was deferred.")));
}

// Each decision of a set may be forced by the others, so none departs; the record still shows
// what the set gives up against the estimates alone, labelled as such.
void TestDecisions::recordComparesWithTheEstimatesAlone()
{
    Workshop w = threeOfThree();
    decide(w, 3, Decision::Commit, QStringLiteral("Contract"));
    decide(w, 1, Decision::Defer, QStringLiteral("Makes room for C-3"));
    QCOMPARE(estimatesOnlyPlan(w).selected, QList<int>{1});
    const Plan plan = makePlan(w);
    const QList<Section> sections = recordSections(w, plan);
    const auto estimates = std::find_if(sections.begin(), sections.end(), [](const Section &s) {
        return s.id == SectionId::EstimatesAlone;
    });
    QVERIFY(estimates != sections.end());
    QVERIFY(estimates->paragraphs.join(QLatin1Char(' ')).contains(QStringLiteral("(6 less)")));
    QVERIFY(estimates->table);
    QCOMPARE(estimates->table->keys, (QStringList{QStringLiteral("C-1"), QStringLiteral("C-3")}));
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
