// MemoryDatabase: a hardened in-memory SQLite database, reached through Qt's QSQLITE driver,
// that loads from and saves to bytes — so files on disk are only ever read or replaced whole.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace cutline {

class MemoryDatabase
{
public:
    MemoryDatabase();
    ~MemoryDatabase();
    MemoryDatabase(const MemoryDatabase &) = delete;
    MemoryDatabase &operator=(const MemoryDatabase &) = delete;

    // Whether the connection opened and was hardened; error() says why not.
    bool isOpen() const { return m_handle != nullptr; }
    const QString &error() const { return m_error; }

    QSqlDatabase &database() { return m_db; }

    // Replaces the content with an SQLite file image. The image is copied.
    Status load(const QByteArray &image);
    // The whole database as an SQLite file image (rollback-journal format).
    Result<QByteArray> image() const;

    // Runs one statement; the error names what failed.
    Status exec(const QString &sql);

    // The SQLite error of the last call on this connection, for messages.
    QString lastSqliteError() const;

private:
    void harden();

    QString m_connection;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QString m_error;
};

} // namespace cutline
