// The decision record as leadership reads it: every decision and its reason in the PDF (read
// back with pdftotext), the chart as text not pixels, page sizes, Markdown and HTML; and the
// decision rules, sign-off and decision log behind it.
#include "core/decision/decisions.h"
#include "core/model/kindprofile.h"
#include "core/sample/sampleworkshop.h"
#include "core/storage/workshopfile.h"
#include "render/record/decisionrecord.h"
#include "tests/common/fixtures.h"
#include "ui/document/workshopdocument.h"

#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace cutline;

// For helpers that return a value: a failed step ends the test run loudly.
#define MUST(x)                                                                                    \
    do {                                                                                           \
        if (!(x))                                                                                  \
            qFatal("%s failed", #x);                                                               \
    } while (false)

class TestRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfHasEveryDecisionAndReason();
    void chartIsVector();
    void pageSizes();
    void largeWorkshopPaginates();
    void markdownAndHtml();
    void refusesUnknownFormat();
    void rationaleRequired();
    void departuresDetected();
    void horizonEnds_data();
    void horizonEnds();
    void signOffAndLogSurviveSave();
    void germanRecord();
    void everyPageNumbered();
    void previewHasTheExportsPages();
    void noWordBrokenInTables();
    void splitRowRepeatsKeyAndHeader();
    void logShowsStoredAuthor();
    void noCapacitySaysSo();
    void graphPagesReadable();
    void failedPdfWriteNamesFile();

private:
    void checkPageNumbers(const QString &path);
    static QSet<QString> words(const QString &text);
    Workshop bigWorkshop();
    QString pdfText(const QString &path, int first = 0, int last = 0);
    int pdfPages(const QString &path);
    Workshop decidedSample();
    QTemporaryDir m_dir;
};

void TestRecord::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

QString TestRecord::pdfText(const QString &path, int first, int last)
{
    QStringList args;
    if (first)
        args << QStringLiteral("-f") << QString::number(first);
    if (last)
        args << QStringLiteral("-l") << QString::number(last);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(60000);
    // Lines wrap inside table cells: compare with single spaces. Ligatures ("ﬀ") come back
    // as letters the way a reader's copy and paste does.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

int TestRecord::pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    for (const QString &line :
         QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// The sample with a full set of decisions, a departure, dissent and a sign-off.
Workshop TestRecord::decidedSample()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), QString());
    doc.setAuthor(QStringLiteral("Priya"));
    const Workshop &w = doc.workshop();
    const auto id = [&](const char *key) {
        return w.candidateByKey(QLatin1String(key))->id;
    };
    const Plan recommended = makePlan(w);
    for (const Candidate &c : w.candidates) {
        if (c.decision != Decision::Undecided)
            continue;
        const bool in = recommended.selected.contains(c.id);
        MUST(doc.decide(c.id, in ? Decision::Commit : Decision::Defer,
                        in ? QString() : QStringLiteral("Below the line for %1").arg(c.key)));
    }
    // A departure: commit something the plan leaves out, with its reason.
    const int departing = [&] {
        for (const Candidate &c : w.candidates)
            if (c.decision == Decision::Defer)
                return c.id;
        return 0;
    }();
    MUST(doc.decide(departing, Decision::Commit, QStringLiteral("The board asked for it")));
    // Make room for it: defer committed work, last first, until the commitments fit.
    for (qsizetype i = w.candidates.size() - 1; i >= 0 && !makePlan(w).feasible; --i) {
        const Candidate &c = w.candidates.at(i);
        const bool needed =
            std::any_of(w.dependencies.begin(), w.dependencies.end(), [&](const Dependency &d) {
                return d.type == LinkType::Requires && d.to == c.id &&
                       w.candidate(d.from)->decision == Decision::Commit;
            });
        if (c.decision == Decision::Commit && c.id != departing && !c.mandatory && !needed)
            MUST(doc.decide(c.id, Decision::Defer,
                            QStringLiteral("Makes room for the board's request")));
    }
    MUST(doc.editDissent(
        id("C-1"), {Dissent{QStringLiteral("Marcus"), QStringLiteral("Belgium can wait a quarter")},
                    Dissent{QString(), QStringLiteral("Too big for Q1")}}));
    const QStringList problems = signOffProblems(doc.workshop());
    if (!problems.isEmpty())
        qFatal("%s", qPrintable(problems.join(QLatin1Char('\n'))));
    MUST(doc.signOff());
    return doc.workshop();
}

