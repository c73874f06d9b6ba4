// OddsController: keeps the odds of the open workshop current (issue 14). Every edit starts a
// new sampling on a worker thread and cancels the running one; partial figures arrive as they
// are known (P(fits) first, then shares of more and more samples, then the margins).
#pragma once

#include "core/odds/odds.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cutline {

class WorkshopDocument;

class OddsController : public QObject
{
    Q_OBJECT

public:
    explicit OddsController(WorkshopDocument *document, QObject *parent = nullptr);
    ~OddsController() override;

    // The latest figures (possibly partial: see Odds::solved and Odds::marginsDone).
    const Odds &odds() const { return m_odds; }
    // Why there are no odds (a bad range, no plan), or empty.
    const QString &problem() const { return m_problem; }
    // Until the result is delivered here, not only until the worker stops: an answer that comes
    // at once (a workshop asked before) is still on its way to this thread.
    bool isComputing() const { return m_running || m_debounce.isActive(); }

Q_SIGNALS:
    void oddsChanged();
    void computingChanged(bool computing);

private:
    void schedule();
    void start();
    void finished();
    void partial(quint64 generation, const cutline::Odds &odds);

    WorkshopDocument *m_document;
    QTimer m_debounce;
    QThreadPool m_pool; // its own thread, as PlanController's: never Qt's global pool
    QFutureWatcher<Result<Odds>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false; // a sampling started and its result not yet delivered
    bool m_restart = false;
    Odds m_odds;
    QString m_problem;
};

} // namespace cutline
