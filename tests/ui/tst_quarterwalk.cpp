// A quarter reviewed end to end through the window (issue 15's judged walk): the sample,
// committed and signed off with bets, its review dates passed, ten reviews typed into the
// dialog, the calibration view, and the record's addendum read back from the PDF, HTML and
// Markdown.
#include "core/decision/decisions.h"
#include "core/review/calibration.h"
#include "core/review/loop.h"
#include "core/sample/sampleworkshop.h"
#include "render/record/decisionrecord.h"
#include "tests/common/windowharness.h"
#include "ui/document/workshopdocument.h"
#include "ui/review/betstable.h"
#include "ui/review/calibrationdialog.h"
#include "ui/review/reviewdialog.h"
#include "ui/review/reviewloop.h"
#include "ui/review/signoffdialog.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

using namespace cutline;

class TestQuarterWalk : public test::WindowHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpHarness(); }
    void cleanup() { closeWindows(); }
    void quarterReviewedEndToEnd();
};

// The judged walk: the sample, committed and signed off with bets, its review dates passed,
// ten reviews typed into the dialog, calibration, and the record's addendum read back.
void TestQuarterWalk::quarterReviewedEndToEnd()
{
    MainWindow *window = newWindow();
    window->openWorkshop(sampleWorkshop(), QString());
    WorkshopDocument *doc = window->document();
    doc->adoptPlan(makePlan(doc->workshop()));
    // Commit enough for ten reviews: the plan's picks, then undecided or deferred ones the
    // capacity still allows, with their reason.
    double used = 0;
    for (const Candidate &c : doc->workshop().candidates)
        if (c.decision == Decision::Commit)
            used += c.effort;
    QList<int> more;
    for (const Candidate &c : doc->workshop().candidates)
        if (c.decision != Decision::Commit && c.decision != Decision::Drop)
            more.append(c.id);
    for (int id : std::as_const(more)) {
        if (reviewableCandidates(doc->workshop()).size() >= 10) // not signed yet: counts 0
            break;
        int committed = 0;
        for (const Candidate &c : doc->workshop().candidates)
            committed += c.decision == Decision::Commit ? 1 : 0;
        if (committed >= 10)
            break;
        doc->decide(id, Decision::Commit,
                    QStringLiteral("Leadership asked for it to be in this quarter."));
    }
    int committed = 0;
    for (const Candidate &c : doc->workshop().candidates)
        committed += c.decision == Decision::Commit ? 1 : 0;
    QVERIFY2(committed >= 10, qPrintable(QString::number(committed)));
    QVERIFY2(signOffProblems(doc->workshop()).isEmpty(),
             qPrintable(signOffProblems(doc->workshop()).join(QLatin1Char('\n'))));

    // Sign off with bets: baselines, targets and confidences as the decider would type them.
    onNextDialog([&](QDialog *dialog) {
        BetsTable *table = qobject_cast<SignOffDialog *>(dialog)->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            table->item(row, BetsTable::Baseline)->setText(QString::number(20 + row));
            table->item(row, BetsTable::Target)->setText(QString::number(30 + row));
            table->item(row, BetsTable::ReviewDate)
                ->setData(Qt::EditRole, QDate::currentDate().addDays(-14 + row % 3));
            table->item(row, BetsTable::Confidence)->setData(Qt::EditRole, 50 + (row * 7) % 45);
        }
        dialog->accept();
    });
    QVERIFY(window->reviewLoop()->signOff());
    QVERIFY(signOffCurrent(doc->workshop()));
    QCOMPARE(dueReviews(doc->workshop(), QDate::currentDate()).size(), committed);

    // Reopened from disk, the banner says the reviews are due.
    const QString path = m_dir.filePath(QStringLiteral("quarter.cutline"));
    QVERIFY(window->saveAs(path));
    m_windows.removeOne(window);
    window->close(); // releases the file's lock
    if (!window->testAttribute(Qt::WA_DeleteOnClose))
        delete window;
    window = newWindow();
    QVERIFY(window->openFile(path));
    doc = window->document();
    QVERIFY(window->reviewLoop()->banner()->isVisible());
    shoot(window, QStringLiteral("walk-banner"));

    // Ten reviews typed into the dialog, Save and Next moving from one to the next.
    const Verdict verdicts[] = {Verdict::Hit,    Verdict::Missed, Verdict::Partly, Verdict::Hit,
                                Verdict::Missed, Verdict::Hit,    Verdict::Missed, Verdict::Hit,
                                Verdict::Partly, Verdict::Missed};
    const double ratios[] = {1.2, 1.5, 0.9, 1.4, 2.0, 1.1, 1.6, 1.3, 1.0, 1.8};
    int reviewedCount = 0;
    onNextDialog([&](QDialog *dialog) {
        auto *review = qobject_cast<ReviewDialog *>(dialog);
        for (int i = 0; i < 10; ++i) {
            const Candidate *c = doc->workshop().candidate(review->currentId());
            const auto &f = review->fields();
            f.actualEffort->setText(QString::number(c->effort * ratios[i]));
            f.actualValue->setText(QString::number(25 + i));
            f.verdict->setCurrentIndex(f.verdict->findData(int(verdicts[i])));
            f.lesson->setPlainText(
                QStringLiteral("Lesson %1: slice thinner, ship earlier.").arg(i + 1));
            if (i == 3)
                shoot(dialog, QStringLiteral("walk-review"));
            QVERIFY2(review->saveAndNext(), qPrintable(review->problem()));
            ++reviewedCount;
        }
        shoot(dialog, QStringLiteral("walk-review-done"));
        dialog->accept();
    });
    window->reviewLoop()->reviewAction()->trigger();
    QCOMPARE(reviewedCount, 10);
    int reviewed = 0;
    for (const Candidate &c : doc->workshop().candidates)
        reviewed += c.review ? 1 : 0;
    QCOMPARE(reviewed, 10);
    const Calibration cal = calibrate(doc->workshop());
    QVERIFY(cal.enough());
    QCOMPARE(cal.workshop.effort.count, 10);
    QVERIFY(qAbs(cal.workshop.effort.median - 1.35) < 1e-9); // ratios sorted: … 1.3, 1.4 …

    // The calibration view shows the same figures.
    onNextDialog([&](QDialog *dialog) {
        auto *view = qobject_cast<CalibrationDialog *>(dialog);
        QVERIFY(
            view->status().startsWith(QStringLiteral("Calibration over 10 reviewed candidates.")));
        QCOMPARE(view->suggestions().first(),
                 QStringLiteral("Efforts ran 1.4× long (median of 10): consider scaling new "
                                "estimates by 1.4."));
        shoot(dialog, QStringLiteral("walk-calibration"));
        dialog->accept();
    });
    window->reviewLoop()->calibrationAction()->trigger();

    // The record: the signed content as it was, then the addendum.
    const QString pdf = QDir(m_shots).filePath(QStringLiteral("walk-record.pdf"));
    QVERIFY(window->exportRecord(pdf));
    QVERIFY(window->exportRecord(QDir(m_shots).filePath(QStringLiteral("walk-record.md"))));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    const qsizetype log = text.indexOf(QStringLiteral("Decision log"));
    const qsizetype graph = text.lastIndexOf(QStringLiteral("Dependencies"));
    const qsizetype addendum = text.indexOf(QStringLiteral("Addendum: reviews after shipping"));
    const qsizetype calibration = text.indexOf(QStringLiteral("Addendum: calibration"));
    QVERIFY(log > 0);
    QVERIFY2(addendum > std::max(log, graph), qPrintable(text.right(3000)));
    QVERIFY(calibration > addendum);
    QVERIFY(text.contains(QStringLiteral("the signed record above is unchanged")));
    QVERIFY(text.contains(QStringLiteral("Lesson 4: slice thinner")));
    QVERIFY(text.contains(QStringLiteral("Efforts ran 1.4× long")));
    QVERIFY(text.indexOf(QStringLiteral("Bet on")) < log); // the bets sit in the signed part

    // HTML and Markdown: the addendum after the decision log, set apart by a rule.
    const DecisionRecord record(doc->workshop());
    for (const QString &form : {record.toHtml(), record.toMarkdown()}) {
        const qsizetype logAt = form.indexOf(QStringLiteral("Decision log"));
        const qsizetype addendumAt =
            form.indexOf(QStringLiteral("Addendum: reviews after shipping"));
        QVERIFY(logAt > 0);
        QVERIFY(addendumAt > logAt);
        QVERIFY(form.indexOf(QStringLiteral("Addendum: calibration")) > addendumAt);
        QVERIFY(form.indexOf(QStringLiteral("Lesson 10: slice thinner")) > addendumAt);
    }
    QVERIFY(record.toMarkdown().contains(QStringLiteral("\n---\n\n## Addendum: reviews")));
    QVERIFY(record.toHtml().contains(QStringLiteral("<hr><div class=\"addendum\"><h2>Addendum")));
}

QTEST_MAIN(TestQuarterWalk)
#include "tst_quarterwalk.moc"
