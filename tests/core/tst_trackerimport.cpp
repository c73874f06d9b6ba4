// Tests core/tracker's importers: each tracker's export read in its real shape, the links'
// directions, and what is left out and why. The round trip (re-import, decisions back as CSV,
// the source kept through a save) is tst_trackerroundtrip.
#include "core/check/workshopcheck.h"
#include "core/model/validation.h"
#include "core/tracker/githubjson.h"
#include "core/tracker/trackercsv.h"
#include "core/tracker/trackerimport.h"
#include "tests/common/trackerdata.h"

#include <QTest>

using namespace cutline;
using namespace cutline::test;

class TestTrackerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFormats_data();
    void detectsFormats();
    void jiraAllFields();
    void jiraLinkDirections();
    void jiraWarningsNameWhatAndWhere();
    void jiraCycleIsRefused();
    void jiraDuplicatesAndBadNumbers();
    void jiraSecondsBecomeDaysOrHours();
    void jiraIncludeDoneAndStatusFilter();
    void jiraMappingOverride();
    void jiraCellsHoldingSeveral();
    void keysDifferingInCaseAreDuplicates();
    void notAJiraExport();
    void dates_data();
    void dates();
    void linear();
    void github();
    void trello();
    void jsonRefusals();
};

void TestTrackerImport::detectsFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TrackerFormat>("format");
    QTest::newRow("jira") << "jira-all-fields.csv" << TrackerFormat::Jira;
    QTest::newRow("jira no bom") << "jira-duplicate.csv" << TrackerFormat::Jira;
    QTest::newRow("linear") << "linear.csv" << TrackerFormat::Linear;
    QTest::newRow("github") << "github.json" << TrackerFormat::GitHub;
    QTest::newRow("trello") << "trello.json" << TrackerFormat::Trello;
}

void TestTrackerImport::detectsFormats()
{
    QFETCH(QString, file);
    QFETCH(TrackerFormat, format);
    QCOMPARE(detectTrackerFormat(bytes(file)), std::optional<TrackerFormat>(format));
    QCOMPARE(detectTrackerFormat("id,title,effort\nC-1,A,2\n"),
             std::optional<TrackerFormat>(TrackerFormat::Cutline));
}

void TestTrackerImport::jiraAllFields()
{
    const TrackerImport r = importOk(QStringLiteral("jira-all-fields.csv"));
    const Workshop &w = r.workshop;
    QCOMPARE(r.format, TrackerFormat::Jira);
    QStringList keys;
    for (const Candidate &c : w.candidates)
        keys.append(c.key);
    // PAY-103 (Status Category Done) and PAY-109 (resolved "Won't Do") are left out.
    QCOMPARE(keys, QStringList({"PAY-101", "PAY-102", "PAY-104", "PAY-105", "PAY-106", "PAY-107",
                                "PAY-108", "PAY-110"}));
    QCOMPARE(r.summary.read, 10);
    QCOMPARE(r.summary.leftOutDone, 2);
    const Candidate &c101 = byKey(w, QStringLiteral("PAY-101"));
    QCOMPARE(c101.title, QStringLiteral("Checkout with saved cards"));
    QCOMPARE(c101.effort, 5.0);
    QCOMPARE(c101.kind, Kind::Product);
    QCOMPARE(c101.tags, QStringList({"payments", "checkout"})); // both Labels columns
    QVERIFY(c101.description.contains(QStringLiteral("\"where is my card?\"")));
    QVERIFY(c101.description.contains(QStringLiteral("\n- saved cards, PCI scope unchanged")));
    QCOMPARE(c101.source.system, QStringLiteral("jira"));
    QCOMPARE(c101.source.key, QStringLiteral("PAY-101"));
    QCOMPARE(c101.source.status, QStringLiteral("In Progress"));
    QCOMPARE(c101.source.imported.value(QStringLiteral("effort")), QStringLiteral("5"));
    // Company-managed "Story Points" when "Story point estimate" is empty.
    QCOMPARE(byKey(w, QStringLiteral("PAY-102")).effort, 3.0);
    QCOMPARE(byKey(w, QStringLiteral("PAY-102")).kind, Kind::Stabilization);
    QCOMPARE(byKey(w, QStringLiteral("PAY-102")).source.imported.value(QStringLiteral("due")),
             QStringLiteral("2026-04-30"));
    QCOMPARE(byKey(w, QStringLiteral("PAY-105")).kind, Kind::Research);
    QCOMPARE(byKey(w, QStringLiteral("PAY-107")).kind, Kind::Compliance);
    QVERIFY(byKey(w, QStringLiteral("PAY-107")).mandatory);
    QCOMPARE(byKey(w, QStringLiteral("PAY-108")).kind, Kind::Platform);
    QCOMPARE(byKey(w, QStringLiteral("PAY-110")).kind, Kind::Compliance);
    // The parent's numeric id is resolved where the export holds it, kept where it does not.
    QVERIFY(byKey(w, QStringLiteral("PAY-108")).tags.contains(QStringLiteral("parent:10100")));
    QCOMPARE(w.capacityUnit, QStringLiteral("story points"));
    // The description is a draft: the why is still missing, and check says so.
    QVERIFY(c101.problem.isEmpty());
    int missingWhy = 0;
    for (const Finding &f : checkWorkshop(w))
        missingWhy += f.kind == Finding::Kind::MissingWhy ? 1 : 0;
    QCOMPARE(missingWhy, int(w.candidates.size()));
    QCOMPARE(TrackerImporter::summaryText(r.summary),
             QStringLiteral("Read 10 issue(s): imported 8; left out 2 done. Links: 3 imported, 1 "
                            "to left-out work dropped, 1 outside the export, 2 of other types "
                            "(relates, duplicates…) not imported. 1 without an estimate. No "
                            "tracker carries impact: every candidate starts at impact 0, so the "
                            "plan has no value until impact is estimated (in the table, or by "
                            "the room)."));
}

