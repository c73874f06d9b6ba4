// Schema: the .cutline file's tables for each schema version, and the steps between versions.
#pragma once

#include "core/result.h"

#include <QStringList>

namespace cutline {

class MemoryDatabase;

namespace schema {

// "CutL": marks an SQLite file as a Cutline workshop (PRAGMA application_id).
constexpr quint32 kApplicationId = 0x4375744C;
constexpr int kCurrentVersion = 3;
constexpr int kOldestVersion = 1;

// The statements that create schema version `version` exactly as Cutline writes it.
QStringList statements(int version);

// Creates the current schema in an empty database and stamps its ids.
Status create(MemoryDatabase &db);

// Migrates a database at `version` (< kCurrentVersion) to the current version, in memory.
Status migrate(MemoryDatabase &db, int version);

} // namespace schema
} // namespace cutline
