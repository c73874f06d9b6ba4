// The graph picture shows all of itself: every routed link inside the layout's bounds (random
// DAGs and, when present, real graphs from the corpus folder (CUTLINE_CORPUS_DIR)), and an SVG
// export draws nothing outside its viewBox.
#include "core/graph/layout.h"
#include "render/graph/graphpainter.h"
#include "tests/common/graphs.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace cutline;

class TestGraphBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomLinksInsideBounds();
    void corpusLinksInsideBounds();
    void svgInsideViewBox();

private:
    bool svgInside(const QByteArray &svg);
};

namespace {

// Reads a Graphviz file's `a -> b` edges (quoted or bare names) as a workshop: a requires b.
Workshop readGv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    static const QRegularExpression edge(
        QStringLiteral("(\"[^\"]+\"|[\\w.]+)\\s*->\\s*(\"[^\"]+\"|[\\w.]+)"));
    Workshop w;
    QHash<QString, int> ids;
    const auto idOf = [&](const QString &name) {
        if (!ids.contains(name)) {
            Candidate c;
            c.id = int(ids.size()) + 1;
            c.key = QStringLiteral("C-%1").arg(c.id);
            c.title = name;
            w.candidates.append(c);
            ids.insert(name, c.id);
        }
        return ids.value(name);
    };
    const QString text = QString::fromUtf8(file.readAll());
    for (auto it = edge.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int from = idOf(m.captured(1)), to = idOf(m.captured(2));
        if (from != to)
            w.dependencies.append(Dependency{from, to, LinkType::Requires}); // a requires b
    }
    return w;
}

// The bounds, give or take rounding (a sum of coordinates in another order).
QRectF inside(const GraphLayout &layout)
{
    return layout.bounds.adjusted(-1e-6, -1e-6, 1e-6, 1e-6);
}

int pointsOutside(const GraphLayout &layout)
{
    int outside = 0;
    for (const GraphLayout::Route &route : layout.routes)
        for (const QPointF &point : route.points)
            outside += inside(layout).contains(point) ? 0 : 1;
    return outside;
}

} // namespace

void TestGraphBounds::randomLinksInsideBounds()
{
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const GraphLayout layout = layoutGraph(test::randomDag(40, seed));
        QCOMPARE(pointsOutside(layout), 0);
        for (const QRectF &box : layout.nodes)
            QVERIFY(inside(layout).contains(box));
    }
}

void TestGraphBounds::corpusLinksInsideBounds()
{
    const QDir corpus(QStringLiteral(CUTLINE_CORPUS_DIR "/dags"));
    const QStringList files = corpus.entryList({QStringLiteral("*.gv")}, QDir::Files);
    if (files.isEmpty())
        QSKIP("the graph corpus is not here");
    for (const QString &name : files) {
        const Workshop w = readGv(corpus.filePath(name));
        // The largest (graphviz-b103: 1,894 nodes) takes minutes to lay out under the
        // sanitizers; cargo-bat (864 links) already routes links around every box.
        if (w.dependencies.size() > 1000)
            continue;
        const GraphLayout layout = layoutGraph(w);
        QVERIFY2(pointsOutside(layout) == 0, qPrintable(name));
    }
}

void TestGraphBounds::svgInsideViewBox()
{
    for (quint32 seed = 1; seed <= 10; ++seed)
        QVERIFY(svgInside(graphSvg(test::randomDag(40, seed))));
    // A real graph whose links run above and below every box.
    const QString ripgrep = QStringLiteral("/work/shared/corpus/dags/cargo-ripgrep.gv");
    if (QFile::exists(ripgrep))
        QVERIFY(svgInside(graphSvg(readGv(ripgrep))));
}

// Whether every path the SVG draws stays inside its viewBox (a failure says where).
bool TestGraphBounds::svgInside(const QByteArray &svg)
{
    static const QRegularExpression viewBox(
        QStringLiteral("viewBox=\"([-\\d.]+) ([-\\d.]+) ([\\d.]+) ([\\d.]+)\""));
    const auto box = viewBox.match(QString::fromUtf8(svg));
    if (!box.hasMatch())
        return false;
    const QRectF view(box.captured(1).toDouble(), box.captured(2).toDouble(),
                      box.captured(3).toDouble(), box.captured(4).toDouble());
    // Every path's coordinates, under the generator's translation of the picture.
    const QString text = QString::fromUtf8(svg);
    static const QRegularExpression group(
        QStringLiteral(
            "<g [^>]*transform=\"matrix\\(1,0,0,1,([-\\d.]+),([-\\d.]+)\\)\"[^>]*>(.*?)</g>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression path(QStringLiteral("<path [^>]*d=\"([^\"]*)\""));
    static const QRegularExpression pair(QStringLiteral("(-?[\\d.]+),(-?[\\d.]+)"));
    int checked = 0;
    for (auto g = group.globalMatch(text); g.hasNext();) {
        const auto gm = g.next();
        const QPointF shift(gm.captured(1).toDouble(), gm.captured(2).toDouble());
        for (auto p = path.globalMatch(gm.captured(3)); p.hasNext();)
            for (auto c = pair.globalMatch(p.next().captured(1)); c.hasNext();) {
                const auto cm = c.next();
                const QPointF point =
                    QPointF(cm.captured(1).toDouble(), cm.captured(2).toDouble()) + shift;
                if (!view.adjusted(-0.5, -0.5, 0.5, 0.5).contains(point)) {
                    qWarning("drawn at %g,%g", point.x(), point.y());
                    return false;
                }
                ++checked;
            }
    }
    return checked > 100;
}

QTEST_MAIN(TestGraphBounds)
#include "tst_graphbounds.moc"
