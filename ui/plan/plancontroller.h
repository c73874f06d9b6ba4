// PlanController: keeps the optimal plan of the open workshop current. Every change schedules a
// new solve on a worker thread; a newer change cancels the running one, so typing never waits.
// The plan is shown as soon as it is chosen; the reasons that state a cost (each a solve of its
// own) follow one by one, marked "computing…" until they arrive.
#pragma once

#include "core/plan/planner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cutline {

class WorkshopDocument;

class PlanController : public QObject
{
    Q_OBJECT

public:
    explicit PlanController(WorkshopDocument *document, QObject *parent = nullptr);
    ~PlanController() override;

    const Plan &plan() const { return m_plan; }
    // True until the plan for the current workshop is chosen (its reasons may still follow).
    bool isComputing() const
    {
        return m_debounce.isActive() || (m_watcher.isRunning() && !m_planShown);
    }
    // True while some reason of the plan shown is still being computed.
    bool reasonsPending() const;
    // True once a plan for the current workshop is known.
    bool isCurrent() const { return m_current && !isComputing(); }

Q_SIGNALS:
    void planChanged();
    void computingChanged(bool computing);
    // A reason of the plan shown arrived (plan() holds it too).
    void reasonChanged(const cutline::Exclusion &exclusion);

private:
    void schedule();
    void start();
    void finished();
    void planReady(quint64 generation, const Plan &plan);
    void reasonReady(quint64 generation, const Exclusion &exclusion);

    WorkshopDocument *m_document;
    QTimer m_debounce;
    // Its own thread, not Qt's global pool: Qt paints large areas with that pool's threads, so
    // a long solve there would stall painting until it ended.
    QThreadPool m_pool;
    QFutureWatcher<Plan> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_restart = false;
    bool m_current = false;
    bool m_planShown = false; // the running solve's plan is shown, its reasons follow
    quint64 m_generation = 0; // of the running solve: what a stale one reports is ignored
    Plan m_plan;
};

} // namespace cutline
