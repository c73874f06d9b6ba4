// Tests core/tracker's round trip: the re-import's diff and its conflicts, the decisions back as
// CSV for the tracker, and the tracker source kept through a save (and migrated from version 2).
#include "core/storage/memorydatabase.h"
#include "core/storage/schema.h"
#include "core/storage/workshopfile.h"
#include "core/tracker/reimport.h"
#include "core/tracker/trackerexport.h"
#include "core/tracker/trackerimport.h"
#include "tests/common/trackerdata.h"

#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cutline;
using namespace cutline::test;

class TestTrackerRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reimportDiff();
    void reimportConflicts();
    void reimportIsIdempotent();
    void exportForTracker();
    void sourceRoundTrip();
    void version2FileMigrates();
};

void TestTrackerRoundTrip::reimportDiff()
{
    const Workshop first = importOk(QStringLiteral("jira-all-fields.csv")).workshop;
    const TrackerImport second = importOk(QStringLiteral("jira-reimport.csv"));
    const ReimportDiff diff = Reimport::diff(first, second);
    QCOMPARE(diff.added.size(), 1);
    QCOMPARE(diff.added.first().key, QStringLiteral("PAY-111"));
    QCOMPARE(diff.changed.size(), 3);
    QCOMPARE(diff.conflicts(), 0);
    QCOMPARE(diff.gone, QList<int>{byKey(first, QStringLiteral("PAY-108")).id});
    QCOMPARE(Reimport::describe(first, diff),
             QStringList({"+ PAY-111 Apple Pay (new)",
                          "~ PAY-101 title: \"Checkout with saved cards\" → \"Checkout with "
                          "saved cards and wallets\"",
                          "~ PAY-102 effort: \"3\" → \"5\"",
                          "~ PAY-104 title: \"One-click reorder\" → \"Reorder in one click "
                          "(tracker)\"",
                          "+ link: PAY-111 requires PAY-101",
                          "- PAY-108 Replace the hand-rolled retry loop (gone from the export)"}));
    const ReimportResult merged = Reimport::apply(first, second, diff, ConflictChoice::KeepCutline);
    const Workshop &w = merged.workshop;
    QCOMPARE(w.candidates.size(), 9);
    QCOMPARE(byKey(w, QStringLiteral("PAY-102")).effort, 5.0);
    QVERIFY(linked(w, QStringLiteral("PAY-111"), QStringLiteral("PAY-101")));
    QCOMPARE(merged.warnings, QStringList({"PAY-108 is no longer in the export, or is done; it "
                                           "stays in the workshop with its decision."}));
}

void TestTrackerRoundTrip::reimportConflicts()
{
    Workshop first = importOk(QStringLiteral("jira-all-fields.csv")).workshop;
    // Edited in Cutline: PAY-101's title (the tracker changed it too) and PAY-105's effort
    // (the tracker did not): only the first is a conflict.
    Candidate *c101 = first.candidate(byKey(first, QStringLiteral("PAY-101")).id);
    c101->title = QStringLiteral("Saved cards (workshop wording)");
    c101->problem = QStringLiteral("Customers retype cards");
    first.candidate(byKey(first, QStringLiteral("PAY-105")).id)->effort = 2;
    const TrackerImport second = importOk(QStringLiteral("jira-reimport.csv"));
    const ReimportDiff diff = Reimport::diff(first, second);
    QCOMPARE(diff.conflicts(), 1);
    QVERIFY(Reimport::describe(first, diff)
                .contains(QStringLiteral(
                    "! PAY-101 title: edited in Cutline to \"Saved cards (workshop wording)\", "
                    "changed in the tracker from \"Checkout with saved cards\" to \"Checkout "
                    "with saved cards and wallets\"")));
    const ReimportResult kept = Reimport::apply(first, second, diff, ConflictChoice::KeepCutline);
    QCOMPARE(byKey(kept.workshop, QStringLiteral("PAY-101")).title,
             QStringLiteral("Saved cards (workshop wording)"));
    QCOMPARE(byKey(kept.workshop, QStringLiteral("PAY-101")).problem,
             QStringLiteral("Customers retype cards"));
    QCOMPARE(byKey(kept.workshop, QStringLiteral("PAY-105")).effort, 2.0);
    QCOMPARE(kept.warnings.first(),
             QStringLiteral("PAY-101: the title was edited in Cutline and changed in the tracker; "
                            "Cutline's \"Saved cards (workshop wording)\" is kept (the tracker "
                            "has \"Checkout with saved cards and wallets\")."));
    const ReimportResult taken = Reimport::apply(first, second, diff, ConflictChoice::TakeTracker);
    QCOMPARE(byKey(taken.workshop, QStringLiteral("PAY-101")).title,
             QStringLiteral("Checkout with saved cards and wallets"));
    // Field by field: keep Cutline's by default, but flip this one.
    const ReimportResult flipped = Reimport::apply(first, second, diff, ConflictChoice::KeepCutline,
                                                   {{c101->id, int(Field::Title)}});
    QCOMPARE(byKey(flipped.workshop, QStringLiteral("PAY-101")).title,
             QStringLiteral("Checkout with saved cards and wallets"));
    // The conflict is settled: the next re-import of the same export sees no change.
    QCOMPARE(Reimport::diff(kept.workshop, second).conflicts(), 0);
    QCOMPARE(Reimport::diff(kept.workshop, second).changed.size(), 0);
}

