// The tracker exports the tests read (tests/data/import) and small lookups on what they give.
#pragma once

#include "core/model/workshop.h"
#include "core/tracker/trackerimport.h"

#include <QByteArray>
#include <QString>

namespace cutline::test {

// The path of tests/data/import/`name`, and its bytes (empty if unreadable).
QString data(const QString &name);
QByteArray bytes(const QString &name);
// The import of `name`; a failed import ends the test run with its message.
TrackerImport importOk(const QString &name, const ImportSettings &settings = ImportSettings());
// The candidate with `key`; a missing one ends the test run.
const Candidate &byKey(const Workshop &w, const QString &key);
// Whether `from` requires `to`.
bool linked(const Workshop &w, const QString &from, const QString &to);

} // namespace cutline::test