void TestRecord::pdfHasEveryDecisionAndReason()
{
    const Workshop w = decidedSample();
    const QString path = m_dir.filePath(QStringLiteral("sample.pdf"));
    QVERIFY(DecisionRecord(w).writePdf(path, QPageSize(QPageSize::A4)));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Ledgerly — 2027 Q1 planning")));
    QVERIFY(text.contains(QStringLiteral("Signed off by Marcus Lindqvist on")));
    for (const Candidate &c : w.candidates) {
        QVERIFY2(text.contains(c.key + QLatin1Char(' ') + c.title.simplified()), qPrintable(c.key));
        if (isLeftOut(c.decision) || !c.rationale.isEmpty())
            QVERIFY2(text.contains(c.rationale.simplified()), qPrintable(c.rationale));
    }
    QVERIFY(text.contains(QStringLiteral("The board asked for it")));
    QVERIFY(text.contains(QStringLiteral("Departures from the plan")));
    QVERIFY(text.contains(QStringLiteral("Belgium can wait a quarter")));
    QVERIFY(text.contains(QStringLiteral("anonymous Too big for Q1")));
    QVERIFY(text.contains(QStringLiteral("Decision log")));
    QVERIFY(text.contains(QStringLiteral("Priya")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
}

void TestRecord::chartIsVector()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(DecisionRecord(sampleWorkshop()).writePdf(path, QPageSize(QPageSize::A4)));
    const int pages = pdfPages(path);
    int chart = pages;
    while (chart > 1 && !pdfText(path, chart, chart).contains(QStringLiteral("Quick wins")))
        --chart;
    const QString graph = pdfText(path, chart + 1, pages); // after the chart, maybe on pages
    QVERIFY(graph.contains(QStringLiteral("Dependencies")));
    QVERIFY(graph.contains(QStringLiteral("C-13"))); // a prerequisite of several
    const QString last = pdfText(path, chart, chart);
    // The chart's words and keys come back as text: it was drawn, not pasted as a picture.
    for (const char *word : {"Impact and effort", "Quick wins", "Big bets", "Fill-ins",
                             "Time sinks", "Effort (person-weeks)", "C-4", "C-29"})
        QVERIFY2(last.contains(QLatin1String(word)), word);
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    images.waitForFinished(60000);
    if (images.exitCode() == 0) // header lines only: no raster image anywhere
        QCOMPARE(
            QString::fromUtf8(images.readAllStandardOutput()).trimmed().count(QLatin1Char('\n')),
            1);
}

void TestRecord::pageSizes()
{
    const QString a4 = m_dir.filePath(QStringLiteral("a4.pdf"));
    const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(DecisionRecord(sampleWorkshop()).writePdf(a4, QPageSize(QPageSize::A4)));
    QVERIFY(DecisionRecord(sampleWorkshop()).writePdf(letter, QPageSize(QPageSize::Letter)));
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {letter});
    p.waitForFinished();
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("(letter)")));
    p.start(QStringLiteral("pdfinfo"), {a4});
    p.waitForFinished();
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("(A4)")));
}

void TestRecord::largeWorkshopPaginates()
{
    Workshop w = test::fullWorkshop(200);
    w.title = QStringLiteral("Big quarter");
    w.capacity = 150;
    for (int i = 0; i < w.candidates.size(); i += 3)
        w.candidates[i].decision = Decision::Commit;
    const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
    QVERIFY(DecisionRecord(w).writePdf(path, QPageSize(QPageSize::A4)));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 10 && pages <= 60, qPrintable(QString::number(pages)));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    for (const Candidate &c : w.candidates)
        QVERIFY2(text.contains(c.key), qPrintable(c.key));
}

