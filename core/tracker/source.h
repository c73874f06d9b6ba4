// CandidateSource: where an imported candidate came from (issue 15), so a re-import can match it
// by the tracker's key and tell what changed.
#pragma once

#include <QMap>
#include <QString>

namespace cutline {

struct CandidateSource
{
    QString system; // "jira", "linear", "github", "trello"; empty when typed in Cutline
    QString key;    // the tracker's own key, e.g. "PAY-12"
    QString status; // the tracker's status at the last import, e.g. "In Progress"
    // The values as last imported, by field id ("title", "effort", "kind", "description"), so a
    // re-import tells a field edited in Cutline from one changed in the tracker.
    QMap<QString, QString> imported;
    bool operator==(const CandidateSource &) const = default;

    bool isImported() const { return !system.isEmpty(); }
};

} // namespace cutline
