#include "ui/projector/projectorplanpage.h"

#include "core/model/field.h"
#include "ui/document/workshopdocument.h"
#include "ui/plan/plancontroller.h"
#include "ui/plan/planmodel.h"
#include "ui/projector/projectorstyle.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace cutline {

using namespace projector;

namespace {

constexpr int Wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 1 << 20), Wrap, text).height();
}

Style styleOf(const QWidget *w)
{
    return styleFor(w->window()->height());
}

} // namespace

ProjectorPlanPage::ProjectorPlanPage(WorkshopDocument *document, PlanController *controller,
                                     QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(controller),
      m_model(new PlanModel(document, this))
{
    setAccessibleName(tr("Plan"));
    refresh();
}

void ProjectorPlanPage::refresh()
{
    m_model->setPlan(m_controller->plan());
    paginate();
    update();
}

QList<int> ProjectorPlanPage::rankedIds() const
{
    QList<int> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->index(row, 0).data(PlanModel::CandidateIdRole).toInt());
    return ids;
}

int ProjectorPlanPage::cutRow() const
{
    return m_model->cutRow();
}

QString ProjectorPlanPage::headline() const
{
    const Plan &plan = m_controller->plan();
    if (!plan.feasible)
        return tr("No plan fits the decisions taken");
    const Workshop &w = m_document->workshop();
    return tr("%1 of %2 %3 used · %4 in the plan · total value %5")
        .arg(formatNumber(plan.totalEffort), formatNumber(plan.capacity), w.capacityUnit)
        .arg(plan.selected.size())
        .arg(formatAmount(plan.totalValue));
}

void ProjectorPlanPage::setPage(int page)
{
    m_page = std::clamp(page, 0, pageCount() - 1);
    update();
}

void ProjectorPlanPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    paginate();
}

ProjectorPlanPage::Columns ProjectorPlanPage::columns() const
{
    const Style s = styleOf(this);
    const QFontMetrics fm(s.bodyFont(true));
    const Workshop &w = m_document->workshop();
    int keyWidth = fm.horizontalAdvance(tr("Key"));
    for (const Candidate &c : w.candidates)
        keyWidth = std::max(keyWidth, fm.horizontalAdvance(c.key));
    Columns c{};
    const int gap = s.body;
    c.rank = s.margin;
    c.key = c.rank + fm.horizontalAdvance(QStringLiteral("888")) + gap;
    c.title = c.key + keyWidth + gap;
    c.right = width() - s.margin;
    const int effortWidth = fm.horizontalAdvance(tr("Effort"));
    const int rest = c.right - c.title - effortWidth - 2 * gap;
    c.titleWidth = rest * 11 / 20;
    c.effort = c.title + c.titleWidth + gap;
    c.reason = c.effort + effortWidth + gap;
    c.reasonWidth = c.right - c.reason;
    return c;
}

int ProjectorPlanPage::rowHeight(int row, const Columns &c) const
{
    const Style s = styleOf(this);
    const QModelIndex index = m_model->index(row, PlanModel::Title);
    const bool below = row >= m_model->cutRow();
    const int title = wrappedHeight(s.bodyFont(!below), c.titleWidth, index.data().toString());
    const QString reason = m_model->index(row, PlanModel::Reason).data().toString();
    const int why = below ? wrappedHeight(s.bodyFont(), c.reasonWidth, reason) : 0;
    return std::max(title, why) + s.body / 2;
}

int ProjectorPlanPage::tableTop() const
{
    const Style s = styleOf(this);
    const int text = width() - 2 * s.margin;
    int y = s.margin + wrappedHeight(s.titleFont(), text, headline()) + s.body / 2;
    const Plan &plan = m_controller->plan();
    if (m_controller->isComputing() || !plan.feasible)
        y += wrappedHeight(s.bodyFont(true), text, plan.infeasibility) + s.body / 2;
    return y + QFontMetrics(s.bodyFont(true)).height() + s.body / 2; // the column heads
}

void ProjectorPlanPage::paginate()
{
    const Style s = styleOf(this);
    const Columns c = columns();
    const int available = height() - tableTop() - s.margin / 2;
    m_pageStarts = {0};
    int used = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        int h = rowHeight(row, c);
        if (row == m_model->cutRow() && row > 0)
            h += s.body * 2; // room for the cut line and its label
        if (used > 0 && used + h > available) {
            m_pageStarts.append(row);
            used = 0;
        }
        used += h;
    }
    m_page = std::clamp(m_page, 0, pageCount() - 1);
}

