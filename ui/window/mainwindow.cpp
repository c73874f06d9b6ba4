// MainWindow: its views — the candidate table, the plan, chart and graph tabs, the inspector —
// and what keeps them in step.
#include "ui/window/mainwindow.h"

#include "ui/table/candidatecolumnsizer.h"

#include "core/model/kindprofile.h"
#include "ui/chart/impactchart.h"
#include "ui/document/workshopdocument.h"
#include "ui/files/recoverystore.h"
#include "ui/graph/graphpage.h"
#include "ui/graph/graphview.h"
#include "ui/inspector/inspector.h"
#include "ui/plan/plancontroller.h"
#include "ui/plan/planview.h"
#include "ui/review/reviewloop.h"
#include "ui/settings/settingsdialog.h"
#include "ui/table/candidatedelegate.h"
#include "ui/table/candidatetablemodel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cutline {

namespace {
int nextRecoverySlot()
{
    static int slot = 0;
    return ++slot;
}
} // namespace

MainWindow::MainWindow(RecoveryStore *recovery, QWidget *parent)
    : QMainWindow(parent), m_document(new WorkshopDocument(this)), m_recovery(recovery),
      m_recoverySlot(nextRecoverySlot())
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/cutline.svg")));
    buildActions();
    m_loop = new ReviewLoop(this, m_document);
    setCentralWidget(m_loop->wrapCentral(buildCentral()));
    m_table->addAction(m_actions.remove);
    buildMenus();
    m_summary = new QLabel;
    statusBar()->addPermanentWidget(m_summary);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(60 * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start();

    const auto refresh = [this] {
        updateStatus();
        updateActions();
    };
    connect(m_document, &WorkshopDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkshopDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkshopDocument::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkshopDocument::settingsChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkshopDocument::workshopReset, this, refresh);
    connect(m_document, &WorkshopDocument::candidateChanged, this, refresh);
    connect(m_document, &WorkshopDocument::candidateInserted, this, [this, refresh](int, int id) {
        refresh();
        selectCandidate(id);
    });
    connect(m_document, &WorkshopDocument::candidateRemoved, this, refresh);
    connect(m_document, &WorkshopDocument::settingsChanged, this, refresh);
    connect(m_document, &WorkshopDocument::readOnlyChanged, this, refresh);
    connect(m_document, &WorkshopDocument::editRefused, this, &MainWindow::showRefusal);
    connect(m_inspector, &Inspector::candidateActivated, this, &MainWindow::selectCandidate);

    placeInitialGeometry();
    applyAuthor();
    // Undo/Redo and the author's name are routed here before a field's own handling.
    qApp->installEventFilter(this);
    // A decision taken some other way asks afterwards, once, outside the edit in progress.
    connect(m_document, &WorkshopDocument::decisionLogChanged, this, [this] {
        if (!m_document->workshop().decisionLog.isEmpty())
            QTimer::singleShot(0, this, &MainWindow::ensureAuthor);
    });
    updateRecentMenu();
    updateTitle();
    refresh();
}

MainWindow::~MainWindow()
{
    if (m_recovery)
        m_recovery->discard(m_recoverySlot);
    releaseLock();
}

QWidget *MainWindow::buildCentral()
{
    buildTable();
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter candidates by key, title, kind or decision (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_table);

    m_listPages = new QStackedWidget;
    m_listPages->addWidget(buildEmptyState());
    m_listPages->addWidget(listPage);

    m_planView = new PlanView(m_document);
    connect(m_planView, &PlanView::candidateActivated, this, &MainWindow::selectCandidate);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_listPages, tr("Candidates"));
    m_tabs->addTab(m_planView, tr("Plan"));
    m_chartPage = new ChartPage(m_document);
    connect(m_chartPage->chart(), &ImpactChart::candidateActivated, this,
            &MainWindow::selectCandidate);
    m_tabs->addTab(m_chartPage, tr("Chart"));
    m_tabs->addTab(buildGraphPage(), tr("Graph"));
    m_tabs->setDocumentMode(true);

    m_inspector = new Inspector(m_document);
    m_inspector->setMinimumWidth(340);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 520}); // the table is what the room looks at
    return splitter;
}

