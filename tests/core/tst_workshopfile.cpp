// Tests .cutline files: every field round-trips, and every damaged or hostile file is refused
// with its own message while its bytes (and its folder) stay exactly as they were.
#include "core/storage/memorydatabase.h"
#include "core/storage/schema.h"
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cutline;

class TestWorkshopFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripsEveryField();
    void roundTripsEmptyWorkshop();
    void fileIsMarkedAsCutline();
    void saveReplacesAtomically();
    void saveRefusals();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void truncatedAtManyOffsets();
    void unreadableFile();
    void refusesRealDamagedFiles();
    void migrationMechanism();
    void migratesVersion1File();
    void keepsScoringAndDecisionsThroughSave();

private:
    QString goodFile(const QString &name);
    QScopedPointer<QTemporaryDir> m_dir;
};

namespace {

// Runs SQL on a file with SQLite itself, as another program (or an attacker) would.
void sqlOnFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

void patch(QByteArray &bytes, int offset, const QByteArray &with)
{
    bytes.replace(offset, with.size(), with);
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QStringList folderListing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

void TestWorkshopFile::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

QString TestWorkshopFile::goodFile(const QString &name)
{
    const QString path = m_dir->filePath(name);
    const Status saved = WorkshopFile::save(test::fullWorkshop(12), path);
    if (!saved)
        qWarning() << saved.error();
    return path;
}

void TestWorkshopFile::roundTripsEveryField()
{
    const Workshop original = test::fullWorkshop(25);
    const QString path = m_dir->filePath(QStringLiteral("full.cutline"));
    const Status saved = WorkshopFile::save(original, path);
    QVERIFY2(saved, qPrintable(saved.error()));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded.value(), original);
    // Link order is kept too, not just the set.
    QCOMPARE(loaded.value().dependencies, original.dependencies);
}

void TestWorkshopFile::roundTripsEmptyWorkshop()
{
    const Workshop empty;
    const QString path = m_dir->filePath(QStringLiteral("empty.cutline"));
    QVERIFY(WorkshopFile::save(empty, path));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded.value(), empty);
}

void TestWorkshopFile::fileIsMarkedAsCutline()
{
    const QByteArray bytes = test::readAll(goodFile(QStringLiteral("a.cutline")));
    QVERIFY(bytes.startsWith("SQLite format 3"));
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 68), schema::kApplicationId);
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 60), quint32(schema::kCurrentVersion));
    QCOMPARE(int(bytes.at(18)), 1); // rollback journal, not WAL
    QCOMPARE(int(bytes.at(19)), 1);
}

void TestWorkshopFile::saveReplacesAtomically()
{
    const QString path = goodFile(QStringLiteral("a.cutline"));
    Workshop changed = test::fullWorkshop(3);
    changed.title = QStringLiteral("Changed");
    QVERIFY(WorkshopFile::save(changed, path));
    QCOMPARE(WorkshopFile::load(path).value().title, QStringLiteral("Changed"));
    // Nothing is left beside the file: no temporary copy, no journal.
    QCOMPARE(folderListing(m_dir->path()), QStringList{QStringLiteral("a.cutline")});
}

void TestWorkshopFile::saveRefusals()
{
    const QString nowhere = m_dir->filePath(QStringLiteral("missing/folder/x.cutline"));
    const Status s = WorkshopFile::save(test::fullWorkshop(2), nowhere);
    QVERIFY(!s);
    QVERIFY2(s.error().startsWith(nowhere + QStringLiteral(" cannot be written")),
             qPrintable(s.error()));

    const QString path = goodFile(QStringLiteral("keep.cutline"));
    const QByteArray before = test::readAll(path);
    Workshop bad = test::fullWorkshop(2);
    bad.candidates[0].impact = 11;
    const Status refused = WorkshopFile::save(bad, path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("C-1: impact 11 is outside 0–10.")),
             qPrintable(refused.error()));
    QCOMPARE(test::readAll(path), before);
}

