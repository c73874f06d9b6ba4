#include "workshoptables.h"

#include "memorydatabase.h"
#include "model/field.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cutline {

namespace {

// The candidate table stores every field but the tags, in this order after id and position.
QList<Field> columnFields()
{
    QList<Field> fields = allFields();
    fields.removeAll(Field::Tags);
    return fields;
}

QString columnName(Field field)
{
    return field == Field::Key ? QStringLiteral("key") : fieldId(field);
}

QVariant toColumn(const Candidate &c, Field field)
{
    const QVariant value = fieldValue(c, field);
    switch (field) {
    case Field::EffortLow:
    case Field::EffortHigh:
        return value.isValid() ? value : QVariant(QMetaType::fromType<double>());
    case Field::Mandatory:
        return value.toBool() ? 1 : 0;
    case Field::ReviewDate:
        return c.reviewDate.isValid() ? c.reviewDate.toString(Qt::ISODate) : QString();
    default:
        return value;
    }
}

// Converts a stored value back into the field's QVariant, or says why it cannot.
Result<QVariant> fromColumn(const Candidate &c, Field field, const QVariant &stored)
{
    const auto fail = [&](const QString &what) {
        return Error{
            QObject::tr("%1: %2 %3.")
                .arg(c.key.isEmpty() ? QStringLiteral("?") : c.key, fieldName(field), what)};
    };
    if (isNumeric(field)) {
        if (stored.isNull())
            return QVariant();
        const int type = stored.typeId();
        if (type != QMetaType::Double && type != QMetaType::LongLong && type != QMetaType::Int)
            return fail(QObject::tr("is stored as text \"%1\", not as a number")
                            .arg(stored.toString().left(40)));
        // Risk becomes an int on setting; check it first so no value is silently rounded.
        if (field == Field::Risk)
            if (auto problem = checkFieldValue(c, field, stored.toDouble()))
                return Error{*problem};
        return QVariant(stored.toDouble());
    }
    switch (field) {
    case Field::Kind:
        if (!kindFromId(stored.toString()))
            return fail(QObject::tr("\"%1\" is not a kind Cutline knows").arg(stored.toString()));
        return QVariant(stored.toString());
    case Field::Decision:
        if (!decisionFromId(stored.toString()))
            return fail(
                QObject::tr("\"%1\" is not a decision Cutline knows").arg(stored.toString()));
        return QVariant(stored.toString());
    case Field::Mandatory:
        return QVariant(stored.toLongLong() != 0);
    case Field::ReviewDate: {
        const QString text = stored.toString();
        if (text.isEmpty())
            return QVariant(QDate());
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return fail(QObject::tr("\"%1\" is not a date").arg(text.left(40)));
        return QVariant(date);
    }
    default:
        return QVariant(stored.toString());
    }
}

Status execPrepared(QSqlQuery &query)
{
    if (!query.exec())
        return Error{query.lastError().text()};
    return success();
}

Status writeSettings(MemoryDatabase &db, const Workshop &w)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("INSERT INTO workshop (id, title, objective, horizon, date, "
                             "facilitator, decider, capacity, capacity_unit, notes) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(w.title), QVariant(w.objective), QVariant(w.horizon),
                              QVariant(w.date.isValid() ? w.date.toString(Qt::ISODate) : QString()),
                              QVariant(w.facilitator), QVariant(w.decider), QVariant(w.capacity),
                              QVariant(w.capacityUnit), QVariant(w.notes)})
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QString("") : v);
    if (Status s = execPrepared(q); !s)
        return s;
    for (int i = 0; i < w.participants.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO participant (position, name) VALUES (?, ?)"));
        q.addBindValue(i);
        q.addBindValue(w.participants[i]);
        if (Status s = execPrepared(q); !s)
            return s;
    }
    for (int i = 0; i < w.goals.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO goal (position, name, metric, target) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(i);
        q.addBindValue(w.goals[i].name);
        q.addBindValue(w.goals[i].metric);
        q.addBindValue(w.goals[i].target);
        if (Status s = execPrepared(q); !s)
            return s;
    }
    return success();
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Status writeCandidates(MemoryDatabase &db, const Workshop &w)
{
    const QList<Field> fields = columnFields();
    QStringList names{QStringLiteral("id"), QStringLiteral("position")};
    for (Field f : fields)
        names.append(columnName(f));
    QStringList marks(names.size(), QStringLiteral("?"));
    const QString insert = QStringLiteral("INSERT INTO candidate (%1) VALUES (%2)")
                               .arg(names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    QSqlQuery q(db.database());
    for (int i = 0; i < w.candidates.size(); ++i) {
        const Candidate &c = w.candidates[i];
        q.prepare(insert);
        q.addBindValue(c.id);
        q.addBindValue(i);
        for (Field f : fields) {
            const QVariant v = toColumn(c, f);
            q.addBindValue(v.typeId() == QMetaType::QString ? QVariant(nonNull(v.toString())) : v);
        }
        if (Status s = execPrepared(q); !s)
            return s;
        for (int t = 0; t < c.tags.size(); ++t) {
            q.prepare(QStringLiteral("INSERT INTO candidate_tag (candidate_id, position, tag) "
                                     "VALUES (?, ?, ?)"));
            q.addBindValue(c.id);
            q.addBindValue(t);
            q.addBindValue(c.tags[t]);
            if (Status s = execPrepared(q); !s)
                return s;
        }
    }
    for (const Dependency &d : w.dependencies) {
        q.prepare(QStringLiteral("INSERT INTO dependency (from_id, to_id, type) VALUES (?, ?, ?)"));
        q.addBindValue(d.from);
        q.addBindValue(d.to);
        q.addBindValue(linkTypeId(d.type));
        if (Status s = execPrepared(q); !s)
            return s;
    }
    return success();
}

Status readSettings(MemoryDatabase &db, Workshop &w)
{
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT title, objective, horizon, date, facilitator, decider, "
                               "capacity, capacity_unit, notes FROM workshop")))
        return Error{q.lastError().text()};
    if (!q.next())
        return Error{QObject::tr("the workshop's settings are missing")};
    w.title = q.value(0).toString();
    w.objective = q.value(1).toString();
    w.horizon = q.value(2).toString();
    const QString date = q.value(3).toString();
    w.date = QDate::fromString(date, Qt::ISODate);
    if (!date.isEmpty() && !w.date.isValid())
        return Error{QObject::tr("the workshop date \"%1\" is not a date").arg(date.left(40))};
    w.facilitator = q.value(4).toString();
    w.decider = q.value(5).toString();
    w.capacity = q.value(6).toDouble();
    w.capacityUnit = q.value(7).toString();
    w.notes = q.value(8).toString();

    if (!q.exec(QStringLiteral("SELECT name FROM participant ORDER BY position")))
        return Error{q.lastError().text()};
    while (q.next())
        w.participants.append(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT name, metric, target FROM goal ORDER BY position")))
        return Error{q.lastError().text()};
    while (q.next())
        w.goals.append(Goal{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return success();
}

Status readCandidates(MemoryDatabase &db, Workshop &w)
{
    const QList<Field> fields = columnFields();
    QStringList names{QStringLiteral("id")};
    for (Field f : fields)
        names.append(columnName(f));
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM candidate ORDER BY position, id")
                    .arg(names.join(QLatin1Char(',')))))
        return Error{q.lastError().text()};
    while (q.next()) {
        Candidate c;
        c.id = q.value(0).toInt();
        for (int i = 0; i < fields.size(); ++i) {
            const Result<QVariant> value = fromColumn(c, fields[i], q.value(i + 1));
            if (!value)
                return Error{value.error()};
            setFieldValue(c, fields[i], value.value());
        }
        w.candidates.append(c);
    }
    if (!q.exec(QStringLiteral("SELECT candidate_id, tag FROM candidate_tag "
                               "ORDER BY candidate_id, position")))
        return Error{q.lastError().text()};
    while (q.next())
        if (Candidate *c = w.candidate(q.value(0).toInt()))
            c->tags.append(q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT from_id, to_id, type FROM dependency ORDER BY rowid")))
        return Error{q.lastError().text()};
    while (q.next()) {
        const auto type = linkTypeFromId(q.value(2).toString());
        if (!type)
            return Error{QObject::tr("a link has the unknown type \"%1\"")
                             .arg(q.value(2).toString().left(40))};
        w.dependencies.append(Dependency{q.value(0).toInt(), q.value(1).toInt(), *type});
    }
    return success();
}

} // namespace

Status writeWorkshopTables(MemoryDatabase &db, const Workshop &workshop)
{
    if (!db.database().transaction())
        return Error{db.lastSqliteError()};
    Status s = writeSettings(db, workshop);
    if (s)
        s = writeCandidates(db, workshop);
    if (!s) {
        db.database().rollback();
        return s;
    }
    if (!db.database().commit())
        return Error{db.lastSqliteError()};
    return success();
}

Result<Workshop> readWorkshopTables(MemoryDatabase &db)
{
    Workshop w;
    w.capacityUnit.clear();
    if (Status s = readSettings(db, w); !s)
        return Error{s.error()};
    if (Status s = readCandidates(db, w); !s)
        return Error{s.error()};
    return w;
}

} // namespace cutline
