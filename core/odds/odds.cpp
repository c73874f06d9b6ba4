#include "core/odds/odds.h"

#include "core/model/field.h"
#include "core/odds/flip.h"
#include "core/odds/range.h"
#include "core/odds/sampler.h"
#include "core/plan/planner.h"
#include "core/plan/search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <deque>
#include <vector>

namespace cutline {

namespace {

using odds::Draws;

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Odds)
};

constexpr double kZ95 = 1.959963984540054;
constexpr double kCoreShare = 0.9;
constexpr double kOutShare = 0.1;
constexpr int kFirstBatch = 250; // samples shown first, so figures appear within moments

bool fitsIn(double effort, double capacity)
{
    return effort <= capacity + 1e-9 * std::max(1.0, std::abs(capacity));
}

// The samples in which the candidates at `indices` fit the sampled capacity.
Share fitShare(const Draws &d, const std::vector<int> &indices)
{
    Share share;
    share.of = d.samples;
    for (int s = 0; s < d.samples; ++s) {
        const double *effort = d.effortOf(s);
        double total = 0;
        for (int i : indices)
            total += effort[i];
        share.hits += fitsIn(total, d.capacity[size_t(s)]) ? 1 : 0;
    }
    return share;
}

// What each sample's exact optimum is, filled in batches.
struct Optima
{
    explicit Optima(const Draws &d)
        : members(size_t(d.samples) * size_t(d.candidates), 0), value(size_t(d.samples), 0),
          feasible(size_t(d.samples), 0)
    {
    }
    std::vector<char> members; // [sample * candidates + index]
    std::vector<double> value;
    std::vector<char> feasible;
};

class Sampling
{
public:
    // `nominal`: what solving the likely estimates leaves; every sample starts from it (the
    // same start whatever thread solves it, so the shares stay the same on every machine).
    Sampling(const Workshop &w, const Draws &d, plan::WarmStart nominal,
             const std::atomic_bool *cancel)
        : w(w), d(d), model(w), optima(d), cancel(cancel), nominal(std::move(nominal))
    {
    }

    // Solves samples [begin, end) on the worker threads.
    void solve(int begin, int end)
    {
        odds::parallelFor(end - begin, odds::oddsThreads(), [&](int from, int to) {
            plan::Model local = model;
            for (int s = begin + from; s < begin + to && !(cancel && cancel->load()); ++s)
                solveOne(local, s);
        });
    }

    const Workshop &w;
    const Draws &d;
    const plan::Model model;
    Optima optima;
    const std::atomic_bool *cancel;

private:
    const plan::WarmStart nominal;

    void solveOne(plan::Model &local, int s)
    {
        const size_t n = size_t(d.candidates);
        std::copy_n(d.effortOf(s), n, local.effort.begin());
        std::copy_n(d.valueOf(s), n, local.value.begin());
        const plan::SearchOutcome o =
            plan::searchOptimum(w, local, d.capacity[size_t(s)], {}, cancel, &nominal);
        if (!o.feasible || o.stopped)
            return;
        optima.feasible[size_t(s)] = 1;
        double total = 0;
        for (int i : o.chosen) {
            optima.members[size_t(s) * n + size_t(i)] = 1;
            total += local.value[size_t(i)];
        }
        optima.value[size_t(s)] = total;
    }
};

OddsBand bandOf(const Share &share)
{
    if (share.p() >= kCoreShare)
        return OddsBand::Core;
    if (share.p() <= kOutShare)
        return OddsBand::Out;
    return OddsBand::Borderline;
}

// Shares, bands and stakes from the first `solved` samples.
void tally(Odds &odds, const Sampling &sampling, int solved)
{
    const Draws &d = sampling.d;
    const Optima &o = sampling.optima;
    const size_t n = size_t(d.candidates);
    odds.solved = solved;
    odds.samePlan = Share{0, solved};
    odds.feasible = Share{0, solved};
    std::vector<char> plan(n, 0);
    for (int id : odds.plan)
        plan[size_t(sampling.w.indexOf(id))] = 1;
    std::vector<int> hits(n, 0);
    std::vector<double> valueWhenIn(n, 0);
    double valueSum = 0;
    for (int s = 0; s < solved; ++s) {
        if (!o.feasible[size_t(s)])
            continue;
        ++odds.feasible.hits;
        const char *members = o.members.data() + size_t(s) * n;
        odds.samePlan.hits += std::equal(plan.begin(), plan.end(), members) ? 1 : 0;
        valueSum += o.value[size_t(s)];
        for (size_t i = 0; i < n; ++i)
            if (members[i]) {
                ++hits[i];
                valueWhenIn[i] += o.value[size_t(s)];
            }
    }
    const double feasibleCount = std::max(1, odds.feasible.hits);
    for (size_t i = 0; i < n; ++i) {
        CandidateOdds &item = odds.items[qsizetype(i)];
        item.in = Share{hits[i], solved};
        item.band = bandOf(item.in);
        const double share = hits[i] / feasibleCount;
        item.stake = valueWhenIn[i] / feasibleCount - share * (valueSum / feasibleCount);
    }
    odds.refineFirst.clear();
    QList<const CandidateOdds *> borderline;
    for (const CandidateOdds &item : odds.items)
        if (item.band == OddsBand::Borderline)
            borderline.append(&item);
    std::stable_sort(borderline.begin(), borderline.end(),
                     [](const CandidateOdds *a, const CandidateOdds *b) {
                         return std::abs(a->stake) > std::abs(b->stake);
                     });
    for (const CandidateOdds *item : borderline)
        odds.refineFirst.append(item->id);
}

