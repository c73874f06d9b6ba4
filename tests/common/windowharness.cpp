#include "tests/common/windowharness.h"

#include "ui/document/workshopdocument.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace cutline::test {

void WindowHarness::setUpHarness()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CutlineTests"));
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Marcus Lindqvist"));
    m_shots = qEnvironmentVariable("CUTLINE_SHOTS", m_dir.path());
}

void WindowHarness::closeWindows()
{
    for (MainWindow *w : std::as_const(m_windows)) {
        w->document()->markSaved();
        w->close();
        delete w;
    }
    m_windows.clear();
    qDeleteAll(findChildren<QTimer *>());
}

void WindowHarness::onNextDialog(std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        answer(dialog);
    });
    timer->start();
}

MainWindow *WindowHarness::newWindow()
{
    auto *window = new MainWindow;
    window->resize(1280, 800);
    window->show();
    m_windows.append(window);
    return window;
}

void WindowHarness::shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
}

QString WindowHarness::pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace cutline::test
