#include "core/check/workshopcheck.h"

#include "core/model/kindprofile.h"

#include <QCoreApplication>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::WorkshopCheck)
};

QString leftOutWord(Decision d)
{
    return d == Decision::Drop ? Text::tr("dropped") : Text::tr("deferred");
}

} // namespace

QList<Finding> checkWorkshop(const Workshop &w)
{
    QList<Finding> findings;
    for (const Candidate &c : w.candidates) {
        const QList<WhyPrompt> missing = missingWhy(c);
        if (!missing.isEmpty()) {
            QStringList labels;
            for (const WhyPrompt &p : missing)
                labels.append(p.label.toLower());
            findings.append({Finding::Kind::MissingWhy, c.id,
                             Text::tr("%1 \"%2\" (%3) has no %4.")
                                 .arg(c.key, c.title, kindName(c.kind).toLower(),
                                      labels.join(Text::tr(", ")))});
        }
        if (c.mandatory && isLeftOut(c.decision))
            findings.append(
                {Finding::Kind::MandatoryLeftOut, c.id,
                 Text::tr("%1 is mandatory but was %2.").arg(c.key, leftOutWord(c.decision))});
    }
    for (const Dependency &d : w.dependencies) {
        const Candidate *from = w.candidate(d.from);
        const Candidate *to = w.candidate(d.to);
        if (!from || !to || from->decision != Decision::Commit)
            continue;
        if (d.type == LinkType::Requires && isLeftOut(to->decision))
            findings.append({Finding::Kind::MissingPrerequisite, from->id,
                             Text::tr("%1 is committed but requires %2, which was %3.")
                                 .arg(from->key, to->key, leftOutWord(to->decision))});
        if (d.type == LinkType::Excludes && to->decision == Decision::Commit)
            findings.append({Finding::Kind::BothAlternatives, from->id,
                             Text::tr("%1 and %2 are alternatives, but both are committed.")
                                 .arg(from->key, to->key)});
    }
    return findings;
}

} // namespace cutline
