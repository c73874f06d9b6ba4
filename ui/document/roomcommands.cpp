#include "ui/document/roomcommands.h"

#include "core/model/field.h"
#include "core/room/roomlogic.h"
#include "ui/document/commands.h"
#include "ui/document/workshopdocument.h"

#include <QUndoStack>

namespace cutline {

namespace {

constexpr int kBallotCommandId = 1201; // unique among the document's commands (issue 12)

QString describe(RoundCommand::Kind kind, int number)
{
    switch (kind) {
    case RoundCommand::Kind::Open:
        return RoundCommand::tr("Open round %1").arg(number);
    case RoundCommand::Kind::Ballot:
        return RoundCommand::tr("Ballots in round %1").arg(number);
    case RoundCommand::Kind::Reveal:
        return RoundCommand::tr("Reveal round %1").arg(number);
    case RoundCommand::Kind::Outcome:
        return RoundCommand::tr("Outcome of round %1").arg(number);
    }
    return {};
}

QString keyOf(const Workshop &w, int id)
{
    const Candidate *c = w.candidate(id);
    return c ? c->key : QString::number(id);
}

const RoundOutcome *outcomeFor(const RoomRound &round, int candidateId)
{
    for (const RoundOutcome &o : round.outcomes)
        if (o.candidateId == candidateId)
            return &o;
    return nullptr;
}

} // namespace

// --- The document's side: a member defined here so the room's edits stay in one file. ---

void WorkshopDocument::putRound(qsizetype index, const std::optional<RoomRound> &before,
                                const std::optional<RoomRound> &after)
{
    QList<RoomRound> &rounds = m_workshop.rounds;
    if (before && after)
        rounds[index] = *after;
    else if (after)
        rounds.insert(index, *after);
    else if (before)
        rounds.removeAt(index);
    Q_EMIT roundsChanged(after ? after->number : before ? before->number : 0);
}

// --- RoundCommand ---

RoundCommand::RoundCommand(WorkshopDocument *doc, Kind kind, qsizetype index,
                           const std::optional<RoomRound> &before, const RoomRound &after,
                           QUndoCommand *parent)
    : QUndoCommand(describe(kind, after.number), parent), m_doc(doc), m_kind(kind), m_index(index),
      m_before(before), m_after(after)
{
}

void RoundCommand::redo()
{
    m_doc->putRound(m_index, m_before, m_after);
}

void RoundCommand::undo()
{
    m_doc->putRound(m_index, m_after, m_before);
}

int RoundCommand::id() const
{
    return m_kind == Kind::Ballot ? kBallotCommandId : -1;
}

bool RoundCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RoundCommand *>(other);
    if (next->m_kind != Kind::Ballot || next->m_index != m_index)
        return false;
    m_after = next->m_after;
    return true;
}

// --- RoomEditor ---

bool RoomEditor::refuse(const QString &message)
{
    return m_doc->refuse(message);
}

const RoomRound *RoomEditor::round(int number) const
{
    for (const RoomRound &r : m_doc->workshop().rounds)
        if (r.number == number)
            return &r;
    return nullptr;
}

const RoomRound *RoomEditor::openRoundNow() const
{
    for (const RoomRound &r : m_doc->workshop().rounds)
        if (!r.revealed())
            return &r;
    return nullptr;
}

qsizetype RoomEditor::editable(int number)
{
    if (m_doc->refuseIfReadOnly())
        return -1;
    const QList<RoomRound> &rounds = m_doc->workshop().rounds;
    for (qsizetype i = 0; i < rounds.size(); ++i)
        if (rounds[i].number == number)
            return i;
    refuse(tr("There is no round %1.").arg(number));
    return -1;
}

int RoomEditor::openRound(const QList<int> &candidateIds, RoundMode mode, bool anonymous)
{
    const Workshop &w = m_doc->workshop();
    if (m_doc->refuseIfReadOnly())
        return 0;
    if (candidateIds.isEmpty())
        return refuse(tr("A round needs at least one candidate.")), 0;
    if (const RoomRound *open = openRoundNow())
        return refuse(tr("Round %1 is still open; reveal it before opening another.")
                          .arg(open->number)),
               0;
    for (int id : candidateIds) {
        if (!w.candidate(id))
            return refuse(tr("There is no candidate %1 in this workshop.").arg(id)), 0;
        if (room::roundsOf(w, id) >= room::kMaxRounds)
            return refuse(tr("%1 has had %2 rounds already; settle it by discussion.")
                              .arg(keyOf(w, id))
                              .arg(room::kMaxRounds)),
                   0;
    }
    RoomRound r;
    r.number = w.rounds.isEmpty() ? 1 : w.rounds.last().number + 1;
    r.mode = mode;
    r.anonymous = anonymous;
    r.openedAt = QDateTime::currentDateTimeUtc();
    for (int id : candidateIds)
        if (!r.candidateIds.contains(id))
            r.candidateIds.append(id);
    for (const room::InputSpec &input : room::ballotInputs(w))
        r.inputs.append(input.id);
    m_doc->undoStack()->push(
        new RoundCommand(m_doc, RoundCommand::Kind::Open, w.rounds.size(), std::nullopt, r));
    return r.number;
}

