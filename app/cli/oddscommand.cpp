// `cutline-cli odds FILE [--capacity N] [--samples N] [--seed S] [--format text|json]`: the plan
// under uncertainty.
#include "app/cli/commands.h"

#include "core/model/field.h"
#include "core/odds/odds.h"
#include "core/plan/planner.h"
#include "core/workshopio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cutline::cli {

namespace {

QJsonArray interval(const Share &share)
{
    return QJsonArray{share.low(), share.high()};
}

QJsonObject flipJson(const FlipMargin &f)
{
    switch (f.kind) {
    case FlipMargin::Kind::Decided:
        return {{QStringLiteral("kind"), QStringLiteral("decided")}};
    case FlipMargin::Kind::Never:
        return {{QStringLiteral("kind"), QStringLiteral("never")}};
    case FlipMargin::Kind::Threshold:
        break;
    }
    return {{QStringLiteral("kind"), QStringLiteral("threshold")},
            {QStringLiteral("likely"), f.likely},
            {QStringLiteral("threshold"), f.threshold},
            {QStringLiteral("change"), f.change()}};
}

QString bandId(OddsBand band)
{
    switch (band) {
    case OddsBand::Core:
        return QStringLiteral("core");
    case OddsBand::Borderline:
        return QStringLiteral("borderline");
    case OddsBand::Out:
        return QStringLiteral("out");
    }
    return {};
}

QJsonArray keys(const Workshop &w, const QList<int> &ids)
{
    QJsonArray array;
    for (int id : ids)
        array.append(w.candidate(id)->key);
    return array;
}

} // namespace

class OddsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cutline::cli::OddsCommand)

public:
    QString name() const override { return QStringLiteral("odds"); }
    QString summary() const override
    {
        return tr("How likely the plan fits, how often each candidate is in the optimum of "
                  "sampled estimates, and what would flip it.");
    }

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("The workshop: a .cutline or .csv file."));
        parser.addOption({QStringLiteral("capacity"),
                          tr("The capacity, fixed (default: the workshop's and its range; "
                             "required for CSV)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("samples"),
                          tr("How many samples (%1–%2; default: the workshop's, 2000 for CSV).")
                              .arg(kMinOddsSamples)
                              .arg(kMaxOddsSamples),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("seed"),
                          tr("The seed, 0–18446744073709551615 (default: the workshop's, 1 for "
                             "CSV)."),
                          QStringLiteral("S")});
        parser.addOption({QStringLiteral("format"), tr("text (default) or json."),
                          QStringLiteral("FORMAT"), QStringLiteral("text")});
    }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usage(tr("give exactly one workshop file."));
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("json"))
            return usage(tr("--format must be text or json, not \"%1\".").arg(format));
        OddsRequest request;
        if (!capacityOption(parser, request.capacity) || !samplesOption(parser, request) ||
            !seedOption(parser, request))
            return UsageError;
        const QString path = parser.positionalArguments().first();
        if (!request.capacity && isCsvPath(path))
            return usage(
                tr("%1 is a CSV file, which has no capacity; give --capacity N.").arg(path));
        const std::optional<LoadedWorkshop> loaded = load(path);
        if (!loaded)
            return InvalidInput;
        const Workshop &w = loaded->workshop;
        const Plan plan = makePlan(w, request.capacity);
        if (!plan.feasible) {
            err() << tr("%1: no plan is possible. %2").arg(path, plan.infeasibility) << '\n';
            return Infeasible;
        }
        const Result<Odds> odds = computeOdds(w, request);
        if (!odds) {
            err() << tr("%1: %2").arg(path, odds.error()) << '\n';
            return InvalidInput;
        }
        format == QLatin1String("json") ? printJson(w, odds.value()) : printText(w, odds.value());
        return Success;
    }

