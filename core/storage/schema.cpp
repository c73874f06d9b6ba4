#include "schema.h"

#include "memorydatabase.h"

#include <QObject>

namespace cutline::schema {

namespace {

const QStringList &version1()
{
    static const QStringList ddl = {
        QStringLiteral("CREATE TABLE workshop (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "title TEXT NOT NULL, objective TEXT NOT NULL, horizon TEXT NOT NULL, "
                       "date TEXT NOT NULL, facilitator TEXT NOT NULL, decider TEXT NOT NULL, "
                       "capacity REAL NOT NULL, capacity_unit TEXT NOT NULL, "
                       "notes TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE participant (position INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE goal (position INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "metric TEXT NOT NULL, target TEXT NOT NULL) STRICT"),
        QStringLiteral(
            "CREATE TABLE candidate (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
            "key TEXT NOT NULL UNIQUE, title TEXT NOT NULL, description TEXT NOT NULL, "
            "kind TEXT NOT NULL, problem TEXT NOT NULL, beneficiary TEXT NOT NULL, "
            "metric TEXT NOT NULL, outcome TEXT NOT NULL, if_not_done TEXT NOT NULL, "
            "effort REAL NOT NULL, effort_low REAL, effort_high REAL, impact REAL NOT NULL, "
            "confidence REAL NOT NULL, reach REAL NOT NULL, risk INTEGER NOT NULL, "
            "time_criticality REAL NOT NULL, mandatory INTEGER NOT NULL, "
            "decision TEXT NOT NULL, rationale TEXT NOT NULL, owner TEXT NOT NULL, "
            "success_metric TEXT NOT NULL, review_date TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE candidate_tag (candidate_id INTEGER NOT NULL "
                       "REFERENCES candidate(id), position INTEGER NOT NULL, "
                       "tag TEXT NOT NULL, PRIMARY KEY (candidate_id, position)) STRICT"),
        QStringLiteral("CREATE TABLE dependency (from_id INTEGER NOT NULL "
                       "REFERENCES candidate(id), to_id INTEGER NOT NULL "
                       "REFERENCES candidate(id), type TEXT NOT NULL, "
                       "PRIMARY KEY (from_id, to_id, type)) STRICT"),
    };
    return ddl;
}

} // namespace

QStringList statements(int version)
{
    switch (version) {
    case 1:
        return version1();
    default:
        return {};
    }
}

Status create(MemoryDatabase &db)
{
    for (const QString &sql : statements(kCurrentVersion))
        if (Status s = db.exec(sql); !s)
            return s;
    if (Status s = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
        return s;
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kCurrentVersion));
}

Status migrate(MemoryDatabase &db, int version)
{
    // Each step takes version N to N + 1; there are none yet, the mechanism is in place.
    for (int from = version; from < kCurrentVersion; ++from) {
        switch (from) {
        default:
            return Error{QObject::tr("There is no migration from schema version %1.").arg(from)};
        }
    }
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kCurrentVersion));
}

} // namespace cutline::schema