void ProjectorPlanPage::paintEvent(QPaintEvent *)
{
    const Style s = styleOf(this);
    QPainter p(this);
    p.fillRect(rect(), paper());
    const int text = width() - 2 * s.margin;
    int y = s.margin;
    p.setPen(ink());
    p.setFont(s.titleFont());
    const int headHeight = wrappedHeight(s.titleFont(), text, headline());
    p.drawText(QRect(s.margin, y, text, headHeight), Wrap, headline());
    y += headHeight + s.body / 2;
    const Plan &plan = m_controller->plan();
    if (m_controller->isComputing() || !plan.feasible) {
        const QString status = m_controller->isComputing() ? tr("computing…") : plan.infeasibility;
        p.setFont(s.bodyFont(true));
        p.setPen(m_controller->isComputing() ? quiet() : cut());
        const int h = wrappedHeight(s.bodyFont(true), text, status);
        p.drawText(QRect(s.margin, y, text, h), Wrap, status);
        y = tableTop() - QFontMetrics(s.bodyFont(true)).height() - s.body / 2;
    }
    const Columns c = columns();
    p.setFont(s.bodyFont(true));
    p.setPen(quiet());
    const int headRow = QFontMetrics(s.bodyFont(true)).height();
    p.drawText(QRect(c.rank, y, c.key - c.rank, headRow), Qt::AlignLeft, tr("#"));
    p.drawText(QRect(c.key, y, c.title - c.key, headRow), Qt::AlignLeft, tr("Key"));
    p.drawText(QRect(c.title, y, c.titleWidth, headRow), Qt::AlignLeft, tr("Candidate"));
    p.drawText(QRect(c.effort, y, c.reason - c.effort, headRow), Qt::AlignLeft, tr("Effort"));
    p.drawText(QRect(c.reason, y, c.reasonWidth, headRow), Qt::AlignLeft,
               tr("Used so far, or why it is out"));
    y += headRow + s.body / 2;
    const int first = m_pageStarts.value(m_page);
    const int end = m_page + 1 < pageCount() ? m_pageStarts[m_page + 1] : m_model->rowCount();
    for (int row = first; row < end; ++row) {
        if (row == m_model->cutRow() && row > 0) {
            paintCutLine(p, y, c);
            y += s.body * 2;
        }
        const int h = rowHeight(row, c);
        paintRow(p, row, y, h, c);
        y += h;
    }
}

void ProjectorPlanPage::paintRow(QPainter &p, int row, int y, int height, const Columns &c) const
{
    const Style s = styleOf(this);
    const bool below = row >= m_model->cutRow();
    const auto cell = [&](int column) {
        return m_model->index(row, column).data().toString();
    };
    if (!below)
        p.fillRect(QRect(c.rank - s.body / 3, y, c.right - c.rank + s.body * 2 / 3, height - 2),
                   band());
    const int top = y + s.body / 4;
    p.setPen(below ? quiet() : ink());
    p.setFont(s.bodyFont());
    p.drawText(QRect(c.rank, top, c.key - c.rank, height), Qt::AlignLeft, cell(PlanModel::Rank));
    p.drawText(QRect(c.key, top, c.title - c.key, height), Qt::AlignLeft, cell(PlanModel::Key));
    p.drawText(QRect(c.effort, top, c.reason - c.effort, height), Qt::AlignLeft,
               cell(PlanModel::Effort));
    const QString reason =
        below ? cell(PlanModel::Reason)
              : tr("%1 of %2")
                    .arg(cell(PlanModel::Used), formatNumber(m_controller->plan().capacity));
    p.drawText(QRect(c.reason, top, c.reasonWidth, height), Wrap, reason);
    p.setFont(s.bodyFont(!below));
    p.setPen(ink());
    p.drawText(QRect(c.title, top, c.titleWidth, height), Wrap, cell(PlanModel::Title));
}

void ProjectorPlanPage::paintCutLine(QPainter &p, int y, const Columns &c) const
{
    const Style s = styleOf(this);
    const int middle = y + s.body;
    p.setPen(QPen(cut(), std::max(3, s.body / 6), Qt::DashLine));
    p.drawLine(c.rank, middle, c.right, middle);
    const QString label = tr("cut line: capacity runs out");
    p.setFont(s.bodyFont(true));
    const QFontMetrics fm(p.font());
    const QRect box(c.title, middle - fm.height() / 2, fm.horizontalAdvance(label) + s.body,
                    fm.height());
    p.fillRect(box, paper());
    p.setPen(cut());
    p.drawText(box, Qt::AlignCenter, label);
}

} // namespace cutline
