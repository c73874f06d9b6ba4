#include "core/record/recordcontent.h"

#include "core/decision/decisions.h"
#include "core/model/field.h"
#include "core/model/kindprofile.h"
#include "core/record/oddssection.h" // issue 14
#include "core/record/recordaddendum.h"
#include "core/record/roundsrecord.h"
#include "core/scoring/scoring.h"

#include <QCoreApplication>

#include <cmath>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::RecordContent)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Markdown table cells: no pipes or line breaks.
QString cell(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.trimmed().isEmpty() ? QStringLiteral("—") : t.trimmed();
}

// The table, or when it has no rows, the sentence saying so.
void tableOr(Section &section, const Table &table, const QString &whenEmpty)
{
    if (table.rows.isEmpty())
        section.paragraphs.append(whenEmpty);
    else
        section.table = table;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed();
}

QString whyOf(const Candidate &c)
{
    QStringList parts;
    for (const WhyPrompt &p : whyPrompts(c.kind)) {
        if (p.field == Field::Outcome || p.field == Field::Metric)
            continue; // they have their own columns
        const QString value = fieldValue(c, p.field).toString().trimmed();
        if (!value.isEmpty())
            parts.append(p.label + QStringLiteral(": ") + value);
    }
    return parts.join(QLatin1Char('\n'));
}

QString metricOf(const Candidate &c)
{
    QStringList parts;
    if (!c.metric.trimmed().isEmpty())
        parts.append(c.metric.trimmed());
    if (!c.successMetric.trimmed().isEmpty() && c.successMetric.trimmed() != c.metric.trimmed())
        parts.append(c.successMetric.trimmed());
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QString();
}

QString recordText(const QString &text)
{
    return esc(text);
}

