// Tests the loop (issue 15) in core: bets and reviews through the file (and a version 2 file
// migrating), every refusal with its message, the reviews due, calibration against figures
// computed by hand, the .ics calendar parsed back, and the record's addendum.
#include "core/record/recordaddendum.h"
#include "core/review/calibration.h"
#include "core/review/loop.h"
#include "core/review/reviewcalendar.h"
#include "core/storage/schema.h"
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>
#include <limits>

using namespace cutline;

namespace {

void sqlOnFile(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

// A signed-off workshop: C-1 … C-n committed, each with a bet due on `due`.
Workshop signedWorkshop(int n, const QDate &due)
{
    Workshop w;
    w.title = QStringLiteral("Payments, 2027 Q1");
    w.date = QDate(2026, 12, 8);
    w.horizon = QStringLiteral("2027 Q1");
    w.decider = QStringLiteral("Marcus");
    w.capacity = 100;
    for (int i = 1; i <= n; ++i) {
        Candidate c;
        c.id = i;
        c.key = QStringLiteral("C-%1").arg(i);
        c.title = QStringLiteral("Candidate %1").arg(i);
        c.decision = Decision::Commit;
        c.effort = 2;
        c.reviewDate = due;
        c.bet = Bet{QStringLiteral("DSO"), QStringLiteral("38 days"), QStringLiteral("31 days"),
                    due, 70};
        w.candidates.append(c);
    }
    w.signOff =
        SignOff{QStringLiteral("Marcus"), QDateTime(QDate(2026, 12, 9), QTime(10, 0), Qt::UTC)};
    return w;
}

Review review(Verdict verdict, std::optional<double> effort, Shipped shipped = Shipped::Shipped)
{
    Review r;
    r.reviewedOn = QDate(2027, 5, 2);
    r.reviewer = QStringLiteral("Priya");
    r.shipped = shipped;
    r.actualEffort = effort;
    r.actualValue = QStringLiteral("33 days");
    r.verdict = verdict;
    r.lesson = QStringLiteral("Split the rollout; the bank sandbox, was slow.");
    return r;
}

// The calibration fixture: ten reviews whose figures are worked out by hand in the test.
Workshop calibrationWorkshop()
{
    Workshop w = signedWorkshop(10, QDate(2027, 4, 30));
    const double actuals[] = {1, 2, 2, 3, 3, 3, 4, 4, 6, 8}; // estimate 2 each
    const double confidence[] = {90, 80, 70, 60, 50, 90, 80, 100, 40, 60};
    const Verdict verdicts[] = {Verdict::Hit,    Verdict::Missed, Verdict::Hit, Verdict::Partly,
                                Verdict::Missed, Verdict::Hit,    Verdict::Hit, Verdict::Missed,
                                Verdict::Partly, Verdict::Missed};
    for (int i = 0; i < 10; ++i) {
        Candidate &c = w.candidates[i];
        c.kind = i < 7 ? Kind::Product : Kind::Platform;
        c.effortLow = 1;
        c.effortHigh = 3;
        c.bet->confidence = confidence[i];
        c.review = review(verdicts[i], actuals[i]);
    }
    return w;
}

// Unfolds an iCalendar text into its content lines (RFC 5545 3.1).
QStringList unfold(const QByteArray &ics)
{
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString());
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value[++i];
            out += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QChar(QLatin1Char('\n'))
                                                                          : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsBetsAndReviews();
    void migratesVersion2File();
    void refusesDamagedLoopValues_data();
    void refusesDamagedLoopValues();
    void betRefusals_data();
    void betRefusals();
    void actualEffortRefusals_data();
    void actualEffortRefusals();
    void reviewRefusals();
    void reviewsDue();
    void proposedBetFromCandidate();
    void quantiles();
    void calibrationByHand();
    void calibrationBelowMinimum();
    void calendarParsesBack();
    void calendarFoldsAndEscapes();
    void calendarRefusesEmpty();
    void addendumContent();
    void betsInCommittedSection();
};

void TestReview::roundTripsBetsAndReviews()
{
    Workshop w = signedWorkshop(4, QDate(2027, 4, 30));
    w.candidates[0].review = review(Verdict::Hit, 2.5);
    w.candidates[1].review = review(Verdict::Partly, std::nullopt, Shipped::Partly);
    w.candidates[2].bet.reset();
    w.candidates[3].bet->baseline.clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loop.cutline"));
    const Status saved = WorkshopFile::save(w, path);
    QVERIFY2(saved, qPrintable(saved.error()));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded.value(), w);
    QCOMPARE(loaded.value().candidates[0].review->actualEffort, std::optional<double>(2.5));
    QVERIFY(!loaded.value().candidates[1].review->actualEffort);
    QCOMPARE(loaded.value().candidates[1].review->shipped, Shipped::Partly);
    QVERIFY(!loaded.value().candidates[2].bet);
    QCOMPARE(loaded.value().candidates[0].review->lesson,
             QStringLiteral("Split the rollout; the bank sandbox, was slow."));
}

