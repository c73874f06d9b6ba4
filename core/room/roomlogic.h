// The rules of the room (issue 12): what a ballot asks for, the spread after the reveal, which
// inputs diverge, which candidates could change the plan, the discussion order, and the
// aggregate the room accepts. Pure functions over the Workshop; no network, no widgets.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"
#include "core/room/round.h"

#include <QList>
#include <QString>

#include <optional>

namespace cutline::room {

// One input a ballot asks for, on its scale.
struct InputSpec
{
    QString id;    // "impact", "confidence", "reach", "effort", "effort_low", "effort_high",
                   // "time_criticality", "risk", or "criterion:<name>"
    QString label; // translated
    double min = 0;
    double max = 10;
    double step = 1;
    bool ratio = false;    // effort and reach: compared by max/min, aggregated by geometric mean
    bool optional = false; // effort_low / effort_high
    bool operator==(const InputSpec &) const = default;
};

// The current framework's inputs, in ballot order.
QList<InputSpec> ballotInputs(const Workshop &workshop);

// Checks one ballot against the round and the inputs: known candidate of the round, known
// inputs, finite values on their scales, low ≤ likely ≤ high, reason one line and short.
// The message names the input and the value.
Status checkBallot(const Workshop &workshop, const RoomRound &round, const Ballot &ballot);

// The spread of one input over the ballots of one candidate.
struct InputSpread
{
    QString input;
    QList<double> values; // every ballot's value, ascending
    double median = 0, q1 = 0, q3 = 0, min = 0, max = 0;
    bool diverges = false; // IQR ≥ a quarter of the scale, or (ratio) max/min ≥ 3
    // Added: how far past its threshold the spread is (≥ 1 diverges): the IQR over a quarter
    // of the scale, or (ratio) log(max/min) over log 3; infinite when a ratio's min is 0.
    double divergence = 0;
};

struct CandidateSpread
{
    int candidateId = 0;
    int ballots = 0;
    QList<InputSpread> inputs;
    bool diverges = false;        // any input diverges
    bool couldChangePlan = false; // plans from the lowest and the highest ballot differ
    // Accepting the room's estimate changes today's plan: the room may agree and still move
    // it, which "could change the plan" (about disagreement) does not say.
    bool acceptChangesPlan = false;
    QString explainHigh; // who explains first: the highest ballot's participant
    QString explainLow;  // and the lowest's (empty in anonymous rounds)
    // Added: the largest input divergence (see InputSpread::divergence), for ordering.
    double divergence = 0;
};

// After the reveal; empty before it (nobody sees a value before the reveal).
CandidateSpread spreadOf(const Workshop &workshop, const RoomRound &round, int candidateId);

// The round's candidates ordered for discussion: could change the plan first, then by
// divergence (most diverging first), then in the round's order.
QList<CandidateSpread> discussionQueue(const Workshop &workshop, const RoomRound &round);

// The room's aggregate per input: median for scores, geometric mean for ratio quantities.
QMap<QString, double> aggregate(const Workshop &workshop, const RoomRound &round, int candidateId);
// What accepting writes, as people read it: "Impact 5, Effort 12.4 (geometric mean)". The
// reveal shows this beside the medians, so nobody accepts a number they have not seen.
QString aggregateText(const Workshop &workshop, const RoomRound &round, int candidateId);

// The candidate with `values` applied (by input id), or a refusal naming the bad value.
Result<Candidate> withValues(const Workshop &workshop, int candidateId,
                             const QMap<QString, double> &values);

// How many rounds a candidate has had (a re-vote opens another, up to kMaxRounds).
int roundsOf(const Workshop &workshop, int candidateId);
constexpr int kMaxRounds = 3;

// --- Added beside the declarations above -------------------------------------------------

// The spec of any input id, whatever the current framework ("criterion:<name>" only for a
// criterion the workshop has); nullopt for an unknown id. Ratio inputs (effort, reach) have
// no upper limit: their `max` is only where a drawn scale ends.
std::optional<InputSpec> inputSpec(const Workshop &workshop, const QString &id);

// The p-quantile (0 ≤ p ≤ 1) of ascending values by linear interpolation between closest
// ranks (Hyndman & Fan type 7, R's and NumPy's default): h = (n − 1)·p,
// q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). 0 for no values.
double quantile(const QList<double> &ascending, double p);

// The explain-first prompt: "Ana (highest) and Ben (lowest) explain first", or the anonymous
// form; empty when the ballots agree or there is only one.
QString explainPrompt(const CandidateSpread &spread, bool anonymous);

// One ballot's score under the workshop's framework (its values applied to the candidate):
// how "highest" and "lowest" ballot are meant. nullopt when its values are refused.
std::optional<double> ballotScore(const Workshop &workshop, const Ballot &ballot);

// An anonymous round's alias for its n-th participant (1-based): "Participant 3".
QString participantAlias(int n);
// The round with its participants' names replaced by aliases in order of first appearance:
// all an anonymous round keeps. Aliases already in that order stay as they are.
RoomRound anonymized(const RoomRound &round);

// Longest participant name and reason a ballot may carry.
constexpr int kMaxNameLength = 60;
constexpr int kMaxReasonLength = 200;

} // namespace cutline::room
