#include "ui/document/commands.h"

#include "ui/document/workshopdocument.h"

#include <QCoreApplication>

namespace cutline {

namespace {

QString keyOf(const WorkshopDocument *doc, int id)
{
    const Candidate *c = doc->workshop().candidate(id);
    return c ? c->key : QString();
}
} // namespace

SetFieldCommand::SetFieldCommand(WorkshopDocument *doc, int id, Field field, const QVariant &value,
                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_id(id), m_field(field), m_after(value)
{
    m_before = fieldValue(*doc->workshop().candidate(id), field);
    setText(tr("Change %1 of %2").arg(fieldName(field), keyOf(doc, id)));
}

void SetFieldCommand::redo()
{
    m_doc->applyField(m_id, m_field, m_after);
}

void SetFieldCommand::undo()
{
    m_doc->applyField(m_id, m_field, m_before);
}

int SetFieldCommand::id() const
{
    return 1; // every field edit; mergeWith decides whether two belong together
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_doc != m_doc || next->m_id != m_id || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // edited back to where it started: nothing to undo
    return true;
}

InsertCandidateCommand::InsertCandidateCommand(WorkshopDocument *doc, int index,
                                               const Candidate &candidate, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_index(index), m_candidate(candidate)
{
    setText(tr("Add %1").arg(candidate.key));
}

void InsertCandidateCommand::redo()
{
    m_doc->insertCandidate(m_index, m_candidate);
}

void InsertCandidateCommand::undo()
{
    m_doc->takeCandidate(m_candidate.id);
}

RemoveCandidateCommand::RemoveCandidateCommand(WorkshopDocument *doc, int id, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_id(id)
{
    setText(tr("Delete %1").arg(keyOf(doc, id)));
}

void RemoveCandidateCommand::redo()
{
    const Workshop &w = m_doc->workshop();
    m_index = w.indexOf(m_id);
    m_links.clear();
    for (int i = int(w.dependencies.size()) - 1; i >= 0; --i) {
        const Dependency &d = w.dependencies[i];
        if (d.from == m_id || d.to == m_id) {
            m_links.prepend({i, d});
            m_doc->takeLink(i);
        }
    }
    m_candidate = m_doc->takeCandidate(m_id);
}

void RemoveCandidateCommand::undo()
{
    m_doc->insertCandidate(m_index, m_candidate);
    for (const auto &[index, link] : m_links) // ascending, so each lands where it was
        m_doc->insertLink(index, link);
}

LinkCommand::LinkCommand(WorkshopDocument *doc, Action action, const Dependency &link,
                         QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_action(action), m_link(link)
{
    const QString from = keyOf(doc, link.from), to = keyOf(doc, link.to);
    if (action == Action::Add)
        setText(link.type == LinkType::Requires ? tr("Link %1 requires %2").arg(from, to)
                                                : tr("Link %1 excludes %2").arg(from, to));
    else
        setText(link.type == LinkType::Requires ? tr("Unlink %1 requires %2").arg(from, to)
                                                : tr("Unlink %1 excludes %2").arg(from, to));
}

void LinkCommand::add()
{
    if (m_index < 0)
        m_index = int(m_doc->workshop().dependencies.size());
    m_doc->insertLink(m_index, m_link);
}

void LinkCommand::remove()
{
    const QList<Dependency> &links = m_doc->workshop().dependencies;
    m_index = int(links.indexOf(m_link));
    if (m_index < 0 && m_link.type == LinkType::Excludes) {
        m_link = Dependency{m_link.to, m_link.from, m_link.type};
        m_index = int(links.indexOf(m_link));
    }
    Q_ASSERT(m_index >= 0);
    m_doc->takeLink(m_index);
}

void LinkCommand::redo()
{
    m_action == Action::Add ? add() : remove();
}

void LinkCommand::undo()
{
    if (m_action == Action::Add)
        m_doc->takeLink(m_index);
    else
        m_doc->insertLink(m_index, m_link);
}

EditSettingsCommand::EditSettingsCommand(WorkshopDocument *doc, const Workshop &settings,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc)
{
    m_before.assignSettings(doc->workshop());
    m_after.assignSettings(settings);
    setText(tr("Edit workshop settings"));
}

void EditSettingsCommand::redo()
{
    m_doc->applySettings(m_after);
}

void EditSettingsCommand::undo()
{
    m_doc->applySettings(m_before);
}

ReplaceCandidateCommand::ReplaceCandidateCommand(WorkshopDocument *doc, const Candidate &after,
                                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_doc(doc), m_before(*doc->workshop().candidate(after.id)),
      m_after(after)
{
}

void ReplaceCandidateCommand::redo()
{
    m_doc->applyCandidate(m_after);
}

void ReplaceCandidateCommand::undo()
{
    m_doc->applyCandidate(m_before);
}

LogDecisionCommand::LogDecisionCommand(WorkshopDocument *doc, const DecisionChange &change,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_change(change)
{
}

void LogDecisionCommand::redo()
{
    m_doc->appendLogEntry(m_change);
}

void LogDecisionCommand::undo()
{
    m_doc->takeLastLogEntry();
}

} // namespace cutline
