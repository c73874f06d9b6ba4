#include "core/review/review.h"

#include "core/model/field.h"

#include <QCoreApplication>

#include <cmath>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Review)
};

} // namespace

QString shippedId(Shipped shipped)
{
    switch (shipped) {
    case Shipped::Shipped:
        return QStringLiteral("shipped");
    case Shipped::Partly:
        return QStringLiteral("partly");
    case Shipped::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<Shipped> shippedFromId(const QString &id)
{
    for (Shipped s : {Shipped::Shipped, Shipped::Partly, Shipped::Cancelled})
        if (shippedId(s) == id)
            return s;
    return std::nullopt;
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Hit:
        return QStringLiteral("hit");
    case Verdict::Partly:
        return QStringLiteral("partly");
    case Verdict::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

std::optional<Verdict> verdictFromId(const QString &id)
{
    for (Verdict v : {Verdict::Hit, Verdict::Partly, Verdict::Missed})
        if (verdictId(v) == id)
            return v;
    return std::nullopt;
}

QString shippedName(Shipped shipped)
{
    switch (shipped) {
    case Shipped::Shipped:
        return Text::tr("Shipped");
    case Shipped::Partly:
        return Text::tr("Partly shipped");
    case Shipped::Cancelled:
        return Text::tr("Cancelled");
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Hit:
        return Text::tr("Hit");
    case Verdict::Partly:
        return Text::tr("Partly hit");
    case Verdict::Missed:
        return Text::tr("Missed");
    }
    return {};
}

double verdictOutcome(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Hit:
        return 1.0;
    case Verdict::Partly:
        return 0.5;
    case Verdict::Missed:
        return 0.0;
    }
    return 0.0;
}

std::optional<QString> betProblem(const QString &key, const Bet &bet)
{
    if (!std::isfinite(bet.confidence) || bet.confidence < 0 || bet.confidence > 100)
        return Text::tr("%1: the confidence %2 % is outside 0–100 %.")
            .arg(key, formatNumber(bet.confidence));
    if (!bet.reviewDate.isValid())
        return Text::tr("%1: the bet needs a review date.").arg(key);
    return std::nullopt;
}

std::optional<QString> actualEffortProblem(const QString &key, double effort)
{
    if (!std::isfinite(effort))
        return Text::tr("%1: the actual effort must be a number, not %2.")
            .arg(key, formatNumber(effort));
    if (effort < 0)
        return Text::tr("%1: the actual effort %2 is negative.").arg(key, formatNumber(effort));
    return std::nullopt;
}

std::optional<QString> reviewProblem(const QString &key, const Review &review)
{
    if (!review.reviewedOn.isValid())
        return Text::tr("%1: the review needs the date it was made.").arg(key);
    if (review.actualEffort)
        if (auto problem = actualEffortProblem(key, *review.actualEffort))
            return problem;
    return std::nullopt;
}

std::optional<QString> setActualEffort(Review &review, const QString &key, double effort)
{
    if (auto problem = actualEffortProblem(key, effort))
        return problem;
    review.actualEffort = effort;
    return std::nullopt;
}

} // namespace cutline
