// Odds: the plan under uncertainty (issue 14) — how likely the plan fits, how often each
// candidate is in the exact optimum of a sampled workshop, the best plan that fits with 85 %,
// and how far one estimate must move to change the plan. Every plan here is the planner's own.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cutline {

// A share of samples with its 95 % Wilson score interval.
struct Share
{
    int hits = 0;
    int of = 0;
    double p() const;
    double low() const;
    double high() const;
    // Half the interval's width: the "±" shown beside the percentage.
    double margin() const;
};

enum class OddsBand
{
    Core,       // in the optimum of at least 90 % of samples
    Borderline, // between
    Out,        // in at most 10 %
};

// How far one estimate of one candidate must move, the others at their likely numbers, to
// change whether the exact plan takes it.
struct FlipMargin
{
    enum class Kind
    {
        Threshold, // crossing `threshold` flips it
        Never,     // no change of this estimate flips it
        Decided,   // mandatory or decided: the estimates do not decide it
    };
    Kind kind = Kind::Decided;
    double threshold = 0;
    double likely = 0;
    double change() const; // relative to likely: +0.56 for +56 %
};

struct CandidateOdds
{
    int id = 0;
    bool inPlan = false; // in the plan from the likely estimates
    Share in;            // samples whose exact optimum contains it
    OddsBand band = OddsBand::Out;
    bool effortRanged = false;
    bool valueRanged = false;
    bool effortLikelyOff = false; // likely effort outside the middle half of its range
    bool valueLikelyOff = false;
    FlipMargin effort;
    FlipMargin value;
    // How much the optimum's value moves with this candidate being in it: the covariance of
    // the sampled optimum's value with its membership (the "refine first" order).
    double stake = 0;
};

// The best plan whose chance of fitting is at least `target`: the planner's plan for a
// smaller planning capacity, the largest one that reaches the target.
struct CommitLine
{
    bool found = false;
    double target = 0.85;
    double planningCapacity = 0;
    QList<int> selected;
    double totalEffort = 0;
    double totalValue = 0;
    Share fits;
};

struct OddsRequest
{
    std::optional<double> capacity; // overrides the workshop's capacity and its range
    std::optional<int> samples;     // default: the workshop's
    std::optional<quint64> seed;    // default: the workshop's
    bool margins = true;            // flip margins and the commit line (slower)
    // May answer from the last few complete answers to the same question (benchmarks say no).
    bool reuse = true;
    bool operator==(const OddsRequest &) const = default;
};

struct Odds
{
    int samples = 0; // asked for
    quint64 seed = 0;
    double capacity = 0;
    bool capacityRanged = false;
    bool anyRange = false; // some estimate has a range; without one every share is 0 or 1
    QList<int> plan;       // the plan from the likely estimates
    double planEffort = 0;
    double planValue = 0;
    Share fits;     // samples in which the plan fits the sampled capacity
    Share samePlan; // samples whose optimum is the plan
    Share feasible; // samples that have a plan at all
    int solved = 0; // samples whose optimum is known (progress)
    bool marginsDone = false;
    QList<CandidateOdds> items; // in workshop order
    CommitLine commit;
    QList<int> refineFirst; // borderline candidates, the most value at stake first
    double ms = 0;
    bool cancelled = false;

    const CandidateOdds *item(int id) const;
};

// Called with partial results as they become known (fits first, then shares of more and more
// samples, then margins), from the computing thread.
using OddsProgress = std::function<void(const Odds &)>;

// Samples the workshop. Refuses bad settings (a sample count outside 100–1,000,000, a range
// with a low end of 0, …) and an infeasible plan, with a message naming what is wrong.
// The workshop must validate. Setting `*cancel` stops early; the result then has cancelled set.
Result<Odds> computeOdds(const Workshop &workshop, const OddsRequest &request = {},
                         const std::atomic_bool *cancel = nullptr,
                         const OddsProgress &progress = {});

// "stays in unless effort > 7.8 (+56 %)", "would enter if value ≥ 41 (+18 %)", "no effort
// change removes it", or empty for decided candidates.
QString effortMarginText(const CandidateOdds &item, const QString &unit);
QString valueMarginText(const CandidateOdds &item);
// Why the estimates do not decide a candidate whose margins are Decided: "mandatory: …",
// "committed: …".
QString decidedText(const Candidate &c);
// A candidate's margins as a list reads them: the effort's and the value's, or why a decision
// fixes it.
QStringList marginTexts(const CandidateOdds &item, const Candidate &c, const QString &unit);
// Why a mandatory candidate is in fewer than all optima: the samples with no plan at all.
QString infeasibleText(const Odds &odds);
QString bandName(OddsBand band);
// A share as people read it: "72 % ± 3".
QString shareText(const Share &share);

} // namespace cutline