void TestReview::migratesVersion2File()
{
    // A version 2 file: what this version writes, without version 3's tables.
    const Workshop original = test::fullWorkshop(8);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.cutline"));
    QVERIFY(WorkshopFile::save(original, path));
    const QStringList v2 = schema::statements(2);
    QStringList drops;
    static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (\\w+)"));
    for (const QString &sql : schema::statements(3))
        if (!v2.contains(sql))
            if (const auto m = createTable.match(sql); m.hasMatch())
                drops.append(QStringLiteral("DROP TABLE %1;").arg(m.captured(1)));
    QVERIFY(!drops.isEmpty());
    sqlOnFile(path, drops.join(QLatin1Char(' ')) + QStringLiteral(" PRAGMA user_version = 2;"));
    const QByteArray before = test::readAll(path);
    QCOMPARE(int(quint8(before[63])), 2);

    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    // Version 2 had no odds settings: the defaults, everything else as saved.
    Workshop expected = original;
    expected.odds = OddsSettings{};
    QCOMPARE(loaded.value(), expected);
    for (const Candidate &c : loaded.value().candidates)
        QVERIFY(!c.bet && !c.review);
    QCOMPARE(test::readAll(path), before); // migrated in memory only

    // Saved again, it is version 3 and keeps a bet and a review.
    Workshop w = loaded.value();
    w.signOff = SignOff{QStringLiteral("Jon"), QDateTime(QDate(2026, 12, 9), QTime(9, 0), Qt::UTC)};
    const int committed =
        int(std::find_if(w.candidates.begin(), w.candidates.end(),
                         [](const Candidate &c) { return c.decision == Decision::Commit; }) -
            w.candidates.begin());
    w.candidates[committed].bet = Bet{QStringLiteral("DSO"), QStringLiteral("38"),
                                      QStringLiteral("31"), QDate(2027, 4, 30), 65};
    w.candidates[committed].review = review(Verdict::Missed, 7);
    QVERIFY(WorkshopFile::save(w, path));
    QCOMPARE(int(quint8(test::readAll(path)[63])), schema::kCurrentVersion);
    const Result<Workshop> again = WorkshopFile::load(path);
    QVERIFY2(again, qPrintable(again ? QString() : again.error()));
    QCOMPARE(again.value(), w);
}

void TestReview::refusesDamagedLoopValues_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("confidence") << "UPDATE bet SET confidence = 150 WHERE candidate_id = 1"
                                << "C-1: the confidence 150 % is outside 0–100 %.";
    QTest::newRow("bet date") << "UPDATE bet SET review_date = 'soon' WHERE candidate_id = 2"
                              << "C-2: the bet's review date \"soon\" is not a date";
    QTest::newRow("negative effort")
        << "UPDATE review SET actual_effort = -3 WHERE candidate_id = 1"
        << "C-1: the actual effort -3 is negative.";
    QTest::newRow("verdict") << "UPDATE review SET verdict = 'great' WHERE candidate_id = 1"
                             << "C-1: the review's outcome \"shipped\"/\"great\" is unknown";
}

