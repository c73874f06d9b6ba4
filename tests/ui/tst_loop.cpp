// Drives the loop (issue 15) through the window: the sign-off with bets, the reviews-due banner
// on open (never a dialog), reviews typed into the review dialog and undone, the calibration
// view, and the review dates as .ics from the GUI and the CLI. A quarter reviewed end to end
// is tst_quarterwalk.
#include "core/decision/decisions.h"
#include "core/review/calibration.h"
#include "core/review/loop.h"
#include "core/sample/sampleworkshop.h"
#include "core/storage/workshopfile.h"
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
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cutline;

class TestLoop : public test::WindowHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void signOffTakesBets();
    void signOffRefusesBadBet();
    void bannerWhenReviewsAreDue();
    void reviewDialogSavesAndUndoes();
    void reviewRefusals();
    void calibrationView();
    void exportReviewDates();
    void cliExportsCalendar();

private:
    // The sample with the plan adopted as decisions.
    static Workshop decidedSample();
};

void TestLoop::initTestCase()
{
    setUpHarness();
}

void TestLoop::cleanup()
{
    closeWindows();
}

Workshop TestLoop::decidedSample()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), QString());
    doc.adoptPlan(makePlan(doc.workshop()));
    return doc.workshop();
}

void TestLoop::signOffTakesBets()
{
    MainWindow *window = newWindow();
    window->openWorkshop(decidedSample(), QString());
    WorkshopDocument *doc = window->document();
    QVERIFY(signOffProblems(doc->workshop()).isEmpty());
    const Candidate *first = nullptr;
    for (const Candidate &c : doc->workshop().candidates)
        if (c.decision == Decision::Commit && !first &&
            !proposedBet(doc->workshop(), c).metric.isEmpty())
            first = &c;
    QVERIFY(first);
    const int firstId = first->id;
    const QString firstMetric = proposedBet(doc->workshop(), *first).metric;
    QVERIFY(!firstMetric.isEmpty());

    bool seen = false;
    onNextDialog([&](QDialog *dialog) {
        auto *signOff = qobject_cast<SignOffDialog *>(dialog);
        QVERIFY(signOff);
        BetsTable *table = signOff->table();
        const int row = table->rowOf(firstId);
        QVERIFY(row >= 0);
        // Prefilled from the candidate: its metric and review date, 50 %.
        QCOMPARE(table->item(row, BetsTable::Metric)->text(), firstMetric);
        QVERIFY(table->item(row, BetsTable::ReviewDate)->data(Qt::EditRole).toDate().isValid());
        QCOMPARE(table->item(row, BetsTable::Confidence)->data(Qt::EditRole).toInt(), 50);
        table->item(row, BetsTable::Baseline)->setText(QStringLiteral("38 days"));
        table->item(row, BetsTable::Target)->setText(QStringLiteral("31 days"));
        table->item(row, BetsTable::Confidence)->setData(Qt::EditRole, 80);
        shoot(dialog, QStringLiteral("signoff-dialog"));
        seen = true;
        dialog->accept();
    });
    window->findChild<QAction *>(); // the window's actions exist
    QAction *action = nullptr;
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("Sign &Off Decisions…"))
            action = a;
    QVERIFY(action);
    action->trigger();
    QVERIFY(seen);
    const Workshop &w = doc->workshop();
    QVERIFY(signOffCurrent(w));
    const Candidate *bet = w.candidate(firstId);
    QVERIFY(bet->bet);
    QCOMPARE(bet->bet->confidence, 80.0);
    QCOMPARE(bet->bet->baseline, QStringLiteral("38 days"));
    QCOMPARE(bet->reviewDate, bet->bet->reviewDate);
    int withBets = 0;
    for (const Candidate &c : w.candidates)
        withBets += c.bet ? 1 : 0;
    QCOMPARE(withBets, int(reviewableCandidates(w).size()));

    // Sign-off and bets are one undo step.
    doc->undoStack()->undo();
    QVERIFY(doc->workshop().signOff.by.isEmpty());
    for (const Candidate &c : doc->workshop().candidates)
        QVERIFY(!c.bet);
    doc->undoStack()->redo();
    QCOMPARE(doc->workshop().candidate(firstId)->bet->confidence, 80.0);
}

