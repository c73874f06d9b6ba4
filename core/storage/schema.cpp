#include "core/storage/schema.h"

#include "core/storage/memorydatabase.h"
#include "core/storage/oddstables.h"
#include "core/storage/reviewtables.h"
#include "core/storage/roomtables.h"
#include "core/storage/sourcetables.h"

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

// Version 2 adds the scoring framework, quadrant thresholds, review delay and sign-off to the
// workshop, and the criteria, candidates' criterion scores, dissent and decision log.
const QStringList &added2()
{
    static const QStringList ddl = {
        QStringLiteral("CREATE TABLE criterion (position INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL UNIQUE, weight REAL NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE candidate_score (candidate_id INTEGER NOT NULL "
                       "REFERENCES candidate(id), criterion TEXT NOT NULL, "
                       "score REAL NOT NULL, PRIMARY KEY (candidate_id, criterion)) STRICT"),
        QStringLiteral("CREATE TABLE dissent (candidate_id INTEGER NOT NULL "
                       "REFERENCES candidate(id), position INTEGER NOT NULL, "
                       "author TEXT NOT NULL, text TEXT NOT NULL, "
                       "PRIMARY KEY (candidate_id, position)) STRICT"),
        QStringLiteral("CREATE TABLE decision_log (position INTEGER PRIMARY KEY, "
                       "at TEXT NOT NULL, author TEXT NOT NULL, key TEXT NOT NULL, "
                       "from_decision TEXT NOT NULL, to_decision TEXT NOT NULL, "
                       "rationale TEXT NOT NULL) STRICT"),
    };
    return ddl;
}

// The workshop columns version 2 adds, with the defaults a version 1 file gets.
const QStringList &workshopColumns2()
{
    static const QStringList columns = {
        QStringLiteral("framework TEXT NOT NULL DEFAULT 'value_effort'"),
        QStringLiteral("effort_threshold REAL"),
        QStringLiteral("value_threshold REAL"),
        QStringLiteral("review_delay_days INTEGER NOT NULL DEFAULT 28"),
        QStringLiteral("signed_off_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("signed_off_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("score_unlocked INTEGER NOT NULL DEFAULT 0"),
    };
    return columns;
}

const QStringList &version2()
{
    static const QStringList ddl = [] {
        QStringList result = version1();
        QString &workshop = result.first();
        workshop.replace(QStringLiteral("notes TEXT NOT NULL) STRICT"),
                         QStringLiteral("notes TEXT NOT NULL, %1) STRICT")
                             .arg(workshopColumns2().join(QStringLiteral(", "))));
        return result + added2();
    }();
    return ddl;
}

// Version 3 adds tables only, one group per feature, each in its own file: odds, the room,
// tracker sources, and bets and reviews. No existing table changes.
QStringList added3()
{
    return oddstables::ddl() + roomtables::ddl() + sourcetables::ddl() + reviewtables::ddl();
}

QStringList version3()
{
    return version2() + added3();
}

} // namespace

QStringList statements(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
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
    // Each step takes version N to N + 1.
    for (int from = version; from < kCurrentVersion; ++from) {
        switch (from) {
        case 1:
            for (const QString &column : workshopColumns2())
                if (Status s = db.exec(QStringLiteral("ALTER TABLE workshop ADD COLUMN ") + column);
                    !s)
                    return s;
            for (const QString &sql : added2())
                if (Status s = db.exec(sql); !s)
                    return s;
            break;
        case 2:
            for (const QString &sql : added3())
                if (Status s = db.exec(sql); !s)
                    return s;
            break;
        default:
            return Error{QObject::tr("There is no migration from schema version %1.").arg(from)};
        }
    }
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kCurrentVersion));
}

} // namespace cutline::schema