void TestReview::refusesDamagedLoopValues()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    Workshop w = signedWorkshop(2, QDate(2027, 4, 30));
    w.candidates[0].review = review(Verdict::Hit, 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.cutline"));
    QVERIFY(WorkshopFile::save(w, path));
    sqlOnFile(path, sql);
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
}

void TestReview::betRefusals_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("message");
    QTest::newRow("above") << 120.0 << "C-4: the confidence 120 % is outside 0–100 %.";
    QTest::newRow("below") << -1.0 << "C-4: the confidence -1 % is outside 0–100 %.";
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN()
                         << "C-4: the confidence nan % is outside 0–100 %.";
}

void TestReview::betRefusals()
{
    QFETCH(double, confidence);
    QFETCH(QString, message);
    Bet bet{QStringLiteral("DSO"), {}, {}, QDate(2027, 1, 1), confidence};
    QCOMPARE(betProblem(QStringLiteral("C-4"), bet), std::optional<QString>(message));
    bet.confidence = 100;
    QVERIFY(!betProblem(QStringLiteral("C-4"), bet));
    bet.reviewDate = QDate();
    QCOMPARE(betProblem(QStringLiteral("C-4"), bet),
             std::optional<QString>(QStringLiteral("C-4: the bet needs a review date.")));
}

void TestReview::actualEffortRefusals_data()
{
    QTest::addColumn<double>("effort");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative") << -2.0 << "C-2: the actual effort -2 is negative.";
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN()
                         << "C-2: the actual effort must be a number, not nan.";
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity()
                              << "C-2: the actual effort must be a number, not inf.";
}

void TestReview::actualEffortRefusals()
{
    QFETCH(double, effort);
    QFETCH(QString, message);
    Review r = review(Verdict::Hit, 3);
    QCOMPARE(setActualEffort(r, QStringLiteral("C-2"), effort), std::optional<QString>(message));
    QCOMPARE(r.actualEffort, std::optional<double>(3)); // unchanged
    r.actualEffort = effort;
    QCOMPARE(reviewProblem(QStringLiteral("C-2"), r), std::optional<QString>(message));
    QVERIFY(!setActualEffort(r, QStringLiteral("C-2"), 0));
    QCOMPARE(r.actualEffort, std::optional<double>(0));
}

void TestReview::reviewRefusals()
{
    Workshop w = signedWorkshop(2, QDate(2027, 4, 30));
    w.candidates[1].decision = Decision::Defer;
    QVERIFY(!reviewRefusal(w, 1));
    QCOMPARE(reviewRefusal(w, 2),
             std::optional<QString>(QStringLiteral("C-2 cannot be reviewed: it is not committed "
                                                   "(Defer).")));
    w.signOff = SignOff{};
    QCOMPARE(reviewRefusal(w, 1),
             std::optional<QString>(QStringLiteral("C-1 cannot be reviewed yet: the decisions are "
                                                   "not signed off. A review looks back at a "
                                                   "signed decision.")));
    Review r = review(Verdict::Hit, 1);
    r.reviewedOn = QDate();
    QCOMPARE(reviewProblem(QStringLiteral("C-1"), r),
             std::optional<QString>(QStringLiteral("C-1: the review needs the date it was made.")));
}

