#include "ui/graph/graphpage.h"

#include "ui/graph/graphview.h"
#include "ui/plan/plancontroller.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutline {

GraphPage::GraphPage(WorkshopDocument *document, PlanController *plan, QWidget *parent)
    : QWidget(parent), m_view(new GraphView(document))
{
    connect(plan, &PlanController::planChanged, m_view,
            [this, plan] { m_view->setPlan(plan->plan()); });
    auto *hint = new QLabel(
        tr("Drag from one box to another: the second requires the first (Shift: alternatives). "
           "Click a link and press Delete to remove it. Ctrl+wheel zooms."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
}

QLayout *GraphPage::buildBar()
{
    auto *bar = new QHBoxLayout;
    auto *chain = new QCheckBox(tr("Show the critical c&hain"));
    connect(chain, &QCheckBox::toggled, m_view, &GraphView::setShowCriticalChain);
    auto *implied = new QCheckBox(tr("Hide &implied links"));
    implied->setToolTip(tr("Hide A → C where A → B → C already says it."));
    connect(implied, &QCheckBox::toggled, m_view, &GraphView::setHideImpliedLinks);
    auto *fit = new QPushButton(tr("Fit (Ctrl+0)"));
    connect(fit, &QPushButton::clicked, m_view, &GraphView::fitAll);
    bar->addWidget(chain);
    bar->addWidget(implied);
    bar->addStretch();
    bar->addWidget(fit);
    return bar;
}

} // namespace cutline
