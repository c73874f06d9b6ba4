// KindProfile: what "why" each kind of work must give — the prompts and which are required.
#pragma once

#include "core/model/candidate.h"
#include "core/model/field.h"

#include <QList>
#include <QString>

namespace cutline {

struct WhyPrompt
{
    Field field;
    QString label;  // e.g. "Internal users" for platform work's beneficiary
    QString prompt; // a question a facilitator can read out
    bool required;
};

// The why fields of a kind, in the order to ask them.
QList<WhyPrompt> whyPrompts(Kind kind);

// The required why fields this candidate leaves empty.
QList<WhyPrompt> missingWhy(const Candidate &candidate);

// Compliance work is mandatory unless the workshop says otherwise.
bool mandatoryByDefault(Kind kind);

} // namespace cutline
