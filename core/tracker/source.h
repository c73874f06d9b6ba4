// CandidateSource: where an imported candidate came from (issue 15), so a re-import can match it
// by the tracker's key and tell what changed.
#pragma once

#include <QString>

namespace cutline {

struct CandidateSource
{
    QString system; // "jira", "linear", "github", "trello"; empty when typed in Cutline
    QString key;    // the tracker's own key, e.g. "PAY-12"
    bool operator==(const CandidateSource &) const = default;
};

} // namespace cutline
