// Tests `cutline-cli import` of trackers' exports, `import --update` and `export --for`, end to
// end through the executable.
#include "core/storage/workshopfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cutline;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString data(const QString &name)
{
    return QStringLiteral(CUTLINE_TEST_DATA "/import/") + name;
}

} // namespace

class TestTrackerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsJiraWithNoOptions();
    void importsEachTracker_data();
    void importsEachTracker();
    void refusesCycleAndBadOptions();
    void updateShowsDiffAndKeepsCutlineEdits();
    void exportForTracker();
    void exportForTrackerCarriesOdds();

private:
    Run cli(const QStringList &args);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QScopedPointer<QTemporaryDir> m_dir;
};

void TestTrackerCli::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

Run TestTrackerCli::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(CUTLINE_CLI), args);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("cutline-cli did not finish")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestTrackerCli::importsJiraWithNoOptions()
{
    const QString out = path(QStringLiteral("jira.cutline"));
    const Run r = cli({QStringLiteral("import"), data(QStringLiteral("jira-all-fields.csv")),
                       QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("imported 8; left out 2 done.")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("warning: jira-all-fields.csv: PAY-104 is blocked by "
                                           "PAY-999, which is not in the export; that link is "
                                           "left out.")),
             qPrintable(r.err));
    const Result<Workshop> w = WorkshopFile::load(out);
    QVERIFY(w);
    QCOMPARE(w.value().candidates.size(), 8);
    QCOMPARE(w.value().dependencies.size(), 3);
    QCOMPARE(w.value().title, QStringLiteral("jira-all-fields"));
    QCOMPARE(w.value().candidateByKey(QStringLiteral("PAY-101"))->effort, 5.0);
    QVERIFY(!w.value().candidateByKey(QStringLiteral("PAY-103")));
}

void TestTrackerCli::importsEachTracker_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("candidates");
    QTest::newRow("linear") << "linear.csv"
                            << "auto" << 4;
    QTest::newRow("github") << "github.json"
                            << "github" << 4;
    QTest::newRow("trello") << "trello.json"
                            << "auto" << 4;
    QTest::newRow("jira seconds") << "jira-seconds.csv"
                                  << "jira" << 3;
}

void TestTrackerCli::importsEachTracker()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(int, candidates);
    const QString out = path(QStringLiteral("t.cutline"));
    const Run r =
        cli({QStringLiteral("import"), data(file), QStringLiteral("-o"), out,
             QStringLiteral("--from"), from, QStringLiteral("--capacity"), QStringLiteral("10")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(WorkshopFile::load(out).value().candidates.size(), candidates);
}

void TestTrackerCli::refusesCycleAndBadOptions()
{
    const QString out = path(QStringLiteral("c.cutline"));
    Run r = cli({QStringLiteral("import"), data(QStringLiteral("jira-cycle.csv")),
                 QStringLiteral("-o"), out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the Blocks links form a cycle: OPS-1 → OPS-3 → "
                                           "OPS-2 → OPS-1")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    r = cli({QStringLiteral("import"), data(QStringLiteral("linear.csv")), QStringLiteral("-o"),
             out, QStringLiteral("--from"), QStringLiteral("asana")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--from must be auto, cutline, jira, linear, github or "
                                           "trello, not \"asana\".")),
             qPrintable(r.err));
    r = cli({QStringLiteral("import"), data(QStringLiteral("linear.csv")), QStringLiteral("-o"),
             out, QStringLiteral("--units"), QStringLiteral("weeks")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--units must be auto, points, hours or days, not "
                                          "\"weeks\".")));
    r = cli({QStringLiteral("import"), data(QStringLiteral("linear.csv")), QStringLiteral("-o"),
             out, QStringLiteral("--prefer-tracker")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--prefer-tracker applies to a re-import: add "
                                          "--update.")));
    r = cli({QStringLiteral("import"), data(QStringLiteral("github.json")), QStringLiteral("-o"),
             out, QStringLiteral("--from"), QStringLiteral("trello")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("github.json is not a Trello board")));
}