void TestTrackerImport::jiraLinkDirections()
{
    const Workshop w = importOk(QStringLiteral("jira-all-fields.csv")).workshop;
    // Outward (Blocks) PAY-104 on PAY-101, and inward PAY-101 on PAY-104: one link.
    QVERIFY(linked(w, QStringLiteral("PAY-104"), QStringLiteral("PAY-101")));
    QVERIFY(!linked(w, QStringLiteral("PAY-101"), QStringLiteral("PAY-104")));
    // Outward (Blocks) PAY-102 on PAY-105: PAY-102 requires PAY-105.
    QVERIFY(linked(w, QStringLiteral("PAY-102"), QStringLiteral("PAY-105")));
    QVERIFY(linked(w, QStringLiteral("PAY-104"), QStringLiteral("PAY-110")));
    QCOMPARE(w.dependencies.size(), 3);
}

void TestTrackerImport::jiraWarningsNameWhatAndWhere()
{
    const TrackerImport r = importOk(QStringLiteral("jira-all-fields.csv"));
    QCOMPARE(
        r.warnings,
        QStringList({"jira-all-fields.csv, line 13, column 20 (Due Date): PAY-108 has the date "
                     "\"31/Foo/26 9:00 AM\", which Cutline cannot read; kept as text.",
                     "Without an estimate, so starting with an effort of 1 (story points): "
                     "PAY-107.",
                     "jira-all-fields.csv: PAY-104 is blocked by PAY-999, which is not in the "
                     "export; that link is left out."}));
    // Never blanked: the unreadable date is kept as the tracker wrote it.
    QCOMPARE(byKey(r.workshop, QStringLiteral("PAY-108")).source.imported.value("due"),
             QStringLiteral("31/Foo/26 9:00 AM"));
}

void TestTrackerImport::jiraCycleIsRefused()
{
    const Result<TrackerImport> r =
        TrackerImporter::readFile(data(QStringLiteral("jira-cycle.csv")));
    QVERIFY(!r);
    QCOMPARE(r.error(), QStringLiteral("jira-cycle.csv: the Blocks links form a cycle: OPS-1 → "
                                       "OPS-3 → OPS-2 → OPS-1. Cutline cannot plan work that "
                                       "waits for itself; break the cycle in the tracker and "
                                       "export again."));
}

void TestTrackerImport::jiraDuplicatesAndBadNumbers()
{
    const TrackerImport r = importOk(QStringLiteral("jira-duplicate.csv"));
    QCOMPARE(r.workshop.candidates.size(), 2);
    QCOMPARE(byKey(r.workshop, QStringLiteral("OPS-1")).title, QStringLiteral("Provision"));
    QCOMPARE(r.summary.duplicates, 1);
    QCOMPARE(r.summary.withoutKey, 1);
    QCOMPARE(r.warnings,
             QStringList({"jira-duplicate.csv, line 3, column 7 (Custom field (Story point "
                          "estimate)): OPS-2 \"three\" is not a number of zero or more; no "
                          "estimate taken from it.",
                          "jira-duplicate.csv, line 4: the key OPS-1 appears again (first on "
                          "line 2); this one is left out.",
                          "jira-duplicate.csv, line 5: an issue without a key (\"No key "
                          "here\") is left out.",
                          "Without an estimate, so starting with an effort of 1 (story "
                          "points): OPS-2."}));
}

