// Rounds of the room (issue 12): blind ballots on candidates, their reveal and outcome.
#pragma once

#include <QList>

namespace cutline {

struct RoomRound
{
    bool operator==(const RoomRound &) const = default;
};

} // namespace cutline
