// The branch-and-bound tree behind the planner: decisions and their propagation, the bounds
// (bounds in searchbounds.cpp) and the strategies over them — depth first (searchtree.cpp),
// best first and links first (bestfirst.cpp). Internal to core/plan; search.h is the way in.
#pragma once

#include "core/plan/model.h"
#include "core/plan/pricedforest.h"
#include "core/plan/search.h"

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <span>
#include <vector>

namespace cutline::plan {

// One problem's search: the decisions taken (x, with a trail to undo them), the best plan
// found, and the bounds that prune.
class Search
{
public:
    Search(const Model &m, double capacity)
        : m(m), x(m.n, kUndecided), capacity(capacity),
          eps(1e-9 * std::max(1.0, std::abs(capacity)))
    {
        order.resize(m.n);
        for (int i = 0; i < m.n; ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return density(a) > density(b); });
        for (double unit : {1.0, 0.5, 0.25, 0.1, 0.01}) {
            const bool onGrid = std::all_of(m.value.begin(), m.value.end(), [&](double v) {
                const double steps = v / unit;
                return std::abs(steps - std::round(steps)) < 1e-9 * std::max(1.0, steps);
            });
            if (onGrid) {
                m_valueUnit = unit;
                break;
            }
        }
    }

    // Decides `i` in (pulling in its prerequisites, pushing out its alternatives) or out
    // (pushing out its dependents); false when that contradicts a decision or the capacity.
    bool setIn(int i);
    bool setOut(int i);
    // Takes back the decisions after the trail's first `mark`.
    void undo(size_t mark);

    // Solves from the decisions taken so far. `forest` is a priced forest built for this
    // problem or one it refines (nullptr: build one if links are open); `preferred` are tried
    // first for the first plan.
    void run(std::shared_ptr<const PricedForest> forest, const std::vector<int> &preferred);

    // The priced forest built for the whole problem (its decisions at the start), if any.
    const std::shared_ptr<const PricedForest> &forest() const { return m_rootForest; }

    static constexpr signed char kUndecided = -1, kOut = 0, kIn = 1;
    const Model &m;
    std::vector<signed char> x;
    std::vector<int> trail;
    double used = 0, total = 0;
    double capacity, eps;
    const std::atomic_bool *cancel = nullptr;
    bool stopped = false;
    double best = -1;
    int bestCell = 0;
    bool found = false; // best is a running sum: drift can make it -1e-15, so flag it
    // A plan this good ends the search (a reason's solve stops at the optimum's value).
    double stopAt = std::numeric_limits<double>::infinity();
    // Plans worth less are of no interest: what cannot reach it is pruned.
    double atLeast = -std::numeric_limits<double>::infinity();
    std::vector<signed char> bestX;
    qint64 nodes = 0;
    // Where set, the best plan met so far that includes each candidate (an index into `plans`),
    // for the reasons to start from; only plans the forest's search completes are noted.
    struct Leaves
    {
        std::vector<int> best; // by candidate: index into plans, or −1
        std::vector<double> value;
        std::vector<std::vector<int>> plans;
    };
    Leaves *leaves = nullptr;
    // The children of link nodes that the optimum's search pruned, with the bounds that pruned
    // them (`notePruned`: the optimum's search adds to it). A reason's search adds a candidate
    // to the optimum's decisions, so its children often refine one of those, and its best plan
    // is lower: where such a bound cannot beat it, the child is pruned with no prices of its own
    // (`pruned`). A reason's search mostly branches on the links the optimum's did, each child
    // pruned after three or four passes over its table.
    std::vector<ProvenBound> *notePruned = nullptr;
    const std::vector<ProvenBound> *pruned = nullptr;

    // Nodes the best-first search may open before it stops with what it proved: the best plan
    // found and `ceiling`, the most any plan can reach (limited then set).
    qint64 nodeLimit = std::numeric_limits<qint64>::max();
    bool limited = false;
    double ceiling = std::numeric_limits<double>::infinity();
    // Nodes best first may take before the search branches on links first instead; set to 0
    // to branch on links from the start.
    qint64 plainFirst = kPlainFirst;
    // See kLinkShare and kLeafBudget (tests set them to split often), and the nodes split so.
    double linkShare = kLinkShare;
    qint64 leafBudget = kLeafBudget;
    int splits = 0;
    int agreed = 0; // link nodes whose agreeing child was the node itself (see linksFirst)
    int reused = 0; // children pruned by a bound in `pruned`
    // Where the root's bound lies more than this share of the first plan's value above it,
    // the search branches on links from the start (0: never). On 24 400-candidate backlogs the
    // gap was over 1 % on four, and best first ran out of nodes on all four (and on three with
    // smaller gaps); skipping it there took about a fifth off the optima's total time.
    double wideGap = 0;
    bool linksFirstUsed = false; // the search came to branch on links first

