// MainWindow: wires the candidate table, the inspector and the file actions together.
#pragma once

#include <QMainWindow>
#include <QUrl>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QLockFile;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace cutline {

class CandidateTableModel;
class Inspector;
class ChartPage;
class GraphView;
class PlanView;
class ProjectorView;
class RecoveryStore;
class RoomController;
class RoomPanel;
class ReviewLoop;
class WorkshopDocument;
struct Workshop;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(RecoveryStore *recovery = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkshopDocument *document() const { return m_document; }
    QTableView *table() const { return m_table; }
    Inspector *inspector() const { return m_inspector; }
    PlanView *planView() const { return m_planView; }
    ChartPage *chartPage() const { return m_chartPage; }
    GraphView *graphView() const { return m_graph; }
    void showPlan(bool plan); // the Plan tab, or the candidate table

    // File operations; each reports failures to the user and returns whether it happened.
    bool openFile(const QString &path);
    bool importCsv(const QString &path);
    bool save();
    bool saveAs(const QString &path = QString());
    bool exportCsv(const QString &path = QString());
    // Writes the decision record as .pdf, .html or .md (asks where when `path` is empty).
    bool exportRecord(const QString &path = QString());
    void previewRecord();
    void newWorkshop();
    void openWorkshop(const Workshop &workshop, const QString &path); // e.g. the sample
    void revert();
    // Asks to save unsaved changes; false if the user cancelled.
    bool maybeSave();

    // Presentation mode: the projector view, full screen (on a second screen when there is
    // one); leaving it leaves this window exactly as it was.
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }
    ProjectorView *projector() const { return m_projector; }
    ReviewLoop *reviewLoop() const { return m_loop; } // issue 15: bets, reviews, calibration
    // The name decisions are recorded under; asks once when none is kept yet.
    void askAuthorName();
    void setAutosaveInterval(int milliseconds);
    void autosave();
    void selectCandidate(int id);
    int currentCandidateId() const;

    // The room (issue 12, mainwindowroom.cpp): phones join and score in blind rounds.
    // `quiet` opens it without a dialog and reveals once everyone has voted (`--room`);
    // otherwise it asks nothing either, but shows the panel. Returns the join address, or
    // an empty one after telling the user why the room could not open.
    QUrl openRoom(bool quiet = false);
    void closeRoom();
    RoomController *room() const { return m_room; }
    RoomPanel *roomPanel() const { return m_roomPanel; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildFileActions();
    void buildEditActions();
    void buildViewActions();
    void signOff();
    void buildMenus();
    QWidget *buildCentral();
    void buildTable();
    QWidget *buildGraphPage();
    void placeInitialGeometry();
    bool fieldKeepsUndo(QWidget *field) const;
    void ensureAuthor();
    void applyAuthor();
    QWidget *buildEmptyState();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    bool writeTo(const QString &path);
    bool lockFile(const QString &path, bool *readOnly);
    void releaseLock();
    void editSettings();
    void addCandidate();
    void deleteSelected();
    QList<int> selectedIds() const;
    void showRefusal(const QString &message);

    WorkshopDocument *m_document;
    RecoveryStore *m_recovery;
    int m_recoverySlot;
    CandidateTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_listPages = nullptr;
    Inspector *m_inspector = nullptr;
    QTabWidget *m_tabs = nullptr;
    PlanView *m_planView = nullptr;
    ChartPage *m_chartPage = nullptr;
    GraphView *m_graph = nullptr;
    QLabel *m_summary = nullptr;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    ProjectorView *m_projector = nullptr;
    bool m_presentation = false;
    bool m_askingAuthor = false;
    // The room (issue 12).
    void buildRoomMenu();
    RoomController *m_room = nullptr;
    RoomPanel *m_roomPanel = nullptr;
    QAction *m_openRoomAction = nullptr;
    QAction *m_closeRoomAction = nullptr;
    ReviewLoop *m_loop = nullptr;

    struct Actions
    {
        QAction *newFile, *open, *save, *saveAs, *revert, *importCsv, *exportCsv, *exportRecord,
            *previewRecord, *quit;
        QAction *undo, *redo, *add, *duplicate, *alternative, *remove, *settings, *find;
        QAction *presentation, *fullScreen, *sample, *about, *showCandidates, *showPlanTab,
            *showChart, *showGraph, *signOff, *authorName;
    } m_actions{};
};

} // namespace cutline
