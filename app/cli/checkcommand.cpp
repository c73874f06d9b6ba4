// `cutline-cli check FILE`: the validation report.
#include "app/cli/commands.h"

#include "core/check/workshopcheck.h"
#include "core/model/field.h"
#include "core/plan/planner.h"
#include "core/workshopio.h"

#include <QCoreApplication>

namespace cutline::cli {

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cutline::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Check a workshop: bad values, unknown keys and cycles (exit code 1), and "
                  "candidates missing their why or contradicting their links (reported).");
    }

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("The workshop: a .cutline or .csv file."));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usage(tr("give exactly one workshop file to check."));
        const QString path = parser.positionalArguments().first();
        // The reading warnings are part of this command's report, on stdout.
        const std::optional<LoadedWorkshop> loaded = load(path, true);
        if (!loaded)
            return InvalidInput;
        const Workshop &w = loaded->workshop;
        out() << tr("%1: %2 candidates, %3 links, capacity %4 %5.")
                     .arg(path)
                     .arg(w.candidates.size())
                     .arg(w.dependencies.size())
                     .arg(formatNumber(w.capacity), w.capacityUnit)
              << '\n';
        for (const QString &warning : loaded->warnings)
            out() << tr("warning: ") << warning << '\n';
        const QList<Finding> findings = checkWorkshop(w);
        for (const Finding &f : findings)
            out() << tr("warning: ") << f.message << '\n';
        // Valid values can still leave no plan: say so here, as `plan` would (exit code 3). A
        // CSV carries no capacity, so it is not asked.
        const bool infeasible = !isCsvPath(path) && !solvePlan(w, w.capacity);
        if (infeasible)
            out() << tr("warning: ") << tr("no plan is possible. %1").arg(makePlan(w).infeasibility)
                  << '\n';
        const int warnings = int(findings.size() + loaded->warnings.size()) + (infeasible ? 1 : 0);
        if (warnings == 0)
            out() << tr("No problems found.") << '\n';
        else
            out() << QCoreApplication::translate(
                         "cutline::cli", "%n warning(s); the workshop is valid.", nullptr, warnings)
                  << '\n';
        return Success;
    }
};

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace cutline::cli
