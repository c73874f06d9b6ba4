// Tests the odds (core/odds): the random numbers and ranges, the shares against a brute-force
// solve of the same samples, determinism, flip margins against re-solves, refusals, the texts.
// The odds in files and CSV: tst_oddsfiles.
#include "core/odds/odds.h"
#include "core/odds/random.h"
#include "core/odds/range.h"
#include "core/odds/sampler.h"
#include "core/plan/planner.h"
#include "core/record/recordcontent.h"
#include "core/sample/sampleworkshop.h"
#include "tests/common/fixtures.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace cutline;

namespace {

// The best subset by enumeration: links, mandatory work and decisions as the planner has them.
std::optional<unsigned> bruteForce(const Workshop &w, const double *effort, const double *value,
                                   double capacity)
{
    const int n = int(w.candidates.size());
    std::optional<unsigned> best;
    double bestValue = -1;
    for (unsigned set = 0; set < (1U << n); ++set) {
        const auto has = [&](int id) {
            return (set >> w.indexOf(id)) & 1U;
        };
        bool ok = true;
        double e = 0, v = 0;
        for (int i = 0; i < n && ok; ++i) {
            const Candidate &c = w.candidates[i];
            const bool in = (set >> i) & 1U;
            ok = !((c.mandatory || c.decision == Decision::Commit) && !in) &&
                 !(isLeftOut(c.decision) && in);
            if (in) {
                e += effort[i];
                v += value[i];
            }
        }
        for (const Dependency &d : w.dependencies)
            ok = ok && (d.type == LinkType::Requires ? (!has(d.from) || has(d.to))
                                                     : !(has(d.from) && has(d.to)));
        if (ok && e <= capacity + 1e-9 * std::max(1.0, capacity) && v > bestValue) {
            bestValue = v;
            best = set;
        }
    }
    return best;
}

Workshop withEffort(Workshop w, int id, double effort)
{
    Candidate *c = w.candidate(id);
    c->effort = effort;
    c->effortLow = c->effortHigh = std::nullopt;
    return w;
}

Workshop withValue(Workshop w, int id, double value)
{
    Candidate *c = w.candidate(id);
    c->reach = value / (c->impact * c->confidence / 100);
    return w;
}

bool planTakes(const Workshop &w, int id)
{
    const std::optional<Plan> plan = solvePlan(w, w.capacity);
    return plan && plan->selected.contains(id);
}

} // namespace

class TestOdds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inverseNormalIsAccurate();
    void pcgMatchesReference();
    void sampledPercentilesMatchTheBand();
    void likelyOutsideMiddleHalfIsFlagged();
    void sharesMatchBruteForceOfTheSameSamples();
    void sameSeedSameNumbers();
    void editChangesOnlyItsOwnDraws();
    void flipMarginsMatchReSolves();
    void commitLineReachesItsTarget();
    void withoutRangesEverythingIsCertain();
    void refusals_data();
    void refusals();
    void cancelStops();
    void progressArrivesInSteps();
    void theSameQuestionIsAnsweredOnce();
    void marginTextsReadAsPeopleSpeak();
    void recordHasAnOddsSection();
};

void TestOdds::inverseNormalIsAccurate()
{
    QVERIFY(std::abs(odds::inverseNormal(0.975) - 1.959963984540054) < 1e-12);
    QVERIFY(std::abs(odds::inverseNormal(0.1) + 1.2815515655446004) < 1e-12);
    QVERIFY(std::abs(odds::inverseNormal(0.5)) < 1e-15);
    QVERIFY(std::abs(odds::inverseNormal(1e-10) + 6.361340902404056) < 1e-9);
    for (double p : {1e-6, 0.01, 0.3, 0.7, 0.99, 1 - 1e-6}) {
        const double x = odds::inverseNormal(p);
        QVERIFY(std::abs(0.5 * std::erfc(-x / std::sqrt(2.0)) - p) < 1e-14 * std::max(1.0, 1 / p));
    }
}

void TestOdds::pcgMatchesReference()
{
    // The first outputs of pcg32 with seed 42 and stream 54, from the reference implementation
    // (pcg32-demo).
    odds::Pcg32 rng(42, 54);
    const quint32 expected[] = {0xa15c02b7, 0x7b47f409, 0xba1d3330,
                                0x83d2f293, 0xbfa4784b, 0xcbed606e};
    for (quint32 e : expected)
        QCOMPARE(rng.next(), e);
    // Jumping ahead lands where stepping does.
    odds::Pcg32 stepped(7, 3), jumped(7, 3);
    for (int k = 0; k < 1000; ++k)
        stepped.next();
    jumped.advance(1000);
    QCOMPARE(jumped.next(), stepped.next());
}

