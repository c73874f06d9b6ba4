// Drives the loop (issue 15) through the window: the sign-off with bets, the reviews-due banner
// on open (never a dialog), reviews typed into the review dialog and undone, the calibration
// view, the review dates as .ics from the GUI and the CLI, and a quarter reviewed end to end
// with the record's addendum read back from the PDF.
#include "core/decision/decisions.h"
#include "core/review/calibration.h"
#include "core/review/loop.h"
#include "core/sample/sampleworkshop.h"
#include "core/storage/workshopfile.h"
#include "render/record/decisionrecord.h"
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
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace cutline;

class TestLoop : public QObject
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
    void quarterReviewedEndToEnd();

private:
    // Answers the next modal dialog (not a message box) with `answer`.
    void onNextDialog(std::function<void(QDialog *)> answer);
    MainWindow *newWindow();
    // The sample with the plan adopted as decisions.
    static Workshop decidedSample();
    void shoot(QWidget *widget, const QString &name);
    QString pdfText(const QString &path);

    QList<MainWindow *> m_windows;
    QTemporaryDir m_dir;
    QString m_shots; // CUTLINE_SHOTS: where to keep pictures to look at; else the temp dir
};

void TestLoop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CutlineTests"));
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Marcus Lindqvist"));
    m_shots = qEnvironmentVariable("CUTLINE_SHOTS", m_dir.path());
}

void TestLoop::cleanup()
{
    for (MainWindow *w : std::as_const(m_windows)) {
        w->document()->markSaved();
        w->close();
        delete w;
    }
    m_windows.clear();
    qDeleteAll(findChildren<QTimer *>());
}

void TestLoop::onNextDialog(std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        // A failed check inside `answer` returns early: close the dialog so the test ends.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        answer(dialog);
    });
    timer->start();
}

MainWindow *TestLoop::newWindow()
{
    auto *window = new MainWindow;
    window->resize(1280, 800);
    window->show();
    m_windows.append(window);
    return window;
}

Workshop TestLoop::decidedSample()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), QString());
    doc.adoptPlan(makePlan(doc.workshop()));
    return doc.workshop();
}

void TestLoop::shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
}

QString TestLoop::pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(60000);
    // Lines wrap inside table cells: compare with single spaces.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
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

// The judged walk: the sample, committed and signed off with bets, its review dates passed,
// ten reviews typed into the dialog, calibration, and the record's addendum read back.
void TestLoop::quarterReviewedEndToEnd()
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

QTEST_MAIN(TestLoop)
#include "tst_loop.moc"
