// TrackerImport: a tracker's issues made into a workshop — which are left out (done, a status
// filtered away, duplicates), how estimates become effort, which kind each gets, and the
// Blocks links as requires-links — with every warning and a summary that loses nothing.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"
#include "core/tracker/trackerformat.h"
#include "core/tracker/trackerissue.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace cutline {

// How estimates become effort: story points as they are, or a time estimate in hours or days.
enum class EffortUnit
{
    Auto, // story points if any issue has them, else days if any has a time estimate
    Points,
    Hours,
    Days
};
QString effortUnitId(EffortUnit unit); // "auto", "points", "hours", "days"
std::optional<EffortUnit> effortUnitFromId(const QString &id);

// An issue of this type, or carrying this label, becomes this kind (case-insensitive).
struct KindRule
{
    QString match;
    Kind kind = Kind::Product;
    bool operator==(const KindRule &) const = default;
};

struct ImportSettings
{
    EffortUnit unit = EffortUnit::Auto;
    double hoursPerDay = 8.0;
    bool includeDone = false;
    QStringList leftOutStatuses; // statuses left out besides done work
    QList<KindRule> kindRules = defaultKindRules();
    QMap<QString, QString> columns; // CSV sources: role → column; empty ones are guessed

    // Bug → stabilization, Spike → research, compliance or security → compliance,
    // tech-debt → platform; anything else is product.
    static QList<KindRule> defaultKindRules();
};

// What happened to every issue read, for the summary.
struct ImportSummary
{
    int read = 0;
    int imported = 0;
    int leftOutDone = 0;
    int leftOutStatus = 0;
    int duplicates = 0;
    int withoutKey = 0;
    int links = 0;
    int linksOutside = 0;   // to an issue the export does not hold
    int linksToLeftOut = 0; // to an issue left out (done work is no obstacle)
    int otherLinks = 0;     // relates, duplicates, clones: not imported
    int noEstimate = 0;
};

struct TrackerImport
{
    Workshop workshop;
    QStringList warnings;
    ImportSummary summary;
    TrackerData data; // as read, for a preview and the mapping
    TrackerFormat format = TrackerFormat::Cutline;
    EffortUnit unit = EffortUnit::Points; // the unit used (never Auto)
};

class TrackerImporter
{
    Q_DECLARE_TR_FUNCTIONS(cutline::TrackerImporter)

public:
    // Larger files are refused before being read into memory.
    static constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;

    // Reads any file `import` takes: recognised by its content unless `forced` says which.
    // A Cutline CSV comes back as its workshop (data.system empty).
    static Result<TrackerImport> readFile(const QString &path,
                                          std::optional<TrackerFormat> forced = std::nullopt,
                                          const ImportSettings &settings = ImportSettings());
    // The format of a file's content, or an error naming the file when it is none Cutline reads.
    static Result<TrackerFormat> detect(const QByteArray &bytes, const QString &fileName);

    // Reads a tracker's file of `format` (not Cutline's own CSV) and makes the workshop.
    static Result<TrackerImport> read(const QByteArray &bytes, const QString &fileName,
                                      TrackerFormat format,
                                      const ImportSettings &settings = ImportSettings());
    // Reads the issues only (the importers' dispatch).
    static Result<TrackerData> readData(const QByteArray &bytes, const QString &fileName,
                                        TrackerFormat format,
                                        const QMap<QString, QString> &columns = {});
    // Makes the workshop from issues already read. Refused when the links form a cycle.
    static Result<TrackerImport> build(const TrackerData &data, const QString &fileName,
                                       const ImportSettings &settings);

    // "Imported 12 issues; left out 3 done, 1 duplicate; 9 links." — nothing unaccounted.
    static QString summaryText(const ImportSummary &summary);
    static QString capacityUnit(EffortUnit unit);
};

} // namespace cutline
