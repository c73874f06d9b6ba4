// WorkshopIo: reads a workshop from either kind of file a user hands us (.cutline or .csv).
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QStringList>

namespace cutline {

struct LoadedWorkshop
{
    Workshop workshop;
    QStringList warnings;
};

// By extension: .csv is imported, anything else is opened as a .cutline file.
Result<LoadedWorkshop> loadWorkshop(const QString &path);
bool isCsvPath(const QString &path);

} // namespace cutline
