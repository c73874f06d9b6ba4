#include "core/model/workshop.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <set>
#include <tuple>

namespace cutline {

QString linkTypeId(LinkType type)
{
    return type == LinkType::Requires ? QStringLiteral("requires") : QStringLiteral("excludes");
}

std::optional<LinkType> linkTypeFromId(const QString &id)
{
    if (id == QLatin1String("requires"))
        return LinkType::Requires;
    if (id == QLatin1String("excludes"))
        return LinkType::Excludes;
    return std::nullopt;
}

namespace {

std::set<std::tuple<int, int, int>> linkSet(const QList<Dependency> &links)
{
    std::set<std::tuple<int, int, int>> set;
    for (const Dependency &d : links) {
        const bool symmetric = d.type == LinkType::Excludes;
        set.emplace(symmetric ? std::min(d.from, d.to) : d.from,
                    symmetric ? std::max(d.from, d.to) : d.to, static_cast<int>(d.type));
    }
    return set;
}

} // namespace

bool Workshop::operator==(const Workshop &o) const
{
    return sameSettings(o) && candidates == o.candidates &&
           linkSet(dependencies) == linkSet(o.dependencies) && decisionLog == o.decisionLog &&
           rounds == o.rounds;
}

void Workshop::assignSettings(const Workshop &o)
{
    QList<Candidate> keptCandidates = std::move(candidates);
    QList<Dependency> keptLinks = std::move(dependencies);
    QList<DecisionChange> keptLog = std::move(decisionLog);
    QList<RoomRound> keptRounds = std::move(rounds);
    *this = o;
    candidates = std::move(keptCandidates);
    dependencies = std::move(keptLinks);
    decisionLog = std::move(keptLog);
    rounds = std::move(keptRounds);
}

bool Workshop::sameSettings(const Workshop &o) const
{
    return title == o.title && objective == o.objective && horizon == o.horizon && date == o.date &&
           facilitator == o.facilitator && decider == o.decider && participants == o.participants &&
           goals == o.goals && capacity == o.capacity && capacityUnit == o.capacityUnit &&
           notes == o.notes && framework == o.framework && criteria == o.criteria &&
           effortThreshold == o.effortThreshold && valueThreshold == o.valueThreshold &&
           reviewDelayDays == o.reviewDelayDays && signOff == o.signOff &&
           scoreUnlockedValue == o.scoreUnlockedValue && odds == o.odds;
}

const Candidate *Workshop::candidate(int id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &candidates[i];
}

Candidate *Workshop::candidate(int id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &candidates[i];
}

const Candidate *Workshop::candidateByKey(const QString &key) const
{
    for (const Candidate &c : candidates)
        if (c.key.compare(key, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

int Workshop::indexOf(int id) const
{
    // Ids are handed out in order, so a candidate usually sits at id - 1 (the views ask for
    // every cell of hundreds of rows); after removals it is found by the scan.
    if (id >= 1 && id <= candidates.size() && candidates[id - 1].id == id)
        return id - 1;
    for (int i = 0; i < candidates.size(); ++i)
        if (candidates[i].id == id)
            return i;
    return -1;
}

int Workshop::nextId() const
{
    int highest = 0;
    for (const Candidate &c : candidates)
        highest = std::max(highest, c.id);
    return highest + 1;
}

QString Workshop::nextKey() const
{
    static const QRegularExpression numbered(QStringLiteral("^C-(\\d+)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    int highest = 0;
    for (const Candidate &c : candidates) {
        const auto match = numbered.match(c.key);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    QString key;
    do {
        key = QStringLiteral("C-%1").arg(++highest);
    } while (candidateByKey(key));
    return key;
}

bool Workshop::hasLink(int from, int to, LinkType type) const
{
    for (const Dependency &d : dependencies) {
        if (d.type != type)
            continue;
        if (d.from == from && d.to == to)
            return true;
        if (type == LinkType::Excludes && d.from == to && d.to == from)
            return true;
    }
    return false;
}

QStringList Workshop::linkedKeys(int id, LinkType type) const
{
    // One pass over the links, then the linked candidates in workshop order (asking hasLink
    // for every candidate made the planner's reasons quadratic: a third of a 400-candidate
    // plan's time went here).
    QSet<int> linked;
    for (const Dependency &d : dependencies) {
        if (d.type != type)
            continue;
        if (d.from == id && d.to != id)
            linked.insert(d.to);
        else if (type == LinkType::Excludes && d.to == id && d.from != id)
            linked.insert(d.from); // symmetric for excludes
    }
    QStringList keys;
    if (linked.isEmpty())
        return keys;
    for (const Candidate &c : candidates)
        if (linked.contains(c.id))
            keys.append(c.key);
    return keys;
}

} // namespace cutline