void TestReview::reviewsDue()
{
    const QDate today(2027, 5, 1);
    Workshop w = signedWorkshop(5, QDate(2027, 4, 30));
    w.candidates[1].bet->reviewDate = today;             // due today
    w.candidates[2].bet->reviewDate = QDate(2027, 5, 2); // tomorrow: not yet
    w.candidates[3].review = review(Verdict::Hit, 2);    // done
    w.candidates[4].bet.reset();                         // falls back to the candidate's date
    QCOMPARE(dueReviews(w, today), (QList<int>{1, 2, 5}));
    QCOMPARE(dueReviewsMessage(w, today), QStringLiteral("Due for review: C-1, C-2, C-5."));
    QCOMPARE(reviewDueDate(w.candidates[4]), QDate(2027, 4, 30));
    w.signOff = SignOff{};
    QVERIFY(dueReviews(w, today).isEmpty());
    QVERIFY(dueReviewsMessage(w, today).isEmpty());
}

void TestReview::proposedBetFromCandidate()
{
    Workshop w = signedWorkshop(1, QDate(2027, 4, 30));
    Candidate c = w.candidates[0];
    c.bet.reset();
    c.metric = QStringLiteral("Conversion");
    c.successMetric = QStringLiteral("Checkout conversion ≥ 3.5 %");
    Bet b = proposedBet(w, c);
    QCOMPARE(b.metric, QStringLiteral("Checkout conversion ≥ 3.5 %"));
    QCOMPARE(b.reviewDate, QDate(2027, 4, 30));
    QCOMPARE(b.confidence, 50.0);
    c.successMetric.clear();
    c.reviewDate = QDate();
    b = proposedBet(w, c);
    QCOMPARE(b.metric, QStringLiteral("Conversion"));
    QCOMPARE(b.reviewDate, QDate(2027, 3, 31).addDays(28)); // horizon end + the review delay
}

void TestReview::quantiles()
{
    const QList<double> v{0.5, 1, 1, 1.5, 1.5, 1.5, 2, 2, 3, 4};
    QCOMPARE(quantile(v, 0.5), 1.5);
    QCOMPARE(quantile(v, 0.25), 1.125); // h = 2.25: 1 + 0.25 × (1.5 − 1)
    QCOMPARE(quantile(v, 0.75), 2.0);   // h = 6.75: 2 + 0.75 × (2 − 2)
    QCOMPARE(quantile({2, 3, 4}, 0.25), 2.5);
    QCOMPARE(quantile({7}, 0.9), 7.0);
}

void TestReview::calibrationByHand()
{
    const Calibration cal = calibrate(calibrationWorkshop());
    QVERIFY(cal.enough());
    QCOMPARE(cal.reviewed, 10);
    // Ratios actual/2: 0.5 1 1 1.5 1.5 1.5 2 2 3 4.
    const EffortCalibration &e = cal.workshop.effort;
    QCOMPARE(e.count, 10);
    QCOMPARE(e.median, 1.5);
    QCOMPARE(e.q1, 1.125);
    QCOMPARE(e.q3, 2.0);
    QCOMPARE(e.ranged, 10);
    QCOMPARE(e.inside, 6); // 1 2 2 3 3 3 lie in 1..3
    // Brier: .01 + .64 + .09 + .01 + .25 + .01 + .04 + 1 + .01 + .36 = 2.42 over 10.
    const BetCalibration &b = cal.workshop.bets;
    QCOMPARE(b.count, 10);
    QVERIFY(qFuzzyCompare(b.brier, 0.242));
    QCOMPARE(b.meanConfidence, 72.0);
    QCOMPARE(b.hitRate, 50.0); // 4 hits and 2 partly of 10
    // Per kind: product C-1…C-7, platform C-8…C-10.
    QCOMPARE(cal.kinds.size(), 2);
    QCOMPARE(cal.kinds[0].name, kindName(Kind::Product));
    QCOMPARE(cal.kinds[0].effort.median, 1.5);
    QCOMPARE(cal.kinds[0].effort.q1, 1.0);
    QCOMPARE(cal.kinds[0].effort.q3, 1.5);
    QCOMPARE(cal.kinds[0].effort.inside, 6); // 6 of 7 inside: no suggestion for the ranges
    QCOMPARE(cal.kinds[1].name, kindName(Kind::Platform));
    QCOMPARE(cal.kinds[1].effort.median, 3.0);
    QCOMPARE(cal.kinds[1].effort.inside, 0);
    QVERIFY(qFuzzyCompare(cal.kinds[1].bets.brier, (1.0 + 0.01 + 0.36) / 3));
    QCOMPARE(cal.suggestions,
             (QStringList{
                 QStringLiteral("Efforts ran 1.5× long (median of 10): consider scaling new "
                                "estimates by 1.5."),
                 QStringLiteral("Only 6 of 10 actuals landed inside the stated 80 % range: "
                                "widen the ranges."),
                 QStringLiteral("Bets were overconfident: 72 % confidence on average, targets "
                                "hit 50 % of the time."),
                 QStringLiteral("Product: efforts ran 1.5× long (median of 7): consider scaling "
                                "new estimates by 1.5."),
                 QStringLiteral("Platform: efforts ran 3.0× long (median of 3): consider scaling "
                                "new estimates by 3.0."),
                 QStringLiteral("Platform: only 0 of 3 actuals landed inside the stated 80 % "
                                "range: widen the ranges."),
                 QStringLiteral("Platform: bets were overconfident: 67 % confidence on average, "
                                "targets hit 17 % of the time."),
             }));
    QCOMPARE(calibrationStatus(cal), QStringLiteral("Calibration over 10 reviewed candidates."));
}

