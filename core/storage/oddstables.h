// OddsTables: the tables of odds: the seed, sample count, capacity range and shared optimism of the
// Monte Carlo (issue 14), and candidates' value ranges. Part of schema version 3; schema.cpp
// creates them and workshoptables.cpp calls write/read.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QStringList>

namespace cutline {

class MemoryDatabase;

namespace oddstables {

// CREATE TABLE statements, added by schema version 3 (and by the migration from 2).
QStringList ddl();

// Writes this part of the workshop into tables created by ddl().
Status write(MemoryDatabase &db, const Workshop &workshop);

// Reads this part back into a workshop whose candidates are already read.
Status read(MemoryDatabase &db, Workshop &workshop);

} // namespace oddstables
} // namespace cutline
