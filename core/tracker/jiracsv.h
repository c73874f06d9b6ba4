// JiraCsv: Jira's CSV export ("all fields" or "current fields") read into tracker issues — its
// repeated columns (Labels, Sprint, issue links), story points or seconds, its own date format.
#pragma once

#include "core/result.h"
#include "core/tracker/trackercsv.h"
#include "core/tracker/trackerissue.h"

#include <QCoreApplication>

namespace cutline {

class JiraCsv
{
    Q_DECLARE_TR_FUNCTIONS(cutline::JiraCsv)

public:
    // The columns Jira names each role, best first (a mapping's default).
    static QMap<QString, QString> guessMapping(const TrackerCsv &csv);

    // `mapping` overrides guessed columns by role (see trackerissue.h); an empty value keeps
    // the guess. Refused when the file is no CSV or has no key column.
    static Result<TrackerData> parse(const QByteArray &bytes, const QString &fileName,
                                     const QMap<QString, QString> &mapping = {});
};

} // namespace cutline
