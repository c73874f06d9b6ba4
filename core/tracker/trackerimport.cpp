#include "core/tracker/trackerimport.h"

#include "core/csv/workshopcsv.h"
#include "core/graph/dependencygraph.h"
#include "core/inputfile.h"
#include "core/model/field.h"
#include "core/model/kindprofile.h"
#include "core/tracker/githubjson.h"
#include "core/tracker/jiracsv.h"
#include "core/tracker/linearcsv.h"
#include "core/tracker/trellojson.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace cutline {

namespace {

constexpr int kKeysNamed = 10;

// Keys are unique without regard to case, as Cutline's own keys are.
QString fold(const QString &key)
{
    return key.toLower();
} // a warning lists this many keys, then counts the rest

QString listKeys(const QStringList &keys)
{
    QString text = keys.mid(0, kKeysNamed).join(QStringLiteral(", "));
    if (keys.size() > kKeysNamed)
        text += TrackerImporter::tr(" and %n more", nullptr, int(keys.size() - kKeysNamed));
    return text;
}

Kind kindOf(const TrackerIssue &issue, const QList<KindRule> &rules)
{
    for (const KindRule &rule : rules) {
        if (issue.type.compare(rule.match, Qt::CaseInsensitive) == 0)
            return rule.kind;
        for (const QString &label : issue.labels)
            if (label.compare(rule.match, Qt::CaseInsensitive) == 0)
                return rule.kind;
    }
    return Kind::Product;
}

EffortUnit resolveUnit(EffortUnit unit, const QList<TrackerIssue> &issues)
{
    if (unit != EffortUnit::Auto)
        return unit;
    bool anyTime = false;
    for (const TrackerIssue &issue : issues) {
        if (issue.points)
            return EffortUnit::Points;
        anyTime = anyTime || issue.estimateSeconds.has_value();
    }
    return anyTime ? EffortUnit::Days : EffortUnit::Points;
}

std::optional<double> effortOf(const TrackerIssue &issue, EffortUnit unit, double hoursPerDay)
{
    switch (unit) {
    case EffortUnit::Hours:
        if (issue.estimateSeconds)
            return *issue.estimateSeconds / 3600.0;
        return std::nullopt;
    case EffortUnit::Days:
        if (issue.estimateSeconds)
            return *issue.estimateSeconds / 3600.0 / hoursPerDay;
        return std::nullopt;
    default:
        return issue.points;
    }
}

class Builder
{
public:
    Builder(const TrackerData &data, const QString &fileName, const ImportSettings &settings,
            TrackerImport &out)
        : m_data(data), m_file(fileName), m_settings(settings), m_out(out)
    {
    }

