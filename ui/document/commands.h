// The undo commands: one per kind of change to a workshop.
#pragma once

#include "core/model/field.h"
#include "core/model/workshop.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace cutline {

class WorkshopDocument;

// Sets one field of one candidate. Consecutive edits of the same field of the same candidate
// merge into one undo step (ten presses of an arrow key are one step), as Tiled's ChangeValue.
class SetFieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cutline::SetFieldCommand)

public:
    SetFieldCommand(WorkshopDocument *doc, int id, Field field, const QVariant &value,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkshopDocument *m_doc;
    int m_id;
    Field m_field;
    QVariant m_before;
    QVariant m_after;
};

class InsertCandidateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cutline::InsertCandidateCommand)

public:
    InsertCandidateCommand(WorkshopDocument *doc, int index, const Candidate &candidate,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkshopDocument *m_doc;
    int m_index;
    Candidate m_candidate;
};

// Removes a candidate and its links; undo puts both back where they were.
class RemoveCandidateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cutline::RemoveCandidateCommand)

public:
    RemoveCandidateCommand(WorkshopDocument *doc, int id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkshopDocument *m_doc;
    int m_id;
    int m_index = -1;
    Candidate m_candidate;
    QList<std::pair<int, Dependency>> m_links; // position in the link list, link
};

class LinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cutline::LinkCommand)

public:
    enum class Action
    {
        Add,
        Remove
    };
    LinkCommand(WorkshopDocument *doc, Action action, const Dependency &link,
                QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void add();
    void remove();

    WorkshopDocument *m_doc;
    Action m_action;
    Dependency m_link;
    int m_index = -1;
};

class EditSettingsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cutline::EditSettingsCommand)

public:
    EditSettingsCommand(WorkshopDocument *doc, const Workshop &settings,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkshopDocument *m_doc;
    Workshop m_before;
    Workshop m_after;
};

// Replaces a candidate's data beyond its fields (criterion scores, dissent) in one step.
class ReplaceCandidateCommand : public QUndoCommand
{
public:
    ReplaceCandidateCommand(WorkshopDocument *doc, const Candidate &after, const QString &text,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkshopDocument *m_doc;
    Candidate m_before;
    Candidate m_after;
};

// Records a change of decision in the workshop's decision log.
class LogDecisionCommand : public QUndoCommand
{
public:
    LogDecisionCommand(WorkshopDocument *doc, const DecisionChange &change,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkshopDocument *m_doc;
    DecisionChange m_change;
};

} // namespace cutline
