#include "ui/projector/projectorview.h"

#include "ui/document/workshopdocument.h"
#include "ui/plan/plancontroller.h"
#include "ui/projector/projectorfocuspage.h"
#include "ui/projector/projectorpictures.h"
#include "ui/projector/projectorplanpage.h"
#include "ui/projector/projectorstyle.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cutline {

using namespace projector;

ProjectorView::ProjectorView(WorkshopDocument *document, PlanController *controller,
                             QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_controller(controller)
{
    setWindowTitle(tr("Cutline — Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, paper());
    colours.setColor(QPalette::WindowText, ink());
    setPalette(colours);
    m_plan = new ProjectorPlanPage(document, controller);
    m_chart = new ProjectorChartPage(document);
    m_graph = new ProjectorGraphPage(document, controller);
    m_focus = new ProjectorFocusPage(document, controller);
    connect(m_graph, &ProjectorGraphPage::tilesChanged, this, &ProjectorView::updateFooter,
            Qt::QueuedConnection);
    m_pages = new QStackedWidget;
    for (QWidget *page : {static_cast<QWidget *>(m_plan), static_cast<QWidget *>(m_chart),
                          static_cast<QWidget *>(m_graph), static_cast<QWidget *>(m_focus)})
        m_pages->addWidget(page);
    m_footer = new QLabel;
    m_footer->setWordWrap(true);
    m_footer->setAutoFillBackground(true);
    QPalette footer = colours;
    footer.setColor(QPalette::Window, QColor(0xe0, 0xe0, 0xe0));
    m_footer->setPalette(footer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_footer);

    // Follows the workshop live: the plan when the controller has it, the rest at once.
    connect(controller, &PlanController::planChanged, this, &ProjectorView::refresh);
    connect(controller, &PlanController::computingChanged, this, &ProjectorView::refresh);
    for (auto signal : {&WorkshopDocument::workshopReset, &WorkshopDocument::linksChanged,
                        &WorkshopDocument::settingsChanged})
        connect(document, signal, this, [this] {
            m_graph->invalidate();
            refresh();
        });
    connect(document, &WorkshopDocument::candidateChanged, this, [this] {
        m_graph->invalidate();
        refresh();
    });
    connect(document, &WorkshopDocument::candidateRemoved, this, [this] {
        m_graph->invalidate();
        refresh();
    });
    connect(document, &WorkshopDocument::candidateInserted, this, [this] {
        m_graph->invalidate();
        refresh();
    });
    refresh();
}

void ProjectorView::refresh()
{
    m_plan->refresh();
    const QList<int> ranked = m_plan->rankedIds();
    if (!ranked.contains(m_focus->candidate()) &&
        !m_document->workshop().candidate(m_focus->candidate()))
        m_focus->setCandidate(ranked.value(0));
    m_chart->update();
    m_graph->update();
    m_focus->update();
    updateFooter();
}

void ProjectorView::showPage(Page page)
{
    m_current = page;
    m_pages->setCurrentIndex(page);
    updateFooter();
}

int ProjectorView::focusId() const
{
    return m_focus->candidate();
}

void ProjectorView::setFocusId(int id)
{
    if (m_document->workshop().candidate(id))
        m_focus->setCandidate(id);
    updateFooter();
}

void ProjectorView::moveFocus(int step)
{
    const QList<int> ranked = m_plan->rankedIds();
    if (ranked.isEmpty())
        return;
    const qsizetype at = ranked.indexOf(m_focus->candidate());
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, ranked.size() - 1);
    m_focus->setCandidate(ranked[next]);
    updateFooter();
}

void ProjectorView::turnPage(int step)
{
    if (m_current == PlanPage)
        m_plan->setPage(m_plan->page() + step);
    else if (m_current == FocusPage)
        m_focus->scrollPage(step);
    else if (m_current == GraphPage)
        m_graph->scrollPage(step);
    updateFooter();
}

void ProjectorView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F5:
        Q_EMIT leaveRequested();
        return;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        showPage(Page(event->key() - Qt::Key_1));
        return;
    case Qt::Key_Right:
        showPage(Page((m_current + 1) % PageCount));
        return;
    case Qt::Key_Left:
        showPage(Page((m_current + PageCount - 1) % PageCount));
        return;
    case Qt::Key_Down:
    case Qt::Key_Up:
        moveFocus(event->key() == Qt::Key_Down ? 1 : -1);
        showPage(FocusPage);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        turnPage(1);
        return;
    case Qt::Key_PageUp:
        turnPage(-1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ProjectorView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Style s = styleFor(height());
    QFont footer = Style::font(std::max(12, s.body * 3 / 4), false);
    m_footer->setFont(footer);
    m_footer->setContentsMargins(s.margin, s.body / 4, s.margin, s.body / 4);
    updateFooter();
}

void ProjectorView::updateFooter()
{
    QString legend = tr("1 Plan · 2 Chart · 3 Graph · 4 Candidate in focus · ← → switch · "
                        "↑ ↓ focus · Esc leave");
    if (m_current == PlanPage && m_plan->pageCount() > 1)
        legend += tr(" · PgDn page %1 of %2").arg(m_plan->page() + 1).arg(m_plan->pageCount());
    if (m_current == GraphPage && m_graph->tileCount() > 1)
        legend += tr(" · PgDn part %1 of %2").arg(m_graph->tile() + 1).arg(m_graph->tileCount());
    m_footer->setText(legend);
}

} // namespace cutline
