// RecoveryStore: autosaved copies of unsaved work, kept outside the user's files, offered back
// after a crash. Each running Cutline owns a session (held by a lock file); copies of sessions
// whose lock is gone belong to a process that died.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace cutline {

struct RecoveredWorkshop
{
    QString recoveryFile; // where the copy is
    QString originalPath; // the document's own file, empty if it was never saved
    QDateTime savedAt;
    Workshop workshop;
};

class RecoveryStore
{
public:
    // `folder` defaults to the app's data location + "/recovery".
    explicit RecoveryStore(const QString &folder = QString());
    ~RecoveryStore();

    QString folder() const { return m_folder; }

    // Writes this session's copy of a document (`slot` tells documents apart).
    Status save(int slot, const Workshop &workshop, const QString &originalPath);
    // Removes this session's copy (after a save, or a close without saving).
    void discard(int slot);

    // Copies left by sessions that ended without cleaning up (crashed or killed).
    QList<RecoveredWorkshop> orphans() const;
    // Deletes an orphaned copy once it was restored or declined.
    static void remove(const RecoveredWorkshop &recovered);

private:
    QString pathFor(int slot) const;

    QString m_folder;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cutline
