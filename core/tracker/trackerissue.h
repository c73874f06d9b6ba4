// TrackerIssue: one issue as a tracker's export holds it, before it becomes a candidate — the
// common shape every importer (Jira, Linear, GitHub, Trello) reads its own format into.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutline {

struct TrackerIssue
{
    int line = 0; // where the issue starts: a CSV line, or the position in a JSON array
    QString key;  // the tracker's key: "PAY-12", "ENG-7", "#12", "T-4"
    QString title;
    QString description;
    QString type;   // "Bug", "Story"; empty where the tracker has none
    QString status; // "In Progress", a Trello list's name
    bool done = false;
    QStringList labels;
    std::optional<double> points;          // story points
    std::optional<double> estimateSeconds; // a time estimate
    QStringList blockedBy; // keys this issue cannot be done without ("is blocked by")
    QStringList blocks;    // keys that cannot be done without this issue
    QString parent;        // the epic's or parent issue's key
    QString due;           // ISO date when readable, else the text as exported
    int otherLinks = 0;    // links of kinds Cutline does not import (relates, duplicates)
};

// What an importer read: the issues in file order, and what it noticed on the way.
struct TrackerData
{
    QString system; // "jira", "linear", "github", "trello"
    QList<TrackerIssue> issues;
    QStringList warnings;
    QStringList columns;            // a CSV's header, for the mapping; empty for JSON
    QMap<QString, QString> mapping; // role → the column read for it (CSV only)
};

// The roles a CSV source's columns can be mapped to.
namespace role {
inline const QString Key = QStringLiteral("key");
inline const QString Title = QStringLiteral("title");
inline const QString Description = QStringLiteral("description");
inline const QString Type = QStringLiteral("type");
inline const QString Status = QStringLiteral("status");
inline const QString Points = QStringLiteral("points");
inline const QString Estimate = QStringLiteral("estimate");
inline const QString Labels = QStringLiteral("labels");
} // namespace role

} // namespace cutline
