// WorkshopCsv: candidates to and from the CSV contract of DESIGN.md.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace cutline {

struct CsvImport
{
    Workshop workshop;
    QStringList warnings; // e.g. unknown columns; the import still succeeded
};

class WorkshopCsv
{
    Q_DECLARE_TR_FUNCTIONS(cutline::WorkshopCsv)

public:
    // Larger files are refused before being read into memory.
    static constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;

    // The contract's columns, in order, then the two Cutline adds so a round trip keeps
    // everything a candidate holds (tags, success_metric).
    static QStringList columns();

    // Every error found, one per line, each naming the file, line and column.
    static Result<CsvImport> parse(const QByteArray &bytes, const QString &fileName);
    static Result<CsvImport> read(const QString &path);

    static QByteArray write(const Workshop &workshop);
    static Status save(const Workshop &workshop, const QString &path);
};

} // namespace cutline
