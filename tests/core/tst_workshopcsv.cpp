// Tests CSV import and export: RFC 4180 quoting, encodings, headers, and errors with positions.
#include "core/csv/csvreader.h"
#include "core/csv/workshopcsv.h"
#include "core/model/validation.h"
#include "tests/common/fixtures.h"

#include <QtTest>

using namespace cutline;

class TestWorkshopCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRfc4180();
    void parserErrors();
    void exportThenImportIsIdentity();
    void spreadsheetFile();
    void headersAreCaseInsensitiveAndUnknownColumnsWarn();
    void defaultsForMissingValues();
    void refusals_data();
    void refusals();
    void reportsAllErrors();
    void refusesNonUtf8();
    void skipsEmptySpreadsheetRows();
    void semicolonSeparatedWithDecimalComma();
    void repeatedKeyWithLinksIsRefused();
};

namespace {

Result<CsvImport> importText(const QByteArray &text)
{
    return WorkshopCsv::parse(text, QStringLiteral("plan.csv"));
}

} // namespace

void TestWorkshopCsv::parsesRfc4180()
{
    const auto rows = parseCsv(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                                              "\"two\r\nlines\",,x\n"
                                              "\n"
                                              "last,\"\",end"));
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), 3);
    QCOMPARE(rows.value()[0].fields, (QStringList{"a", "b,c", "say \"hi\""}));
    QCOMPARE(rows.value()[1].fields, (QStringList{"two\nlines", "", "x"}));
    QCOMPARE(rows.value()[1].line, 2);
    QCOMPARE(rows.value()[2].line, 5); // the quoted line break and the blank line count
    QCOMPARE(rows.value()[2].fields, (QStringList{"last", "", "end"}));
    QCOMPARE(quoteCsvField(QStringLiteral("a \"b\", c")), QStringLiteral("\"a \"\"b\"\", c\""));
    QCOMPARE(quoteCsvField(QStringLiteral("plain")), QStringLiteral("plain"));
}

void TestWorkshopCsv::parserErrors()
{
    const auto open = parseCsv(QStringLiteral("a,b\nc,\"never closed\n"));
    QVERIFY(!open);
    QCOMPARE(open.error(),
             QStringLiteral("line 2, column 2: a quoted field is never closed (a \" is missing)."));
    const auto trailing = parseCsv(QStringLiteral("a,\"b\"c\n"));
    QVERIFY(!trailing);
    QCOMPARE(trailing.error(), QStringLiteral("line 1, column 2: text follows the closing quote "
                                              "of a quoted field; write a quote inside a field "
                                              "as \"\"."));
    const auto imported = importText("id,title,effort,impact\nC-1,\"x,1,2\n");
    QVERIFY(!imported);
    QVERIFY2(imported.error().startsWith(QStringLiteral("plan.csv, line 2, column 2: ")),
             qPrintable(imported.error()));
}

void TestWorkshopCsv::exportThenImportIsIdentity()
{
    Workshop original = test::fullWorkshop(20);
    const QByteArray csv = WorkshopCsv::write(original);
    const auto imported = WorkshopCsv::parse(csv, QStringLiteral("Invoicing Q1 planning.csv"));
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(imported.value().warnings.isEmpty());
    // CSV carries candidates and links; workshop settings come from the file name or options.
    Workshop expected;
    expected.title = QStringLiteral("Invoicing Q1 planning");
    expected.candidates = original.candidates;
    expected.dependencies = original.dependencies;
    QCOMPARE(imported.value().workshop.candidates, expected.candidates);
    QCOMPARE(imported.value().workshop, expected);
    // And a second round gives the same bytes.
    QCOMPARE(WorkshopCsv::write(imported.value().workshop), csv);
}

void TestWorkshopCsv::spreadsheetFile()
{
    // As LibreOffice and Excel write it: BOM, CRLF, quoted fields, mixed-case headers.
    const auto imported = WorkshopCsv::read(QStringLiteral(CUTLINE_TEST_DATA "/spreadsheet.csv"));
    QVERIFY2(imported, qPrintable(imported.error()));
    const Workshop &w = imported.value().workshop;
    QCOMPARE(w.candidates.size(), 4);
    QCOMPARE(w.title, QStringLiteral("spreadsheet"));
    const Candidate *pdf = w.candidateByKey(QStringLiteral("C-1"));
    QVERIFY(pdf);
    QCOMPARE(pdf->title, QStringLiteral("Invoice PDF, with logo"));
    QCOMPARE(pdf->problem, QStringLiteral("Customers print invoices;\nthe \"logo\" is blurry"));
    QCOMPARE(pdf->effort, 3.5);
    QCOMPARE(*pdf->effortLow, 2.0);
    QCOMPARE(*pdf->effortHigh, 6.0);
    QCOMPARE(pdf->confidence, 80.0);
    QCOMPARE(pdf->decision, Decision::Commit);
    QCOMPARE(pdf->reviewDate, QDate(2027, 4, 30));
    QCOMPARE(w.linkedKeys(pdf->id, LinkType::Requires), QStringList{QStringLiteral("C-2")});
    QCOMPARE(w.linkedKeys(pdf->id, LinkType::Excludes), QStringList{QStringLiteral("C-3")});
    const Candidate *tax = w.candidateByKey(QStringLiteral("C-2"));
    QCOMPARE(tax->kind, Kind::Compliance);
    QVERIFY(tax->mandatory); // compliance defaults to mandatory
    QCOMPARE(w.candidateByKey(QStringLiteral("C-4"))->mandatory, false);
    QCOMPARE(w.dependencies.size(), 2); // "C-1 excludes C-3" and "C-3 excludes C-1" are one
    QVERIFY(validateWorkshop(w).isEmpty());
}

