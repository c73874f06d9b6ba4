// MainWindow's file handling: open, save, revert, import/export, lock files, autosave, drops.
#include "ui/window/mainwindow.h"

#include "core/csv/workshopcsv.h"
#include "core/storage/workshopfile.h"
#include "core/workshopio.h"
#include "render/record/decisionrecord.h"
#include "ui/document/workshopdocument.h"
#include "ui/files/recoverystore.h"
#include "ui/window/newworkshopdialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent>
#include <QTimer>

namespace cutline {

namespace {

constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentFiles");

QString workshopFilter()
{
    return MainWindow::tr("Cutline workshops (*.cutline);;CSV files (*.csv);;All files (*)");
}

QString lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".~%1.lock").arg(info.fileName()));
}

} // namespace

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("\"%1\" has changes that are not saved. Save them before closing it?")
            .arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_document->isReadOnly() ? saveAs() : save();
    return answer == QMessageBox::Discard;
}

void MainWindow::openWorkshop(const Workshop &workshop, const QString &path)
{
    releaseLock();
    if (m_recovery)
        m_recovery->discard(m_recoverySlot);
    m_document->setReadOnly(false);
    m_document->reset(workshop, path);
    if (!workshop.candidates.isEmpty())
        selectCandidate(workshop.candidates.first().id);
}

void MainWindow::newWorkshop()
{
    if (!maybeSave())
        return;
    // Asked first: a workshop at capacity 0 would show an empty plan without saying why.
    NewWorkshopDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openWorkshop(dialog.workshop(), QString());
}

bool MainWindow::openFile(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Open Workshop"), QString(), workshopFilter());
    if (path.isEmpty() || !maybeSave())
        return false;
    if (isCsvPath(path))
        return importCsv(path);
    const Result<Workshop> loaded = WorkshopFile::load(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot Open Workshop"), loaded.error());
        return false;
    }
    bool readOnly = false;
    if (!lockFile(path, &readOnly))
        return false;
    std::unique_ptr<QLockFile> lock = std::move(m_lock);
    openWorkshop(loaded.value(), QFileInfo(path).absoluteFilePath());
    m_lock = std::move(lock);
    m_document->setReadOnly(readOnly);
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::importCsv(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(),
                                            tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty() || (requested.isEmpty() && !maybeSave()))
        return false;
    const Result<CsvImport> imported = WorkshopCsv::read(path);
    if (!imported) {
        QMessageBox::warning(this, tr("Cannot Import CSV"), imported.error());
        return false;
    }
    openWorkshop(imported.value().workshop, QString());
    m_document->markUnsaved(); // an import is new work: nothing holds it yet
    if (!imported.value().warnings.isEmpty())
        QMessageBox::information(this, tr("Imported With Warnings"),
                                 imported.value().warnings.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Imported %n candidate(s) from %1.", nullptr,
                                int(imported.value().workshop.candidates.size()))
                                 .arg(QDir::toNativeSeparators(path)),
                             5000);
    return true;
}

bool MainWindow::lockFile(const QString &path, bool *readOnly)
{
    *readOnly = false;
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() != QLockFile::LockFailedError)
        return true; // the folder is not writable: nobody else can write the file here either
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    const auto answer = QMessageBox::question(
        this, tr("Workshop Already Open"),
        tr("%1 is already open in Cutline (process %2 on %3). Two people editing one file "
           "would overwrite each other's work.\n\nOpen it read-only?")
            .arg(QFileInfo(path).fileName())
            .arg(pid)
            .arg(host),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer != QMessageBox::Open)
        return false;
    *readOnly = true;
    return true;
}

void MainWindow::releaseLock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool MainWindow::writeTo(const QString &path)
{
    const Status saved = WorkshopFile::save(m_document->workshop(), path);
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot Save Workshop"), saved.error());
        return false;
    }
    m_document->markSaved();
    if (m_recovery)
        m_recovery->discard(m_recoverySlot);
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    return writeTo(m_document->filePath());
}

