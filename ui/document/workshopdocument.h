// WorkshopDocument: the open workshop, its undo stack, file path and state — the one way in
// for edits. Views call the edit functions; each pushes an undo command; the document then
// announces precisely what changed.
#pragma once

#include "core/model/field.h"
#include "core/model/workshop.h"

#include <QMap>
#include <QObject>
#include <QString>

class QUndoStack;

namespace cutline {
struct Plan;
}

namespace cutline {

class WorkshopDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkshopDocument(QObject *parent = nullptr);
    ~WorkshopDocument() override;

    const Workshop &workshop() const { return m_workshop; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    QString displayName() const; // file name, or the title of an untitled workshop
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Replaces everything (open, new, revert); forgets the undo history.
    void reset(const Workshop &workshop, const QString &filePath);
    // Marks the current state as the saved one.
    void markSaved();
    // Marks a restored or imported workshop as having unsaved changes.
    void markUnsaved();

    // Edits. Each checks first; a refusal returns false, leaves everything as it was, and
    // emits editRefused with a message that names the candidate, field and value.
    bool editField(int id, Field field, const QVariant &value);
    // Several fields of one candidate as one undo step named `text` (a bubble dragged on the
    // chart moves effort and impact); all are checked before any is applied.
    bool editFields(int id, const QList<std::pair<Field, QVariant>> &changes, const QString &text);
    int addCandidate(const QString &title = QString());
    int duplicateCandidate(int id);
    int addAlternative(int id); // a cheaper version of `id`, linked to it with excludes
    void removeCandidates(const QList<int> &ids);
    bool addLink(const Dependency &link);
    void removeLink(const Dependency &link);
    bool editSettings(const Workshop &settings);
    // Scores candidate `id` on a weighted criterion (0–10).
    bool editScore(int id, const QString &criterion, double score);
    // Decides candidate `id`. Deferring, dropping, or committing against the computed plan
    // needs a rationale: `rationale` is used when the candidate has none yet, otherwise the
    // edit is refused. The change goes into the decision log with the author and time; a
    // commit without a review date gets the default one. One undo step.
    bool decide(int id, Decision decision, const QString &rationale = QString());
    // The decider signs the decisions off (refused with every problem listed when they
    // cannot be), taking `bets` on committed candidates (by id) in the same undo step.
    bool signOff(const QMap<int, Bet> &bets = {});
    // Who is named in the decision log for edits made here (default: the login name).
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    // Replaces the dissent noted on candidate `id`.
    bool editDissent(int id, const QList<Dissent> &dissent);
    // Undecided candidates become commit (in the plan) or defer (out, with the reason as
    // their rationale), in one undo step.
    void adoptPlan(const Plan &plan);

    // The loop (issue 15; workshopdocumentloop.cpp). Each is one undo step; nullopt removes.
    // The bet's review date becomes the candidate's review date too.
    bool setBet(int id, const std::optional<Bet> &bet);
    // Refused before sign-off, for a candidate not committed, and for a bad review.
    bool setReview(int id, const std::optional<Review> &review);

Q_SIGNALS:
    void workshopReset();
    void candidateChanged(int id, cutline::Field field);
    // What is not one field changed: criterion scores or dissent.
    void candidateDetailsChanged(int id);
    void candidateAboutToBeInserted(int index);
    void candidateInserted(int index, int id);
    void candidateAboutToBeRemoved(int index);
    void candidateRemoved(int id);
    void linksChanged();
    void settingsChanged();
    void decisionLogChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);
    void editRefused(const QString &message);
    // The room (issue 12): round `number` was opened, received a ballot, was revealed or
    // decided (or one of those was undone). Edits are in ui/document/roomcommands.h.
    void roundsChanged(int number);

private:
    // Applied by the undo commands only: these do not check and do not record history.
    friend class SetFieldCommand;
    friend class InsertCandidateCommand;
    friend class RemoveCandidateCommand;
    friend class LinkCommand;
    friend class EditSettingsCommand;
    friend class ReplaceCandidateCommand;
    friend class LogDecisionCommand;
    void applyField(int id, Field field, const QVariant &value);
    void insertCandidate(int index, const Candidate &candidate);
    Candidate takeCandidate(int id);
    void insertLink(int index, const Dependency &link);
    void takeLink(int index);
    void applySettings(const Workshop &settings);
    // Replaces a candidate's data; emits candidateChanged for each field that differs and
    // candidateDetailsChanged when its criterion scores or dissent differ.
    void applyCandidate(const Candidate &candidate);
    void appendLogEntry(const DecisionChange &change);
    void takeLastLogEntry();
    // The room (issue 12): its edits (roomcommands.*) check through refuseIfReadOnly; its
    // command puts a round at `index` (nullopt removes it).
    friend class RoomEditor;
    friend class RoundCommand;
    void putRound(qsizetype index, const std::optional<RoomRound> &before,
                  const std::optional<RoomRound> &after);

    bool refuse(const QString &message);
    bool refuseIfReadOnly();

    Workshop m_workshop;
    QUndoStack *m_undoStack;
    QString m_filePath;
    bool m_readOnly = false;
    bool m_forcedModified = false;
    QString m_author;
    void pushDecision(int id, Decision decision, const QString &rationale);
    std::optional<QString> betChange(int id, const Bet &bet, Candidate &after) const;
};

} // namespace cutline