void TestRecord::markdownAndHtml()
{
    const Workshop w = decidedSample();
    const QString md = m_dir.filePath(QStringLiteral("record.md"));
    const QString html = m_dir.filePath(QStringLiteral("record.html"));
    const DecisionRecord record(w);
    QVERIFY(record.write(md, QPageSize(QPageSize::A4)));
    QVERIFY(record.write(html, QPageSize(QPageSize::A4)));
    const QString markdown = QString::fromUtf8(test::readAll(md));
    QVERIFY(markdown.startsWith(QStringLiteral("# Ledgerly — 2027 Q1 planning — Decision record")));
    QVERIFY(markdown.contains(QStringLiteral("![Impact and effort](record-chart.svg)")));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("record-chart.svg"))));
    QVERIFY(markdown.contains(QStringLiteral("| Candidate | Decision | Reason |")));
    QVERIFY(markdown.contains(QStringLiteral("The board asked for it")));
    const QString page = QString::fromUtf8(test::readAll(html));
    QVERIFY(page.contains(QStringLiteral("<svg")));
    QVERIFY(page.contains(QStringLiteral("Quick wins")));
    QVERIFY(page.contains(QStringLiteral("Signed off by Marcus Lindqvist")));
    for (const Candidate &c : w.candidates)
        QVERIFY(page.contains(c.title.toHtmlEscaped()));
}

void TestRecord::refusesUnknownFormat()
{
    const Status s = DecisionRecord(sampleWorkshop())
                         .write(m_dir.filePath(QStringLiteral("x.doc")), QPageSize(QPageSize::A4));
    QVERIFY(!s);
    QVERIFY(s.error().endsWith(QStringLiteral("x.doc: a decision record is written as .pdf, "
                                              ".html or .md.")));
}

void TestRecord::rationaleRequired()
{
    WorkshopDocument doc;
    doc.reset(test::fullWorkshop(6), QString());
    const Candidate c = doc.workshop().candidates[0];
    QSignalSpy refused(&doc, &WorkshopDocument::editRefused);
    QVERIFY(doc.editField(c.id, Field::Rationale, QString()));
    QVERIFY(!doc.decide(c.id, Decision::Drop));
    QCOMPARE(refused.takeFirst().at(0).toString(),
             QStringLiteral("%1: say why it is dropped (a rationale is required).").arg(c.key));
    QVERIFY(!doc.editField(c.id, Field::Decision, decisionId(Decision::Defer)));
    QCOMPARE(refused.takeFirst().at(0).toString(),
             QStringLiteral("%1: say why it is deferred (a rationale is required).").arg(c.key));
    const int before = doc.undoStack()->count();
    QVERIFY(doc.decide(c.id, Decision::Defer, QStringLiteral("Not this quarter")));
    QCOMPARE(doc.undoStack()->count(), before + 1); // one step
    QCOMPARE(doc.workshop().candidate(c.id)->rationale, QStringLiteral("Not this quarter"));
    QCOMPARE(doc.workshop().decisionLog.size(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.workshop().decisionLog.size(), 0);
    QCOMPARE(doc.workshop().candidate(c.id)->decision, c.decision);
}

void TestRecord::departuresDetected()
{
    Workshop w;
    w.capacity = 5;
    for (int i = 0; i < 3; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.effort = 3;
        c.impact = 9 - 3 * i; // C-1 best
        w.candidates.append(c);
    }
    WorkshopDocument doc;
    doc.reset(w, QString());
    QSignalSpy refused(&doc, &WorkshopDocument::editRefused);
    // The plan takes C-1 only; committing C-3 departs from it and needs a why.
    QVERIFY(!doc.decide(3, Decision::Commit));
    QCOMPARE(refused.takeFirst().at(0).toString(),
             QStringLiteral("C-3: committing it departs from the plan, which leaves it out; say "
                            "why (a rationale is required)."));
    QVERIFY(doc.decide(3, Decision::Commit, QStringLiteral("Contract")));
    QVERIFY(doc.decide(1, Decision::Drop, QStringLiteral("Legal said no")));
    // With C-3 committed, dropping C-1 is forced (both do not fit): only C-3 departs.
    const QList<Departure> found = departures(doc.workshop());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].id, 3);
    QVERIFY(!found[0].planWouldTake);
    // Committing what the plan takes needs no reason.
    QVERIFY(doc.decide(2, Decision::Commit) || !refused.isEmpty());
}

