#include "app/cli/command.h"

#include "core/model/validation.h"

#include <QCoreApplication>
#include <QLocale>

namespace cutline::cli {

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Command::usage(const QString &message)
{
    err() << "cutline-cli " << name() << ": " << message << "\n\n" << m_help;
    err().flush();
    return UsageError;
}

std::optional<LoadedWorkshop> Command::load(const QString &path, bool keepWarnings)
{
    Result<LoadedWorkshop> loaded = loadWorkshop(path);
    if (!loaded) {
        err() << loaded.error() << '\n';
        return std::nullopt;
    }
    if (!keepWarnings)
        warn(loaded.value().warnings);
    return std::move(loaded).value();
}

void Command::warn(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        err() << QCoreApplication::translate("cutline::cli", "warning: %1").arg(warning) << '\n';
}

bool Command::capacityOption(const QCommandLineParser &parser, std::optional<double> &capacity)
{
    if (!parser.isSet(QStringLiteral("capacity")))
        return true;
    bool ok = false;
    const QString text = parser.value(QStringLiteral("capacity"));
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok) {
        usage(QCoreApplication::translate("cutline::cli", "--capacity \"%1\" is not a number.")
                  .arg(text));
        return false;
    }
    if (auto problem = checkCapacity(value)) {
        usage(*problem);
        return false;
    }
    capacity = value;
    return true;
}

int Command::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cutline::cli", "Show this help."));
    parser.addOption(help);
    configure(parser);
    m_help = parser.helpText().replace(QStringLiteral("[options]"),
                                       name() + QStringLiteral(" [options]"));
    m_help.replace(QCoreApplication::applicationFilePath(), QStringLiteral("cutline-cli"));
    QStringList args = arguments;
    if (!args.isEmpty())
        args[0] = QStringLiteral("cutline-cli"); // the help shows the name, not a build path
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out() << m_help;
        out().flush();
        return Success;
    }
    const int code = run(parser);
    out().flush();
    err().flush();
    return code;
}

} // namespace cutline::cli
