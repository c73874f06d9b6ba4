#include "ui/document/workshopdocument.h"

#include "core/decision/decisions.h"
#include "core/model/kindprofile.h"
#include "core/model/validation.h"
#include "core/plan/planner.h"
#include "core/scoring/scoring.h"
#include "ui/document/commands.h"

#include <QFileInfo>
#include <QUndoStack>

#include <cmath>

namespace cutline {

WorkshopDocument::WorkshopDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
}

WorkshopDocument::~WorkshopDocument() = default;

void WorkshopDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QString WorkshopDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_workshop.title.isEmpty() ? tr("Untitled workshop") : m_workshop.title;
}

bool WorkshopDocument::isModified() const
{
    return m_forcedModified || !m_undoStack->isClean();
}

void WorkshopDocument::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void WorkshopDocument::reset(const Workshop &workshop, const QString &filePath)
{
    m_workshop = workshop;
    m_undoStack->clear();
    m_forcedModified = false;
    setFilePath(filePath);
    Q_EMIT workshopReset();
    Q_EMIT modifiedChanged(isModified());
}

void WorkshopDocument::markSaved()
{
    m_forcedModified = false;
    m_undoStack->setClean();
    Q_EMIT modifiedChanged(isModified());
}

void WorkshopDocument::markUnsaved()
{
    m_forcedModified = true;
    Q_EMIT modifiedChanged(true);
}

bool WorkshopDocument::refuse(const QString &message)
{
    Q_EMIT editRefused(message);
    return false;
}

bool WorkshopDocument::refuseIfReadOnly()
{
    if (!m_readOnly)
        return false;
    refuse(tr("%1 is open read-only; use Save As to keep a copy you can edit.").arg(displayName()));
    return true;
}

bool WorkshopDocument::editFields(int id, const QList<std::pair<Field, QVariant>> &changes,
                                  const QString &text)
{
    const Candidate *c = m_workshop.candidate(id);
    if (!c || refuseIfReadOnly())
        return false;
    Candidate changed = *c;
    for (const auto &[field, value] : changes)
        setFieldValue(changed, field, value);
    // Checked together: a new effort may only fit the new low/high, and the other way round.
    for (const auto &[field, value] : changes)
        if (auto problem = checkFieldValue(changed, field, value))
            return refuse(*problem);
    if (changed == *c)
        return true;
    m_undoStack->beginMacro(text);
    for (const auto &[field, value] : changes)
        if (fieldValue(*m_workshop.candidate(id), field) != value)
            m_undoStack->push(new SetFieldCommand(this, id, field, value));
    m_undoStack->endMacro();
    return true;
}

bool WorkshopDocument::editField(int id, Field field, const QVariant &value)
{
    const Candidate *c = m_workshop.candidate(id);
    if (!c || refuseIfReadOnly())
        return false;
    if (auto problem = checkFieldValue(*c, field, value))
        return refuse(*problem);
    if (field == Field::Key) {
        const Candidate *twin = m_workshop.candidateByKey(value.toString());
        if (twin && twin->id != id)
            return refuse(tr("%1: the key %2 is already used by \"%3\".")
                              .arg(c->key, value.toString(), twin->title));
    }
    Candidate changed = *c;
    setFieldValue(changed, field, value);
    if (changed == *c)
        return true;
    if (field == Field::Decision)
        return decide(id, changed.decision);
    // Compliance work is mandatory by default: switching to it says so in the same step.
    if (field == Field::Kind && mandatoryByDefault(changed.kind) && !c->mandatory) {
        m_undoStack->beginMacro(tr("Make %1 compliance work").arg(c->key));
        m_undoStack->push(new SetFieldCommand(this, id, field, value));
        m_undoStack->push(new SetFieldCommand(this, id, Field::Mandatory, true));
        m_undoStack->endMacro();
        return true;
    }
    m_undoStack->push(new SetFieldCommand(this, id, field, value));
    return true;
}

int WorkshopDocument::addCandidate(const QString &title)
{
    if (refuseIfReadOnly())
        return 0;
    Candidate c;
    c.id = m_workshop.nextId();
    c.key = m_workshop.nextKey();
    c.title = title.isEmpty() ? tr("New candidate") : title;
    m_undoStack->push(new InsertCandidateCommand(this, int(m_workshop.candidates.size()), c));
    return c.id;
}

int WorkshopDocument::duplicateCandidate(int id)
{
    const Candidate *source = m_workshop.candidate(id);
    if (!source || refuseIfReadOnly())
        return 0;
    Candidate copy = *source;
    copy.id = m_workshop.nextId();
    copy.key = m_workshop.nextKey();
    copy.title = tr("%1 (copy)").arg(source->title);
    copy.decision = Decision::Undecided;
    m_undoStack->push(new InsertCandidateCommand(this, m_workshop.indexOf(id) + 1, copy));
    return copy.id;
}

