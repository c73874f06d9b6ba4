// MainWindow's actions, with their shortcuts, and the menus and toolbar that show them.
#include "ui/window/mainwindow.h"

#include "core/decision/decisions.h"
#include "core/sample/sampleworkshop.h"
#include "ui/chart/impactchart.h"
#include "ui/document/workshopdocument.h"
#include "ui/graph/graphview.h"
#include "ui/import/trackeractions.h"
#include "ui/review/reviewloop.h"
#include "ui/room/passlaptopdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace cutline {

namespace {
// Makes an action of `window` with its shortcuts, calling `slot` when triggered.
template <typename Slot>
QAction *makeAction(QWidget *window, const QString &text, const QList<QKeySequence> &keys,
                    Slot slot)
{
    auto *action = new QAction(text, window);
    action->setShortcuts(keys);
    QObject::connect(action, &QAction::triggered, window, slot);
    window->addAction(action);
    return action;
}
} // namespace

void MainWindow::buildActions()
{
    buildFileActions();
    buildEditActions();
    buildViewActions();
}

void MainWindow::buildFileActions()
{
    auto &a = m_actions;
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        return makeAction(this, text, keys, slot);
    };
    a.newFile = make(tr("&New Workshop…"), {QKeySequence::New}, [this] { newWorkshop(); });
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
    a.sample = make(tr("Open &Sample Workshop"), {}, [this] {
        if (maybeSave())
            openWorkshop(sampleWorkshop(), QString());
    });
}

void MainWindow::buildEditActions()
{
    auto &a = m_actions;
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        return makeAction(this, text, keys, slot);
    };
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
    a.authorName = make(tr("Your &Name…"), {}, [this] { askAuthorName(); });
    a.find = make(tr("&Find…"), {QKeySequence::Find}, [this] {
        showPlan(false);
        m_listPages->setCurrentIndex(1);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    a.signOff =
        make(tr("Sign &Off Decisions…"), {QKeySequence(tr("Ctrl+Shift+D"))}, [this] { signOff(); });
}

void MainWindow::buildViewActions()
{
    auto &a = m_actions;
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        return makeAction(this, text, keys, slot);
    };
    a.presentation = make(tr("&Presentation Mode"), {QKeySequence(Qt::Key_F5)},
                          [this] { setPresentationMode(!m_presentation); });
    a.presentation->setCheckable(true);
    a.fullScreen = make(tr("&Full Screen"), {QKeySequence::FullScreen},
                        [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    a.showCandidates =
        make(tr("&Candidates"), {QKeySequence(tr("Ctrl+1"))}, [this] { showPlan(false); });
    a.showPlanTab =
        make(tr("P&lan and Cut Line"), {QKeySequence(tr("Ctrl+2"))}, [this] { showPlan(true); });
    a.showChart = make(tr("Impact/Effort &Chart"), {QKeySequence(tr("Ctrl+3"))},
                       [this] { m_tabs->setCurrentWidget(m_chartPage); });
    a.showGraph = make(tr("Dependency &Graph"), {QKeySequence(tr("Ctrl+4"))}, [this] {
        m_tabs->setCurrentWidget(m_graph->parentWidget());
        m_graph->setFocus();
    });
    a.about = make(tr("&About Cutline"), {}, [this] {
        QMessageBox::about(this, tr("About Cutline"),
                           tr("<h3>Cutline %1</h3><p>Trade-off and prioritization workshops: "
                              "decide what makes the cut, and say why.</p><p>Licensed under "
                              "the GNU GPL version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::signOff()
{
    const Workshop &w = m_document->workshop();
    const QString who = w.decider.isEmpty() ? tr("the decider") : w.decider;
    const QStringList problems = signOffProblems(w);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Sign Off Decisions"),
                             tr("The decisions cannot be signed off yet:") +
                                 QStringLiteral("\n\n• ") + problems.join(QStringLiteral("\n• ")));
        return;
    }
    // Issue 15: the sign-off dialog takes the decider's bets on the committed candidates.
    if (m_loop->signOff())
        statusBar()->showMessage(tr("Signed off by %1.").arg(who), 8000);
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
    // Issue 15: a tracker's export in, the decisions back out.
    auto *tracker = new TrackerActions(this, m_document);
    file->addActions({tracker->importAction(), tracker->reimportAction(), tracker->exportAction()});
    file->addSeparator();
    file->addActions({a.previewRecord, a.exportRecord});
    file->addSeparator();
    file->addAction(a.quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.add, a.duplicate, a.alternative, a.remove});
    edit->addSeparator();
    edit->addActions({a.find, a.settings, a.authorName});
    edit->addSeparator();
    edit->addAction(a.signOff);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.showCandidates, a.showPlanTab, a.showChart, a.showGraph});
    view->addSeparator();
    view->addActions({a.presentation, a.fullScreen});
    // The room (issue 12) without a network: blind ballots on this laptop, one person at a time.
    view->addSeparator();
    view->addAction(
        makeAction(this, tr("Pass the &Laptop…"), {QKeySequence(tr("Ctrl+Shift+L"))}, [this] {
            PassLaptopDialog dialog(m_document, this);
            dialog.exec();
        }));
    buildRoomMenu(); // issue 12: mainwindowroom.cpp
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({a.sample, a.about});
    m_loop->addMenus(menuBar(), file, help); // issue 15

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

} // namespace cutline
