#include "core/model/kindprofile.h"

#include <QCoreApplication>

namespace cutline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cutline", text);
}

} // namespace

QList<WhyPrompt> whyPrompts(Kind kind)
{
    switch (kind) {
    case Kind::Product:
        return {
            {Field::Problem, tr("Problem"), tr("What problem does this solve?"), true},
            {Field::Beneficiary, tr("Who it helps"), tr("Which users or customers feel it?"), true},
            {Field::Metric, tr("Metric it moves"),
             tr("Conversion, retention, activation, revenue, engagement, or one of the "
                "workshop's goals?"),
             true},
            {Field::Outcome, tr("Expected outcome"), tr("What changes, by how much?"), true},
            {Field::IfNotDone, tr("Cost of not doing it"),
             tr("What happens if we do not build it?"), true},
        };
    case Kind::Platform:
        return {
            {Field::Beneficiary, tr("Internal users"), tr("Which teams will build on it?"), true},
            {Field::Metric, tr("Adoption measure"), tr("How will we know they adopted it?"), true},
            {Field::Problem, tr("Problem"), tr("What slows those teams down today?"), false},
            {Field::Outcome, tr("Expected outcome"), tr("What gets faster or safer?"), false},
            {Field::IfNotDone, tr("Cost of not doing it"), tr("What happens if we wait?"), false},
        };
    case Kind::Compliance:
        return {
            {Field::Problem, tr("Rule"), tr("Which rule, regulation or contract requires it?"),
             true},
            {Field::IfNotDone, tr("Deadline and consequence"),
             tr("By when, and what happens if we miss it?"), true},
            {Field::Beneficiary, tr("Who it affects"),
             tr("Who is exposed if we are not compliant?"), false},
            {Field::Outcome, tr("Expected outcome"), tr("What evidence shows we comply?"), false},
        };
    case Kind::Research:
        return {
            {Field::Problem, tr("Question"), tr("What question must this answer?"), true},
            {Field::Outcome, tr("Time box"), tr("How long at most, and what do we know after?"),
             true},
            {Field::Beneficiary, tr("Who needs the answer"), tr("Which decision waits on it?"),
             false},
            {Field::Metric, tr("Metric it informs"), tr("Which metric would the answer move?"),
             false},
        };
    case Kind::Stabilization:
        return {
            {Field::Problem, tr("Incidents or pain removed"),
             tr("Which incidents, pages or toil does this end?"), true},
            {Field::Beneficiary, tr("Who feels the pain"), tr("Customers, on-call, support?"),
             false},
            {Field::Metric, tr("Reliability measure"),
             tr("Incidents per month, error rate, time to recover?"), false},
            {Field::IfNotDone, tr("Cost of not doing it"), tr("What keeps breaking if we wait?"),
             false},
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
