#include "ui/window/mainwindow.h"

#include "core/decision/decisions.h"
#include "core/model/kindprofile.h"
#include "core/sample/sampleworkshop.h"
#include "ui/chart/impactchart.h"
#include "ui/document/workshopdocument.h"
#include "ui/files/recoverystore.h"
#include "ui/graph/graphview.h"
#include "ui/inspector/inspector.h"
#include "ui/plan/plancontroller.h"
#include "ui/plan/planview.h"
#include "ui/settings/settingsdialog.h"
#include "ui/table/candidatedelegate.h"
#include "ui/table/candidatetablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

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
    m_normalFont = font();
    m_normalPalette = palette();
    buildActions();
    setCentralWidget(buildCentral());
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

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CandidateTableModel::Title,
                                                      QHeaderView::Stretch);
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
    m_graph = new GraphView(m_document);
    connect(m_graph, &GraphView::candidateActivated, this, &MainWindow::selectCandidate);
    // The graph shows the plan the Plan view's worker computes, rather than solving again.
    connect(m_planView->controller(), &PlanController::planChanged, m_graph,
            [this] { m_graph->setPlan(m_planView->controller()->plan()); });
    connect(m_graph, &GraphView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    auto *graphPage = new QWidget;
    auto *graphBar = new QHBoxLayout;
    auto *chain = new QCheckBox(tr("Show the critical c&hain"));
    connect(chain, &QCheckBox::toggled, m_graph, &GraphView::setShowCriticalChain);
    auto *implied = new QCheckBox(tr("Hide &implied links"));
    implied->setToolTip(tr("Hide A → C where A → B → C already says it."));
    connect(implied, &QCheckBox::toggled, m_graph, &GraphView::setHideImpliedLinks);
    auto *fit = new QPushButton(tr("Fit (Ctrl+0)"));
    connect(fit, &QPushButton::clicked, m_graph, &GraphView::fitAll);
    graphBar->addWidget(chain);
    graphBar->addWidget(implied);
    graphBar->addStretch();
    graphBar->addWidget(fit);
    auto *graphHint = new QLabel(
        tr("Drag from one box to another: the second requires the first (Shift: alternatives). "
           "Click a link and press Delete to remove it. Ctrl+wheel zooms."));
    graphHint->setWordWrap(true);
    graphHint->setEnabled(false);
    auto *graphLayout = new QVBoxLayout(graphPage);
    graphLayout->addLayout(graphBar);
    graphLayout->addWidget(m_graph, 1);
    graphLayout->addWidget(graphHint);
    m_tabs->addTab(graphPage, tr("Graph"));
    m_tabs->setDocumentMode(true);

    m_inspector = new Inspector(m_document);
    m_inspector->setMinimumWidth(380);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 520}); // the table is what the room looks at
    return splitter;
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
        b->setFixedWidth(b->fontMetrics().averageCharWidth() * 62);
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

