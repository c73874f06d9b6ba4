#include "core/tracker/linearcsv.h"

namespace cutline {

namespace {

// Linear writes several labels or related keys into one cell: "Bug, Frontend".
QStringList splitList(const QString &cell)
{
    QStringList items;
    for (const QString &item : cell.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = item.trimmed(); !t.isEmpty())
            items.append(t);
    return items;
}

bool isDoneStatus(const QString &status)
{
    for (const char *done : {"done", "canceled", "cancelled", "duplicate", "completed"})
        if (status.compare(QLatin1String(done), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QMap<QString, QString> LinearCsv::guessMapping(const TrackerCsv &csv)
{
    QMap<QString, QString> m;
    m[role::Key] = csv.firstPresent({QStringLiteral("ID")});
    m[role::Title] = csv.firstPresent({QStringLiteral("Title")});
    m[role::Description] = csv.firstPresent({QStringLiteral("Description")});
    m[role::Type] = QString();
    m[role::Status] = csv.firstPresent({QStringLiteral("Status")});
    m[role::Points] = csv.firstPresent({QStringLiteral("Estimate")});
    m[role::Estimate] = QString();
    m[role::Labels] = csv.firstPresent({QStringLiteral("Labels")});
    return m;
}

Result<TrackerData> LinearCsv::parse(const QByteArray &bytes, const QString &fileName,
                                     const QMap<QString, QString> &mapping)
{
    Result<TrackerCsv> parsed = TrackerCsv::parse(bytes, fileName);
    if (!parsed)
        return parsed.failure();
    const TrackerCsv &csv = parsed.value();
    QMap<QString, QString> map = guessMapping(csv);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (!csv.has(it.value()))
            return Error{
                tr("%1 has no column \"%2\" (mapped to %3).").arg(fileName, it.value(), it.key())};
        map[it.key()] = it.value();
    }
    if (map.value(role::Key).isEmpty() || map.value(role::Title).isEmpty())
        return Error{
            tr("%1 is not a Linear export: it has no \"ID\" and \"Title\" columns.").arg(fileName)};
    TrackerData data;
    data.system = QStringLiteral("linear");
    data.columns = csv.header();
    data.mapping = map;
    for (const CsvRecord &r : csv.records()) {
        TrackerIssue issue;
        issue.line = r.line;
        issue.key = csv.value(r, map.value(role::Key));
        issue.title = csv.value(r, map.value(role::Title));
        issue.description = csv.value(r, map.value(role::Description));
        issue.type = csv.value(r, map.value(role::Type));
        issue.status = csv.value(r, map.value(role::Status));
        for (const QString &cell : csv.values(r, map.value(role::Labels)))
            issue.labels += splitList(cell);
        issue.done = isDoneStatus(issue.status) ||
                     !csv.value(r, QStringLiteral("Completed")).isEmpty() ||
                     !csv.value(r, QStringLiteral("Canceled")).isEmpty();
        for (const QString &which : {role::Points, role::Estimate}) {
            const QString text = csv.value(r, map.value(which));
            if (text.isEmpty())
                continue;
            const std::optional<double> v = parseTrackerNumber(text);
            if (!v || *v < 0) {
                data.warnings.append(tr("%1, line %2, column %3 (%4): %5 \"%6\" is not a number "
                                        "of zero or more; no estimate taken from it.")
                                         .arg(fileName)
                                         .arg(r.line)
                                         .arg(csv.columnNumber(map.value(which)))
                                         .arg(map.value(which), issue.key, text));
                continue;
            }
            (which == role::Points ? issue.points : issue.estimateSeconds) = v;
        }
        issue.blockedBy = splitList(csv.value(r, QStringLiteral("Blocked by")));
        issue.blocks = splitList(
            csv.value(r, csv.firstPresent({QStringLiteral("Blocks"), QStringLiteral("Blocking")})));
        issue.otherLinks = int(splitList(csv.value(r, QStringLiteral("Related to"))).size());
        issue.parent = csv.value(r, QStringLiteral("Parent issue"));
        if (const QString due = csv.value(r, QStringLiteral("Due Date")); !due.isEmpty()) {
            const std::optional<QDate> date = parseTrackerDate(due);
            issue.due = date ? date->toString(Qt::ISODate) : due;
            if (!date)
                data.warnings.append(tr("%1, line %2: %3 has the due date \"%4\", which Cutline "
                                        "cannot read; kept as text.")
                                         .arg(fileName)
                                         .arg(r.line)
                                         .arg(issue.key, due));
        }
        data.issues.append(issue);
    }
    return data;
}

} // namespace cutline
