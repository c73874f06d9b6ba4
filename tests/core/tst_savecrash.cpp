// Kills a process that saves over and over (kill -9, at random moments) and checks that the
// file always opens and holds one of the two workshops it was saving — never a broken one.
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace cutline;

class TestSaveCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringSave();
};

void TestSaveCrash::killDuringSave()
{
    constexpr int kKills = 120;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hammered.cutline"));
    Workshop a = test::fullWorkshop(40);
    a.title = QStringLiteral("A");
    Workshop b = test::fullWorkshop(300);
    b.title = QStringLiteral("B");
    QVERIFY(WorkshopFile::save(a, path));

    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int killedWhileSaving = 0;
    int sawA = 0, sawB = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess hammer;
        hammer.start(QStringLiteral(SAVEHAMMER), {path});
        QVERIFY(hammer.waitForStarted());
        QVERIFY(hammer.waitForReadyRead(10000)); // "ready": the loop is about to start
        QThread::usleep(rng.bounded(200, 40000));
        hammer.kill(); // SIGKILL
        QVERIFY(hammer.waitForFinished(10000));
        const QList<QByteArray> lines = hammer.readAllStandardOutput().trimmed().split('\n');
        if (lines.last().startsWith("saving"))
            ++killedWhileSaving;

        const Result<Workshop> loaded = WorkshopFile::load(path);
        QVERIFY2(loaded,
                 qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(loaded.error())));
        const bool isA = loaded.value() == a;
        const bool isB = loaded.value() == b;
        QVERIFY2(isA || isB, qPrintable(QStringLiteral("after kill %1 the file holds neither "
                                                       "workshop")
                                            .arg(kill)));
        sawA += isA;
        sawB += isB;
    }
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    qInfo("%d kills, %d of them while a save was under way; the file held A %d times and B %d "
          "times; files left in the folder: %s",
          kKills, killedWhileSaving, sawA, sawB, qPrintable(left.join(QStringLiteral(", "))));
    QVERIFY2(killedWhileSaving >= kKills / 4, "too few kills landed during a save to mean much");
    // A kill in the instant between QSaveFile linking its temporary file and renaming it can
    // leave that temporary copy; it is never the user's file, and never anything else.
    static const QRegularExpression leftover(QStringLiteral("^hammered\\.cutline\\.\\w{6}$"));
    QVERIFY(left.contains(QStringLiteral("hammered.cutline")));
    for (const QString &name : left)
        QVERIFY2(name == QStringLiteral("hammered.cutline") || leftover.match(name).hasMatch(),
                 qPrintable(name));
}

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
