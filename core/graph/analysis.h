// Dependency analysis over the requires-links (Boost.Graph): order, transitive prerequisites
// and dependents, the critical chain, the transitive reduction for display, and the value a
// blocker unlocks. Candidates are addressed by id; results are in workshop order unless said.
#pragma once

#include "core/model/workshop.h"

#include <QList>
#include <QSet>

namespace cutline {

class DependencyAnalysis
{
public:
    // The workshop must have no requires-cycle (validation guarantees it).
    explicit DependencyAnalysis(const Workshop &workshop);

    // Prerequisites before the work that needs them; ties in workshop order.
    QList<int> topologicalOrder() const;
    // Everything `id` needs, directly or through others.
    QSet<int> prerequisites(int id) const;
    // Everything that needs `id`, directly or through others.
    QSet<int> dependents(int id) const;
    // The longest chain of requires by total effort, prerequisite first: the work that decides
    // how early the last of it can be done. With `within`, only those candidates count.
    QList<int> criticalChain(const QSet<int> &within = {}) const;
    // The requires-links that are not implied by others (A→C is implied by A→B→C), as
    // (dependent, prerequisite) pairs.
    QList<Dependency> transitiveReduction() const;
    // The value of everything that cannot happen without `id` (its transitive dependents).
    double unlockedValue(int id) const;

private:
    const Workshop &m_w;
    int m_n = 0;
    QHash<int, int> m_index;
    QList<QList<int>> m_prerequisites; // by index
    QList<QList<int>> m_dependents;
    QList<int> reach(int start, const QList<QList<int>> &next) const;
};

} // namespace cutline
