#include "tests/common/graphs.h"

#include <QRandomGenerator>

namespace cutline::test {

Workshop diamond()
{
    Workshop w;
    const double efforts[] = {2, 5, 1, 3, 4, 1};
    for (int i = 0; i < 6; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.effort = efforts[i];
        c.impact = 1 + i;
        w.candidates.append(c);
    }
    w.dependencies = {{2, 1, LinkType::Requires}, {3, 1, LinkType::Requires},
                      {4, 2, LinkType::Requires}, {4, 3, LinkType::Requires},
                      {5, 4, LinkType::Requires}, {5, 1, LinkType::Requires},
                      {6, 3, LinkType::Excludes}};
    return w;
}

Workshop randomDag(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    Workshop w;
    for (int i = 0; i < n; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.effort = 1 + rng.bounded(6);
        c.impact = rng.bounded(11);
        w.candidates.append(c);
    }
    for (int i = 1; i < n; ++i)
        for (int k = 0; k < int(rng.bounded(3)); ++k) {
            const int to = 1 + int(rng.bounded(i));
            if (!w.hasLink(i + 1, to, LinkType::Requires))
                w.dependencies.append({i + 1, to, LinkType::Requires});
        }
    return w;
}

} // namespace cutline::test
