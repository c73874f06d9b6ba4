// TrackerExport: the workshop's decisions as a CSV a tracker's bulk update reads — the tracker's
// key, the decision, its reason and the rank — so the call made in the room lands back where
// the backlog lives. Only candidates imported from that tracker are written.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"
#include "core/tracker/trackerformat.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <optional>

namespace cutline {

// The probability that a candidate is in the plan, by candidate id, where odds are known; the
// "p_in_plan" column stays empty without one.
using PlanOdds = std::function<std::optional<double>(int id)>;

struct TrackerCsvExport
{
    QByteArray csv;
    int written = 0;
    int skipped = 0; // candidates not imported from this tracker
};

class TrackerExport
{
    Q_DECLARE_TR_FUNCTIONS(cutline::TrackerExport)

public:
    // Columns: the tracker's key column ("Issue key" for Jira, "ID" for Linear, "Number" for
    // GitHub, "Card" for Trello), then "Cutline decision", "Cutline reason", "Cutline rank",
    // "Cutline P(in plan)". The rank is the Plan view's: the plan's choice by value per
    // effort, then the rest. The reason is the rationale, else the plan's reason.
    static QStringList columns(TrackerFormat format);
    static TrackerCsvExport write(const Workshop &workshop, TrackerFormat format,
                                  const PlanOdds &odds = {});
    static Status save(const Workshop &workshop, TrackerFormat format, const QString &path,
                       const PlanOdds &odds = {}, int *written = nullptr);
};

} // namespace cutline
