// `cutline-cli export FILE -o OUT.{csv,pdf,md,html}`
#include "commands.h"

#include "csv/workshopcsv.h"
#include "workshopio.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cutline::cli {

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cutline::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Export a workshop; the format follows the output's extension (csv).");
    }

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("The workshop: a .cutline or .csv file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("The file to write: .csv (.pdf, .md and .html are not supported "
                             "yet)."),
                          QStringLiteral("OUT")});
    }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usage(tr("give exactly one workshop file to export."));
        if (!parser.isSet(QStringLiteral("output")))
            return usage(tr("say where to write with -o OUT.csv."));
        const QString output = parser.value(QStringLiteral("output"));
        const QString format = QFileInfo(output).suffix().toLower();
        if (format == QLatin1String("pdf") || format == QLatin1String("md") ||
            format == QLatin1String("html") || format == QLatin1String("svg"))
            return usage(tr("exporting to .%1 is not supported yet by this version of Cutline; "
                            "use .csv.")
                             .arg(format));
        if (format != QLatin1String("csv"))
            return usage(
                tr("cannot tell the format from \"%1\"; the output must end in .csv.").arg(output));
        const Result<LoadedWorkshop> loaded = loadWorkshop(parser.positionalArguments().first());
        if (!loaded) {
            err() << loaded.error() << '\n';
            return InvalidInput;
        }
        for (const QString &warning : loaded.value().warnings)
            err() << tr("warning: ") << warning << '\n';
        if (Status saved = WorkshopCsv::save(loaded.value().workshop, output); !saved) {
            err() << saved.error() << '\n';
            return InvalidInput;
        }
        out() << tr("Exported %1 candidates to %2.")
                     .arg(loaded.value().workshop.candidates.size())
                     .arg(output)
              << '\n';
        return Success;
    }
};

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace cutline::cli
