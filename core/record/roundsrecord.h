// The decision record's "Rounds" section (issue 12): each candidate's blind rounds — ballots,
// spread per input, outcome — and how a divergence was resolved.
#pragma once

#include "core/record/recordcontent.h"

#include <optional>

namespace cutline {

// nullopt when the workshop had no rounds.
std::optional<Section> roundsSection(const Workshop &workshop);

// One round of one candidate as the record says it, for the section and for tests:
// "impact: median 5, IQR 4–7, 2–9, diverged" per input.
QStringList roundSpreadLines(const Workshop &workshop, const RoomRound &round, int candidateId);
// "accepted impact 5 (median), effort 4 (geometric mean)", "overridden to effort 8: reason",
// or "no outcome".
QString roundOutcomeText(const Workshop &workshop, const RoomRound &round, int candidateId);
// "C-1: diverged in round 1 (impact), resolved by …"; empty when it never diverged.
QString divergenceResolution(const Workshop &workshop, int candidateId);

} // namespace cutline
