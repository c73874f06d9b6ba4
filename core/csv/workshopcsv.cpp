#include "core/csv/workshopcsv.h"

#include "core/csv/csvreader.h"
#include "core/graph/dependencygraph.h"
#include "core/inputfile.h"
#include "core/model/field.h"
#include "core/model/kindprofile.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QObject>
#include <QSaveFile>

#include <cmath>

namespace cutline {

namespace {

const QString kDependsOn = QStringLiteral("depends_on");
const QString kExcludes = QStringLiteral("excludes");
// Odds (issue 14): the value as an 80 % band, beside the fields (not a candidate table column).
const QString kValueLow = QStringLiteral("value_low");
const QString kValueHigh = QStringLiteral("value_high");
constexpr int kMaxErrorsShown = 20;

// Where a value came from, for messages.
struct Cell
{
    int line = 0;
    int column = 0;
    QString header;
};

// Fields whose bad value setting would lose (an unknown kind becomes product, risk 2.5
// becomes 2): they are checked before they are set, the rest once the row is complete.
bool checkedBeforeSetting(Field field)
{
    return field == Field::Key || field == Field::Kind || field == Field::Decision ||
           field == Field::Risk;
}

struct PendingLinks
{
    int candidateId = 0;
    LinkType type = LinkType::Requires;
    QStringList keys;
    Cell cell;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Importer)

public:
    explicit Importer(const QString &fileName) : m_file(fileName) {}

    Result<CsvImport> run(const QByteArray &bytes);

private:
    void error(const Cell &cell, const QString &message)
    {
        m_errors.append(tr("%1, line %2, column %3 (%4): %5")
                            .arg(m_file)
                            .arg(cell.line)
                            .arg(cell.column)
                            .arg(cell.header, message));
    }
    bool readHeader(const CsvRecord &header);
    void readRecord(const CsvRecord &record);
    // Parses the text of a cell into the field's QVariant; nullopt (and an error) if it can't.
    std::optional<QVariant> parseCell(const Candidate &c, Field field, const QString &text,
                                      const Cell &cell);
    void resolveLinks();
    void readValueRange(Candidate &c, const CsvRecord &record);

    QString m_file;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_errors;
    QStringList m_warnings;
    QHash<int, Field> m_fieldOf;   // column index -> field
    QMap<int, LinkType> m_linksOf; // column index -> link column (ordered: stable links)
    QList<QString> m_headers;
    Workshop m_workshop;
    QHash<int, int> m_lineOf; // candidate id -> line
    int m_valueLowColumn = -1;
    int m_valueHighColumn = -1;
    QList<PendingLinks> m_links;
};

bool Importer::readHeader(const CsvRecord &header)
{
    m_headers = header.fields;
    QHash<QString, int> seen;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        const Cell cell{header.line, i + 1, header.fields[i].trimmed()};
        if (name.isEmpty())
            continue;
        if (seen.contains(name)) {
            error(cell, tr("the column \"%1\" appears twice (first as column %2).")
                            .arg(name)
                            .arg(seen.value(name) + 1));
            continue;
        }
        seen.insert(name, i);
        if (name == kDependsOn) {
            m_linksOf.insert(i, LinkType::Requires);
        } else if (name == kExcludes) {
            m_linksOf.insert(i, LinkType::Excludes);
        } else if (name == kValueLow || name == kValueHigh) {
            (name == kValueLow ? m_valueLowColumn : m_valueHighColumn) = i;
        } else if (auto field = fieldFromId(name)) {
            m_fieldOf.insert(i, *field);
        } else {
            m_warnings.append(tr("%1, line %2, column %3: \"%4\" is not a Cutline column; its "
                                 "values were ignored.")
                                  .arg(m_file)
                                  .arg(header.line)
                                  .arg(i + 1)
                                  .arg(header.fields[i].trimmed()));
        }
    }
    for (Field required : {Field::Title, Field::Effort, Field::Impact}) {
        if (!seen.contains(fieldId(required)))
            m_errors.append(tr("%1, line %2: the header has no \"%3\" column, which every "
                               "workshop needs.")
                                .arg(m_file)
                                .arg(header.line)
                                .arg(fieldId(required)));
    }
    return m_errors.isEmpty();
}

