#include "ui/projector/projectorfocuspage.h"

#include "core/model/field.h"
#include "core/model/kindprofile.h"
#include "core/plan/planner.h"
#include "ui/document/workshopdocument.h"
#include "ui/plan/plancontroller.h"
#include "ui/projector/projectorstyle.h"

#include <QFontMetrics>
#include <QPainter>

namespace cutline {

using namespace projector;

namespace {
constexpr int Wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 1 << 20), Wrap, text).height();
}
} // namespace

ProjectorFocusPage::ProjectorFocusPage(WorkshopDocument *document, PlanController *controller,
                                       QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(controller)
{
    setAccessibleName(tr("Candidate in focus"));
}

void ProjectorFocusPage::setCandidate(int id)
{
    if (id != m_id)
        m_scroll = 0;
    m_id = id;
    update();
}

void ProjectorFocusPage::scrollPage(int pages)
{
    m_scroll = std::max(0, m_scroll + pages * height() * 3 / 4);
    update();
}

QString ProjectorFocusPage::planPlace() const
{
    const Plan &plan = m_controller->plan();
    if (m_controller->isComputing())
        return tr("computing…");
    if (plan.selected.contains(m_id))
        return tr("In the plan, above the cut line.");
    for (const Exclusion &e : plan.excluded)
        if (e.id == m_id)
            return tr("Below the cut line: %1").arg(e.reason);
    return QString();
}

QList<ProjectorFocusPage::Line> ProjectorFocusPage::lines() const
{
    const Workshop &w = m_document->workshop();
    const Candidate *c = w.candidate(m_id);
    if (!c)
        return {};
    QList<Line> out;
    for (const WhyPrompt &why : whyPrompts(c->kind)) {
        const QString text = fieldValue(*c, why.field).toString();
        out.append({why.label, text.isEmpty() ? tr("— not given —") : text});
    }
    QString effort = formatNumber(c->effort);
    if (c->effortLow && c->effortHigh)
        effort = tr("%1 (%2 to %3)")
                     .arg(effort, formatNumber(*c->effortLow), formatNumber(*c->effortHigh));
    out.append(
        {tr("Estimates"), tr("effort %1 %2 · impact %3 of 10 · confidence %4 % · value %5")
                              .arg(effort, w.capacityUnit, formatNumber(c->impact),
                                   formatNumber(c->confidence), formatAmount(planValue(*c)))});
    out.append({tr("Plan"), planPlace()});
    QString decision = decisionName(c->decision);
    if (!c->rationale.isEmpty())
        decision = tr("%1 — %2").arg(decision, c->rationale);
    out.append({tr("Decision"), decision});
    return out;
}

void ProjectorFocusPage::paintEvent(QPaintEvent *)
{
    const Style s = styleFor(window()->height());
    QPainter p(this);
    p.fillRect(rect(), paper());
    const Candidate *c = m_document->workshop().candidate(m_id);
    const int text = width() - 2 * s.margin;
    int y = s.margin - m_scroll;
    p.setPen(ink());
    if (!c) {
        p.setFont(s.titleFont());
        p.drawText(QRect(s.margin, y, text, height()), Wrap, tr("No candidate in focus"));
        return;
    }
    const QString heading = tr("%1 · %2").arg(c->key, c->title);
    p.setFont(s.titleFont());
    const int headHeight = wrappedHeight(s.titleFont(), text, heading);
    p.drawText(QRect(s.margin, y, text, headHeight), Wrap, heading);
    y += headHeight + s.body / 2;
    const QList<Line> all = lines();
    int labelWidth = 0;
    for (const Line &line : all)
        labelWidth =
            std::max(labelWidth, QFontMetrics(s.bodyFont(true)).horizontalAdvance(line.label));
    labelWidth = std::min(labelWidth, text / 3);
    const int valueLeft = s.margin + labelWidth + s.body;
    const int valueWidth = width() - s.margin - valueLeft;
    for (const Line &line : all) {
        const int h = std::max(wrappedHeight(s.bodyFont(true), labelWidth, line.label),
                               wrappedHeight(s.bodyFont(), valueWidth, line.text));
        p.setFont(s.bodyFont(true));
        p.setPen(quiet());
        p.drawText(QRect(s.margin, y, labelWidth, h), Wrap, line.label);
        p.setFont(s.bodyFont());
        p.setPen(ink());
        p.drawText(QRect(valueLeft, y, valueWidth, h), Wrap, line.text);
        y += h + s.body / 2;
    }
}

} // namespace cutline
