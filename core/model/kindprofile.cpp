#include "core/model/kindprofile.h"

#include <QCoreApplication>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::KindProfile)
};

} // namespace

QList<WhyPrompt> whyPrompts(Kind kind)
{
    switch (kind) {
    case Kind::Product:
        return {
            {Field::Problem, Text::tr("Problem"), Text::tr("What problem does this solve?"), true},
            {Field::Beneficiary, Text::tr("Who it helps"),
             Text::tr("Which users or customers feel it?"), true},
            {Field::Metric, Text::tr("Metric it moves"),
             Text::tr("Conversion, retention, activation, revenue, engagement, or one of the "
                      "workshop's goals?"),
             true},
            {Field::Outcome, Text::tr("Expected outcome"), Text::tr("What changes, by how much?"),
             true},
            {Field::IfNotDone, Text::tr("Cost of not doing it"),
             Text::tr("What happens if we do not build it?"), true},
        };
    case Kind::Platform:
        return {
            {Field::Beneficiary, Text::tr("Internal users"),
             Text::tr("Which teams will build on it?"), true},
            {Field::Metric, Text::tr("Adoption measure"),
             Text::tr("How will we know they adopted it?"), true},
            {Field::Problem, Text::tr("Problem"), Text::tr("What slows those teams down today?"),
             false},
            {Field::Outcome, Text::tr("Expected outcome"), Text::tr("What gets faster or safer?"),
             false},
            {Field::IfNotDone, Text::tr("Cost of not doing it"),
             Text::tr("What happens if we wait?"), false},
        };
    case Kind::Compliance:
        return {
            {Field::Problem, Text::tr("Rule"),
             Text::tr("Which rule, regulation or contract requires it?"), true},
            {Field::IfNotDone, Text::tr("Deadline and consequence"),
             Text::tr("By when, and what happens if we miss it?"), true},
            {Field::Beneficiary, Text::tr("Who it affects"),
             Text::tr("Who is exposed if we are not compliant?"), false},
            {Field::Outcome, Text::tr("Expected outcome"),
             Text::tr("What evidence shows we comply?"), false},
        };
    case Kind::Research:
        return {
            {Field::Problem, Text::tr("Question"), Text::tr("What question must this answer?"),
             true},
            {Field::Outcome, Text::tr("Time box"),
             Text::tr("How long at most, and what do we know after?"), true},
            {Field::Beneficiary, Text::tr("Who needs the answer"),
             Text::tr("Which decision waits on it?"), false},
            {Field::Metric, Text::tr("Metric it informs"),
             Text::tr("Which metric would the answer move?"), false},
        };
    case Kind::Stabilization:
        return {
            {Field::Problem, Text::tr("Incidents or pain removed"),
             Text::tr("Which incidents, pages or toil does this end?"), true},
            {Field::Beneficiary, Text::tr("Who feels the pain"),
             Text::tr("Customers, on-call, support?"), false},
            {Field::Metric, Text::tr("Reliability measure"),
             Text::tr("Incidents per month, error rate, time to recover?"), false},
            {Field::IfNotDone, Text::tr("Cost of not doing it"),
             Text::tr("What keeps breaking if we wait?"), false},
        };
    }
    Q_UNREACHABLE();
    return {};
}

QList<WhyPrompt> missingWhy(const Candidate &candidate)
{
    QList<WhyPrompt> missing;
    for (const WhyPrompt &p : whyPrompts(candidate.kind))
        if (p.required && fieldValue(candidate, p.field).toString().trimmed().isEmpty())
            missing.append(p);
    return missing;
}

bool mandatoryByDefault(Kind kind)
{
    return kind == Kind::Compliance;
}

} // namespace cutline