std::optional<QVariant> Importer::parseCell(const Candidate &c, Field field, const QString &raw,
                                            const Cell &cell)
{
    const QString text = raw.trimmed();
    const QString who = c.key.isEmpty() ? tr("candidate") : c.key;
    if (isNumeric(field)) {
        if (text.isEmpty() && (field == Field::Effort || field == Field::Impact)) {
            error(cell, tr("%1: %2 is missing.").arg(who, fieldName(field)));
            return std::nullopt;
        }
        if (text.isEmpty()) // the default: confidence 100, reach 1, risk 1, no low/high
            return fieldValue(Candidate{}, field);
        bool ok = false;
        double value = QLocale::c().toDouble(text, &ok);
        // Semicolon-separated files come from locales that write "3,5".
        if (!ok && m_delimiter == QLatin1Char(';'))
            value = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')),
                                          &ok);
        const QString lower = text.toLower();
        if (!ok && (lower == QLatin1String("nan") || lower.endsWith(QLatin1String("inf")) ||
                    lower.endsWith(QLatin1String("infinity"))))
            return QVariant(text.toDouble()); // refused with a precise message by the check
        if (!ok) {
            error(cell, tr("%1: %2 \"%3\" is not a number.").arg(who, fieldName(field), text));
            return std::nullopt;
        }
        return QVariant(value);
    }
    switch (field) {
    case Field::Mandatory: {
        const QString lower = text.toLower();
        if (lower.isEmpty())
            return QVariant(mandatoryByDefault(c.kind));
        if (lower == QLatin1String("yes") || lower == QLatin1String("true") ||
            lower == QLatin1String("1"))
            return QVariant(true);
        if (lower == QLatin1String("no") || lower == QLatin1String("false") ||
            lower == QLatin1String("0"))
            return QVariant(false);
        error(cell,
              tr("%1: mandatory \"%2\" is not one of yes, no, true, false, 1, 0.").arg(who, text));
        return std::nullopt;
    }
    case Field::Kind:
        return QVariant(text.isEmpty() ? QStringLiteral("product") : text);
    case Field::ReviewDate: {
        if (text.isEmpty())
            return QVariant(QDate());
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            error(cell,
                  tr("%1: review date \"%2\" is not a date (use YYYY-MM-DD).").arg(who, text));
            return std::nullopt;
        }
        return QVariant(date);
    }
    case Field::Tags:
        return QVariant(parseTags(text));
    case Field::Key:
    case Field::Title:
    case Field::Decision:
        return QVariant(text);
    default:
        return QVariant(raw); // free text keeps its own spacing and line breaks
    }
}

// value_low and value_high: both or neither, numbers above 0, low ≤ high.
void Importer::readValueRange(Candidate &c, const CsvRecord &record)
{
    std::optional<double> ends[2];
    const int columns[2] = {m_valueLowColumn, m_valueHighColumn};
    for (int k = 0; k < 2; ++k) {
        if (columns[k] < 0)
            continue;
        const QString text = record.fields.value(columns[k]).trimmed();
        if (text.isEmpty())
            continue;
        const Cell cell{record.line, columns[k] + 1, m_headers[columns[k]].trimmed()};
        bool ok = false;
        const double value = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(value) || value <= 0) {
            error(cell, tr("%1: %2 \"%3\" must be a number above 0.")
                            .arg(c.key, k == 0 ? tr("low value") : tr("high value"), text));
            return;
        }
        ends[k] = value;
    }
    if (ends[0].has_value() != ends[1].has_value()) {
        const int given = ends[0] ? 0 : 1;
        error(Cell{record.line, columns[given] + 1, m_headers[columns[given]].trimmed()},
              tr("%1: a value range needs both value_low and value_high.").arg(c.key));
        return;
    }
    if (ends[0] && *ends[1] < *ends[0]) {
        error(Cell{record.line, columns[1] + 1, m_headers[columns[1]].trimmed()},
              tr("%1: the high value %2 is below the low value %3.")
                  .arg(c.key, formatNumber(*ends[1]), formatNumber(*ends[0])));
        return;
    }
    c.valueLow = ends[0];
    c.valueHigh = ends[1];
}

