// What the window tests share: main windows opened and closed for each test, modal dialogs
// answered from a timer, pictures kept to look at, and a PDF's text.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>

class QDialog;
class QWidget;

namespace cutline {
class MainWindow;
}

namespace cutline::test {

class WindowHarness : public QObject
{
public:
    // Test mode for settings and paths, the signing user's name, and where pictures go
    // (CUTLINE_SHOTS, else the temporary directory).
    void setUpHarness();
    // Closes and deletes every window newWindow() opened (unsaved changes dropped).
    void closeWindows();
    // Answers the next modal dialog (not a message box) with `answer`; a failed check inside
    // it still closes the dialog, so the test ends.
    void onNextDialog(std::function<void(QDialog *)> answer);
    // A shown 1280 × 800 main window, closed by closeWindows().
    MainWindow *newWindow();
    // Saves `widget`'s picture as `name`.png where the pictures go.
    void shoot(QWidget *widget, const QString &name);
    // The PDF's text (pdftotext), with wrapped lines compared as single spaces.
    static QString pdfText(const QString &path);

protected:
    QList<MainWindow *> m_windows;
    QTemporaryDir m_dir;
    QString m_shots;
};

} // namespace cutline::test