private:
    bool samplesOption(const QCommandLineParser &parser, OddsRequest &request)
    {
        if (!parser.isSet(QStringLiteral("samples")))
            return true;
        const QString text = parser.value(QStringLiteral("samples"));
        bool ok = false;
        const int samples = text.toInt(&ok);
        if (!ok || samples < kMinOddsSamples || samples > kMaxOddsSamples) {
            usage(tr("--samples \"%1\" must be a whole number from %2 to %3.")
                      .arg(text)
                      .arg(kMinOddsSamples)
                      .arg(kMaxOddsSamples));
            return false;
        }
        request.samples = samples;
        return true;
    }

    bool seedOption(const QCommandLineParser &parser, OddsRequest &request)
    {
        if (!parser.isSet(QStringLiteral("seed")))
            return true;
        const QString text = parser.value(QStringLiteral("seed"));
        bool ok = false;
        const quint64 seed = text.toULongLong(&ok);
        if (!ok || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
            usage(tr("--seed \"%1\" must be a whole number from 0 to 18446744073709551615.")
                      .arg(text));
            return false;
        }
        request.seed = seed;
        return true;
    }

    void printJson(const Workshop &w, const Odds &odds)
    {
        QJsonArray items;
        for (const CandidateOdds &item : odds.items) {
            const Candidate *c = w.candidate(item.id);
            QJsonArray warnings;
            if (item.effortLikelyOff)
                warnings.append(QStringLiteral("likely_effort_outside_middle_half"));
            if (item.valueLikelyOff)
                warnings.append(QStringLiteral("likely_value_outside_middle_half"));
            items.append(QJsonObject{
                {QStringLiteral("key"), c->key},
                {QStringLiteral("p_in"), item.in.p()},
                {QStringLiteral("p_in_ci"), interval(item.in)},
                {QStringLiteral("band"), bandId(item.band)},
                {QStringLiteral("in_plan"), item.inPlan},
                {QStringLiteral("effort_range"), item.effortRanged},
                {QStringLiteral("value_range"), item.valueRanged},
                {QStringLiteral("effort_flip"), flipJson(item.effort)},
                {QStringLiteral("value_flip"), flipJson(item.value)},
                {QStringLiteral("warnings"), warnings},
            });
        }
        const CommitLine &line = odds.commit;
        QJsonObject commit{{QStringLiteral("target"), line.target},
                           {QStringLiteral("found"), line.found}};
        if (line.found) {
            commit.insert(QStringLiteral("planning_capacity"), line.planningCapacity);
            commit.insert(QStringLiteral("selected"), keys(w, line.selected));
            commit.insert(QStringLiteral("total_effort"), line.totalEffort);
            commit.insert(QStringLiteral("total_value"), line.totalValue);
            commit.insert(QStringLiteral("p_fit"), line.fits.p());
            commit.insert(QStringLiteral("p_fit_ci"), interval(line.fits));
        }
        // JSON numbers are doubles: a seed above 2^53 is written as a string to stay exact.
        const QJsonValue seed = odds.seed <= (quint64(1) << 53)
                                    ? QJsonValue(qint64(odds.seed))
                                    : QJsonValue(QString::number(odds.seed));
        const QJsonObject object{
            {QStringLiteral("samples"), odds.samples},
            {QStringLiteral("seed"), seed},
            {QStringLiteral("capacity"), odds.capacity},
            {QStringLiteral("capacity_range"), odds.capacityRanged},
            {QStringLiteral("unit"), w.capacityUnit},
            {QStringLiteral("plan"), keys(w, odds.plan)},
            {QStringLiteral("p_fit"), odds.fits.p()},
            {QStringLiteral("p_fit_ci"), interval(odds.fits)},
            {QStringLiteral("p_same_plan"), odds.samePlan.p()},
            {QStringLiteral("p_same_plan_ci"), interval(odds.samePlan)},
            {QStringLiteral("p_feasible"), odds.feasible.p()},
            {QStringLiteral("interval"), QStringLiteral("wilson95")},
            {QStringLiteral("commit_line"), commit},
            {QStringLiteral("refine_first"), keys(w, odds.refineFirst)},
            {QStringLiteral("items"), items},
            {QStringLiteral("ms"), odds.ms},
        };
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    }

    void printText(const Workshop &w, const Odds &odds)
    {
        if (!odds.anyRange)
            out() << tr("No estimate has a range: every number is fixed, so the odds are "
                        "certain.")
                  << '\n';
        out() << tr("The plan fits the capacity of %1 %2 in %3 of %n sample(s) (seed %4; ± is "
                    "the 95 % Wilson interval).",
                    nullptr, odds.samples)
                     .arg(formatAmount(odds.capacity), w.capacityUnit, shareText(odds.fits))
                     .arg(odds.seed)
              << '\n'
              << tr("The sampled optimum is the plan in %1.").arg(shareText(odds.samePlan)) << '\n';
        if (odds.commit.found)
            out() << tr("Commit line at %1 %: plan to %2 %3 (value %4), which fits in %5.")
                         .arg(qRound(odds.commit.target * 100))
                         .arg(formatAmount(odds.commit.planningCapacity), w.capacityUnit,
                              formatAmount(odds.commit.totalValue), shareText(odds.commit.fits))
                  << '\n';
        else
            out()
                << tr("No plan fits in %1 % of the samples.").arg(qRound(odds.commit.target * 100))
                << '\n';
        out() << '\n';
        for (const CandidateOdds &item : odds.items) {
            const Candidate *c = w.candidate(item.id);
            QStringList notes = marginTexts(item, *c, w.capacityUnit);
            if (!item.effortRanged)
                notes.append(tr("effort has no range"));
            if (item.effortLikelyOff)
                notes.append(tr("likely effort outside the middle half of its range"));
            out() << QStringLiteral("  %1  %2  %3  %4  %5")
                         .arg(c->key.leftJustified(6), item.inPlan ? tr("in ") : tr("out"),
                              shareText(item.in).leftJustified(11),
                              bandName(item.band).leftJustified(10),
                              notes.join(QStringLiteral("; ")))
                  << '\n';
        }
        if (!odds.refineFirst.isEmpty()) {
            QStringList refine;
            for (int id : odds.refineFirst)
                refine.append(w.candidate(id)->key);
            out() << '\n' << tr("Refine first: %1").arg(refine.join(QStringLiteral(", "))) << '\n';
        }
        out() << '\n' << tr("Sampled in %1 ms.").arg(odds.ms, 0, 'f', 0) << '\n';
    }
};

std::unique_ptr<Command> makeOddsCommand()
{
    return std::make_unique<OddsCommand>();
}

} // namespace cutline::cli
