// Tests the odds in files: the settings and value ranges through save and load, a version-1
// file's defaults, and value ranges in the CSV with every refusal.
#include "core/csv/workshopcsv.h"
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cutline;

class TestOddsFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsAndValueRangesRoundTrip();
    void version1FileGetsDefaultOdds();
    void csvCarriesValueRanges();
    void csvRefusesBadValueRanges_data();
    void csvRefusesBadValueRanges();
};

void TestOddsFiles::settingsAndValueRangesRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odds.cutline"));
    Workshop w = test::oddsWorkshop();
    w.odds.seed = 0xfedcba9876543210ULL; // above 2^63: stored in a signed column
    w.odds.samples = 12345;
    w.odds.capacityLow = 12;
    w.odds.capacityHigh = 16.5;
    w.odds.sharedError = 0.3;
    w.candidates[2].valueLow = 1.5;
    w.candidates[2].valueHigh = 9;
    QVERIFY(WorkshopFile::save(w, path));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    QCOMPARE(loaded.value().odds, w.odds);
    QCOMPARE(loaded.value().candidates[2].valueLow, std::optional<double>(1.5));
    QCOMPARE(loaded.value().candidates[1].valueHigh, std::optional<double>(14));
    QVERIFY(!loaded.value().candidates[0].valueLow);
    QVERIFY(loaded.value() == w);
}

void TestOddsFiles::version1FileGetsDefaultOdds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.cutline"));
    QVERIFY(QFile::copy(QStringLiteral(CUTLINE_TEST_DATA "/workshop-v1.cutline"), path));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded.value().odds, OddsSettings{});
    for (const Candidate &c : loaded.value().candidates)
        QVERIFY(!c.valueLow && !c.valueHigh);
    // Saved as version 3 and reopened, the odds' tables hold the settings.
    Workshop w = loaded.value();
    w.odds.seed = 9;
    QVERIFY(WorkshopFile::save(w, path));
    const Result<Workshop> again = WorkshopFile::load(path);
    QVERIFY(again);
    QCOMPARE(again.value().odds.seed, quint64(9));
}

void TestOddsFiles::csvCarriesValueRanges()
{
    const QByteArray csv = "id,title,effort,effort_low,effort_high,impact,value_low,value_high\n"
                           "C-1,One,3,2,5,6,4,9.5\n"
                           "C-2,Two,2,,,5,,\n";
    const Result<CsvImport> parsed = WorkshopCsv::parse(csv, "w.csv");
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const Workshop &w = parsed.value().workshop;
    QCOMPARE(w.candidates[0].valueLow, std::optional<double>(4));
    QCOMPARE(w.candidates[0].valueHigh, std::optional<double>(9.5));
    QVERIFY(!w.candidates[1].valueLow && !w.candidates[1].valueHigh);
    QVERIFY(parsed.value().warnings.isEmpty());
    // Written and read back, the ranges survive; the existing columns keep their order.
    const QByteArray written = WorkshopCsv::write(w);
    QVERIFY(written.startsWith("id,title,kind,"));
    QVERIFY(written.split('\r').first().endsWith(",value_low,value_high"));
    const Result<CsvImport> again = WorkshopCsv::parse(written, "again.csv");
    QVERIFY(again);
    QCOMPARE(again.value().workshop.candidates[0].valueHigh, std::optional<double>(9.5));
}

void TestOddsFiles::csvRefusesBadValueRanges_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("only low") << QByteArray("C-1,One,3,6,4,")
                              << "w.csv, line 2, column 5 (value_low): C-1: a value range needs "
                                 "both value_low and value_high.";
    QTest::newRow("reversed") << QByteArray("C-1,One,3,6,4,2")
                              << "w.csv, line 2, column 6 (value_high): C-1: the high value 2 is "
                                 "below the low value 4.";
    QTest::newRow("zero") << QByteArray("C-1,One,3,6,0,2")
                          << "w.csv, line 2, column 5 (value_low): C-1: low value \"0\" must be a "
                             "number above 0.";
    QTest::newRow("text") << QByteArray("C-1,One,3,6,4,lots")
                          << "w.csv, line 2, column 6 (value_high): C-1: high value \"lots\" must "
                             "be a number above 0.";
}

void TestOddsFiles::csvRefusesBadValueRanges()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const Result<CsvImport> parsed =
        WorkshopCsv::parse("id,title,effort,impact,value_low,value_high\n" + row + "\n", "w.csv");
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(TestOddsFiles)
#include "tst_oddsfiles.moc"
