// `cutline-cli export FILE -o OUT.{csv,pdf,md,html,svg,ics}`
#include "app/cli/commands.h"

#include "core/csv/workshopcsv.h"
#include "core/odds/odds.h"
#include "core/odds/range.h"
#include "core/review/reviewcalendar.h"
#include "core/tracker/trackerexport.h"
#include "render/graph/graphpainter.h"
#include "render/record/decisionrecord.h"

#include "core/workshopio.h"
#include <QSaveFile>

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
        return tr("Export a workshop: .csv, the decision record as .pdf, .html or .md, the "
                  "dependency graph as .svg, or the review dates as an .ics calendar.");
    }

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("The workshop: a .cutline or .csv file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("The file to write: .csv (the candidates), .pdf, .html or .md (the "
                             "decision record; .md writes its pictures beside it), .svg (the "
                             "dependency graph) or .ics (the review dates, as a calendar)."),
                          QStringLiteral("OUT")});
        parser.addOption({QStringLiteral("for"),
                          tr("With a .csv output: write the decisions for a tracker's bulk "
                             "update (jira, linear, github or trello) instead of the Cutline "
                             "CSV."),
                          QStringLiteral("TRACKER")});
        parser.addOption({QStringLiteral("page-size"),
                          tr("The PDF's paper: a4 or letter (default: the locale's)."),
                          QStringLiteral("SIZE")});
    }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usage(tr("give exactly one workshop file to export."));
        if (!parser.isSet(QStringLiteral("output")))
            return usage(tr("say where to write with -o OUT.csv."));
        const QString output = parser.value(QStringLiteral("output"));
        const QString format = QFileInfo(output).suffix().toLower();
        const bool record = format == QLatin1String("pdf") || format == QLatin1String("md") ||
                            format == QLatin1String("html") || format == QLatin1String("htm");
        const bool graph = format == QLatin1String("svg");
        const bool calendar = format == QLatin1String("ics");
        if (format != QLatin1String("csv") && !record && !graph && !calendar)
            return usage(tr("cannot tell the format from \"%1\"; the output must end in .csv, "
                            ".pdf, .html, .md, .svg or .ics.")
                             .arg(output));
        QPageSize pageSize = defaultPageSize();
        if (parser.isSet(QStringLiteral("page-size"))) {
            const QString size = parser.value(QStringLiteral("page-size")).toLower();
            if (size == QLatin1String("a4"))
                pageSize = QPageSize(QPageSize::A4);
            else if (size == QLatin1String("letter"))
                pageSize = QPageSize(QPageSize::Letter);
            else
                return usage(tr("the page size must be a4 or letter, not \"%1\".").arg(size));
        }
        if (parser.isSet(QStringLiteral("for")))
            return exportForTracker(parser, output, format);
        const std::optional<LoadedWorkshop> loaded = load(parser.positionalArguments().first());
        if (!loaded)
            return InvalidInput;
        if (graph) {
            QSaveFile file(output);
            if (!file.open(QIODevice::WriteOnly) || file.write(graphSvg(loaded->workshop)) < 0 ||
                !file.commit()) {
                err() << tr("%1 could not be written: %2.").arg(output, file.errorString()) << '\n';
                return InvalidInput;
            }
            out() << tr("Wrote the dependency graph (%1 candidates) to %2.")
                         .arg(loaded->workshop.candidates.size())
                         .arg(output)
                  << '\n';
            return Success;
        }
        if (calendar)
            return exportCalendar(loaded->workshop, parser.positionalArguments().first(), output);
        if (record) {
            const DecisionRecord decisionRecord(loaded->workshop);
            if (Status written = decisionRecord.write(output, pageSize); !written) {
                err() << written.error() << '\n';
                return InvalidInput;
            }
            out() << tr("Wrote the decision record (%1 committed of %2 candidates) to %3.")
                         .arg(decisionRecord.committedCount())
                         .arg(loaded->workshop.candidates.size())
                         .arg(output)
                  << '\n';
            return Success;
        }
        if (Status saved = WorkshopCsv::save(loaded->workshop, output); !saved) {
            err() << saved.error() << '\n';
            return InvalidInput;
        }
        out() << tr("Exported %1 candidates to %2.")
                     .arg(loaded->workshop.candidates.size())
                     .arg(output)
              << '\n';
        return Success;
    }

private:
    int exportForTracker(const QCommandLineParser &parser, const QString &output,
                         const QString &format);
    // Issue 15: the review dates of the committed candidates as an iCalendar file.
    int exportCalendar(const Workshop &workshop, const QString &input, const QString &output)
    {
        if (Status written = writeReviewCalendar(workshop, output); !written) {
            // A write failure names the output already; an empty calendar is the input's.
            err() << (written.errorCode() == ErrorCode::Unwritable
                          ? written.error()
                          : tr("%1: %2").arg(input, written.error()))
                  << '\n';
            return InvalidInput;
        }
        out() << tr("Wrote the review dates to %1.").arg(output) << '\n';
        return Success;
    }
};

// Issue 15: the decisions back to the tracker the candidates came from.
int ExportCommand::exportForTracker(const QCommandLineParser &parser, const QString &output,
                                    const QString &format)
{
    const QString tracker = parser.value(QStringLiteral("for"));
    const std::optional<TrackerFormat> target = trackerFormatFromId(tracker);
    if (!target || *target == TrackerFormat::Cutline)
        return usage(tr("--for must be jira, linear, github or trello, not \"%1\".").arg(tracker));
    if (format != QLatin1String("csv"))
        return usage(tr("--for writes a CSV: the output must end in .csv."));
    const std::optional<LoadedWorkshop> loaded = load(parser.positionalArguments().first());
    if (!loaded)
        return InvalidInput;
    // P(in plan) where some estimate has a range (the workshop's seed and sample count, as
    // `odds` and the Plan view give it); without ranges every share would be 0 or 1: empty.
    PlanOdds planOdds;
    std::optional<Odds> sampled;
    if (!odds::checkRanges(loaded->workshop)) {
        OddsRequest request;
        request.margins = false;
        if (Result<Odds> computed = computeOdds(loaded->workshop, request);
            computed && computed.value().anyRange)
            sampled = computed.value();
    }
    if (sampled)
        planOdds = [&sampled](int id) -> std::optional<double> {
            if (const CandidateOdds *item = sampled->item(id))
                return item->in.p();
            return std::nullopt;
        };
    const TrackerCsvExport exported = TrackerExport::write(loaded->workshop, *target, planOdds);
    if (exported.written == 0) {
        err() << tr("%1 holds no candidates imported from %2; nothing to export.")
                     .arg(parser.positionalArguments().first(), trackerFormatName(*target))
              << '\n';
        return InvalidInput;
    }
    if (Status saved = TrackerExport::save(loaded->workshop, *target, output, planOdds); !saved) {
        err() << saved.error() << '\n';
        return InvalidInput;
    }
    if (exported.skipped > 0)
        warn({tr("%n candidate(s) not imported from %1 are left out.", nullptr, exported.skipped)
                  .arg(trackerFormatName(*target))});
    out() << tr("Exported %n decision(s) for %1 to %2.", nullptr, exported.written)
                 .arg(trackerFormatName(*target), output)
          << '\n';
    return Success;
}

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace cutline::cli