    Status run()
    {
        m_out.unit = resolveUnit(m_settings.unit, m_data.issues);
        m_out.workshop.capacityUnit = TrackerImporter::capacityUnit(m_out.unit);
        m_out.warnings = m_data.warnings;
        QStringList noEstimate;
        for (const TrackerIssue &issue : m_data.issues)
            admit(issue, noEstimate);
        if (!noEstimate.isEmpty())
            m_out.warnings.append(
                TrackerImporter::tr("Without an estimate, so starting with an effort of 1 (%1): "
                                    "%2.")
                    .arg(m_out.workshop.capacityUnit, listKeys(noEstimate)));
        m_out.summary.noEstimate = int(noEstimate.size());
        for (const TrackerIssue *issue : std::as_const(m_admitted))
            link(*issue);
        // Links only the left-out side names are dropped too, and counted.
        for (const TrackerIssue *issue : std::as_const(m_leftOutIssues))
            link(*issue);
        if (const std::optional<Cycle> cycle = findRequiresCycle(m_out.workshop))
            return Error{TrackerImporter::tr("%1: the Blocks links form a cycle: %2. Cutline "
                                             "cannot plan work that waits for itself; break "
                                             "the cycle in the tracker and export again.")
                             .arg(m_file, formatCycle(*cycle))};
        return success();
    }

private:
    void admit(const TrackerIssue &issue, QStringList &noEstimate)
    {
        ImportSummary &s = m_out.summary;
        ++s.read;
        s.otherLinks += issue.otherLinks;
        if (issue.key.isEmpty()) {
            ++s.withoutKey;
            m_out.warnings.append(
                TrackerImporter::tr("%1, line %2: an issue without a key (\"%3\") "
                                    "is left out.")
                    .arg(m_file)
                    .arg(issue.line)
                    .arg(issue.title.left(60)));
            return;
        }
        if (const auto first = m_lineOf.constFind(fold(issue.key)); first != m_lineOf.cend()) {
            ++s.duplicates;
            m_out.warnings.append(TrackerImporter::tr("%1, line %2: the key %3 appears again "
                                                      "(first on line %4); this one is left out.")
                                      .arg(m_file)
                                      .arg(issue.line)
                                      .arg(issue.key)
                                      .arg(*first));
            return;
        }
        m_lineOf.insert(fold(issue.key), issue.line);
        if (issue.done && !m_settings.includeDone) {
            ++s.leftOutDone;
            m_leftOut.insert(fold(issue.key));
            m_leftOutIssues.append(&issue);
            return;
        }
        if (!issue.status.isEmpty() &&
            m_settings.leftOutStatuses.contains(issue.status, Qt::CaseInsensitive)) {
            ++s.leftOutStatus;
            m_leftOut.insert(fold(issue.key));
            m_leftOutIssues.append(&issue);
            return;
        }
        Candidate c = candidateOf(issue, noEstimate);
        if (const std::optional<QString> problem = checkFieldValue(c, Field::Key, c.key)) {
            ++s.withoutKey;
            m_out.warnings.append(TrackerImporter::tr("%1, line %2: %3 Left out.")
                                      .arg(m_file)
                                      .arg(issue.line)
                                      .arg(*problem));
            return;
        }
        m_idOf.insert(fold(issue.key), c.id);
        m_out.workshop.candidates.append(c);
        m_admitted.append(&issue);
        ++s.imported;
    }

    Candidate candidateOf(const TrackerIssue &issue, QStringList &noEstimate)
    {
        Candidate c;
        c.id = m_out.workshop.nextId();
        c.key = issue.key;
        c.title = issue.title.isEmpty() ? issue.key : issue.title;
        // The tracker's description is a draft: the problem stays empty, so the candidate is
        // still flagged as missing its why until someone states it.
        c.description = issue.description;
        c.kind = kindOf(issue, m_settings.kindRules);
        c.mandatory = mandatoryByDefault(c.kind);
        if (const std::optional<double> effort =
                effortOf(issue, m_out.unit, m_settings.hoursPerDay))
            c.effort = *effort;
        else
            noEstimate.append(issue.key);
        c.tags = issue.labels;
        if (!issue.parent.isEmpty())
            c.tags.append(QStringLiteral("parent:") + issue.parent);
        c.tags.removeDuplicates();
        c.source.system = m_data.system;
        c.source.key = issue.key;
        c.source.status = issue.status;
        for (Field f : {Field::Title, Field::Description, Field::Kind, Field::Effort})
            c.source.imported.insert(fieldId(f), fieldValue(c, f).toString());
        if (!issue.due.isEmpty())
            c.source.imported.insert(QStringLiteral("due"), issue.due);
        return c;
    }

