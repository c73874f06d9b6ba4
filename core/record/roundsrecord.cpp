#include "core/record/roundsrecord.h"

#include "core/model/field.h"
#include "core/room/roomlogic.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace cutline {

namespace {

// The translation context of this file's text.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::RoundsRecord)
};

QString inputName(const Workshop &w, const QString &id)
{
    const std::optional<room::InputSpec> spec = room::inputSpec(w, id);
    if (!spec)
        return id;
    return id.startsWith(QStringLiteral("criterion:")) ? spec->label : spec->label.toLower();
}

const RoundOutcome *outcomeOf(const RoomRound &r, int candidateId)
{
    for (const RoundOutcome &o : r.outcomes)
        if (o.candidateId == candidateId)
            return &o;
    return nullptr;
}

// The values in the round's ballot order: "impact 5 (median), effort 4 (geometric mean)".
QString valuesText(const Workshop &w, const RoomRound &r, const QMap<QString, double> &values,
                   bool sayHow)
{
    QStringList order = r.inputs;
    for (const QString &id : values.keys())
        if (!order.contains(id))
            order.append(id);
    QStringList parts;
    for (const QString &id : order) {
        if (!values.contains(id))
            continue;
        const std::optional<room::InputSpec> spec = room::inputSpec(w, id);
        QString part = inputName(w, id) + QLatin1Char(' ') + formatAmount(values.value(id));
        if (sayHow)
            part += spec && spec->ratio ? Text::tr(" (geometric mean)") : Text::tr(" (median)");
        parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QString ballotsText(const RoomRound &r, int candidateId)
{
    QStringList names;
    for (const Ballot &b : r.ballots)
        if (b.candidateId == candidateId)
            names.append(b.participant);
    const QString count = QString::number(names.size());
    if (!r.revealed())
        return Text::tr("%1 (not revealed)").arg(count);
    if (r.anonymous || names.isEmpty())
        return r.anonymous ? Text::tr("%1 (anonymous)").arg(count) : count;
    return count + QStringLiteral(": ") + names.join(QStringLiteral(", "));
}

QString roundText(const RoomRound &r)
{
    const QString mode = r.mode == RoundMode::Live ? Text::tr("live") : Text::tr("sweep");
    return r.anonymous ? Text::tr("%1 (%2, anonymous)").arg(r.number).arg(mode)
                       : Text::tr("%1 (%2)").arg(r.number).arg(mode);
}

QStringList divergingInputs(const Workshop &w, const room::CandidateSpread &spread)
{
    QStringList names;
    for (const room::InputSpread &i : spread.inputs)
        if (i.diverges)
            names.append(inputName(w, i.input));
    return names;
}

} // namespace

QStringList roundSpreadLines(const Workshop &w, const RoomRound &r, int candidateId)
{
    QStringList lines;
    const room::CandidateSpread spread = room::spreadOf(w, r, candidateId);
    for (const room::InputSpread &i : spread.inputs) {
        QString line = Text::tr("%1: median %2, IQR %3–%4, %5–%6")
                           .arg(inputName(w, i.input), formatAmount(i.median), formatAmount(i.q1),
                                formatAmount(i.q3), formatAmount(i.min), formatAmount(i.max));
        if (i.diverges)
            line += Text::tr(", diverged");
        lines.append(line);
    }
    if (spread.couldChangePlan)
        lines.append(Text::tr("could change the plan"));
    return lines;
}

QString roundOutcomeText(const Workshop &w, const RoomRound &r, int candidateId)
{
    const RoundOutcome *o = outcomeOf(r, candidateId);
    if (!o)
        return r.revealed() ? Text::tr("no outcome") : Text::tr("open");
    const QString by = o->by.isEmpty() ? QString() : Text::tr(" — %1").arg(o->by);
    if (o->kind == RoundOutcome::Kind::Accepted)
        return Text::tr("accepted %1").arg(valuesText(w, r, o->values, true)) + by;
    return Text::tr("overridden to %1: %2").arg(valuesText(w, r, o->values, false), o->reason) + by;
}

QString divergenceResolution(const Workshop &w, int candidateId)
{
    const Candidate *c = w.candidate(candidateId);
    const RoomRound *diverged = nullptr;
    QStringList inputs;
    for (const RoomRound &r : w.rounds) {
        if (!r.candidateIds.contains(candidateId) || !r.revealed())
            continue;
        const room::CandidateSpread spread = room::spreadOf(w, r, candidateId);
        if (!diverged && spread.diverges) {
            diverged = &r;
            inputs = divergingInputs(w, spread);
        }
        const RoundOutcome *o = outcomeOf(r, candidateId);
        if (!diverged || !o)
            continue;
        QString how;
        if (o->kind == RoundOutcome::Kind::Overridden)
            how = Text::tr("an override in round %1: %2").arg(r.number).arg(o->reason);
        else if (&r == diverged)
            how = Text::tr("discussion, then accepting the room's estimate in round %1")
                      .arg(r.number);
        else if (!spread.diverges)
            how =
                Text::tr("a re-vote: round %1 agreed and its estimate was accepted").arg(r.number);
        else
            how = Text::tr("accepting the room's estimate in round %1 despite the spread")
                      .arg(r.number);
        return Text::tr("%1: diverged in round %2 (%3), resolved by %4.")
            .arg(c ? c->key : QString::number(candidateId))
            .arg(diverged->number)
            .arg(inputs.join(QStringLiteral(", ")), how);
    }
    if (!diverged)
        return {};
    return Text::tr("%1: diverged in round %2 (%3), not resolved yet.")
        .arg(c ? c->key : QString::number(candidateId))
        .arg(diverged->number)
        .arg(inputs.join(QStringLiteral(", ")));
}

std::optional<Section> roundsSection(const Workshop &w)
{
    if (w.rounds.isEmpty())
        return std::nullopt;
    Section s{SectionId::Rounds, Text::tr("Rounds"), {}, {}, {}, {}};
    s.paragraphs.append(Text::tr(
        "Estimates made in blind rounds: everyone judged alone, nobody saw a value before the "
        "reveal. Per input: the median, the interquartile range (linear interpolation) and "
        "min–max. An input diverged when its interquartile range was at least a quarter of "
        "its scale or, for effort and reach, when its largest value was 3 times its smallest. "
        "The room's estimate is the median of scores and the geometric mean of effort and "
        "reach."));
    Table t{{Text::tr("Candidate"), Text::tr("Round"), Text::tr("Ballots"), Text::tr("Spread"),
             Text::tr("Outcome")},
            {},
            {18, 10, 16, 32, 24},
            {}};
    // A candidate nobody scored in a round, with nothing decided, is a name in one line below
    // the table rather than a row of dashes (a sweep over 30 candidates that the room left
    // after five would otherwise pad the record with 25 empty rows).
    QMap<int, QStringList> unscored; // round number → keys
    for (const Candidate &c : w.candidates) {
        for (const RoomRound &r : w.rounds) {
            if (!r.candidateIds.contains(c.id))
                continue;
            const bool anyBallot =
                std::any_of(r.ballots.begin(), r.ballots.end(),
                            [&](const Ballot &b) { return b.candidateId == c.id; });
            if (!anyBallot && !outcomeOf(r, c.id)) {
                unscored[r.number].append(c.key);
                continue;
            }
            QStringList spread = roundSpreadLines(w, r, c.id);
            for (int i = 0; i + 1 < spread.size(); ++i)
                spread[i] += QLatin1Char(';');
            t.rows.append({c.key + QStringLiteral(" ") + c.title, roundText(r),
                           ballotsText(r, c.id),
                           spread.isEmpty() ? QStringLiteral("—") : spread.join(QLatin1Char('\n')),
                           roundOutcomeText(w, r, c.id)});
            t.keys.append(c.key);
        }
        const QString resolution = divergenceResolution(w, c.id);
        if (!resolution.isEmpty())
            s.bullets.append(resolution);
    }
    for (auto it = unscored.cbegin(); it != unscored.cend(); ++it)
        s.bullets.append(Text::tr("Round %1, nobody scored: %2.")
                             .arg(it.key())
                             .arg(it.value().join(QStringLiteral(", "))));
    s.table = t;
    return s;
}

} // namespace cutline
