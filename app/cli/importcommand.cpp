// `cutline-cli import FILE.csv -o OUT.cutline [--title T] [--capacity N]`
#include "app/cli/commands.h"

#include "core/csv/workshopcsv.h"
#include "core/storage/workshopfile.h"

#include <QCoreApplication>

namespace cutline::cli {

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cutline::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import candidates from a CSV file into a new .cutline workshop.");
    }

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The CSV file to import."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("The .cutline file to write."),
                          QStringLiteral("OUT.cutline")});
        parser.addOption({QStringLiteral("title"),
                          tr("The workshop's title (default: the CSV "
                             "file's name)."),
                          QStringLiteral("T")});
        parser.addOption(
            {QStringLiteral("capacity"), tr("The capacity, e.g. 40."), QStringLiteral("N")});
    }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usage(tr("give exactly one CSV file to import."));
        if (!parser.isSet(QStringLiteral("output")))
            return usage(tr("say where to write the workshop with -o OUT.cutline."));
        std::optional<double> capacity;
        if (!capacityOption(parser, capacity))
            return UsageError;
        const Result<CsvImport> imported = WorkshopCsv::read(parser.positionalArguments().first());
        if (!imported) {
            err() << imported.error() << '\n';
            return InvalidInput;
        }
        warn(imported.value().warnings);
        Workshop workshop = imported.value().workshop;
        if (parser.isSet(QStringLiteral("title")))
            workshop.title = parser.value(QStringLiteral("title"));
        if (capacity)
            workshop.capacity = *capacity;
        else
            warn({tr("no capacity given: the workshop's capacity is 0 until you set it "
                     "(--capacity N, or Workshop Settings in Cutline).")});
        const QString output = parser.value(QStringLiteral("output"));
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
};

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace cutline::cli
