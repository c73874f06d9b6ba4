#include "decisionrecord.h"

#include "chart/chartstyle.h"
#include "decision/decisions.h"
#include "graph/graphpainter.h"
#include "model/field.h"
#include "model/kindprofile.h"
#include "scoring/scoring.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>

#include <cmath>

namespace cutline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cutline::DecisionRecord", text);
}

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

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QString();
}

// One table: its headers and rows of plain text, for HTML and Markdown alike.
struct Table
{
    QStringList headers;
    QList<QStringList> rows;
    QList<int> widths; // percent, for HTML
};

QString htmlTable(const Table &t)
{
    QString html = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
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
    QString md = QStringLiteral("| ") + t.headers.join(QStringLiteral(" | ")) +
                 QStringLiteral(" |\n|");
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

// The record's content, section by section, independent of its form.
struct Section
{
    QString title;
    QStringList paragraphs;
    std::optional<Table> table;
    QStringList bullets;
    std::optional<Table> extra; // a second table (criteria under the method)
};

QList<Section> sections(const Workshop &w, const Plan &recommended)
{
    QList<Section> out;
    const QString unit = w.capacityUnit;
    double used = 0;
    int committed = 0, deferred = 0, dropped = 0, undecided = 0;
    QStringList missingWhyKeys;
    for (const Candidate &c : w.candidates) {
        switch (c.decision) {
        case Decision::Commit:
            ++committed;
            used += c.effort;
            break;
        case Decision::Defer:
            ++deferred;
            break;
        case Decision::Drop:
            ++dropped;
            break;
        case Decision::Undecided:
            ++undecided;
            break;
        }
        if (!missingWhy(c).isEmpty())
            missingWhyKeys.append(c.key);
    }

    Section summary;
    summary.title = tr("Summary");
    const double headroom = w.capacity - used;
    summary.paragraphs.append(
        (headroom >= 0 ? tr("Capacity %1 %2; the committed work uses %3 %2 (%4 %), leaving %5 %2 "
                            "of headroom.")
                       : tr("Capacity %1 %2; the committed work uses %3 %2 (%4 %), %5 %2 more "
                            "than the capacity."))
            .arg(formatAmount(w.capacity), unit, formatAmount(used),
                 w.capacity > 0 ? formatNumber(std::round(used / w.capacity * 100)) : QStringLiteral("—"),
                 formatAmount(std::abs(headroom))));
    summary.paragraphs.append(tr("%1 committed, %2 deferred, %3 dropped, %4 undecided, of %5 "
                                 "candidates.")
                                  .arg(committed)
                                  .arg(deferred)
                                  .arg(dropped)
                                  .arg(undecided)
                                  .arg(w.candidates.size()));
    summary.paragraphs.append(
        missingWhyKeys.isEmpty()
            ? tr("Every candidate states its why.")
            : tr("%1 candidates are missing part of their why: %2.")
                  .arg(missingWhyKeys.size())
                  .arg(missingWhyKeys.join(QStringLiteral(", "))));
    if (recommended.feasible)
        summary.paragraphs.append(
            tr("From the estimates alone, the best plan takes %1 candidates for %2 %3 and a total "
               "value of %4.")
                .arg(recommended.selected.size())
                .arg(formatAmount(recommended.totalEffort), unit,
                     formatAmount(recommended.totalValue)));
    if (!w.signOff.by.isEmpty())
        summary.paragraphs.append(
            signOffCurrent(w)
                ? tr("Signed off by %1 on %2.").arg(w.signOff.by, timeText(w.signOff.at))
                : tr("Signed off by %1 on %2; decisions changed after the sign-off (see the "
                     "decision log).")
                      .arg(w.signOff.by, timeText(w.signOff.at)));
    else
        summary.paragraphs.append(tr("Not signed off by the decider yet."));
    out.append(summary);

    Section commits;
    commits.title = tr("Committed");
    Table ct{{tr("Candidate"), tr("Why"), tr("Metric"), tr("Expected outcome"), tr("Owner"),
              tr("Review")},
             {},
             {20, 30, 14, 16, 10, 10}};
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Commit)
            ct.rows.append({c.key + QStringLiteral(" ") + c.title + QStringLiteral(" (") +
                                formatAmount(c.effort) + QStringLiteral(" ") + unit +
                                QStringLiteral(")"),
                            whyOf(c) + (c.rationale.trimmed().isEmpty()
                                            ? QString()
                                            : QStringLiteral("\n") + tr("Decided because: %1")
                                                                       .arg(c.rationale.trimmed())),
                            metricOf(c), c.outcome, c.owner, dateText(c.reviewDate)});
    if (ct.rows.isEmpty())
        commits.paragraphs.append(tr("Nothing is committed yet."));
    else
        commits.table = ct;
    out.append(commits);

    Section left;
    left.title = tr("Deferred and dropped");
    Table lt{{tr("Candidate"), tr("Decision"), tr("Reason")}, {}, {30, 12, 58}};
    for (const Candidate &c : w.candidates)
        if (isLeftOut(c.decision))
            lt.rows.append({c.key + QStringLiteral(" ") + c.title, decisionName(c.decision),
                            c.rationale.trimmed().isEmpty() ? tr("(no reason given)")
                                                            : c.rationale});
    if (lt.rows.isEmpty())
        left.paragraphs.append(tr("Nothing is deferred or dropped."));
    else
        left.table = lt;
    out.append(left);

    Section departing;
    departing.title = tr("Departures from the computed plan");
    Table dt{{tr("Candidate"), tr("Decision"), tr("The plan"), tr("Rationale")},
             {},
             {28, 12, 18, 42}};
    for (const Departure &d : departures(w, recommended)) {
        const Candidate *c = w.candidate(d.id);
        dt.rows.append({c->key + QStringLiteral(" ") + c->title, decisionName(d.decision),
                        d.inPlan ? tr("takes it") : tr("leaves it out"),
                        c->rationale.trimmed().isEmpty() ? tr("(no rationale given)")
                                                         : c->rationale});
    }
    if (dt.rows.isEmpty())
        departing.paragraphs.append(
            tr("Every decision agrees with the plan computed from the estimates."));
    else
        departing.table = dt;
    out.append(departing);

    Section dissent;
    dissent.title = tr("Dissent");
    Table st{{tr("Candidate"), tr("Who"), tr("Dissent")}, {}, {28, 16, 56}};
    for (const Candidate &c : w.candidates)
        for (const Dissent &d : c.dissent)
            st.rows.append({c.key + QStringLiteral(" ") + c.title,
                            d.author.isEmpty() ? tr("anonymous") : d.author, d.text});
    if (st.rows.isEmpty())
        dissent.paragraphs.append(tr("No dissent was noted."));
    else
        dissent.table = st;
    out.append(dissent);

    Section risks;
    risks.title = tr("Risks and open questions");
    Table rt{{tr("Committed candidate"), tr("Risk"), tr("Confidence"), tr("If it is not done")},
             {},
             {34, 8, 15, 43}};
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Commit && (c.risk >= 4 || c.confidence <= 50))
            rt.rows.append({c.key + QStringLiteral(" ") + c.title, QString::number(c.risk),
                            formatNumber(c.confidence) + QStringLiteral(" %"), c.ifNotDone});
    if (rt.rows.isEmpty())
        risks.paragraphs.append(
            tr("No committed candidate has a risk of 4 or more or a confidence of 50 % or less."));
    else {
        risks.paragraphs.append(tr("Committed work with a risk of 4–5 or a confidence of 50 % "
                                   "or less:"));
        risks.table = rt;
    }
    QStringList open;
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Undecided)
            open.append(c.key);
    if (!open.isEmpty())
        risks.bullets.append(tr("Still undecided (%1): %2.")
                                 .arg(open.size())
                                 .arg(open.join(QStringLiteral(", "))));
    out.append(risks);

    Section method;
    method.title = tr("Method");
    method.paragraphs.append(tr("Scoring: %1 — %2.")
                                 .arg(frameworkName(w.framework),
                                      frameworkDescription(w.framework)));
    method.paragraphs.append(
        tr("The plan is the exact optimum: the set of candidates with the highest total value "
           "(reach × impact × confidence) whose effort fits the capacity, with every "
           "prerequisite, at most one of each pair of alternatives, and all mandatory work. "
           "Decisions are compared with the plan computed from the estimates alone."));
    if (w.framework == Framework::Weighted && !w.criteria.isEmpty()) {
        Table wt{{tr("Criterion"), tr("Weight")}, {}, {70, 30}};
        for (const Criterion &c : w.criteria)
            wt.rows.append({c.name, formatNumber(c.weight)});
        method.extra = wt;
    }
    QStringList links;
    for (const Dependency &d : w.dependencies) {
        const Candidate *a = w.candidate(d.from), *b = w.candidate(d.to);
        if (a && b)
            links.append(d.type == LinkType::Requires
                             ? tr("%1 requires %2").arg(a->key, b->key)
                             : tr("%1 and %2 are alternatives").arg(a->key, b->key));
    }
    if (!links.isEmpty())
        method.bullets = links;
    out.append(method);

    Section all;
    all.title = tr("All candidates");
    Table at{{tr("Key"), tr("Title"), tr("Kind"), tr("Effort"), tr("Impact"), tr("Conf."),
              tr("Score"), tr("Decision"), tr("Plan")},
             {},
             {6, 28, 13, 8, 9, 8, 8, 12, 8}};
    for (const Candidate &c : w.candidates)
        at.rows.append({c.key, c.title, kindName(c.kind), formatAmount(c.effort),
                        formatNumber(c.impact), formatNumber(c.confidence) + QStringLiteral(" %"),
                        formatScore(scoreOf(w, c).value), decisionName(c.decision),
                        recommended.selected.contains(c.id) ? tr("in") : tr("out")});
    all.table = at;
    out.append(all);

    Section log;
    log.title = tr("Decision log");
    Table gt{{tr("When"), tr("Who"), tr("Candidate"), tr("Change"), tr("Rationale")},
             {},
             {18, 12, 10, 20, 40}};
    for (const DecisionChange &d : w.decisionLog)
        gt.rows.append({timeText(d.at), d.author, d.key,
                        decisionName(d.from) + QStringLiteral(" → ") + decisionName(d.to),
                        d.rationale});
    if (gt.rows.isEmpty())
        log.paragraphs.append(tr("No decision was changed in Cutline yet."));
    else
        log.table = gt;
    out.append(log);
    return out;
}