bool MainWindow::saveAs(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        const QString suggestion = m_document->filePath().isEmpty()
                                       ? m_document->displayName() + QStringLiteral(".cutline")
                                       : m_document->filePath();
        path = QFileDialog::getSaveFileName(this, tr("Save Workshop As"), suggestion,
                                            tr("Cutline workshops (*.cutline)"));
    }
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".cutline"), Qt::CaseInsensitive))
        path += QStringLiteral(".cutline");
    path = QFileInfo(path).absoluteFilePath();
    bool readOnly = false;
    if (path != m_document->filePath() || m_document->isReadOnly()) {
        std::unique_ptr<QLockFile> previous = std::move(m_lock);
        if (!lockFile(path, &readOnly) || readOnly) {
            if (readOnly)
                QMessageBox::warning(this, tr("Cannot Save Workshop"),
                                     tr("%1 is open in another Cutline; choose another name.")
                                         .arg(QFileInfo(path).fileName()));
            m_lock = std::move(previous);
            return false;
        }
        if (previous)
            previous->unlock();
    }
    if (!writeTo(path))
        return false;
    m_document->setFilePath(path);
    m_document->setReadOnly(false);
    addRecentFile(path);
    return true;
}

bool MainWindow::exportCsv(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"),
            m_document->displayName().section(QLatin1Char('.'), 0, 0) + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const Status written = WorkshopCsv::save(m_document->workshop(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Cannot Export CSV"), written.error());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportRecord(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        QString filter;
        path = QFileDialog::getSaveFileName(
            this, tr("Export Decision Record"),
            m_document->displayName().section(QLatin1Char('.'), 0, 0) +
                tr(" — decision record.pdf"),
            tr("PDF (*.pdf);;HTML for wikis (*.html);;Markdown for wikis (*.md)"), &filter);
    }
    if (path.isEmpty())
        return false;
    // Drawn on a worker from a copy of the workshop: the window stays responsive, and a
    // record that takes more than a moment shows that it is being written.
    QProgressDialog progress(tr("Writing the decision record…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const Workshop workshop = m_document->workshop();
    const QPageSize pageSize = defaultPageSize();
    QThreadPool pool; // not Qt's global one, which the plan and the odds may be busy with
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(&pool, [workshop, path, pageSize] {
        return DecisionRecord(workshop).write(path, pageSize);
    }));
    if (!watcher.isFinished())
        loop.exec();
    progress.reset();
    const Status written = watcher.result();
    if (!written) {
        QMessageBox::warning(this, tr("Cannot Export the Decision Record"), written.error());
        return false;
    }
    statusBar()->showMessage(
        tr("Wrote the decision record to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::previewRecord()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(defaultPageSize());
    printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Decision Record Preview"));
    const DecisionRecord record(m_document->workshop());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&record](QPrinter *target) { record.print(target); });
    preview.resize(1000, 800);
    preview.exec();
}

void MainWindow::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return;
    if (m_document->isModified() &&
        QMessageBox::question(
            this, tr("Revert to Saved"),
            tr("Discard every change since %1 was last saved?").arg(QFileInfo(path).fileName()),
            QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    const Result<Workshop> loaded = WorkshopFile::load(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot Revert"), loaded.error());
        return;
    }
    const bool readOnly = m_document->isReadOnly();
    m_document->reset(loaded.value(), path);
    m_document->setReadOnly(readOnly);
    if (m_recovery)
        m_recovery->discard(m_recoverySlot);
}

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->start(milliseconds);
}

void MainWindow::autosave()
{
    if (!m_recovery || !m_document->isModified())
        return;
    const Status saved =
        m_recovery->save(m_recoverySlot, m_document->workshop(), m_document->filePath());
    if (!saved)
        statusBar()->showMessage(saved.error(), 10000);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecentFiles));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(recent[i]).fileName()));
        action->setToolTip(recent[i]);
        const QString path = recent[i];
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_recovery)
        m_recovery->discard(m_recoverySlot);
    releaseLock();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".cutline"), Qt::CaseInsensitive) || isCsvPath(path)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Opening may show dialogs; let the drop finish first.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

} // namespace cutline