void TestTrackerImport::jiraSecondsBecomeDaysOrHours()
{
    const TrackerImport days = importOk(QStringLiteral("jira-seconds.csv"));
    QCOMPARE(days.unit, EffortUnit::Days);
    QCOMPARE(days.workshop.capacityUnit, QStringLiteral("person-days"));
    QCOMPARE(byKey(days.workshop, QStringLiteral("OPS-1")).effort, 2.0); // 57600 s = 16 h
    QCOMPARE(byKey(days.workshop, QStringLiteral("OPS-2")).effort, 0.5);
    QVERIFY(linked(days.workshop, QStringLiteral("OPS-3"), QStringLiteral("OPS-2")));
    ImportSettings hours;
    hours.unit = EffortUnit::Hours;
    const TrackerImport h = importOk(QStringLiteral("jira-seconds.csv"), hours);
    QCOMPARE(byKey(h.workshop, QStringLiteral("OPS-1")).effort, 16.0);
    QCOMPARE(h.workshop.capacityUnit, QStringLiteral("person-hours"));
}

void TestTrackerImport::jiraIncludeDoneAndStatusFilter()
{
    ImportSettings settings;
    settings.includeDone = true;
    settings.leftOutStatuses = {QStringLiteral("backlog")};
    const TrackerImport r = importOk(QStringLiteral("jira-all-fields.csv"), settings);
    QVERIFY(r.workshop.candidateByKey(QStringLiteral("PAY-103")));
    QVERIFY(!r.workshop.candidateByKey(QStringLiteral("PAY-106"))); // status Backlog
    QCOMPARE(r.summary.leftOutStatus, 1);
    QVERIFY(linked(r.workshop, QStringLiteral("PAY-102"), QStringLiteral("PAY-105")));
}

void TestTrackerImport::jiraMappingOverride()
{
    ImportSettings settings;
    settings.columns[role::Title] = QStringLiteral("Project name");
    settings.columns[role::Points] = QStringLiteral("Custom field (Story Points)");
    const TrackerImport r = importOk(QStringLiteral("jira-all-fields.csv"), settings);
    QCOMPARE(byKey(r.workshop, QStringLiteral("PAY-101")).title, QStringLiteral("Payments"));
    QCOMPARE(byKey(r.workshop, QStringLiteral("PAY-102")).effort, 3.0);
    QCOMPARE(r.summary.noEstimate, 7); // only PAY-102 fills the mapped column
    settings.columns[role::Title] = QStringLiteral("Nope");
    const Result<TrackerImport> bad = TrackerImporter::readFile(
        data(QStringLiteral("jira-all-fields.csv")), TrackerFormat::Jira, settings);
    QVERIFY(!bad);
    QCOMPARE(bad.error(),
             QStringLiteral("jira-all-fields.csv has no column \"Nope\" (mapped to title)."));
}

void TestTrackerImport::jiraCellsHoldingSeveral()
{
    // Older "current fields" exports put labels, space separated, and links into one cell; a
    // German instance names the status category "Erledigt" and leaves "Nicht erledigt".
    const QByteArray csv = "Issue key,Summary,Labels,Status Category,Resolution,"
                           "Outward issue link (Blocks),Custom field (Story Points)\n"
                           "A-1,One,tech-debt  backend,To Do,Nicht erledigt,\"A-2, A-3\",2\n"
                           "A-2,Two,,To Do,,,1\n"
                           "A-3,Three,,To Do,,,1\n"
                           "A-4,Four,,Erledigt,,,1\n";
    const Result<TrackerData> data =
        TrackerImporter::readData(csv, QStringLiteral("old.csv"), TrackerFormat::Jira);
    QVERIFY(data);
    const Result<TrackerImport> r =
        TrackerImporter::build(data.value(), QStringLiteral("old.csv"), ImportSettings());
    QVERIFY(r);
    const Workshop &w = r.value().workshop;
    QCOMPARE(w.candidates.size(), 3);
    QCOMPARE(byKey(w, QStringLiteral("A-1")).tags, QStringList({"tech-debt", "backend"}));
    QCOMPARE(byKey(w, QStringLiteral("A-1")).kind, Kind::Platform);
    QVERIFY(linked(w, QStringLiteral("A-2"), QStringLiteral("A-1")));
    QVERIFY(linked(w, QStringLiteral("A-3"), QStringLiteral("A-1")));
    QCOMPARE(r.value().summary.leftOutDone, 1);
}

