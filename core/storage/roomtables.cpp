#include "core/storage/roomtables.h"

#include "core/room/roomlogic.h"
#include "core/storage/memorydatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace cutline::roomtables {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::RoomTables)
};

QString modeId(RoundMode mode)
{
    return mode == RoundMode::Live ? QStringLiteral("live") : QStringLiteral("sweep");
}

std::optional<RoundMode> modeFromId(const QString &id)
{
    if (id == QStringLiteral("live"))
        return RoundMode::Live;
    if (id == QStringLiteral("sweep"))
        return RoundMode::Sweep;
    return std::nullopt;
}

QString kindId(RoundOutcome::Kind kind)
{
    return kind == RoundOutcome::Kind::Accepted ? QStringLiteral("accepted")
                                                : QStringLiteral("overridden");
}

std::optional<RoundOutcome::Kind> kindFromId(const QString &id)
{
    if (id == QStringLiteral("accepted"))
        return RoundOutcome::Kind::Accepted;
    if (id == QStringLiteral("overridden"))
        return RoundOutcome::Kind::Overridden;
    return std::nullopt;
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Status run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return Error{ErrorCode::Internal, q.lastError().text()};
    return success();
}

Status prepare(QSqlQuery &q, const QString &sql)
{
    if (!q.prepare(sql))
        return Error{ErrorCode::Internal, q.lastError().text()};
    return success();
}

Status writeValues(MemoryDatabase &db, const QString &table, const QVariantList &owner,
                   const QMap<QString, double> &values)
{
    QSqlQuery q(db.database());
    if (Status s = prepare(q, QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?)").arg(table)); !s)
        return s;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        // SQLite would store NaN as NULL; say what is wrong instead of a constraint failure.
        if (!std::isfinite(it.value()))
            return Error{Text::tr("Room round %1: %2 is %3, not a finite number; it cannot be "
                                  "saved.")
                             .arg(owner.value(0).toInt())
                             .arg(it.key())
                             .arg(it.value())};
        if (Status s = run(q, owner + QVariantList{it.key(), it.value()}); !s)
            return s;
    }
    return success();
}

Status writeRound(MemoryDatabase &db, const RoomRound &r)
{
    QSqlQuery q(db.database());
    Status s = prepare(q, QStringLiteral("INSERT INTO room_round VALUES (?, ?, ?, ?, ?)"));
    if (s)
        s = run(q, {r.number, modeId(r.mode), r.anonymous ? 1 : 0, timeText(r.openedAt),
                    timeText(r.revealedAt)});
    if (s)
        s = prepare(q, QStringLiteral("INSERT INTO room_round_candidate VALUES (?, ?, ?)"));
    for (int i = 0; s && i < r.candidateIds.size(); ++i)
        s = run(q, {r.number, i, r.candidateIds[i]});
    if (s)
        s = prepare(q, QStringLiteral("INSERT INTO room_round_input VALUES (?, ?, ?)"));
    for (int i = 0; s && i < r.inputs.size(); ++i)
        s = run(q, {r.number, i, r.inputs[i]});
    return s;
}

Status writeBallots(MemoryDatabase &db, const RoomRound &r)
{
    // An anonymous round keeps no names, only aliases, whatever the caller handed in.
    const RoomRound stored = r.anonymous ? room::anonymized(r) : r;
    QSqlQuery q(db.database());
    for (int i = 0; i < stored.ballots.size(); ++i) {
        const Ballot &b = stored.ballots[i];
        Status s = prepare(q, QStringLiteral("INSERT INTO room_ballot VALUES (?, ?, ?, ?, ?, ?)"));
        if (s)
            s = run(q, {r.number, i, b.candidateId, text(b.participant), text(b.reason),
                        timeText(b.at)});
        if (s)
            s = writeValues(db, QStringLiteral("room_ballot_value"), {r.number, i}, b.values);
        if (!s)
            return s;
    }
    return success();
}

