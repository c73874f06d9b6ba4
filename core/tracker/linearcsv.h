// LinearCsv: Linear's CSV export (ID, Team, Title, …) read into tracker issues.
#pragma once

#include "core/result.h"
#include "core/tracker/trackercsv.h"
#include "core/tracker/trackerissue.h"

#include <QCoreApplication>

namespace cutline {

class LinearCsv
{
    Q_DECLARE_TR_FUNCTIONS(cutline::LinearCsv)

public:
    static QMap<QString, QString> guessMapping(const TrackerCsv &csv);
    // Done: a Completed or Canceled date, or a status named Done, Canceled or Duplicate.
    // Relations, where the export has them: "Blocked by" and "Blocks" (keys, comma separated).
    static Result<TrackerData> parse(const QByteArray &bytes, const QString &fileName,
                                     const QMap<QString, QString> &mapping = {});
};

} // namespace cutline