void TestOdds::sampledPercentilesMatchTheBand()
{
    Workshop w;
    w.capacity = 100;
    w.candidates = {test::rangedCandidate(1, 6, 4, 10, 5)};
    const int n = 40000;
    const odds::Draws d = odds::drawSamples(w, w.capacity, n, 99);
    std::vector<double> e(d.effort.begin(), d.effort.end());
    std::sort(e.begin(), e.end());
    // Within sampling error of the 10th and 90th percentile (about ±0.5 % of the rank).
    QVERIFY2(std::abs(e[n / 10] - 4) < 0.08, qPrintable(QString::number(e[n / 10])));
    QVERIFY2(std::abs(e[n * 9 / 10] - 10) < 0.2, qPrintable(QString::number(e[n * 9 / 10])));
    QVERIFY(std::abs(e[n / 2] - std::sqrt(40.0)) < 0.08); // the median is √(low·high)
}

void TestOdds::likelyOutsideMiddleHalfIsFlagged()
{
    const odds::Range r = *odds::bandRange(4, 10);
    QVERIFY(!r.likelyOutsideMiddle(6));
    QVERIFY(r.likelyOutsideMiddle(4.2)); // below the 25th percentile (≈ 4.98)
    QVERIFY(r.likelyOutsideMiddle(9.5)); // above the 75th (≈ 8.03)
    QVERIFY(std::abs(r.quantile(0.1) - 4) < 1e-3);
    QVERIFY(std::abs(r.quantile(0.9) - 10) < 1e-2);
    Workshop w = test::oddsWorkshop();
    w.candidates[0].effortLow = 2.9;
    w.candidates[0].effortHigh = 9;
    const Result<Odds> odds = computeOdds(w, {std::nullopt, 200, 1, false});
    QVERIFY(odds);
    QVERIFY(odds.value().items[0].effortLikelyOff);
    QVERIFY(!odds.value().items[1].effortLikelyOff);
}

void TestOdds::sharesMatchBruteForceOfTheSameSamples()
{
    const Workshop w = test::oddsWorkshop();
    const int samples = 3000;
    const Result<Odds> result = computeOdds(w, {std::nullopt, samples, 5, false});
    QVERIFY2(result, qPrintable(result ? QString() : result.error()));
    const Odds &o = result.value();
    const odds::Draws d = odds::drawSamples(w, w.capacity, samples, 5);
    std::vector<int> hits(w.candidates.size(), 0);
    int fits = 0;
    const Plan plan = makePlan(w);
    for (int s = 0; s < samples; ++s) {
        const auto best = bruteForce(w, d.effortOf(s), d.valueOf(s), d.capacity[size_t(s)]);
        for (int i = 0; i < int(w.candidates.size()); ++i)
            hits[size_t(i)] += best && ((*best >> i) & 1U) ? 1 : 0;
        double used = 0;
        for (int id : plan.selected)
            used += d.effortOf(s)[w.indexOf(id)];
        fits += used <= w.capacity + 1e-9 * w.capacity ? 1 : 0;
    }
    QCOMPARE(o.fits.hits, fits);
    QVERIFY(o.fits.p() > 0.05 && o.fits.p() < 0.95); // the test means something
    int borderline = 0;
    for (int i = 0; i < int(w.candidates.size()); ++i) {
        QCOMPARE(o.items[i].in.of, samples);
        QVERIFY2(o.items[i].in.hits == hits[size_t(i)],
                 qPrintable(QStringLiteral("%1: %2 against %3")
                                .arg(i)
                                .arg(o.items[i].in.hits)
                                .arg(hits[size_t(i)])));
        borderline += o.items[i].band == OddsBand::Borderline ? 1 : 0;
    }
    QVERIFY(borderline >= 2);
    QCOMPARE(o.items[7].in.hits, 0);   // dropped
    QVERIFY(o.items[4].in.p() > 0.99); // mandatory
    QVERIFY(o.refineFirst.size() == borderline);
}