Status writeOutcomes(MemoryDatabase &db, const RoomRound &r)
{
    QSqlQuery q(db.database());
    for (int i = 0; i < r.outcomes.size(); ++i) {
        const RoundOutcome &o = r.outcomes[i];
        Status s =
            prepare(q, QStringLiteral("INSERT INTO room_outcome VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (s)
            s = run(q, {r.number, i, o.candidateId, kindId(o.kind), text(o.reason), text(o.by),
                        timeText(o.at)});
        if (s)
            s = writeValues(db, QStringLiteral("room_outcome_value"), {r.number, i}, o.values);
        if (!s)
            return s;
    }
    return success();
}

// --- Reading: every row is checked, since files are untrusted input. ---

Error broken(int round, const QString &what)
{
    return Error{ErrorCode::Damaged, Text::tr("Room round %1: %2").arg(round).arg(what)};
}

Status select(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Error{ErrorCode::Internal, q.lastError().text()};
    return success();
}

RoomRound *roundNumbered(Workshop &w, int number)
{
    for (RoomRound &r : w.rounds)
        if (r.number == number)
            return &r;
    return nullptr;
}

Result<QDateTime> readTime(int round, const QString &stored, bool optional)
{
    if (stored.isEmpty() && optional)
        return QDateTime();
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!at.isValid())
        return broken(round, Text::tr("\"%1\" is not a time.").arg(stored.left(40)));
    return at.toUTC();
}

Status readRounds(MemoryDatabase &db, Workshop &w)
{
    QSqlQuery q(db.database());
    if (Status s = select(q, QStringLiteral("SELECT number, mode, anonymous, opened_at, "
                                            "revealed_at FROM room_round ORDER BY number"));
        !s)
        return s;
    while (q.next()) {
        RoomRound r;
        r.number = q.value(0).toInt();
        if (r.number < 1)
            return broken(r.number, Text::tr("round numbers start at 1."));
        const auto mode = modeFromId(q.value(1).toString());
        if (!mode)
            return broken(r.number, Text::tr("\"%1\" is not a round mode (live or sweep).")
                                        .arg(q.value(1).toString().left(40)));
        r.mode = *mode;
        r.anonymous = q.value(2).toLongLong() != 0;
        const Result<QDateTime> opened = readTime(r.number, q.value(3).toString(), false);
        const Result<QDateTime> revealed = readTime(r.number, q.value(4).toString(), true);
        if (!opened)
            return opened.failure();
        if (!revealed)
            return revealed.failure();
        r.openedAt = opened.value();
        r.revealedAt = revealed.value();
        w.rounds.append(r);
    }
    return success();
}

Status readRoundLists(MemoryDatabase &db, Workshop &w)
{
    QSqlQuery q(db.database());
    if (Status s = select(q, QStringLiteral("SELECT round, candidate_id FROM room_round_candidate "
                                            "ORDER BY round, position"));
        !s)
        return s;
    while (q.next()) {
        RoomRound *r = roundNumbered(w, q.value(0).toInt());
        const int id = q.value(1).toInt();
        if (!r)
            return broken(q.value(0).toInt(), Text::tr("the round does not exist."));
        if (!w.candidate(id))
            return broken(r->number, Text::tr("candidate %1 is not in the workshop.").arg(id));
        r->candidateIds.append(id);
    }
    if (Status s = select(q, QStringLiteral("SELECT round, input FROM room_round_input "
                                            "ORDER BY round, position"));
        !s)
        return s;
    while (q.next()) {
        RoomRound *r = roundNumbered(w, q.value(0).toInt());
        if (!r)
            return broken(q.value(0).toInt(), Text::tr("the round does not exist."));
        r->inputs.append(q.value(1).toString());
    }
    return success();
}

// A stored value: a known kind of input, finite, on its scale (criteria renamed since are kept).
Status checkValue(const Workshop &w, const RoomRound &r, const QString &input, double value)
{
    const bool criterion = input.startsWith(QStringLiteral("criterion:"));
    const std::optional<room::InputSpec> spec = room::inputSpec(w, input);
    if (!spec && !criterion)
        return broken(r.number, Text::tr("\"%1\" is not an input.").arg(input.left(40)));
    if (!std::isfinite(value))
        return broken(r.number,
                      Text::tr("%1 is %2, not a finite number.").arg(input.left(40)).arg(value));
    const double min = spec ? spec->min : 0;
    const double max = !spec ? 10 : spec->ratio ? HUGE_VAL : spec->max;
    if (value < min || value > max)
        return broken(r.number, Text::tr("%1 %2 is off its scale.").arg(input.left(40)).arg(value));
    return success();
}

// Reads a values table into the ballots (or outcomes) of each round, by position.
template <typename Item>
Status readValues(MemoryDatabase &db, Workshop &w, const QString &table,
                  QList<Item> RoomRound::*items)
{
    QSqlQuery q(db.database());
    if (Status s =
            select(q, QStringLiteral("SELECT round, position, input, value FROM %1 ORDER BY round, "
                                     "position, input")
                          .arg(table));
        !s)
        return s;
    while (q.next()) {
        RoomRound *r = roundNumbered(w, q.value(0).toInt());
        const qsizetype position = q.value(1).toLongLong();
        if (!r || position < 0 || position >= (r->*items).size())
            return broken(q.value(0).toInt(), Text::tr("a value belongs to nothing."));
        const QString input = q.value(2).toString();
        const double value = q.value(3).toDouble();
        if (Status s = checkValue(w, *r, input, value); !s)
            return s;
        (r->*items)[position].values.insert(input, value);
    }
    return success();
}

Status checkCandidate(const Workshop &w, const RoomRound &r, int id)
{
    if (!w.candidate(id))
        return broken(r.number, Text::tr("candidate %1 is not in the workshop.").arg(id));
    if (!r.candidateIds.contains(id))
        return broken(r.number, Text::tr("candidate %1 is not in the round.").arg(id));
    return success();
}

Status readBallots(MemoryDatabase &db, Workshop &w)
{
    QSqlQuery q(db.database());
    if (Status s = select(q, QStringLiteral("SELECT round, position, candidate_id, participant, "
                                            "reason, at FROM room_ballot ORDER BY round, "
                                            "position"));
        !s)
        return s;
    while (q.next()) {
        RoomRound *r = roundNumbered(w, q.value(0).toInt());
        if (!r || q.value(1).toLongLong() != r->ballots.size())
            return broken(q.value(0).toInt(), Text::tr("the ballots are out of order."));
        Ballot b;
        b.candidateId = q.value(2).toInt();
        b.participant = q.value(3).toString();
        b.reason = q.value(4).toString();
        const Result<QDateTime> at = readTime(r->number, q.value(5).toString(), true);
        if (Status s = checkCandidate(w, *r, b.candidateId); !s)
            return s;
        if (!at)
            return at.failure();
        b.at = at.value();
        r->ballots.append(b);
    }
    return readValues(db, w, QStringLiteral("room_ballot_value"), &RoomRound::ballots);
}

Status readOutcomes(MemoryDatabase &db, Workshop &w)
{
    QSqlQuery q(db.database());
    if (Status s =
            select(q, QStringLiteral("SELECT round, position, candidate_id, kind, reason, "
                                     "decided_by, at FROM room_outcome ORDER BY round, position"));
        !s)
        return s;
    while (q.next()) {
        RoomRound *r = roundNumbered(w, q.value(0).toInt());
        if (!r || q.value(1).toLongLong() != r->outcomes.size())
            return broken(q.value(0).toInt(), Text::tr("the outcomes are out of order."));
        RoundOutcome o;
        o.candidateId = q.value(2).toInt();
        const auto kind = kindFromId(q.value(3).toString());
        o.reason = q.value(4).toString();
        o.by = q.value(5).toString();
        const Result<QDateTime> at = readTime(r->number, q.value(6).toString(), true);
        if (Status s = checkCandidate(w, *r, o.candidateId); !s)
            return s;
        if (!kind)
            return broken(
                r->number,
                Text::tr("\"%1\" is not an outcome.").arg(q.value(3).toString().left(40)));
        if (*kind == RoundOutcome::Kind::Overridden && o.reason.trimmed().isEmpty())
            return broken(r->number, Text::tr("an override has no reason."));
        if (!at)
            return at.failure();
        o.kind = *kind;
        o.at = at.value();
        r->outcomes.append(o);
    }
    return readValues(db, w, QStringLiteral("room_outcome_value"), &RoomRound::outcomes);
}

} // namespace

