#include "core/storage/sourcetables.h"

#include "core/storage/memorydatabase.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cutline::sourcetables {

namespace {

// NOT NULL columns refuse a null QString; bind an empty one instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Status run(QSqlQuery &q)
{
    if (!q.exec())
        return Error{ErrorCode::Internal, q.lastError().text()};
    return success();
}

Status writeSource(QSqlQuery &q, const Candidate &c)
{
    q.prepare(QStringLiteral("INSERT INTO candidate_source (candidate_id, system, key, status) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(text(c.source.system));
    q.addBindValue(text(c.source.key));
    q.addBindValue(text(c.source.status));
    if (Status s = run(q); !s)
        return s;
    for (auto it = c.source.imported.cbegin(); it != c.source.imported.cend(); ++it) {
        q.prepare(QStringLiteral("INSERT INTO candidate_source_value (candidate_id, field, value) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(c.id);
        q.addBindValue(text(it.key()));
        q.addBindValue(text(it.value()));
        if (Status s = run(q); !s)
            return s;
    }
    return success();
}

} // namespace

QStringList ddl()
{
    return {
        QStringLiteral("CREATE TABLE candidate_source (candidate_id INTEGER PRIMARY KEY "
                       "REFERENCES candidate(id), system TEXT NOT NULL, key TEXT NOT NULL, "
                       "status TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE candidate_source_value (candidate_id INTEGER NOT NULL "
                       "REFERENCES candidate(id), field TEXT NOT NULL, value TEXT NOT NULL, "
                       "PRIMARY KEY (candidate_id, field)) STRICT"),
    };
}

Status write(MemoryDatabase &db, const Workshop &workshop)
{
    QSqlQuery q(db.database());
    for (const Candidate &c : workshop.candidates)
        if (c.source.isImported())
            if (Status s = writeSource(q, c); !s)
                return s;
    return success();
}

Status read(MemoryDatabase &db, Workshop &workshop)
{
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT candidate_id, system, key, status FROM candidate_source")))
        return Error{ErrorCode::Internal, q.lastError().text()};
    while (q.next()) {
        Candidate *c = workshop.candidate(q.value(0).toInt());
        if (!c)
            return Error{ErrorCode::Damaged,
                         QObject::tr("a tracker source names candidate %1, which does not exist")
                             .arg(q.value(0).toInt())};
        c->source.system = q.value(1).toString();
        c->source.key = q.value(2).toString();
        c->source.status = q.value(3).toString();
    }
    if (!q.exec(QStringLiteral("SELECT candidate_id, field, value FROM candidate_source_value")))
        return Error{ErrorCode::Internal, q.lastError().text()};
    while (q.next()) {
        Candidate *c = workshop.candidate(q.value(0).toInt());
        if (!c || !c->source.isImported())
            return Error{ErrorCode::Damaged,
                         QObject::tr("an imported value names candidate %1, which has no source")
                             .arg(q.value(0).toInt())};
        c->source.imported.insert(q.value(1).toString(), q.value(2).toString());
    }
    return success();
}

} // namespace cutline::sourcetables
