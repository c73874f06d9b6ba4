// The rows of the priced forest's tables, the most of the planner's time: a row is the better
// of skipping and taking one candidate in every cell of room, in doubles for the table the search
// prunes with and in single precision for a subgradient step. Vectorised where the processor
// can. Internal to core/plan.
#pragma once

#include <cstddef>
#include <vector>

namespace cutline::plan {

struct PricedForest;

// One row of the table past the candidate's own effort: the better of skipping it and taking
// it, for `count` cells.
void fillRow(double *__restrict row, const double *__restrict skip, const double *__restrict take,
             double value, size_t count);

// The same where the skipping row is flat (every later effort fits): its value is `flat`.
void fillFlatRow(double *__restrict row, double flat, const double *__restrict take, double value,
                 size_t count);

// A row of a subgradient step, cells [from, to): the better of skipping and taking position
// k's candidate in every cell, noting in `taken` (a bit per cell) where taking it is best; ties
// take it, as the traceback over a whole table does. The skipping row holds cells below
// `skipTo` (it is flat above them).
void fillStepRow(float *row, unsigned char *taken, const float *skip, size_t skipTo,
                 const float *take, float value, size_t units, size_t from, size_t to);

// A subgradient step's pass over `forest`'s table at its current prices, in single precision:
// the bound for the room of `rootCell` (returned) and the table's best choice for it (`in`, by
// candidate, of `n`). Only the rows a later row still reads are kept (a few, where the whole
// table is megabytes that no cache holds) and a bit per cell says where the candidate is
// taken: the step runs in cache, several times faster.
double stepPass(const PricedForest &forest, int rootCell, int n, std::vector<char> *in);

} // namespace cutline::plan
