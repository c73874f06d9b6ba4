// bench_record [N]: time to write the decision record of an N-candidate workshop (default 400)
// (CUTLINE_KEEP_RECORD=1 keeps the files and says where)
// as PDF, HTML and Markdown. Not a test: timings depend on the machine.
#include "render/record/decisionrecord.h"
#include "tests/common/fixtures.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace cutline;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 400;
    Workshop w = test::fullWorkshop(n);
    w.title = QStringLiteral("Benchmark quarter");
    w.capacity = n * 1.5;
    for (int i = 0; i < w.candidates.size(); ++i)
        w.candidates[i].decision = i % 3 == 0 ? Decision::Commit : Decision::Undecided;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("CUTLINE_KEEP_RECORD")) { // to look at the pages
        dir.setAutoRemove(false);
        std::printf("writing to %s\n", qPrintable(dir.path()));
    }
    std::printf("%-10s %6s %10s %10s\n", "format", "n", "ms", "bytes");
    for (const char *name : {"record.pdf", "record.html", "record.md"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QElapsedTimer timer;
        timer.start();
        const DecisionRecord record(w);
        const Status written = record.write(path, QPageSize(QPageSize::A4));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        std::printf("%-10s %6d %10.1f %10lld\n", name, n, ms, QFileInfo(path).size());
    }
    return 0;
}
