// Dependency graphs for tests: a hand-checked diamond and random DAGs.
#pragma once

#include "core/model/workshop.h"

namespace cutline::test {

// C-1 ← C-2 ← C-4, C-1 ← C-3 ← C-4, C-4 ← C-5, C-1 ← C-5; C-6 excludes C-3.
// ("←": is required by.) Efforts 2 5 1 3 4 1, impacts 1 … 6.
Workshop diamond();

// n candidates; each after the first requires up to two earlier ones at random.
Workshop randomDag(int n, quint32 seed);

} // namespace cutline::test
