// TrackerCsv: a tracker's CSV export as a table whose columns may repeat (Jira writes one
// "Labels" column per label), and the numbers and dates such exports hold.
#pragma once

#include "core/csv/csvreader.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutline {

class TrackerCsv
{
    Q_DECLARE_TR_FUNCTIONS(cutline::TrackerCsv)

public:
    // Decodes (UTF-8, with or without a byte-order mark) and parses; the error names the file,
    // line and column.
    static Result<TrackerCsv> parse(const QByteArray &bytes, const QString &fileName);

    const QStringList &header() const { return m_header; }
    const QList<CsvRecord> &records() const { return m_records; }
    bool has(const QString &column) const { return !positions(column).isEmpty(); }
    // The first of `candidates` the header has, spelled as the header spells it; empty if none.
    QString firstPresent(const QStringList &candidates) const;

    // Every non-empty value of a column (repeated columns in order), trimmed.
    QStringList values(const CsvRecord &record, const QString &column) const;
    // The first non-empty value of a column, trimmed; empty if none.
    QString value(const CsvRecord &record, const QString &column) const;
    // The 1-based column number of a column's first occurrence, for messages.
    int columnNumber(const QString &column) const;

private:
    QList<int> positions(const QString &column) const;

    QStringList m_header;
    QHash<QString, QList<int>> m_positions; // lower-case name → positions in order
    QList<CsvRecord> m_records;
};

// "3", "2.5", "2,5": a number as trackers export them; nullopt if it is not one (or not finite).
std::optional<double> parseTrackerNumber(const QString &text);

// Dates as trackers write them: ISO ("2026-01-02", "2026-01-02T15:04:05Z", "2026-01-02
// 15:04") and Jira's instance formats ("2/Jan/06 3:04 PM", "02/Jan/2006 15:04", "2/Jan/06").
std::optional<QDate> parseTrackerDate(const QString &text);

} // namespace cutline
