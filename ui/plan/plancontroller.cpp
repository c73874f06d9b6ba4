#include "ui/plan/plancontroller.h"

#include "ui/document/workshopdocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cutline {

PlanController::PlanController(WorkshopDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(80); // a burst of edits (undo of a macro) solves once
    connect(&m_debounce, &QTimer::timeout, this, &PlanController::start);
    connect(&m_watcher, &QFutureWatcher<Plan>::finished, this, &PlanController::finished);
    connect(document, &WorkshopDocument::workshopReset, this, &PlanController::schedule);
    connect(document, &WorkshopDocument::candidateChanged, this, &PlanController::schedule);
    connect(document, &WorkshopDocument::candidateInserted, this, &PlanController::schedule);
    connect(document, &WorkshopDocument::candidateRemoved, this, &PlanController::schedule);
    connect(document, &WorkshopDocument::linksChanged, this, &PlanController::schedule);
    connect(document, &WorkshopDocument::settingsChanged, this, &PlanController::schedule);
    schedule();
}

PlanController::~PlanController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void PlanController::schedule()
{
    m_current = false;
    const bool was = isComputing();
    m_debounce.start();
    if (!was)
        Q_EMIT computingChanged(true);
}

void PlanController::start()
{
    if (m_watcher.isRunning()) { // the running solve is for an older workshop
        m_cancel->store(true);
        m_restart = true;
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const Workshop workshop = m_document->workshop();
    m_watcher.setFuture(QtConcurrent::run(
        [workshop, cancel = m_cancel] { return makePlan(workshop, std::nullopt, cancel.get()); }));
}

void PlanController::finished()
{
    if (m_restart) {
        m_restart = false;
        start();
        return;
    }
    const Plan result = m_watcher.result();
    if (result.cancelled)
        return;
    m_plan = result;
    m_current = !m_debounce.isActive();
    Q_EMIT planChanged();
    if (!isComputing())
        Q_EMIT computingChanged(false);
}

} // namespace cutline
