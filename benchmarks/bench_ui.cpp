// bench_ui: does the window stay responsive on a big workshop? Opens a 400-candidate backlog
// (80 % of candidates need 1–3 others, about n/15 alternatives pairs, two-decimal efforts: the
// planner's slowest kind) in the main window at 1920 × 1080, and on each tab measures the
// switch, then the longest the event loop went without turning (a 5 ms timer's longest gap)
// in the 2.5 s after an effort edit and after a title edit, while the plan, its reasons and
// the odds are recomputed on their threads. Not a test: timings depend on the machine.
//
// bench_ui [N] [SEED]    a generated backlog
// bench_ui FILE.cutline  a workshop of yours
// (offscreen unless QT_QPA_PLATFORM says otherwise)
#include "tests/common/instances.h"
#include "ui/document/workshopdocument.h"
#include "ui/table/candidatetablemodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace cutline;

namespace {

// The longest gap between two turns of the event loop over `ms` milliseconds.
double longestStall(int ms)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(std::max(longest, clock.elapsed() - last));
}

Workshop twoDecimalBacklog(int n, quint32 seed)
{
    Workshop w = test::generateInstance(test::Family::Backlog80, n, seed);
    double total = 0;
    for (Candidate &c : w.candidates) {
        c.effort = std::round(c.effort * 100 + (c.id % 7)) / 100; // two decimals
        c.title = QStringLiteral("Candidate %1 of the imported backlog").arg(c.id);
        total += c.effort;
    }
    w.capacity = std::round(total * 40) / 100;
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool file = first.endsWith(QLatin1String(".cutline"));
    const int n = argc > 1 && !file ? std::atoi(argv[1]) : 400;
    const quint32 seed = argc > 2 ? quint32(std::atoi(argv[2])) : 1;

    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QElapsedTimer timer;
    timer.start();
    if (file) {
        if (!window.openFile(first))
            return 1;
    } else {
        window.document()->reset(twoDecimalBacklog(n, seed), QString());
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const double stall = longestStall(3000);
    std::printf("%d candidates, %lld links: opened in %.0f ms; longest stall while it plans: "
                "%.0f ms\n",
                int(window.document()->workshop().candidates.size()),
                qint64(window.document()->workshop().dependencies.size()), openMs, stall);
    std::printf("%-12s %10s %22s %22s\n", "tab", "switch ms", "stall after effort ms",
                "stall after title ms");
    auto *tabs = window.findChild<QTabWidget *>();
    QAbstractItemModel *model = window.table()->model();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        timer.restart();
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const double switchMs = double(timer.nsecsElapsed()) / 1e6;
        longestStall(1500);
        const QModelIndex effort = model->index(5 + tab, CandidateTableModel::Effort);
        model->setData(effort, model->data(effort, Qt::EditRole).toDouble() + 0.5);
        const double afterEffort = longestStall(2500);
        const QModelIndex title = model->index(5 + tab, CandidateTableModel::Title);
        model->setData(title, model->data(title, Qt::EditRole).toString() + QStringLiteral(" +"));
        const double afterTitle = longestStall(2500);
        std::printf("%-12s %10.0f %22.0f %22.0f\n", qPrintable(tabs->tabText(tab)), switchMs,
                    afterEffort, afterTitle);
    }
    return 0;
}