void TestWorkshopFile::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("missing") << "missing"
                             << "does not exist." << ErrorCode::NotFound;
    QTest::newRow("directory") << "directory"
                               << "is a folder, not a Cutline workshop file."
                               << ErrorCode::Unreadable;
    QTest::newRow("empty") << "empty"
                           << "is empty (0 bytes); it is not a Cutline workshop."
                           << ErrorCode::NotCutline;
    QTest::newRow("text") << "text"
                          << "is not a Cutline workshop: it is not an SQLite database."
                          << ErrorCode::NotCutline;
    QTest::newRow("random bytes") << "random"
                                  << "is not a Cutline workshop: it is not an SQLite database."
                                  << ErrorCode::NotCutline;
    QTest::newRow("other sqlite") << "foreign"
                                  << "is an SQLite database, but not a Cutline workshop "
                                     "(its application id is 0x00000000)."
                                  << ErrorCode::NotCutline;
    QTest::newRow("newer schema") << "newer"
                                  << QStringLiteral("was made by a newer version of Cutline "
                                                    "(schema %1); this version reads up to %2.")
                                         .arg(schema::kCurrentVersion + 1)
                                         .arg(schema::kCurrentVersion)
                                  << ErrorCode::TooNew;
    QTest::newRow("schema zero") << "version0"
                                 << "its schema version 0 is not one Cutline ever wrote."
                                 << ErrorCode::Damaged;
    QTest::newRow("flipped magic")
        << "flip0"
        << "is not a Cutline workshop: it is not an SQLite database." << ErrorCode::NotCutline;
    QTest::newRow("flipped page size") << "flip16"
                                       << "its page size" << ErrorCode::Damaged;
    QTest::newRow("flipped page count") << "flip28"
                                        << "bytes long but should be" << ErrorCode::Damaged;
    QTest::newRow("flipped format") << "flip18"
                                    << "not in the rollback-journal format" << ErrorCode::Damaged;
    QTest::newRow("flipped app id")
        << "flip68"
        << "is an SQLite database, but not a Cutline workshop" << ErrorCode::NotCutline;
    QTest::newRow("garbage page") << "garbage"
                                  << "is damaged (corrupted or truncated)" << ErrorCode::Damaged;
    QTest::newRow("trigger") << "trigger"
                             << "contains a trigger \"evil\" that Cutline does not create"
                             << ErrorCode::Untrusted;
    QTest::newRow("view") << "view"
                          << "contains a view \"peek\" that Cutline does not create"
                          << ErrorCode::Untrusted;
    QTest::newRow("table") << "table"
                           << "contains a table \"extra\" that Cutline does not create"
                           << ErrorCode::Untrusted;
    QTest::newRow("index") << "index"
                           << "contains an index \"sneaky\"" << ErrorCode::Untrusted;
    QTest::newRow("altered table")
        << "altered"
        << "defines its table \"candidate\" differently" << ErrorCode::Untrusted;
    QTest::newRow("dropped table") << "dropped"
                                   << "the table \"goal\" is missing." << ErrorCode::Damaged;
    QTest::newRow("wal") << "wal"
                         << "not in the rollback-journal format" << ErrorCode::Damaged;
    QTest::newRow("bad value")
        << "value"
        << "holds values Cutline cannot use:\n  C-1: impact 12 is outside 0–10."
        << ErrorCode::Invalid;
    QTest::newRow("unknown kind") << "kind"
                                  << "C-2: kind \"marketing\" is not a kind Cutline knows."
                                  << ErrorCode::Damaged;
    QTest::newRow("cycle") << "cycle"
                           << "Requires-links form a cycle: C-1 → C-2 → C-1." << ErrorCode::Invalid;
    QTest::newRow("dangling link") << "dangling"
                                   << "points to a missing row" << ErrorCode::Damaged;
}