void TestTrackerImport::keysDifferingInCaseAreDuplicates()
{
    // Cutline's keys are unique without regard to case (found by fuzzing).
    const QByteArray csv = "Issue key,Summary\nab-1,One\nAB-1,Two\n";
    const Result<TrackerImport> r = TrackerImporter::build(
        TrackerImporter::readData(csv, QStringLiteral("k.csv"), TrackerFormat::Jira).value(),
        QStringLiteral("k.csv"), ImportSettings());
    QVERIFY(r);
    QCOMPARE(r.value().workshop.candidates.size(), 1);
    QCOMPARE(r.value().warnings.first(), QStringLiteral("k.csv, line 3: the key AB-1 appears again "
                                                        "(first on line 2); this one is left "
                                                        "out."));
    QVERIFY(validateWorkshop(r.value().workshop).isEmpty());
}

void TestTrackerImport::notAJiraExport()
{
    const Result<TrackerData> r = TrackerImporter::readData(
        "id,title\nC-1,A\n", QStringLiteral("x.csv"), TrackerFormat::Jira);
    QVERIFY(!r);
    QCOMPARE(r.error(), QStringLiteral("x.csv is not a Jira export: it has no \"Issue key\" "
                                       "column."));
    const Result<TrackerData> quote = TrackerImporter::readData(
        "Issue key,Summary\nA-1,\"open\n", QStringLiteral("q.csv"), TrackerFormat::Jira);
    QVERIFY(!quote);
    QVERIFY2(quote.error().startsWith(QStringLiteral("q.csv: line 2")), qPrintable(quote.error()));
}

void TestTrackerImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("jira 12h") << "2/Jan/06 3:04 PM" << QDate(2006, 1, 2);
    QTest::newRow("jira 4-digit") << "02/Jan/2026 15:04" << QDate(2026, 1, 2);
    QTest::newRow("jira date") << "30/Apr/26" << QDate(2026, 4, 30);
    QTest::newRow("iso") << "2026-01-02" << QDate(2026, 1, 2);
    QTest::newRow("iso time") << "2026-01-02T15:04:05.000Z" << QDate(2026, 1, 2);
    QTest::newRow("iso space") << "2026-01-02 15:04" << QDate(2026, 1, 2);
    QTest::newRow("bad") << "31/Foo/26" << QDate();
}

void TestTrackerImport::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(parseTrackerDate(text).value_or(QDate()), date);
}

void TestTrackerImport::linear()
{
    const TrackerImport r = importOk(QStringLiteral("linear.csv"));
    QCOMPARE(r.format, TrackerFormat::Linear);
    const Workshop &w = r.workshop;
    QCOMPARE(w.candidates.size(), 4); // ENG-15 done, ENG-16 canceled
    QCOMPARE(r.summary.leftOutDone, 2);
    const Candidate &c = byKey(w, QStringLiteral("ENG-12"));
    QCOMPARE(c.title, QStringLiteral("Bulk edit invoices"));
    QCOMPARE(c.effort, 5.0);
    QCOMPARE(c.tags, QStringList({"Feature", "Finance"}));
    QCOMPARE(c.description, QStringLiteral("Finance edits 200 invoices by hand\nevery month-end."));
    QCOMPARE(byKey(w, QStringLiteral("ENG-13")).kind, Kind::Stabilization);
    QCOMPARE(byKey(w, QStringLiteral("ENG-14")).kind, Kind::Platform);
    QCOMPARE(byKey(w, QStringLiteral("ENG-17")).kind, Kind::Compliance);
    QVERIFY(linked(w, QStringLiteral("ENG-12"), QStringLiteral("ENG-14")));
    QVERIFY(linked(w, QStringLiteral("ENG-12"), QStringLiteral("ENG-17")));
    QCOMPARE(r.warnings, QStringList({"linear.csv: ENG-17 blocks ENG-99, which is not in the "
                                      "export; that link is left out."}));
}

void TestTrackerImport::github()
{
    const TrackerImport r = importOk(QStringLiteral("github.json"));
    QCOMPARE(r.format, TrackerFormat::GitHub);
    const Workshop &w = r.workshop;
    QCOMPARE(w.candidates.size(), 4); // #44 closed
    const Candidate &c = byKey(w, QStringLiteral("#41"));
    QCOMPARE(c.effort, 3.0);
    QCOMPARE(c.kind, Kind::Stabilization);
    QCOMPARE(c.tags, QStringList({"bug", "milestone:v2.0"}));
    QCOMPARE(byKey(w, QStringLiteral("#42")).effort, 8.0);
    QCOMPARE(byKey(w, QStringLiteral("#45")).kind, Kind::Research);
    QVERIFY(linked(w, QStringLiteral("#41"), QStringLiteral("#43")));
    QVERIFY(linked(w, QStringLiteral("#42"), QStringLiteral("#41")));
    QCOMPARE(r.summary.linksToLeftOut, 1); // #44 blocks #42, but #44 is closed
    QCOMPARE(r.warnings,
             QStringList({"Without an estimate, so starting with an effort of 1 (story "
                          "points): #43.",
                          "github.json: #42 is blocked by #40, which is not in the export; "
                          "that link is left out."}));
    QCOMPARE(pointsFromLabel(QStringLiteral("Story Points: 2.5")), std::optional<double>(2.5));
    QCOMPARE(pointsFromLabel(QStringLiteral("size/8")), std::optional<double>(8));
    QVERIFY(!pointsFromLabel(QStringLiteral("p1")));
}