void MainWindow::buildActions()
{
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    auto &a = m_actions;
    a.newFile = make(tr("&New Workshop"), {QKeySequence::New}, [this] { newWorkshop(); });
    a.open = make(tr("&Open…"), {QKeySequence::Open}, [this] { openFile(QString()); });
    a.save = make(tr("&Save"), {QKeySequence::Save}, [this] { save(); });
    a.saveAs = make(tr("Save &As…"), {QKeySequence::SaveAs}, [this] { saveAs(); });
    a.revert = make(tr("&Revert to Saved"), {}, [this] { revert(); });
    a.importCsv = make(tr("&Import CSV…"), {QKeySequence(tr("Ctrl+Shift+I"))},
                       [this] { importCsv(QString()); });
    a.exportCsv =
        make(tr("&Export CSV…"), {QKeySequence(tr("Ctrl+Shift+E"))}, [this] { exportCsv(); });
    a.exportRecord = make(tr("Export Decision &Record…"), {QKeySequence(tr("Ctrl+Shift+R"))},
                          [this] { exportRecord(); });
    a.previewRecord = make(tr("Pre&view Decision Record…"), {QKeySequence(tr("Ctrl+Shift+P"))},
                           [this] { previewRecord(); });
    a.quit = make(tr("&Quit"), {QKeySequence::Quit}, [this] { close(); });
    a.undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    a.undo->setShortcuts(QKeySequence::Undo);
    a.redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    a.redo->setShortcuts(QKeySequence::Redo);
    a.add =
        make(tr("&Add Candidate"), {QKeySequence(tr("Ctrl+Shift+N")), QKeySequence(Qt::Key_Insert)},
             [this] { addCandidate(); });
    a.duplicate = make(tr("D&uplicate Candidate"), {QKeySequence(tr("Ctrl+D"))}, [this] {
        if (const int id = currentCandidateId())
            m_document->duplicateCandidate(id);
    });
    a.alternative =
        make(tr("Add &Simpler Alternative"), {QKeySequence(tr("Ctrl+Shift+A"))}, [this] {
            if (const int id = currentCandidateId())
                m_document->addAlternative(id);
        });
    a.remove = make(tr("&Delete Candidate"), {QKeySequence::Delete}, [this] { deleteSelected(); });
    // Delete belongs to the table: in a text field it deletes text, not the candidate.
    a.remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removeAction(a.remove);
    a.settings =
        make(tr("&Workshop Settings…"), {QKeySequence(tr("Ctrl+,")), QKeySequence::Preferences},
             [this] { editSettings(); });
    a.find = make(tr("&Find…"), {QKeySequence::Find}, [this] {
        showPlan(false);
        m_listPages->setCurrentIndex(1);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    a.presentation = make(tr("&Presentation Mode"), {QKeySequence(Qt::Key_F5)},
                          [this] { setPresentationMode(!m_presentation); });
    a.presentation->setCheckable(true);
    a.fullScreen = make(tr("&Full Screen"), {QKeySequence::FullScreen},
                        [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    a.showCandidates =
        make(tr("&Candidates"), {QKeySequence(tr("Ctrl+1"))}, [this] { showPlan(false); });
    a.showPlanTab =
        make(tr("P&lan and Cut Line"), {QKeySequence(tr("Ctrl+2"))}, [this] { showPlan(true); });
    a.signOff = make(tr("Sign &Off Decisions…"), {QKeySequence(tr("Ctrl+Shift+D"))}, [this] {
        const Workshop &w = m_document->workshop();
        const QString who = w.decider.isEmpty() ? tr("the decider") : w.decider;
        const QStringList problems = signOffProblems(w);
        if (!problems.isEmpty()) {
            QMessageBox::warning(this, tr("Sign Off Decisions"),
                                 tr("The decisions cannot be signed off yet:") +
                                     QStringLiteral("\n\n• ") +
                                     problems.join(QStringLiteral("\n• ")));
            return;
        }
        if (QMessageBox::question(this, tr("Sign Off Decisions"),
                                  tr("Sign off the decisions as %1? The record will show the "
                                     "name and the time, and any later change of decision.")
                                      .arg(who)) == QMessageBox::Yes)
            if (m_document->signOff())
                statusBar()->showMessage(tr("Signed off by %1.").arg(who), 8000);
    });
    a.showChart = make(tr("Impact/Effort &Chart"), {QKeySequence(tr("Ctrl+3"))},
                       [this] { m_tabs->setCurrentWidget(m_chartPage); });
    a.showGraph = make(tr("Dependency &Graph"), {QKeySequence(tr("Ctrl+4"))}, [this] {
        m_tabs->setCurrentWidget(m_graph->parentWidget());
        m_graph->setFocus();
    });
    a.sample = make(tr("Open &Sample Workshop"), {}, [this] {
        if (maybeSave())
            openWorkshop(sampleWorkshop(), QString());
    });
    a.about = make(tr("&About Cutline"), {}, [this] {
        QMessageBox::about(this, tr("About Cutline"),
                           tr("<h3>Cutline %1</h3><p>Trade-off and prioritization workshops: "
                              "decide what makes the cut, and say why.</p><p>Licensed under "
                              "the GNU GPL version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildMenus()
{
    auto &a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.newFile, a.open});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addActions({a.save, a.saveAs, a.revert});
    file->addSeparator();
    file->addActions({a.importCsv, a.exportCsv});
    file->addSeparator();
    file->addActions({a.previewRecord, a.exportRecord});
    file->addSeparator();
    file->addAction(a.quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.add, a.duplicate, a.alternative, a.remove});
    edit->addSeparator();
    edit->addActions({a.find, a.settings});
    edit->addSeparator();
    edit->addAction(a.signOff);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.showCandidates, a.showPlanTab, a.showChart, a.showGraph});
    view->addSeparator();
    view->addActions({a.presentation, a.fullScreen});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({a.sample, a.about});

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({a.open, a.save, a.undo, a.redo});
    bar->addSeparator();
    bar->addActions({a.add, a.alternative, a.settings});
    bar->addSeparator();
    bar->addActions({a.showCandidates, a.showPlanTab, a.showChart, a.showGraph});
    bar->addSeparator();
    bar->addAction(a.presentation);
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
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation = on;
    m_actions.presentation->setChecked(on);
    if (on) {
        // Projectors wash out colour and small type: large text, strong contrast.
        QFont big = m_normalFont;
        big.setPointSizeF(m_normalFont.pointSizeF() * 1.6);
        setFont(big);
        QPalette contrast;
        contrast.setColor(QPalette::Window, Qt::white);
        contrast.setColor(QPalette::WindowText, Qt::black);
        contrast.setColor(QPalette::Base, Qt::white);
        contrast.setColor(QPalette::AlternateBase, QColor(0xe8, 0xee, 0xf7));
        contrast.setColor(QPalette::Text, Qt::black);
        contrast.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
        contrast.setColor(QPalette::ButtonText, Qt::black);
        contrast.setColor(QPalette::Highlight, QColor(0x00, 0x3d, 0x99));
        contrast.setColor(QPalette::HighlightedText, Qt::white);
        setPalette(contrast);
        showFullScreen();
    } else {
        setFont(m_normalFont);
        setPalette(m_normalPalette);
        showNormal();
    }
    m_table->resizeRowsToContents();
}

} // namespace cutline