void Importer::readRecord(const CsvRecord &record)
{
    Candidate c;
    c.id = m_workshop.nextId();
    const int errorsBefore = int(m_errors.size());
    if (record.fields.size() > m_headers.size()) {
        for (int i = int(m_headers.size()); i < record.fields.size(); ++i)
            if (!record.fields[i].trimmed().isEmpty()) {
                error(Cell{record.line, i + 1, tr("no header")},
                      tr("the row has %1 fields but the header has only %2.")
                          .arg(record.fields.size())
                          .arg(m_headers.size()));
                break;
            }
    }
    // Key and kind first: messages name the key, and mandatory defaults by kind.
    QList<int> order = m_fieldOf.keys();
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const auto rank = [this](int col) {
            const Field f = m_fieldOf.value(col);
            return f == Field::Key ? 0 : f == Field::Kind ? 1 : 2;
        };
        return std::make_pair(rank(a), a) < std::make_pair(rank(b), b);
    });
    bool mandatorySeen = false;
    QList<std::pair<Field, Cell>> cells;
    for (int column : order) {
        const Field field = m_fieldOf.value(column);
        const Cell cell{record.line, column + 1, m_headers[column].trimmed()};
        const std::optional<QVariant> value =
            parseCell(c, field, record.fields.value(column), cell);
        if (!value)
            continue;
        if (checkedBeforeSetting(field)) {
            if (auto problem = checkFieldValue(c, field, *value)) {
                error(cell, *problem);
                continue;
            }
        }
        if (field == Field::Key && value->toString().isEmpty())
            continue; // a key is made up below
        setFieldValue(c, field, *value);
        if (field == Field::Mandatory)
            mandatorySeen = true;
        cells.append({field, cell});
    }
    if (c.key.isEmpty())
        c.key = m_workshop.nextKey();
    readValueRange(c, record);
    if (!mandatorySeen)
        c.mandatory = mandatoryByDefault(c.kind);
    // The remaining checks need the whole candidate (low ≤ likely ≤ high).
    for (const auto &[field, cell] : cells) {
        if (checkedBeforeSetting(field))
            continue;
        // An order problem between likely and low/high is reported once, on low or high.
        Candidate alone = c;
        if (field == Field::Effort)
            alone.effortLow = alone.effortHigh = std::nullopt;
        if (auto problem = checkFieldValue(alone, field, fieldValue(c, field)))
            error(cell, *problem);
    }
    if (const Candidate *twin = m_workshop.candidateByKey(c.key)) {
        const int keyColumn = int(m_fieldOf.key(Field::Key, -1));
        error(
            Cell{record.line, keyColumn + 1, fieldId(Field::Key)},
            tr("the key %1 is already used on line %2.").arg(c.key).arg(m_lineOf.value(twin->id)));
    }
    for (auto it = m_linksOf.cbegin(); it != m_linksOf.cend(); ++it) {
        QStringList keys;
        for (const QString &key : record.fields.value(it.key()).split(QLatin1Char(';')))
            if (!key.trimmed().isEmpty())
                keys.append(key.trimmed());
        if (!keys.isEmpty())
            m_links.append(
                PendingLinks{c.id, it.value(), keys,
                             Cell{record.line, it.key() + 1, m_headers[it.key()].trimmed()}});
    }
    if (int(m_errors.size()) == errorsBefore || !m_workshop.candidateByKey(c.key)) {
        m_lineOf.insert(c.id, record.line);
        m_workshop.candidates.append(c);
    }
}

void Importer::resolveLinks()
{
    for (const PendingLinks &pending : m_links) {
        const Candidate *from = m_workshop.candidate(pending.candidateId);
        if (!from)
            continue; // its row was refused (a repeated key with errors), and said so
        for (const QString &key : pending.keys) {
            const Candidate *to = m_workshop.candidateByKey(key);
            if (!to) {
                error(
                    pending.cell,
                    tr("%1: %2 is not the key of any candidate in this file.").arg(from->key, key));
                continue;
            }
            const Dependency link{from->id, to->id, pending.type};
            if (m_workshop.hasLink(link.from, link.to, link.type))
                continue; // "A excludes B" and "B excludes A" are one link
            if (link.from == link.to) {
                error(pending.cell, pending.type == LinkType::Requires
                                        ? tr("%1 cannot depend on itself.").arg(from->key)
                                        : tr("%1 cannot exclude itself.").arg(from->key));
                continue;
            }
            m_workshop.dependencies.append(link);
        }
    }
    if (auto cycle = findRequiresCycle(m_workshop)) {
        const Candidate *first = m_workshop.candidateByKey(cycle->first());
        const int column = int(m_linksOf.key(LinkType::Requires, -1));
        error(Cell{m_lineOf.value(first->id), column + 1, kDependsOn},
              tr("depends_on forms a cycle: %1.").arg(formatCycle(*cycle)));
    }
}

