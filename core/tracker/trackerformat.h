// TrackerFormat: the kinds of file `import` reads, and recognising one by its content.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cutline {

enum class TrackerFormat
{
    Cutline, // the Cutline CSV contract
    Jira,    // Jira's CSV export (all fields or current fields)
    Linear,  // Linear's CSV export
    GitHub,  // `gh issue list --json …`
    Trello   // a Trello board's JSON export
};

// Stable ids for the command line and settings: "cutline", "jira", "linear", "github", "trello".
QString trackerFormatId(TrackerFormat format);
std::optional<TrackerFormat> trackerFormatFromId(const QString &id);
QList<TrackerFormat> allTrackerFormats();
// "Jira CSV", "GitHub issues (JSON)": for people.
QString trackerFormatName(TrackerFormat format);

// What the content looks like: a JSON array of issues with a number is GitHub, an object with
// cards and lists is Trello, a CSV whose header has "Issue key" is Jira, one that starts
// "ID,Team,Title" is Linear, any other CSV is taken for Cutline's own. nullopt for JSON of
// neither shape.
std::optional<TrackerFormat> detectTrackerFormat(const QByteArray &bytes);

} // namespace cutline
