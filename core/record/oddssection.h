// The decision record's section on the odds (issue 14): how likely the plan fits, each
// candidate's share of sampled optima with its band and flip margins, the seed and sample count.
#pragma once

#include "core/record/recordcontent.h"

namespace cutline {

// Says so in a sentence when no estimate has a range or the ranges cannot be sampled.
Section oddsSection(const Workshop &workshop);

} // namespace cutline
