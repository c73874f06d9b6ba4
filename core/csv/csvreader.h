// CsvReader: RFC 4180 parsing (quoted commas, quotes and line breaks; LF or CRLF) that keeps
// the line each record starts on, so errors can name it.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cutline {

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

// Parses decoded text. Empty lines, and rows whose fields are all empty (spreadsheets write
// them), are skipped. The error names the line and column.
Result<QList<CsvRecord>> parseCsv(const QString &text, QChar delimiter = QLatin1Char(','));

// ',' unless the header line has semicolons and no commas, as spreadsheets in locales with a
// decimal comma write it.
QChar sniffCsvDelimiter(const QString &text);

// Decodes UTF-8 with or without a byte-order mark; refuses bytes that are not UTF-8.
Result<QString> decodeCsv(const QByteArray &bytes);

// Quotes a field if it holds a comma, quote, line break or spaces at its ends.
QString quoteCsvField(const QString &field);

} // namespace cutline