void TestTrackerImport::trello()
{
    const TrackerImport r = importOk(QStringLiteral("trello.json"));
    QCOMPARE(r.format, TrackerFormat::Trello);
    const Workshop &w = r.workshop;
    QCOMPARE(w.candidates.size(), 4); // T-4 in Done, T-5 in an archived list
    const Candidate &push = byKey(w, QStringLiteral("T-1"));
    QCOMPARE(push.title, QStringLiteral("Push notifications"));
    QCOMPARE(push.effort, 3.0);
    QCOMPARE(push.source.status, QStringLiteral("Backlog"));
    QCOMPARE(push.description,
             QStringLiteral("Users miss replies.\n\nAcceptance:\n- iOS and Android"));
    QCOMPARE(byKey(w, QStringLiteral("T-2")).effort, 5.0);
    QCOMPARE(byKey(w, QStringLiteral("T-3")).kind, Kind::Stabilization);
    QCOMPARE(byKey(w, QStringLiteral("T-6")).kind, Kind::Compliance);
    QVERIFY(linked(w, QStringLiteral("T-1"), QStringLiteral("T-2"))); // by the card's link
    QCOMPARE(r.summary.linksToLeftOut, 1);                            // "#4" is done
    QCOMPARE(r.warnings, QStringList({"trello.json: T-6 is blocked by Security review sign-off, "
                                      "which is not in the export; that link is left out."}));
}

void TestTrackerImport::jsonRefusals()
{
    const Result<TrackerData> broken = TrackerImporter::readData(
        "[{\"number\": 1,", QStringLiteral("g.json"), TrackerFormat::GitHub);
    QVERIFY(!broken);
    QVERIFY2(broken.error().startsWith(QStringLiteral("g.json is not valid JSON (at byte ")),
             qPrintable(broken.error()));
    const Result<TrackerData> object =
        TrackerImporter::readData("{\"a\": 1}", QStringLiteral("g.json"), TrackerFormat::GitHub);
    QCOMPARE(object.error(), QStringLiteral("g.json is not a list of GitHub issues: `gh issue list "
                                            "--json number,title,body,labels,state` writes a "
                                            "JSON array."));
    const Result<TrackerData> array =
        TrackerImporter::readData("[1, 2]", QStringLiteral("t.json"), TrackerFormat::Trello);
    QCOMPARE(array.error(), QStringLiteral("t.json is not a Trello board: a board's JSON export "
                                           "is an object with \"cards\" and \"lists\"."));
    const Result<TrackerData> noNumber = TrackerImporter::readData(
        "[{\"title\": \"x\"}]", QStringLiteral("g.json"), TrackerFormat::GitHub);
    QCOMPARE(noNumber.value().warnings,
             QStringList({"g.json, issue 1 of the list: it has no number; left out."}));
    // Found by fuzz_github: a huge, fractional or negative number is no issue number either.
    const Result<TrackerData> badNumbers = TrackerImporter::readData(
        "[{\"number\": 4.5e120, \"title\": \"x\"}, {\"number\": 2.5, \"title\": \"y\"}, "
        "{\"number\": -3, \"title\": \"z\"}]",
        QStringLiteral("g.json"), TrackerFormat::GitHub);
    QCOMPARE(badNumbers.value().warnings,
             QStringList({"g.json, issue 1 of the list: it has no number; left out.",
                          "g.json, issue 2 of the list: it has no number; left out.",
                          "g.json, issue 3 of the list: it has no number; left out."}));
    const Result<TrackerFormat> neither =
        TrackerImporter::detect("{\"a\": 1}", QStringLiteral("x.json"));
    QCOMPARE(neither.error(),
             QStringLiteral("x.json is JSON, but neither a list of GitHub issues (an array) nor "
                            "a Trello board (an object with \"cards\"); say which with --from."));
}

QTEST_GUILESS_MAIN(TestTrackerImport)
#include "tst_trackerimport.moc"
