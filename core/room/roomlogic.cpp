#include "core/room/roomlogic.h"

#include "core/model/field.h"
#include "core/plan/planner.h"
#include "core/scoring/scoring.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cutline::room {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Room)
};

const QString kCriterionPrefix = QStringLiteral("criterion:");

InputSpec spec(const QString &id, const QString &label, double min, double max, double step,
               bool ratio = false, bool optional = false)
{
    return InputSpec{id, label, min, max, step, ratio, optional};
}

// Where a drawn ratio scale ends: past the largest value the workshop already has.
double ratioScaleEnd(const Workshop &w, double Candidate::*member, double floor)
{
    double largest = floor;
    for (const Candidate &c : w.candidates)
        largest = std::max(largest, c.*member);
    if (member == &Candidate::effort && w.capacity > largest)
        largest = w.capacity;
    return std::ceil(largest);
}

QList<InputSpec> effortInputs(const Workshop &w)
{
    const double end = ratioScaleEnd(w, &Candidate::effort, 10);
    return {spec(QStringLiteral("effort"), Text::tr("Effort"), 0, end, 0.5, true),
            spec(QStringLiteral("effort_low"), Text::tr("Low effort"), 0, end, 0.5, true, true),
            spec(QStringLiteral("effort_high"), Text::tr("High effort"), 0, end, 0.5, true, true)};
}

InputSpec impactInput()
{
    return spec(QStringLiteral("impact"), Text::tr("Impact"), 0, 10, 1);
}

InputSpec confidenceInput()
{
    return spec(QStringLiteral("confidence"), Text::tr("Confidence"), 0, 100, 5);
}

std::optional<QString> criterionOf(const QString &id)
{
    if (!id.startsWith(kCriterionPrefix))
        return std::nullopt;
    return id.mid(kCriterionPrefix.size());
}

bool hasCriterion(const Workshop &w, const QString &name)
{
    return std::any_of(w.criteria.begin(), w.criteria.end(),
                       [&](const Criterion &c) { return c.name == name; });
}

QList<const Ballot *> ballotsFor(const RoomRound &round, int candidateId)
{
    QList<const Ballot *> result;
    for (const Ballot &b : round.ballots)
        if (b.candidateId == candidateId)
            result.append(&b);
    return result;
}

// How far a spread is past its divergence threshold (≥ 1 diverges).
double divergenceOf(const InputSpec &s, const InputSpread &spread)
{
    if (s.ratio) {
        if (spread.max <= 0)
            return 0;
        if (spread.min <= 0)
            return std::numeric_limits<double>::infinity();
        return std::log(spread.max / spread.min) / std::log(3.0);
    }
    const double quarter = (s.max - s.min) / 4;
    return quarter > 0 ? (spread.q3 - spread.q1) / quarter : 0;
}

InputSpread spreadOfInput(const InputSpec &s, const QList<const Ballot *> &ballots)
{
    InputSpread spread;
    spread.input = s.id;
    for (const Ballot *b : ballots)
        if (auto it = b->values.constFind(s.id); it != b->values.constEnd())
            spread.values.append(*it);
    std::sort(spread.values.begin(), spread.values.end());
    if (spread.values.isEmpty())
        return spread;
    spread.min = spread.values.first();
    spread.max = spread.values.last();
    spread.median = quantile(spread.values, 0.5);
    spread.q1 = quantile(spread.values, 0.25);
    spread.q3 = quantile(spread.values, 0.75);
    spread.divergence = divergenceOf(s, spread);
    // A small tolerance so that an IQR of exactly a quarter, computed in floating point, counts.
    spread.diverges = spread.divergence >= 1 - 1e-9;
    return spread;
}

// Whether a larger value of the input makes the candidate more attractive to the plan.
bool higherIsBetter(const QString &id)
{
    return !id.startsWith(QStringLiteral("effort"));
}

// The candidate at the least (or most) favourable end of the room's range: each input the
// plan uses at its lowest or highest ballot value, whichever is worse (or better).
QMap<QString, double> envelope(const CandidateSpread &spread, bool favourable)
{
    QMap<QString, double> values;
    for (const InputSpread &input : spread.inputs) {
        if (input.values.isEmpty() || input.input == QStringLiteral("effort_low") ||
            input.input == QStringLiteral("effort_high"))
            continue;
        const bool takeMax = higherIsBetter(input.input) == favourable;
        values.insert(input.input, takeMax ? input.max : input.min);
    }
    return values;
}

std::optional<QList<int>> planWith(const Workshop &w, const Candidate &candidate)
{
    Workshop changed = w;
    *changed.candidate(candidate.id) = candidate;
    const std::optional<Plan> plan = solvePlan(changed, changed.capacity);
    if (!plan)
        return std::nullopt;
    return plan->selected;
}