    // Subgradient steps for the first table when it is rebuilt from a larger problem's prices
    // (−1: the default); the tables of link nodes always take the default.
    int steps = -1;

private:
    double density(int i) const { return densityOf(m.value[i], m.effort[i]); }

    // A first plan: the densest candidates that still fit, in order. It gives the bounds
    // something to beat from the start.
    void takeGreedy(std::vector<int> preferred);

    // Fixes, before branching, every candidate whose one choice provably cannot beat the best
    // plan known: then only the other choice remains (reduced-cost fixing, with the bounds of
    // the search). Returns false when neither choice can beat it for some candidate.
    bool fixAtRoot();

    bool anyOpenLink() const;

    // A priced forest for the problem at hand (starting from the prices in use, if any).
    void reprice();

    // Branches in the forest's preorder from here on, bounding with its table.
    void useForest(std::shared_ptr<const PricedForest> forest);

    // Keeps the sums the forest bound needs as candidate `i` comes in (+1) or leaves (−1):
    // value outside the table, and effort and price by position (Fenwick trees).
    void noteIn(int i, int sign);

    // Sum of a Fenwick tree over positions before `pos`.
    static double prefix(const std::vector<double> &tree, size_t pos);

    // The forest's bound at position `pos` (everything before it decided): what is in outside
    // the table and before `pos`, priced, plus the table for the room the suffix may use (the
    // room left plus what its candidates already pulled in took). Also the bounds of taking
    // and of skipping the candidate at `pos`.
    double forestBound(size_t pos, double *take, double *skip) const;

    // True when a plan below `bound` cannot beat the best one: when every value lies on a grid
    // (tenths, …), a better plan is better by at least one step of it.
    bool cannotBeat(double bound) const;

    bool done() const { return found && best >= stopAt - valueEps(); }

    // Undecided candidates whose links all lead to decided ones need no branching: when their
    // efforts lie on a grid (whole or half weeks, …) a knapsack table over the remaining
    // capacity gives their best choice exactly.
    void prepareIsolated();

    // The isolated candidates' best value within what the branched ones leave.
    double isolatedValue(int *cell = nullptr) const;

    void takeIsolated();

    // The Lagrangian bound over prerequisite trees: for any price λ of a unit of effort,
    // λ·room plus the best closure (a set that holds each member's prerequisite) of
    // value − λ·effort overestimates the optimum. Keeping one undecided prerequisite per
    // candidate makes the links a forest, where the best closure is one pass from dependents
    // to prerequisites. Unlike the fractional knapsack it knows that a valuable candidate
    // brings its costly prerequisites along. Returns the smallest of a few prices tried,
    // stopping as soon as one proves the node cannot beat the best plan.
    double closureBound(double lambda);

    // The best closure's value at `price` (and its effort in `*weight`).
    double closureValue(double price, double *weight);

    double bound(size_t from, double *breakDensity = nullptr) const;

    // What leaving `i` out takes away: the value of it and of the open work that needs it.
    double stake(int i) const;

    // The candidate to branch on first, for the relaxed link that weighs most among those the
    // forest's prices charge for (a link priced at zero binds nothing): an excludes pair
    // weighs what both its sides carry (each side's value with what needs it), a prerequisite
    // the forest left out what its dependent carries, up to three times its price. Only a
    // real share of the plan counts (`share`, kLinkShare when choosing what to branch on
    // first); else −1.
    int linkToBranch(double share) const;

    // The links the priced forest leaves out are what it bounds worst: the prices let both
    // sides of an excludes pair in by halves, or a dependent in without its prerequisite. So
    // where best first does not end soon, the search branches first on those links, each node
    // with prices chosen for its decisions (warm subgradient steps), best bound first. A node
    // with no such link left gets its table and is solved by the best-first search below it;
    // the nodes that branch again need no table (building one for each took a sixth of the
    // reasons' time on the 400-candidate backlogs).
    void linksFirst();