    // "from requires to"; either end may be outside the export or left out.
    void addRequires(const TrackerIssue &issue, const QString &from, const QString &to,
                     bool blockedBy)
    {
        ImportSummary &s = m_out.summary;
        const QString other = blockedBy ? to : from;
        if (m_leftOut.contains(fold(other)) || m_leftOut.contains(fold(issue.key))) {
            if (!m_dropped.contains({fold(from), fold(to)})) {
                m_dropped.insert({fold(from), fold(to)});
                ++s.linksToLeftOut;
            }
            return;
        }
        if (!m_lineOf.contains(fold(other))) {
            if (m_outside.contains({fold(issue.key), fold(other)}))
                return;
            m_outside.insert({fold(issue.key), fold(other)});
            ++s.linksOutside;
            m_out.warnings.append(
                (blockedBy ? TrackerImporter::tr("%1: %2 is blocked by %3, which is not in the "
                                                 "export; that link is left out.")
                           : TrackerImporter::tr("%1: %2 blocks %3, which is not in the export; "
                                                 "that link is left out."))
                    .arg(m_file, issue.key, other));
            return;
        }
        const int fromId = m_idOf.value(fold(from));
        const int toId = m_idOf.value(fold(to));
        if (fromId == 0 || toId == 0 || fromId == toId)
            return;
        if (m_out.workshop.hasLink(fromId, toId, LinkType::Requires))
            return;
        m_out.workshop.dependencies.append(Dependency{fromId, toId, LinkType::Requires});
        ++s.links;
    }

    void link(const TrackerIssue &issue)
    {
        for (const QString &blocker : issue.blockedBy)
            addRequires(issue, issue.key, blocker, true);
        for (const QString &blocked : issue.blocks)
            addRequires(issue, blocked, issue.key, false);
    }

    const TrackerData &m_data;
    QString m_file;
    const ImportSettings &m_settings;
    TrackerImport &m_out;
    QHash<QString, int> m_lineOf; // key → line of its first occurrence
    QHash<QString, int> m_idOf;   // key → candidate id
    QSet<QString> m_leftOut;
    QSet<std::pair<QString, QString>> m_outside;
    QSet<std::pair<QString, QString>> m_dropped; // links to or from left-out work
    QList<const TrackerIssue *> m_admitted;
    QList<const TrackerIssue *> m_leftOutIssues;
};

} // namespace

QString effortUnitId(EffortUnit unit)
{
    switch (unit) {
    case EffortUnit::Points:
        return QStringLiteral("points");
    case EffortUnit::Hours:
        return QStringLiteral("hours");
    case EffortUnit::Days:
        return QStringLiteral("days");
    default:
        return QStringLiteral("auto");
    }
}

std::optional<EffortUnit> effortUnitFromId(const QString &id)
{
    for (EffortUnit u : {EffortUnit::Auto, EffortUnit::Points, EffortUnit::Hours, EffortUnit::Days})
        if (effortUnitId(u) == id.trimmed().toLower())
            return u;
    return std::nullopt;
}

QList<KindRule> ImportSettings::defaultKindRules()
{
    return {{QStringLiteral("Bug"), Kind::Stabilization},
            {QStringLiteral("Spike"), Kind::Research},
            {QStringLiteral("compliance"), Kind::Compliance},
            {QStringLiteral("security"), Kind::Compliance},
            {QStringLiteral("tech-debt"), Kind::Platform}};
}

QString TrackerImporter::capacityUnit(EffortUnit unit)
{
    switch (unit) {
    case EffortUnit::Hours:
        return tr("person-hours");
    case EffortUnit::Days:
        return tr("person-days");
    default:
        return tr("story points");
    }
}

Result<TrackerData> TrackerImporter::readData(const QByteArray &bytes, const QString &fileName,
                                              TrackerFormat format,
                                              const QMap<QString, QString> &columns)
{
    switch (format) {
    case TrackerFormat::Jira:
        return JiraCsv::parse(bytes, fileName, columns);
    case TrackerFormat::Linear:
        return LinearCsv::parse(bytes, fileName, columns);
    case TrackerFormat::GitHub:
        return GitHubJson::parse(bytes, fileName);
    case TrackerFormat::Trello:
        return TrelloJson::parse(bytes, fileName);
    case TrackerFormat::Cutline:
        break;
    }
    return Error{ErrorCode::Internal,
                 tr("%1: a Cutline CSV is not read as a tracker's export.").arg(fileName)};
}

