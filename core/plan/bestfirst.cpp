// Search: best first with plunging, and branching first on the relaxed links that weigh most.
#include "core/plan/searchtree.h"

#include <algorithm>
#include <queue>

namespace cutline::plan {

double Search::stake(int i) const
{
    double sum = 0;
    std::vector<int> stack{i};
    std::vector<char> seen(size_t(m.n), 0);
    seen[size_t(i)] = 1;
    while (!stack.empty()) {
        const int j = stack.back();
        stack.pop_back();
        sum += std::max(0.0, m.value[j]);
        for (int d : m.dependents[j])
            if (x[d] == kUndecided && !seen[size_t(d)]) {
                seen[size_t(d)] = 1;
                stack.push_back(d);
            }
    }
    return sum;
}

int Search::linkToBranch(double share) const
{
    int chosen = -1;
    double most = share * std::max(best, 0.0);
    for (const PricedForest::Link &r : m_forest->relaxed) {
        if (r.price <= 0 || x[r.i] != kUndecided || x[r.j] != kUndecided)
            continue;
        // Taking i pushes its alternative j out; leaving the prerequisite j out pushes i out.
        const double weight = r.excludes ? std::min(stake(r.i), stake(r.j))
                                         : std::min(stake(r.i), kPriceWeight * r.price);
        if (weight > most) {
            most = weight;
            chosen = r.excludes ? r.i : r.j;
        }
    }
    return chosen;
}

void Search::linksFirst()
{
    struct Node
    {
        double bound;
        std::vector<signed char> x;
        std::shared_ptr<const PricedForest> forest;
        bool inherited = false; // its forest's prices were chosen before some of its decisions
        bool operator<(const Node &o) const { return bound < o.bound; }
    };
    std::priority_queue<Node> open;
    open.push({total + m_forest->rootBound, x, m_forest});
    while (!open.empty() && !stopped && !done() && !limited) {
        Node node = open.top();
        open.pop();
        if (cannotBeat(node.bound))
            return;
        if (nodes > nodeLimit) {
            stopAtLimit(node.bound);
            return;
        }
        restore(node.x, node.forest);
        int a = linkToBranch(linkShare);
        if (a < 0 || open.size() > kMaxLinkNodes) {
            if (node.forest->table.empty() || node.inherited) {
                // Open nodes keep only their prices: the search below this one needs the
                // table, built at them, and its exact bound may prune what the prices'
                // single-precision bound did not. Prices inherited from a node with fewer
                // decisions take the warm steps first.
                const double known = found ? best - total : -1;
                node.forest = buildPricedForest(m, x, capacity - used, known, node.forest.get(),
                                                node.inherited ? -1 : 0);
                if (cannotBeat(total + node.forest->rootBound))
                    continue;
                restore(node.x, node.forest);
            }
            // A best-first search that runs long below a node gets no further: the node is
            // split instead, on any link its prices charge for, else on its next candidate.
            const bool split = open.size() <= kMaxLinkNodes;
            const qint64 limit = nodeLimit;
            if (split)
                nodeLimit = std::min(limit, nodes + leafBudget);
            bestFirst();
            nodeLimit = limit;
            if (!split || !limited || nodes > limit || stopped) {
                if (limited && !open.empty())
                    ceiling = std::max(ceiling, open.top().bound);
                continue;
            }
            limited = false;
            ++splits;
            restore(node.x, node.forest);
            a = linkToBranch(0);
            if (a < 0) {
                const size_t pos = firstOpen(0);
                if (pos == order.size())
                    continue; // every candidate is decided: best first reached the plan
                a = order[pos];
            }
        }
        // The node's choice at its prices takes one side of the link: the child on that side,
        // where its decisions all agree with the choice, has the node's bound at those prices
        // and rarely gets a lower one from steps of its own. So the other child goes first, and
        // where it is pruned (or has no plan), the agreeing one is the node itself with the
        // decisions added: no prices of its own (on 400-candidate backlogs the search below a
        // node mostly went down such a path, 20 links long, the other child pruned each time).
        std::vector<char> chosen(size_t(m.n), 0);
        for (int i : node.forest->choice)
            chosen[size_t(i)] = 1;
        const bool agreeing = chosen[size_t(a)] != 0;
        bool otherOpen = false;
        for (const bool in : {!agreeing, agreeing}) {
            restore(node.x, node.forest);
            if (!(in ? setIn(a) : setOut(a)))
                continue;
            if (in == agreeing && !otherOpen && agrees(chosen, *node.forest)) {
                open.push({node.bound, x, node.forest, true});
                ++agreed;
                continue;
            }
            if (prunedBefore()) {
                ++reused;
                continue;
            }
            const double known = found ? best - total : -1;
            // The default warm steps: a link node's table bounds a whole subtree, and a few
            // steps more there save many nodes below it (3 steps took 8 times as long). Only
            // the prices: the table waits until the node is opened, if it ever is.
            auto forest =
                buildPricedForest(m, x, capacity - used, known, node.forest.get(), -1, false);
            nodes += kLinkNodeCost;
            takeGreedy(forest->choice);
            const double bound = total + forest->rootBound;
            if (cannotBeat(bound)) {
                if (notePruned)
                    notePruned->push_back({x, bound});
                continue;
            }
            open.push({bound, x, std::move(forest)});
            otherOpen = in != agreeing;
        }
        if (cancel && cancel->load(std::memory_order_relaxed))
            stopped = true;
    }
}

bool Search::agrees(const std::vector<char> &chosen, const PricedForest &forest) const
{
    for (int i : forest.order)
        if (x[i] != kUndecided && x[i] != (chosen[size_t(i)] ? kIn : kOut))
            return false;
    return true;
}

bool Search::prunedBefore() const
{
    if (!pruned)
        return false;
    return std::any_of(pruned->begin(), pruned->end(), [&](const ProvenBound &p) {
        if (!cannotBeat(p.bound))
            return false;
        for (int i = 0; i < m.n; ++i)
            if (p.decisions[size_t(i)] != kUndecided && x[i] != p.decisions[size_t(i)])
                return false;
        return true;
    });
}

void Search::reachLeaf()
{
    int cell = 0;
    const double value = total + isolatedValue(&cell);
    noteLeaf(value);
    if (!found || value > best + valueEps()) {
        found = true;
        best = value;
        bestX = x;
        bestCell = cell;
    }
}

void Search::noteLeaf(double value)
{
    if (!leaves || !m_forest)
        return;
    bool better = false;
    for (int i = 0; i < m.n && !better; ++i)
        better = x[i] == kIn && (leaves->best[i] < 0 || value > leaves->value[i] + valueEps());
    if (!better)
        return;
    std::vector<int> plan;
    for (int i = 0; i < m.n; ++i)
        if (x[i] == kIn)
            plan.push_back(i);
    const int index = int(leaves->plans.size());
    leaves->plans.push_back(std::move(plan));
    for (int i : leaves->plans.back())
        if (leaves->best[i] < 0 || value > leaves->value[i] + valueEps()) {
            leaves->best[i] = index;
            leaves->value[i] = value;
        }
}

void Search::setDecisions(std::span<const signed char> decisions)
{
    x.assign(decisions.begin(), decisions.end());
    trail.clear();
    used = total = 0;
    for (int i = 0; i < m.n; ++i)
        if (x[i] == kIn) {
            used += m.effort[i];
            total += m.value[i];
        }
}

void Search::restore(std::span<const signed char> decisions,
                     std::shared_ptr<const PricedForest> forest)
{
    setDecisions(decisions);
    useForest(forest ? std::move(forest) : m_forest);
}

void Search::bestFirst()
{
    OpenNodes open(size_t(m.n));
    {
        double take = 0, skip = 0;
        const size_t pos = firstOpen(0);
        const double b = pos < order.size() ? forestBound(pos, &take, &skip) : total;
        open.heap.push_back({b, 0, open.decisions.keep(x.data())});
    }
    while (!open.heap.empty()) {
        if (stopped || done())
            return;
        std::pop_heap(open.heap.begin(), open.heap.end());
        const Open node = open.heap.back();
        open.heap.pop_back();
        if (cannotBeat(node.bound))
            return; // every open node is bounded by the top one
        if (nodes > nodeLimit) {
            stopAtLimit(node.bound);
            return;
        }
        restore({open.decisions.at(node.slot), size_t(m.n)});
        open.decisions.release(node.slot);
        if (open.heap.size() > kMaxOpen) {
            // Too many open nodes to keep: finish this one depth first.
            m_diveLimited = true;
            dive(node.pos);
            m_diveLimited = false;
            if (limited) {
                stopAtLimit(open.heap.empty() ? node.bound
                                              : std::max(node.bound, open.heap.front().bound));
                return;
            }
            continue;
        }
        plunge(node.pos, &open);
    }
}

void Search::plunge(size_t pos, OpenNodes *open)
{
    for (;;) {
        ++nodes;
        if (stopped || (cancel && (nodes & 4095) == 0 && cancel->load(std::memory_order_relaxed))) {
            stopped = true;
            return;
        }
        if (done())
            return;
        pos = firstOpen(pos);
        if (pos == order.size()) {
            reachLeaf();
            return;
        }
        double take = 0, skip = 0;
        if (cannotBeat(forestBound(pos, &take, &skip)))
            return;
        const int i = order[pos];
        const bool worthTaking = m.value[i] > 0 || !m.dependents[i].empty();
        const bool takeFirst = worthTaking && take >= skip;
        const size_t mark = trail.size();
        // The other branch stays open.
        const double otherBound = takeFirst ? skip : take;
        if (!cannotBeat(otherBound) && (takeFirst || worthTaking)) {
            if (takeFirst ? setOut(i) : setIn(i)) {
                open->heap.push_back({otherBound, pos + 1, open->decisions.keep(x.data())});
                std::push_heap(open->heap.begin(), open->heap.end());
            }
            undo(mark);
        }
        if (!(takeFirst ? setIn(i) : setOut(i)))
            return;
        ++pos;
    }
}

void Search::stopAtLimit(double openBound)
{
    limited = true;
    ceiling = found ? std::max(best, openBound) : openBound;
}

} // namespace cutline::plan