bool RoomEditor::recordBallot(int number, const Ballot &ballot)
{
    const qsizetype index = editable(number);
    if (index < 0)
        return false;
    const RoomRound &before = m_doc->workshop().rounds[index];
    Ballot b = ballot;
    b.participant = b.participant.trimmed();
    if (!b.at.isValid())
        b.at = QDateTime::currentDateTimeUtc();
    if (Status s = room::checkBallot(m_doc->workshop(), before, b); !s)
        return refuse(s.error());
    RoomRound after = before;
    const auto same = [&](const Ballot &other) {
        return other.participant == b.participant && other.candidateId == b.candidateId;
    };
    if (auto it = std::find_if(after.ballots.begin(), after.ballots.end(), same);
        it != after.ballots.end())
        *it = b;
    else
        after.ballots.append(b);
    m_doc->undoStack()->push(
        new RoundCommand(m_doc, RoundCommand::Kind::Ballot, index, before, after));
    return true;
}

bool RoomEditor::reveal(int number)
{
    const qsizetype index = editable(number);
    if (index < 0)
        return false;
    const RoomRound &before = m_doc->workshop().rounds[index];
    if (before.revealed())
        return refuse(tr("Round %1 is already revealed.").arg(number));
    if (before.ballots.isEmpty())
        return refuse(tr("Round %1 has no ballots yet; there is nothing to reveal.").arg(number));
    RoomRound after = before;
    after.revealedAt = QDateTime::currentDateTimeUtc();
    m_doc->undoStack()->push(
        new RoundCommand(m_doc, RoundCommand::Kind::Reveal, index, before, after));
    return true;
}

bool RoomEditor::accept(int number, int candidateId, const QString &by)
{
    const RoomRound *r = round(number);
    RoundOutcome outcome;
    outcome.kind = RoundOutcome::Kind::Accepted;
    outcome.by = by;
    if (r)
        outcome.values = room::aggregate(m_doc->workshop(), *r, candidateId);
    return decide(
        number, candidateId, outcome,
        tr("Accept the room's estimate for %1").arg(keyOf(m_doc->workshop(), candidateId)));
}

bool RoomEditor::overrideValues(int number, int candidateId, const QMap<QString, double> &values,
                                const QString &reason, const QString &by)
{
    const QString key = keyOf(m_doc->workshop(), candidateId);
    if (reason.trimmed().isEmpty())
        return refuse(tr("%1: overriding the room's estimate needs a reason: say why the "
                         "estimate differs from the ballots.")
                          .arg(key));
    if (values.isEmpty())
        return refuse(tr("%1: an override needs the values to set.").arg(key));
    RoundOutcome outcome;
    outcome.kind = RoundOutcome::Kind::Overridden;
    outcome.values = values;
    outcome.reason = reason.trimmed();
    outcome.by = by;
    return decide(number, candidateId, outcome, tr("Override the room's estimate for %1").arg(key));
}

bool RoomEditor::decide(int number, int candidateId, RoundOutcome outcome, const QString &text)
{
    const qsizetype index = editable(number);
    if (index < 0)
        return false;
    const Workshop &w = m_doc->workshop();
    const RoomRound &before = w.rounds[index];
    const QString key = keyOf(w, candidateId);
    if (!before.candidateIds.contains(candidateId))
        return refuse(tr("%1 is not in round %2.").arg(key).arg(number));
    if (!before.revealed())
        return refuse(
            tr("Round %1 is not revealed yet; reveal it before deciding %2.").arg(number).arg(key));
    if (outcomeFor(before, candidateId))
        return refuse(tr("%1 already has an outcome in round %2; open a new round to vote again.")
                          .arg(key)
                          .arg(number));
    if (outcome.values.isEmpty())
        return refuse(
            tr("Round %1 has no ballots on %2; there is nothing to accept.").arg(number).arg(key));
    const Result<Candidate> changed = room::withValues(w, candidateId, outcome.values);
    if (!changed)
        return refuse(changed.error());
    outcome.candidateId = candidateId;
    if (outcome.by.isEmpty())
        outcome.by = m_doc->author();
    outcome.at = QDateTime::currentDateTimeUtc();
    RoomRound after = before;
    after.outcomes.append(outcome);
    m_doc->undoStack()->beginMacro(text);
    if (changed.value() != *w.candidate(candidateId))
        m_doc->undoStack()->push(new ReplaceCandidateCommand(m_doc, changed.value(), text));
    m_doc->undoStack()->push(
        new RoundCommand(m_doc, RoundCommand::Kind::Outcome, index, before, after));
    m_doc->undoStack()->endMacro();
    return true;
}

} // namespace cutline