void MainWindow::buildTable()
{
    m_model = new CandidateTableModel(m_document, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CandidateTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new CandidateDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CandidateTableModel::Key, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    new CandidateColumnSizer(m_table); // the title takes the free width; owned by the table
    m_table->setAccessibleName(tr("Candidates"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int id = current.data(CandidateTableModel::CandidateIdRole).toInt();
                m_inspector->showCandidate(id);
                if (m_chartPage)
                    m_chartPage->chart()->setSelectedId(id);
                if (m_graph)
                    m_graph->setSelectedId(id);
                updateActions();
            });
}

QWidget *MainWindow::buildGraphPage()
{
    auto *page = new GraphPage(m_document, m_planView->controller());
    m_graph = page->view();
    connect(m_graph, &GraphView::candidateActivated, this, &MainWindow::selectCandidate);
    connect(m_graph, &GraphView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    return page;
}

QWidget *MainWindow::buildEmptyState()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *heading = new QLabel(tr("<h2>No candidates yet</h2>"));
    heading->setAlignment(Qt::AlignCenter);
    auto *steps = new QLabel(
        tr("<p>Start with the capacity you have, then list the work that competes for it."
           "<br>Every candidate says <b>why</b> it exists: the problem, who it helps, and the "
           "metric it should move.</p>"));
    steps->setAlignment(Qt::AlignCenter);
    steps->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(steps);
    const auto button = [&](QAction *action, const QString &text) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        auto *b =
            new QPushButton(keys.isEmpty() ? text : QStringLiteral("%1   (%2)").arg(text, keys));
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        // One width for all, but never narrower than the longest label with its shortcut.
        b->setFixedWidth(std::max(b->sizeHint().width(), b->fontMetrics().averageCharWidth() * 62));
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(b);
        row->addStretch();
        layout->addLayout(row);
    };
    button(m_actions.settings, tr("1. Set the title, decider and capacity"));
    button(m_actions.add, tr("2. Add the first candidate"));
    button(m_actions.importCsv, tr("…or import candidates from a spreadsheet (CSV)"));
    button(m_actions.sample, tr("…or explore the sample workshop"));
    layout->addStretch();
    return page;
}

void MainWindow::updateTitle()
{
    QString name = m_document->displayName();
    if (m_document->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1[*] — Cutline").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Workshop &w = m_document->workshop();
    int missing = 0;
    for (const Candidate &c : w.candidates)
        missing += missingWhy(c).isEmpty() ? 0 : 1;
    m_summary->setText(tr("%n candidate(s)", nullptr, int(w.candidates.size())) +
                       QStringLiteral(" · ") + tr("%n missing their why", nullptr, missing) +
                       QStringLiteral(" · ") +
                       tr("capacity %1 %2").arg(formatNumber(w.capacity), w.capacityUnit));
    m_listPages->setCurrentIndex(w.candidates.isEmpty() ? 0 : 1);
}

void MainWindow::updateActions()
{
    const bool writable = !m_document->isReadOnly();
    const bool hasCurrent = currentCandidateId() != 0;
    m_actions.add->setEnabled(writable);
    m_actions.duplicate->setEnabled(writable && hasCurrent);
    m_actions.alternative->setEnabled(writable && hasCurrent);
    m_actions.remove->setEnabled(writable && hasCurrent);
    m_actions.revert->setEnabled(!m_document->filePath().isEmpty());
    m_actions.save->setEnabled(writable);
}

void MainWindow::showRefusal(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_document->workshop(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->editSettings(dialog.settings());
}

void MainWindow::addCandidate()
{
    const int id = m_document->addCandidate();
    if (!id)
        return;
    selectCandidate(id);
    if (QWidget *title = m_inspector->editorFor(Field::Title)) {
        title->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(title))
            line->selectAll();
    }
}

QList<int> MainWindow::selectedIds() const
{
    QList<int> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(CandidateTableModel::CandidateIdRole).toInt());
    if (ids.isEmpty() && currentCandidateId())
        ids.append(currentCandidateId());
    return ids;
}

void MainWindow::deleteSelected()
{
    m_document->removeCandidates(selectedIds());
}

int MainWindow::currentCandidateId() const
{
    return m_table->currentIndex().data(CandidateTableModel::CandidateIdRole).toInt();
}

void MainWindow::selectCandidate(int id)
{
    const QModelIndex source = m_model->indexOfId(id);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (source.isValid() && !index.isValid()) { // hidden by the filter: show it anyway
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::showPlan(bool plan)
{
    m_tabs->setCurrentWidget(plan ? static_cast<QWidget *>(m_planView) : m_listPages);
    if (plan) // the keyboard goes on in the plan's rows, not on whatever button comes first
        m_planView->table()->setFocus();
}

} // namespace cutline
