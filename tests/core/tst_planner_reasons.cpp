// Tests the planner's reasons on backlog-shaped instances (candidates needing 1–3 others,
// excludes pairs, decisions): the optimum and, for every candidate left out, the value of the
// best plan that includes it agree with brute force over every subset.
#include "core/model/field.h"
#include "core/plan/planner.h"
#include "tests/common/fixtures.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cutline;

class TestPlannerReasons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCostAgainstBruteForce_data();
    void everyCostAgainstBruteForce();
    void planBeforeReasons();
    void cancelStopsReasons();
    void rangesHoldTheExactCost();
    void dependentSharesItsPrerequisitesPlan();
};

namespace {

Workshop backlog(QRandomGenerator &rng, int n, int percent, bool halfUnits)
{
    Workshop w;
    double total = 0;
    for (int i = 0; i < n; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.title = c.key;
        c.effort = halfUnits ? 0.5 * (1 + rng.bounded(16)) : 0.1 + rng.bounded(80) / 9.0;
        c.impact = rng.bounded(11);
        c.confidence = 10 * (1 + rng.bounded(10));
        c.reach = 1 + rng.bounded(5);
        const int roll = rng.bounded(25);
        if (roll == 0)
            c.mandatory = true;
        else if (roll == 1)
            c.decision = Decision::Drop;
        else if (roll == 2)
            c.decision = Decision::Commit;
        total += c.effort;
        w.candidates.append(c);
    }
    w.capacity = std::round(total * (0.2 + 0.5 * rng.generateDouble()));
    for (int i = 1; i < n; ++i) {
        if (int(rng.bounded(100)) >= percent)
            continue;
        for (int k = 1 + int(rng.bounded(3)); k > 0; --k) {
            const int other = 1 + int(rng.bounded(i));
            if (!w.hasLink(i + 1, other, LinkType::Requires))
                w.dependencies.append({i + 1, other, LinkType::Requires});
        }
    }
    for (int pairs = 0; pairs < std::max(1, n / 5); ++pairs) {
        const int a = 1 + int(rng.bounded(n)), b = 1 + int(rng.bounded(n));
        if (a != b && !w.hasLink(a, b, LinkType::Requires) &&
            !w.hasLink(b, a, LinkType::Requires) && !w.hasLink(a, b, LinkType::Excludes) &&
            !w.hasLink(b, a, LinkType::Excludes))
            w.dependencies.append({a, b, LinkType::Excludes});
    }
    return w;
}

// The best value of a plan that holds every rule and includes `must` (0: none), or −1.
double bruteForce(const Workshop &w, int must)
{
    const int n = int(w.candidates.size());
    double best = -1;
    for (quint32 mask = 0; mask < (1u << n); ++mask) {
        const auto in = [&](int id) {
            return ((mask >> (id - 1)) & 1u) != 0;
        };
        if (must > 0 && !in(must))
            continue;
        double effort = 0, value = 0;
        bool ok = true;
        for (const Candidate &c : w.candidates) {
            const bool chosen = in(c.id);
            if (((c.mandatory || c.decision == Decision::Commit) && !chosen) ||
                (isLeftOut(c.decision) && chosen))
                ok = false;
            if (chosen) {
                effort += c.effort;
                value += planValue(c);
            }
        }
        for (const Dependency &d : w.dependencies)
            if ((d.type == LinkType::Requires && in(d.from) && !in(d.to)) ||
                (d.type == LinkType::Excludes && in(d.from) && in(d.to)))
                ok = false;
        if (ok && effort <= w.capacity + 1e-9)
            best = std::max(best, value);
    }
    return best;
}

} // namespace

void TestPlannerReasons::everyCostAgainstBruteForce_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<bool>("halfUnits");
    QTest::newRow("35 %, half units") << 35 << true;
    QTest::newRow("80 %, half units") << 80 << true;
    QTest::newRow("80 %, off any grid") << 80 << false;
}

void TestPlannerReasons::everyCostAgainstBruteForce()
{
    QFETCH(int, percent);
    QFETCH(bool, halfUnits);
    int costs = 0;
    for (quint32 seed = 1; seed <= 150; ++seed) {
        QRandomGenerator rng(seed);
        const Workshop w = backlog(rng, 4 + int(rng.bounded(11)), percent, halfUnits);
        const double best = bruteForce(w, 0);
        const Plan plan = makePlan(w);
        const QString where = QStringLiteral("seed %1").arg(seed);
        QCOMPARE(plan.feasible, best >= 0);
        if (best < 0)
            continue;
        QVERIFY2(qAbs(plan.totalValue - best) < 1e-6, qPrintable(where));
        QCOMPARE(plan.selected.size() + plan.excluded.size(), w.candidates.size());
        for (const Exclusion &e : plan.excluded) {
            QVERIFY2(!e.reason.isEmpty(), qPrintable(where));
            if (!e.costed)
                continue;
            ++costs;
            const double with = bruteForce(w, e.id);
            const QString what = QStringLiteral("%1, C-%2: %3").arg(where).arg(e.id).arg(e.reason);
            QVERIFY2(e.valueWith.has_value() == (with >= 0), qPrintable(what));
            if (e.valueWith)
                QVERIFY2(qAbs(*e.valueWith - with) < 1e-6, qPrintable(what));
        }
    }
    qInfo("%d stated costs checked", costs);
    QVERIFY(costs > 100);
}

