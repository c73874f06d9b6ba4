#include "core/tracker/githubjson.h"

#include "core/tracker/trackercsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace cutline {

std::optional<qint64> issueNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double n = value.toDouble();
    if (!(n >= 1 && n <= 1e15) || n != std::floor(n))
        return std::nullopt;
    return qint64(n);
}

namespace {

// "#3, #4 and #5" → {"#3", "#4", "#5"}
QStringList issueRefs(const QString &text)
{
    static const QRegularExpression ref(QStringLiteral("#(\\d+)"));
    QStringList keys;
    for (const QRegularExpressionMatch &m : ref.globalMatch(text))
        keys.append(QLatin1Char('#') + m.captured(1));
    return keys;
}

QStringList referencesAfter(const QString &body, const QRegularExpression &phrase)
{
    QStringList keys;
    for (const QRegularExpressionMatch &m : phrase.globalMatch(body))
        keys += issueRefs(m.captured(1));
    keys.removeDuplicates();
    return keys;
}

void readLinks(const QString &body, TrackerIssue &issue)
{
    static const QRegularExpression blockedBy(
        QStringLiteral("\\b(?:depends on|blocked by|requires)\\s*:?\\s*((?:#\\d+(?:\\s*(?:,|and)"
                       "\\s*)?)+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blocks(
        QStringLiteral("\\bblocks\\s*:?\\s*((?:#\\d+(?:\\s*(?:,|and)\\s*)?)+)"),
        QRegularExpression::CaseInsensitiveOption);
    issue.blockedBy = referencesAfter(body, blockedBy);
    issue.blocks = referencesAfter(body, blocks);
}

} // namespace

std::optional<double> pointsFromLabel(const QString &label)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:sp|story\\s*points?|points?|estimate|size)\\s*[:=/ ]\\s*"
                       "(\\d+(?:[.,]\\d+)?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(label);
    if (!m.hasMatch())
        return std::nullopt;
    return parseTrackerNumber(m.captured(1));
}

Result<TrackerData> GitHubJson::parse(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("%1 is not valid JSON (at byte %2): %3.")
                         .arg(fileName)
                         .arg(error.offset)
                         .arg(error.errorString())};
    if (!doc.isArray())
        return Error{tr("%1 is not a list of GitHub issues: `gh issue list --json "
                        "number,title,body,labels,state` writes a JSON array.")
                         .arg(fileName)};
    TrackerData data;
    data.system = QStringLiteral("github");
    const QJsonArray array = doc.array();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const std::optional<qint64> number = issueNumber(o.value(QLatin1String("number")));
        if (!array.at(i).isObject() || !number) {
            data.warnings.append(tr("%1, issue %2 of the list: it has no number; left out.")
                                     .arg(fileName)
                                     .arg(i + 1));
            continue;
        }
        TrackerIssue issue;
        issue.line = i + 1;
        issue.key = QLatin1Char('#') + QString::number(*number);
        issue.title = o.value(QLatin1String("title")).toString().trimmed();
        issue.description = o.value(QLatin1String("body")).toString().trimmed();
        issue.status = o.value(QLatin1String("state")).toString();
        issue.done = issue.status.compare(QLatin1String("closed"), Qt::CaseInsensitive) == 0;
        for (const QJsonValue &label : o.value(QLatin1String("labels")).toArray()) {
            const QString name = label.isObject()
                                     ? label.toObject().value(QLatin1String("name")).toString()
                                     : label.toString();
            if (const std::optional<double> points = pointsFromLabel(name))
                issue.points = *points;
            else if (!name.isEmpty())
                issue.labels.append(name);
        }
        readLinks(issue.description, issue);
        if (const QJsonObject milestone = o.value(QLatin1String("milestone")).toObject();
            !milestone.isEmpty())
            issue.labels.append(QStringLiteral("milestone:") +
                                milestone.value(QLatin1String("title")).toString());
        data.issues.append(issue);
    }
    return data;
}

} // namespace cutline