void TestLoop::signOffRefusesBadBet()
{
    MainWindow *window = newWindow();
    window->openWorkshop(decidedSample(), QString());
    WorkshopDocument *doc = window->document();
    int committed = 0, deferred = 0;
    for (const Candidate &c : doc->workshop().candidates) {
        if (c.decision == Decision::Commit && !committed)
            committed = c.id;
        if (c.decision == Decision::Defer && !deferred)
            deferred = c.id;
    }
    const QString key = doc->workshop().candidate(committed)->key;
    QSignalSpy refused(doc, &WorkshopDocument::editRefused);
    Bet bad{QStringLiteral("DSO"), {}, {}, QDate(2027, 4, 28), 120};
    QVERIFY(!doc->signOff({{committed, bad}}));
    QCOMPARE(refused.last().first().toString(),
             key + QStringLiteral(": the confidence 120 % is outside 0–100 %."));
    QVERIFY(doc->workshop().signOff.by.isEmpty());
    bad.confidence = 60;
    QVERIFY(!doc->signOff({{deferred, bad}}));
    QCOMPARE(refused.last().first().toString(),
             doc->workshop().candidate(deferred)->key +
                 QStringLiteral(": a bet is taken on committed candidates only; this one is "
                                "Defer."));
    QVERIFY(!doc->undoStack()->canUndo() || doc->workshop().signOff.by.isEmpty());

    // In the dialog, a refused bet keeps it open with the message, and the bets as typed.
    QString shown;
    onNextDialog([&](QDialog *dialog) {
        auto *signOff = qobject_cast<SignOffDialog *>(dialog);
        BetsTable *table = signOff->table();
        table->item(table->rowOf(committed), BetsTable::ReviewDate)->setData(Qt::EditRole, QDate());
        dialog->accept();
        QTimer::singleShot(50, signOff, [&, signOff] {
            shown = signOff->problem();
            shoot(signOff, QStringLiteral("signoff-refused"));
            signOff->reject();
        });
    });
    QVERIFY(!window->reviewLoop()->signOff());
    QCOMPARE(shown, key + QStringLiteral(": the bet needs a review date."));
    QVERIFY(doc->workshop().signOff.by.isEmpty());
}

