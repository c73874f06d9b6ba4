#include "core/csv/csvreader.h"

#include <QObject>
#include <QStringDecoder>

#include <algorithm>

namespace cutline {

namespace {

class Parser
{
public:
    Parser(const QString &text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    Result<QList<CsvRecord>> run()
    {
        while (m_pos < m_text.size()) {
            CsvRecord record{m_line, {}};
            Status s = readRecord(record);
            if (!s)
                return s.failure();
            const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                           [](const QString &f) { return f.trimmed().isEmpty(); });
            if (!blank)
                m_records.append(record);
        }
        return m_records;
    }

private:
    QChar peek(int ahead = 0) const
    {
        const qsizetype at = m_pos + ahead;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }

    // Consumes a line break at the cursor (LF, CRLF or a lone CR); true if there was one.
    bool takeLineBreak()
    {
        if (peek() == QLatin1Char('\r')) {
            m_pos += peek(1) == QLatin1Char('\n') ? 2 : 1;
        } else if (peek() == QLatin1Char('\n')) {
            ++m_pos;
        } else {
            return false;
        }
        ++m_line;
        return true;
    }

    Status readRecord(CsvRecord &record)
    {
        for (;;) {
            QString field;
            if (peek() == QLatin1Char('"')) {
                if (Status s = readQuoted(field, record.fields.size() + 1); !s)
                    return s;
            } else {
                while (m_pos < m_text.size() && peek() != m_delimiter &&
                       peek() != QLatin1Char('\r') && peek() != QLatin1Char('\n'))
                    field.append(m_text.at(m_pos++));
            }
            record.fields.append(field);
            if (peek() == m_delimiter) {
                ++m_pos;
                continue;
            }
            takeLineBreak();
            return success();
        }
    }

    Status readQuoted(QString &field, int column)
    {
        const int startLine = m_line;
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_text.size())
                return Error{QObject::tr("line %1, column %2: a quoted field is never closed "
                                         "(a \" is missing).")
                                 .arg(startLine)
                                 .arg(column)};
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"')) {
                if (peek(1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (takeLineBreak()) {
                field.append(QLatin1Char('\n'));
                continue;
            }
            field.append(c);
            ++m_pos;
        }
        if (m_pos < m_text.size() && peek() != m_delimiter && peek() != QLatin1Char('\r') &&
            peek() != QLatin1Char('\n'))
            return Error{QObject::tr("line %1, column %2: text follows the closing quote of a "
                                     "quoted field; write a quote inside a field as \"\".")
                             .arg(m_line)
                             .arg(column)};
        return success();
    }

    const QString &m_text;
    const QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    QList<CsvRecord> m_records;
};

} // namespace

Result<QList<CsvRecord>> parseCsv(const QString &text, QChar delimiter)
{
    return Parser(text, delimiter).run();
}

QChar sniffCsvDelimiter(const QString &text)
{
    const QStringView header = QStringView(text).left(text.indexOf(QLatin1Char('\n')));
    if (!header.contains(QLatin1Char(',')) && header.contains(QLatin1Char(';')))
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<QString> decodeCsv(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{QObject::tr("the file is not UTF-8 text; save it as \"CSV UTF-8\".")};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString quoteCsvField(const QString &field)
{
    const bool needsQuotes =
        field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace cutline
