#include "core/storage/oddstables.h"

#include "core/storage/memorydatabase.h"

namespace cutline::oddstables {

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

} // namespace cutline::oddstables
