#include "core/model/validation.h"

#include "core/graph/dependencygraph.h"
#include "core/model/field.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <set>
#include <tuple>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Validation)
};

QString keyOf(const Workshop &workshop, int id)
{
    const Candidate *c = workshop.candidate(id);
    return c ? c->key : Text::tr("#%1").arg(id);
}

void validateCandidates(const Workshop &workshop, QStringList &problems)
{
    QHash<QString, int> keys; // lower-cased key -> occurrences
    QSet<int> ids;
    for (const Candidate &c : workshop.candidates) {
        for (Field field : allFields())
            if (auto problem = checkFieldValue(c, field, fieldValue(c, field)))
                problems.append(*problem);
        const QString folded = c.key.toLower();
        if (!c.key.isEmpty() && keys[folded]++ == 1)
            problems.append(Text::tr("%1: the key is used by more than one candidate.").arg(c.key));
        if (ids.contains(c.id))
            problems.append(Text::tr("%1: internal id %2 is used twice.").arg(c.key).arg(c.id));
        ids.insert(c.id);
    }
}

void validateLinks(const Workshop &workshop, QStringList &problems)
{
    std::set<std::tuple<int, int, int>> seen;
    for (const Dependency &d : workshop.dependencies) {
        const QString type = linkTypeId(d.type);
        if (!workshop.candidate(d.from) || !workshop.candidate(d.to)) {
            const int missing = workshop.candidate(d.from) ? d.to : d.from;
            problems.append(Text::tr("A %1-link points to candidate #%2, which does not exist.")
                                .arg(type)
                                .arg(missing));
            continue;
        }
        if (d.from == d.to) {
            problems.append(Text::tr("%1: a candidate cannot %2 itself.")
                                .arg(keyOf(workshop, d.from), d.type == LinkType::Requires
                                                                  ? Text::tr("require")
                                                                  : Text::tr("exclude")));
            continue;
        }
        const int low = d.type == LinkType::Excludes ? std::min(d.from, d.to) : d.from;
        const int high = d.type == LinkType::Excludes ? std::max(d.from, d.to) : d.to;
        const auto identity = std::make_tuple(low, high, static_cast<int>(d.type));
        if (seen.count(identity) > 0)
            problems.append(Text::tr("%1 %2 %3 is listed twice.")
                                .arg(keyOf(workshop, d.from), type, keyOf(workshop, d.to)));
        seen.insert(identity);
    }
}

} // namespace

QStringList validateWorkshop(const Workshop &workshop)
{
    QStringList problems;
    if (auto problem = checkCapacity(workshop.capacity))
        problems.append(*problem);
    validateCandidates(workshop, problems);
    validateLinks(workshop, problems);
    if (auto cycle = findRequiresCycle(workshop))
        problems.append(Text::tr("Requires-links form a cycle: %1.").arg(formatCycle(*cycle)));
    return problems;
}

std::optional<QString> checkCapacity(double capacity)
{
    if (std::isnan(capacity))
        return Text::tr("The capacity is not a number (nan).");
    if (std::isinf(capacity))
        return Text::tr("The capacity must be finite, not %1.").arg(formatNumber(capacity));
    if (capacity < 0)
        return Text::tr("The capacity %1 is negative; it must be 0 or more.")
            .arg(formatNumber(capacity));
    return std::nullopt;
}

std::optional<QString> checkNewLink(const Workshop &workshop, const Dependency &link)
{
    if (!workshop.candidate(link.from) || !workshop.candidate(link.to))
        return Text::tr("The link names a candidate that does not exist.");
    const QString from = keyOf(workshop, link.from);
    const QString to = keyOf(workshop, link.to);
    if (link.from == link.to)
        return link.type == LinkType::Requires ? Text::tr("%1 cannot require itself.").arg(from)
                                               : Text::tr("%1 cannot exclude itself.").arg(from);
    if (workshop.hasLink(link.from, link.to, link.type))
        return link.type == LinkType::Requires ? Text::tr("%1 already requires %2.").arg(from, to)
                                               : Text::tr("%1 already excludes %2.").arg(from, to);
    if (link.type == LinkType::Requires) {
        if (auto cycle = cycleIfRequires(workshop, link.from, link.to))
            return Text::tr("%1 cannot require %2: that would close the cycle %3.")
                .arg(from, to, formatCycle(*cycle));
    }
    return std::nullopt;
}

} // namespace cutline
