#include "core/record/recordaddendum.h"

#include "core/model/field.h"
#include "core/review/calibration.h"
#include "core/review/loop.h"

#include <QCoreApplication>

#include <algorithm>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::RecordAddendum)
};

QString orQuestion(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("?") : text.trimmed();
}

QString betText(const Bet &b)
{
    QStringList parts;
    if (!b.metric.trimmed().isEmpty())
        parts.append(b.metric.trimmed());
    parts.append(orQuestion(b.baseline) + QStringLiteral(" → ") + orQuestion(b.target));
    parts.append(Text::tr("%1 % confident").arg(formatNumber(b.confidence)));
    return parts.join(QLatin1Char('\n'));
}

QString effortText(const Workshop &w, const Candidate &c)
{
    const QString estimate = formatAmount(c.effort) + (c.effortLow && c.effortHigh
                                                           ? QStringLiteral(" (%1–%2)")
                                                                 .arg(formatAmount(*c.effortLow),
                                                                      formatAmount(*c.effortHigh))
                                                           : QString());
    const QString actual =
        c.review->actualEffort ? formatAmount(*c.review->actualEffort) : Text::tr("not recorded");
    return Text::tr("estimated %1\nactual %2 %3").arg(estimate, actual, w.capacityUnit);
}

QDate lastReview(const Workshop &w)
{
    QDate last;
    for (const Candidate &c : w.candidates)
        if (c.review && (!last.isValid() || c.review->reviewedOn > last))
            last = c.review->reviewedOn;
    return last;
}

Section reviewsSection(const Workshop &w)
{
    Section s{SectionId::Addendum, Text::tr("Addendum: reviews after shipping"), {}, {}, {}, {}};
    s.paragraphs.append(addendumNote(w));
    Table t{{Text::tr("Candidate"), Text::tr("Bet"), Text::tr("Shipped"), Text::tr("Effort"),
             Text::tr("Actual value"), Text::tr("Verdict"), Text::tr("Lesson")},
            {},
            {17, 17, 10, 13, 12, 9, 22},
            {}};
    QStringList pending;
    for (const Candidate &c : w.candidates) {
        if (c.decision != Decision::Commit)
            continue;
        if (!c.review) {
            const QDate due = reviewDueDate(c);
            pending.append(due.isValid() ? Text::tr("%1 (due %2)").arg(c.key, dateText(due))
                                         : c.key);
            continue;
        }
        const Review &r = *c.review;
        const QString reviewed =
            r.reviewer.trimmed().isEmpty()
                ? Text::tr("reviewed %1").arg(dateText(r.reviewedOn))
                : Text::tr("reviewed %1 by %2").arg(dateText(r.reviewedOn), r.reviewer.trimmed());
        t.rows.append({c.key + QLatin1Char(' ') + c.title + QLatin1Char('\n') + reviewed,
                       c.bet ? betText(*c.bet) : Text::tr("no bet taken"), shippedName(r.shipped),
                       effortText(w, c), r.actualValue, verdictName(r.verdict), r.lesson});
        t.keys.append(c.key);
    }
    s.table = t;
    if (!pending.isEmpty())
        s.paragraphs.append(
            Text::tr("Not reviewed yet: %1.").arg(pending.join(QStringLiteral(", "))));
    return s;
}

QString ratioCell(const EffortCalibration &e)
{
    if (e.count == 0)
        return Text::tr("no actuals");
    return Text::tr("median %1×, middle half %2–%3×, n = %4")
        .arg(QString::number(e.median, 'f', 2), QString::number(e.q1, 'f', 2),
             QString::number(e.q3, 'f', 2))
        .arg(e.count);
}

QString rangeCell(const EffortCalibration &e)
{
    if (e.ranged == 0)
        return Text::tr("no ranges stated");
    return Text::tr("%1 of %2 (%3 %)")
        .arg(e.inside)
        .arg(e.ranged)
        .arg(qRound(100.0 * e.inside / e.ranged));
}

QString brierCell(const BetCalibration &b)
{
    if (b.count == 0)
        return Text::tr("no bets");
    return Text::tr("%1 (n = %2); %3 % confident, %4 % hit")
        .arg(QString::number(b.brier, 'f', 3))
        .arg(b.count)
        .arg(qRound(b.meanConfidence))
        .arg(qRound(b.hitRate));
}

} // namespace

std::optional<Table> betsTable(const Workshop &w)
{
    Table t{{Text::tr("Bet on"), Text::tr("Metric"), Text::tr("Baseline"), Text::tr("Target"),
             Text::tr("Review"), Text::tr("Confidence")},
            {},
            {24, 24, 14, 14, 12, 12},
            {}};
    for (const Candidate &c : w.candidates) {
        if (c.decision != Decision::Commit || !c.bet)
            continue;
        t.rows.append({c.key + QLatin1Char(' ') + c.title, c.bet->metric, c.bet->baseline,
                       c.bet->target, dateText(c.bet->reviewDate),
                       formatNumber(c.bet->confidence) + QStringLiteral(" %")});
        t.keys.append(c.key);
    }
    if (t.rows.isEmpty())
        return std::nullopt;
    return t;
}

QString addendumNote(const Workshop &w)
{
    const QString signedOn = w.signOff.at.isValid() ? timeText(w.signOff.at) : QStringLiteral("—");
    return Text::tr("Added after the sign-off of %1; the signed record above is unchanged. "
                    "Last review: %2.")
        .arg(signedOn, dateText(lastReview(w)));
}

Section calibrationSection(const Workshop &w)
{
    const Calibration cal = calibrate(w);
    Section s{SectionId::Addendum, Text::tr("Addendum: calibration"), {}, {}, {}, {}};
    s.paragraphs.append(calibrationStatus(cal));
    if (!cal.enough())
        return s;
    s.paragraphs.append(Text::tr("Effort compares fully shipped candidates: actual divided by "
                                 "estimated. The Brier score compares each bet's confidence with "
                                 "its verdict (hit 1, partly ½, missed 0): 0 is perfect, 0.25 "
                                 "is a coin flip. These are suggestions; nothing was changed."));
    Table t{{Text::tr("Group"), Text::tr("Reviewed"), Text::tr("Actual ÷ estimated effort"),
             Text::tr("Inside the 80 % range"), Text::tr("Brier score")},
            {},
            {18, 10, 28, 18, 26},
            {}};
    QList<CalibrationGroup> groups{cal.workshop};
    groups += cal.kinds;
    for (const CalibrationGroup &g : groups)
        t.rows.append({g.name, QString::number(g.reviewed), ratioCell(g.effort),
                       rangeCell(g.effort), brierCell(g.bets)});
    s.table = t;
    s.bullets = cal.suggestions.isEmpty()
                    ? QStringList{Text::tr("The estimates and bets held up: no suggestion.")}
                    : cal.suggestions;
    return s;
}

QList<Section> addendumSections(const Workshop &w)
{
    const bool anyReview = std::any_of(w.candidates.begin(), w.candidates.end(),
                                       [](const Candidate &c) { return c.review.has_value(); });
    if (!anyReview)
        return {};
    return {reviewsSection(w), calibrationSection(w)};
}

} // namespace cutline