// The plan is handed over before any reason that needs a solve, with those marked pending;
// the reasons then arrive one each and match what makePlan returns.
void TestPlannerReasons::planBeforeReasons()
{
    QRandomGenerator rng(7);
    const Workshop w = backlog(rng, 60, 35, true);
    std::optional<Plan> early;
    QList<Exclusion> heard;
    PlanProgress progress;
    progress.planned = [&](const Plan &plan) {
        QVERIFY(heard.isEmpty());
        early = plan;
    };
    progress.explained = [&](const Exclusion &e) {
        QVERIFY(early.has_value());
        heard.append(e);
    };
    const Plan plan = makePlan(w, std::nullopt, nullptr, &progress);
    QVERIFY(plan.feasible && early);
    QCOMPARE(early->selected, plan.selected);
    QCOMPARE(early->excluded.size(), plan.excluded.size());
    int pending = 0;
    for (qsizetype k = 0; k < plan.excluded.size(); ++k) {
        const Exclusion &e = early->excluded[k];
        QVERIFY(!plan.excluded[k].pending);
        if (!e.pending) {
            QCOMPARE(e.reason, plan.excluded[k].reason);
            continue;
        }
        ++pending;
        const auto it = std::find_if(heard.begin(), heard.end(),
                                     [&](const Exclusion &h) { return h.id == e.id; });
        QVERIFY(it != heard.end());
        QCOMPARE(it->reason, plan.excluded[k].reason);
    }
    QVERIFY(pending > 0);
    QCOMPARE(heard.size(), pending);
}

// Cancelling once the plan is known (a newer edit) stops the reasons' solves.
void TestPlannerReasons::cancelStopsReasons()
{
    QRandomGenerator rng(11);
    Workshop w = backlog(rng, 80, 80, true);
    for (Candidate &c : w.candidates) { // so that a plan exists
        c.mandatory = false;
        c.decision = Decision::Undecided;
    }
    std::atomic_bool cancel{false};
    int heard = 0;
    PlanProgress progress;
    progress.planned = [&](const Plan &) {
        cancel = true;
    };
    progress.explained = [&](const Exclusion &) {
        ++heard;
    };
    const Plan plan = makePlan(w, std::nullopt, &cancel, &progress);
    QVERIFY(cancel);
    QVERIFY(plan.cancelled);
    QCOMPARE(heard, 0);
}

// A reason whose search stops at its node limit states a range; the exact cost (with no limit)
// lies inside it, and the text gives both ends.
void TestPlannerReasons::rangesHoldTheExactCost()
{
    int ranges = 0;
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QRandomGenerator rng(seed);
        Workshop w = backlog(rng, 70, 80, true);
        for (Candidate &c : w.candidates) { // so that a plan exists
            c.mandatory = false;
            c.decision = Decision::Undecided;
        }
        const Plan exact =
            makePlan(w, std::nullopt, nullptr, nullptr, std::numeric_limits<qint64>::max());
        const Plan limited = makePlan(w, std::nullopt, nullptr, nullptr, 0);
        QVERIFY(exact.feasible);
        QCOMPARE(limited.selected, exact.selected); // the limit is for reasons only
        QCOMPARE(limited.excluded.size(), exact.excluded.size());
        for (qsizetype k = 0; k < exact.excluded.size(); ++k) {
            const Exclusion &e = exact.excluded[k];
            const Exclusion &r = limited.excluded[k];
            QVERIFY(!e.valueWithCeiling);
            const QString what = QStringLiteral("seed %1, C-%2: %3 / %4")
                                     .arg(seed)
                                     .arg(e.id)
                                     .arg(e.reason, r.reason);
            if (!r.valueWithCeiling) {
                QVERIFY2(r.reason == e.reason, qPrintable(what));
                continue;
            }
            ++ranges;
            QVERIFY2(e.valueWith, qPrintable(what));
            QVERIFY2(*e.valueWith <= *r.valueWithCeiling + 1e-6, qPrintable(what));
            if (r.valueWith) {
                QVERIFY2(*r.valueWith <= *e.valueWith + 1e-6, qPrintable(what));
                QVERIFY2(r.reason.contains(QLatin1String("would lower the total value by")),
                         qPrintable(what));
                const double most = exact.totalValue - *r.valueWith;
                QVERIFY2(r.reason.endsWith(formatAmount(most)), qPrintable(what));
            } else {
                QVERIFY2(r.reason.contains(QLatin1String("if any plan can include it")),
                         qPrintable(what));
            }
        }
    }
    qInfo("%d ranges checked", ranges);
    QVERIFY(ranges > 10);
}

// A reason whose prerequisite's best plan already includes it takes that plan: nothing with
// the dependent can do better, since every such plan holds the prerequisite too.
void TestPlannerReasons::dependentSharesItsPrerequisitesPlan()
{
    Workshop w;
    w.candidates = {test::plainCandidate(1, 3, 1),  // A
                    test::plainCandidate(2, 2, 3),  // B needs A
                    test::plainCandidate(3, 5, 6)}; // C, the plan alone
    w.dependencies = {{2, 1, LinkType::Requires}};
    w.capacity = 5;
    const Plan plan = makePlan(w);
    QCOMPARE(plan.selected, QList<int>{3});
    QCOMPARE(plan.excluded.size(), 2);
    for (const Exclusion &e : plan.excluded) {
        QVERIFY(e.costed);
        QCOMPARE(e.valueWith.value_or(-1), 4.0); // A and B together
        QVERIFY2(e.reason.endsWith(QStringLiteral("including it would lower the total value by 2")),
                 qPrintable(e.reason));
    }
    QVERIFY(plan.excluded[1].reason.startsWith(QStringLiteral("needs C-1, which was not chosen")));
}

QTEST_GUILESS_MAIN(TestPlannerReasons)
#include "tst_planner_reasons.moc"
