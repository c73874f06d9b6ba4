// WorkshopFile: opens and saves .cutline files — untrusted on the way in, atomic on the way out.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cutline {

class WorkshopFile
{
    Q_DECLARE_TR_FUNCTIONS(cutline::WorkshopFile)

public:
    // Files larger than this are refused before being read into memory.
    static constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;

    // Reads a workshop. Never writes to, locks or creates anything next to `path`; every
    // failure is a message that names the file and says what is wrong with it.
    static Result<Workshop> load(const QString &path);

    // Writes the complete workshop beside `path`, syncs it and renames it into place, so a
    // crash leaves the old file or the new one. Refuses a workshop that does not validate.
    static Status save(const Workshop &workshop, const QString &path);

    // The same, on bytes: what load and save read and write. `name` appears in messages.
    static Result<Workshop> fromImage(const QByteArray &image, const QString &name);
    static Result<QByteArray> toImage(const Workshop &workshop);
};

} // namespace cutline