int WorkshopDocument::addAlternative(int id)
{
    const Candidate *source = m_workshop.candidate(id);
    if (!source || refuseIfReadOnly())
        return 0;
    Candidate alternative = *source;
    alternative.id = m_workshop.nextId();
    alternative.key = m_workshop.nextKey();
    alternative.title = tr("Simpler: %1").arg(source->title);
    alternative.decision = Decision::Undecided;
    alternative.effortLow = alternative.effortHigh = std::nullopt;
    m_undoStack->beginMacro(tr("Add an alternative to %1").arg(source->key));
    m_undoStack->push(new InsertCandidateCommand(this, m_workshop.indexOf(id) + 1, alternative));
    m_undoStack->push(
        new LinkCommand(this, LinkCommand::Action::Add, {alternative.id, id, LinkType::Excludes}));
    m_undoStack->endMacro();
    return alternative.id;
}

void WorkshopDocument::removeCandidates(const QList<int> &ids)
{
    if (ids.isEmpty() || refuseIfReadOnly())
        return;
    if (ids.size() == 1) {
        m_undoStack->push(new RemoveCandidateCommand(this, ids.first()));
        return;
    }
    m_undoStack->beginMacro(tr("Delete %n candidate(s)", nullptr, int(ids.size())));
    for (int id : ids)
        if (m_workshop.candidate(id))
            m_undoStack->push(new RemoveCandidateCommand(this, id));
    m_undoStack->endMacro();
}

bool WorkshopDocument::addLink(const Dependency &link)
{
    if (refuseIfReadOnly())
        return false;
    if (auto problem = checkNewLink(m_workshop, link))
        return refuse(*problem);
    m_undoStack->push(new LinkCommand(this, LinkCommand::Action::Add, link));
    return true;
}

void WorkshopDocument::removeLink(const Dependency &link)
{
    if (!m_workshop.hasLink(link.from, link.to, link.type) || refuseIfReadOnly())
        return;
    m_undoStack->push(new LinkCommand(this, LinkCommand::Action::Remove, link));
}

bool WorkshopDocument::editSettings(const Workshop &settings)
{
    if (refuseIfReadOnly())
        return false;
    if (auto problem = checkCapacity(settings.capacity))
        return refuse(*problem);
    if (auto problem = checkCriteria(settings.criteria))
        return refuse(*problem);
    if (m_workshop.sameSettings(settings))
        return true;
    m_undoStack->push(new EditSettingsCommand(this, settings));
    return true;
}