QStringList titleLines(const Workshop &w)
{
    QStringList lines;
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append(label + QStringLiteral(": ") + value.trimmed());
    };
    add(tr("Objective"), w.objective);
    add(tr("Horizon"), w.horizon);
    add(tr("Date"), dateText(w.date));
    add(tr("Facilitator"), w.facilitator);
    add(tr("Decider"), w.decider);
    add(tr("Participants"), w.participants.join(QStringLiteral(", ")));
    return lines;
}

QString titleOf(const Workshop &w)
{
    return w.title.trimmed().isEmpty() ? tr("Untitled workshop") : w.title.trimmed();
}

} // namespace

DecisionRecord::DecisionRecord(const Workshop &workshop)
    : m_w(workshop), m_recommended(recommendedPlan(workshop))
{
}

int DecisionRecord::committedCount() const
{
    return int(std::count_if(m_w.candidates.begin(), m_w.candidates.end(),
                             [](const Candidate &c) { return c.decision == Decision::Commit; }));
}

QString DecisionRecord::bodyHtml(bool forPdf) const
{
    QString html;
    if (!forPdf) {
        html += QStringLiteral("<h1>%1</h1><p><b>%2</b></p><p>")
                    .arg(esc(titleOf(m_w)), esc(tr("Decision record")));
        html += esc(titleLines(m_w).join(QLatin1Char('\n'))) + QStringLiteral("</p>");
    }
    for (const Section &s : sections(m_w, m_recommended)) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(s.title));
        for (const QString &p : s.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(esc(p));
        if (s.table)
            html += htmlTable(*s.table);
        if (s.extra)
            html += htmlTable(*s.extra);
        if (!s.bullets.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString &b : s.bullets)
                html += QStringLiteral("<li>%1</li>").arg(esc(b));
            html += QStringLiteral("</ul>");
        }
        if (!forPdf && s.title == tr("Summary")) {
            html += QStringLiteral("<h2>%1</h2>%2")
                        .arg(esc(tr("Impact and effort")), QString::fromUtf8(chartSvg()));
            QByteArray graph = graphSvg(m_w);
            graph = graph.mid(std::max<qsizetype>(0, graph.indexOf("<svg")));
            html += QStringLiteral("<h2>%1</h2>%2")
                        .arg(esc(tr("Dependencies")), QString::fromUtf8(graph));
        }
    }
    return html;
}

