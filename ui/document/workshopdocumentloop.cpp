// WorkshopDocument's edits of the loop (issue 15): bets at sign-off and reviews after shipping.
#include "ui/document/workshopdocument.h"

#include "core/review/loop.h"
#include "ui/document/commands.h"

#include <QUndoStack>

namespace cutline {

std::optional<QString> WorkshopDocument::betChange(int id, const Bet &bet, Candidate &after) const
{
    const Candidate *c = m_workshop.candidate(id);
    if (!c)
        return tr("There is no such candidate to bet on.");
    if (c->decision != Decision::Commit)
        return tr("%1: a bet is taken on committed candidates only; this one is %2.")
            .arg(c->key, decisionName(c->decision));
    if (auto problem = betProblem(c->key, bet))
        return problem;
    after = *c;
    after.bet = bet;
    after.reviewDate = bet.reviewDate;
    return std::nullopt;
}

bool WorkshopDocument::setBet(int id, const std::optional<Bet> &bet)
{
    if (refuseIfReadOnly())
        return false;
    const Candidate *c = m_workshop.candidate(id);
    if (!c)
        return false;
    if (c->bet == bet)
        return true;
    Candidate after = *c;
    if (bet) {
        if (auto problem = betChange(id, *bet, after))
            return refuse(*problem);
    } else {
        after.bet.reset();
    }
    m_undoStack->push(new ReplaceCandidateCommand(
        this, after, bet ? tr("Bet on %1").arg(c->key) : tr("Remove the bet on %1").arg(c->key)));
    return true;
}

bool WorkshopDocument::setReview(int id, const std::optional<Review> &review)
{
    if (refuseIfReadOnly())
        return false;
    const Candidate *c = m_workshop.candidate(id);
    if (!c)
        return false;
    if (c->review == review)
        return true;
    if (review) {
        if (auto problem = reviewRefusal(m_workshop, id))
            return refuse(*problem);
        if (auto problem = reviewProblem(c->key, *review))
            return refuse(*problem);
    }
    Candidate after = *c;
    after.review = review;
    m_undoStack->push(new ReplaceCandidateCommand(
        this, after,
        review ? tr("Review %1").arg(c->key) : tr("Remove the review of %1").arg(c->key)));
    return true;
}

} // namespace cutline