    // Whether the decisions taken agree with a choice (`chosen`, by candidate) on every
    // candidate open in `forest`'s problem.
    bool agrees(const std::vector<char> &chosen, const PricedForest &forest) const;

    // Whether the decisions taken refine a subproblem in `pruned` whose bound cannot beat the
    // best plan.
    bool prunedBefore() const;

    static constexpr size_t kMaxLinkNodes = 2000;
    // Links that carry at least this share of the best plan's value are branched on first.
    // On the 80 %-linked 400-candidate backlogs every reason solved exactly took 27 s at 1 %,
    // 9.5 s at 0.2 % and 14 s at 0.1 % (more tables than they save nodes), branching on pairs
    // only; taking only the links the prices charge for saved a further fifth. Branching on
    // prerequisites too took one reason on a 35 % backlog from 20 s to 0.2 s.
    static constexpr double kLinkShare = 0.002;
    static constexpr double kPriceWeight = 3;
    static constexpr qint64 kPlainFirst = 20000;
    // A link node's prices cost about as much as this many nodes of the search below.
    static constexpr qint64 kLinkNodeCost = 2000;
    // Nodes a best-first search below a link node may take before the node is split instead
    // (about a tenth of a second). None of 66 backlogs needed as many below one node; it keeps
    // a node whose prices bound it badly from running on for minutes (one did, with other
    // subgradient steps).
    static constexpr qint64 kLeafBudget = 300000;

    // Every candidate is decided: a plan, perhaps the best so far.
    void reachLeaf();

    // A complete plan the search met: the best so far for the candidates in it?
    void noteLeaf(double value);

    // An open node of the best-first search: its decisions, where its branching resumes, and
    // a bound on what it can reach.
    struct Open
    {
        double bound;
        size_t pos;
        size_t slot; // its decisions in the DecisionStore
        bool operator<(const Open &o) const { return bound < o.bound; }
    };
    // The open nodes (a heap, highest bound first) and their decisions.
    struct OpenNodes
    {
        explicit OpenNodes(size_t n) : decisions(n) {}
        std::vector<Open> heap;
        DecisionStore decisions;
    };

    // Puts the search at a node's decisions (m.n of them), and its bound sums with them.
    void setDecisions(std::span<const signed char> decisions);
    void restore(std::span<const signed char> decisions,
                 std::shared_ptr<const PricedForest> forest = nullptr);
    // The first position in the branching order from `pos` still open (order.size(): none).
    size_t firstOpen(size_t pos) const
    {
        while (pos < order.size() && x[order[pos]] != kUndecided)
            ++pos;
        return pos;
    }

    // Best-first branch and bound with plunging: from the open node with the highest bound,
    // follow the preferred branch down to a plan or a prune, leaving the other branches open.
    // It finds good plans early (every plunge ends in one) and proves with the fewest nodes.
    void bestFirst();

    void plunge(size_t pos, OpenNodes *open);

    static constexpr size_t kMaxOpen = 200000;
    bool m_diveLimited = false; // dive() counts against nodeLimit

    // Stops at the node limit: no open node can reach more than `openBound`.
    void stopAtLimit(double openBound);

    void dive(size_t pos);

    double valueEps() const { return 1e-9 * std::max(1.0, std::abs(best)); }

    std::vector<int> order;       // the branching order
    std::vector<int> m_byDensity; // the fractional bound's order
    std::vector<int> m_isolated;
    double m_scale = 1;
    std::vector<double> m_table;
    std::vector<bool> m_keep;
    std::shared_ptr<const PricedForest> m_forest;     // the bound where links are open
    std::shared_ptr<const PricedForest> m_rootForest; // the one built for the whole problem
    std::vector<double> m_inEffort, m_inPrice;        // Fenwick trees by the forest's positions
    double m_outside = 0;   // value of what is in outside the forest's table
    double m_valueUnit = 0; // every value is a multiple of it (0: no such grid)
    // Nodes between choices of prices: enough that choosing them (a few passes over the
    // table) takes a small share of the time.
    qint64 pricingBudget() const;
    qint64 m_lastPricing = 0;
    std::vector<double> m_gain, m_weight; // closureBound's scratch, all zero between calls
    double m_maxDensity = 0;
    double m_lastPrice = 0; // where closureBound found its lowest value last time
};

} // namespace cutline::plan
