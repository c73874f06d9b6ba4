// TrackerActions: the File menu's tracker commands — Import from Tracker, Re-import from
// Tracker (one undo step) and Export for Tracker — kept beside MainWindow, which only adds
// them to its menu.
#pragma once

#include "core/model/workshop.h"
#include "core/tracker/trackerformat.h"

#include <QObject>

class QAction;
class QMainWindow;

namespace cutline {

class MainWindow;
class WorkshopDocument;

class TrackerActions : public QObject
{
    Q_OBJECT

public:
    TrackerActions(MainWindow *window, WorkshopDocument *document);

    QAction *importAction() const { return m_import; }
    QAction *reimportAction() const { return m_reimport; }
    QAction *exportAction() const { return m_export; }

    // Each asks for a file when `path` is empty, and shows the preview before anything changes.
    bool importFromTracker(const QString &path = QString());
    bool reimportFromTracker(const QString &path = QString());
    bool exportForTracker(const QString &path = QString());

    // Applies a re-import's result to the document as one undo step named `text`: changed
    // candidates replaced, new ones appended, new links added.
    static void pushReimport(WorkshopDocument *document, const Workshop &after,
                             const QString &text);

private:
    void updateEnabled();
    QByteArray readFile(const QString &path, TrackerFormat &format);

    MainWindow *m_window;
    WorkshopDocument *m_document;
    QAction *m_import;
    QAction *m_reimport;
    QAction *m_export;
};

} // namespace cutline
