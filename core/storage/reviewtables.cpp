#include "core/storage/reviewtables.h"

#include "core/storage/memorydatabase.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace cutline::reviewtables {

namespace {

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return Error{q.lastError().text()};
    return success();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Status writeBet(QSqlQuery &q, const Candidate &c)
{
    const Bet &b = *c.bet;
    q.prepare(QStringLiteral("INSERT INTO bet (candidate_id, metric, baseline, target, "
                             "review_date, confidence) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(c.id), QVariant(nonNull(b.metric)), QVariant(nonNull(b.baseline)),
          QVariant(nonNull(b.target)), QVariant(isoDate(b.reviewDate)), QVariant(b.confidence)})
        q.addBindValue(v);
    return exec(q);
}

Status writeReview(QSqlQuery &q, const Candidate &c)
{
    const Review &r = *c.review;
    q.prepare(QStringLiteral("INSERT INTO review (candidate_id, reviewed_on, reviewer, shipped, "
                             "actual_effort, actual_value, verdict, lesson) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(c.id), QVariant(isoDate(r.reviewedOn)), QVariant(nonNull(r.reviewer)),
          QVariant(shippedId(r.shipped)),
          r.actualEffort ? QVariant(*r.actualEffort) : QVariant(QMetaType::fromType<double>()),
          QVariant(nonNull(r.actualValue)), QVariant(verdictId(r.verdict)),
          QVariant(nonNull(r.lesson))})
        q.addBindValue(v);
    return exec(q);
}

Result<QDate> readDate(const QVariant &stored, const QString &key, const QString &what)
{
    const QString text = stored.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error{ErrorCode::Damaged,
                     QObject::tr("%1: the %2 \"%3\" is not a date").arg(key, what, text.left(40))};
    return date;
}

Status readBets(MemoryDatabase &db, Workshop &w)
{
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT candidate_id, metric, baseline, target, review_date, "
                               "confidence FROM bet")))
        return Error{q.lastError().text()};
    while (q.next()) {
        Candidate *c = w.candidate(q.value(0).toInt());
        if (!c)
            return Error{
                ErrorCode::Damaged,
                QObject::tr("a bet belongs to no candidate (id %1)").arg(q.value(0).toInt())};
        Bet b;
        b.metric = q.value(1).toString();
        b.baseline = q.value(2).toString();
        b.target = q.value(3).toString();
        const Result<QDate> date = readDate(q.value(4), c->key, QObject::tr("bet's review date"));
        if (!date)
            return date.failure();
        b.reviewDate = date.value();
        b.confidence = q.value(5).toDouble();
        if (auto problem = betProblem(c->key, b))
            return Error{ErrorCode::Damaged, *problem};
        c->bet = b;
    }
    return success();
}

Status readReviews(MemoryDatabase &db, Workshop &w)
{
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT candidate_id, reviewed_on, reviewer, shipped, "
                               "actual_effort, actual_value, verdict, lesson FROM review")))
        return Error{q.lastError().text()};
    while (q.next()) {
        Candidate *c = w.candidate(q.value(0).toInt());
        if (!c)
            return Error{
                ErrorCode::Damaged,
                QObject::tr("a review belongs to no candidate (id %1)").arg(q.value(0).toInt())};
        Review r;
        const Result<QDate> date = readDate(q.value(1), c->key, QObject::tr("review date"));
        if (!date)
            return date.failure();
        r.reviewedOn = date.value();
        r.reviewer = q.value(2).toString();
        const auto shipped = shippedFromId(q.value(3).toString());
        const auto verdict = verdictFromId(q.value(6).toString());
        if (!shipped || !verdict)
            return Error{
                ErrorCode::Damaged,
                QObject::tr("%1: the review's outcome \"%2\"/\"%3\" is unknown")
                    .arg(c->key, q.value(3).toString().left(20), q.value(6).toString().left(20))};
        r.shipped = *shipped;
        r.verdict = *verdict;
        if (!q.value(4).isNull())
            r.actualEffort = q.value(4).toDouble();
        r.actualValue = q.value(5).toString();
        r.lesson = q.value(7).toString();
        if (auto problem = reviewProblem(c->key, r))
            return Error{ErrorCode::Damaged, *problem};
        c->review = r;
    }
    return success();
}

} // namespace

QStringList ddl()
{
    return {
        QStringLiteral("CREATE TABLE bet (candidate_id INTEGER PRIMARY KEY "
                       "REFERENCES candidate(id), metric TEXT NOT NULL, baseline TEXT NOT NULL, "
                       "target TEXT NOT NULL, review_date TEXT NOT NULL, "
                       "confidence REAL NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE review (candidate_id INTEGER PRIMARY KEY "
                       "REFERENCES candidate(id), reviewed_on TEXT NOT NULL, "
                       "reviewer TEXT NOT NULL, shipped TEXT NOT NULL, actual_effort REAL, "
                       "actual_value TEXT NOT NULL, verdict TEXT NOT NULL, "
                       "lesson TEXT NOT NULL) STRICT"),
    };
}

Status write(MemoryDatabase &db, const Workshop &workshop)
{
    QSqlQuery q(db.database());
    for (const Candidate &c : workshop.candidates) {
        if (c.bet)
            if (Status s = writeBet(q, c); !s)
                return s;
        if (c.review)
            if (Status s = writeReview(q, c); !s)
                return s;
    }
    return success();
}

Status read(MemoryDatabase &db, Workshop &workshop)
{
    if (Status s = readBets(db, workshop); !s)
        return s;
    return readReviews(db, workshop);
}

} // namespace cutline::reviewtables
