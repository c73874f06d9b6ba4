// TrelloJson: a Trello board's JSON export (Menu → Print, export and share → Export as JSON)
// read into tracker issues: cards are issues ("T-12" from the card's number), the list is the
// status, archived cards and cards in a list named "Done" are done. "(3) Title" (Scrum for
// Trello) or a label "points: 3" is the estimate. A checklist named "Depends on" or "Blocked
// by" lists the cards this one requires (links, "#12" or names), one named "Blocks" the
// cards that require it; other checklists go into the description.
#pragma once

#include "core/result.h"
#include "core/tracker/trackerissue.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cutline {

class TrelloJson
{
    Q_DECLARE_TR_FUNCTIONS(cutline::TrelloJson)

public:
    static Result<TrackerData> parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace cutline