QString DecisionRecord::toHtml() const
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>"
                          "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60em;"
                          "margin:2em auto;color:#1d1d1d;line-height:1.4}"
                          "table{border-collapse:collapse;margin:.5em 0 1em}"
                          "th,td{border:1px solid #b8b8b8;padding:4px 6px;vertical-align:top}"
                          "th{background:#e8edf3;text-align:left}"
                          "h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}"
                          "svg{max-width:100%;height:auto}"
                          "</style></head><body>\n%2\n</body></html>\n")
        .arg(esc(titleOf(m_w) + QStringLiteral(" — ") + tr("Decision record")),
             bodyHtml(false));
}

QString DecisionRecord::toMarkdown() const
{
    QString md = QStringLiteral("# %1 — %2\n\n").arg(titleOf(m_w), tr("Decision record"));
    for (const QString &line : titleLines(m_w))
        md += QStringLiteral("- ") + line + QLatin1Char('\n');
    md += QLatin1Char('\n');
    for (const Section &s : sections(m_w, m_recommended)) {
        md += QStringLiteral("## %1\n\n").arg(s.title);
        for (const QString &p : s.paragraphs)
            md += p + QStringLiteral("\n\n");
        if (s.table)
            md += markdownTable(*s.table) + QLatin1Char('\n');
        if (s.extra)
            md += markdownTable(*s.extra) + QLatin1Char('\n');
        for (const QString &b : s.bullets)
            md += QStringLiteral("- ") + b + QLatin1Char('\n');
        if (!s.bullets.isEmpty())
            md += QLatin1Char('\n');
        if (s.title == tr("Summary")) {
            md += QStringLiteral("## %1\n\n![%1](CHART_SVG)\n\n").arg(tr("Impact and effort"));
            md += QStringLiteral("## %1\n\n![%1](GRAPH_SVG)\n\n").arg(tr("Dependencies"));
        }
    }
    return md;
}