void TestLoop::bannerWhenReviewsAreDue()
{
    Workshop w = decidedSample();
    w.signOff = SignOff{w.decider, QDateTime::currentDateTimeUtc().addDays(-100)};
    QStringList dueKeys;
    for (Candidate &c : w.candidates)
        if (c.decision == Decision::Commit) {
            c.reviewDate = QDate::currentDate().addDays(dueKeys.size() < 2 ? -3 : 30);
            if (dueKeys.size() < 2 || c.reviewDate <= QDate::currentDate())
                dueKeys.append(c.key);
        }
    dueKeys = dueKeys.mid(0, 2);
    MainWindow *window = newWindow();
    window->openWorkshop(w, QString());
    QApplication::processEvents();
    QVERIFY(!QApplication::activeModalWidget()); // never a blocking dialog on open
    ReviewLoop *loop = window->reviewLoop();
    QVERIFY(loop->banner()->isVisible());
    QCOMPARE(loop->bannerText(),
             QStringLiteral("Due for review: %1. Their review dates have come: record what "
                            "shipped and whether the metric moved.")
                 .arg(dueKeys.join(QStringLiteral(", "))));
    shoot(window, QStringLiteral("banner"));

    // "Review Now" opens the review dialog on the first one due.
    int opened = 0;
    onNextDialog([&](QDialog *dialog) {
        auto *review = qobject_cast<ReviewDialog *>(dialog);
        opened = review ? review->currentId() : -1;
        dialog->reject();
    });
    QPushButton *now = nullptr;
    for (QPushButton *b : loop->banner()->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Review &Now"))
            now = b;
    QVERIFY(now);
    QTest::mouseClick(now, Qt::LeftButton);
    QCOMPARE(window->document()->workshop().candidate(opened)->key, dueKeys.first());

    // Reviewing both hides it; undoing one shows it again.
    WorkshopDocument *doc = window->document();
    for (const QString &key : std::as_const(dueKeys)) {
        Review r;
        r.reviewedOn = QDate::currentDate();
        QVERIFY(doc->setReview(doc->workshop().candidateByKey(key)->id, r));
    }
    QVERIFY(!loop->banner()->isVisible());
    doc->undoStack()->undo();
    QVERIFY(loop->banner()->isVisible());
    QCOMPARE(loop->bannerText().section(QLatin1Char('.'), 0, 0),
             QStringLiteral("Due for review: ") + dueKeys.last());

    // Dismissed, it stays away until the file is opened again.
    for (QAbstractButton *b : loop->banner()->findChildren<QAbstractButton *>())
        if (b->accessibleName() == QStringLiteral("Dismiss"))
            QTest::mouseClick(b, Qt::LeftButton);
    QVERIFY(!loop->banner()->isVisible());
    window->openWorkshop(w, QString());
    QVERIFY(loop->banner()->isVisible());
}

void TestLoop::reviewDialogSavesAndUndoes()
{
    Workshop w = decidedSample();
    w.signOff = SignOff{w.decider, QDateTime::currentDateTimeUtc()};
    WorkshopDocument doc;
    doc.reset(w, QString());
    doc.setAuthor(QStringLiteral("Priya"));
    const int id = reviewableCandidates(w).first();
    const Candidate before = *w.candidate(id);
    ReviewDialog dialog(&doc, id);
    dialog.show();
    QCOMPARE(dialog.currentId(), id);
    const auto &f = dialog.fields();
    QCOMPARE(f.reviewer->text(), QStringLiteral("Priya"));
    QCOMPARE(f.reviewedOn->date(), QDate::currentDate());
    f.baseline->setText(QStringLiteral("38 days"));
    f.target->setText(QStringLiteral("31 days"));
    f.confidence->setValue(70);
    f.shipped->setCurrentIndex(f.shipped->findData(int(Shipped::Partly)));
    f.actualEffort->setText(QStringLiteral("7.5"));
    f.actualValue->setText(QStringLiteral("34 days"));
    f.verdict->setCurrentIndex(f.verdict->findData(int(Verdict::Partly)));
    f.lesson->setPlainText(QStringLiteral("Peppol onboarding took three weeks on its own."));
    shoot(&dialog, QStringLiteral("review-dialog"));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    const Candidate *after = doc.workshop().candidate(id);
    QVERIFY(after->review);
    QCOMPARE(after->review->actualEffort, std::optional<double>(7.5));
    QCOMPARE(after->review->shipped, Shipped::Partly);
    QCOMPARE(after->review->verdict, Verdict::Partly);
    QCOMPARE(after->review->reviewer, QStringLiteral("Priya"));
    QCOMPARE(after->review->lesson,
             QStringLiteral("Peppol onboarding took three weeks on its own."));
    QCOMPARE(after->bet->confidence, 70.0);
    QVERIFY(dialog.problem().isEmpty());

    // Undo takes back the review, then the bet, exactly.
    doc.undoStack()->undo();
    QVERIFY(!doc.workshop().candidate(id)->review);
    QVERIFY(doc.workshop().candidate(id)->bet);
    doc.undoStack()->undo();
    QCOMPARE(*doc.workshop().candidate(id), before);
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(doc.workshop().candidate(id)->review->actualValue, QStringLiteral("34 days"));

    // Editing the review is another undo step; removing it too.
    dialog.setCurrentId(id);
    QCOMPARE(dialog.fields().actualEffort->text(), QStringLiteral("7.5"));
    f.verdict->setCurrentIndex(f.verdict->findData(int(Verdict::Hit)));
    QVERIFY(dialog.save());
    QCOMPARE(doc.workshop().candidate(id)->review->verdict, Verdict::Hit);
    doc.undoStack()->undo();
    QCOMPARE(doc.workshop().candidate(id)->review->verdict, Verdict::Partly);
    dialog.setCurrentId(id);
    dialog.removeReview();
    QVERIFY(!doc.workshop().candidate(id)->review);
    doc.undoStack()->undo();
    QVERIFY(doc.workshop().candidate(id)->review);
}

void TestLoop::reviewRefusals()
{
    Workshop w = decidedSample();
    w.signOff = SignOff{w.decider, QDateTime::currentDateTimeUtc()};
    WorkshopDocument doc;
    doc.reset(w, QString());
    const int id = reviewableCandidates(w).first();
    const QString key = w.candidate(id)->key;
    ReviewDialog dialog(&doc, id);
    const auto &f = dialog.fields();
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("abc"),
         key + QStringLiteral(": the actual effort \"abc\" is not a number.")},
        {QStringLiteral("-2"), key + QStringLiteral(": the actual effort -2 is negative.")},
        {QStringLiteral("nan"),
         key + QStringLiteral(": the actual effort must be a number, not nan.")},
        {QStringLiteral("inf"),
         key + QStringLiteral(": the actual effort must be a number, not inf.")},
    };
    for (const auto &[typed, message] : cases) {
        f.actualEffort->setText(typed);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.problem(), message);
        QVERIFY(!doc.workshop().candidate(id)->review);
    }
    shoot(&dialog, QStringLiteral("review-refused"));
    QVERIFY(!doc.undoStack()->canUndo());

    // Through the document: before sign-off, and on a candidate not committed.
    QSignalSpy refused(&doc, &WorkshopDocument::editRefused);
    Review r;
    r.reviewedOn = QDate::currentDate();
    int deferred = 0;
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Defer && !deferred)
            deferred = c.id;
    QVERIFY(!doc.setReview(deferred, r));
    QCOMPARE(refused.last().first().toString(),
             w.candidate(deferred)->key +
                 QStringLiteral(" cannot be reviewed: it is not committed (Defer)."));
    w.signOff = SignOff{};
    doc.reset(w, QString());
    QVERIFY(!doc.setReview(id, r));
    QCOMPARE(refused.last().first().toString(),
             key + QStringLiteral(" cannot be reviewed yet: the decisions are not signed off. A "
                                  "review looks back at a signed decision."));
    QVERIFY(!doc.setBet(id, Bet{QStringLiteral("DSO"), {}, {}, QDate(2027, 5, 1), 101}));
    QCOMPARE(refused.last().first().toString(),
             key + QStringLiteral(": the confidence 101 % is outside 0–100 %."));
    QVERIFY(!doc.undoStack()->canUndo());
}

