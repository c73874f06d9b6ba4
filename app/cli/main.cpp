// cutline-cli: the headless command line over Cutline's core.
#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>

namespace cutline::cli {
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makePlanCommand();
std::unique_ptr<Command> makeOddsCommand(); // issue 14

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makePlanCommand());
    commands.push_back(makeOddsCommand()); // issue 14
    commands.push_back(makeCheckCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeExportCommand());
    return commands;
}
} // namespace cutline::cli

namespace {

// Messages in the user's language; English is the fallback (it carries the plural forms).
void installTranslator(QCoreApplication &application)
{
    auto *own = new QTranslator(&application);
    if (own->load(QLocale(), QStringLiteral("cutline"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/cutline_en")))
        QCoreApplication::installTranslator(own);
}

int overview(QTextStream &stream, const std::vector<std::unique_ptr<cutline::cli::Command>> &all)
{
    stream << QCoreApplication::translate("cutline::cli",
                                          "Usage: cutline-cli COMMAND [options] FILE\n\n"
                                          "Commands:\n");
    for (const auto &command : all)
        stream << "  " << command->name().leftJustified(8) << command->summary() << '\n';
    stream << QCoreApplication::translate(
        "cutline::cli", "\nRun 'cutline-cli COMMAND --help' for a command's options.\n"
                        "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 infeasible "
                        "plan.\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The CLI never opens a window, but drawing a PDF or an SVG needs fonts, hence a GUI
    // application; it draws offscreen unless told otherwise, with or without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    installTranslator(application);
    QCoreApplication::setApplicationName(QStringLiteral("cutline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUTLINE_VERSION));
    const auto commands = cutline::cli::allCommands();
    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2) {
        overview(err, commands);
        return cutline::cli::UsageError;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help"))
        return overview(out, commands);
    if (name == QLatin1String("--version")) {
        out << "cutline-cli " << CUTLINE_VERSION << '\n';
        return 0;
    }
    for (const auto &command : commands) {
        if (command->name() == name) {
            args.removeAt(1);
            return command->execute(args);
        }
    }
    err << QCoreApplication::translate("cutline::cli", "cutline-cli: unknown command \"%1\".\n\n")
               .arg(name);
    overview(err, commands);
    return cutline::cli::UsageError;
}
