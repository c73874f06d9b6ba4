#include "core/workshopio.h"

#include "core/csv/workshopcsv.h"
#include "core/storage/workshopfile.h"

namespace cutline {

bool isCsvPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

Result<LoadedWorkshop> loadWorkshop(const QString &path)
{
    if (isCsvPath(path)) {
        Result<CsvImport> imported = WorkshopCsv::read(path);
        if (!imported)
            return imported.failure();
        return LoadedWorkshop{std::move(imported.value().workshop), imported.value().warnings};
    }
    Result<Workshop> opened = WorkshopFile::load(path);
    if (!opened)
        return opened.failure();
    return LoadedWorkshop{std::move(opened).value(), {}};
}

} // namespace cutline