std::vector<int> indicesOf(const Workshop &w, const QList<int> &ids)
{
    std::vector<int> indices;
    for (int id : ids)
        indices.push_back(w.indexOf(id));
    return indices;
}

// The plan for planning capacity `c`, and how often it fits.
struct PlanFit
{
    std::optional<Plan> plan;
    Share fits;
};

// The largest planning capacity whose plan fits in at least `target` of the samples.
CommitLine commitLine(const Workshop &w, const Draws &d, const Odds &odds, double target,
                      const std::atomic_bool *cancel)
{
    CommitLine line;
    line.target = target;
    const auto evaluate = [&](double c) {
        PlanFit e;
        e.plan = solvePlan(w, c, {}, cancel);
        if (e.plan)
            e.fits = fitShare(d, indicesOf(w, e.plan->selected));
        return e;
    };
    const auto accept = [&](double c, const PlanFit &e) {
        line.found = true;
        line.planningCapacity = c;
        line.selected = e.plan->selected;
        line.totalEffort = e.plan->totalEffort;
        line.totalValue = e.plan->totalValue;
        line.fits = e.fits;
    };
    if (odds.fits.p() >= target) {
        PlanFit e;
        e.plan = solvePlan(w, odds.capacity, {}, cancel);
        e.fits = odds.fits;
        if (e.plan)
            accept(odds.capacity, e);
        return line;
    }
    // Step down until a plan reaches the target, then narrow the step by bisection.
    constexpr int kSteps = 40;
    double failing = odds.capacity;
    for (int k = 1; k <= kSteps && !(cancel && cancel->load()); ++k) {
        const double c = odds.capacity * (1 - double(k) / kSteps);
        const PlanFit e = evaluate(c);
        if (!e.plan)
            return line; // forced work alone no longer fits: no plan reaches the target
        if (e.fits.p() >= target) {
            accept(c, e);
            break;
        }
        failing = c;
    }
    for (int k = 0; line.found && k < 12 && !(cancel && cancel->load()); ++k) {
        const double c = (line.planningCapacity + failing) / 2;
        const PlanFit e = evaluate(c);
        if (e.plan && e.fits.p() >= target && e.plan->totalValue >= line.totalValue)
            accept(c, e);
        else
            failing = c;
    }
    return line;
}

std::optional<QString> checkRequest(const Workshop &w, int samples)
{
    if (samples < kMinOddsSamples || samples > kMaxOddsSamples)
        return Text::tr("The sample count %1 is outside %2–%3.")
            .arg(samples)
            .arg(kMinOddsSamples)
            .arg(kMaxOddsSamples);
    if (std::isnan(w.odds.sharedError) || w.odds.sharedError < 0 ||
        w.odds.sharedError > kMaxSharedError)
        return Text::tr("The shared error %1 is outside 0–%2.")
            .arg(formatNumber(w.odds.sharedError), formatNumber(kMaxSharedError));
    return odds::checkRanges(w);
}

Odds startOdds(const Workshop &w, const OddsRequest &request, const Plan &plan)
{
    Odds odds;
    odds.samples = request.samples.value_or(w.odds.samples);
    odds.seed = request.seed.value_or(w.odds.seed);
    odds.capacity = plan.capacity;
    odds.capacityRanged = !request.capacity && odds::capacityRange(w.odds);
    odds.anyRange = odds.capacityRanged;
    odds.plan = plan.selected;
    odds.planEffort = plan.totalEffort;
    odds.planValue = plan.totalValue;
    for (const Candidate &c : w.candidates) {
        CandidateOdds item;
        item.id = c.id;
        item.inPlan = plan.selected.contains(c.id);
        const auto effort = odds::effortRange(c);
        const auto value = odds::valueRange(c);
        item.effortRanged = effort.has_value();
        item.valueRanged = value.has_value();
        item.effortLikelyOff = effort && effort->likelyOutsideMiddle(c.effort);
        item.valueLikelyOff = value && value->likelyOutsideMiddle(planValue(c));
        odds.anyRange = odds.anyRange || item.effortRanged || item.valueRanged;
        odds.items.append(item);
    }
    return odds;
}

} // namespace

