#include "ui/plan/oddscontroller.h"

#include "ui/document/workshopdocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cutline {

OddsController::OddsController(WorkshopDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_pool.setMaxThreadCount(1); // one worker at a time: a newer change waits for it to stop
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(80); // a burst of edits samples once
    connect(&m_debounce, &QTimer::timeout, this, &OddsController::start);
    connect(&m_watcher, &QFutureWatcher<Result<Odds>>::finished, this, &OddsController::finished);
    connect(document, &WorkshopDocument::workshopReset, this, &OddsController::schedule);
    connect(document, &WorkshopDocument::candidateChanged, this, &OddsController::schedule);
    connect(document, &WorkshopDocument::candidateInserted, this, &OddsController::schedule);
    connect(document, &WorkshopDocument::candidateRemoved, this, &OddsController::schedule);
    connect(document, &WorkshopDocument::candidateDetailsChanged, this, &OddsController::schedule);
    connect(document, &WorkshopDocument::linksChanged, this, &OddsController::schedule);
    connect(document, &WorkshopDocument::settingsChanged, this, &OddsController::schedule);
    schedule();
}

OddsController::~OddsController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void OddsController::schedule()
{
    const bool was = isComputing();
    ++m_generation; // partial figures of an older workshop are dropped from here on
    m_debounce.start();
    if (!was)
        Q_EMIT computingChanged(true);
}

void OddsController::start()
{
    if (m_watcher.isRunning()) { // the running sampling is for an older workshop
        m_cancel->store(true);
        m_restart = true;
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    const Workshop workshop = m_document->workshop();
    const quint64 generation = m_generation;
    // The destructor waits for the worker, so `this` outlives every queued call's sender.
    const auto progress = [this, generation](const Odds &odds) {
        QMetaObject::invokeMethod(
            this, [this, generation, odds] { partial(generation, odds); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [workshop, cancel = m_cancel, progress] {
        return computeOdds(workshop, {}, cancel.get(), progress);
    }));
}

void OddsController::partial(quint64 generation, const Odds &odds)
{
    if (generation != m_generation || odds.cancelled)
        return;
    m_odds = odds;
    m_problem.clear();
    Q_EMIT oddsChanged();
}

void OddsController::finished()
{
    m_running = false;
    if (m_restart) {
        m_restart = false;
        start();
        return;
    }
    const Result<Odds> result = m_watcher.result();
    if (result && result.value().cancelled)
        return;
    if (result) {
        m_odds = result.value();
        m_problem.clear();
    } else {
        m_odds = Odds{};
        m_problem = result.error();
    }
    Q_EMIT oddsChanged();
    if (!isComputing())
        Q_EMIT computingChanged(false);
}

} // namespace cutline
