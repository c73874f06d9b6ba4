// Dependency analysis over the requires-links (Boost.Graph): cycles, and cycles an edit would
// close.
#pragma once

#include "core/model/workshop.h"

#include <QStringList>

#include <optional>

namespace cutline {

// A requires-cycle as keys, first key repeated at the end: {"C-3", "C-7", "C-3"}.
using Cycle = QStringList;

// The first requires-cycle found (deterministic: candidates in workshop order), if any.
std::optional<Cycle> findRequiresCycle(const Workshop &workshop);

// The cycle that "from requires to" would close, if it would; a self-link is a cycle too.
std::optional<Cycle> cycleIfRequires(const Workshop &workshop, int from, int to);

// "C-3 → C-7 → C-3"
QString formatCycle(const Cycle &cycle);

} // namespace cutline
