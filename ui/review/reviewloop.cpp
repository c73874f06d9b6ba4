#include "ui/review/reviewloop.h"

#include "core/review/loop.h"
#include "core/review/reviewcalendar.h"
#include "ui/document/workshopdocument.h"
#include "ui/review/calibrationdialog.h"
#include "ui/review/reviewdialog.h"
#include "ui/review/signoffdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cutline {

ReviewLoop::ReviewLoop(QMainWindow *window, WorkshopDocument *document)
    : QObject(window), m_window(window), m_document(document)
{
    const auto make = [window](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, window);
        if (!key.isEmpty())
            action->setShortcut(key);
        QObject::connect(action, &QAction::triggered, window, slot);
        window->addAction(action);
        return action;
    };
    m_review = make(tr("&Review Candidates…"), QKeySequence(tr("Ctrl+Alt+V")),
                    [this] { reviewCandidates(); });
    m_calibration =
        make(tr("&Calibration…"), QKeySequence(tr("Ctrl+Alt+K")), [this] { showCalibration(); });
    m_export = make(tr("Export Review &Dates…"), QKeySequence(), [this] { exportReviewDates(); });
    // A newly opened file gets its banner again; edits (a review saved) only update it.
    connect(document, &WorkshopDocument::workshopReset, this, [this] {
        m_dismissed = false;
        updateBanner();
    });
    connect(document, &WorkshopDocument::candidateDetailsChanged, this, &ReviewLoop::updateBanner);
    connect(document, &WorkshopDocument::candidateChanged, this, &ReviewLoop::updateBanner);
    connect(document, &WorkshopDocument::settingsChanged, this, &ReviewLoop::updateBanner);
}

QWidget *ReviewLoop::wrapCentral(QWidget *central)
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("reviewsDueBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("#reviewsDueBanner { background: #fff4ce; "
                                           "border: 1px solid #e0c060; border-radius: 3px; }"));
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    auto *now = new QPushButton(tr("Review &Now"));
    connect(now, &QPushButton::clicked, this, [this] { reviewCandidates(); });
    auto *dismiss = new QToolButton;
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Hide until the file is opened again"));
    dismiss->setAccessibleName(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, this, [this] {
        m_dismissed = true;
        updateBanner();
    });
    auto *row = new QHBoxLayout(m_banner);
    row->setContentsMargins(10, 4, 4, 4);
    row->addWidget(m_bannerText, 1);
    row->addWidget(now);
    row->addWidget(dismiss);
    m_banner->hide();

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(central, 1);
    return page;
}

void ReviewLoop::addMenus(QMenuBar *bar, QMenu *file, QMenu *before)
{
    // Beside the record's export: before the separator that sets Quit apart.
    QAction *lastSeparator = nullptr;
    for (QAction *action : file->actions())
        if (action->isSeparator())
            lastSeparator = action;
    file->insertAction(lastSeparator, m_export);
    auto *menu = new QMenu(tr("Re&view"), bar);
    menu->addActions({m_review, m_calibration});
    menu->addSeparator();
    menu->addAction(m_export);
    bar->insertMenu(before->menuAction(), menu);
}

QString ReviewLoop::bannerText() const
{
    return m_bannerText ? m_bannerText->text() : QString();
}

void ReviewLoop::updateBanner()
{
    if (!m_banner)
        return;
    const QString due = dueReviewsMessage(m_document->workshop(), QDate::currentDate());
    m_bannerText->setText(
        due.isEmpty() ? QString()
                      : due + QLatin1Char(' ') +
                            tr("Their review dates have come: record what shipped and whether "
                               "the metric moved."));
    m_banner->setVisible(!due.isEmpty() && !m_dismissed);
}

bool ReviewLoop::signOff()
{
    SignOffDialog dialog(m_document->workshop(), m_window);
    QString refused;
    connect(m_document, &WorkshopDocument::editRefused, &dialog,
            [&refused](const QString &message) { refused = message; });
    // A refused bet keeps the dialog open with the problem, and the bets as typed.
    while (dialog.exec() == QDialog::Accepted) {
        refused.clear();
        if (m_document->signOff(dialog.bets()))
            return true;
        dialog.showProblem(refused);
    }
    return false;
}

void ReviewLoop::reviewCandidates(int id)
{
    ReviewDialog dialog(m_document, id, m_window);
    dialog.exec();
}

void ReviewLoop::showCalibration()
{
    CalibrationDialog dialog(m_document->workshop(), m_window);
    dialog.exec();
}

bool ReviewLoop::exportReviewDates(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            m_window, tr("Export Review Dates"),
            m_document->displayName().section(QLatin1Char('.'), 0, 0) + tr(" — reviews.ics"),
            tr("Calendar (*.ics)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QStringLiteral(".ics");
    const Status written = writeReviewCalendar(m_document->workshop(), path);
    if (!written) {
        QMessageBox::warning(m_window, tr("Cannot Export the Review Dates"), written.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote the review dates to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

} // namespace cutline