void WorkshopDocument::adoptPlan(const Plan &plan)
{
    if (refuseIfReadOnly())
        return;
    const QList<Adoption> adoption = planAdoption(m_workshop, plan);
    if (adoption.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Adopt the plan as decisions"));
    for (const Adoption &a : adoption)
        pushDecision(a.id, a.decision, a.rationale);
    m_undoStack->endMacro();
}

bool WorkshopDocument::decide(int id, Decision decision, const QString &rationale)
{
    const Candidate *c = m_workshop.candidate(id);
    if (!c || refuseIfReadOnly())
        return false;
    if (c->decision == decision)
        return true;
    if (const auto problem = decisionProblem(m_workshop, id, decision, rationale))
        return refuse(*problem);
    m_undoStack->beginMacro(tr("Decide %1: %2").arg(c->key, decisionName(decision)));
    pushDecision(id, decision, rationale);
    m_undoStack->endMacro();
    return true;
}

void WorkshopDocument::pushDecision(int id, Decision decision, const QString &rationale)
{
    const Candidate *c = m_workshop.candidate(id);
    const Decision before = c->decision;
    // A changed decision takes its own reason (or none); the old one explained the old call.
    const QString reason = rationale.trimmed();
    if ((rationaleIsStale(m_workshop, *c, decision) && c->rationale != reason) ||
        (c->rationale.trimmed().isEmpty() && !reason.isEmpty()))
        m_undoStack->push(new SetFieldCommand(this, id, Field::Rationale, reason));
    if (decision == Decision::Commit && !c->reviewDate.isValid())
        if (const auto review = defaultReviewDate(m_workshop))
            m_undoStack->push(new SetFieldCommand(this, id, Field::ReviewDate, *review));
    m_undoStack->push(new SetFieldCommand(this, id, Field::Decision, decisionId(decision)));
    const QString author = decisionAuthor(m_author);
    m_undoStack->push(new LogDecisionCommand(
        this, DecisionChange{QDateTime::currentDateTimeUtc(), author, c->key, before, decision,
                             m_workshop.candidate(id)->rationale.trimmed()}));
}

bool WorkshopDocument::signOff(const QMap<int, Bet> &bets)
{
    if (refuseIfReadOnly())
        return false;
    const QStringList problems = signOffProblems(m_workshop);
    if (!problems.isEmpty())
        return refuse(tr("The decisions cannot be signed off yet:\n%1")
                          .arg(problems.join(QLatin1Char('\n'))));
    QList<Candidate> withBets;
    for (auto it = bets.cbegin(); it != bets.cend(); ++it) {
        Candidate after;
        if (auto problem = betChange(it.key(), it.value(), after))
            return refuse(*problem);
        withBets.append(after);
    }
    Workshop settings;
    settings.assignSettings(m_workshop);
    settings.signOff = SignOff{m_workshop.decider, QDateTime::currentDateTimeUtc()};
    m_undoStack->beginMacro(tr("Sign off the decisions"));
    for (const Candidate &after : std::as_const(withBets))
        if (after != *m_workshop.candidate(after.id))
            m_undoStack->push(
                new ReplaceCandidateCommand(this, after, tr("Bet on %1").arg(after.key)));
    m_undoStack->push(new EditSettingsCommand(this, settings));
    m_undoStack->endMacro();
    return true;
}

void WorkshopDocument::appendLogEntry(const DecisionChange &change)
{
    m_workshop.decisionLog.append(change);
    Q_EMIT decisionLogChanged();
}

void WorkshopDocument::takeLastLogEntry()
{
    if (!m_workshop.decisionLog.isEmpty())
        m_workshop.decisionLog.removeLast();
    Q_EMIT decisionLogChanged();
}

void WorkshopDocument::applyField(int id, Field field, const QVariant &value)
{
    Candidate *c = m_workshop.candidate(id);
    Q_ASSERT(c);
    setFieldValue(*c, field, value);
    Q_EMIT candidateChanged(id, field);
}

void WorkshopDocument::insertCandidate(int index, const Candidate &candidate)
{
    Q_EMIT candidateAboutToBeInserted(index);
    m_workshop.candidates.insert(index, candidate);
    Q_EMIT candidateInserted(index, candidate.id);
}

Candidate WorkshopDocument::takeCandidate(int id)
{
    const int index = m_workshop.indexOf(id);
    Q_ASSERT(index >= 0);
    Q_EMIT candidateAboutToBeRemoved(index);
    Candidate taken = m_workshop.candidates.takeAt(index);
    Q_EMIT candidateRemoved(id);
    return taken;
}

void WorkshopDocument::insertLink(int index, const Dependency &link)
{
    m_workshop.dependencies.insert(index, link);
    Q_EMIT linksChanged();
}

void WorkshopDocument::takeLink(int index)
{
    m_workshop.dependencies.removeAt(index);
    Q_EMIT linksChanged();
}

bool WorkshopDocument::editScore(int id, const QString &criterion, double score)
{
    if (refuseIfReadOnly())
        return false;
    const Candidate *c = m_workshop.candidate(id);
    if (!c)
        return false;
    if (!std::isfinite(score) || score < 0 || score > 10)
        return refuse(tr("%1: the score %2 on \"%3\" is outside 0–10.")
                          .arg(c->key, formatNumber(score), criterion));
    if (c->scores.value(criterion, -1) == score)
        return true;
    Candidate after = *c;
    after.scores.insert(criterion, score);
    m_undoStack->push(
        new ReplaceCandidateCommand(this, after, tr("Score %1 on %2").arg(c->key, criterion)));
    return true;
}

bool WorkshopDocument::editDissent(int id, const QList<Dissent> &dissent)
{
    if (refuseIfReadOnly())
        return false;
    const Candidate *c = m_workshop.candidate(id);
    if (!c)
        return false;
    if (c->dissent == dissent)
        return true;
    Candidate after = *c;
    after.dissent = dissent;
    m_undoStack->push(
        new ReplaceCandidateCommand(this, after, tr("Note dissent on %1").arg(c->key)));
    return true;
}

void WorkshopDocument::applyCandidate(const Candidate &candidate)
{
    Candidate *c = m_workshop.candidate(candidate.id);
    if (!c)
        return;
    const Candidate before = *c;
    *c = candidate;
    for (Field field : allFields())
        if (fieldValue(before, field) != fieldValue(candidate, field))
            Q_EMIT candidateChanged(candidate.id, field);
    if (before.scores != candidate.scores || before.dissent != candidate.dissent ||
        before.bet != candidate.bet || before.review != candidate.review)
        Q_EMIT candidateDetailsChanged(candidate.id);
}

void WorkshopDocument::applySettings(const Workshop &settings)
{
    m_workshop.assignSettings(settings);
    Q_EMIT settingsChanged();
}

} // namespace cutline
