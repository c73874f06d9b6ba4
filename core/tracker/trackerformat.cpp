#include "core/tracker/trackerformat.h"

#include "core/csv/csvreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cutline {

namespace {

// The header line of a CSV (the text up to the first line break outside quotes is enough:
// headers hold no line breaks), lower case, without a byte-order mark.
QStringList csvHeader(const QByteArray &bytes)
{
    const Result<QString> text = decodeCsv(bytes.left(64 * 1024));
    if (!text)
        return {};
    const QString first = text.value().section(QLatin1Char('\n'), 0, 0);
    const Result<QList<CsvRecord>> records = parseCsv(first, sniffCsvDelimiter(first));
    if (!records || records.value().isEmpty())
        return {};
    QStringList header;
    for (const QString &name : records.value().first().fields)
        header.append(name.trimmed().toLower());
    return header;
}

} // namespace

QString trackerFormatId(TrackerFormat format)
{
    switch (format) {
    case TrackerFormat::Jira:
        return QStringLiteral("jira");
    case TrackerFormat::Linear:
        return QStringLiteral("linear");
    case TrackerFormat::GitHub:
        return QStringLiteral("github");
    case TrackerFormat::Trello:
        return QStringLiteral("trello");
    default:
        return QStringLiteral("cutline");
    }
}

std::optional<TrackerFormat> trackerFormatFromId(const QString &id)
{
    for (TrackerFormat f : allTrackerFormats())
        if (trackerFormatId(f) == id.trimmed().toLower())
            return f;
    return std::nullopt;
}

QList<TrackerFormat> allTrackerFormats()
{
    return {TrackerFormat::Cutline, TrackerFormat::Jira, TrackerFormat::Linear,
            TrackerFormat::GitHub, TrackerFormat::Trello};
}

QString trackerFormatName(TrackerFormat format)
{
    switch (format) {
    case TrackerFormat::Jira:
        return QCoreApplication::translate("cutline::TrackerFormat", "Jira CSV");
    case TrackerFormat::Linear:
        return QCoreApplication::translate("cutline::TrackerFormat", "Linear CSV");
    case TrackerFormat::GitHub:
        return QCoreApplication::translate("cutline::TrackerFormat", "GitHub issues (JSON)");
    case TrackerFormat::Trello:
        return QCoreApplication::translate("cutline::TrackerFormat", "Trello board (JSON)");
    default:
        return QCoreApplication::translate("cutline::TrackerFormat", "Cutline CSV");
    }
}

std::optional<TrackerFormat> detectTrackerFormat(const QByteArray &bytes)
{
    QByteArray start = bytes.left(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    if (start.startsWith('[') || start.startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (doc.isArray())
            return TrackerFormat::GitHub;
        if (doc.isObject() && doc.object().contains(QLatin1String("cards")))
            return TrackerFormat::Trello;
        return std::nullopt;
    }
    const QStringList header = csvHeader(bytes);
    if (header.contains(QLatin1String("issue key")))
        return TrackerFormat::Jira;
    if (header.size() >= 3 && header.at(0) == QLatin1String("id") &&
        header.at(1) == QLatin1String("team") && header.at(2) == QLatin1String("title"))
        return TrackerFormat::Linear;
    return TrackerFormat::Cutline;
}

} // namespace cutline
