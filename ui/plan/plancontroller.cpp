#include "ui/plan/plancontroller.h"

#include "ui/document/workshopdocument.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cutline {

PlanController::PlanController(WorkshopDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_pool.setMaxThreadCount(1); // one worker at a time: a newer change waits for it to stop
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

bool PlanController::reasonsPending() const
{
    return std::any_of(m_plan.excluded.begin(), m_plan.excluded.end(),
                       [](const Exclusion &e) { return e.pending; });
}

void PlanController::start()
{
    ++m_generation;
    if (m_watcher.isRunning()) { // the running solve is for an older workshop
        m_cancel->store(true);
        m_restart = true;
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_planShown = false;
    const Workshop workshop = m_document->workshop();
    // The worker's reports come back as queued calls, dropped if this controller is gone.
    auto progress = std::make_shared<PlanProgress>();
    progress->planned = [this, generation = m_generation](const Plan &plan) {
        QMetaObject::invokeMethod(
            this, [this, generation, plan] { planReady(generation, plan); }, Qt::QueuedConnection);
    };
    progress->explained = [this, generation = m_generation](const Exclusion &e) {
        QMetaObject::invokeMethod(
            this, [this, generation, e] { reasonReady(generation, e); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [workshop, cancel = m_cancel, progress] {
        return makePlan(workshop, std::nullopt, cancel.get(), progress.get());
    }));
}

void PlanController::planReady(quint64 generation, const Plan &plan)
{
    if (generation != m_generation || m_cancel->load())
        return;
    m_plan = plan;
    m_planShown = true;
    m_current = !m_debounce.isActive();
    Q_EMIT planChanged();
    if (!isComputing())
        Q_EMIT computingChanged(false);
}

void PlanController::reasonReady(quint64 generation, const Exclusion &exclusion)
{
    if (generation != m_generation || !m_planShown)
        return;
    for (Exclusion &e : m_plan.excluded)
        if (e.id == exclusion.id)
            e = exclusion;
    Q_EMIT reasonChanged(exclusion);
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
    m_planShown = true;
    m_current = !m_debounce.isActive();
    Q_EMIT planChanged();
    if (!isComputing())
        Q_EMIT computingChanged(false);
}

} // namespace cutline
