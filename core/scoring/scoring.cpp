#include "core/scoring/scoring.h"

#include "core/graph/analysis.h"
#include "core/model/field.h"
#include "core/plan/planner.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <limits>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Scoring)
};

QString n(double value)
{
    return formatNumber(value);
}

// value ÷ size, with free valuable work first and free worthless work last.
double divide(double value, double size)
{
    if (size > 0)
        return value / size;
    return value > 0 ? std::numeric_limits<double>::infinity() : 0;
}

} // namespace

QString frameworkId(Framework framework)
{
    switch (framework) {
    case Framework::ValueEffort:
        return QStringLiteral("value_effort");
    case Framework::Rice:
        return QStringLiteral("rice");
    case Framework::Ice:
        return QStringLiteral("ice");
    case Framework::Wsjf:
        return QStringLiteral("wsjf");
    case Framework::Weighted:
        return QStringLiteral("weighted");
    }
    return {};
}

std::optional<Framework> frameworkFromId(const QString &id)
{
    for (Framework f : allFrameworks())
        if (frameworkId(f) == id)
            return f;
    return std::nullopt;
}

QList<Framework> allFrameworks()
{
    return {Framework::ValueEffort, Framework::Rice, Framework::Ice, Framework::Wsjf,
            Framework::Weighted};
}

QString frameworkName(Framework framework)
{
    switch (framework) {
    case Framework::ValueEffort:
        return Text::tr("Value / effort");
    case Framework::Rice:
        return Text::tr("RICE");
    case Framework::Ice:
        return Text::tr("ICE");
    case Framework::Wsjf:
        return Text::tr("WSJF");
    case Framework::Weighted:
        return Text::tr("Weighted criteria");
    }
    return {};
}

QString frameworkDescription(Framework framework)
{
    switch (framework) {
    case Framework::ValueEffort:
        return Text::tr("value (reach × impact × confidence) divided by effort");
    case Framework::Rice:
        return Text::tr("reach × impact × confidence ÷ effort, with reach estimated for every "
                        "candidate");
    case Framework::Ice:
        return Text::tr("impact × confidence (0–10) × ease, where ease runs from 10 for no effort "
                        "to 1 for the largest effort in the workshop");
    case Framework::Wsjf:
        return Text::tr("cost of delay (impact + time criticality + risk reduction, the risk 1–5 "
                        "counted twice) divided by job size (effort)");
    case Framework::Weighted:
        return Text::tr("the weighted average of the candidate's 0–10 scores on the workshop's "
                        "criteria");
    }
    return {};
}

namespace {

double largestEffort(const Workshop &workshop)
{
    double largest = 0;
    for (const Candidate &c : workshop.candidates)
        largest = std::max(largest, c.effort);
    return largest;
}

double ease(double effort, double largest)
{
    if (largest <= 0)
        return 10;
    return 1 + 9 * (1 - std::clamp(effort / largest, 0.0, 1.0));
}

// What a score needs beyond the candidate, computed once per workshop.
struct Basis
{
    explicit Basis(const Workshop &w) : largest(largestEffort(w))
    {
        if (w.scoreUnlockedValue &&
            (w.framework == Framework::ValueEffort || w.framework == Framework::Rice))
            analysis.emplace(w);
    }
    double largest;
    std::optional<DependencyAnalysis> analysis;
};

Score scoreWith(const Workshop &w, const Candidate &c, const Basis &basis);

} // namespace

double easeOf(const Workshop &workshop, const Candidate &candidate)
{
    return ease(candidate.effort, largestEffort(workshop));
}

Score scoreOf(const Workshop &w, const Candidate &c)
{
    return scoreWith(w, c, Basis(w));
}

QHash<int, Score> scoresOf(const Workshop &w)
{
    const Basis basis(w);
    QHash<int, Score> scores;
    scores.reserve(w.candidates.size());
    for (const Candidate &c : w.candidates)
        scores.insert(c.id, scoreWith(w, c, basis));
    return scores;
}