void TestRecord::horizonEnds_data()
{
    QTest::addColumn<QString>("horizon");
    QTest::addColumn<QDate>("end");
    QTest::newRow("quarter") << "2027 Q1" << QDate(2027, 3, 31);
    QTest::newRow("dash") << "2027-Q4" << QDate(2027, 12, 31);
    QTest::newRow("quarter first") << "Q2 2027" << QDate(2027, 6, 30);
    QTest::newRow("half") << "2027 H1" << QDate(2027, 6, 30);
    QTest::newRow("year") << "2028" << QDate(2028, 12, 31);
    QTest::newRow("month") << "2027-02" << QDate(2027, 2, 28);
    QTest::newRow("day") << "2027-05-15" << QDate(2027, 5, 15);
    QTest::newRow("words") << "next quarter" << QDate();
}

void TestRecord::horizonEnds()
{
    QFETCH(QString, horizon);
    QFETCH(QDate, end);
    const auto found = horizonEnd(horizon);
    QCOMPARE(found.value_or(QDate()), end);
}

void TestRecord::signOffAndLogSurviveSave()
{
    const Workshop w = decidedSample();
    QVERIFY(signOffCurrent(w));
    QCOMPARE(w.signOff.by, QStringLiteral("Marcus Lindqvist"));
    QVERIFY(w.decisionLog.size() >= 28);
    // A committed candidate got the default review date: end of 2027 Q1 plus the delay.
    const Candidate *committed = nullptr;
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Commit && c.key != QLatin1String("C-15") &&
            c.key != QLatin1String("C-25"))
            committed = &c;
    QVERIFY(committed);
    QCOMPARE(committed->reviewDate, QDate(2027, 3, 31).addDays(w.reviewDelayDays));
    const QString path = m_dir.filePath(QStringLiteral("decided.cutline"));
    QVERIFY(WorkshopFile::save(w, path));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded.value().decisionLog.size(), w.decisionLog.size());
    QCOMPARE(loaded.value().signOff.by, w.signOff.by);
    QVERIFY(signOffCurrent(loaded.value()));
    QCOMPARE(loaded.value(), w);
    // A later change of decision is visible against the sign-off.
    WorkshopDocument doc;
    doc.reset(loaded.value(), path);
    QTest::qWait(5); // a later time than the sign-off's
    QVERIFY(doc.decide(committed->id, Decision::Drop, QStringLiteral("Changed our mind")));
    QVERIFY(!signOffCurrent(doc.workshop()));
}

void TestRecord::germanRecord()
{
    // Every part of the record is translated (the tr contexts match what lupdate collected).
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/cutline_de")));
    QCoreApplication::installTranslator(&german);
    const QString md = DecisionRecord(decidedSample()).toMarkdown();
    QCoreApplication::removeTranslator(&german);
    for (const char *text :
         {"Entscheidungsprotokoll", "Zusammenfassung", "Verschoben und gestrichen",
          "Abweichungen vom Plan", "Alle Kandidaten", "Wirkung und Aufwand", "Freigegeben von"})
        QVERIFY2(md.contains(QString::fromUtf8(text)), text);
}

// Every page i of N says "Page i of N".
void TestRecord::checkPageNumbers(const QString &path)
{
    const int pages = pdfPages(path);
    QVERIFY(pages > 1);
    for (int i = 1; i <= pages; ++i) {
        const QString text = pdfText(path, i, i);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)),
                 qPrintable(QStringLiteral("page %1 of %2: %3").arg(i).arg(pages).arg(text)));
    }
}