double Share::p() const
{
    return of > 0 ? double(hits) / of : 0;
}

double Share::low() const
{
    if (of <= 0)
        return 0;
    const double z2 = kZ95 * kZ95, n = of, q = p();
    const double centre = (q + z2 / (2 * n)) / (1 + z2 / n);
    const double half = kZ95 * std::sqrt(q * (1 - q) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return std::clamp(centre - half, 0.0, q); // rounding never leaves p outside
}

double Share::high() const
{
    if (of <= 0)
        return 1;
    const double z2 = kZ95 * kZ95, n = of, q = p();
    const double centre = (q + z2 / (2 * n)) / (1 + z2 / n);
    const double half = kZ95 * std::sqrt(q * (1 - q) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return std::clamp(centre + half, q, 1.0);
}

double Share::margin() const
{
    return (high() - low()) / 2;
}

double FlipMargin::change() const
{
    return likely != 0 ? threshold / likely - 1 : 0;
}

const CandidateOdds *Odds::item(int id) const
{
    for (const CandidateOdds &i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

namespace {

// The last few complete answers. The odds are a pure function of the workshop and the
// request, and the same workshop is asked again and again: the Plan view's panel, then the
// record in three formats, then the export for the tracker. Each answer costs seconds on a
// large workshop, so the same question is answered once.
class OddsCache
{
public:
    std::optional<Odds> find(const Workshop &w, const OddsRequest &request)
    {
        const QMutexLocker lock(&m_mutex);
        for (const Entry &e : m_entries)
            if (e.request == request && e.workshop == w)
                return e.odds;
        return std::nullopt;
    }

    void store(const Workshop &w, const OddsRequest &request, const Odds &odds)
    {
        const QMutexLocker lock(&m_mutex);
        m_entries.push_front({w, request, odds});
        if (m_entries.size() > kEntries)
            m_entries.pop_back();
    }

private:
    static constexpr size_t kEntries = 4;
    struct Entry
    {
        Workshop workshop;
        OddsRequest request;
        Odds odds;
    };
    QMutex m_mutex;
    std::deque<Entry> m_entries;
};

OddsCache &oddsCache()
{
    static OddsCache cache;
    return cache;
}

Result<Odds> sampleOdds(const Workshop &w, const OddsRequest &request,
                        const std::atomic_bool *cancel, const OddsProgress &progress);

} // namespace

Result<Odds> computeOdds(const Workshop &w, const OddsRequest &request,
                         const std::atomic_bool *cancel, const OddsProgress &progress)
{
    if (!request.reuse)
        return sampleOdds(w, request, cancel, progress);
    if (std::optional<Odds> known = oddsCache().find(w, request)) {
        if (progress)
            progress(*known);
        return *known;
    }
    Result<Odds> result = sampleOdds(w, request, cancel, progress);
    if (result && !result.value().cancelled)
        oddsCache().store(w, request, result.value());
    return result;
}

namespace {

Result<Odds> sampleOdds(const Workshop &w, const OddsRequest &request,
                        const std::atomic_bool *cancel, const OddsProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const int samples = request.samples.value_or(w.odds.samples);
    if (const auto problem = checkRequest(w, samples))
        return Error{ErrorCode::Invalid, *problem};
    const double capacity = request.capacity.value_or(w.capacity);
    // Every sample starts from where the likely estimates' solve ends.
    plan::WarmStart nominal;
    const std::optional<Plan> plan = solvePlan(w, capacity, {}, cancel, &nominal);
    if (cancel && cancel->load()) {
        Odds stopped;
        stopped.cancelled = true;
        return stopped;
    }
    if (!plan)
        return Error{ErrorCode::Invalid, makePlan(w, capacity).infeasibility};
    Odds odds = startOdds(w, request, *plan);
    Workshop sampled = w;
    if (request.capacity)
        sampled.odds.capacityLow = sampled.odds.capacityHigh = std::nullopt;
    const Draws draws = odds::drawSamples(sampled, capacity, samples, odds.seed);
    odds.fits = fitShare(draws, indicesOf(w, odds.plan));
    const auto report = [&] {
        odds.ms = double(timer.nsecsElapsed()) / 1e6;
        odds.cancelled = cancel && cancel->load();
        if (progress)
            progress(odds);
    };
    report();
    Sampling sampling(w, draws, std::move(nominal), cancel);
    for (int done = 0, batch = kFirstBatch; done < samples && !odds.cancelled; batch *= 4) {
        const int end = std::min(samples, done + batch);
        sampling.solve(done, end);
        done = end;
        if (cancel && cancel->load())
            break;
        tally(odds, sampling, done);
        report();
    }
    if (request.margins && !odds.cancelled) {
        odds.commit = commitLine(w, draws, odds, 0.85, cancel);
        odds::computeMargins(w, sampling.model, capacity, odds.items, cancel);
        odds.marginsDone = !(cancel && cancel->load());
    }
    odds.ms = double(timer.nsecsElapsed()) / 1e6;
    odds.cancelled = cancel && cancel->load();
    return odds;
}

} // namespace

QString shareText(const Share &share)
{
    return Text::tr("%1 % ± %2")
        .arg(QString::number(share.p() * 100, 'f', 0),
             // One decimal only below 1 point ("± 0.4"); a margin that rounds to 1 reads "± 1".
             QString::number(share.margin() * 100, 'f', share.margin() * 100 < 0.95 ? 1 : 0));
}

QString bandName(OddsBand band)
{
    switch (band) {
    case OddsBand::Core:
        return Text::tr("core");
    case OddsBand::Borderline:
        return Text::tr("borderline");
    case OddsBand::Out:
        return Text::tr("out");
    }
    return {};
}

namespace {

QString percentChange(const FlipMargin &f)
{
    // One decimal for small moves, so a margin of 0.4 % does not read as "0 %"; a margin
    // that rounds to nothing is a tie, and says so rather than "-0.0 %".
    const double change = f.change() * 100;
    if (std::abs(change) < 0.05)
        return Text::tr("a tie: the smallest move flips it");
    const int decimals = std::abs(change) < 10 ? 1 : 0;
    return (change >= 0 ? QStringLiteral("+") : QString()) +
           QString::number(change, 'f', decimals) + QStringLiteral(" %");
}

} // namespace

QString effortMarginText(const CandidateOdds &item, const QString &unit)
{
    const FlipMargin &f = item.effort;
    switch (f.kind) {
    case FlipMargin::Kind::Decided:
        return {};
    case FlipMargin::Kind::Never:
        return item.inPlan ? Text::tr("no effort change removes it")
                           : Text::tr("no effort change brings it in");
    case FlipMargin::Kind::Threshold:
        break;
    }
    // Effort cannot fall to nothing: a candidate that would enter only then never enters.
    if (!item.inPlan && f.threshold <= 0)
        return Text::tr("no effort change brings it in");
    return item.inPlan ? Text::tr("stays in unless effort > %1 %2 (%3)")
                             .arg(formatAmount(f.threshold), unit, percentChange(f))
                       : Text::tr("would enter if effort ≤ %1 %2 (%3)")
                             .arg(formatAmount(f.threshold), unit, percentChange(f));
}

QString infeasibleText(const Odds &odds)
{
    const Share none{odds.feasible.of - odds.feasible.hits, odds.feasible.of};
    return Text::tr("In %1 of the samples no plan fits at all (what is mandatory or committed "
                    "outgrows the capacity); those samples count as out for every candidate, so "
                    "even a mandatory one is in the optimum of fewer than all.")
        .arg(shareText(none));
}

QString decidedText(const Candidate &c)
{
    if (c.mandatory)
        return Text::tr("mandatory: in the plan whatever the estimates");
    switch (c.decision) {
    case Decision::Commit:
        return Text::tr("committed: decided, whatever the estimates");
    case Decision::Defer:
        return Text::tr("deferred: decided, whatever the estimates");
    case Decision::Drop:
        return Text::tr("dropped: decided, whatever the estimates");
    case Decision::Undecided:
        break;
    }
    return {};
}

QStringList marginTexts(const CandidateOdds &item, const Candidate &c, const QString &unit)
{
    if (item.effort.kind == FlipMargin::Kind::Decided) {
        const QString why = decidedText(c);
        return why.isEmpty() ? QStringList{} : QStringList{why};
    }
    QStringList texts;
    for (const QString &text : {effortMarginText(item, unit), valueMarginText(item)})
        if (!text.isEmpty())
            texts.append(text);
    return texts;
}

QString valueMarginText(const CandidateOdds &item)
{
    const FlipMargin &f = item.value;
    switch (f.kind) {
    case FlipMargin::Kind::Decided:
        return {};
    case FlipMargin::Kind::Never:
        return item.inPlan ? Text::tr("no value change removes it")
                           : Text::tr("no value change brings it in");
    case FlipMargin::Kind::Threshold:
        break;
    }
    return item.inPlan ? Text::tr("stays in unless value < %1 (%2)")
                             .arg(formatAmount(f.threshold), percentChange(f))
                       : Text::tr("would enter if value > %1 (%2)")
                             .arg(formatAmount(f.threshold), percentChange(f));
}

} // namespace cutline
