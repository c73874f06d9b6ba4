// Validation of a whole workshop: every rule a file or CSV must satisfy before Cutline uses it.
#pragma once

#include "core/model/workshop.h"

#include <QStringList>

#include <optional>

namespace cutline {

// Every problem that makes the workshop unusable, one message each, in candidate order:
// bad values, duplicate keys, links to unknown candidates, self-links, requires-cycles.
QStringList validateWorkshop(const Workshop &workshop);

// Why `capacity` is not a usable capacity, if it is not.
std::optional<QString> checkCapacity(double capacity);

// Why the link cannot be added to `workshop`, if it cannot: unknown candidate, self-link,
// an existing link, or (for requires) the cycle it would close, named.
std::optional<QString> checkNewLink(const Workshop &workshop, const Dependency &link);

} // namespace cutline
