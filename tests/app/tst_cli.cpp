// Tests cutline-cli as scripts use it: exit codes, messages on stderr, files written.
#include "core/csv/workshopcsv.h"
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cutline;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void usageErrors_data();
    void usageErrors();
    void helpForEachCommand_data();
    void helpForEachCommand();
    void importExportCheckRoundTrip();
    void checkReportsMissingWhy();
    void invalidInputs_data();
    void invalidInputs();
    void importWarnsAboutUnknownColumns();
    void importWithoutCapacityWarns();
    void checkWarnsWhenNoPlanFits();
    void failedImportWritesNothing();
    void exportsDecisionRecordHeadless();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);
    QScopedPointer<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

TestCli::Run TestCli::cli(const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(CUTLINE_CLI), args);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("cutline-cli did not finish")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    test::writeAll(path, bytes);
    return path;
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "Usage: cutline-cli COMMAND";
    QTest::newRow("unknown command")
        << QStringList{"frobnicate"} << "cutline-cli: unknown command \"frobnicate\".";
    QTest::newRow("import without output")
        << QStringList{"import", "a.csv"} << "say where to write the workshop with -o";
    QTest::newRow("import two files") << QStringList{"import", "a.csv", "b.csv", "-o", "x.cutline"}
                                      << "give exactly one file to import.";
    QTest::newRow("bad capacity") << QStringList{"import",    "a.csv",      "-o",
                                                 "x.cutline", "--capacity", "lots"}
                                  << "--capacity \"lots\" is not a number.";
    QTest::newRow("negative capacity")
        << QStringList{"import", "a.csv", "-o", "x.cutline", "--capacity", "-4"}
        << "The capacity -4 is negative";
    QTest::newRow("unknown option")
        << QStringList{"check", "--frob", "a.cutline"} << "Unknown option 'frob'.";
    QTest::newRow("bad page size")
        << QStringList{"export", "a.cutline", "-o", "r.pdf", "--page-size", "a5"}
        << "the page size must be a4 or letter, not \"a5\".";
    QTest::newRow("export unknown format") << QStringList{"export", "a.cutline", "-o", "r.xlsx"}
                                           << "cannot tell the format from \"r.xlsx\"";
    QTest::newRow("check nothing")
        << QStringList{"check"} << "give exactly one workshop file to check.";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cli(args);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::helpForEachCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("import") << "import"
                            << "--capacity <N>";
    QTest::newRow("export") << "export"
                            << "-o, --output <OUT>";
    QTest::newRow("check") << "check"
                           << "Usage: cutline-cli check [options] FILE";
}

void TestCli::helpForEachCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    const Run run = cli({command, QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
}

void TestCli::importExportCheckRoundTrip()
{
    const Workshop original = test::fullWorkshop(15);
    const QString csv = write(QStringLiteral("in.csv"), WorkshopCsv::write(original));
    Run run = cli({"import", csv, "-o", "out.cutline", "--title", "Q1 plan", "--capacity", "30"});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("Imported 15 candidates and 14 links into out.cutline.\n"));
    const Result<Workshop> loaded = WorkshopFile::load(m_dir->filePath("out.cutline"));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded.value().title, QStringLiteral("Q1 plan"));
    QCOMPARE(loaded.value().capacity, 30.0);
    QCOMPARE(loaded.value().candidates, original.candidates);

    run = cli({"export", "out.cutline", "-o", "back.csv"});
    QCOMPARE(run.code, 0);
    QCOMPARE(test::readAll(m_dir->filePath("back.csv")), test::readAll(csv));

    run = cli({"check", "out.cutline"});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith("out.cutline: 15 candidates, 14 links, capacity 30 person-weeks."),
             qPrintable(run.out));
}

void TestCli::checkReportsMissingWhy()
{
    const QString csv = write("why.csv", "id,title,kind,effort,impact,problem\n"
                                         "C-1,Dunning emails,product,2,6,Late payments\n"
                                         "C-2,Audit log,compliance,1,2,\n");
    const Run run = cli({"check", csv});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains("warning: C-1 \"Dunning emails\" (product) has no who it helps, "
                              "metric it moves, expected outcome, cost of not doing it."),
             qPrintable(run.out));
    QVERIFY(run.out.contains("warning: C-2 \"Audit log\" (compliance) has no rule, deadline and "
                             "consequence."));
    QVERIFY(run.out.contains("2 warnings; the workshop is valid."));
}

