// The decision record's loop content (issue 15): the bets beside the committed candidates, and
// the addendum of reviews and calibration that follows the signed content, marked as added
// after the sign-off. The signed sections themselves never change because of a review.
#pragma once

#include "core/record/recordcontent.h"

#include <optional>

namespace cutline {

// The bets taken at sign-off, one row per committed candidate with a bet; nullopt when none.
std::optional<Table> betsTable(const Workshop &workshop);

// The addendum: reviews and calibration, each section titled as an addendum; empty while no
// candidate is reviewed.
QList<Section> addendumSections(const Workshop &workshop);

// The calibration part of the addendum (also what the Calibration dialog shows): the status
// line, and once enough candidates are reviewed, the figures and the suggestions.
Section calibrationSection(const Workshop &workshop);

// The addendum's opening line: added after the sign-off of …, last review on …
QString addendumNote(const Workshop &workshop);

} // namespace cutline