QByteArray DecisionRecord::chartSvg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(960, 600));
    svg.setViewBox(QRect(0, 0, 960, 600));
    svg.setResolution(96);
    svg.setTitle(tr("Impact and effort"));
    {
        QPainter painter(&svg);
        paintChart(painter, QRectF(0, 0, 960, 600), m_w);
    }
    QByteArray data = buffer.data();
    const qsizetype start = data.indexOf("<svg");
    return start > 0 ? data.mid(start) : data;
}

void DecisionRecord::paintChart(QPainter &p, const QRectF &area, const Workshop &w)
{
    using namespace chartstyle;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double dpi = p.device()->logicalDpiY();
    const double px = dpi / 96.0; // one screen pixel in device units
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const QRectF plot = area.adjusted(fm.horizontalAdvance(QStringLiteral("10.0")) + 26 * px,
                                      fm.height() * 2 + 8 * px, -8 * px,
                                      -(fm.height() * 2 + 14 * px));
    double maxEffort = 1;
    QList<double> efforts, impacts;
    for (const Candidate &c : w.candidates) {
        maxEffort = std::max(maxEffort, c.effort);
        efforts.append(c.effort);
        impacts.append(c.impact);
    }
    const double xStep = niceStep(maxEffort);
    const double xMax = std::ceil(maxEffort * 1.06 / xStep) * xStep;
    const double yMax = 10.5;
    const auto at = [&](double x, double y) {
        return QPointF(plot.left() + x / xMax * plot.width(),
                       plot.bottom() - y / yMax * plot.height());
    };
    // Legend along the top.
    double lx = plot.left();
    for (Kind k : allKinds()) {
        p.setPen(Qt::NoPen);
        p.setBrush(kindColour(k));
        const double r = fm.height() * 0.35;
        p.drawEllipse(QPointF(lx + r, area.top() + fm.height() * 0.6), r, r);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(lx + 2 * r + 4 * px, area.top() + fm.ascent() * 0.95), kindName(k));
        lx += 2 * r + 12 * px + fm.horizontalAdvance(kindName(k));
    }
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QPointF(lx + 10 * px, area.top() + fm.ascent() * 0.95),
               tr("bubble size: risk 1–5"));
    // Grid and ticks.
    p.setBrush(Qt::NoBrush);
    for (double x = 0; x <= xMax + 1e-9; x += xStep) {
        p.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), px));
        p.drawLine(at(x, 0), at(x, yMax));
        p.setPen(QColor(0x44, 0x44, 0x44));
        const QString t = formatNumber(x);
        p.drawText(QPointF(at(x, 0).x() - fm.horizontalAdvance(t) / 2,
                           plot.bottom() + fm.ascent() + 3 * px),
                   t);
    }
    for (int y = 0; y <= 10; y += 2) {
        p.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), px));
        p.drawLine(at(0, y), at(xMax, y));
        p.setPen(QColor(0x44, 0x44, 0x44));
        const QString t = QString::number(y);
        p.drawText(QPointF(plot.left() - fm.horizontalAdvance(t) - 5 * px,
                           at(0, y).y() + fm.ascent() / 2 - 1 * px),
                   t);
    }
    p.setPen(QPen(QColor(0x66, 0x66, 0x66), px));
    p.drawRect(plot);
    const QString xTitle = tr("Effort (%1)").arg(w.capacityUnit);
    p.drawText(QPointF(plot.center().x() - fm.horizontalAdvance(xTitle) / 2,
                       plot.bottom() + fm.height() + fm.ascent() + 6 * px),
               xTitle);
    p.save();
    p.translate(area.left() + fm.ascent(), plot.center().y());
    p.rotate(-90);
    const QString yTitle = tr("Impact (0–10)");
    p.drawText(QPointF(-fm.horizontalAdvance(yTitle) / 2, 0), yTitle);
    p.restore();
    // Quadrants.
    const double splitX = w.effortThreshold.value_or(median(efforts));
    const double splitY = w.valueThreshold.value_or(median(impacts));
    p.setPen(QPen(QColor(0x70, 0x70, 0x70), 1.2 * px, Qt::DashLine));
    p.drawLine(at(splitX, 0), at(splitX, yMax));
    p.drawLine(at(0, splitY), at(xMax, splitY));
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetricsF bm(bold, p.device());
    p.setPen(QColor(0x60, 0x60, 0x60));
    QList<QRectF> taken;
    const auto corner = [&](const QString &text, bool right, bool bottom) {
        const double x = right ? plot.right() - 5 * px - bm.horizontalAdvance(text)
                               : plot.left() + 5 * px;
        const double y = bottom ? plot.bottom() - 4 * px - bm.descent() : plot.top() + 3 * px + bm.ascent();
        p.drawText(QPointF(x, y), text);
        taken.append(QRectF(x, y - bm.ascent(), bm.horizontalAdvance(text), bm.height()));
    };
    corner(tr("Quick wins"), false, false);
    corner(tr("Big bets"), true, false);
    corner(tr("Fill-ins"), false, true);
    corner(tr("Time sinks"), true, true);
    p.setFont(font);
    // Bubbles, then keys where they fit.
    QList<const Candidate *> order;
    for (const Candidate &c : w.candidates)
        order.append(&c);
    std::sort(order.begin(), order.end(), [](const Candidate *a, const Candidate *b) {
        return a->impact != b->impact ? a->impact > b->impact : a->id < b->id;
    });
    QList<QRectF> discs;
    for (const Candidate *c : order) {
        const QPointF centre = at(c->effort, c->impact);
        const double r = (4 + 2.5 * c->risk) * px;
        QColor fill = kindColour(c->kind);
        fill.setAlpha(150);
        p.setBrush(fill);
        p.setPen(QPen(fill.darker(150), 0.8 * px));
        p.drawEllipse(centre, r, r);
        discs.append(QRectF(centre.x() - r * 0.7, centre.y() - r * 0.7, r * 1.4, r * 1.4));
    }
    p.setPen(QColor(0x20, 0x20, 0x20));
    for (qsizetype k = 0; k < order.size(); ++k) {
        const Candidate *c = order[k];
        const QPointF centre = at(c->effort, c->impact);
        const double r = (4 + 2.5 * c->risk) * px;
        const QSizeF size(fm.horizontalAdvance(c->key), fm.height());
        const QPointF offsets[] = {{r + 2 * px, -size.height() / 2},
                                   {-r - 2 * px - size.width(), -size.height() / 2},
                                   {-size.width() / 2, -r - size.height()},
                                   {-size.width() / 2, r},
                                   {r * 0.7, -r * 0.7 - size.height()},
                                   {r * 0.7, r * 0.7},
                                   {-r * 0.7 - size.width(), -r * 0.7 - size.height()},
                                   {-r * 0.7 - size.width(), r * 0.7}};
        for (const QPointF &offset : offsets) {
            const QRectF rect(centre + offset, size);
            if (!plot.contains(rect))
                continue;
            const auto hits = [&](const QRectF &t) { return t.intersects(rect); };
            if (std::any_of(taken.begin(), taken.end(), hits))
                continue;
            bool onDisc = false;
            for (qsizetype d = 0; d < discs.size() && !onDisc; ++d)
                onDisc = d != k && discs[d].intersects(rect);
            if (onDisc)
                continue;
            p.drawText(QPointF(rect.left(), rect.top() + fm.ascent()), c->key);
            taken.append(rect);
            break;
        }
    }
    p.restore();
}