void TestWorkshopCsv::headersAreCaseInsensitiveAndUnknownColumnsWarn()
{
    const auto imported = importText(" ID ,TITLE,Effort,IMPACT,Votes\nX-1,Thing,2,3,17\n");
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported.value().workshop.candidates.first().key, QStringLiteral("X-1"));
    QCOMPARE(imported.value().warnings,
             QStringList{QStringLiteral("plan.csv, line 1, column 5: \"Votes\" is not a Cutline "
                                        "column; its values were ignored.")});
}

void TestWorkshopCsv::defaultsForMissingValues()
{
    const auto imported = importText("title,effort,impact,confidence,reach,risk,kind\n"
                                     "First,2,3,,,,\nSecond,1,1,50,2,4,compliance\n");
    QVERIFY2(imported, qPrintable(imported.error()));
    const Candidate &first = imported.value().workshop.candidates[0];
    QCOMPARE(first.key, QStringLiteral("C-1")); // keys are made up when there is no id
    QCOMPARE(first.confidence, 100.0);
    QCOMPARE(first.reach, 1.0);
    QCOMPARE(first.risk, 1);
    QCOMPARE(first.kind, Kind::Product);
    QCOMPARE(first.decision, Decision::Undecided);
    QVERIFY(!first.effortLow);
    const Candidate &second = imported.value().workshop.candidates[1];
    QCOMPARE(second.key, QStringLiteral("C-2"));
    QCOMPARE(second.risk, 4);
    QVERIFY(second.mandatory);
}

