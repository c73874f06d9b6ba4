// cutline: the desktop application.
#include "core/sample/sampleworkshop.h"
#include "ui/document/workshopdocument.h"
#include "ui/files/recoverystore.h"
#include "ui/room/roomcontroller.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>

using namespace cutline;

namespace {

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English is the fallback: it carries the plural forms ("1 candidate", "2 candidates").
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("cutline"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/cutline_en")))
        QApplication::installTranslator(own);
}

// Offers back work that a crashed or killed Cutline left unsaved; never writes the user's file.
void offerRecovery(RecoveryStore &store, MainWindow *first)
{
    for (const RecoveredWorkshop &r : store.orphans()) {
        const QString name = r.originalPath.isEmpty() ? r.workshop.title : r.originalPath;
        const auto answer = QMessageBox::question(
            first, QApplication::translate("main", "Recover Unsaved Work"),
            QApplication::translate("main",
                                    "Cutline closed unexpectedly. Unsaved work on \"%1\" from "
                                    "%2 was kept.\n\nRestore it? Your file is not changed until "
                                    "you save.")
                .arg(name, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            MainWindow *window = first;
            if (!first->document()->workshop().candidates.isEmpty() ||
                first->document()->isModified()) {
                window = new MainWindow(&store);
                window->show();
            }
            window->openWorkshop(r.workshop, r.originalPath);
            window->document()->markUnsaved();
        }
        RecoveryStore::remove(r);
    }
}

// `--room`: opens the room and prints its address on one flushed line for scripts.
bool openRoomOnStart(MainWindow *window)
{
    QTextStream err(stderr);
    if (window->document()->workshop().candidates.isEmpty()) {
        err << QApplication::translate("main", "cutline: --room needs a workshop with "
                                               "candidates (a file or --sample).")
            << Qt::endl;
        return false;
    }
    const QUrl url = window->openRoom(true);
    if (url.isEmpty()) {
        err << QApplication::translate("main", "cutline: the room could not be opened.")
            << Qt::endl;
        return false;
    }
    if (window->room()->address().loopback)
        err << QApplication::translate("main", "cutline: no network is connected; the room "
                                               "listens on 127.0.0.1, so only this computer "
                                               "can join.")
            << Qt::endl;
    // The facilitator's own terminal may know the PIN: the address carries it after "#pin=",
    // which browsers never send to the server. The projector's address never carries it.
    QUrl withPin = url;
    withPin.setFragment(QStringLiteral("pin=") + window->room()->pin());
    QTextStream out(stdout);
    out << "Join: " << withPin.toString() << Qt::endl; // Qt::endl flushes
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version need no window: answer them without a display too.
    const bool answersOnly = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return qstrcmp(arg, "--help") == 0 || qstrcmp(arg, "-h") == 0 ||
               qstrcmp(arg, "--version") == 0 || qstrcmp(arg, "-v") == 0;
    });
    if (answersOnly && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cutline"));
    QApplication::setOrganizationName(QStringLiteral("Cutline"));
    QApplication::setApplicationVersion(QStringLiteral(CUTLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cutline.Cutline"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cutline.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Trade-off and prioritization workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        QApplication::translate("main", "Open the bundled sample workshop."));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QApplication::translate("main", "Start in presentation mode: the plan, full screen, for a "
                                        "room (Esc leaves it)."));
    const QCommandLineOption room(
        QStringLiteral("room"),
        QApplication::translate("main", "Open the room on start: phones join and score the "
                                        "undecided candidates in a blind sweep round, revealed "
                                        "when everyone has voted. Prints \"Join: URL\"."));
    parser.addOptions({sample, presentation, room});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A .cutline or .csv file."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    RecoveryStore recovery;
    auto *window = new MainWindow(&recovery);
    window->show();
    if (parser.isSet(sample))
        window->openWorkshop(sampleWorkshop(), QString());
    else if (!parser.positionalArguments().isEmpty())
        window->openFile(parser.positionalArguments().first());
    if (parser.isSet(presentation))
        window->setPresentationMode(true);
    if (parser.isSet(room) && !openRoomOnStart(window))
        return 1;
    offerRecovery(recovery, window);
    return app.exec();
}
