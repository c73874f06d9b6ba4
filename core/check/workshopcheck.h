// WorkshopCheck: what a valid workshop still asks of its people — missing whys, decisions that
// contradict the links or the mandatory flag.
#pragma once

#include "core/model/workshop.h"

#include <QList>
#include <QString>

namespace cutline {

struct Finding
{
    enum class Kind
    {
        MissingWhy,
        MandatoryLeftOut,
        MissingPrerequisite,
        BothAlternatives
    };
    Kind kind;
    int candidateId;
    QString message; // names the candidate and what to do
};

QList<Finding> checkWorkshop(const Workshop &workshop);

} // namespace cutline
