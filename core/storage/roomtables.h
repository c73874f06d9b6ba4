// RoomTables: the tables of the room: rounds, ballots, participants' names (or not) and overrides
// (issue 12). Part of schema version 3; schema.cpp creates them and workshoptables.cpp calls
// write/read.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QStringList>

namespace cutline {

class MemoryDatabase;

namespace roomtables {

// CREATE TABLE statements, added by schema version 3 (and by the migration from 2).
QStringList ddl();

// Writes this part of the workshop into tables created by ddl().
Status write(MemoryDatabase &db, const Workshop &workshop);

// Reads this part back into a workshop whose candidates are already read.
Status read(MemoryDatabase &db, Workshop &workshop);

} // namespace roomtables
} // namespace cutline
