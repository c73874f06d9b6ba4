#include "core/tracker/trackerexport.h"

#include "core/csv/csvreader.h"
#include "core/model/validation.h"
#include "core/plan/planner.h"

#include <QHash>
#include <QSaveFile>

#include <algorithm>

namespace cutline {

namespace {

QString keyColumn(TrackerFormat format)
{
    switch (format) {
    case TrackerFormat::Linear:
        return QStringLiteral("ID");
    case TrackerFormat::GitHub:
        return QStringLiteral("Number");
    case TrackerFormat::Trello:
        return QStringLiteral("Card");
    default:
        return QStringLiteral("Issue key");
    }
}

// The Plan view's order: chosen first, then the rest, each by value per effort.
QList<int> rankedIds(const Workshop &w, const Plan &plan)
{
    QList<int> in = plan.selected;
    QList<int> out;
    for (const Candidate &c : w.candidates)
        if (!in.contains(c.id))
            out.append(c.id);
    const auto byDensity = [&w](int a, int b) {
        return planDensity(*w.candidate(a)) > planDensity(*w.candidate(b));
    };
    std::stable_sort(in.begin(), in.end(), byDensity);
    std::stable_sort(out.begin(), out.end(), byDensity);
    return in + out;
}

QString reasonFor(const Candidate &c, const Plan &plan)
{
    if (!c.rationale.isEmpty())
        return c.rationale;
    if (plan.selected.contains(c.id))
        return TrackerExport::tr("in the plan");
    for (const Exclusion &e : plan.excluded)
        if (e.id == c.id)
            return e.reason;
    return {};
}

} // namespace

QStringList TrackerExport::columns(TrackerFormat format)
{
    return {keyColumn(format), QStringLiteral("Cutline decision"), QStringLiteral("Cutline reason"),
            QStringLiteral("Cutline rank"), QStringLiteral("Cutline P(in plan)")};
}

TrackerCsvExport TrackerExport::write(const Workshop &workshop, TrackerFormat format,
                                      const PlanOdds &odds)
{
    TrackerCsvExport result;
    QStringList lines;
    QStringList header;
    for (const QString &column : columns(format))
        header.append(quoteCsvField(column));
    lines.append(header.join(QLatin1Char(',')));
    // An invalid workshop has no plan; the decisions still go back, without plan reasons.
    const Plan plan =
        validateWorkshop(workshop).isEmpty() && workshop.capacity > 0 ? makePlan(workshop) : Plan{};
    const QList<int> ranked = rankedIds(workshop, plan);
    const QString system = trackerFormatId(format);
    for (int position = 0; position < ranked.size(); ++position) {
        const Candidate &c = *workshop.candidate(ranked[position]);
        if (c.source.system != system) {
            ++result.skipped;
            continue;
        }
        const std::optional<double> p = odds ? odds(c.id) : std::nullopt;
        const QStringList row = {c.source.key, decisionId(c.decision), reasonFor(c, plan),
                                 QString::number(position + 1),
                                 p ? QString::number(*p, 'f', 3) : QString()};
        QStringList quoted;
        for (const QString &field : row)
            quoted.append(quoteCsvField(field));
        lines.append(quoted.join(QLatin1Char(',')));
        ++result.written;
    }
    result.csv = (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    return result;
}

Status TrackerExport::save(const Workshop &workshop, TrackerFormat format, const QString &path,
                           const PlanOdds &odds, int *written)
{
    const TrackerCsvExport exported = write(workshop, format, odds);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.csv) != exported.csv.size() ||
        !file.commit())
        return Error{ErrorCode::Unwritable,
                     tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (written)
        *written = exported.written;
    return success();
}

} // namespace cutline
