// Renders the main views to PNG files, for people to look at and for the README.
// Set CUTLINE_SCREENSHOT_DIR to choose where they go (default: screenshots/ in the build tree).
#include "core/sample/sampleworkshop.h"
#include "ui/document/workshopdocument.h"
#include "ui/graph/graphview.h"
#include "ui/inspector/inspector.h"
#include "ui/plan/oddscontroller.h"
#include "ui/plan/oddspanel.h"
#include "ui/plan/plancontroller.h"
#include "ui/plan/planview.h"
#include "ui/projector/projectorview.h"
#include "ui/settings/settingsdialog.h"
#include "ui/window/mainwindow.h"

#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

using namespace cutline;

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowWithSample();
    void emptyWorkshop();
    void projector();
    void largeWorkshop();
    void german();
    void scoringSettings();

private:
    void shoot(QWidget *widget, const QString &name);
    QString m_dir;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = qEnvironmentVariable("CUTLINE_SCREENSHOT_DIR",
                                 QDir::currentPath() + QStringLiteral("/screenshots"));
    QVERIFY(QDir().mkpath(m_dir));
    // As the application does: English plural forms ("32 candidates").
    static QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/cutline_en")));
    QCoreApplication::installTranslator(&english);
}

void TestScreenshots::shoot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    QVERIFY(image.save(path));
    // A rendered window is not a blank rectangle.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

void TestScreenshots::mainWindowWithSample()
{
    MainWindow window;
    window.resize(1440, 860);
    window.show();
    window.openWorkshop(sampleWorkshop(), QString());
    window.selectCandidate(window.document()->workshop().candidateByKey("C-4")->id);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    shoot(&window, QStringLiteral("mainwindow"));
    window.selectCandidate(window.document()->workshop().candidateByKey("C-21")->id);
    shoot(&window, QStringLiteral("mainwindow-missing-why"));
    window.showPlan(true);
    QTRY_VERIFY(window.planView()->controller()->isCurrent());
    // With the odds and their margins under each reason.
    const OddsController *odds = window.planView()->findChild<OddsPanel *>()->controller();
    QTRY_VERIFY_WITH_TIMEOUT(odds->odds().marginsDone && !odds->isComputing(), 60000);
    shoot(&window, QStringLiteral("plan-view"));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    shoot(&window, QStringLiteral("chart"));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    window.graphView()->fitAll();
    window.selectCandidate(window.document()->workshop().candidateByKey("C-13")->id);
    shoot(&window, QStringLiteral("graph"));
    window.document()->markSaved();
}

void TestScreenshots::emptyWorkshop()
{
    MainWindow window;
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    shoot(&window, QStringLiteral("empty-workshop"));
}

void TestScreenshots::projector()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    window.openWorkshop(sampleWorkshop(), QString());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    shoot(&window, QStringLiteral("mainwindow-1366x768"));
    // The Plan tab on a small laptop screen: the cut line in view, the odds below it.
    window.showPlan(true);
    QTRY_VERIFY(window.planView()->controller()->isCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(!window.planView()->controller()->reasonsPending(), 60000);
    shoot(&window, QStringLiteral("plan-view-1366x768"));
    QTRY_VERIFY(window.planView()->controller()->isCurrent());
    window.setPresentationMode(true);
    ProjectorView *projector = window.projector();
    QVERIFY(projector);
    // The offscreen screen is small; look at it the size of a projector instead.
    projector->showNormal();
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768), QSize(1280, 720)}) {
        projector->resize(size);
        QCoreApplication::processEvents();
        if (size.width() != 1366)
            shoot(projector,
                  QStringLiteral("projector-%1x%2").arg(size.width()).arg(size.height()));
    }
    projector->resize(1920, 1080);
    const QList<std::pair<Qt::Key, QString>> screens = {{Qt::Key_2, QStringLiteral("chart")},
                                                        {Qt::Key_3, QStringLiteral("graph")},
                                                        {Qt::Key_4, QStringLiteral("focus")}};
    for (const auto &[key, name] : screens) {
        QTest::keyClick(projector, key);
        shoot(projector, QStringLiteral("projector-%1-1920x1080").arg(name));
    }
    window.setPresentationMode(false);
    window.document()->markSaved();
}

void TestScreenshots::largeWorkshop()
{
    Workshop w = sampleWorkshop();
    const QList<Candidate> base = w.candidates;
    while (w.candidates.size() < 200) {
        Candidate c = base[w.candidates.size() % base.size()];
        c.id = w.nextId();
        c.key = w.nextKey();
        w.candidates.append(c);
    }
    MainWindow window;
    window.resize(1440, 860);
    window.show();
    window.openWorkshop(w, QString());
    QCOMPARE(window.table()->model()->rowCount(), 200);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    shoot(&window, QStringLiteral("large-workshop"));
    for (int i = 32; i < 200; ++i) { // spread the copies over the chart
        window.document()->editFields(
            w.candidates[i].id,
            {{Field::Effort, 0.5 * (1 + (i * 7) % 40)}, {Field::Impact, double((i * 3) % 11)}},
            QStringLiteral("Spread"));
    }
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    shoot(&window, QStringLiteral("chart-200"));
    for (int i = 40; i < 200; i += 3) // and give the copies links of their own
        window.document()->addLink(
            {w.candidates[i].id, w.candidates[i - 1 - (i % 7)].id, LinkType::Requires});
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCoreApplication::processEvents();
    window.graphView()->fitAll();
    shoot(&window, QStringLiteral("graph-200"));
    { // and the whole picture, too small to read, to judge its shape
        GraphView *view = window.graphView();
        const QRectF area = view->sceneRect();
        const double scale = std::min(view->viewport()->width() / area.width(),
                                      view->viewport()->height() / area.height());
        view->setTransform(QTransform::fromScale(scale, scale));
        view->centerOn(area.center());
        shoot(&window, QStringLiteral("graph-200-whole"));
    }
    window.document()->markSaved();
}

void TestScreenshots::german()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/cutline_de")));
    QCoreApplication::installTranslator(&german);
    MainWindow window;
    window.resize(1440, 860);
    window.show();
    window.openWorkshop(sampleWorkshop(), QString());
    window.selectCandidate(window.document()->workshop().candidateByKey("C-1")->id);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QVERIFY(window.findChild<QStatusBar *>()->findChild<QLabel *>()->text().startsWith(
        QStringLiteral("32 Kandidaten")));
    shoot(&window, QStringLiteral("mainwindow-de"));
    window.document()->markSaved();
    QCoreApplication::removeTranslator(&german);
}

void TestScreenshots::scoringSettings()
{
    Workshop w = sampleWorkshop();
    w.framework = Framework::Weighted;
    w.criteria = {Criterion{QStringLiteral("Revenue"), 3}, Criterion{QStringLiteral("Trust"), 2},
                  Criterion{QStringLiteral("Strategic fit"), 1}};
    SettingsDialog dialog(w);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    shoot(&dialog, QStringLiteral("settings-scoring"));
    tabs->setCurrentIndex(2);
    shoot(&dialog, QStringLiteral("settings-uncertainty"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
