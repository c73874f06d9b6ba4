// Command: one cutline-cli subcommand — parses its arguments and calls into core.
#pragma once

#include "core/workshopio.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cutline::cli {

enum ExitCode
{
    Success = 0,
    InvalidInput = 1,
    UsageError = 2,
    Infeasible = 3
};

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the program name, then the command's own arguments.
    int execute(const QStringList &arguments);

protected:
    virtual void configure(QCommandLineParser &parser) = 0;
    virtual int run(const QCommandLineParser &parser) = 0;

    // Messages for people go to stderr; results to stdout.
    static QTextStream &out();
    static QTextStream &err();
    int usage(const QString &message);
    // Loads the workshop a command reads (.cutline or .csv), the one place the CLI does so:
    // on failure the message goes to stderr and the result is empty (exit InvalidInput).
    // Reading warnings (a CSV's unknown columns) go to stderr unless `keepWarnings` is set
    // because the command reports them itself.
    std::optional<LoadedWorkshop> load(const QString &path, bool keepWarnings = false);
    // Prints "warning: …" lines on stderr.
    static void warn(const QStringList &warnings);
    // Reads --capacity if given; false (after a usage message) if it is not a number.
    bool capacityOption(const QCommandLineParser &parser, std::optional<double> &capacity);

private:
    QString m_help;
};

} // namespace cutline::cli
