#include "core/storage/memorydatabase.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>

namespace cutline {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("cutline-memory-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Limits from SQLite's "Defense against the dark arts", sized for Cutline's own content.
struct Limit
{
    int id;
    int value;
};
constexpr Limit kLimits[] = {
    {SQLITE_LIMIT_LENGTH, 4'000'000},
    {SQLITE_LIMIT_SQL_LENGTH, 100'000},
    {SQLITE_LIMIT_COLUMN, 100},
    {SQLITE_LIMIT_EXPR_DEPTH, 20},
    {SQLITE_LIMIT_COMPOUND_SELECT, 3},
    {SQLITE_LIMIT_VDBE_OP, 100'000},
    {SQLITE_LIMIT_FUNCTION_ARG, 8},
    {SQLITE_LIMIT_ATTACHED, 0},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50},
    {SQLITE_LIMIT_VARIABLE_NUMBER, 40},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 10},
    {SQLITE_LIMIT_WORKER_THREADS, 0},
};

} // namespace

MemoryDatabase::MemoryDatabase() : m_connection(nextConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid()) {
        m_error = QObject::tr("The SQLite driver of Qt (QSQLITE) is not available.");
        return;
    }
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QObject::tr("The SQLite driver of Qt does not expose its handle.");
        return;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    harden();
}

MemoryDatabase::~MemoryDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void MemoryDatabase::harden()
{
    // Files are emailed around: treat every schema as hostile.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    for (const Limit &limit : kLimits)
        sqlite3_limit(m_handle, limit.id, limit.value);
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA cell_size_check = ON"));
    query.exec(QStringLiteral("PRAGMA mmap_size = 0"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status MemoryDatabase::load(const QByteArray &image)
{
    if (!isOpen())
        return Error{m_error};
    const auto size = static_cast<sqlite3_int64>(image.size());
    auto *buffer =
        static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size)));
    if (!buffer && size > 0)
        return Error{QObject::tr("Out of memory reading %1 bytes.").arg(size)};
    std::memcpy(buffer, image.constData(), static_cast<size_t>(size));
    // SQLite owns the buffer from here, also on failure.
    const int rc =
        sqlite3_deserialize(m_handle, "main", buffer, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Internal, lastSqliteError()};
    return success();
}

Result<QByteArray> MemoryDatabase::image() const
{
    if (!isOpen())
        return Error{m_error};
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(m_handle, "main", &size, 0);
    if (!data)
        return Error{
            QObject::tr("SQLite could not serialize the workshop: %1").arg(lastSqliteError())};
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    sqlite3_free(data);
    return bytes;
}

Status MemoryDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    return success();
}

QString MemoryDatabase::lastSqliteError() const
{
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : m_error;
}

} // namespace cutline