void TestOdds::sameSeedSameNumbers()
{
    const Workshop w = sampleWorkshop();
    const Result<Odds> a = computeOdds(w, {std::nullopt, 300, 77, true});
    const Result<Odds> b = computeOdds(w, {std::nullopt, 300, 77, true, false}); // sampled again
    const Result<Odds> c = computeOdds(w, {std::nullopt, 300, 78, false});
    QVERIFY(a && b && c);
    QCOMPARE(a.value().fits.hits, b.value().fits.hits);
    QCOMPARE(a.value().samePlan.hits, b.value().samePlan.hits);
    bool anyDifferent = a.value().fits.hits != c.value().fits.hits;
    for (int i = 0; i < a.value().items.size(); ++i) {
        QCOMPARE(a.value().items[i].in.hits, b.value().items[i].in.hits);
        QCOMPARE(a.value().items[i].effort.threshold, b.value().items[i].effort.threshold);
        anyDifferent = anyDifferent || a.value().items[i].in.hits != c.value().items[i].in.hits;
    }
    QCOMPARE(a.value().refineFirst, b.value().refineFirst);
    QVERIFY(anyDifferent);
    // The workshop's own seed and count are the defaults.
    Workshop seeded = w;
    seeded.odds.seed = 77;
    seeded.odds.samples = 300;
    const Result<Odds> d = computeOdds(seeded, {std::nullopt, std::nullopt, std::nullopt, false});
    QVERIFY(d);
    QCOMPARE(d.value().fits.hits, a.value().fits.hits);
    QCOMPARE(d.value().seed, quint64(77));
    // A seed from the reference stream, pinned: the numbers do not drift between builds.
    const odds::Draws draws = odds::drawSamples(w, w.capacity, 3, 77);
    QVERIFY(draws.effortOf(0)[0] > 0);
}

void TestOdds::editChangesOnlyItsOwnDraws()
{
    Workshop w = test::oddsWorkshop();
    const odds::Draws before = odds::drawSamples(w, w.capacity, 500, 3);
    w.candidates[1].effortHigh = 9;                            // edit one range
    w.candidates.append(test::rangedCandidate(9, 2, 1, 3, 3)); // and add a candidate
    w.candidates.move(8, 0);                                   // first in the list
    const odds::Draws after = odds::drawSamples(w, w.capacity, 500, 3);
    for (int s = 0; s < 500; ++s) {
        QCOMPARE(after.effortOf(s)[1], before.effortOf(s)[0]); // C-1 moved one row down
        QCOMPARE(after.effortOf(s)[3], before.effortOf(s)[2]);
        QCOMPARE(after.valueOf(s)[2], before.valueOf(s)[1]); // C-2's value range unchanged
    }
    QVERIFY(after.effortOf(0)[2] != before.effortOf(0)[1]);
}

void TestOdds::flipMarginsMatchReSolves()
{
    const Workshop w = sampleWorkshop();
    const Result<Odds> result = computeOdds(w, {std::nullopt, 200, 1, true});
    QVERIFY(result);
    int thresholds = 0;
    for (const CandidateOdds &item : result.value().items) {
        const Candidate &c = *w.candidate(item.id);
        QCOMPARE(item.inPlan, planTakes(w, c.id));
        if (item.effort.kind == FlipMargin::Kind::Threshold) {
            ++thresholds;
            const double t = item.effort.threshold, step = 2e-4 * std::max(c.effort, 1e-3);
            // At the margin the plan still takes it (or brings it in); past it, it flips.
            QVERIFY2(planTakes(withEffort(w, c.id, t), c.id), qPrintable(c.key));
            if (item.inPlan || t > step)
                QVERIFY2(!planTakes(withEffort(w, c.id, t + step), c.id) || !item.inPlan,
                         qPrintable(c.key));
            if (!item.inPlan)
                QVERIFY(!planTakes(withEffort(w, c.id, t + step), c.id));
        }
        if (item.value.kind == FlipMargin::Kind::Threshold) {
            ++thresholds;
            const double t = item.value.threshold, step = 1e-6 * std::max(1.0, t);
            if (item.inPlan) {
                QVERIFY2(planTakes(withValue(w, c.id, t + step), c.id), qPrintable(c.key));
                QVERIFY2(!planTakes(withValue(w, c.id, t - 1e-3), c.id), qPrintable(c.key));
            } else {
                QVERIFY2(planTakes(withValue(w, c.id, t + 1e-3), c.id), qPrintable(c.key));
                QVERIFY2(!planTakes(withValue(w, c.id, t - step), c.id), qPrintable(c.key));
            }
        }
        // Left out at any effort above nothing: the margin says never, not "≤ 0".
        if (item.effort.kind == FlipMargin::Kind::Never && !item.inPlan && !c.mandatory &&
            c.decision == Decision::Undecided)
            QVERIFY2(!planTakes(withEffort(w, c.id, 1e-3 * std::max(c.effort, 1.0)), c.id),
                     qPrintable(c.key));
        if (item.effort.kind == FlipMargin::Kind::Threshold && !item.inPlan)
            QVERIFY2(item.effort.threshold > 0, qPrintable(c.key));
        if (item.effort.kind == FlipMargin::Kind::Never && item.inPlan)
            QVERIFY(planTakes(withEffort(w, c.id, w.capacity), c.id) ||
                    !solvePlan(withEffort(w, c.id, w.capacity), w.capacity));
        if (c.mandatory || c.decision != Decision::Undecided)
            QCOMPARE(item.effort.kind, FlipMargin::Kind::Decided);
    }
    QVERIFY(thresholds > 20);
    const CandidateOdds *c4 = result.value().item(4);
    QVERIFY(effortMarginText(*c4, QStringLiteral("pw")).startsWith("stays in unless effort > "));
}