Result<TrackerImport> TrackerImporter::build(const TrackerData &data, const QString &fileName,
                                             const ImportSettings &settings)
{
    TrackerImport result;
    result.data = data;
    Builder builder(result.data, fileName, settings, result);
    if (Status s = builder.run(); !s)
        return s.failure();
    return result;
}

Result<TrackerFormat> TrackerImporter::detect(const QByteArray &bytes, const QString &fileName)
{
    if (const std::optional<TrackerFormat> format = detectTrackerFormat(bytes))
        return *format;
    return Error{tr("%1 is JSON, but neither a list of GitHub issues (an array) nor a Trello "
                    "board (an object with \"cards\"); say which with --from.")
                     .arg(fileName)};
}

Result<TrackerImport> TrackerImporter::readFile(const QString &path,
                                                std::optional<TrackerFormat> forced,
                                                const ImportSettings &settings)
{
    const QString fileName = QFileInfo(path).fileName();
    const Result<QByteArray> bytes = readInputFile(path, tr("a file to import"), kMaxFileSize);
    if (!bytes)
        return bytes.failure();
    TrackerFormat format = TrackerFormat::Cutline;
    if (forced) {
        format = *forced;
    } else {
        const Result<TrackerFormat> detected = detect(bytes.value(), fileName);
        if (!detected)
            return detected.failure();
        format = detected.value();
    }
    if (format == TrackerFormat::Cutline) {
        Result<CsvImport> csv = WorkshopCsv::parse(bytes.value(), fileName);
        if (!csv)
            return csv.failure();
        TrackerImport result;
        result.workshop = csv.value().workshop;
        result.warnings = csv.value().warnings;
        result.summary.read = result.summary.imported = int(result.workshop.candidates.size());
        result.summary.links = int(result.workshop.dependencies.size());
        return result;
    }
    return read(bytes.value(), fileName, format, settings);
}

Result<TrackerImport> TrackerImporter::read(const QByteArray &bytes, const QString &fileName,
                                            TrackerFormat format, const ImportSettings &settings)
{
    Result<TrackerData> data = readData(bytes, fileName, format, settings.columns);
    if (!data)
        return data.failure();
    Result<TrackerImport> result = build(data.value(), fileName, settings);
    if (result)
        result.value().format = format;
    return result;
}

QString TrackerImporter::summaryText(const ImportSummary &s)
{
    QStringList leftOut;
    if (s.leftOutDone)
        leftOut.append(tr("%n done", nullptr, s.leftOutDone));
    if (s.leftOutStatus)
        leftOut.append(tr("%n by status", nullptr, s.leftOutStatus));
    if (s.duplicates)
        leftOut.append(tr("%n duplicate(s)", nullptr, s.duplicates));
    if (s.withoutKey)
        leftOut.append(tr("%n without a usable key", nullptr, s.withoutKey));
    QString text =
        tr("Read %n issue(s): ", nullptr, s.read) + tr("imported %n", nullptr, s.imported);
    if (!leftOut.isEmpty())
        text += tr("; left out %1").arg(leftOut.join(QStringLiteral(", ")));
    text += tr(". Links: %n imported", nullptr, s.links);
    if (s.linksToLeftOut)
        text += tr(", %n to left-out work dropped", nullptr, s.linksToLeftOut);
    if (s.linksOutside)
        text += tr(", %n outside the export", nullptr, s.linksOutside);
    if (s.otherLinks)
        text +=
            tr(", %n of other types (relates, duplicates…) not imported", nullptr, s.otherLinks);
    text += QLatin1Char('.');
    if (s.noEstimate)
        text += tr(" %n without an estimate.", nullptr, s.noEstimate);
    // Trackers carry cost, not value: say so before someone reads an empty plan as a verdict.
    if (s.imported)
        text += QLatin1Char(' ') + tr("No tracker carries impact: every candidate starts at "
                                      "impact 0, so the plan has no value until impact is "
                                      "estimated (in the table, or by the room).");
    return text;
}

} // namespace cutline
