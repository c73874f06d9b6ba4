#include "core/decision/decisions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Decisions)
};

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

} // namespace

std::optional<QDate> horizonEnd(const QString &text)
{
    const QString h = text.trimmed();
    static const QRegularExpression yearPart(
        QStringLiteral("^(\\d{4})[\\s\\-/]*([QqHh])([1-4])$|^([QqHh])([1-4])[\\s\\-/]*(\\d{4})$"));
    if (const auto m = yearPart.match(h); m.hasMatch()) {
        const bool yearFirst = !m.captured(1).isEmpty();
        const int year = (yearFirst ? m.captured(1) : m.captured(6)).toInt();
        const QChar kind = (yearFirst ? m.captured(2) : m.captured(4)).at(0).toUpper();
        const int n = (yearFirst ? m.captured(3) : m.captured(5)).toInt();
        if (kind == QLatin1Char('Q'))
            return endOfMonth(year, 3 * n);
        if (n <= 2)
            return endOfMonth(year, 6 * n);
        return std::nullopt;
    }
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    if (const auto m = yearOnly.match(h); m.hasMatch())
        return QDate(m.captured(1).toInt(), 12, 31);
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto m = month.match(h); m.hasMatch()) {
        const QDate d = endOfMonth(m.captured(1).toInt(), m.captured(2).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    const QDate day = QDate::fromString(h, Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

std::optional<QDate> defaultReviewDate(const Workshop &w)
{
    if (const auto end = horizonEnd(w.horizon))
        return end->addDays(w.reviewDelayDays);
    if (w.date.isValid())
        return w.date.addDays(90 + w.reviewDelayDays);
    return std::nullopt;
}

namespace {

// The optimum with candidate `id` decided `decision`, every other decision kept; nullopt when
// no plan fits.
std::optional<Plan> planWith(const Workshop &w, int id, Decision decision)
{
    Workshop variant = w;
    for (Candidate &c : variant.candidates)
        if (c.id == id)
            c.decision = decision;
    return solvePlan(variant, variant.capacity);
}

// departure(), given `taken`: the optimum with the decision as asked.
std::optional<Departure> departureGiven(const Workshop &w, int id, Decision decision,
                                        const std::optional<Plan> &taken)
{
    const bool commits = decision == Decision::Commit;
    const std::optional<Plan> opposite =
        planWith(w, id, commits ? Decision::Defer : Decision::Commit);
    if (!opposite)
        return std::nullopt; // the decision is forced: the opposite leaves no feasible plan
    // Decisions that together leave no feasible plan are one problem (sign-off names it), not
    // a departure of each decision involved.
    if (!taken)
        return std::nullopt;
    const double tolerance = 1e-9 * std::max(1.0, std::abs(opposite->totalValue));
    if (opposite->totalValue <= taken->totalValue + tolerance)
        return std::nullopt;
    return Departure{id, !commits, decision, opposite->totalValue - taken->totalValue};
}

} // namespace

std::optional<Departure> departure(const Workshop &w, int id, Decision decision)
{
    if (decision == Decision::Undecided || !w.candidate(id))
        return std::nullopt;
    return departureGiven(w, id, decision, planWith(w, id, decision));
}

QList<Departure> departures(const Workshop &w)
{
    QList<Departure> result;
    // Every decision here is the one taken, so the value with it is the workshop's own: once.
    const std::optional<Plan> taken = solvePlan(w, w.capacity);
    for (const Candidate &c : w.candidates)
        if (c.decision != Decision::Undecided)
            if (std::optional<Departure> d = departureGiven(w, c.id, c.decision, taken))
                result.append(*d);
    return result;
}

std::optional<QString> missingRationale(const Candidate &c, Decision decision, bool departs)
{
    if (!c.rationale.trimmed().isEmpty())
        return std::nullopt;
    if (decision == Decision::Defer)
        return Text::tr("%1: say why it is deferred (a rationale is required).").arg(c.key);
    if (decision == Decision::Drop)
        return Text::tr("%1: say why it is dropped (a rationale is required).").arg(c.key);
    if (decision == Decision::Commit && departs)
        return Text::tr("%1: committing it departs from the plan, which leaves it out; say why (a "
                        "rationale is required).")
            .arg(c.key);
    return std::nullopt;
}

bool rationaleIsStale(const Workshop &w, const Candidate &candidate, Decision decision)
{
    if (candidate.decision == Decision::Undecided || candidate.decision == decision ||
        candidate.rationale.trimmed().isEmpty())
        return false;
    for (auto it = w.decisionLog.crbegin(); it != w.decisionLog.crend(); ++it)
        if (it->key == candidate.key)
            return it->rationale.trimmed() == candidate.rationale.trimmed();
    return false;
}

bool needsRationale(const Workshop &w, int id, Decision decision)
{
    if (isLeftOut(decision))
        return true;
    return decision == Decision::Commit && departure(w, id, decision).has_value();
}

std::optional<QString> decisionProblem(const Workshop &w, int id, Decision decision,
                                       const QString &rationale)
{
    const Candidate *c = w.candidate(id);
    if (!c || !rationale.trimmed().isEmpty())
        return std::nullopt;
    if (!rationaleIsStale(w, *c, decision) && !c->rationale.trimmed().isEmpty())
        return std::nullopt;
    Candidate fresh = *c;
    if (rationaleIsStale(w, *c, decision))
        fresh.rationale.clear();
    return missingRationale(fresh, decision, needsRationale(w, id, decision));
}

QString decisionAuthor(const QString &configured)
{
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? Text::tr("unknown") : login;
}

QList<Adoption> planAdoption(const Workshop &w, const Plan &plan)
{
    QList<Adoption> result;
    if (!plan.feasible || plan.cancelled)
        return result;
    for (int id : plan.selected) {
        const Candidate *c = w.candidate(id);
        if (c && c->decision == Decision::Undecided)
            result.append(Adoption{id, Decision::Commit, QString()});
    }
    for (const Exclusion &e : plan.excluded) {
        const Candidate *c = w.candidate(e.id);
        if (c && c->decision == Decision::Undecided)
            result.append(
                Adoption{e.id, Decision::Defer, Text::tr("Below the cut line: %1").arg(e.reason)});
    }
    return result;
}

Plan estimatesOnlyPlan(const Workshop &w)
{
    Workshop open = w;
    for (Candidate &c : open.candidates)
        c.decision = Decision::Undecided;
    if (std::optional<Plan> plan = solvePlan(open, open.capacity))
        return *plan;
    return makePlan(open); // infeasible: it stops at the message saying why nothing fits
}

QStringList signOffProblems(const Workshop &w)
{
    QStringList problems;
    if (w.decider.trimmed().isEmpty())
        problems.append(Text::tr("Name the decider in the workshop settings first."));
    QList<int> departing;
    for (const Departure &d : departures(w))
        departing.append(d.id);
    for (const Candidate &c : w.candidates)
        if (auto missing = missingRationale(c, c.decision, departing.contains(c.id)))
            problems.append(*missing);
    const bool anyDecided =
        std::any_of(w.candidates.begin(), w.candidates.end(),
                    [](const Candidate &c) { return c.decision != Decision::Undecided; });
    if (!anyDecided)
        problems.append(Text::tr("Nothing is decided yet."));
    // Only the message needs makePlan; whether a plan exists does not need its reasons.
    if (!solvePlan(w, w.capacity))
        problems.append(makePlan(w).infeasibility);
    return problems;
}

bool signOffCurrent(const Workshop &w)
{
    if (w.signOff.by.isEmpty() || !w.signOff.at.isValid())
        return false;
    return std::none_of(w.decisionLog.begin(), w.decisionLog.end(),
                        [&](const DecisionChange &d) { return d.at > w.signOff.at; });
}

} // namespace cutline