void TestOdds::commitLineReachesItsTarget()
{
    const Workshop w = sampleWorkshop();
    const Result<Odds> result = computeOdds(w, {std::nullopt, 500, 1, true});
    QVERIFY(result);
    const Odds &o = result.value();
    QVERIFY(o.fits.p() < 0.85);
    QVERIFY(o.commit.found);
    QVERIFY(o.commit.fits.p() >= 0.85);
    QVERIFY(o.commit.planningCapacity < w.capacity);
    QVERIFY(o.commit.totalValue <= o.planValue);
    // It is the planner's plan for that capacity.
    QCOMPARE(solvePlan(w, o.commit.planningCapacity)->selected, o.commit.selected);
}

void TestOdds::withoutRangesEverythingIsCertain()
{
    Workshop w = test::oddsWorkshop();
    for (Candidate &c : w.candidates) {
        c.effortLow = c.effortHigh = std::nullopt;
        c.valueLow = c.valueHigh = std::nullopt;
    }
    const Result<Odds> result = computeOdds(w, {std::nullopt, 100, 1, false});
    QVERIFY(result);
    QVERIFY(!result.value().anyRange);
    QCOMPARE(result.value().fits.p(), 1.0);
    QCOMPARE(result.value().samePlan.p(), 1.0);
    for (const CandidateOdds &item : result.value().items)
        QCOMPARE(item.in.p(), item.inPlan ? 1.0 : 0.0);
}

void TestOdds::refusals_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("too few samples") << 0 << "The sample count 50 is outside 100–1000000.";
    QTest::newRow("low of 0") << 1
                              << "C-1: the low effort 0 must be above 0 for a range (a "
                                 "log-normal cannot reach 0); raise it or clear the range.";
    QTest::newRow("reversed value") << 2 << "C-2: the high value 3 is below the low value 6.";
    QTest::newRow("shared error") << 3 << "The shared error 1.5 is outside 0–0.9.";
    QTest::newRow("infeasible")
        << 4
        << "Mandatory and committed work alone needs 20 person-weeks, 6 more than the "
           "capacity of 14.";
}

void TestOdds::refusals()
{
    QFETCH(int, change);
    QFETCH(QString, message);
    Workshop w = test::oddsWorkshop();
    OddsRequest request{std::nullopt, 200, 1, false};
    if (change == 0)
        request.samples = 50;
    if (change == 1)
        w.candidates[0].effortLow = 0;
    if (change == 2)
        w.candidates[1].valueHigh = 3;
    if (change == 3)
        w.odds.sharedError = 1.5;
    if (change == 4) {
        w.candidates[3].mandatory = true;
        w.candidates[3].effort = 19;
        w.candidates[3].effortLow = w.candidates[3].effortHigh = std::nullopt;
    }
    const Result<Odds> result = computeOdds(w, request);
    QVERIFY(!result);
    QCOMPARE(result.error(), message);
}

void TestOdds::cancelStops()
{
    std::atomic_bool cancel{true};
    OddsRequest request;
    request.reuse = false;
    const Result<Odds> result = computeOdds(sampleWorkshop(), request, &cancel);
    QVERIFY(result);
    QVERIFY(result.value().cancelled);
}

void TestOdds::progressArrivesInSteps()
{
    QList<int> solved;
    const Result<Odds> result =
        computeOdds(sampleWorkshop(), {std::nullopt, 1300, 1, false, false}, nullptr,
                    [&](const Odds &partial) { solved.append(partial.solved); });
    QVERIFY(result);
    QCOMPARE(solved.first(), 0); // P(fits) first, before any optimum
    QVERIFY(solved.size() >= 3);
    QVERIFY(std::is_sorted(solved.begin(), solved.end()));
    QCOMPARE(solved.last(), 1300); // after 0, 250 and 1,250
}

