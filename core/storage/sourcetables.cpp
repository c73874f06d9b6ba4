#include "core/storage/sourcetables.h"

#include "core/storage/memorydatabase.h"

namespace cutline::sourcetables {

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

} // namespace cutline::sourcetables