void TestReview::calibrationBelowMinimum()
{
    Workshop w = calibrationWorkshop();
    w.candidates[9].review.reset();
    w.candidates[8].review->shipped = Shipped::Cancelled; // its effort is not compared
    const Calibration cal = calibrate(w);
    QVERIFY(!cal.enough());
    QCOMPARE(cal.moreNeeded(), 1);
    QCOMPARE(cal.workshop.effort.count, 8);
    QVERIFY(cal.suggestions.isEmpty());
    QCOMPARE(calibrationStatus(cal),
             QStringLiteral("Reviewed so far: 9. Calibration needs at least 10 reviews: 1 more."));
    const Section s = calibrationSection(w);
    QCOMPARE(s.paragraphs, QStringList{calibrationStatus(cal)});
    QVERIFY(!s.table);
}

void TestReview::calendarParsesBack()
{
    Workshop w = signedWorkshop(3, QDate(2027, 4, 30));
    w.candidates[1].review = review(Verdict::Hit, 2); // reviewed: no event
    w.candidates[2].bet->reviewDate = QDate(2027, 5, 14);
    w.candidates[2].owner = QStringLiteral("Sofia");
    const QDateTime stamp(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const Result<QByteArray> ics = reviewCalendar(w, stamp);
    QVERIFY2(ics, qPrintable(ics ? QString() : ics.error()));
    const QByteArray &bytes = ics.value();
    // CRLF everywhere, and no bare LF.
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    const QStringList lines = unfold(bytes);
    QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
    QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
    QVERIFY(lines.contains(QStringLiteral("PRODID:-//Cutline//Review dates//EN")));
    QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 2);
    QCOMPARE(lines.count(QStringLiteral("END:VEVENT")), 2);
    QCOMPARE(lines.count(QStringLiteral("DTSTAMP:20270102T030405Z")), 2);
    QVERIFY(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20270430")));
    QVERIFY(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20270514")));
    QVERIFY(lines.contains(QStringLiteral("DTEND;VALUE=DATE:20270515")));
    QVERIFY(lines.contains(QStringLiteral("SUMMARY:Review C-1: Candidate 1")));
    QStringList uids, descriptions;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("UID:")))
            uids.append(line.mid(4));
        if (line.startsWith(QLatin1String("DESCRIPTION:")))
            descriptions.append(unescape(line.mid(12)));
    }
    QCOMPARE(uids.size(), 2);
    QVERIFY(uids[0] != uids[1]);
    QVERIFY(uids[0].endsWith(QLatin1String("-1@cutline")));
    QCOMPARE(descriptions[1],
             QStringLiteral("Review of C-3 Candidate 3 from the workshop \"Payments, 2027 Q1\".\n"
                            "Metric: DSO\nFrom 38 days to 31 days\nConfidence at sign-off: 70 %\n"
                            "Owner: Sofia\nEstimated effort: 2 person-weeks"));
    // The same workshop exports the same UIDs, so calendars update instead of duplicating.
    QCOMPARE(reviewCalendar(w, stamp.addDays(3)).value().count("UID:"), 2);
    QVERIFY(reviewCalendar(w, stamp.addDays(3)).value().contains(uids[0].toUtf8()));
}

