#include "core/record/oddssection.h"

#include "core/model/field.h"
#include "core/odds/odds.h"

#include <QCoreApplication>
#include <QLocale>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::OddsSection)
};

// A share that a line break never splits ("3" at a line's end, "% ± 0.7" on the next).
QString share(const Share &s)
{
    return shareText(s).replace(QLatin1Char(' '), QChar::Nbsp);
}

QString summary(const Workshop &w, const Odds &odds)
{
    QString text = Text::tr("Sampled %1 times with seed %2: every effort, value and capacity "
                            "with a low and a high estimate is log-normal with those as its "
                            "10th and 90th percentile; the rest are fixed. ± is the 95 % "
                            "Wilson interval.")
                       .arg(QLocale().toString(odds.samples))
                       .arg(odds.seed);
    text += QLatin1Char(' ') + Text::tr("The plan fits the capacity of %1 %2 in %3 of the "
                                        "samples; the sampled optimum is this plan in %4.")
                                   .arg(formatAmount(odds.capacity), w.capacityUnit,
                                        share(odds.fits), share(odds.samePlan));
    if (odds.feasible.hits < odds.feasible.of)
        text += QLatin1Char(' ') + infeasibleText(odds);
    return text;
}

QString commitText(const Workshop &w, const Odds &odds)
{
    const CommitLine &line = odds.commit;
    if (!line.found)
        return Text::tr("No plan fits in 85 % of the samples.");
    if (line.planningCapacity >= odds.capacity)
        return Text::tr("The plan itself fits in at least 85 % of the samples.");
    return Text::tr("Commit line at 85 %: planning to %1 %2 gives a plan of value %3 (of %4) "
                    "that fits in %5.")
        .arg(formatAmount(line.planningCapacity), w.capacityUnit, formatAmount(line.totalValue),
             formatAmount(odds.planValue), share(line.fits));
}

} // namespace

Section oddsSection(const Workshop &w)
{
    Section s{SectionId::Odds, Text::tr("Odds"), {}, {}, {}, {}};
    const Result<Odds> result = computeOdds(w);
    if (!result) {
        s.paragraphs.append(Text::tr("No odds: %1").arg(result.error()));
        return s;
    }
    const Odds &odds = result.value();
    if (!odds.anyRange) {
        s.paragraphs.append(Text::tr("No estimate has a range, so the plan fits for certain; "
                                     "low and high estimates would show how likely it is."));
        return s;
    }
    s.paragraphs.append(summary(w, odds));
    s.paragraphs.append(commitText(w, odds));
    Table t{{Text::tr("Candidate"), Text::tr("Plan"), Text::tr("In the optimum"), Text::tr("Band"),
             Text::tr("What would flip it")},
            {},
            {28, 7, 14, 11, 40},
            {}};
    for (const CandidateOdds &item : odds.items) {
        const Candidate *c = w.candidate(item.id);
        QStringList margins = marginTexts(item, *c, w.capacityUnit);
        if (!item.effortRanged)
            margins.append(Text::tr("effort has no range"));
        t.rows.append({c->key + QStringLiteral(" ") + c->title,
                       item.inPlan ? Text::tr("in") : Text::tr("out"), share(item.in),
                       bandName(item.band), margins.join(QStringLiteral("; "))});
        t.keys.append(c->key);
    }
    s.table = t;
    if (!odds.refineFirst.isEmpty()) {
        QStringList keys;
        for (int id : odds.refineFirst)
            keys.append(w.candidate(id)->key);
        s.bullets.append(Text::tr("Refine first (most value at stake): %1")
                             .arg(keys.join(QStringLiteral(", "))));
    }
    return s;
}

} // namespace cutline