void TestCli::invalidInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << "nope.cutline" << QByteArray()
                                  << "nope.cutline does not exist.";
    QTest::newRow("not sqlite") << "junk.cutline" << QByteArray("hello world")
                                << "junk.cutline is not a Cutline workshop: it is not an SQLite "
                                   "database.";
    QTest::newRow("empty") << "empty.cutline" << QByteArray("")
                           << "empty.cutline is empty (0 bytes)";
    QTest::newRow("csv out of range") << "bad.csv" << QByteArray("title,effort,impact\nA,1,11\n")
                                      << "bad.csv, line 2, column 3 (impact): C-1: impact 11 is "
                                         "outside 0–10.";
    QTest::newRow("csv cycle") << "cycle.csv"
                               << QByteArray("id,title,effort,impact,depends_on\n"
                                             "C-3,A,1,1,C-7\nC-7,B,1,1,C-3\n")
                               << "depends_on forms a cycle: C-3 → C-7 → C-3.";
    QTest::newRow("csv unknown key") << "dangling.csv"
                                     << QByteArray("id,title,effort,impact,depends_on\n"
                                                   "C-1,A,1,1,C-2\n")
                                     << "C-1: C-2 is not the key of any candidate in this file.";
}

void TestCli::invalidInputs()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    if (!file.startsWith("nope"))
        write(file, content);
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("export")}) {
        QStringList args{command, file};
        if (command == "export")
            args << "-o"
                 << "out.csv";
        const Run run = cli(args);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir->filePath("out.csv")));
    }
}

void TestCli::importWarnsAboutUnknownColumns()
{
    write("extra.csv", "title,effort,impact,Votes\nA,1,1,3\n");
    const Run run = cli({"import", "extra.csv", "-o", "x.cutline"});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains("warning: extra.csv, line 1, column 4: \"Votes\" is not a Cutline "
                              "column; its values were ignored."),
             qPrintable(run.err));
}

void TestCli::importWithoutCapacityWarns()
{
    write("nocap.csv", "title,effort,impact\nA,1,1\n");
    const Run run = cli({"import", "nocap.csv", "-o", "x.cutline"});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains("warning: no capacity given: the workshop's capacity is 0 until "
                              "you set it"),
             qPrintable(run.err));
}

// Valid values that leave no plan: check says so, as plan does with exit code 3.
void TestCli::checkWarnsWhenNoPlanFits()
{
    write("tight.csv", "id,title,kind,effort,impact\nC-1,Audit log,compliance,5,2\n");
    QCOMPARE(cli({"import", "tight.csv", "-o", "tight.cutline", "--capacity", "2"}).code, 0);
    const Run check = cli({"check", "tight.cutline"});
    QCOMPARE(check.code, 0);
    QVERIFY2(check.out.contains("warning: no plan is possible. Mandatory and committed work "
                                "alone needs 5 person-weeks, 3 more than the capacity of 2."),
             qPrintable(check.out));
    QCOMPARE(cli({"plan", "tight.cutline"}).code, 3);
}

void TestCli::failedImportWritesNothing()
{
    write("bad.csv", "title,effort,impact\nA,-1,1\n");
    const Run run = cli({"import", "bad.csv", "-o", "x.cutline"});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains("bad.csv, line 2, column 2 (effort)"));
    QVERIFY(!QFile::exists(m_dir->filePath("x.cutline")));
}

void TestCli::exportsDecisionRecordHeadless()
{
    Workshop w = test::fullWorkshop(12);
    w.title = QStringLiteral("Headless quarter");
    for (Candidate &c : w.candidates)
        c.decision = Decision::Undecided;
    w.candidates[0].decision = Decision::Commit;
    const QString file = m_dir->filePath(QStringLiteral("w.cutline"));
    QVERIFY(WorkshopFile::save(w, file));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // as on a server: no display at all
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(CUTLINE_CLI),
                  {QStringLiteral("export"), file, QStringLiteral("-o"), QStringLiteral("g.svg")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
             QStringLiteral("Wrote the dependency graph (12 candidates) to g.svg.\n"));
    const QByteArray svg = test::readAll(m_dir->filePath(QStringLiteral("g.svg")));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains(w.candidates[3].key.toUtf8()));
    for (const char *out : {"record.pdf", "record.html", "record.md"}) {
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral(CUTLINE_CLI),
                      {QStringLiteral("export"), file, QStringLiteral("-o"), QLatin1String(out)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 QStringLiteral("Wrote the decision record (1 committed of 12 candidates) to "
                                "%1.\n")
                     .arg(QLatin1String(out)));
        QVERIFY(QFileInfo(m_dir->filePath(QLatin1String(out))).size() > 1000);
    }
    QVERIFY(test::readAll(m_dir->filePath(QStringLiteral("record.pdf"))).startsWith("%PDF"));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("record-chart.svg"))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
