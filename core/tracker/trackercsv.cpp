#include "core/tracker/trackercsv.h"

#include <QLocale>

#include <cmath>

namespace cutline {

Result<TrackerCsv> TrackerCsv::parse(const QByteArray &bytes, const QString &fileName)
{
    const Result<QString> text = decodeCsv(bytes);
    if (!text)
        return Error{tr("%1: %2").arg(fileName, text.error())};
    Result<QList<CsvRecord>> records = parseCsv(text.value(), sniffCsvDelimiter(text.value()));
    if (!records)
        return Error{tr("%1: %2").arg(fileName, records.error())};
    if (records.value().isEmpty())
        return Error{tr("%1 is empty: it has no header row.").arg(fileName)};
    TrackerCsv csv;
    csv.m_header = records.value().takeFirst().fields;
    for (int i = 0; i < csv.m_header.size(); ++i)
        csv.m_positions[csv.m_header[i].trimmed().toLower()].append(i);
    csv.m_records = std::move(records.value());
    return csv;
}

QList<int> TrackerCsv::positions(const QString &column) const
{
    return m_positions.value(column.trimmed().toLower());
}

QString TrackerCsv::firstPresent(const QStringList &candidates) const
{
    for (const QString &name : candidates)
        if (const QList<int> at = positions(name); !at.isEmpty())
            return m_header.at(at.first()).trimmed();
    return {};
}

QStringList TrackerCsv::values(const CsvRecord &record, const QString &column) const
{
    QStringList result;
    if (column.isEmpty())
        return result;
    for (int i : positions(column))
        if (i < record.fields.size())
            if (const QString v = record.fields.at(i).trimmed(); !v.isEmpty())
                result.append(v);
    return result;
}

QString TrackerCsv::value(const CsvRecord &record, const QString &column) const
{
    const QStringList all = values(record, column);
    return all.isEmpty() ? QString() : all.first();
}

int TrackerCsv::columnNumber(const QString &column) const
{
    const QList<int> at = positions(column);
    return at.isEmpty() ? 0 : at.first() + 1;
}

std::optional<double> parseTrackerNumber(const QString &text)
{
    QString t = text.trimmed();
    if (t.count(QLatin1Char(',')) == 1 && !t.contains(QLatin1Char('.')))
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

namespace {

// Two-digit years are read as 19yy by Qt; trackers mean this century.
QDate fixCentury(QDate date, const QString &format)
{
    if (date.isValid() && !format.contains(QLatin1String("yyyy")) && date.year() < 1970)
        return date.addYears(100);
    return date;
}

} // namespace

std::optional<QDate> parseTrackerDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (const QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs); iso.isValid())
        return iso.date();
    if (const QDate iso = QDate::fromString(t.left(10), Qt::ISODate);
        iso.isValid() && (t.size() == 10 || t.at(10) == QLatin1Char(' ')))
        return iso;
    static const QStringList dateTimeFormats = {
        QStringLiteral("d/MMM/yy h:mm AP"), QStringLiteral("d/MMM/yyyy h:mm AP"),
        QStringLiteral("d/MMM/yy H:mm"),    QStringLiteral("d/MMM/yyyy H:mm"),
        QStringLiteral("d.M.yyyy H:mm"),    QStringLiteral("M/d/yyyy h:mm AP"),
    };
    const QLocale c = QLocale::c();
    for (const QString &format : dateTimeFormats)
        if (const QDateTime dt = c.toDateTime(t, format); dt.isValid())
            return fixCentury(dt.date(), format);
    static const QStringList dateFormats = {
        QStringLiteral("d/MMM/yy"), QStringLiteral("d/MMM/yyyy"), QStringLiteral("d.M.yyyy"),
        QStringLiteral("M/d/yyyy"), QStringLiteral("d MMM yyyy"),
    };
    for (const QString &format : dateFormats)
        if (const QDate d = c.toDate(t, format); d.isValid())
            return fixCentury(d, format);
    return std::nullopt;
}

} // namespace cutline