namespace {

Score scoreWith(const Workshop &w, const Candidate &c, const Basis &basis)
{
    Score s;
    switch (w.framework) {
    case Framework::ValueEffort:
    case Framework::Rice: {
        const double unlocked = basis.analysis ? basis.analysis->unlockedValue(c.id) : 0.0;
        s.value = divide(planValue(c) + unlocked, c.effort);
        s.formula =
            w.scoreUnlockedValue
                ? Text::tr(
                      "(reach %1 × impact %2 × confidence %3 % + unlocked %4) ÷ effort %5 = %6")
                      .arg(n(c.reach), n(c.impact), n(c.confidence), formatAmount(unlocked),
                           n(c.effort), formatScore(s.value))
                : Text::tr("reach %1 × impact %2 × confidence %3 % ÷ effort %4 = %5")
                      .arg(n(c.reach), n(c.impact), n(c.confidence), n(c.effort),
                           formatScore(s.value));
        break;
    }
    case Framework::Ice: {
        const double e = ease(c.effort, basis.largest);
        s.value = c.impact * (c.confidence / 10) * e;
        s.formula = Text::tr("impact %1 × confidence %2 × ease %3 = %4")
                        .arg(n(c.impact), n(c.confidence / 10), n(std::round(e * 10) / 10),
                             formatScore(s.value));
        break;
    }
    case Framework::Wsjf: {
        const double riskReduction = 2.0 * c.risk;
        const double costOfDelay = c.impact + c.timeCriticality + riskReduction;
        s.value = divide(costOfDelay, c.effort);
        s.formula =
            Text::tr("(impact %1 + time criticality %2 + risk reduction %3) ÷ effort %4 = %5")
                .arg(n(c.impact), n(c.timeCriticality), n(riskReduction), n(c.effort),
                     formatScore(s.value));
        break;
    }
    case Framework::Weighted: {
        double sum = 0, weights = 0;
        QStringList terms;
        for (const Criterion &criterion : w.criteria) {
            const double score = c.scores.value(criterion.name, 0);
            sum += criterion.weight * score;
            weights += criterion.weight;
            terms.append(Text::tr("%1 %2 × %3").arg(criterion.name, n(score), n(criterion.weight)));
        }
        s.value = weights > 0 ? sum / weights : 0;
        s.formula = terms.isEmpty() ? Text::tr("no criteria defined yet (Workshop settings)")
                                    : Text::tr("(%1) ÷ total weight %2 = %3")
                                          .arg(terms.join(QStringLiteral(" + ")), n(weights),
                                               formatScore(s.value));
        break;
    }
    }
    return s;
}

} // namespace

QString formatScore(double score)
{
    if (std::isinf(score))
        return QStringLiteral("∞");
    if (score == 0)
        return QStringLiteral("0");
    const int digits = std::max(0, 2 - int(std::floor(std::log10(std::abs(score)))));
    return formatNumber(std::round(score * std::pow(10, digits)) / std::pow(10, digits));
}

std::optional<QString> checkCriteria(const QList<Criterion> &criteria)
{
    QSet<QString> seen;
    double total = 0;
    for (const Criterion &c : criteria) {
        const QString name = c.name.trimmed();
        if (name.isEmpty())
            return Text::tr("Every criterion needs a name.");
        if (seen.contains(name.toCaseFolded()))
            return Text::tr("The criterion \"%1\" is listed twice.").arg(name);
        seen.insert(name.toCaseFolded());
        if (!std::isfinite(c.weight) || c.weight < 0)
            return Text::tr("The weight of \"%1\" must be a number of 0 or more, not %2.")
                .arg(name, formatNumber(c.weight));
        total += c.weight;
    }
    if (!criteria.isEmpty() && total <= 0)
        return Text::tr("At least one criterion needs a weight above 0.");
    return std::nullopt;
}

} // namespace cutline