void TestOdds::theSameQuestionIsAnsweredOnce()
{
    Workshop w = sampleWorkshop();
    w.odds.seed = 4242;
    const OddsRequest request{std::nullopt, 200, std::nullopt, true};
    const Result<Odds> first = computeOdds(w, request);
    QVERIFY(first);
    // Asked again: the same answer at once, reported complete in one step.
    QList<int> solved;
    const Result<Odds> again = computeOdds(
        w, request, nullptr, [&](const Odds &partial) { solved.append(partial.solved); });
    QVERIFY(again);
    QCOMPARE(solved, QList<int>{200});
    QCOMPARE(again.value().fits.hits, first.value().fits.hits);
    QVERIFY(again.value().marginsDone);
    // An edit is a new question, never an old answer: the edited estimate's margin moves.
    Workshop edited = w;
    Candidate &c = edited.candidates.front();
    c.effort = c.effort * 1.5;
    if (c.effortLow)
        c.effortLow = *c.effortLow * 1.5;
    if (c.effortHigh)
        c.effortHigh = *c.effortHigh * 1.5;
    const OddsRequest shares{std::nullopt, 200, std::nullopt, false};
    const Result<Odds> fresh = computeOdds(edited, shares);
    const Result<Odds> sampled =
        computeOdds(edited, {std::nullopt, 200, std::nullopt, false, false});
    QVERIFY(fresh && sampled);
    QCOMPARE(fresh.value().fits.hits, sampled.value().fits.hits);
    for (int i = 0; i < fresh.value().items.size(); ++i)
        QCOMPARE(fresh.value().items[i].in.hits, sampled.value().items[i].in.hits);
}

void TestOdds::marginTextsReadAsPeopleSpeak()
{
    CandidateOdds item;
    item.effort = {FlipMargin::Kind::Threshold, 7.8, 5};
    item.inPlan = true;
    QCOMPARE(effortMarginText(item, QStringLiteral("pt")),
             QStringLiteral("stays in unless effort > 7.8 pt (+56 %)"));
    // A candidate that would enter only at no effort at all never enters.
    item.inPlan = false;
    item.effort = {FlipMargin::Kind::Threshold, 0, 5};
    QCOMPARE(effortMarginText(item, QStringLiteral("pt")),
             QStringLiteral("no effort change brings it in"));
    // A tie says so instead of "(-0.0 %)".
    item.inPlan = true;
    item.value = {FlipMargin::Kind::Threshold, 40, 40};
    QCOMPARE(valueMarginText(item),
             QStringLiteral("stays in unless value < 40 (a tie: the smallest move flips it)"));
    // Decided rows say why the estimates do not move them.
    Candidate c;
    c.mandatory = true;
    QCOMPARE(decidedText(c), QStringLiteral("mandatory: in the plan whatever the estimates"));
    c.mandatory = false;
    c.decision = Decision::Commit;
    QCOMPARE(decidedText(c), QStringLiteral("committed: decided, whatever the estimates"));
    Odds odds;
    odds.feasible = {990, 1000};
    QVERIFY(infeasibleText(odds).startsWith(QStringLiteral("In 1 % ± ")));
}

void TestOdds::recordHasAnOddsSection()
{
    Workshop w = sampleWorkshop();
    w.odds.samples = 400;
    w.odds.seed = 3;
    const auto oddsOf = [](const Workshop &workshop) {
        for (const Section &s : recordSections(workshop, makePlan(workshop)))
            if (s.id == SectionId::Odds)
                return s;
        return Section{};
    };
    const Section s = oddsOf(w);
    QCOMPARE(s.title, QStringLiteral("Odds"));
    QVERIFY(s.paragraphs.first().startsWith("Sampled 400 times with seed 3"));
    QVERIFY(s.paragraphs.first().contains("The plan fits the capacity of 44 person-weeks in "));
    QVERIFY(s.paragraphs[1].startsWith("Commit line at 85 %: planning to "));
    QVERIFY(s.table && s.table->rows.size() == w.candidates.size());
    QCOMPARE(s.table->rows[0][1], QStringLiteral("in")); // today's plan takes it
    QCOMPARE(s.table->rows[0][3], QStringLiteral("core"));
    QVERIFY(s.table->rows[3][4].startsWith("stays in unless effort > "));
    QVERIFY(s.bullets.first().startsWith("Refine first (most value at stake): "));
    for (Candidate &c : w.candidates)
        c.effortLow = c.effortHigh = std::nullopt;
    const Section none = oddsOf(w);
    QCOMPARE(none.paragraphs, QStringList{"No estimate has a range, so the plan fits for certain; "
                                          "low and high estimates would show how likely it is."});
    QVERIFY(!none.table);
}

QTEST_GUILESS_MAIN(TestOdds)
#include "tst_odds.moc"
