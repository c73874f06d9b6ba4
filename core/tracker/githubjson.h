// GitHubJson: the JSON array `gh issue list --json number,title,body,labels,state,…` writes,
// read into tracker issues. Keys are "#12"; closed issues are done; "depends on #3" or
// "blocked by #3" in a body is a link, as is "blocks #4"; a label "points: 3" (or "sp: 3",
// "estimate: 3", "size: 3") is the estimate.
#pragma once

#include "core/result.h"
#include "core/tracker/trackerissue.h"

#include <QByteArray>
#include <QCoreApplication>

#include <QJsonValue>

namespace cutline {

class GitHubJson
{
    Q_DECLARE_TR_FUNCTIONS(cutline::GitHubJson)

public:
    static Result<TrackerData> parse(const QByteArray &bytes, const QString &fileName);
};

// A label that carries an estimate: "points: 3", "sp:2.5", "estimate 5", "size/8".
std::optional<double> pointsFromLabel(const QString &label);

// A JSON number that is a whole issue number from 1 to 10^15 (an export is untrusted: a
// fractional, negative or huge number is no issue number).
std::optional<qint64> issueNumber(const QJsonValue &value);

} // namespace cutline
