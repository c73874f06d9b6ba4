// ReviewTables: the tables of the loop: bets at sign-off and reviews after shipping (issue 15).
// Part of schema version 3; schema.cpp creates them and workshoptables.cpp calls write/read.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QStringList>

namespace cutline {

class MemoryDatabase;

namespace reviewtables {

// CREATE TABLE statements, added by schema version 3 (and by the migration from 2).
QStringList ddl();

// Writes this part of the workshop into tables created by ddl().
Status write(MemoryDatabase &db, const Workshop &workshop);

// Reads this part back into a workshop whose candidates are already read.
Status read(MemoryDatabase &db, Workshop &workshop);

} // namespace reviewtables
} // namespace cutline