void DecisionRecord::print(QPagedPaintDevice *device) const
{
    QPainter p(device);
    const double dpi = device->logicalDpiY();
    const QRectF page(0, 0, device->width(), device->height());
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(base);
    doc.setDefaultStyleSheet(QStringLiteral("h2 { color: #1f3a5f; } th { font-weight: bold; }"));
    doc.setHtml(bodyHtml(true));
    QFont small = base;
    small.setPointSizeF(7.5);
    const QFontMetricsF sm(small, device);
    const double headerHeight = sm.height() * 2.2;
    const double footerHeight = sm.height() * 2.2;
    const QRectF body(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight);
    doc.setPageSize(body.size());
    const int textPages = doc.pageCount();
    const int total = 1 + textPages + 2;
    const QString running = titleOf(m_w) + QStringLiteral(" — ") + tr("Decision record");
    const QString when = dateText(m_w.date.isValid() ? m_w.date : QDate::currentDate());
    const auto frame = [&](int number) {
        p.setFont(small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, 0, page.width(), sm.height()), Qt::AlignLeft, running);
        p.drawText(QRectF(0, 0, page.width(), sm.height()), Qt::AlignRight, when);
        p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), dpi / 150));
        p.drawLine(QPointF(0, sm.height() * 1.4), QPointF(page.width(), sm.height() * 1.4));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, page.height() - sm.height(), page.width(), sm.height()),
                   Qt::AlignHCenter, tr("Page %1 of %2").arg(number).arg(total));
    };

    // Title page.
    QFont title = base;
    title.setPointSizeF(24);
    title.setBold(true);
    QFont subtitle = base;
    subtitle.setPointSizeF(14);
    p.setPen(QColor(0x1f, 0x3a, 0x5f));
    p.setFont(subtitle);
    const QFontMetricsF tm(title, device);
    double y = page.height() * 0.22;
    p.drawText(QRectF(0, y, page.width(), tm.height()), Qt::AlignLeft, tr("Decision record"));
    y += tm.height() * 1.2;
    p.setFont(title);
    const QRectF titleRect = p.boundingRect(QRectF(0, y, page.width(), page.height()),
                                            Qt::TextWordWrap, titleOf(m_w));
    p.drawText(titleRect, Qt::TextWordWrap, titleOf(m_w));
    y = titleRect.bottom() + tm.height() * 0.6;
    p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), dpi / 50));
    p.drawLine(QPointF(0, y), QPointF(page.width() * 0.4, y));
    y += tm.height() * 0.6;
    QFont info = base;
    info.setPointSizeF(11);
    p.setFont(info);
    p.setPen(QColor(0x22, 0x22, 0x22));
    const QFontMetricsF im(info, device);
    for (const QString &line : titleLines(m_w)) {
        const QRectF r = p.boundingRect(QRectF(0, y, page.width(), page.height()),
                                        Qt::TextWordWrap, line);
        p.drawText(r, Qt::TextWordWrap, line);
        y = r.bottom() + im.height() * 0.35;
    }
    y += im.height();
    const QString signature =
        m_w.signOff.by.isEmpty()
            ? tr("Not signed off by the decider yet.")
            : (signOffCurrent(m_w)
                   ? tr("Signed off by %1 on %2.")
                   : tr("Signed off by %1 on %2; decisions changed after the sign-off."))
                  .arg(m_w.signOff.by, timeText(m_w.signOff.at));
    p.drawText(QRectF(0, y, page.width(), page.height()), Qt::TextWordWrap, signature);
    frame(1);

    // The text, page by page, under the running header.
    for (int i = 0; i < textPages; ++i) {
        device->newPage();
        frame(2 + i);
        p.save();
        p.translate(0, body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        p.setClipRect(clip);
        doc.drawContents(&p, clip);
        p.restore();
    }

    // The chart, as vector drawing.
    device->newPage();
    frame(total);
    QFont heading = base;
    heading.setPointSizeF(13);
    heading.setBold(true);
    p.setFont(heading);
    p.setPen(QColor(0x1f, 0x3a, 0x5f));
    const QFontMetricsF hm(heading, device);
    p.drawText(QPointF(0, body.top() + hm.ascent()), tr("Impact and effort"));
    const double chartHeight = std::min(body.height() - hm.height() * 2, body.width() * 0.75);
    paintChart(p, QRectF(0, body.top() + hm.height() * 1.6, body.width(), chartHeight), m_w);

    // The dependency graph, scaled to the page, as vector drawing.
    device->newPage();
    frame(total);
    p.setFont(heading);
    p.setPen(QColor(0x1f, 0x3a, 0x5f));
    p.drawText(QPointF(0, body.top() + hm.ascent()), tr("Dependencies"));
    const GraphLayout layout = layoutGraph(m_w);
    const QRectF area(0, body.top() + hm.height() * 1.6, body.width(),
                      body.height() - hm.height() * 1.6);
    const QRectF bounds = layout.bounds.adjusted(-10, -10, 10, 10);
    if (bounds.width() > 0 && bounds.height() > 0) {
        const double scale = std::min(area.width() / bounds.width(),
                                      area.height() / bounds.height());
        p.save();
        p.translate(area.topLeft());
        p.scale(scale, scale);
        p.translate(-bounds.topLeft());
        paintGraph(p, m_w, layout, planChoice(m_w));
        p.restore();
    }
}