QSet<QString> TestRecord::words(const QString &text)
{
    const QStringList list = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(list.begin(), list.end());
}

Workshop TestRecord::bigWorkshop()
{
    Workshop w = test::fullWorkshop(200);
    w.title = QStringLiteral("Big quarter");
    w.capacity = 150;
    for (int i = 0; i < w.candidates.size(); i += 3)
        w.candidates[i].decision = Decision::Commit;
    return w;
}

void TestRecord::everyPageNumbered()
{
    const QString sample = m_dir.filePath(QStringLiteral("numbered-sample.pdf"));
    QVERIFY(DecisionRecord(decidedSample()).writePdf(sample, QPageSize(QPageSize::A4)));
    checkPageNumbers(sample);
    const QString big = m_dir.filePath(QStringLiteral("numbered-big.pdf"));
    QVERIFY(DecisionRecord(bigWorkshop()).writePdf(big, QPageSize(QPageSize::Letter)));
    checkPageNumbers(big);
}

void TestRecord::previewHasTheExportsPages()
{
    // The GUI's preview prints onto a QPrinter at its own resolution: the same pages.
    const DecisionRecord record(decidedSample());
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QVERIFY(record.writePdf(exported, QPageSize(QPageSize::A4)));
    const int pages = pdfPages(exported);
    for (const auto mode : {QPrinter::ScreenResolution, QPrinter::HighResolution}) {
        QPrinter printer(mode);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        const QString printed = m_dir.filePath(QStringLiteral("printed-%1.pdf").arg(int(mode)));
        printer.setOutputFileName(printed);
        record.print(&printer);
        QCOMPARE(record.pageCount(printer.pageLayout()), pages);
        QCOMPARE(pdfPages(printed), pages);
        checkPageNumbers(printed);
    }
    QPrinter printer;
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    QPrintPreviewWidget preview(&printer);
    connect(&preview, &QPrintPreviewWidget::paintRequested, this,
            [&](QPrinter *target) { record.print(target); });
    preview.updatePreview();
    QCOMPARE(preview.pageCount(), pages);
}

void TestRecord::noWordBrokenInTables()
{
    // Keys, dates, kinds and titles come back whole: a column is as wide as its longest word.
    const Workshop big = bigWorkshop();
    const QString path = m_dir.filePath(QStringLiteral("words.pdf"));
    QVERIFY(DecisionRecord(big).writePdf(path, QPageSize(QPageSize::A4)));
    QSet<QString> found = words(pdfText(path));
    for (const Candidate &c : big.candidates) {
        QStringList expected = kindName(c.kind).split(QLatin1Char(' '));
        expected << c.key << c.title.split(QLatin1Char(' '));
        if (c.decision == Decision::Commit && c.reviewDate.isValid())
            expected << c.reviewDate.toString(Qt::ISODate);
        for (const QString &word : std::as_const(expected))
            QVERIFY2(found.contains(word), qPrintable(c.key + QStringLiteral(": ") + word));
    }
    const Workshop sample = decidedSample();
    const QString samplePath = m_dir.filePath(QStringLiteral("sample-words.pdf"));
    QVERIFY(DecisionRecord(sample).writePdf(samplePath, QPageSize(QPageSize::A4)));
    found = words(pdfText(samplePath));
    for (const char *header : {"Candidate", "Expected", "outcome", "Confidence", "Decision"})
        QVERIFY2(found.contains(QLatin1String(header)), header);
    for (const Candidate &c : sample.candidates)
        for (const QString &word : c.title.simplified().split(QLatin1Char(' ')))
            QVERIFY2(found.contains(word), qPrintable(c.key + QStringLiteral(": ") + word));
}

