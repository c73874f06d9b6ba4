#include "core/storage/oddstables.h"

#include "core/model/field.h"
#include "core/storage/memorydatabase.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace cutline::oddstables {

namespace {

Status run(QSqlQuery &q)
{
    if (!q.exec())
        return Error{q.lastError().text()};
    return success();
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

// A stored number that must be finite and above 0, or absent.
Status readPositive(const QVariant &stored, std::optional<double> &target, const QString &what)
{
    if (stored.isNull())
        return success();
    bool ok = false;
    const double v = stored.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0)
        return Error{QObject::tr("the %1 \"%2\" is not a number above 0")
                         .arg(what, stored.toString().left(40))};
    target = v;
    return success();
}

Status readSettings(MemoryDatabase &db, OddsSettings &s)
{
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT seed, samples, capacity_low, capacity_high, shared_error "
                               "FROM odds_settings")))
        return Error{q.lastError().text()};
    if (!q.next())
        return success(); // written before odds existed: the defaults
    s.seed = quint64(q.value(0).toLongLong());
    s.samples = q.value(1).toInt();
    if (s.samples < kMinOddsSamples || s.samples > kMaxOddsSamples)
        return Error{QObject::tr("the odds sample count %1 is out of range").arg(s.samples)};
    if (Status st = readPositive(q.value(2), s.capacityLow, QObject::tr("low capacity")); !st)
        return st;
    if (Status st = readPositive(q.value(3), s.capacityHigh, QObject::tr("high capacity")); !st)
        return st;
    s.sharedError = q.value(4).toDouble();
    if (!std::isfinite(s.sharedError) || s.sharedError < 0 || s.sharedError > kMaxSharedError)
        return Error{QObject::tr("the odds' shared error %1 is out of range")
                         .arg(formatNumber(s.sharedError))};
    return success();
}

} // namespace

QStringList ddl()
{
    return {
        QStringLiteral("CREATE TABLE odds_settings (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "seed INTEGER NOT NULL, samples INTEGER NOT NULL, capacity_low REAL, "
                       "capacity_high REAL, shared_error REAL NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE candidate_value_range (candidate_id INTEGER PRIMARY KEY "
                       "REFERENCES candidate(id), low REAL, high REAL) STRICT"),
    };
}

Status write(MemoryDatabase &db, const Workshop &w)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("INSERT INTO odds_settings (id, seed, samples, capacity_low, "
                             "capacity_high, shared_error) VALUES (1, ?, ?, ?, ?, ?)"));
    // SQLite integers are signed: the seed's 64 bits are stored as they are.
    q.addBindValue(qint64(w.odds.seed));
    q.addBindValue(w.odds.samples);
    q.addBindValue(optionalNumber(w.odds.capacityLow));
    q.addBindValue(optionalNumber(w.odds.capacityHigh));
    q.addBindValue(w.odds.sharedError);
    if (Status s = run(q); !s)
        return s;
    for (const Candidate &c : w.candidates) {
        if (!c.valueLow && !c.valueHigh)
            continue;
        q.prepare(QStringLiteral(
            "INSERT INTO candidate_value_range (candidate_id, low, high) VALUES (?, ?, ?)"));
        q.addBindValue(c.id);
        q.addBindValue(optionalNumber(c.valueLow));
        q.addBindValue(optionalNumber(c.valueHigh));
        if (Status s = run(q); !s)
            return s;
    }
    return success();
}

Status read(MemoryDatabase &db, Workshop &w)
{
    if (Status s = readSettings(db, w.odds); !s)
        return s;
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT candidate_id, low, high FROM candidate_value_range")))
        return Error{q.lastError().text()};
    while (q.next()) {
        Candidate *c = w.candidate(q.value(0).toInt());
        if (!c)
            return Error{QObject::tr("a value range names candidate %1, which does not exist")
                             .arg(q.value(0).toInt())};
        if (Status s = readPositive(q.value(1), c->valueLow, QObject::tr("low value")); !s)
            return s;
        if (Status s = readPositive(q.value(2), c->valueHigh, QObject::tr("high value")); !s)
            return s;
    }
    return success();
}

} // namespace cutline::oddstables
