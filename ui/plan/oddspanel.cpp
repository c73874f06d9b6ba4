#include "ui/plan/oddspanel.h"

#include "core/model/field.h"
#include "ui/document/workshopdocument.h"
#include "ui/plan/oddscontroller.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cutline {

namespace {

enum Column
{
    KeyColumn,
    TitleColumn,
    PlanColumn,
    ShareColumn,
    BandColumn,
    EffortColumn,
    ValueColumn,
    ColumnCount
};

QColor bandColor(OddsBand band)
{
    switch (band) {
    case OddsBand::Core:
        return QColor(0x2e, 0x7d, 0x32);
    case OddsBand::Borderline:
        return QColor(0xb2, 0x6a, 0x00);
    case OddsBand::Out:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

} // namespace

OddsPanel::OddsPanel(WorkshopDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(new OddsController(document, this)),
      m_headline(new QLabel), m_details(new QLabel), m_table(new QTableWidget(0, ColumnCount)),
      m_samples(new QSpinBox), m_newSeed(new QAction(tr("New Seed"), this))
{
    m_headline->setObjectName(QStringLiteral("oddsHeadline"));
    m_headline->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("oddsTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Title"), tr("Plan"), tr("In the optimum"),
                                        tr("Band"), tr("Effort margin"), tr("Value margin")});
    m_table->horizontalHeaderItem(PlanColumn)
        ->setToolTip(tr("Whether today's plan, from the likely estimates, takes it"));
    m_table->horizontalHeaderItem(ShareColumn)
        ->setToolTip(tr("The share of samples whose exact optimum takes it"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(EffortColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(TitleColumn, 240);
    m_samples->setRange(kMinOddsSamples, 100000);
    m_samples->setSingleStep(1000);
    m_samples->setSuffix(tr(" samples"));
    m_samples->setKeyboardTracking(false);
    m_samples->setToolTip(tr("How many samples the odds draw; saved with the workshop"));
    m_newSeed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_newSeed->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newSeed->setToolTip(tr("Draw new random numbers (Ctrl+Shift+G); undo returns the old ones"));
    addAction(m_newSeed);
    auto *seedButton = new QToolButton;
    seedButton->setDefaultAction(m_newSeed);

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_samples);
    top->addWidget(seedButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_table, 1);

    connect(m_controller, &OddsController::oddsChanged, this, &OddsPanel::showOdds);
    connect(m_controller, &OddsController::computingChanged, this, &OddsPanel::showComputing);
    connect(m_newSeed, &QAction::triggered, this, &OddsPanel::newSeed);
    connect(m_samples, &QSpinBox::valueChanged, this, &OddsPanel::setSamples);
    showOdds();
}

void OddsPanel::newSeed()
{
    Workshop settings = m_document->workshop();
    quint64 seed = settings.odds.seed;
    while (seed == settings.odds.seed)
        seed = QRandomGenerator::global()->generate64();
    settings.odds.seed = seed;
    m_document->editSettings(settings);
}

void OddsPanel::setSamples(int samples)
{
    Workshop settings = m_document->workshop();
    if (settings.odds.samples == samples)
        return;
    settings.odds.samples = samples;
    m_document->editSettings(settings);
}

void OddsPanel::showComputing(bool computing)
{
    if (computing && m_controller->odds().plan.isEmpty() && m_controller->problem().isEmpty())
        m_headline->setText(tr("Sampling the estimates…"));
}

void OddsPanel::showOdds()
{
    const Workshop &w = m_document->workshop();
    const Odds &odds = m_controller->odds();
    {
        const QSignalBlocker blocker(m_samples);
        m_samples->setValue(w.odds.samples);
    }
    if (!m_controller->problem().isEmpty()) {
        m_headline->setText(tr("No odds: %1").arg(m_controller->problem()));
        m_details->clear();
        m_table->setRowCount(0);
        return;
    }
    if (odds.samples == 0)
        return;
    QString headline =
        tr("The plan fits the capacity in %1 of the samples.").arg(shareText(odds.fits));
    if (!odds.anyRange)
        headline = tr("No estimate has a range: the plan fits for certain. Give effort a low "
                      "and a high estimate to see the odds.");
    m_headline->setText(headline);
    QStringList details;
    const QLocale locale;
    if (odds.solved < odds.samples)
        details.append(tr("Sampling… %1 of %2 optima.")
                           .arg(locale.toString(odds.solved), locale.toString(odds.samples)));
    else
        details.append(tr("The sampled optimum is this plan in %1.").arg(shareText(odds.samePlan)));
    if (odds.solved >= odds.samples && odds.feasible.hits < odds.feasible.of)
        details.append(infeasibleText(odds));
    if (odds.marginsDone && odds.commit.found && odds.commit.planningCapacity < odds.capacity)
        details.append(tr("Commit line at 85 %: plan to %1 %2 (value %3 of %4), which fits in %5.")
                           .arg(formatAmount(odds.commit.planningCapacity), w.capacityUnit,
                                formatAmount(odds.commit.totalValue), formatAmount(odds.planValue),
                                shareText(odds.commit.fits)));
    if (!odds.refineFirst.isEmpty()) {
        QStringList keys;
        for (int id : odds.refineFirst)
            if (const Candidate *c = w.candidate(id))
                keys.append(c->key);
        details.append(tr("Refine first: %1.").arg(keys.join(QStringLiteral(", "))));
    }
    details.append(tr("Seed %1, %2 samples; ± is the 95 % Wilson interval.")
                       .arg(odds.seed)
                       .arg(locale.toString(odds.samples)));
    m_details->setText(details.join(QLatin1Char('\n')));

    m_table->setRowCount(int(odds.items.size()));
    for (int row = 0; row < odds.items.size(); ++row) {
        const CandidateOdds &item = odds.items[row];
        const Candidate *c = w.candidate(item.id);
        if (!c)
            continue;
        QString effort = odds.marginsDone ? effortMarginText(item, w.capacityUnit) : QString();
        if (odds.marginsDone && item.effort.kind == FlipMargin::Kind::Decided)
            effort = decidedText(*c);
        if (!item.effortRanged)
            effort =
                tr("no range") + (effort.isEmpty() ? QString() : QStringLiteral("; ") + effort);
        if (item.effortLikelyOff)
            effort = tr("⚠ likely outside the middle half; ") + effort;
        const QStringList cells{c->key,
                                c->title,
                                item.inPlan ? tr("in") : tr("out"),
                                odds.solved > 0 ? shareText(item.in) : QString(),
                                odds.solved > 0 ? bandName(item.band) : QString(),
                                effort,
                                odds.marginsDone ? valueMarginText(item) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(cells[column]);
            cell->setData(Qt::UserRole, item.id);
            if (column == BandColumn)
                cell->setForeground(bandColor(item.band));
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnToContents(KeyColumn);
    m_table->resizeColumnToContents(PlanColumn);
    m_table->resizeColumnToContents(ShareColumn);
}

} // namespace cutline