void TestReview::calendarFoldsAndEscapes()
{
    QCOMPARE(ical::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    const QByteArray short75 = ical::foldLine(QString(75, QLatin1Char('x')));
    QCOMPARE(short75, QByteArray(75, 'x') + "\r\n");
    const QByteArray folded = ical::foldLine(QString(160, QLatin1Char('y')));
    const QList<QByteArray> parts = folded.split('\n');
    QCOMPARE(parts[0], QByteArray(75, 'y') + "\r");
    QCOMPARE(parts[1], " " + QByteArray(74, 'y') + "\r");
    QCOMPARE(parts[2], " " + QByteArray(11, 'y') + "\r");
    QCOMPARE(parts.size(), 4); // the last line ends with CRLF too
    // Multi-byte characters are never split: every physical line stays valid UTF-8.
    const QString umlauts = QStringLiteral("SUMMARY:") + QString(60, QChar(0x00FC)); // ü, 2 octets
    const QByteArray u = ical::foldLine(umlauts);
    for (const QByteArray &line : u.split('\n')) {
        const QByteArray body = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY(body.size() <= 75);
        QCOMPARE(QString::fromUtf8(body).toUtf8(), body);
        QVERIFY(!QString::fromUtf8(body).contains(QChar::ReplacementCharacter));
    }
    QCOMPARE(QString::fromUtf8(u).remove(QStringLiteral("\r\n ")).remove(QStringLiteral("\r\n")),
             umlauts);

    // A whole calendar: long, escaped values come back exactly.
    Workshop w = signedWorkshop(1, QDate(2027, 4, 30));
    w.candidates[0].title = QStringLiteral("Approvals; for invoices, over 10 000 € \\ with "
                                           "a very long title that needs folding, twice over");
    const QByteArray ics = reviewCalendar(w, QDateTime::currentDateTimeUtc()).value();
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY2(line.chopped(line.endsWith('\r') ? 1 : 0).size() <= 75, line.constData());
    QString summary;
    for (const QString &line : unfold(ics))
        if (line.startsWith(QLatin1String("SUMMARY:")))
            summary = unescape(line.mid(8));
    QCOMPARE(summary, QStringLiteral("Review C-1: ") + w.candidates[0].title);
}

void TestReview::calendarRefusesEmpty()
{
    Workshop w = signedWorkshop(2, QDate(2027, 4, 30));
    for (Candidate &c : w.candidates)
        c.review = review(Verdict::Hit, 1);
    const Result<QByteArray> ics = reviewCalendar(w, QDateTime::currentDateTimeUtc());
    QVERIFY(!ics);
    QCOMPARE(ics.error(), QStringLiteral("No committed candidate is waiting for a review on a "
                                         "date, so the calendar would be empty. Commit "
                                         "candidates and give them review dates first."));
    QTemporaryDir dir;
    const Status unwritable =
        writeReviewCalendar(signedWorkshop(1, QDate(2027, 4, 30)),
                            dir.filePath(QStringLiteral("missing/folder/r.ics")));
    QVERIFY(!unwritable);
    QCOMPARE(unwritable.errorCode(), ErrorCode::Unwritable);
    QVERIFY(unwritable.error().contains(QLatin1String("r.ics could not be written")));
}

void TestReview::addendumContent()
{
    Workshop w = calibrationWorkshop();
    const QList<Section> sections = addendumSections(w);
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections[0].id, SectionId::Addendum);
    QCOMPARE(sections[0].title, QStringLiteral("Addendum: reviews after shipping"));
    QCOMPARE(sections[0].paragraphs.first(),
             QStringLiteral("Added after the sign-off of 2026-12-09 10:00 UTC; the signed record "
                            "above is unchanged. Last review: 2027-05-02."));
    QCOMPARE(sections[0].table->rows.size(), 10);
    const QStringList first = sections[0].table->rows[0];
    QCOMPARE(first[0], QStringLiteral("C-1 Candidate 1\nreviewed 2027-05-02 by Priya"));
    QCOMPARE(first[1], QStringLiteral("DSO\n38 days → 31 days\n90 % confident"));
    QCOMPARE(first[3], QStringLiteral("estimated 2 (1–3)\nactual 1 person-weeks"));
    QCOMPARE(first[5], QStringLiteral("Hit"));
    QCOMPARE(sections[1].title, QStringLiteral("Addendum: calibration"));
    QCOMPARE(sections[1].table->rows[0][2],
             QStringLiteral("median 1.50×, middle half 1.13–2.00×, n = 10"));
    QCOMPARE(sections[1].table->rows[0][3], QStringLiteral("6 of 10 (60 %)"));
    QCOMPARE(sections[1].table->rows[0][4],
             QStringLiteral("0.242 (n = 10); 72 % confident, 50 % hit"));
    QCOMPARE(sections[1].bullets, calibrate(w).suggestions);

    // The signed sections do not change because of reviews.
    Workshop unreviewed = w;
    for (Candidate &c : unreviewed.candidates)
        c.review.reset();
    const QList<Section> signedPart = recordSections(unreviewed, makePlan(unreviewed));
    const QList<Section> withReviews = recordSections(w, makePlan(w));
    QCOMPARE(withReviews.size(), signedPart.size());
    for (qsizetype i = 0; i < signedPart.size(); ++i) {
        QCOMPARE(withReviews[i].paragraphs, signedPart[i].paragraphs);
        QCOMPARE(withReviews[i].bullets, signedPart[i].bullets);
        QCOMPARE(withReviews[i].table.has_value(), signedPart[i].table.has_value());
        if (signedPart[i].table)
            QCOMPARE(withReviews[i].table->rows, signedPart[i].table->rows);
    }

    w.candidates[9].review.reset();
    QCOMPARE(addendumSections(w)[0].paragraphs.last(),
             QStringLiteral("Not reviewed yet: C-10 (due 2027-04-30)."));
    for (Candidate &c : w.candidates)
        c.review.reset();
    QVERIFY(addendumSections(w).isEmpty()); // nothing added to a record without reviews
}

void TestReview::betsInCommittedSection()
{
    Workshop w = signedWorkshop(2, QDate(2027, 4, 30));
    w.candidates[1].bet.reset();
    const QList<Section> sections = recordSections(w, makePlan(w));
    const Section &committed = sections[1];
    QCOMPARE(committed.id, SectionId::Committed);
    QVERIFY(committed.extra);
    QCOMPARE(committed.extra->rows,
             (QList<QStringList>{{QStringLiteral("C-1 Candidate 1"), QStringLiteral("DSO"),
                                  QStringLiteral("38 days"), QStringLiteral("31 days"),
                                  QStringLiteral("2027-04-30"), QStringLiteral("70 %")}}));
    for (Candidate &c : w.candidates)
        c.bet.reset();
    QVERIFY(!recordSections(w, makePlan(w))[1].extra);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
