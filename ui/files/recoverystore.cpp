#include "ui/files/recoverystore.h"

#include "core/storage/workshopfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace cutline {

namespace {
const QString kLockSuffix = QStringLiteral(".lock");
const QString kCopySuffix = QStringLiteral(".cutline");
const QString kInfoSuffix = QStringLiteral(".json");
} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                         QStringLiteral("/recovery")
                   : folder),
      m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(m_folder);
    m_lock = std::make_unique<QLockFile>(m_folder + QLatin1Char('/') + m_session + kLockSuffix);
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
}

RecoveryStore::~RecoveryStore()
{
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({m_session + QStringLiteral("-*")}, QDir::Files))
        QFile::remove(dir.filePath(name));
    m_lock->unlock();
}

QString RecoveryStore::pathFor(int slot) const
{
    return m_folder + QLatin1Char('/') + m_session + QStringLiteral("-%1").arg(slot);
}

Status RecoveryStore::save(int slot, const Workshop &workshop, const QString &originalPath)
{
    const Result<QByteArray> image = WorkshopFile::toImage(workshop);
    if (!image)
        return Error{image.error()};
    QSaveFile copy(pathFor(slot) + kCopySuffix);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(image.value()) != image.value().size() ||
        !copy.commit())
        return Error{QCoreApplication::translate("cutline::RecoveryStore",
                                                 "The recovery copy cannot be written to %1: %2")
                         .arg(m_folder, copy.errorString())};
    QSaveFile info(pathFor(slot) + kInfoSuffix);
    const QJsonObject object{
        {QStringLiteral("original"), originalPath},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    info.open(QIODevice::WriteOnly);
    info.write(QJsonDocument(object).toJson());
    info.commit();
    return success();
}

void RecoveryStore::discard(int slot)
{
    QFile::remove(pathFor(slot) + kCopySuffix);
    QFile::remove(pathFor(slot) + kInfoSuffix);
}

QList<RecoveredWorkshop> RecoveryStore::orphans() const
{
    QList<RecoveredWorkshop> found;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*") + kCopySuffix}, QDir::Files)) {
        const QString session = name.section(QLatin1Char('-'), 0, -2);
        if (session == m_session)
            continue;
        // A live session holds its lock; only copies of dead sessions are offered.
        QLockFile lock(dir.filePath(session + kLockSuffix));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        RecoveredWorkshop r;
        r.recoveryFile = dir.filePath(name);
        const Result<Workshop> loaded = WorkshopFile::load(r.recoveryFile);
        if (!loaded)
            continue;
        r.workshop = loaded.value();
        QFile info(dir.filePath(name.chopped(kCopySuffix.size()) + kInfoSuffix));
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(info.readAll()).object();
            r.originalPath = object.value(QStringLiteral("original")).toString();
            r.savedAt = QDateTime::fromString(object.value(QStringLiteral("saved")).toString(),
                                              Qt::ISODate);
        }
        found.append(r);
    }
    return found;
}

void RecoveryStore::remove(const RecoveredWorkshop &recovered)
{
    QFile::remove(recovered.recoveryFile);
    QFile::remove(recovered.recoveryFile.chopped(kCopySuffix.size()) + kInfoSuffix);
}

} // namespace cutline
