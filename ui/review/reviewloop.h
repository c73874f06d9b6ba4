// ReviewLoop: the main window's part of the loop (issue 15) — the sign-off with bets, the
// banner that says reviews are due (never a blocking dialog), the Review menu and the export
// of review dates as a calendar.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QFrame;
class QLabel;
class QMainWindow;
class QMenu;
class QMenuBar;
class QWidget;

namespace cutline {

class WorkshopDocument;

class ReviewLoop : public QObject
{
    Q_OBJECT

public:
    ReviewLoop(QMainWindow *window, WorkshopDocument *document);

    // `central` with the reviews-due banner above it.
    QWidget *wrapCentral(QWidget *central);
    // Adds Export Review Dates to `file` and the Review menu before `before` (Help).
    void addMenus(QMenuBar *bar, QMenu *file, QMenu *before);

    // The sign-off dialog with the bets; true when the decider signed off.
    bool signOff();
    void reviewCandidates(int id = 0);
    void showCalibration();
    // Writes the review dates as .ics (asks where when `path` is empty); false on failure.
    bool exportReviewDates(const QString &path = QString());

    // The banner, for tests: shown while reviews are due and it was not dismissed.
    QFrame *banner() const { return m_banner; }
    QString bannerText() const;
    QAction *reviewAction() const { return m_review; }
    QAction *calibrationAction() const { return m_calibration; }
    QAction *exportAction() const { return m_export; }

private:
    void updateBanner();

    QMainWindow *m_window;
    WorkshopDocument *m_document;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    bool m_dismissed = false;
    QAction *m_review;
    QAction *m_calibration;
    QAction *m_export;
};

} // namespace cutline
