#include "core/storage/workshoptables.h"

#include "core/model/field.h"
#include "core/scoring/scoring.h"
#include "core/storage/memorydatabase.h"
#include "core/storage/oddstables.h"
#include "core/storage/reviewtables.h"
#include "core/storage/roomtables.h"
#include "core/storage/sourcetables.h"

#include <cmath>

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

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Status writeSettings(MemoryDatabase &db, const Workshop &w)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("INSERT INTO workshop (id, title, objective, horizon, date, "
                             "facilitator, decider, capacity, capacity_unit, notes, framework, "
                             "effort_threshold, value_threshold, review_delay_days, "
                             "signed_off_by, signed_off_at, score_unlocked) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto optional = [](const std::optional<double> &v) {
        return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
    };
    for (const QVariant &v :
         {QVariant(w.title), QVariant(w.objective), QVariant(w.horizon),
          QVariant(w.date.isValid() ? w.date.toString(Qt::ISODate) : QString()),
          QVariant(w.facilitator), QVariant(w.decider), QVariant(w.capacity),
          QVariant(w.capacityUnit), QVariant(w.notes), QVariant(frameworkId(w.framework)),
          optional(w.effortThreshold), optional(w.valueThreshold), QVariant(w.reviewDelayDays),
          QVariant(w.signOff.by),
          QVariant(w.signOff.at.isValid() ? w.signOff.at.toUTC().toString(Qt::ISODateWithMs)
                                          : QString()),
          QVariant(w.scoreUnlockedValue ? 1 : 0)})
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull()
                           ? QString(QLatin1String(""))
                           : v);
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
    for (int i = 0; i < w.criteria.size(); ++i) {
        q.prepare(
            QStringLiteral("INSERT INTO criterion (position, name, weight) VALUES (?, ?, ?)"));
        q.addBindValue(i);
        q.addBindValue(w.criteria[i].name);
        q.addBindValue(w.criteria[i].weight);
        if (Status s = execPrepared(q); !s)
            return s;
    }
    for (int i = 0; i < w.decisionLog.size(); ++i) {
        const DecisionChange &d = w.decisionLog[i];
        q.prepare(QStringLiteral("INSERT INTO decision_log (position, at, author, key, "
                                 "from_decision, to_decision, rationale) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(i);
        q.addBindValue(d.at.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(nonNull(d.author));
        q.addBindValue(nonNull(d.key));
        q.addBindValue(decisionId(d.from));
        q.addBindValue(decisionId(d.to));
        q.addBindValue(nonNull(d.rationale));
        if (Status s = execPrepared(q); !s)
            return s;
    }
    return success();
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
        for (auto it = c.scores.cbegin(); it != c.scores.cend(); ++it) {
            q.prepare(QStringLiteral("INSERT INTO candidate_score (candidate_id, criterion, "
                                     "score) VALUES (?, ?, ?)"));
            q.addBindValue(c.id);
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            if (Status s = execPrepared(q); !s)
                return s;
        }
        for (int d = 0; d < c.dissent.size(); ++d) {
            q.prepare(QStringLiteral("INSERT INTO dissent (candidate_id, position, author, text) "
                                     "VALUES (?, ?, ?, ?)"));
            q.addBindValue(c.id);
            q.addBindValue(d);
            q.addBindValue(nonNull(c.dissent[d].author));
            q.addBindValue(nonNull(c.dissent[d].text));
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
                               "capacity, capacity_unit, notes, framework, effort_threshold, "
                               "value_threshold, review_delay_days, signed_off_by, "
                               "signed_off_at, score_unlocked FROM workshop")))
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
    const auto framework = frameworkFromId(q.value(9).toString());
    if (!framework)
        return Error{QObject::tr("the scoring framework \"%1\" is unknown")
                         .arg(q.value(9).toString().left(40))};
    w.framework = *framework;
    for (auto [column, threshold] :
         {std::pair{10, &w.effortThreshold}, std::pair{11, &w.valueThreshold}}) {
        const QVariant v = q.value(column);
        if (v.isNull())
            continue;
        if (v.typeId() != QMetaType::Double && v.typeId() != QMetaType::LongLong)
            return Error{QObject::tr("a quadrant threshold is not a number")};
        *threshold = v.toDouble();
        if (!std::isfinite(**threshold) || **threshold < 0)
            return Error{QObject::tr("a quadrant threshold is out of range")};
    }
    w.reviewDelayDays = q.value(12).toInt();
    if (w.reviewDelayDays < 0 || w.reviewDelayDays > 3650)
        return Error{
            QObject::tr("the review delay of %1 days is out of range").arg(w.reviewDelayDays)};
    w.signOff.by = q.value(13).toString();
    w.scoreUnlockedValue = q.value(15).toInt() != 0;
    const QString signedAt = q.value(14).toString();
    if (!signedAt.isEmpty()) {
        w.signOff.at = QDateTime::fromString(signedAt, Qt::ISODate);
        if (!w.signOff.at.isValid())
            return Error{
                QObject::tr("the sign-off time \"%1\" is not a time").arg(signedAt.left(40))};
    }

    if (!q.exec(QStringLiteral("SELECT name FROM participant ORDER BY position")))
        return Error{q.lastError().text()};
    while (q.next())
        w.participants.append(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT name, metric, target FROM goal ORDER BY position")))
        return Error{q.lastError().text()};
    while (q.next())
        w.goals.append(Goal{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!q.exec(QStringLiteral("SELECT name, weight FROM criterion ORDER BY position")))
        return Error{q.lastError().text()};
    while (q.next())
        w.criteria.append(Criterion{q.value(0).toString(), q.value(1).toDouble()});
    if (auto problem = checkCriteria(w.criteria))
        return Error{*problem};
    if (!q.exec(QStringLiteral("SELECT at, author, key, from_decision, to_decision, rationale "
                               "FROM decision_log ORDER BY position")))
        return Error{q.lastError().text()};
    while (q.next()) {
        DecisionChange d;
        d.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        d.author = q.value(1).toString();
        d.key = q.value(2).toString();
        const auto from = decisionFromId(q.value(3).toString());
        const auto to = decisionFromId(q.value(4).toString());
        if (!d.at.isValid() || !from || !to)
            return Error{
                QObject::tr("the decision log has a broken entry for %1").arg(d.key.left(40))};
        d.from = *from;
        d.to = *to;
        d.rationale = q.value(5).toString();
        w.decisionLog.append(d);
    }
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
                return value.failure();
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
    if (!q.exec(QStringLiteral("SELECT candidate_id, criterion, score FROM candidate_score")))
        return Error{q.lastError().text()};
    while (q.next()) {
        Candidate *c = w.candidate(q.value(0).toInt());
        const double score = q.value(2).toDouble();
        if (!c)
            continue;
        if (!std::isfinite(score) || score < 0 || score > 10)
            return Error{QObject::tr("%1: the score %2 on \"%3\" is outside 0–10.")
                             .arg(c->key, formatNumber(score), q.value(1).toString().left(40))};
        c->scores.insert(q.value(1).toString(), score);
    }
    if (!q.exec(QStringLiteral("SELECT candidate_id, author, text FROM dissent "
                               "ORDER BY candidate_id, position")))
        return Error{q.lastError().text()};
    while (q.next())
        if (Candidate *c = w.candidate(q.value(0).toInt()))
            c->dissent.append(Dissent{q.value(1).toString(), q.value(2).toString()});
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
    // Schema version 3's parts, each in its own file.
    if (s)
        s = oddstables::write(db, workshop);
    if (s)
        s = roomtables::write(db, workshop);
    if (s)
        s = sourcetables::write(db, workshop);
    if (s)
        s = reviewtables::write(db, workshop);
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
        return s.failure();
    if (Status s = readCandidates(db, w); !s)
        return s.failure();
    for (auto read : {oddstables::read, roomtables::read, sourcetables::read, reviewtables::read})
        if (Status s = read(db, w); !s)
            return s.failure();
    return w;
}

} // namespace cutline
