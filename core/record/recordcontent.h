// The decision record's content, section by section, independent of its form (PDF, HTML,
// Markdown): what DecisionRecord lays out.
#pragma once

#include "core/model/workshop.h"
#include "core/plan/planner.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutline {

// One table: its headers and rows of plain text, for HTML and Markdown alike.
struct Table
{
    QStringList headers;
    QList<QStringList> rows;
    QList<int> widths; // percent of the page's width
    QStringList keys;  // each row's candidate key: a row split across pages repeats it
};

// Which section: forms place things by it (the chart after the summary), never by title.
enum class SectionId
{
    Summary,
    Committed,
    LeftOut,
    Departures,
    EstimatesAlone,
    Dissent,
    Risks,
    Method,
    All,
    Log,
    Rounds,   // the room's blind rounds (issue 12): core/record/roundsrecord.h
    Addendum, // after the signed content (issue 15): reviews and calibration
    Odds,     // issue 14
};

// The record's content, section by section, independent of its form.
struct Section
{
    SectionId id = SectionId::Summary;
    QString title;
    QStringList paragraphs;
    std::optional<Table> table;
    QStringList bullets;
    std::optional<Table> extra; // a second table (criteria under the method)
};

QList<Section> recordSections(const Workshop &workshop, const Plan &plan);
// "Objective: …", "Capacity: …", "Decider: …"
QStringList recordTitleLines(const Workshop &workshop);
QString recordTitle(const Workshop &workshop);
QString htmlTable(const Table &table);
QString markdownTable(const Table &table);
// HTML-escaped, line breaks as <br>.
QString recordText(const QString &text);
QString dateText(const QDate &date);
QString timeText(const QDateTime &time);

} // namespace cutline
