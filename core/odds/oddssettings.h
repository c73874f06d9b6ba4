// OddsSettings: how a workshop's odds are sampled (issue 14). Stored with the workshop so the
// same file gives the same numbers on every machine.
#pragma once

#include <QtGlobal>

#include <optional>

namespace cutline {

struct OddsSettings
{
    quint64 seed = 1;
    int samples = 2000;
    bool operator==(const OddsSettings &) const = default;
};

} // namespace cutline