bool couldChangePlan(const Workshop &w, const CandidateSpread &spread)
{
    const Result<Candidate> low = withValues(w, spread.candidateId, envelope(spread, false));
    const Result<Candidate> high = withValues(w, spread.candidateId, envelope(spread, true));
    if (!low || !high)
        return false;
    return planWith(w, low.value()) != planWith(w, high.value());
}

void nameExplainers(const Workshop &w, const RoomRound &round, const QList<const Ballot *> &ballots,
                    CandidateSpread &spread)
{
    const Ballot *highest = nullptr;
    const Ballot *lowest = nullptr;
    double highScore = 0, lowScore = 0;
    for (const Ballot *b : ballots) {
        const std::optional<double> score = ballotScore(w, *b);
        if (!score)
            continue;
        if (!highest || *score > highScore) {
            highest = b;
            highScore = *score;
        }
        if (!lowest || *score < lowScore) {
            lowest = b;
            lowScore = *score;
        }
    }
    if (!highest || highScore == lowScore || round.anonymous)
        return;
    spread.explainHigh = highest->participant;
    spread.explainLow = lowest->participant;
}

Status checkReason(const QString &reason)
{
    if (reason.contains(QLatin1Char('\n')) || reason.contains(QLatin1Char('\r')))
        return Error{Text::tr("The reason must be one line.")};
    if (reason.size() > kMaxReasonLength)
        return Error{Text::tr("The reason is %1 characters long; keep it to %2.")
                         .arg(reason.size())
                         .arg(kMaxReasonLength)};
    return success();
}

Status checkParticipant(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{Text::tr("The ballot has no participant name.")};
    if (name.size() > kMaxNameLength)
        return Error{Text::tr("The name \"%1…\" is longer than %2 characters.")
                         .arg(name.left(20))
                         .arg(kMaxNameLength)};
    return success();
}

// Rounds to three significant digits, so a geometric mean reads as people write estimates.
double significant(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double scale = std::pow(10, 2 - std::floor(std::log10(std::abs(value))));
    return std::round(value * scale) / scale;
}

double geometricMean(const QList<double> &values)
{
    double logSum = 0;
    for (double v : values) {
        if (v <= 0)
            return 0;
        logSum += std::log(v);
    }
    return significant(std::exp(logSum / double(values.size())));
}

Status applyValue(Candidate &c, const Workshop &w, const QString &id, double value)
{
    if (const auto criterion = criterionOf(id)) {
        if (!hasCriterion(w, *criterion))
            return Error{
                Text::tr("%1: \"%2\" is not a criterion of this workshop.").arg(c.key, *criterion)};
        if (!std::isfinite(value) || value < 0 || value > 10)
            return Error{
                Text::tr("%1: %2 %3 is outside 0–10.").arg(c.key, *criterion, formatNumber(value))};
        c.scores.insert(*criterion, value);
        return success();
    }
    const std::optional<Field> field = fieldFromId(id);
    if (!field || !inputSpec(w, id))
        return Error{Text::tr("%1: \"%2\" is not an input a ballot can set.").arg(c.key, id)};
    if (auto problem = checkFieldValue(c, *field, value))
        return Error{*problem};
    setFieldValue(c, *field, *field == Field::Risk ? QVariant(int(value)) : QVariant(value));
    return success();
}

} // namespace

std::optional<InputSpec> inputSpec(const Workshop &w, const QString &id)
{
    if (const auto criterion = criterionOf(id)) {
        if (!hasCriterion(w, *criterion))
            return std::nullopt;
        return spec(id, *criterion, 0, 10, 1);
    }
    if (id == QStringLiteral("impact"))
        return impactInput();
    if (id == QStringLiteral("confidence"))
        return confidenceInput();
    // Value / effort counts reach in the value too, but most rooms leave it as it is: there it
    // may be left out of a ballot; RICE asks for it.
    if (id == QStringLiteral("reach"))
        return spec(id, Text::tr("Reach"), 0, ratioScaleEnd(w, &Candidate::reach, 10), 1, true,
                    w.framework != Framework::Rice);
    if (id == QStringLiteral("time_criticality"))
        return spec(id, Text::tr("Time criticality"), 0, 10, 1);
    if (id == QStringLiteral("risk"))
        return spec(id, Text::tr("Risk"), 1, 5, 1);
    for (const InputSpec &s : effortInputs(w))
        if (s.id == id)
            return s;
    return std::nullopt;
}

