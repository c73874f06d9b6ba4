// PlanController: keeps the optimal plan of the open workshop current. Every change schedules a
// new solve on a worker thread; a newer change cancels the running one, so typing never waits.
#pragma once

#include "core/plan/planner.h"

#include <QFutureWatcher>
#include <QObject>
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
    bool isComputing() const { return m_watcher.isRunning() || m_debounce.isActive(); }
    // True once a plan for the current workshop is known.
    bool isCurrent() const { return m_current && !isComputing(); }

Q_SIGNALS:
    void planChanged();
    void computingChanged(bool computing);

private:
    void schedule();
    void start();
    void finished();

    WorkshopDocument *m_document;
    QTimer m_debounce;
    QFutureWatcher<Plan> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_restart = false;
    bool m_current = false;
    Plan m_plan;
};

} // namespace cutline
