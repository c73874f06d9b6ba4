// Search: decisions and their propagation, the first plans, and the depth-first search.
#include "core/plan/searchtree.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cutline::plan {

bool Search::setIn(int i)
{
    if (x[i] == kIn)
        return true;
    if (x[i] == kOut)
        return false;
    x[i] = kIn;
    trail.push_back(i);
    used += m.effort[i];
    total += m.value[i];
    if (m_forest)
        noteIn(i, 1);
    if (used > capacity + eps)
        return false;
    for (int p : m.prerequisites[i])
        if (!setIn(p))
            return false;
    for (int q : m.alternatives[i])
        if (!setOut(q))
            return false;
    return true;
}

bool Search::setOut(int i)
{
    if (x[i] == kOut)
        return true;
    if (x[i] == kIn)
        return false;
    x[i] = kOut;
    trail.push_back(i);
    for (int d : m.dependents[i])
        if (!setOut(d))
            return false;
    return true;
}

void Search::undo(size_t mark)
{
    while (trail.size() > mark) {
        const int i = trail.back();
        trail.pop_back();
        if (x[i] == kIn) {
            used -= m.effort[i];
            total -= m.value[i];
            if (m_forest)
                noteIn(i, -1);
        }
        x[i] = kUndecided;
    }
}

void Search::run(std::shared_ptr<const PricedForest> forest, const std::vector<int> &preferred)
{
    m_gain.assign(size_t(m.n), 0.0);
    m_weight.assign(size_t(m.n), 0.0);
    for (int i = 0; i < m.n; ++i)
        if (std::isfinite(density(i)))
            m_maxDensity = std::max(m_maxDensity, density(i));
    m_byDensity = order;
    best = -1;
    if (forest || anyOpenLink()) {
        takeGreedy(preferred);
        if (done())
            return;
        if (forest) {
            // Prices chosen for a larger problem are a good start: a table rebuilt for
            // this one's decisions at (about) those prices bounds it at once.
            const double known = found ? best - total : -1;
            useForest(buildPricedForest(m, x, capacity - used, known, forest.get(), steps));
            takeGreedy(m_forest->choice);
        } else {
            reprice();
        }
        m_rootForest = m_forest;
        // Most problems end within a few thousand nodes; where they do not, branching on
        // the relaxed links first pays for its tables. A wide gap at the root says so at once.
        const bool wide = wideGap > 0 && found &&
                          total + m_forest->rootBound - best > wideGap * std::max(best, 1.0);
        if (plainFirst > 0 && !wide) {
            const std::vector<signed char> start = x;
            const qint64 limit = nodeLimit;
            nodeLimit = std::min(limit, nodes + plainFirst);
            bestFirst();
            nodeLimit = limit;
            if (!limited || nodes > nodeLimit)
                return;
            limited = false;
            restore(start, m_rootForest);
        }
        linksFirstUsed = true;
        linksFirst();
        return;
    }
    bool proven = false;
    prepareIsolated();
    takeGreedy(preferred);
    if (!fixAtRoot())
        proven = true; // nothing beats the greedy plan
    if (!proven && !done())
        dive(0);
    if (found && !m_isolated.empty())
        takeIsolated();
}

void Search::takeGreedy(std::vector<int> preferred)
{
    const size_t mark = trail.size();
    // Densest first, so what does not fit is what gives least.
    std::stable_sort(preferred.begin(), preferred.end(),
                     [&](int a, int b) { return density(a) > density(b); });
    for (int i : preferred) {
        const size_t before = trail.size();
        // Work without value comes in only as a prerequisite, as in the search.
        if (x[i] == kUndecided && m.value[i] > 0 && !setIn(i))
            undo(before);
    }
    for (int i : order) {
        if (x[i] != kUndecided)
            continue;
        const size_t before = trail.size();
        if (m.value[i] > 0 && setIn(i))
            continue;
        undo(before);
        if (!setOut(i))
            break;
    }
    int cell = 0;
    const double value = total + isolatedValue(&cell);
    if (std::none_of(x.begin(), x.end(), [](signed char v) { return v == kUndecided; }) &&
        (!found || value > best + valueEps())) {
        best = value;
        bestX = x;
        bestCell = cell;
        found = true;
    }
    undo(mark);
}

bool Search::fixAtRoot()
{
    if (!found)
        return true;
    const auto hopeless = [&](bool in, int i) {
        const size_t mark = trail.size();
        double breakDensity = 0;
        const bool ok = in ? setIn(i) : setOut(i);
        const bool result = !ok || bound(0, &breakDensity) <= best + valueEps() ||
                            closureBound(breakDensity) <= best + valueEps();
        undo(mark);
        return result;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (int i : order) {
            if (x[i] != kUndecided)
                continue;
            const bool inHopeless = hopeless(true, i);
            const bool outHopeless = hopeless(false, i);
            if (inHopeless && outHopeless)
                return false;
            if (inHopeless || outHopeless) {
                if (!(inHopeless ? setOut(i) : setIn(i)))
                    return false;
                changed = true;
            }
        }
    }
    return true;
}

bool Search::anyOpenLink() const
{
    for (int i = 0; i < m.n; ++i) {
        if (x[i] != kUndecided)
            continue;
        const auto open = [&](const std::vector<int> &others) {
            return std::any_of(others.begin(), others.end(),
                               [&](int j) { return x[j] == kUndecided; });
        };
        if (open(m.prerequisites[i]) || open(m.alternatives[i]))
            return true;
    }
    return false;
}

void Search::dive(size_t pos)
{
    ++nodes;
    if (stopped || (cancel && (nodes & 4095) == 0 && cancel->load(std::memory_order_relaxed))) {
        stopped = true;
        return;
    }
    if (done() || limited)
        return;
    if (m_diveLimited && nodes > nodeLimit) {
        limited = true;
        return;
    }
    if (m_forest && nodes - m_lastPricing > pricingBudget()) {
        // The prices were chosen for a larger problem, and this part of the search is
        // long: prices chosen for the problem here pay for themselves.
        const std::shared_ptr<const PricedForest> outer = m_forest;
        reprice();
        dive(0);
        useForest(outer);
        return;
    }
    pos = firstOpen(pos);
    if (pos == order.size()) {
        reachLeaf();
        return;
    }
    double breakDensity = 0;
    bool takeFirst = true;
    if (m_forest) {
        double take = 0, skip = 0;
        if (cannotBeat(forestBound(pos, &take, &skip)))
            return;
        takeFirst = take >= skip;
    } else if (cannotBeat(bound(pos, &breakDensity)) || cannotBeat(closureBound(breakDensity))) {
        return;
    }
    const int i = order[pos];
    const size_t mark = trail.size();
    if (!takeFirst) {
        if (setOut(i))
            dive(pos + 1);
        undo(mark);
        if (setIn(i))
            dive(pos + 1);
        undo(mark);
        return;
    }
    // A candidate without value is still worth taking when others depend on it.
    const bool worthTaking = m.value[i] > 0 || !m.dependents[i].empty();
    if (worthTaking && setIn(i))
        dive(pos + 1);
    undo(mark);
    if (setOut(i))
        dive(pos + 1);
    undo(mark);
}

qint64 Search::pricingBudget() const
{
    return std::max<qint64>(20000, qint64((m_forest->order.size() + 1) * m_forest->cells / 8));
}

} // namespace cutline::plan
