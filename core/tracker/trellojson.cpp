#include "core/tracker/trellojson.h"

#include "core/tracker/githubjson.h"
#include "core/tracker/trackercsv.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cutline {

namespace {

struct Board
{
    QHash<QString, QJsonObject> lists;         // id → list
    QHash<QString, QString> labels;            // id → name
    QHash<QString, QString> keyByShortLink;    // card short link → "T-12"
    QHash<QString, QString> keyByName;         // card name (lower case) → "T-12"
    QHash<QString, QList<QJsonObject>> checks; // card id → its checklists
};

QString cardKey(const QJsonObject &card)
{
    const std::optional<qint64> n = issueNumber(card.value(QLatin1String("idShort")));
    return n ? QStringLiteral("T-") + QString::number(*n) : QString();
}

// "(3) Title": Scrum for Trello's estimate in front of the name.
std::optional<double> takeNamePoints(QString &name)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*\\((\\d+(?:[.,]\\d+)?)\\)\\s*"));
    const QRegularExpressionMatch m = prefix.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    name = name.mid(m.capturedLength()).trimmed();
    return parseTrackerNumber(m.captured(1));
}

// An item of a "Depends on" checklist: a card link, "#12", "T-12" or a card's name.
QString resolveCard(const QString &item, const Board &board)
{
    static const QRegularExpression link(QStringLiteral("trello\\.com/c/([A-Za-z0-9]+)"));
    static const QRegularExpression number(QStringLiteral("^(?:#|T-)(\\d+)$"));
    const QString text = item.trimmed();
    if (const QRegularExpressionMatch m = link.match(text); m.hasMatch())
        return board.keyByShortLink.value(m.captured(1), text);
    if (const QRegularExpressionMatch m = number.match(text); m.hasMatch())
        return QStringLiteral("T-") + m.captured(1);
    return board.keyByName.value(text.toLower(), text);
}

Board readBoard(const QJsonObject &root)
{
    Board b;
    for (const QJsonValue &v : root.value(QLatin1String("lists")).toArray())
        b.lists.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    for (const QJsonValue &v : root.value(QLatin1String("labels")).toArray())
        b.labels.insert(v.toObject().value(QLatin1String("id")).toString(),
                        v.toObject().value(QLatin1String("name")).toString());
    for (const QJsonValue &v : root.value(QLatin1String("cards")).toArray()) {
        const QJsonObject card = v.toObject();
        QString name = card.value(QLatin1String("name")).toString();
        takeNamePoints(name);
        b.keyByShortLink.insert(card.value(QLatin1String("shortLink")).toString(), cardKey(card));
        b.keyByName.insert(name.trimmed().toLower(), cardKey(card));
    }
    for (const QJsonValue &v : root.value(QLatin1String("checklists")).toArray())
        b.checks[v.toObject().value(QLatin1String("idCard")).toString()].append(v.toObject());
    return b;
}

void readChecklists(const QJsonObject &card, const Board &board, TrackerIssue &issue)
{
    for (const QJsonObject &list : board.checks.value(card.value(QLatin1String("id")).toString())) {
        const QString name = list.value(QLatin1String("name")).toString().trimmed();
        const QString lower = name.toLower();
        QStringList items;
        for (const QJsonValue &item : list.value(QLatin1String("checkItems")).toArray())
            items.append(item.toObject().value(QLatin1String("name")).toString().trimmed());
        if (lower == QLatin1String("depends on") || lower == QLatin1String("blocked by")) {
            for (const QString &item : std::as_const(items))
                issue.blockedBy.append(resolveCard(item, board));
        } else if (lower == QLatin1String("blocks")) {
            for (const QString &item : std::as_const(items))
                issue.blocks.append(resolveCard(item, board));
        } else if (!items.isEmpty()) {
            issue.description += QStringLiteral("\n\n") + name + QLatin1Char(':');
            for (const QString &item : std::as_const(items))
                issue.description += QStringLiteral("\n- ") + item;
        }
    }
    issue.description = issue.description.trimmed();
}

TrackerIssue readCard(const QJsonObject &card, int position, const Board &board)
{
    TrackerIssue issue;
    issue.line = position;
    issue.key = cardKey(card);
    issue.title = card.value(QLatin1String("name")).toString().trimmed();
    issue.points = takeNamePoints(issue.title);
    issue.description = card.value(QLatin1String("desc")).toString().trimmed();
    const QJsonObject list = board.lists.value(card.value(QLatin1String("idList")).toString());
    issue.status = list.value(QLatin1String("name")).toString().trimmed();
    issue.done = card.value(QLatin1String("closed")).toBool() ||
                 list.value(QLatin1String("closed")).toBool() ||
                 card.value(QLatin1String("dueComplete")).toBool() ||
                 issue.status.compare(QLatin1String("Done"), Qt::CaseInsensitive) == 0;
    QStringList names;
    for (const QJsonValue &l : card.value(QLatin1String("labels")).toArray())
        names.append(l.toObject().value(QLatin1String("name")).toString());
    if (names.isEmpty())
        for (const QJsonValue &id : card.value(QLatin1String("idLabels")).toArray())
            names.append(board.labels.value(id.toString()));
    for (const QString &name : std::as_const(names)) {
        if (const std::optional<double> points = pointsFromLabel(name))
            issue.points = *points;
        else if (!name.trimmed().isEmpty())
            issue.labels.append(name.trimmed());
    }
    if (const QString due = card.value(QLatin1String("due")).toString(); !due.isEmpty()) {
        const std::optional<QDate> date = parseTrackerDate(due);
        issue.due = date ? date->toString(Qt::ISODate) : due;
    }
    readChecklists(card, board, issue);
    return issue;
}

} // namespace

Result<TrackerData> TrelloJson::parse(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("%1 is not valid JSON (at byte %2): %3.")
                         .arg(fileName)
                         .arg(error.offset)
                         .arg(error.errorString())};
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QLatin1String("cards")).isArray())
        return Error{tr("%1 is not a Trello board: a board's JSON export is an object with "
                        "\"cards\" and \"lists\".")
                         .arg(fileName)};
    const Board board = readBoard(root);
    TrackerData data;
    data.system = QStringLiteral("trello");
    const QJsonArray cards = root.value(QLatin1String("cards")).toArray();
    for (int i = 0; i < cards.size(); ++i) {
        TrackerIssue issue = readCard(cards.at(i).toObject(), i + 1, board);
        if (!issue.due.isEmpty() && !parseTrackerDate(issue.due))
            data.warnings.append(tr("%1, card %2 (%3): the due date \"%4\" cannot be read; kept "
                                    "as text.")
                                     .arg(fileName)
                                     .arg(i + 1)
                                     .arg(issue.key, issue.due));
        data.issues.append(issue);
    }
    return data;
}

} // namespace cutline
