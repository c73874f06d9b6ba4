#include "core/review/loop.h"

#include "core/decision/decisions.h"

#include <QCoreApplication>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::ReviewSchedule)
};

} // namespace

QDate reviewDueDate(const Candidate &c)
{
    if (c.bet && c.bet->reviewDate.isValid())
        return c.bet->reviewDate;
    return c.reviewDate;
}

Bet proposedBet(const Workshop &workshop, const Candidate &c)
{
    if (c.bet)
        return *c.bet;
    Bet bet;
    bet.metric =
        c.successMetric.trimmed().isEmpty() ? c.metric.trimmed() : c.successMetric.trimmed();
    bet.reviewDate = c.reviewDate;
    if (!bet.reviewDate.isValid())
        bet.reviewDate = defaultReviewDate(workshop).value_or(QDate());
    return bet;
}

QList<int> reviewableCandidates(const Workshop &workshop)
{
    QList<int> ids;
    if (workshop.signOff.by.isEmpty() || !workshop.signOff.at.isValid())
        return ids;
    for (const Candidate &c : workshop.candidates)
        if (c.decision == Decision::Commit)
            ids.append(c.id);
    return ids;
}

QList<int> dueReviews(const Workshop &workshop, const QDate &today)
{
    QList<int> ids;
    for (int id : reviewableCandidates(workshop)) {
        const Candidate *c = workshop.candidate(id);
        const QDate due = reviewDueDate(*c);
        if (!c->review && due.isValid() && due <= today)
            ids.append(id);
    }
    return ids;
}

std::optional<QString> reviewRefusal(const Workshop &workshop, int id)
{
    const Candidate *c = workshop.candidate(id);
    if (!c)
        return Text::tr("There is no such candidate to review.");
    if (workshop.signOff.by.isEmpty() || !workshop.signOff.at.isValid())
        return Text::tr("%1 cannot be reviewed yet: the decisions are not signed off. A review "
                        "looks back at a signed decision.")
            .arg(c->key);
    if (c->decision != Decision::Commit)
        return Text::tr("%1 cannot be reviewed: it is not committed (%2).")
            .arg(c->key, decisionName(c->decision));
    return std::nullopt;
}

QString dueReviewsMessage(const Workshop &workshop, const QDate &today)
{
    const QList<int> due = dueReviews(workshop, today);
    if (due.isEmpty())
        return {};
    QStringList keys;
    for (int id : due)
        keys.append(workshop.candidate(id)->key);
    return Text::tr("Due for review: %1.").arg(keys.join(QStringLiteral(", ")));
}

} // namespace cutline