QStringList ddl()
{
    return {
        QStringLiteral("CREATE TABLE room_round (number INTEGER PRIMARY KEY, mode TEXT NOT NULL, "
                       "anonymous INTEGER NOT NULL, opened_at TEXT NOT NULL, "
                       "revealed_at TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE room_round_candidate (round INTEGER NOT NULL "
                       "REFERENCES room_round(number), position INTEGER NOT NULL, "
                       "candidate_id INTEGER NOT NULL REFERENCES candidate(id), "
                       "PRIMARY KEY (round, position)) STRICT"),
        QStringLiteral("CREATE TABLE room_round_input (round INTEGER NOT NULL "
                       "REFERENCES room_round(number), position INTEGER NOT NULL, "
                       "input TEXT NOT NULL, PRIMARY KEY (round, position)) STRICT"),
        // participant: a name, or in an anonymous round only an alias ("Participant 3").
        QStringLiteral("CREATE TABLE room_ballot (round INTEGER NOT NULL "
                       "REFERENCES room_round(number), position INTEGER NOT NULL, "
                       "candidate_id INTEGER NOT NULL REFERENCES candidate(id), "
                       "participant TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL, "
                       "PRIMARY KEY (round, position)) STRICT"),
        QStringLiteral("CREATE TABLE room_ballot_value (round INTEGER NOT NULL, "
                       "position INTEGER NOT NULL, input TEXT NOT NULL, value REAL NOT NULL, "
                       "PRIMARY KEY (round, position, input), FOREIGN KEY (round, position) "
                       "REFERENCES room_ballot(round, position)) STRICT"),
        QStringLiteral("CREATE TABLE room_outcome (round INTEGER NOT NULL "
                       "REFERENCES room_round(number), position INTEGER NOT NULL, "
                       "candidate_id INTEGER NOT NULL REFERENCES candidate(id), "
                       "kind TEXT NOT NULL, reason TEXT NOT NULL, decided_by TEXT NOT NULL, "
                       "at TEXT NOT NULL, PRIMARY KEY (round, position)) STRICT"),
        QStringLiteral("CREATE TABLE room_outcome_value (round INTEGER NOT NULL, "
                       "position INTEGER NOT NULL, input TEXT NOT NULL, value REAL NOT NULL, "
                       "PRIMARY KEY (round, position, input), FOREIGN KEY (round, position) "
                       "REFERENCES room_outcome(round, position)) STRICT"),
    };
}

Status write(MemoryDatabase &db, const Workshop &workshop)
{
    for (const RoomRound &r : workshop.rounds) {
        Status s = writeRound(db, r);
        if (s)
            s = writeBallots(db, r);
        if (s)
            s = writeOutcomes(db, r);
        if (!s)
            return s;
    }
    return success();
}

Status read(MemoryDatabase &db, Workshop &workshop)
{
    for (auto part : {readRounds, readRoundLists, readBallots, readOutcomes})
        if (Status s = part(db, workshop); !s)
            return s;
    return success();
}

} // namespace cutline::roomtables
