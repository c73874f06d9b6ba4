#include "core/storage/workshopfile.h"

#include "core/inputfile.h"
#include "core/model/validation.h"
#include "core/storage/memorydatabase.h"
#include "core/storage/schema.h"
#include "core/storage/workshoptables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <fcntl.h>
#include <unistd.h>

namespace cutline {

namespace {

constexpr int kHeaderSize = 100;
constexpr int kMaxProblemsShown = 10;

// lupdate files WorkshopFile::tr() calls in free functions under "cutline".

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

quint16 be16(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint16>(bytes.constData() + offset);
}

Error damaged(const QString &name, const QString &detail)
{
    return Error{ErrorCode::Damaged,
                 WorkshopFile::tr("%1 is damaged (corrupted or truncated) and cannot be opened: %2")
                     .arg(name, detail)};
}

// The checks that need only the 100-byte header: what the file is, which version, whole or not.
Status checkHeader(const QByteArray &image, const QString &name)
{
    if (image.isEmpty())
        return Error{
            ErrorCode::NotCutline,
            WorkshopFile::tr("%1 is empty (0 bytes); it is not a Cutline workshop.").arg(name)};
    const QByteArrayView magic("SQLite format 3\0", 16);
    if (image.size() < kHeaderSize && magic.startsWith(image.left(magic.size())))
        return damaged(name, WorkshopFile::tr("it is only %1 bytes long.").arg(image.size()));
    if (image.size() < kHeaderSize || !image.startsWith(magic))
        return Error{ErrorCode::NotCutline,
                     WorkshopFile::tr("%1 is not a Cutline workshop: it is not an SQLite database.")
                         .arg(name)};
    if (be32(image, 68) != schema::kApplicationId)
        return Error{
            ErrorCode::NotCutline,
            WorkshopFile::tr(
                "%1 is an SQLite database, but not a Cutline workshop (its application id is "
                "%2).")
                .arg(name, QStringLiteral("0x%1").arg(be32(image, 68), 8, 16, QLatin1Char('0')))};
    const auto version = static_cast<int>(be32(image, 60));
    if (version > schema::kCurrentVersion)
        return Error{
            ErrorCode::TooNew,
            WorkshopFile::tr("%1 was made by a newer version of Cutline (schema %2); this version "
                             "reads up to %3. Update Cutline to open it.")
                .arg(name)
                .arg(version)
                .arg(schema::kCurrentVersion)};
    if (version < schema::kOldestVersion)
        return damaged(
            name,
            WorkshopFile::tr("its schema version %1 is not one Cutline ever wrote.").arg(version));
    const quint16 rawPageSize = be16(image, 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(name, WorkshopFile::tr("its page size %1 is invalid.").arg(pageSize));
    // Cutline writes whole files, so the header's page count always matches the size.
    const qint64 expected = pageSize * be32(image, 28);
    if (be32(image, 24) == be32(image, 92) && expected != image.size())
        return damaged(name, WorkshopFile::tr("it is %1 bytes long but should be %2.")
                                 .arg(image.size())
                                 .arg(expected));
    if (image.size() % pageSize != 0)
        return damaged(
            name,
            WorkshopFile::tr("its size %1 is not a whole number of pages.").arg(image.size()));
    // Bytes 18 and 19 are the write and read format: 1 for a rollback journal, 2 for WAL.
    if (image.at(18) != 1 || image.at(19) != 1)
        return damaged(
            name, WorkshopFile::tr("it is not in the rollback-journal format Cutline writes."));
    return success();
}

// "an index", "a trigger": sqlite_schema's type as a person says it.
QString schemaObject(const QString &type)
{
    if (type == QLatin1String("table"))
        return WorkshopFile::tr("a table");
    if (type == QLatin1String("index"))
        return WorkshopFile::tr("an index");
    if (type == QLatin1String("view"))
        return WorkshopFile::tr("a view");
    if (type == QLatin1String("trigger"))
        return WorkshopFile::tr("a trigger");
    return WorkshopFile::tr("an object of type %1").arg(type.left(20));
}

QStringList schemaOf(MemoryDatabase &db, QString *error)
{
    QSqlQuery q(db.database());
    QStringList items;
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                               "ORDER BY type, name"))) {
        *error = db.lastSqliteError();
        return {};
    }
    while (q.next())
        items.append(QStringList{q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString()}
                         .join(QLatin1Char('\x1f')));
    return items;
}

