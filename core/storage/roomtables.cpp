#include "core/storage/roomtables.h"

#include "core/storage/memorydatabase.h"

namespace cutline::roomtables {

QStringList ddl()
{
    return {};
}

Status write(MemoryDatabase &, const Workshop &)
{
    return success();
}

Status read(MemoryDatabase &, Workshop &)
{
    return success();
}

} // namespace cutline::roomtables
