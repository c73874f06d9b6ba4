// Fixtures: workshops built in code for tests, with every field filled.
#pragma once

#include "core/model/workshop.h"

namespace cutline::test {

// A workshop whose candidates use every field, kind and decision, with links of both types.
Workshop fullWorkshop(int candidates = 6);

// Reads a whole file (empty when it cannot be read).
QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);

} // namespace cutline::test
