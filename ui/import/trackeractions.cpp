#include "ui/import/trackeractions.h"

#include "core/inputfile.h"
#include "core/tracker/trackerexport.h"
#include "core/tracker/trackerimport.h"
#include "ui/document/commands.h"
#include "ui/document/workshopdocument.h"
#include "ui/import/trackerimportdialog.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace cutline {

namespace {

QString trackerFilter()
{
    return TrackerActions::tr("Tracker exports (*.csv *.json);;All files (*)");
}

// The trackers the workshop's candidates came from, in the order first seen.
QStringList systemsIn(const Workshop &w)
{
    QStringList systems;
    for (const Candidate &c : w.candidates)
        if (c.source.isImported() && !systems.contains(c.source.system))
            systems.append(c.source.system);
    return systems;
}

} // namespace

TrackerActions::TrackerActions(MainWindow *window, WorkshopDocument *document)
    : QObject(window), m_window(window), m_document(document)
{
    m_import = new QAction(tr("Import from &Tracker…"), window);
    m_import->setObjectName(QStringLiteral("importFromTracker"));
    m_import->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_import->setStatusTip(tr("Make a new workshop from a Jira or Linear CSV, GitHub issues or a "
                              "Trello board."));
    connect(m_import, &QAction::triggered, this, [this] { importFromTracker(); });
    m_reimport = new QAction(tr("Re-import from Trac&ker…"), window);
    m_reimport->setObjectName(QStringLiteral("reimportFromTracker"));
    m_reimport->setShortcut(QKeySequence(tr("Ctrl+Alt+T")));
    m_reimport->setStatusTip(tr("Bring a newer export of the same tracker into this workshop: "
                                "new, changed and gone work, and conflicts, shown first."));
    connect(m_reimport, &QAction::triggered, this, [this] { reimportFromTracker(); });
    m_export = new QAction(tr("Export for Trac&ker…"), window);
    m_export->setObjectName(QStringLiteral("exportForTracker"));
    m_export->setStatusTip(tr("Write the decisions as a CSV the tracker's bulk update reads."));
    connect(m_export, &QAction::triggered, this, [this] { exportForTracker(); });
    connect(document, &WorkshopDocument::workshopReset, this, &TrackerActions::updateEnabled);
    connect(document, &WorkshopDocument::readOnlyChanged, this, &TrackerActions::updateEnabled);
    connect(document, &WorkshopDocument::candidateInserted, this, &TrackerActions::updateEnabled);
    connect(document, &WorkshopDocument::candidateRemoved, this, &TrackerActions::updateEnabled);
    updateEnabled();
}

void TrackerActions::updateEnabled()
{
    const bool imported = !systemsIn(m_document->workshop()).isEmpty();
    m_reimport->setEnabled(imported && !m_document->isReadOnly());
    m_export->setEnabled(imported);
}

QByteArray TrackerActions::readFile(const QString &path, TrackerFormat &format)
{
    const Result<QByteArray> bytes =
        readInputFile(path, tr("a tracker's export"), TrackerImporter::kMaxFileSize);
    if (!bytes) {
        QMessageBox::warning(m_window, tr("Cannot Import"), bytes.error());
        return {};
    }
    const Result<TrackerFormat> detected =
        TrackerImporter::detect(bytes.value(), QFileInfo(path).fileName());
    // A CSV that is no tracker's (Cutline's own) still opens the dialog, as Jira's.
    format = detected && detected.value() != TrackerFormat::Cutline ? detected.value()
                                                                    : TrackerFormat::Jira;
    return bytes.value();
}

bool TrackerActions::importFromTracker(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(m_window, tr("Import from Tracker"), QString(),
                                            trackerFilter());
    if (path.isEmpty())
        return false;
    TrackerFormat format = TrackerFormat::Jira;
    const QByteArray bytes = readFile(path, format);
    if (bytes.isNull())
        return false;
    TrackerImportDialog dialog(QFileInfo(path).fileName(), bytes, format, nullptr, m_window);
    // The preview changes nothing, so unsaved work is asked about only once the import is
    // chosen, just before the new workshop replaces it.
    if (dialog.exec() != QDialog::Accepted || !m_window->maybeSave())
        return false;
    m_window->openWorkshop(dialog.newWorkshop(), QString());
    m_document->markUnsaved(); // an import is new work: nothing holds it yet
    m_window->statusBar()->showMessage(TrackerImporter::summaryText(dialog.imported().summary),
                                       10000);
    return true;
}

bool TrackerActions::reimportFromTracker(const QString &requested)
{
    if (m_document->isReadOnly())
        return false;
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(m_window, tr("Re-import from Tracker"), QString(),
                                            trackerFilter());
    if (path.isEmpty())
        return false;
    TrackerFormat format = TrackerFormat::Jira;
    const QByteArray bytes = readFile(path, format);
    if (bytes.isNull())
        return false;
    TrackerImportDialog dialog(QFileInfo(path).fileName(), bytes, format, &m_document->workshop(),
                               m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ReimportResult result = dialog.reimported();
    pushReimport(m_document, result.workshop,
                 tr("Re-import from %1").arg(QFileInfo(path).fileName()));
    if (!result.warnings.isEmpty())
        QMessageBox::information(m_window, tr("Re-imported With Warnings"),
                                 result.warnings.join(QLatin1Char('\n')));
    m_window->statusBar()->showMessage(Reimport::summaryText(dialog.diff()), 10000);
    return true;
}

void TrackerActions::pushReimport(WorkshopDocument *document, const Workshop &after,
                                  const QString &text)
{
    const Workshop &before = document->workshop();
    auto *step = new QUndoCommand(text);
    int inserted = 0;
    for (const Candidate &c : after.candidates) {
        const Candidate *old = before.candidate(c.id);
        if (!old)
            new InsertCandidateCommand(document, int(before.candidates.size()) + inserted++, c,
                                       step);
        else if (*old != c)
            new ReplaceCandidateCommand(document, c, text, step);
    }
    for (const Dependency &link : after.dependencies)
        if (!before.hasLink(link.from, link.to, link.type))
            new LinkCommand(document, LinkCommand::Action::Add, link, step);
    document->undoStack()->push(step);
}

bool TrackerActions::exportForTracker(const QString &requested)
{
    const Workshop &w = m_document->workshop();
    const QStringList systems = systemsIn(w);
    if (systems.isEmpty())
        return false;
    QString system = systems.first();
    if (systems.size() > 1) {
        bool ok = false;
        system = QInputDialog::getItem(m_window, tr("Export for Tracker"),
                                       tr("The candidates came from several trackers; export "
                                          "for:"),
                                       systems, 0, false, &ok);
        if (!ok)
            return false;
    }
    const TrackerFormat format = trackerFormatFromId(system).value_or(TrackerFormat::Jira);
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(m_window,
                                            tr("Export for %1").arg(trackerFormatName(format)),
                                            QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    int written = 0;
    if (Status saved = TrackerExport::save(w, format, path, {}, &written); !saved) {
        QMessageBox::warning(m_window, tr("Cannot Export"), saved.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %n decision(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(path)),
        5000);
    return true;
}

} // namespace cutline