void TestTrackerRoundTrip::reimportIsIdempotent()
{
    const TrackerImport r = importOk(QStringLiteral("jira-all-fields.csv"));
    const ReimportDiff diff = Reimport::diff(r.workshop, r);
    QVERIFY(diff.isEmpty());
    QVERIFY(diff.gone.isEmpty());
    QCOMPARE(diff.unchanged, 8);
    QCOMPARE(Reimport::apply(r.workshop, r, diff, ConflictChoice::KeepCutline).workshop,
             r.workshop);
}

void TestTrackerRoundTrip::exportForTracker()
{
    Workshop w = importOk(QStringLiteral("jira-all-fields.csv")).workshop;
    w.capacity = 6;
    for (Candidate &c : w.candidates)
        c.impact = 5;
    Candidate typed;
    typed.id = w.nextId();
    typed.key = QStringLiteral("C-1");
    typed.title = QStringLiteral("Typed in the room");
    w.candidates.append(typed);
    w.candidate(byKey(w, QStringLiteral("PAY-108")).id)->decision = Decision::Drop;
    w.candidate(byKey(w, QStringLiteral("PAY-108")).id)->rationale = QStringLiteral("not now");
    const TrackerCsvExport out =
        TrackerExport::write(w, TrackerFormat::Jira, [&](int id) -> std::optional<double> {
            if (w.candidate(id)->key == QLatin1String("PAY-105"))
                return 0.875;
            return std::nullopt;
        });
    QCOMPARE(out.written, 8);
    QCOMPARE(out.skipped, 1);
    const QStringList lines = QString::fromUtf8(out.csv).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), QStringLiteral("Issue key,Cutline decision,Cutline reason,Cutline "
                                           "rank,Cutline P(in plan)"));
    // Mandatory compliance work (PAY-107, PAY-110) fills the capacity of 6 points.
    QCOMPARE(lines.at(1), QStringLiteral("PAY-107,undecided,in the plan,1,"));
    QCOMPARE(lines.at(3), QStringLiteral("PAY-105,undecided,would exceed capacity by 1 story "
                                         "points; no feasible plan can include it,3,0.875"));
    QCOMPARE(lines.at(8), QStringLiteral("PAY-108,drop,not now,8,"));
    QCOMPARE(TrackerExport::columns(TrackerFormat::GitHub).first(), QStringLiteral("Number"));
}

void TestTrackerRoundTrip::sourceRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cutline"));
    Workshop w = importOk(QStringLiteral("jira-all-fields.csv")).workshop;
    w.title = QStringLiteral("Round trip");
    QVERIFY(WorkshopFile::save(w, path));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    QCOMPARE(loaded.value(), w);
    QCOMPARE(byKey(loaded.value(), QStringLiteral("PAY-108")).source.imported.value("due"),
             QStringLiteral("31/Foo/26 9:00 AM"));
}

void TestTrackerRoundTrip::version2FileMigrates()
{
    // A version 2 file, as Cutline wrote it before tracker sources existed.
    MemoryDatabase db;
    for (const QString &sql : schema::statements(2))
        QVERIFY(db.exec(sql));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO workshop (id, title, objective, horizon, date, facilitator, decider, "
        "capacity, capacity_unit, notes) VALUES (1, 'Old', '', '', '', '', '', 10, "
        "'person-weeks', '')")));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO candidate VALUES (1, 0, 'C-1', 'Typed', '', 'product', '', '', '', '', '', "
        "2, NULL, NULL, 5, 100, 1, 1, 0, 0, 'undecided', '', '', '', '')")));
    QVERIFY(db.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)));
    QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 2")));
    const Result<QByteArray> image = db.image();
    QVERIFY(image);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.cutline"));
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(image.value());
    QVERIFY(file.commit());
    Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    QCOMPARE(loaded.value().candidates.size(), 1);
    QVERIFY(!loaded.value().candidates.first().source.isImported());
    // Saved as version 3, a source survives.
    Workshop w = loaded.value();
    w.candidates.first().source = {QStringLiteral("jira"),
                                   QStringLiteral("OLD-1"),
                                   QStringLiteral("To Do"),
                                   {{QStringLiteral("title"), QStringLiteral("Typed")}}};
    QVERIFY(WorkshopFile::save(w, path));
    QCOMPARE(WorkshopFile::load(path).value(), w);
}

QTEST_GUILESS_MAIN(TestTrackerRoundTrip)
#include "tst_trackerroundtrip.moc"
