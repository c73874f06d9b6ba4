// The sample workshop shipped in the resources: a B2B invoicing service planning a quarter.
#pragma once

#include "core/model/workshop.h"

namespace cutline {

// Built from :/samples/ledgerly-2027-q1.csv (candidates) and .ini (workshop settings).
Workshop sampleWorkshop();

} // namespace cutline