void TestTrackerCli::updateShowsDiffAndKeepsCutlineEdits()
{
    const QString out = path(QStringLiteral("u.cutline"));
    QCOMPARE(cli({QStringLiteral("import"), data(QStringLiteral("jira-all-fields.csv")),
                  QStringLiteral("-o"), out, QStringLiteral("--capacity"), QStringLiteral("20")})
                 .code,
             0);
    Workshop w = WorkshopFile::load(out).value();
    const int id = w.candidateByKey(QStringLiteral("PAY-101"))->id;
    w.candidate(id)->title = QStringLiteral("Saved cards");
    QVERIFY(WorkshopFile::save(w, out));
    Run r =
        cli({QStringLiteral("import"), data(QStringLiteral("jira-reimport.csv")),
             QStringLiteral("-o"), out, QStringLiteral("--update"), QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("+ PAY-111 Apple Pay (new)")), qPrintable(r.out));
    QVERIFY(
        r.out.contains(QStringLiteral("! PAY-101 title: edited in Cutline to \"Saved cards\"")));
    QVERIFY(r.out.contains(QStringLiteral("- PAY-108 Replace the hand-rolled retry loop (gone")));
    QCOMPARE(WorkshopFile::load(out).value(), w); // a dry run writes nothing
    r = cli({QStringLiteral("import"), data(QStringLiteral("jira-reimport.csv")),
             QStringLiteral("-o"), out, QStringLiteral("--update")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("warning: PAY-101: the title was edited in Cutline and "
                                           "changed in the tracker; Cutline's \"Saved cards\" is "
                                           "kept")),
             qPrintable(r.err));
    Workshop after = WorkshopFile::load(out).value();
    QCOMPARE(after.candidate(id)->title, QStringLiteral("Saved cards"));
    QCOMPARE(after.candidates.size(), 9);
    QCOMPARE(after.capacity, 20.0);
    r = cli({QStringLiteral("import"), data(QStringLiteral("jira-reimport.csv")),
             QStringLiteral("-o"), path(QStringLiteral("missing.cutline")),
             QStringLiteral("--update")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("missing.cutline")), qPrintable(r.err));
}

void TestTrackerCli::exportForTracker()
{
    const QString in = path(QStringLiteral("e.cutline"));
    QCOMPARE(cli({QStringLiteral("import"), data(QStringLiteral("jira-all-fields.csv")),
                  QStringLiteral("-o"), in})
                 .code,
             0);
    const QString csv = path(QStringLiteral("back.csv"));
    Run r = cli({QStringLiteral("export"), in, QStringLiteral("-o"), csv, QStringLiteral("--for"),
                 QStringLiteral("jira")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), QStringLiteral("Issue key,Cutline decision,Cutline reason,Cutline "
                                           "rank,Cutline P(in plan)"));
    QCOMPARE(lines.size(), 10); // header, 8 rows, the empty string after the last line break
    r = cli({QStringLiteral("export"), in, QStringLiteral("-o"), csv, QStringLiteral("--for"),
             QStringLiteral("trello")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("holds no candidates imported from Trello board (JSON); "
                                          "nothing to export.")));
    r = cli({QStringLiteral("export"), in, QStringLiteral("-o"), path(QStringLiteral("x.pdf")),
             QStringLiteral("--for"), QStringLiteral("jira")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--for writes a CSV: the output must end in .csv.")));
    // Without --for, export keeps writing the Cutline CSV.
    r = cli({QStringLiteral("export"), in, QStringLiteral("-o"), csv});
    QCOMPARE(r.code, 0);
    QFile cutlineCsv(csv);
    QVERIFY(cutlineCsv.open(QIODevice::ReadOnly));
    QVERIFY(cutlineCsv.readLine().startsWith("id,title,kind"));
}

// With effort ranges, the export's P(in plan) is the `odds` command's p_in (same seed and samples).
void TestTrackerCli::exportForTrackerCarriesOdds()
{
    const QString in = path(QStringLiteral("o.cutline"));
    QCOMPARE(cli({QStringLiteral("import"), data(QStringLiteral("jira-all-fields.csv")),
                  QStringLiteral("-o"), in, QStringLiteral("--capacity"), QStringLiteral("12")})
                 .code,
             0);
    Result<Workshop> loaded = WorkshopFile::load(in);
    QVERIFY(loaded);
    Workshop w = loaded.value();
    for (Candidate &c : w.candidates) {
        c.impact = 5;
        c.effortLow = c.effort * 0.5;
        c.effortHigh = c.effort * 2.5;
    }
    QVERIFY(WorkshopFile::save(w, in));
    const QString csv = path(QStringLiteral("odds.csv"));
    Run r = cli({QStringLiteral("export"), in, QStringLiteral("-o"), csv, QStringLiteral("--for"),
                 QStringLiteral("jira")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("odds"), in, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QHash<QString, double> pIn;
    for (const QJsonValue &item :
         QJsonDocument::fromJson(r.out.toUtf8()).object().value("items").toArray())
        pIn.insert(item.toObject().value("key").toString(),
                   item.toObject().value("p_in").toDouble());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    lines.removeFirst();
    lines.removeAll(QString());
    QCOMPARE(lines.size(), 8);
    bool someBetween = false;
    for (const QString &line : std::as_const(lines)) {
        const QString key = line.section(QLatin1Char(','), 0, 0);
        const double p = line.section(QLatin1Char(','), -1).toDouble();
        QVERIFY2(pIn.contains(key), qPrintable(key));
        QVERIFY2(qAbs(p - pIn.value(key)) <= 0.0005 + 1e-9, qPrintable(line)); // three decimals
        someBetween = someBetween || (p > 0 && p < 1);
    }
    QVERIFY(someBetween); // the ranges make some candidate uncertain
}
QTEST_GUILESS_MAIN(TestTrackerCli)
#include "tst_trackercli.moc"