Status DecisionRecord::writePdf(const QString &path, const QPageSize &pageSize) const
{
    QPdfWriter writer(path);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(titleOf(m_w) + QStringLiteral(" — ") + tr("Decision record"));
    writer.setCreator(QStringLiteral("Cutline"));
    print(&writer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error{tr("%1 could not be written.").arg(path)};
    return success();
}

Status DecisionRecord::write(const QString &path, const QPageSize &pageSize) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, pageSize);
    QByteArray data;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        data = toHtml().toUtf8();
    } else if (suffix == QLatin1String("md")) {
        const QFileInfo info(path);
        const QString chartName = info.completeBaseName() + QStringLiteral("-chart.svg");
        QSaveFile chart(info.dir().filePath(chartName));
        if (!chart.open(QIODevice::WriteOnly) || chart.write(chartSvg()) < 0 || !chart.commit())
            return Error{tr("%1 could not be written: %2.").arg(chart.fileName(), chart.errorString())};
        const QString graphName = info.completeBaseName() + QStringLiteral("-graph.svg");
        QSaveFile graph(info.dir().filePath(graphName));
        if (!graph.open(QIODevice::WriteOnly) || graph.write(graphSvg(m_w)) < 0 || !graph.commit())
            return Error{tr("%1 could not be written: %2.").arg(graph.fileName(), graph.errorString())};
        data = toMarkdown()
                   .replace(QStringLiteral("CHART_SVG"), chartName)
                   .replace(QStringLiteral("GRAPH_SVG"), graphName)
                   .toUtf8();
    } else {
        return Error{tr("%1: a decision record is written as .pdf, .html or .md.").arg(path)};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit())
        return Error{tr("%1 could not be written: %2.").arg(path, file.errorString())};
    return success();
}

QPageSize defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

} // namespace cutline
