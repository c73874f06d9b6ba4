#include "core/tracker/jiracsv.h"

#include <QRegularExpression>

namespace cutline {

namespace {

const QString kInwardBlocks = QStringLiteral("Inward issue link (Blocks)");
const QString kOutwardBlocks = QStringLiteral("Outward issue link (Blocks)");

bool isLinkColumn(const QString &column)
{
    const QString c = column.trimmed().toLower();
    return c.startsWith(QLatin1String("inward issue link")) ||
           c.startsWith(QLatin1String("outward issue link"));
}

bool isBlocksColumn(const QString &column)
{
    const QString c = column.trimmed().toLower();
    return c == kInwardBlocks.toLower() || c == kOutwardBlocks.toLower();
}

// Jira writes "Unresolved" (or the instance's word for it) in some exports where others leave
// the cell empty.
bool isResolved(const QString &resolution)
{
    for (const char *unresolved : {"Unresolved", "Nicht erledigt", "Non résolu", "Sin resolver"})
        if (resolution.compare(QString::fromUtf8(unresolved), Qt::CaseInsensitive) == 0)
            return false;
    return !resolution.isEmpty();
}

// The Done status category, also as German, French and Spanish instances name it.
bool isDoneCategory(const QString &category)
{
    for (const char *done : {"Done", "Erledigt", "Fertig", "Terminé", "Hecho", "Listo"})
        if (category.compare(QString::fromUtf8(done), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Keys and labels hold no spaces or commas; some exports put several into one cell.
QStringList splitCells(const QStringList &cells)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList items;
    for (const QString &cell : cells)
        items += cell.split(separators, Qt::SkipEmptyParts);
    items.removeDuplicates();
    return items;
}

class Reader
{
public:
    Reader(const TrackerCsv &csv, const QMap<QString, QString> &mapping, const QString &fileName)
        : m_csv(csv), m_map(mapping), m_file(fileName)
    {
        for (const QString &column : csv.header())
            if (isLinkColumn(column) && !isBlocksColumn(column) && !m_others.contains(column))
                m_others.append(column);
        const QString idColumn = csv.firstPresent({QStringLiteral("Issue id")});
        for (const CsvRecord &r : csv.records())
            if (const QString id = csv.value(r, idColumn); !id.isEmpty())
                m_keyById.insert(id, csv.value(r, m_map.value(role::Key)));
    }

    TrackerIssue read(const CsvRecord &r, QStringList &warnings)
    {
        TrackerIssue issue;
        issue.line = r.line;
        issue.key = m_csv.value(r, m_map.value(role::Key));
        issue.title = m_csv.value(r, m_map.value(role::Title));
        // Descriptions keep their inner line breaks; only the ends are trimmed.
        issue.description = m_csv.value(r, m_map.value(role::Description));
        issue.type = m_csv.value(r, m_map.value(role::Type));
        issue.status = m_csv.value(r, m_map.value(role::Status));
        issue.labels = splitCells(m_csv.values(r, m_map.value(role::Labels)));
        issue.done = isDone(r);
        issue.points = number(r, role::Points, warnings, issue.key);
        issue.estimateSeconds = number(r, role::Estimate, warnings, issue.key);
        issue.blockedBy = splitCells(m_csv.values(r, kInwardBlocks));
        issue.blocks = splitCells(m_csv.values(r, kOutwardBlocks));
        for (const QString &column : m_others)
            issue.otherLinks += int(splitCells(m_csv.values(r, column)).size());
        issue.parent = parent(r);
        readDates(r, issue, warnings);
        return issue;
    }

private:
    bool isDone(const CsvRecord &r) const
    {
        const QString category = m_csv.value(r, QStringLiteral("Status Category"));
        return isDoneCategory(category) ||
               isResolved(m_csv.value(r, QStringLiteral("Resolution"))) ||
               !m_csv.value(r, QStringLiteral("Resolved")).isEmpty();
    }

    // Story points: team-managed projects call them "Story point estimate", company-managed
    // ones "Story Points"; the first filled one counts.
    std::optional<double> number(const CsvRecord &r, const QString &which, QStringList &warnings,
                                 const QString &key) const
    {
        QStringList columns = {m_map.value(which)};
        if (which == role::Points && !m_map.contains(QStringLiteral("points.explicit")))
            columns = {QStringLiteral("Custom field (Story point estimate)"),
                       QStringLiteral("Custom field (Story Points)"), m_map.value(which)};
        columns.removeDuplicates();
        columns.removeAll(QString());
        for (const QString &column : columns) {
            const QString text = m_csv.value(r, column);
            if (text.isEmpty())
                continue;
            const std::optional<double> v = parseTrackerNumber(text);
            if (v && *v >= 0)
                return v;
            warnings.append(JiraCsv::tr("%1, line %2, column %3 (%4): %5 \"%6\" is not a "
                                        "number of zero or more; no estimate taken from it.")
                                .arg(m_file)
                                .arg(r.line)
                                .arg(m_csv.columnNumber(column))
                                .arg(column, key, text));
        }
        return std::nullopt;
    }

    // "Parent" holds the parent's key in newer exports, its numeric id in older ones.
    QString parent(const CsvRecord &r) const
    {
        QString p = m_csv.value(r, QStringLiteral("Parent"));
        if (p.isEmpty())
            p = m_csv.value(r, QStringLiteral("Parent id"));
        return m_keyById.value(p, p);
    }

    void readDates(const CsvRecord &r, TrackerIssue &issue, QStringList &warnings) const
    {
        for (const QString &column : {QStringLiteral("Created"), QStringLiteral("Updated"),
                                      QStringLiteral("Resolved"), QStringLiteral("Due Date")}) {
            const QString text = m_csv.value(r, column);
            if (text.isEmpty())
                continue;
            const std::optional<QDate> date = parseTrackerDate(text);
            if (column == QLatin1String("Due Date"))
                issue.due = date ? date->toString(Qt::ISODate) : text;
            if (!date)
                warnings.append(JiraCsv::tr("%1, line %2, column %3 (%4): %5 has the date \"%6\", "
                                            "which Cutline cannot read; kept as text.")
                                    .arg(m_file)
                                    .arg(r.line)
                                    .arg(m_csv.columnNumber(column))
                                    .arg(column, issue.key, text));
        }
    }

    const TrackerCsv &m_csv;
    QMap<QString, QString> m_map;
    QString m_file;
    QStringList m_others;
    QHash<QString, QString> m_keyById;
};

} // namespace

QMap<QString, QString> JiraCsv::guessMapping(const TrackerCsv &csv)
{
    QMap<QString, QString> m;
    m[role::Key] = csv.firstPresent({QStringLiteral("Issue key"), QStringLiteral("Key")});
    m[role::Title] = csv.firstPresent({QStringLiteral("Summary")});
    m[role::Description] = csv.firstPresent({QStringLiteral("Description")});
    m[role::Type] = csv.firstPresent({QStringLiteral("Issue Type"), QStringLiteral("Type")});
    m[role::Status] = csv.firstPresent({QStringLiteral("Status")});
    m[role::Points] = csv.firstPresent({QStringLiteral("Custom field (Story point estimate)"),
                                        QStringLiteral("Custom field (Story Points)"),
                                        QStringLiteral("Story Points")});
    m[role::Estimate] = csv.firstPresent(
        {QStringLiteral("Original Estimate"), QStringLiteral("Original time estimate")});
    m[role::Labels] = csv.firstPresent({QStringLiteral("Labels")});
    return m;
}

Result<TrackerData> JiraCsv::parse(const QByteArray &bytes, const QString &fileName,
                                   const QMap<QString, QString> &mapping)
{
    Result<TrackerCsv> csv = TrackerCsv::parse(bytes, fileName);
    if (!csv)
        return csv.failure();
    QMap<QString, QString> map = guessMapping(csv.value());
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (!csv.value().has(it.value()))
            return Error{
                tr("%1 has no column \"%2\" (mapped to %3).").arg(fileName, it.value(), it.key())};
        map[it.key()] = it.value();
        if (it.key() == role::Points)
            map[QStringLiteral("points.explicit")] = it.value();
    }
    if (map.value(role::Key).isEmpty())
        return Error{tr("%1 is not a Jira export: it has no \"Issue key\" column.").arg(fileName)};
    TrackerData data;
    data.system = QStringLiteral("jira");
    data.columns = csv.value().header();
    data.mapping = map;
    data.mapping.remove(QStringLiteral("points.explicit"));
    Reader reader(csv.value(), map, fileName);
    for (const CsvRecord &r : csv.value().records())
        data.issues.append(reader.read(r, data.warnings));
    return data;
}

} // namespace cutline