QList<InputSpec> ballotInputs(const Workshop &w)
{
    const auto of = [&](const char *id) {
        return *inputSpec(w, QString::fromLatin1(id));
    };
    QList<InputSpec> inputs;
    switch (w.framework) {
    case Framework::ValueEffort:
        inputs = {of("impact"), of("confidence"), of("reach")};
        break;
    case Framework::Ice:
        inputs = {of("impact"), of("confidence")};
        break;
    case Framework::Rice:
        inputs = {of("reach"), of("impact"), of("confidence")};
        break;
    case Framework::Wsjf:
        inputs = {of("impact"), of("time_criticality"), of("risk")};
        break;
    case Framework::Weighted:
        for (const Criterion &criterion : w.criteria)
            inputs.append(*inputSpec(w, kCriterionPrefix + criterion.name));
        break;
    }
    // Every framework's plan spends effort, so every ballot asks for it.
    return inputs + effortInputs(w);
}

double quantile(const QList<double> &ascending, double p)
{
    if (ascending.isEmpty())
        return 0;
    const double h = double(ascending.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto low = qsizetype(std::floor(h));
    if (low + 1 >= ascending.size())
        return ascending.last();
    return ascending[low] + (h - double(low)) * (ascending[low + 1] - ascending[low]);
}

Result<Candidate> withValues(const Workshop &w, int candidateId,
                             const QMap<QString, double> &values)
{
    const Candidate *found = w.candidate(candidateId);
    if (!found)
        return Error{Text::tr("There is no candidate %1 in this workshop.").arg(candidateId)};
    Candidate c = *found;
    // A new likely effort comes with its own range (or none): the old range may not fit it.
    const QString effort = QStringLiteral("effort");
    if (values.contains(effort)) {
        c.effortLow.reset();
        c.effortHigh.reset();
        if (Status s = applyValue(c, w, effort, values.value(effort)); !s)
            return s.failure();
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (it.key() != effort)
            if (Status s = applyValue(c, w, it.key(), it.value()); !s)
                return s.failure();
    return c;
}

std::optional<double> ballotScore(const Workshop &w, const Ballot &ballot)
{
    const Result<Candidate> c = withValues(w, ballot.candidateId, ballot.values);
    if (!c)
        return std::nullopt;
    return scoreOf(w, c.value()).value;
}

Status checkBallot(const Workshop &w, const RoomRound &round, const Ballot &ballot)
{
    const Candidate *c = w.candidate(ballot.candidateId);
    if (!c)
        return Error{
            Text::tr("There is no candidate %1 in this workshop.").arg(ballot.candidateId)};
    if (!round.candidateIds.contains(ballot.candidateId))
        return Error{Text::tr("%1 is not in round %2.").arg(c->key).arg(round.number)};
    if (round.revealed())
        return Error{
            Text::tr("Round %1 has been revealed; its ballots are locked.").arg(round.number)};
    if (Status s = checkParticipant(ballot.participant); !s)
        return s;
    for (auto it = ballot.values.constBegin(); it != ballot.values.constEnd(); ++it)
        if (!round.inputs.contains(it.key()))
            return Error{Text::tr("%1: round %2 does not ask for \"%3\".")
                             .arg(c->key)
                             .arg(round.number)
                             .arg(it.key())};
    for (const QString &id : round.inputs) {
        const std::optional<InputSpec> s = inputSpec(w, id);
        if (s && !s->optional && !ballot.values.contains(id))
            return Error{Text::tr("%1: the ballot has no %2.").arg(c->key, s->label.toLower())};
    }
    if (const Result<Candidate> applied = withValues(w, ballot.candidateId, ballot.values);
        !applied)
        return applied.failure();
    return checkReason(ballot.reason);
}

namespace {

// Today's plan: what accepting a room's estimate is compared with.
std::optional<QList<int>> todaysPlan(const Workshop &w)
{
    const std::optional<Plan> plan = solvePlan(w, w.capacity);
    if (!plan)
        return std::nullopt;
    return plan->selected;
}

// `today`: today's plan when the caller has it (a queue solves it once for every candidate);
// null to solve it here.
CandidateSpread spreadWith(const Workshop &w, const RoomRound &round, int candidateId,
                           const std::optional<QList<int>> *today)
{
    CandidateSpread spread;
    spread.candidateId = candidateId;
    if (!round.revealed())
        return spread;
    const QList<const Ballot *> ballots = ballotsFor(round, candidateId);
    spread.ballots = int(ballots.size());
    if (ballots.isEmpty())
        return spread;
    for (const QString &id : round.inputs) {
        const std::optional<InputSpec> s = inputSpec(w, id);
        if (!s)
            continue;
        InputSpread input = spreadOfInput(*s, ballots);
        if (input.values.isEmpty())
            continue;
        spread.diverges = spread.diverges || input.diverges;
        spread.divergence = std::max(spread.divergence, input.divergence);
        spread.inputs.append(input);
    }
    spread.couldChangePlan = couldChangePlan(w, spread);
    if (const Result<Candidate> accepted =
            withValues(w, candidateId, aggregate(w, round, candidateId)))
        spread.acceptChangesPlan =
            planWith(w, accepted.value()) != (today ? *today : todaysPlan(w));
    nameExplainers(w, round, ballots, spread);
    return spread;
}

} // namespace

CandidateSpread spreadOf(const Workshop &w, const RoomRound &round, int candidateId)
{
    return spreadWith(w, round, candidateId, nullptr);
}

QList<CandidateSpread> discussionQueue(const Workshop &w, const RoomRound &round)
{
    QList<CandidateSpread> queue;
    if (!round.revealed())
        return queue;
    const std::optional<QList<int>> today = todaysPlan(w);
    for (int id : round.candidateIds)
        queue.append(spreadWith(w, round, id, &today));
    std::stable_sort(queue.begin(), queue.end(),
                     [](const CandidateSpread &a, const CandidateSpread &b) {
                         if (a.couldChangePlan != b.couldChangePlan)
                             return a.couldChangePlan;
                         if (a.diverges != b.diverges)
                             return a.diverges;
                         return a.divergence > b.divergence;
                     });
    return queue;
}

QString aggregateText(const Workshop &w, const RoomRound &round, int candidateId)
{
    const QMap<QString, double> values = aggregate(w, round, candidateId);
    QStringList parts;
    // In the round's order of inputs, as the ballot asked them.
    for (const QString &id : round.inputs) {
        const auto it = values.constFind(id);
        const std::optional<InputSpec> s = inputSpec(w, id);
        if (it == values.constEnd() || !s)
            continue;
        parts.append(s->ratio ? Text::tr("%1 %2 (geometric mean)").arg(s->label, formatAmount(*it))
                              : Text::tr("%1 %2").arg(s->label, formatAmount(*it)));
    }
    return parts.join(QStringLiteral(", "));
}

QMap<QString, double> aggregate(const Workshop &w, const RoomRound &round, int candidateId)
{
    QMap<QString, double> result;
    if (!round.revealed())
        return result;
    const QList<const Ballot *> ballots = ballotsFor(round, candidateId);
    for (const QString &id : round.inputs) {
        const std::optional<InputSpec> s = inputSpec(w, id);
        if (!s)
            continue;
        const InputSpread spread = spreadOfInput(*s, ballots);
        if (spread.values.isEmpty())
            continue;
        double value = s->ratio ? geometricMean(spread.values) : spread.median;
        if (id == QStringLiteral("risk"))
            value = std::floor(value + 0.5); // a whole number; a tie of medians rounds up
        result.insert(id, value);
    }
    // Means of fewer lows (or highs) than likelies may cross the likely value; keep the order.
    const QString effort = QStringLiteral("effort");
    if (result.contains(effort)) {
        const double likely = result.value(effort);
        if (auto it = result.find(QStringLiteral("effort_low")); it != result.end())
            *it = std::min(*it, likely);
        if (auto it = result.find(QStringLiteral("effort_high")); it != result.end())
            *it = std::max(*it, likely);
    }
    return result;
}

int roundsOf(const Workshop &w, int candidateId)
{
    return int(std::count_if(w.rounds.begin(), w.rounds.end(), [&](const RoomRound &r) {
        return r.candidateIds.contains(candidateId);
    }));
}

QString participantAlias(int n)
{
    return Text::tr("Participant %1").arg(n);
}

RoomRound anonymized(const RoomRound &round)
{
    RoomRound result = round;
    QStringList seen;
    for (Ballot &b : result.ballots) {
        qsizetype index = seen.indexOf(b.participant);
        if (index < 0) {
            seen.append(b.participant);
            index = seen.size() - 1;
        }
        b.participant = participantAlias(int(index) + 1);
    }
    return result;
}

QString explainPrompt(const CandidateSpread &spread, bool anonymous)
{
    if (anonymous) {
        if (spread.ballots < 2 || spread.inputs.isEmpty() ||
            std::all_of(spread.inputs.begin(), spread.inputs.end(),
                        [](const InputSpread &i) { return i.min == i.max; }))
            return {};
        return Text::tr("The highest and the lowest ballot explain first");
    }
    if (spread.explainHigh.isEmpty() || spread.explainLow.isEmpty())
        return {};
    if (spread.explainHigh == spread.explainLow)
        return Text::tr("%1 (highest and lowest) explains first").arg(spread.explainHigh);
    return Text::tr("%1 (highest) and %2 (lowest) explain first")
        .arg(spread.explainHigh, spread.explainLow);
}

} // namespace cutline::room
