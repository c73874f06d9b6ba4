// bench_graph [SEEDS, default 10]: our layered layout against Graphviz's dot on the same
// random DAGs of 50, 200 and 800 nodes: edge crossings and time, side by side. Not a test.
// Crossings are intersections of the drawn links: ours run straight through columns and as
// S-curves between them, which cross exactly when their polylines do; dot's Bézier pieces are
// sampled 16 times each. "(polygons)" counts dot's control polygons instead, as this bench
// did at first.
#include "core/graph/layout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdio>

using namespace cutline;

namespace {

Workshop randomDag(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    Workshop w;
    for (int i = 0; i < n; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.effort = 1 + rng.bounded(8);
        w.candidates.append(c);
    }
    // About 1.3 links per candidate, mostly to recent work (chains), sometimes far back.
    for (int i = 1; i < n; ++i) {
        const int links = rng.bounded(10) < 3 ? 0 : 1 + int(rng.bounded(2));
        for (int k = 0; k < links; ++k) {
            const int span = rng.bounded(4) == 0 ? i : std::min(i, 12);
            const int to = i - int(rng.bounded(span)); // 1 … i
            if (!w.hasLink(i + 1, to, LinkType::Requires))
                w.dependencies.append({i + 1, to, LinkType::Requires});
        }
    }
    return w;
}

struct DotResult
{
    double ms = -1;
    int crossings = -1;        // of the drawn curves
    int polygonCrossings = -1; // of their control polygons, as counted before 2026-11-23
};

DotResult runDot(const Workshop &w)
{
    QString dot = QStringLiteral("digraph g {\nrankdir=LR;\nnode [shape=box width=2.08 "
                                 "height=0.61 fixedsize=true];\n");
    for (const Candidate &c : w.candidates)
        dot += QStringLiteral("n%1;\n").arg(c.id);
    for (const Dependency &d : w.dependencies)
        dot += QStringLiteral("n%1 -> n%2;\n").arg(d.to).arg(d.from);
    dot += QStringLiteral("}\n");
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("dot"), {QStringLiteral("-Tplain")});
    process.write(dot.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600000))
        return {};
    DotResult result;
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    QList<QList<QPointF>> lines, polygons;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 4 || f[0] != "edge")
            continue;
        const int count = f[3].toInt();
        QList<QPointF> control;
        for (int k = 0; k < count && 5 + 2 * k < f.size(); ++k)
            control.append(QPointF(f[4 + 2 * k].toDouble(), f[5 + 2 * k].toDouble()));
        polygons.append(control);
        // The drawn curve: cubic Bézier pieces p0 p1 p2 p3, p3 p4 p5 p6, … sampled finely.
        QList<QPointF> points{control.value(0)};
        for (int k = 0; k + 3 < control.size(); k += 3)
            for (int step = 1; step <= 16; ++step) {
                const double t = step / 16.0, u = 1 - t;
                points.append(u * u * u * control[k] + 3 * u * u * t * control[k + 1] +
                              3 * u * t * t * control[k + 2] + t * t * t * control[k + 3]);
            }
        lines.append(points);
    }
    result.crossings = countCrossings(lines);
    result.polygonCrossings = countCrossings(polygons);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seeds = argc > 1 ? std::atoi(argv[1]) : 10;
    if (QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty()) {
        std::fprintf(stderr, "dot (graphviz) is not installed\n");
        return 2;
    }
    std::printf("%5s %5s %6s %12s %12s %12s %10s %10s %8s\n", "n", "seed", "links", "ours cross",
                "dot cross", "(polygons)", "ours ms", "dot ms", "ratio");
    struct Summary
    {
        long ours = 0, dot = 0, dotPolygons = 0;
        double worst = 0, oursMs = 0, dotMs = 0;
    };
    QMap<int, Summary> summary;
    for (int n : {50, 200, 800}) {
        for (int seed = 1; seed <= seeds; ++seed) {
            const Workshop w = randomDag(n, quint32(seed * 7919 + n));
            QElapsedTimer timer;
            timer.start();
            const GraphLayout layout = layoutGraph(w);
            const double ours = double(timer.nsecsElapsed()) / 1e6;
            const DotResult dot = runDot(w);
            std::printf("%5d %5d %6lld %12d %12d %12d %10.1f %10.1f %8.2f\n", n, seed,
                        qlonglong(w.dependencies.size()), layout.crossings, dot.crossings,
                        dot.polygonCrossings, ours, dot.ms,
                        dot.crossings > 0 ? double(layout.crossings) / dot.crossings : 0.0);
            std::fflush(stdout);
            Summary &sum = summary[n];
            sum.ours += layout.crossings;
            sum.dot += dot.crossings;
            sum.dotPolygons += dot.polygonCrossings;
            sum.worst = std::max(sum.worst, double(layout.crossings) / std::max(1, dot.crossings));
            sum.oursMs = std::max(sum.oursMs, ours);
            sum.dotMs = std::max(sum.dotMs, dot.ms);
        }
    }
    std::printf("\n%5s %12s %12s %12s %8s %12s %16s\n", "n", "ours in all", "dot in all",
                "(polygons)", "ratio", "worst ratio", "slowest ms o/dot");
    for (auto it = summary.cbegin(); it != summary.cend(); ++it)
        std::printf("%5d %12ld %12ld %12ld %8.2f %12.2f %7.1f/%6.1f\n", it.key(), it->ours, it->dot,
                    it->dotPolygons, it->dot > 0 ? double(it->ours) / double(it->dot) : 0.0,
                    it->worst, it->oursMs, it->dotMs);
    return 0;
}