void TestWorkshopCsv::refusals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray head = "id,title,effort,impact,confidence,risk,mandatory,depends_on,excludes,"
                            "kind,decision,review_date,effort_low\n";
    QTest::newRow("impact out of range")
        << head + "C-1,A,1,12,,,,,,,,,\n"
        << "plan.csv, line 2, column 4 (impact): C-1: impact 12 is outside 0–10.";
    QTest::newRow("nan effort") << head + "C-1,A,NaN,1,,,,,,,,,\n"
                                << "plan.csv, line 2, column 3 (effort): C-1: effort is not a "
                                   "number (nan).";
    QTest::newRow("inf impact") << head + "C-1,A,1,inf,,,,,,,,,\n"
                                << "plan.csv, line 2, column 4 (impact): C-1: impact must be "
                                   "finite, not inf.";
    QTest::newRow("negative effort")
        << head + "C-1,A,-3,1,,,,,,,,,\n"
        << "plan.csv, line 2, column 3 (effort): C-1: effort -3 is negative; it must be 0 or "
           "more.";
    QTest::newRow("missing effort") << head + "C-1,A,,1,,,,,,,,,\n"
                                    << "plan.csv, line 2, column 3 (effort): C-1: effort is "
                                       "missing.";
    QTest::newRow("text effort") << head + "C-1,A,two,1,,,,,,,,,\n"
                                 << "plan.csv, line 2, column 3 (effort): C-1: effort \"two\" is "
                                    "not a number.";
    QTest::newRow("confidence") << head + "C-1,A,1,1,150,,,,,,,,\n"
                                << "plan.csv, line 2, column 5 (confidence): C-1: confidence 150 "
                                   "is outside 0–100.";
    QTest::newRow("risk") << head + "C-1,A,1,1,,7,,,,,,,\n"
                          << "plan.csv, line 2, column 6 (risk): C-1: risk 7 is outside 1–5.";
    QTest::newRow("mandatory") << head + "C-1,A,1,1,,,maybe,,,,,,\n"
                               << "plan.csv, line 2, column 7 (mandatory): C-1: mandatory "
                                  "\"maybe\" is not one of yes, no, true, false, 1, 0.";
    QTest::newRow("unknown key") << head + "C-1,A,1,1,,,,C-9,,,,,\n"
                                 << "plan.csv, line 2, column 8 (depends_on): C-1: C-9 is not "
                                    "the key of any candidate in this file.";
    QTest::newRow("self link") << head + "C-1,A,1,1,,,,,C-1,,,,\n"
                               << "plan.csv, line 2, column 9 (excludes): C-1 cannot exclude "
                                  "itself.";
    QTest::newRow("cycle") << head + "C-3,A,1,1,,,,C-7,,,,,\nC-7,B,1,1,,,,C-3,,,,,\n"
                           << "plan.csv, line 2, column 8 (depends_on): depends_on forms a "
                              "cycle: C-3 → C-7 → C-3.";
    QTest::newRow("duplicate key") << head + "C-1,A,1,1,,,,,,,,,\nc-1,B,1,1,,,,,,,,,\n"
                                   << "plan.csv, line 3, column 1 (id): the key c-1 is already "
                                      "used on line 2.";
    QTest::newRow("kind") << head + "C-1,A,1,1,,,,,,sales,,,\n"
                          << "plan.csv, line 2, column 10 (kind): C-1: kind \"sales\" is not one "
                             "of product, platform, compliance, research, stabilization.";
    QTest::newRow("decision") << head + "C-1,A,1,1,,,,,,,later,,\n"
                              << "plan.csv, line 2, column 11 (decision): C-1: decision "
                                 "\"later\" is not one of undecided, commit, defer, drop.";
    QTest::newRow("date") << head + "C-1,A,1,1,,,,,,,,31/04/2027,\n"
                          << "plan.csv, line 2, column 12 (review_date): C-1: review date "
                             "\"31/04/2027\" is not a date (use YYYY-MM-DD).";
    QTest::newRow("three point") << head + "C-1,A,2,1,,,,,,,,,5\n"
                                 << "plan.csv, line 2, column 13 (effort_low): C-1: low effort 5 "
                                    "is above the likely effort 2.";
    QTest::newRow("empty title") << head + "C-1, ,2,1,,,,,,,,,\n"
                                 << "plan.csv, line 2, column 2 (title): C-1: the title is empty.";
    QTest::newRow("too many fields") << QByteArray("title,effort,impact\nA,1,2,surprise\n")
                                     << "plan.csv, line 2, column 4 (no header): the row has 4 "
                                        "fields but the header has only 3.";
    QTest::newRow("no title column") << QByteArray("id,effort,impact\nC-1,1,1\n")
                                     << "plan.csv, line 1: the header has no \"title\" column, "
                                        "which every workshop needs.";
    QTest::newRow("duplicate column") << QByteArray("title,effort,impact,Effort\nA,1,1,1\n")
                                      << "plan.csv, line 1, column 4 (Effort): the column "
                                         "\"effort\" appears twice (first as column 2).";
    QTest::newRow("empty file") << QByteArray("\r\n")
                                << "plan.csv is empty: a CSV workshop needs a header row and one "
                                   "row per candidate.";
}

void TestWorkshopCsv::refusals()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const auto imported = importText(csv);
    QVERIFY2(!imported, "bad CSV was accepted");
    QCOMPARE(imported.error().split('\n').first(), message);
}

void TestWorkshopCsv::reportsAllErrors()
{
    const auto imported = importText("title,effort,impact\nA,-1,1\nB,1,99\nC,1,1\n");
    QVERIFY(!imported);
    QCOMPARE(imported.error().split('\n').size(), 2);
}

void TestWorkshopCsv::refusesNonUtf8()
{
    const auto imported = importText("title,effort,impact\nCaf\xe9,1,1\n");
    QVERIFY(!imported);
    QCOMPARE(imported.error(),
             QStringLiteral("plan.csv: the file is not UTF-8 text; save it as \"CSV UTF-8\"."));
}

void TestWorkshopCsv::skipsEmptySpreadsheetRows()
{
    const auto imported = importText("title,effort,impact\r\nA,1,2\r\n,,\r\n , ,\r\n");
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported.value().workshop.candidates.size(), 1);
}

void TestWorkshopCsv::semicolonSeparatedWithDecimalComma()
{
    const auto imported = importText("\xef\xbb\xbfid;title;effort;impact;problem\r\n"
                                     "C-1;\"Rechnung; PDF\";3,5;7;\"a, b\"\r\n");
    QVERIFY2(imported, qPrintable(imported.error()));
    const Candidate &c = imported.value().workshop.candidates.first();
    QCOMPARE(c.title, QStringLiteral("Rechnung; PDF"));
    QCOMPARE(c.effort, 3.5);
    QCOMPARE(c.problem, QStringLiteral("a, b"));
}

// Found by fuzz_csv: a row refused for a repeated key left its links pointing at nothing.
void TestWorkshopCsv::repeatedKeyWithLinksIsRefused()
{
    const auto result = importText("id,title,effort,impact,depends_on\n"
                                   "C-1,Dunning emails,1,5,\n"
                                   "C-1,Reminders,-1,5,C-1\n");
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("the key C-1 is already used on line 2.")),
             qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(TestWorkshopCsv)
#include "tst_workshopcsv.moc"
