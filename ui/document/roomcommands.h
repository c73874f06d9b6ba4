// The room's edits (issue 12): open a round, record a ballot, reveal, accept the aggregate or
// override it with a reason. Each checks first, refuses with a message (the document's
// editRefused), and is one undo step; the document then emits roundsChanged.
#pragma once

#include "core/model/workshop.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace cutline {

class WorkshopDocument;

// Puts one round at an index of the workshop's rounds: opens it (no before), changes it, or
// (undo of an open) removes it. Consecutive ballots into the same round merge into one undo
// step, so a room of phones voting does not flood the undo history.
class RoundCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cutline::RoundCommand)

public:
    enum class Kind
    {
        Open,
        Ballot,
        Reveal,
        Outcome
    };
    RoundCommand(WorkshopDocument *doc, Kind kind, qsizetype index,
                 const std::optional<RoomRound> &before, const RoomRound &after,
                 QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkshopDocument *m_doc;
    Kind m_kind;
    qsizetype m_index;
    std::optional<RoomRound> m_before;
    RoomRound m_after;
};

// The room's edit functions on a document. Rounds are named by their number.
class RoomEditor
{
    Q_DECLARE_TR_FUNCTIONS(cutline::RoomEditor)

public:
    explicit RoomEditor(WorkshopDocument *doc) : m_doc(doc) {}

    // Opens a blind round on `candidateIds` asking the current framework's inputs; returns its
    // number, or 0 when refused (no candidates, an unknown one, one that had kMaxRounds
    // rounds, or another round still open).
    int openRound(const QList<int> &candidateIds, RoundMode mode, bool anonymous);
    // Records a participant's ballot in an open round, replacing their earlier ballot on the
    // same candidate. In an anonymous round pass an alias (room::participantAlias). A ballot
    // without a time gets the current one.
    bool recordBallot(int number, const Ballot &ballot);
    // Reveals the round: its ballots lock and its spread can be seen.
    bool reveal(int number);
    // The room's aggregate (room::aggregate) becomes the candidate's estimate, and the round
    // records the outcome: one undo step.
    bool accept(int number, int candidateId, const QString &by);
    // The facilitator sets other values than the aggregate; the reason is required and kept in
    // the round's outcome (shown in the decision record's rounds).
    bool overrideValues(int number, int candidateId, const QMap<QString, double> &values,
                        const QString &reason, const QString &by);

    // The round with that number, or nullptr.
    const RoomRound *round(int number) const;
    // The round still open for ballots (not revealed), or nullptr.
    const RoomRound *openRoundNow() const;

private:
    bool refuse(const QString &message);
    // The round's index, or -1 after refusing (unknown round, or read-only document).
    qsizetype editable(int number);
    bool decide(int number, int candidateId, RoundOutcome outcome, const QString &text);

    WorkshopDocument *m_doc;
};

} // namespace cutline
