#include "decisions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cutline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cutline", text);
}

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

Plan recommendedPlan(const Workshop &w)
{
    Workshop free = w;
    for (Candidate &c : free.candidates)
        c.decision = Decision::Undecided;
    if (std::optional<Plan> plan = solvePlan(free, w.capacity))
        return *plan;
    Plan none;
    none.feasible = false;
    none.capacity = w.capacity;
    return none;
}

QList<Departure> departures(const Workshop &w, const Plan &recommended)
{
    QList<Departure> result;
    if (!recommended.feasible || recommended.cancelled)
        return result;
    for (const Candidate &c : w.candidates) {
        const bool in = recommended.selected.contains(c.id);
        if ((c.decision == Decision::Commit && !in) || (isLeftOut(c.decision) && in))
            result.append(Departure{c.id, in, c.decision});
    }
    return result;
}

std::optional<QString> missingRationale(const Candidate &c, Decision decision, bool departs)
{
    if (!c.rationale.trimmed().isEmpty())
        return std::nullopt;
    if (decision == Decision::Defer)
        return tr("%1: say why it is deferred (a rationale is required).").arg(c.key);
    if (decision == Decision::Drop)
        return tr("%1: say why it is dropped (a rationale is required).").arg(c.key);
    if (decision == Decision::Commit && departs)
        return tr("%1: committing it departs from the computed plan, which leaves it out; say "
                  "why (a rationale is required).")
            .arg(c.key);
    return std::nullopt;
}

QStringList signOffProblems(const Workshop &w, const Plan &recommended)
{
    QStringList problems;
    if (w.decider.trimmed().isEmpty())
        problems.append(tr("Name the decider in the workshop settings first."));
    QList<int> departing;
    for (const Departure &d : departures(w, recommended))
        departing.append(d.id);
    for (const Candidate &c : w.candidates)
        if (auto missing = missingRationale(c, c.decision, departing.contains(c.id)))
            problems.append(*missing);
    const bool anyDecided = std::any_of(w.candidates.begin(), w.candidates.end(),
                                        [](const Candidate &c) {
                                            return c.decision != Decision::Undecided;
                                        });
    if (!anyDecided)
        problems.append(tr("Nothing is decided yet."));
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
