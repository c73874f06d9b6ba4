// `cutline-cli plan FILE [--capacity N] [--format text|json]`: the optimal plan.
#include "app/cli/commands.h"

#include "core/model/field.h"
#include "core/plan/planner.h"
#include "core/workshopio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cutline::cli {

class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cutline::cli::PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override
    {
        return tr("Choose the plan with the most value that fits the capacity (exact), and say "
                  "why each candidate left out is out.");
    }

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("The workshop: a .cutline or .csv file."));
        parser.addOption({QStringLiteral("capacity"),
                          tr("The capacity (default: the workshop's; required for CSV)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("format"), tr("text (default) or json."),
                          QStringLiteral("FORMAT"), QStringLiteral("text")});
    }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usage(tr("give exactly one workshop file to plan."));
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("json"))
            return usage(tr("--format must be text or json, not \"%1\".").arg(format));
        std::optional<double> capacity;
        if (!capacityOption(parser, capacity))
            return UsageError;
        const QString path = parser.positionalArguments().first();
        if (!capacity && isCsvPath(path))
            return usage(
                tr("%1 is a CSV file, which has no capacity; give --capacity N.").arg(path));
        const std::optional<LoadedWorkshop> loaded = load(path);
        if (!loaded)
            return InvalidInput;
        const Workshop &w = loaded->workshop;
        const Plan plan = makePlan(w, capacity);
        if (!plan.feasible) {
            err() << tr("%1: no plan is possible. %2").arg(path, plan.infeasibility) << '\n';
            return Infeasible;
        }
        format == QLatin1String("json") ? printJson(w, plan) : printText(w, plan);
        return Success;
    }

private:
    void printJson(const Workshop &w, const Plan &plan)
    {
        QJsonArray selected, excluded;
        for (int id : plan.selected)
            selected.append(w.candidate(id)->key);
        for (const Exclusion &e : plan.excluded)
            excluded.append(QJsonObject{{QStringLiteral("key"), w.candidate(e.id)->key},
                                        {QStringLiteral("reason"), e.reason}});
        const QJsonObject object{
            {QStringLiteral("capacity"), plan.capacity},
            {QStringLiteral("unit"), w.capacityUnit},
            {QStringLiteral("selected"), selected},
            {QStringLiteral("total_effort"), plan.totalEffort},
            {QStringLiteral("total_value"), plan.totalValue},
            {QStringLiteral("excluded"), excluded},
            {QStringLiteral("solve_ms"), plan.solveMs},
        };
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    }

    void printText(const Workshop &w, const Plan &plan)
    {
        out() << tr("Capacity %1 %2: the plan uses %3, leaving %4; total value %5.")
                     .arg(formatNumber(plan.capacity), w.capacityUnit,
                          formatNumber(plan.totalEffort),
                          formatNumber(plan.capacity - plan.totalEffort),
                          formatNumber(plan.totalValue))
              << "\n\n"
              << tr("In the plan:") << '\n';
        for (int id : plan.selected) {
            const Candidate *c = w.candidate(id);
            out() << QStringLiteral("  %1  %2  (effort %3, value %4)")
                         .arg(c->key.leftJustified(6), c->title, formatNumber(c->effort),
                              formatNumber(planValue(*c)))
                  << '\n';
        }
        out() << '\n' << tr("Below the cut line:") << '\n';
        for (const Exclusion &e : plan.excluded) {
            const Candidate *c = w.candidate(e.id);
            out()
                << QStringLiteral("  %1  %2 — %3").arg(c->key.leftJustified(6), c->title, e.reason)
                << '\n';
        }
        out() << '\n' << tr("Solved exactly in %1 ms.").arg(plan.solveMs, 0, 'f', 2) << '\n';
    }
};

std::unique_ptr<Command> makePlanCommand()
{
    return std::make_unique<PlanCommand>();
}

} // namespace cutline::cli