void TestRecord::splitRowRepeatsKeyAndHeader()
{
    Workshop w = test::fullWorkshop(3);
    w.capacity = 100;
    QStringList long_;
    for (int i = 1; i <= 900; ++i)
        long_.append(QStringLiteral("w%1").arg(i));
    w.candidates[1].decision = Decision::Commit;
    w.candidates[1].outcome = long_.join(QLatin1Char(' '));
    const QString path = m_dir.filePath(QStringLiteral("split.pdf"));
    QVERIFY(DecisionRecord(w).writePdf(path, QPageSize(QPageSize::A4)));
    int continued = 0;
    for (int i = 2; i <= pdfPages(path); ++i) {
        const QString text = pdfText(path, i, i);
        if (!text.contains(QStringLiteral("(continued)")))
            continue;
        ++continued;
        QVERIFY(text.contains(QStringLiteral("C-2 (continued)")));
        const QSet<QString> found = words(text); // the header row is repeated
        for (const char *header : {"Candidate", "Why", "Metric", "Expected", "Owner", "Review"})
            QVERIFY2(found.contains(QLatin1String(header)), header);
    }
    QVERIFY(continued >= 1);
    const QSet<QString> found = words(pdfText(path));
    for (const QString &word : std::as_const(long_))
        QVERIFY2(found.contains(word), qPrintable(word)); // nothing lost at the splits
}

void TestRecord::logShowsStoredAuthor()
{
    // The log prints the author each change recorded (decisionAuthor() when it was made).
    Workshop w = decidedSample();
    int byPriya = 0;
    for (const DecisionChange &d : w.decisionLog)
        byPriya += d.author == QLatin1String("Priya") ? 1 : 0;
    QVERIFY(byPriya >= 28);
    const QString path = m_dir.filePath(QStringLiteral("log.pdf"));
    QVERIFY(DecisionRecord(w).writePdf(path, QPageSize(QPageSize::A4)));
    const QString text = pdfText(path);
    const QString log = text.mid(text.lastIndexOf(QStringLiteral("Decision log")));
    QCOMPARE(log.count(QStringLiteral("Priya")), byPriya);
    QVERIFY(log.contains(QStringLiteral("When Who Candidate Change Rationale")));
}

void TestRecord::noCapacitySaysSo()
{
    Workshop w = test::fullWorkshop(6);
    w.capacity = 0;
    const QString path = m_dir.filePath(QStringLiteral("nocapacity.pdf"));
    QVERIFY(DecisionRecord(w).writePdf(path, QPageSize(QPageSize::A4)));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Capacity: No capacity set")));           // title page
    QVERIFY(text.contains(QStringLiteral("No capacity set; the committed work"))); // summary
    QVERIFY(!text.contains(QStringLiteral("Capacity 0")));
    QVERIFY(!text.contains(QStringLiteral("— %")));
    QVERIFY(DecisionRecord(w).toMarkdown().contains(QStringLiteral("Capacity: No capacity set")));
}

void TestRecord::graphPagesReadable()
{
    // A large graph is split in pages rather than shrunk: every title whole on some page.
    const Workshop big = bigWorkshop();
    const QString path = m_dir.filePath(QStringLiteral("graph.pdf"));
    QVERIFY(DecisionRecord(big).writePdf(path, QPageSize(QPageSize::A4)));
    const int pages = pdfPages(path);
    int first = pages;
    while (first > 1 &&
           pdfText(path, first - 1, first - 1).contains(QStringLiteral("Dependencies (part")))
        --first;
    QVERIFY2(pages - first + 1 >= 2, qPrintable(QString::number(pages - first + 1)));
    const QString graph = pdfText(path, first, pages);
    QVERIFY(graph.contains(QStringLiteral("Dependencies (part 1 of %1)").arg(pages - first + 1)));
    for (const Candidate &c : big.candidates)
        QVERIFY2(graph.contains(c.title.simplified()), qPrintable(c.key));
}

void TestRecord::failedPdfWriteNamesFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no such folder/record.pdf"));
    const Status s = DecisionRecord(sampleWorkshop()).write(path, QPageSize(QPageSize::A4));
    QVERIFY(!s);
    QVERIFY2(s.error().startsWith(path + QStringLiteral(" could not be written: ")),
             qPrintable(s.error()));
    QVERIFY(s.error().endsWith(QStringLiteral("Choose a folder you can write to.")));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestRecord)
#include "tst_record.moc"