QString htmlTable(const Table &t)
{
    QString html =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse: collapse; border-color: #b8b8b8;\"><thead><tr>");
    for (int i = 0; i < t.headers.size(); ++i)
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8edf3\"%1>%2</th>")
                    .arg(i < t.widths.size() ? QStringLiteral(" width=\"%1%\"").arg(t.widths[i])
                                             : QString(),
                         esc(t.headers[i]));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &value : row)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(esc(orDash(value)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString markdownTable(const Table &t)
{
    QString md =
        QStringLiteral("| ") + t.headers.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (int i = 0; i < t.headers.size(); ++i)
        md += QStringLiteral("---|");
    md += QLatin1Char('\n');
    for (const QStringList &row : t.rows) {
        QStringList cells;
        for (const QString &value : row)
            cells.append(cell(value));
        md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return md;
}

namespace {

// How much of the capacity the committed work uses, or that no capacity is set.
QString capacityText(const Workshop &w, double used)
{
    const QString unit = w.capacityUnit;
    if (w.capacity <= 0)
        return Text::tr("No capacity set; the committed work needs %1 %2.")
            .arg(formatAmount(used), unit);
    const double headroom = w.capacity - used;
    return (headroom >= 0
                ? Text::tr("Capacity %1 %2; the committed work uses %3 %2 (%4 %), leaving "
                           "%5 %2 of headroom.")
                : Text::tr("Capacity %1 %2; the committed work uses %3 %2 (%4 %), %5 %2 more "
                           "than the capacity."))
        .arg(formatAmount(w.capacity), unit, formatAmount(used),
             formatNumber(std::round(used / w.capacity * 100)), formatAmount(std::abs(headroom)));
}

} // namespace

namespace {

struct Counts
{
    double used = 0;
    int committed = 0, deferred = 0, dropped = 0, undecided = 0;
    QStringList missingWhyKeys;
};

Counts countDecisions(const Workshop &w)
{
    Counts n;
    for (const Candidate &c : w.candidates) {
        switch (c.decision) {
        case Decision::Commit:
            ++n.committed;
            n.used += c.effort;
            break;
        case Decision::Defer:
            ++n.deferred;
            break;
        case Decision::Drop:
            ++n.dropped;
            break;
        case Decision::Undecided:
            ++n.undecided;
            break;
        }
        if (!missingWhy(c).isEmpty())
            n.missingWhyKeys.append(c.key);
    }
    return n;
}

QString signOffText(const Workshop &w)
{
    if (w.signOff.by.isEmpty())
        return Text::tr("Not signed off by the decider yet.");
    return (signOffCurrent(w)
                ? Text::tr("Signed off by %1 on %2.")
                : Text::tr("Signed off by %1 on %2; decisions changed after the sign-off "
                           "(see the decision log)."))
        .arg(w.signOff.by, timeText(w.signOff.at));
}

Section summarySection(const Workshop &w, const Plan &plan)
{
    const Counts n = countDecisions(w);
    Section s{SectionId::Summary, Text::tr("Summary"), {}, {}, {}, {}};
    s.paragraphs.append(capacityText(w, n.used));
    s.paragraphs.append(Text::tr("%1 committed, %2 deferred, %3 dropped, %4 undecided, of %5 "
                                 "candidates.")
                            .arg(n.committed)
                            .arg(n.deferred)
                            .arg(n.dropped)
                            .arg(n.undecided)
                            .arg(w.candidates.size()));
    s.paragraphs.append(n.missingWhyKeys.isEmpty()
                            ? Text::tr("Every candidate states its why.")
                            : Text::tr("%1 candidates are missing part of their why: %2.")
                                  .arg(n.missingWhyKeys.size())
                                  .arg(n.missingWhyKeys.join(QStringLiteral(", "))));
    s.paragraphs.append(plan.feasible
                            ? Text::tr("The plan takes %n candidate(s) for %1 %2 and a total "
                                       "value of %3.",
                                       nullptr, int(plan.selected.size()))
                                  .arg(formatAmount(plan.totalEffort), w.capacityUnit,
                                       formatAmount(plan.totalValue))
                            : Text::tr("No plan is feasible: %1").arg(plan.infeasibility));
    s.paragraphs.append(signOffText(w));
    return s;
}

Section committedSection(const Workshop &w)
{
    Section s{SectionId::Committed, Text::tr("Committed"), {}, {}, {}, {}};
    Table t{{Text::tr("Candidate"), Text::tr("Why"), Text::tr("Metric"),
             Text::tr("Expected outcome"), Text::tr("Owner"), Text::tr("Review")},
            {},
            {20, 30, 14, 16, 10, 10},
            {}};
    for (const Candidate &c : w.candidates) {
        if (c.decision != Decision::Commit)
            continue;
        const QString because =
            c.rationale.trimmed().isEmpty()
                ? QString()
                : QStringLiteral("\n") + Text::tr("Decided because: %1").arg(c.rationale.trimmed());
        t.rows.append(
            {c.key + QStringLiteral(" ") + c.title + QStringLiteral(" (") + formatAmount(c.effort) +
                 QStringLiteral(" ") + w.capacityUnit + QStringLiteral(")"),
             whyOf(c) + because, metricOf(c), c.outcome, c.owner, dateText(c.reviewDate)});
        t.keys.append(c.key);
    }
    tableOr(s, t, Text::tr("Nothing is committed yet."));
    s.extra = betsTable(w); // issue 15: the decider's bets at sign-off
    return s;
}

Section leftOutSection(const Workshop &w)
{
    Section s{SectionId::LeftOut, Text::tr("Deferred and dropped"), {}, {}, {}, {}};
    Table t{
        {Text::tr("Candidate"), Text::tr("Decision"), Text::tr("Reason")}, {}, {30, 12, 58}, {}};
    for (const Candidate &c : w.candidates) {
        if (!isLeftOut(c.decision))
            continue;
        t.rows.append(
            {c.key + QStringLiteral(" ") + c.title, decisionName(c.decision),
             c.rationale.trimmed().isEmpty() ? Text::tr("(no reason given)") : c.rationale});
        t.keys.append(c.key);
    }
    tableOr(s, t, Text::tr("Nothing is deferred or dropped."));
    return s;
}

Section departuresSection(const Workshop &w, const Plan &plan)
{
    Section s{SectionId::Departures, Text::tr("Departures from the plan"), {}, {}, {}, {}};
    if (!plan.feasible) {
        s.paragraphs.append(Text::tr("No plan fits the decisions taken, so no decision can be "
                                     "measured against one: %1")
                                .arg(plan.infeasibility));
        return s;
    }
    Table t{
        {Text::tr("Candidate"), Text::tr("Decision"), Text::tr("The plan"), Text::tr("Rationale")},
        {},
        {28, 12, 18, 42},
        {}};
    for (const Departure &d : departures(w)) {
        const Candidate *c = w.candidate(d.id);
        t.rows.append(
            {c->key + QStringLiteral(" ") + c->title, decisionName(d.decision),
             d.planWouldTake ? Text::tr("would take it") : Text::tr("would leave it out"),
             c->rationale.trimmed().isEmpty() ? Text::tr("(no rationale given)") : c->rationale});
        t.keys.append(c->key);
    }
    tableOr(s, t, Text::tr("Every decision agrees with the plan."));
    return s;
}

// What the estimates alone, without any decision, would choose, beside what was decided:
// labelled as such and never mixed with the plan. It shows what the decisions together cost,
// which no single decision's departure can (each may be forced by the others).
Section estimatesSection(const Workshop &w, const Plan &plan)
{
    Section s{SectionId::EstimatesAlone, Text::tr("Against the estimates alone"), {}, {}, {}, {}};
    const Plan alone = estimatesOnlyPlan(w);
    if (!alone.feasible) {
        s.paragraphs.append(
            Text::tr("Even without decisions no plan fits: %1").arg(alone.infeasibility));
        return s;
    }
    s.paragraphs.append(
        Text::tr("Without any decision, the best plan from the estimates alone would take %n "
                 "candidate(s) for a total value of %1.",
                 nullptr, int(alone.selected.size()))
            .arg(formatAmount(alone.totalValue)) +
        QLatin1Char(' ') +
        (plan.feasible ? Text::tr("The plan under the decisions taken has a total value of %1 "
                                  "(%2 less).")
                             .arg(formatAmount(plan.totalValue),
                                  formatAmount(std::max(0.0, alone.totalValue - plan.totalValue)))
                       : Text::tr("Under the decisions taken no plan fits.")));
    Table t{{Text::tr("Candidate"), Text::tr("Estimates alone"), Text::tr("Decided"),
             Text::tr("Rationale")},
            {},
            {30, 16, 14, 40},
            {}};
    for (const Candidate &c : w.candidates) {
        const bool wouldTake = alone.selected.contains(c.id);
        const bool decidedIn = c.decision == Decision::Commit;
        if (c.decision == Decision::Undecided || wouldTake == decidedIn)
            continue;
        t.rows.append(
            {c.key + QStringLiteral(" ") + c.title,
             wouldTake ? Text::tr("would take it") : Text::tr("would leave it out"),
             decisionName(c.decision),
             c.rationale.trimmed().isEmpty() ? Text::tr("(no rationale given)") : c.rationale});
        t.keys.append(c.key);
    }
    tableOr(s, t,
            Text::tr("Every decision taken agrees with what the estimates alone would "
                     "choose."));
    return s;
}

Section dissentSection(const Workshop &w)
{
    Section s{SectionId::Dissent, Text::tr("Dissent"), {}, {}, {}, {}};
    Table t{{Text::tr("Candidate"), Text::tr("Who"), Text::tr("Dissent")}, {}, {28, 16, 56}, {}};
    for (const Candidate &c : w.candidates)
        for (const Dissent &d : c.dissent) {
            t.rows.append({c.key + QStringLiteral(" ") + c.title,
                           d.author.isEmpty() ? Text::tr("anonymous") : d.author, d.text});
            t.keys.append(c.key);
        }
    tableOr(s, t, Text::tr("No dissent was noted."));
    return s;
}

Section risksSection(const Workshop &w)
{
    Section s{SectionId::Risks, Text::tr("Risks and open questions"), {}, {}, {}, {}};
    Table t{{Text::tr("Committed candidate"), Text::tr("Risk"), Text::tr("Confidence"),
             Text::tr("If it is not done")},
            {},
            {34, 8, 15, 43},
            {}};
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Commit && (c.risk >= 4 || c.confidence <= 50)) {
            t.rows.append({c.key + QStringLiteral(" ") + c.title, QString::number(c.risk),
                           formatNumber(c.confidence) + QStringLiteral(" %"), c.ifNotDone});
            t.keys.append(c.key);
        }
    if (t.rows.isEmpty()) {
        s.paragraphs.append(Text::tr(
            "No committed candidate has a risk of 4 or more or a confidence of 50 % or less."));
    } else {
        s.paragraphs.append(Text::tr("Committed work with a risk of 4–5 or a confidence of 50 % "
                                     "or less:"));
        s.table = t;
    }
    QStringList open;
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Undecided)
            open.append(c.key);
    if (!open.isEmpty())
        s.bullets.append(Text::tr("Still undecided (%1): %2.")
                             .arg(open.size())
                             .arg(open.join(QStringLiteral(", "))));
    return s;
}

Section methodSection(const Workshop &w)
{
    Section s{SectionId::Method, Text::tr("Method"), {}, {}, {}, {}};
    s.paragraphs.append(Text::tr("Scoring: %1 — %2.")
                            .arg(frameworkName(w.framework), frameworkDescription(w.framework)));
    s.paragraphs.append(Text::tr(
        "The plan is the exact optimum: the set of candidates with the highest total value "
        "(reach × impact × confidence) whose effort fits the capacity, with every "
        "prerequisite, at most one of each pair of alternatives, and all mandatory work. "
        "Committed candidates are in it and deferred or dropped ones are out. A decision "
        "departs from the plan when, every other decision kept, the opposite decision "
        "would give a plan of higher value."));
    if (w.framework == Framework::Weighted && !w.criteria.isEmpty()) {
        Table t{{Text::tr("Criterion"), Text::tr("Weight")}, {}, {70, 30}, {}};
        for (const Criterion &c : w.criteria)
            t.rows.append({c.name, formatNumber(c.weight)});
        s.extra = t;
    }
    for (const Dependency &d : w.dependencies) {
        const Candidate *a = w.candidate(d.from), *b = w.candidate(d.to);
        if (a && b)
            s.bullets.append(d.type == LinkType::Requires
                                 ? Text::tr("%1 requires %2").arg(a->key, b->key)
                                 : Text::tr("%1 and %2 are alternatives").arg(a->key, b->key));
    }
    return s;
}

Section allSection(const Workshop &w, const Plan &plan)
{
    Section s{SectionId::All, Text::tr("All candidates"), {}, {}, {}, {}};
    Table t{{Text::tr("Key"), Text::tr("Title"), Text::tr("Kind"), Text::tr("Effort"),
             Text::tr("Impact"), Text::tr("Conf."), Text::tr("Score"), Text::tr("Decision"),
             Text::tr("Plan")},
            {},
            {6, 28, 13, 8, 9, 8, 8, 12, 8},
            {}};
    const QHash<int, Score> scores = scoresOf(w);
    for (const Candidate &c : w.candidates) {
        t.rows.append({c.key, c.title, kindName(c.kind), formatAmount(c.effort),
                       formatNumber(c.impact), formatNumber(c.confidence) + QStringLiteral(" %"),
                       formatScore(scores.value(c.id).value), decisionName(c.decision),
                       plan.selected.contains(c.id) ? Text::tr("in") : Text::tr("out")});
        t.keys.append(c.key);
    }
    s.table = t;
    return s;
}

// "Who" is the author each change recorded (decisionAuthor() when it was made); a change
// recorded without one (files from before authors were kept) shows as "—".
Section logSection(const Workshop &w)
{
    Section s{SectionId::Log, Text::tr("Decision log"), {}, {}, {}, {}};
    Table t{{Text::tr("When"), Text::tr("Who"), Text::tr("Candidate"), Text::tr("Change"),
             Text::tr("Rationale")},
            {},
            {18, 12, 10, 20, 40},
            {}};
    for (const DecisionChange &d : w.decisionLog) {
        t.rows.append({timeText(d.at), d.author, d.key,
                       decisionName(d.from) + QStringLiteral(" → ") + decisionName(d.to),
                       d.rationale});
        t.keys.append(d.key);
    }
    tableOr(s, t, Text::tr("No decision was changed in Cutline yet."));
    return s;
}

} // namespace

QList<Section> recordSections(const Workshop &w, const Plan &plan)
{
    QList<Section> sections = {summarySection(w, plan),
                               committedSection(w),
                               leftOutSection(w),
                               departuresSection(w, plan),
                               estimatesSection(w, plan),
                               oddsSection(w),
                               dissentSection(w),
                               risksSection(w),
                               methodSection(w),
                               allSection(w, plan),
                               logSection(w)};
    // The room's rounds (issue 12), when there were any: before the decision log.
    if (std::optional<Section> rounds = roundsSection(w))
        sections.insert(sections.size() - 1, *rounds);
    return sections;
}

QStringList recordTitleLines(const Workshop &w)
{
    QStringList lines;
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append(label + QStringLiteral(": ") + value.trimmed());
    };
    add(Text::tr("Objective"), w.objective);
    add(Text::tr("Horizon"), w.horizon);
    add(Text::tr("Capacity"), w.capacity > 0
                                  ? formatAmount(w.capacity) + QLatin1Char(' ') + w.capacityUnit
                                  : Text::tr("No capacity set"));
    add(Text::tr("Date"), dateText(w.date));
    add(Text::tr("Facilitator"), w.facilitator);
    add(Text::tr("Decider"), w.decider);
    add(Text::tr("Participants"), w.participants.join(QStringLiteral(", ")));
    return lines;
}

QString recordTitle(const Workshop &w)
{
    return w.title.trimmed().isEmpty() ? Text::tr("Untitled workshop") : w.title.trimmed();
}

} // namespace cutline