// The file must hold exactly the schema Cutline creates: an extra trigger or view could run
// attacker-chosen SQL, an extra or altered table means it is not ours.
Status checkSchema(MemoryDatabase &db, int version, const QString &name)
{
    QString error;
    const QStringList found = schemaOf(db, &error);
    if (!error.isEmpty())
        return damaged(name, error);
    MemoryDatabase reference;
    for (const QString &sql : schema::statements(version))
        if (Status s = reference.exec(sql); !s)
            return s.failure();
    const QStringList wanted = schemaOf(reference, &error);
    QStringList wantedNames;
    for (const QString &item : wanted)
        wantedNames.append(item.section(QLatin1Char('\x1f'), 0, 1));
    for (const QString &item : found) {
        if (wanted.contains(item))
            continue;
        const QStringList parts = item.split(QLatin1Char('\x1f'));
        if (wantedNames.contains(item.section(QLatin1Char('\x1f'), 0, 1)))
            return Error{
                ErrorCode::Untrusted,
                WorkshopFile::tr("%1 defines its %2 \"%3\" differently from Cutline; it was not "
                                 "opened because it may be hostile or from another program.")
                    .arg(name, parts.value(0), parts.value(1).left(60))};
        return Error{
            ErrorCode::Untrusted,
            WorkshopFile::tr("%1 contains %2 \"%3\" that Cutline does not create; it was not "
                             "opened because it may be hostile or from another program.")
                .arg(name, schemaObject(parts.value(0)), parts.value(1).left(60))};
    }
    for (const QString &item : wanted) {
        if (found.contains(item))
            continue;
        const QStringList parts = item.split(QLatin1Char('\x1f'));
        return damaged(
            name,
            WorkshopFile::tr("the %1 \"%2\" is missing.").arg(parts.value(0), parts.value(1)));
    }
    return success();
}

Status checkIntegrity(MemoryDatabase &db, const QString &name)
{
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return damaged(name, db.lastSqliteError());
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")})
        return damaged(name, problems.mid(0, 3).join(QStringLiteral("; ")));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return damaged(name, db.lastSqliteError());
    if (q.next())
        return damaged(name, WorkshopFile::tr("a row in table \"%1\" points to a missing row.")
                                 .arg(q.value(0).toString()));
    return success();
}

// Makes the rename of a saved file durable: the directory entry must reach the disk too.
void syncDirectory(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Result<Workshop> WorkshopFile::load(const QString &path)
{
    const Result<QByteArray> image =
        readInputFile(path, WorkshopFile::tr("a Cutline workshop file"), kMaxFileSize);
    if (!image)
        return image.failure();
    return fromImage(image.value(), QDir::toNativeSeparators(path));
}

Result<Workshop> WorkshopFile::fromImage(const QByteArray &image, const QString &name)
{
    if (Status s = checkHeader(image, name); !s)
        return s.failure();
    MemoryDatabase db;
    if (Status s = db.load(image); !s)
        return damaged(name, s.error());
    const int version = static_cast<int>(be32(image, 60));
    if (Status s = checkSchema(db, version, name); !s)
        return s.failure();
    if (Status s = checkIntegrity(db, name); !s)
        return s.failure();
    if (version < schema::kCurrentVersion)
        if (Status s = schema::migrate(db, version); !s)
            return Error{WorkshopFile::tr("%1 could not be upgraded from schema %2: %3")
                             .arg(name)
                             .arg(version)
                             .arg(s.error())};
    Result<Workshop> workshop = readWorkshopTables(db);
    if (!workshop)
        return damaged(name, workshop.error());
    const QStringList problems = validateWorkshop(workshop.value());
    if (!problems.isEmpty()) {
        QStringList shown = problems.mid(0, kMaxProblemsShown);
        if (problems.size() > kMaxProblemsShown)
            shown.append(
                WorkshopFile::tr("… and %1 more.").arg(problems.size() - kMaxProblemsShown));
        return Error{WorkshopFile::tr("%1 holds values Cutline cannot use:\n  %2")
                         .arg(name, shown.join(QStringLiteral("\n  ")))};
    }
    return workshop;
}

Result<QByteArray> WorkshopFile::toImage(const Workshop &workshop)
{
    const QStringList problems = validateWorkshop(workshop);
    if (!problems.isEmpty())
        return Error{
            WorkshopFile::tr("The workshop was not saved because it holds invalid values:\n  %1")
                .arg(problems.join(QStringLiteral("\n  ")))};
    MemoryDatabase db;
    if (!db.isOpen())
        return Error{ErrorCode::Internal, db.error()};
    if (Status s = schema::create(db); !s)
        return s.failure();
    if (Status s = writeWorkshopTables(db, workshop); !s)
        return s.failure();
    return db.image();
}

Status WorkshopFile::save(const Workshop &workshop, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const Result<QByteArray> image = toImage(workshop);
    if (!image)
        return image.failure();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Unwritable,
                     WorkshopFile::tr("%1 cannot be written: %2.").arg(name, file.errorString())};
    if (file.write(image.value()) != image.value().size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{ErrorCode::Unwritable,
                     WorkshopFile::tr("%1 cannot be written: %2.").arg(name, reason)};
    }
    if (!file.commit())
        return Error{WorkshopFile::tr("%1 cannot be saved: %2. The previous version is unchanged.")
                         .arg(name, file.errorString())};
    syncDirectory(path);
    return success();
}

} // namespace cutline
