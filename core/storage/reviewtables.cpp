#include "core/storage/reviewtables.h"

#include "core/storage/memorydatabase.h"

namespace cutline::reviewtables {

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

} // namespace cutline::reviewtables