Result<CsvImport> Importer::run(const QByteArray &bytes)
{
    const Result<QString> text = decodeCsv(bytes);
    if (!text)
        return Error{QStringLiteral("%1: %2").arg(m_file, text.error())};
    m_delimiter = sniffCsvDelimiter(text.value());
    const Result<QList<CsvRecord>> records = parseCsv(text.value(), m_delimiter);
    if (!records)
        return Error{QStringLiteral("%1, %2").arg(m_file, records.error())};
    if (records.value().isEmpty())
        return Error{tr("%1 is empty: a CSV workshop needs a header row and one row per "
                        "candidate.")
                         .arg(m_file)};
    if (!readHeader(records.value().first()))
        return Error{m_errors.join(QLatin1Char('\n'))};
    for (qsizetype i = 1; i < records.value().size(); ++i)
        readRecord(records.value()[i]);
    resolveLinks();
    if (!m_errors.isEmpty()) {
        QStringList shown = m_errors.mid(0, kMaxErrorsShown);
        if (m_errors.size() > kMaxErrorsShown)
            shown.append(tr("… and %1 more errors.").arg(m_errors.size() - kMaxErrorsShown));
        return Error{shown.join(QLatin1Char('\n'))};
    }
    m_workshop.title = QFileInfo(m_file).completeBaseName();
    return CsvImport{m_workshop, m_warnings};
}

QString cellText(const Workshop &w, const Candidate &c, const QString &column)
{
    if (column == kDependsOn)
        return w.linkedKeys(c.id, LinkType::Requires).join(QLatin1Char(';'));
    if (column == kExcludes)
        return w.linkedKeys(c.id, LinkType::Excludes).join(QLatin1Char(';'));
    if (column == kValueLow || column == kValueHigh) {
        const std::optional<double> &end = column == kValueLow ? c.valueLow : c.valueHigh;
        return end ? formatNumber(*end) : QString();
    }
    const Field field = *fieldFromId(column);
    const QVariant value = fieldValue(c, field);
    if (isNumeric(field))
        return value.isValid() ? formatNumber(value.toDouble()) : QString();
    switch (field) {
    case Field::Mandatory:
        return c.mandatory ? QStringLiteral("yes") : QStringLiteral("no");
    case Field::ReviewDate:
        return c.reviewDate.toString(Qt::ISODate);
    case Field::Tags:
        return c.tags.join(QLatin1Char(';'));
    default:
        return value.toString();
    }
}

} // namespace

QStringList WorkshopCsv::columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("title"),
            QStringLiteral("kind"),
            QStringLiteral("description"),
            QStringLiteral("problem"),
            QStringLiteral("beneficiary"),
            QStringLiteral("metric"),
            QStringLiteral("outcome"),
            QStringLiteral("if_not_done"),
            QStringLiteral("effort"),
            QStringLiteral("effort_low"),
            QStringLiteral("effort_high"),
            QStringLiteral("impact"),
            QStringLiteral("confidence"),
            QStringLiteral("reach"),
            QStringLiteral("risk"),
            QStringLiteral("time_criticality"),
            QStringLiteral("mandatory"),
            kDependsOn,
            kExcludes,
            QStringLiteral("decision"),
            QStringLiteral("rationale"),
            QStringLiteral("owner"),
            QStringLiteral("review_date"),
            QStringLiteral("tags"),
            QStringLiteral("success_metric"),
            kValueLow,
            kValueHigh};
}

Result<CsvImport> WorkshopCsv::parse(const QByteArray &bytes, const QString &fileName)
{
    return Importer(fileName).run(bytes);
}

Result<CsvImport> WorkshopCsv::read(const QString &path)
{
    const Result<QByteArray> bytes = readInputFile(path, tr("a CSV file"), kMaxFileSize);
    if (!bytes)
        return bytes.failure();
    return parse(bytes.value(), QDir::toNativeSeparators(path));
}

QByteArray WorkshopCsv::write(const Workshop &workshop)
{
    const QStringList header = columns();
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Candidate &c : workshop.candidates) {
        QStringList row;
        for (const QString &column : header)
            row.append(quoteCsvField(cellText(workshop, c, column)));
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Status WorkshopCsv::save(const Workshop &workshop, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Unwritable,
                     tr("%1 cannot be written: %2.").arg(name, file.errorString())};
    file.write(write(workshop));
    if (!file.commit())
        return Error{ErrorCode::Unwritable,
                     tr("%1 cannot be written: %2.").arg(name, file.errorString())};
    return success();
}

} // namespace cutline
