// `cutline-cli import FILE -o OUT.cutline [--from auto|cutline|jira|linear|github|trello] …`:
// a Cutline CSV or a tracker's export into a new workshop, or (--update) into the workshop
// an earlier import made.
#include "app/cli/commands.h"

#include "core/storage/workshopfile.h"
#include "core/tracker/reimport.h"
#include "core/tracker/trackerimport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cutline::cli {

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cutline::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import candidates from a CSV file or a tracker's export (Jira, Linear, GitHub, "
                  "Trello) into a .cutline workshop.");
    }

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("The file to import: a Cutline CSV, a Jira or Linear CSV "
                                        "export, GitHub issues or a Trello board as JSON."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("The .cutline file to write."),
                          QStringLiteral("OUT.cutline")});
        parser.addOption({QStringLiteral("title"),
                          tr("The workshop's title (default: the CSV "
                             "file's name)."),
                          QStringLiteral("T")});
        parser.addOption(
            {QStringLiteral("capacity"), tr("The capacity, e.g. 40."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("from"),
                          tr("What the file is: auto (default: recognised by its content), "
                             "cutline, jira, linear, github or trello."),
                          QStringLiteral("SOURCE"), QStringLiteral("auto")});
        parser.addOption({QStringLiteral("units"),
                          tr("How estimates become effort: auto (default: story points if "
                             "the export has them, else days), points, hours or days."),
                          QStringLiteral("UNIT"), QStringLiteral("auto")});
        parser.addOption(
            {QStringLiteral("include-done"), tr("Import done work too (left out by default).")});
        parser.addOption({QStringLiteral("update"),
                          tr("Re-import into the existing OUT.cutline: match by the tracker's "
                             "key, add what is new, take the tracker's changes, keep the rest.")});
        parser.addOption({QStringLiteral("prefer-tracker"),
                          tr("With --update: where a field was edited in Cutline and changed in "
                             "the tracker, take the tracker's value (default: keep Cutline's).")});
        parser.addOption({QStringLiteral("dry-run"),
                          tr("Show what the import or re-import would do; write nothing.")});
    }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usage(tr("give exactly one file to import."));
        if (!parser.isSet(QStringLiteral("output")))
            return usage(tr("say where to write the workshop with -o OUT.cutline."));
        std::optional<double> capacity;
        if (!capacityOption(parser, capacity))
            return UsageError;
        std::optional<TrackerFormat> forced;
        if (const QString from = parser.value(QStringLiteral("from"));
            from != QLatin1String("auto")) {
            forced = trackerFormatFromId(from);
            if (!forced)
                return usage(tr("--from must be auto, cutline, jira, linear, github or trello, "
                                "not \"%1\".")
                                 .arg(from));
        }
        ImportSettings settings;
        const std::optional<EffortUnit> unit =
            effortUnitFromId(parser.value(QStringLiteral("units")));
        if (!unit)
            return usage(tr("--units must be auto, points, hours or days, not \"%1\".")
                             .arg(parser.value(QStringLiteral("units"))));
        settings.unit = *unit;
        settings.includeDone = parser.isSet(QStringLiteral("include-done"));
        const bool update = parser.isSet(QStringLiteral("update"));
        if (parser.isSet(QStringLiteral("prefer-tracker")) && !update)
            return usage(tr("--prefer-tracker applies to a re-import: add --update."));
        const QString input = parser.positionalArguments().first();
        Result<TrackerImport> imported = TrackerImporter::readFile(input, forced, settings);
        if (!imported) {
            err() << imported.error() << '\n';
            return InvalidInput;
        }
        warn(imported.value().warnings);
        if (update)
            return reimport(parser, imported.value());
        return create(parser, imported.value(), capacity);
    }

private:
    int create(const QCommandLineParser &parser, const TrackerImport &imported,
               std::optional<double> capacity)
    {
        Workshop workshop = imported.workshop;
        if (parser.isSet(QStringLiteral("title")))
            workshop.title = parser.value(QStringLiteral("title"));
        else if (workshop.title.isEmpty())
            workshop.title = QFileInfo(parser.positionalArguments().first()).completeBaseName();
        if (capacity)
            workshop.capacity = *capacity;
        else
            warn({tr("no capacity given: the workshop's capacity is 0 until you set it "
                     "(--capacity N, or Workshop Settings in Cutline).")});
        const QString output = parser.value(QStringLiteral("output"));
        if (!imported.data.system.isEmpty())
            out() << TrackerImporter::summaryText(imported.summary) << '\n';
        if (parser.isSet(QStringLiteral("dry-run")))
            return Success;
        if (Status saved = WorkshopFile::save(workshop, output); !saved) {
            err() << saved.error() << '\n';
            return InvalidInput;
        }
        out() << tr("Imported %1 candidates and %2 links into %3.")
                     .arg(workshop.candidates.size())
                     .arg(workshop.dependencies.size())
                     .arg(output)
              << '\n';
        return Success;
    }

    int reimport(const QCommandLineParser &parser, const TrackerImport &imported)
    {
        const QString output = parser.value(QStringLiteral("output"));
        if (imported.data.system.isEmpty()) {
            err() << tr("%1 is a Cutline CSV: --update re-imports a tracker's export, matched "
                        "by the tracker's key.")
                         .arg(parser.positionalArguments().first())
                  << '\n';
            return InvalidInput;
        }
        Result<Workshop> current = WorkshopFile::load(output);
        if (!current) {
            err() << current.error() << '\n';
            return InvalidInput;
        }
        const ReimportDiff diff = Reimport::diff(current.value(), imported);
        for (const QString &line : Reimport::describe(current.value(), diff))
            out() << line << '\n';
        out() << Reimport::summaryText(diff) << '\n';
        const ConflictChoice choice = parser.isSet(QStringLiteral("prefer-tracker"))
                                          ? ConflictChoice::TakeTracker
                                          : ConflictChoice::KeepCutline;
        ReimportResult merged = Reimport::apply(current.value(), imported, diff, choice);
        warn(merged.warnings);
        if (parser.isSet(QStringLiteral("dry-run")))
            return Success;
        std::optional<double> capacity;
        if (capacityOption(parser, capacity) && capacity)
            merged.workshop.capacity = *capacity;
        if (parser.isSet(QStringLiteral("title")))
            merged.workshop.title = parser.value(QStringLiteral("title"));
        if (Status saved = WorkshopFile::save(merged.workshop, output); !saved) {
            err() << saved.error() << '\n';
            return InvalidInput;
        }
        out() << tr("Updated %1.").arg(output) << '\n';
        return Success;
    }
};

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace cutline::cli
