// WorkshopTables: moves a Workshop into and out of the tables of the current schema.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

namespace cutline {

class MemoryDatabase;

// Writes the workshop into a database that holds the empty current schema.
Status writeWorkshopTables(MemoryDatabase &db, const Workshop &workshop);

// Reads the workshop back; values are not validated here (see validateWorkshop) except
// those that could not be represented at all (a kind Cutline does not know, text in a number).
Result<Workshop> readWorkshopTables(MemoryDatabase &db);

} // namespace cutline