void TestLoop::calibrationView()
{
    Workshop w = decidedSample();
    CalibrationDialog empty(w);
    QCOMPARE(empty.status(),
             QStringLiteral("Reviewed so far: 0. Calibration needs at least 10 reviews: 10 more."));
    QVERIFY(!empty.table()->isVisibleTo(&empty));
    empty.show();
    shoot(&empty, QStringLiteral("calibration-empty"));
}

void TestLoop::exportReviewDates()
{
    Workshop w = decidedSample();
    w.signOff = SignOff{w.decider, QDateTime::currentDateTimeUtc()};
    MainWindow *window = newWindow();
    window->openWorkshop(w, QString());
    const QString path = m_dir.filePath(QStringLiteral("gui.ics"));
    QVERIFY(window->reviewLoop()->exportReviewDates(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QCOMPARE(ics.count("BEGIN:VEVENT"), reviewableCandidates(w).size());
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    // The action sits in the File menu and the Review menu.
    QStringList menus;
    for (QObject *widget : window->reviewLoop()->exportAction()->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(widget))
            menus.append(menu->title());
    QCOMPARE(menus.size(), 2);
}

void TestLoop::cliExportsCalendar()
{
    Workshop w = decidedSample();
    w.signOff = SignOff{w.decider, QDateTime::currentDateTimeUtc()};
    const QString input = m_dir.filePath(QStringLiteral("cli.cutline"));
    QVERIFY(WorkshopFile::save(w, input));
    const QString output = m_dir.filePath(QStringLiteral("cli.ics"));
    QProcess cli;
    cli.start(QStringLiteral(CUTLINE_CLI),
              {QStringLiteral("export"), input, QStringLiteral("-o"), output});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(QStringLiteral("cli.ics")));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("BEGIN:VEVENT"), reviewableCandidates(w).size());

    // Nothing to put in a calendar: exit 1, and the message names the input.
    const QString unsignedFile = m_dir.filePath(QStringLiteral("undecided.cutline"));
    Workshop undecided = sampleWorkshop();
    for (Candidate &c : undecided.candidates)
        c.decision = Decision::Undecided;
    QVERIFY(WorkshopFile::save(undecided, unsignedFile));
    cli.start(QStringLiteral(CUTLINE_CLI), {QStringLiteral("export"), unsignedFile,
                                            QStringLiteral("-o"), m_dir.filePath("none.ics")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QCOMPARE(
        QString::fromUtf8(cli.readAllStandardError()).trimmed().split(QLatin1Char('\n')).last(),
        unsignedFile + QStringLiteral(": No committed candidate is waiting for a review on "
                                      "a date, so the calendar would be empty. Commit "
                                      "candidates and give them review dates first."));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.ics"))));
}

QTEST_MAIN(TestLoop)
#include "tst_loop.moc"