void TestWorkshopFile::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(ErrorCode, code);
    QString path = m_dir->filePath(kind + QStringLiteral(".cutline"));
    const auto patched = [&](auto change) {
        QByteArray bytes = test::readAll(goodFile(kind + QStringLiteral(".cutline")));
        change(bytes);
        QVERIFY(test::writeAll(path, bytes));
    };
    if (kind == "missing") {
        // nothing to create
    } else if (kind == "directory") {
        QVERIFY(QDir(m_dir->path()).mkdir(kind + QStringLiteral(".cutline")));
    } else if (kind == "fifo") {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == "empty") {
        QVERIFY(test::writeAll(path, {}));
    } else if (kind == "text") {
        QVERIFY(test::writeAll(path, "id,title\nC-1,Not a workshop\n"));
    } else if (kind == "random") {
        QByteArray bytes(8192, '\0');
        QRandomGenerator rng(7);
        for (char &b : bytes)
            b = char(rng.bounded(256));
        QVERIFY(test::writeAll(path, bytes));
    } else if (kind == "foreign") {
        sqlOnFile(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
                        "INSERT INTO invoices VALUES (1, 9.5);");
    } else if (kind == "newer") {
        patched([](QByteArray &b) { patch(b, 60, be32(schema::kCurrentVersion + 1)); });
    } else if (kind == "version0") {
        patched([](QByteArray &b) { patch(b, 60, be32(0)); });
    } else if (kind.startsWith("flip")) {
        const int offset = kind.mid(4).toInt();
        patched([offset](QByteArray &b) { b[offset] = char(b[offset] ^ 0x5a); });
    } else if (kind == "garbage") {
        patched([](QByteArray &b) {
            QRandomGenerator rng(11);
            for (int i = 4096 + 8; i < 2 * 4096; ++i)
                b[i] = char(rng.bounded(256));
        });
    } else if (kind == "wal") {
        path = goodFile(kind + QStringLiteral(".cutline"));
        sqlOnFile(path, "PRAGMA journal_mode = WAL;");
    } else {
        static const QHash<QString, const char *> sql = {
            {"trigger",
             "CREATE TRIGGER evil AFTER INSERT ON goal BEGIN DELETE FROM candidate; END;"},
            {"view", "CREATE VIEW peek AS SELECT * FROM candidate;"},
            {"table", "CREATE TABLE extra (x);"},
            {"index", "CREATE INDEX sneaky ON candidate (title);"},
            {"altered", "ALTER TABLE candidate ADD COLUMN payload TEXT;"},
            {"dropped", "DROP TABLE goal;"},
            {"value", "UPDATE candidate SET impact = 12 WHERE key = 'C-1';"},
            {"kind", "UPDATE candidate SET kind = 'marketing' WHERE key = 'C-2';"},
            {"cycle", "DELETE FROM dependency; INSERT INTO dependency VALUES (1, 2, 'requires'),"
                      " (2, 1, 'requires');"},
            {"dangling", "INSERT INTO dependency VALUES (1, 999, 'requires');"},
        };
        QVERIFY(sql.contains(kind));
        path = goodFile(kind + QStringLiteral(".cutline"));
        sqlOnFile(path, sql.value(kind));
    }

    const QFileInfo info(path);
    const QByteArray before = info.isFile() ? test::readAll(path) : QByteArray();
    const QDateTime modified = info.lastModified();
    const QStringList listing = folderListing(m_dir->path());

    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(!loaded, "a bad file was opened");
    QVERIFY2(loaded.error().startsWith(path), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
    QCOMPARE(loaded.errorCode(), code);

    // Nothing changed on disk: same bytes, same time, no journal or temporary file beside it.
    QCOMPARE(folderListing(m_dir->path()), listing);
    if (info.isFile()) {
        QCOMPARE(test::readAll(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }
}

void TestWorkshopFile::truncatedAtManyOffsets()
{
    const QByteArray whole = test::readAll(goodFile(QStringLiteral("whole.cutline")));
    QVERIFY(whole.size() > 3 * 4096);
    const QList<int> offsets{1,
                             15,
                             16,
                             50,
                             99,
                             100,
                             1000,
                             4095,
                             4096,
                             4097,
                             int(whole.size() / 2),
                             int(whole.size()) - 4096,
                             int(whole.size()) - 1};
    for (int offset : offsets) {
        const QString path = m_dir->filePath(QStringLiteral("cut-%1.cutline").arg(offset));
        QVERIFY(test::writeAll(path, whole.left(offset)));
        const Result<Workshop> loaded = WorkshopFile::load(path);
        QVERIFY2(!loaded, qPrintable(QStringLiteral("opened when cut at %1").arg(offset)));
        QVERIFY2(loaded.error().contains(QStringLiteral("is damaged (corrupted or truncated)")),
                 qPrintable(loaded.error()));
        QCOMPARE(loaded.errorCode(), ErrorCode::Damaged);
        QCOMPARE(test::readAll(path), whole.left(offset));
    }
}

void TestWorkshopFile::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: permissions cannot make a file unreadable.");
    const QString path = goodFile(QStringLiteral("locked.cutline"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().startsWith(path + QStringLiteral(" cannot be read:")),
             qPrintable(loaded.error()));
}

// Damaged, fuzzer-found and foreign SQLite files from other projects' test suites: each is
// refused with a message naming it and a kind, and its bytes are left as they were.
void TestWorkshopFile::refusesRealDamagedFiles()
{
    const QDir corpus(QStringLiteral(CUTLINE_CORPUS_DIR "/sqlite"));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("The corpus of real damaged SQLite files is not on this machine.");
    int refused = 0;
    for (const QString &file : files) {
        if (file.endsWith(QLatin1String(".md")) || file == QLatin1String("SHA256SUMS"))
            continue;
        const QString original = corpus.filePath(file);
        const QString path = m_dir->filePath(file);
        QVERIFY(QFile::copy(original, path));
        const QByteArray before = test::readAll(path);
        const Result<Workshop> loaded = WorkshopFile::load(path);
        QVERIFY2(!loaded, qPrintable(file + QStringLiteral(" was opened")));
        QVERIFY2(loaded.error().startsWith(QDir::toNativeSeparators(path)),
                 qPrintable(loaded.error()));
        QVERIFY2(loaded.errorCode() != ErrorCode::Internal, qPrintable(loaded.error()));
        QCOMPARE(test::readAll(path), before);
        ++refused;
    }
    QVERIFY(refused >= 50);
}

void TestWorkshopFile::migrationMechanism()
{
    // Every version Cutline can read loads, and migrating the current version is a no-op.
    for (int version = schema::kOldestVersion; version <= schema::kCurrentVersion; ++version)
        QVERIFY(!schema::statements(version).isEmpty());
    MemoryDatabase db;
    QVERIFY(schema::create(db));
    QVERIFY(schema::migrate(db, schema::kCurrentVersion));
    const Status tooOld = schema::migrate(db, 0);
    QVERIFY(!tooOld);
    QCOMPARE(tooOld.error(), QStringLiteral("There is no migration from schema version 0."));
}

void TestWorkshopFile::migratesVersion1File()
{
    // tests/data/workshop-v1.cutline was made with the sqlite3 shell from workshop-v1.sql,
    // exactly as Cutline 0.1 wrote schema version 1.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.cutline"));
    QVERIFY(QFile::copy(QStringLiteral(CUTLINE_TEST_DATA "/workshop-v1.cutline"), path));
    const QByteArray before = test::readAll(path);
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    const Workshop &w = loaded.value();
    QCOMPARE(w.title, QStringLiteral("Old Q3 planning"));
    QCOMPARE(w.participants, QStringList({QStringLiteral("Ana"), QStringLiteral("Ben")}));
    QCOMPARE(w.candidates.size(), 2);
    QCOMPARE(w.candidates[0].decision, Decision::Commit);
    QCOMPARE(w.candidates[0].tags, QStringList{QStringLiteral("ledger")});
    QCOMPARE(w.candidates[1].effortHigh, std::optional<double>(12.0));
    QVERIFY(w.candidates[1].mandatory);
    QCOMPARE(w.dependencies.size(), 1);
    // What version 2 added takes its defaults.
    QCOMPARE(w.framework, Framework::ValueEffort);
    QVERIFY(w.criteria.isEmpty());
    QVERIFY(!w.effortThreshold && !w.valueThreshold);
    QCOMPARE(w.reviewDelayDays, 28);
    QVERIFY(!w.scoreUnlockedValue);
    QVERIFY(w.signOff.by.isEmpty());
    QVERIFY(w.decisionLog.isEmpty());
    // Opening migrates in memory only: the old file is untouched until the user saves.
    QCOMPARE(test::readAll(path), before);
    QVERIFY(WorkshopFile::save(w, path));
    const QByteArray after = test::readAll(path);
    QCOMPARE(int(quint8(after[63])), schema::kCurrentVersion); // user_version, big-endian
    const Result<Workshop> again = WorkshopFile::load(path);
    QVERIFY(again);
    QCOMPARE(again.value(), w);
}

void TestWorkshopFile::keepsScoringAndDecisionsThroughSave()
{
    Workshop w = test::fullWorkshop(4);
    w.framework = Framework::Weighted;
    w.criteria = {Criterion{QStringLiteral("Revenue"), 3}, Criterion{QStringLiteral("Risk"), 1}};
    w.candidates[0].scores = {{QStringLiteral("Revenue"), 8}, {QStringLiteral("Risk"), 2.5}};
    w.candidates[1].dissent = {Dissent{QStringLiteral("Ana"), QStringLiteral("Too early")},
                               Dissent{QString(), QStringLiteral("Anonymous doubt")}};
    w.effortThreshold = 4.5;
    w.valueThreshold = 12;
    w.reviewDelayDays = 42;
    w.scoreUnlockedValue = true;
    w.signOff =
        SignOff{QStringLiteral("Ben"), QDateTime(QDate(2026, 11, 23), QTime(10, 30), Qt::UTC)};
    w.decisionLog = {DecisionChange{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC),
                                    QStringLiteral("Ana"), w.candidates[0].key, Decision::Undecided,
                                    Decision::Commit, QStringLiteral("Customers asked")}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scored.cutline"));
    QVERIFY(WorkshopFile::save(w, path));
    const Result<Workshop> loaded = WorkshopFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    QCOMPARE(loaded.value(), w);
}

QTEST_GUILESS_MAIN(TestWorkshopFile)
#include "tst_workshopfile.moc"
