// Tests `cutline-cli odds`: its JSON against the core's numbers, determinism, and its refusals.
#include "core/csv/workshopcsv.h"
#include "core/odds/odds.h"
#include "core/sample/sampleworkshop.h"
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cutline;

class TestOddsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jsonFollowsTheCore();
    void sameSeedSameOutput();
    void csvNeedsCapacity();
    void textNamesBandsAndMargins();
    void refusals_data();
    void refusals();
    void infeasiblePlanExitsWith3();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QString sampleFile();
    QScopedPointer<QTemporaryDir> m_dir;
};

void TestOddsCli::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

TestOddsCli::Run TestOddsCli::cli(const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(CUTLINE_CLI), args);
    if (!process.waitForFinished(120000))
        return {-1, {}, QStringLiteral("cutline-cli did not finish")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestOddsCli::sampleFile()
{
    const QString path = m_dir->filePath(QStringLiteral("sample.cutline"));
    Workshop w = sampleWorkshop();
    w.odds.seed = 11;
    w.odds.samples = 600;
    if (!WorkshopFile::save(w, path))
        return {};
    return path;
}

void TestOddsCli::jsonFollowsTheCore()
{
    const Run run = cli({"odds", sampleFile(), "--format", "json"});
    QCOMPARE(run.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o["samples"].toInt(), 600);
    QCOMPARE(o["seed"].toInteger(), 11);
    Workshop w = sampleWorkshop();
    const Result<Odds> core = computeOdds(w, {std::nullopt, 600, 11, false});
    QVERIFY(core);
    QCOMPARE(o["p_fit"].toDouble(), core.value().fits.p());
    QCOMPARE(o["p_same_plan"].toDouble(), core.value().samePlan.p());
    const QJsonArray items = o["items"].toArray();
    QCOMPARE(items.size(), w.candidates.size());
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        QCOMPARE(item["key"].toString(), w.candidates[i].key);
        QCOMPARE(item["p_in"].toDouble(), core.value().items[i].in.p());
        const QJsonArray ci = item["p_in_ci"].toArray();
        QVERIFY(ci[0].toDouble() <= item["p_in"].toDouble());
        QVERIFY(ci[1].toDouble() >= item["p_in"].toDouble());
        QVERIFY(item.contains("band") && item.contains("effort_flip"));
    }
    QVERIFY(o["commit_line"].toObject()["found"].toBool());
    QVERIFY(o["commit_line"].toObject()["p_fit"].toDouble() >= 0.85);
    QVERIFY(o.contains("ms"));
}

void TestOddsCli::sameSeedSameOutput()
{
    const QString path = sampleFile();
    const Run a = cli({"odds", path, "--samples", "300", "--seed", "5", "--format", "json"});
    const Run b = cli({"odds", path, "--samples", "300", "--seed", "5", "--format", "json"});
    QCOMPARE(a.code, 0);
    QJsonObject ja = QJsonDocument::fromJson(a.out.toUtf8()).object();
    QJsonObject jb = QJsonDocument::fromJson(b.out.toUtf8()).object();
    ja.remove("ms");
    jb.remove("ms");
    QCOMPARE(ja, jb);
    QCOMPARE(ja["samples"].toInt(), 300);
    QCOMPARE(ja["seed"].toInteger(), 5);
}

void TestOddsCli::csvNeedsCapacity()
{
    const QString csv = m_dir->filePath(QStringLiteral("w.csv"));
    QVERIFY(test::writeAll(csv, WorkshopCsv::write(sampleWorkshop())));
    const Run without = cli({"odds", csv});
    QCOMPARE(without.code, 2);
    QVERIFY2(without.err.contains("is a CSV file, which has no capacity; give --capacity N."),
             qPrintable(without.err));
    const Run with = cli({"odds", csv, "--capacity", "44", "--samples", "200", "--format", "json"});
    QCOMPARE(with.code, 0);
    QCOMPARE(QJsonDocument::fromJson(with.out.toUtf8()).object()["capacity"].toDouble(), 44.0);
}

void TestOddsCli::textNamesBandsAndMargins()
{
    const Run run = cli({"odds", sampleFile()});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains("The plan fits the capacity of 44 person-weeks in "),
             qPrintable(run.out));
    QVERIFY(run.out.contains("95 % Wilson interval"));
    QVERIFY(run.out.contains("borderline"));
    QVERIFY(run.out.contains("stays in unless effort > "));
    QVERIFY(run.out.contains("would enter if value > "));
    QVERIFY(run.out.contains("Commit line at 85 %"));
    QVERIFY(run.out.contains("Refine first: "));
}

void TestOddsCli::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("samples not a number")
        << QStringList{"--samples", "many"} << 2
        << "--samples \"many\" must be a whole number from 100 to 1000000.";
    QTest::newRow("samples too few")
        << QStringList{"--samples", "10"} << 2
        << "--samples \"10\" must be a whole number from 100 to 1000000.";
    QTest::newRow("seed negative")
        << QStringList{"--seed", "-3"} << 2
        << "--seed \"-3\" must be a whole number from 0 to 18446744073709551615.";
    QTest::newRow("seed too large")
        << QStringList{"--seed", "18446744073709551616"} << 2
        << "--seed \"18446744073709551616\" must be a whole number from 0 to 18446744073709551615.";
    QTest::newRow("bad format") << QStringList{"--format", "xml"} << 2
                                << "--format must be text or json, not \"xml\".";
    QTest::newRow("missing file") << QStringList{"--file", "missing.cutline"} << 1
                                  << "missing.cutline";
    QTest::newRow("not a workshop") << QStringList{"--file", "junk.cutline"} << 1 << "junk.cutline";
}

void TestOddsCli::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QString file = sampleFile();
    if (args.first() == "--file") {
        file = args[1];
        args.clear();
        test::writeAll(m_dir->filePath("junk.cutline"), "this is not SQLite");
    }
    const Run run = cli(QStringList{"odds", file} + args);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestOddsCli::infeasiblePlanExitsWith3()
{
    const QString path = m_dir->filePath(QStringLiteral("tight.cutline"));
    QVERIFY(WorkshopFile::save(sampleWorkshop(), path));
    const Run run = cli({"odds", path, "--capacity", "3"});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("no plan is possible"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestOddsCli)
#include "tst_oddscli.moc"
