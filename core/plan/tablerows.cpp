#include "core/plan/tablerows.h"

#include "core/plan/pricedforest.h"

#include <algorithm>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#include <cstdint>

namespace cutline::plan {

// One row of the table past the candidate's own effort: the better of skipping it and taking
// it. Most of a table's time; built for AVX2 as well where the processor has it.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
void fillRow(double *__restrict row, const double *__restrict skip, const double *__restrict take,
             double value, size_t count)
{
    for (size_t c = 0; c < count; ++c) {
        const double with = value + take[c];
        row[c] = skip[c] < with ? with : skip[c];
    }
}

// The same where the skipping row is flat (every later effort fits): its value is `flat`.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
void fillFlatRow(double *__restrict row, double flat, const double *__restrict take, double value,
                 size_t count)
{
    for (size_t c = 0; c < count; ++c) {
        const double with = value + take[c];
        row[c] = flat < with ? with : flat;
    }
}

namespace {

// Cells [from, to) of a subgradient step's row (see fillStepRow), one at a time. With
// `kFlat`, the skipping row is flat from here on: its value is skip[0].
template <bool kFlat>
void stepCells(float *__restrict row, unsigned char *__restrict taken, const float *__restrict skip,
               const float *__restrict take, float value, size_t units, size_t from, size_t to)
{
    for (size_t c = from; c < to; ++c) {
        const float with = value + take[c - units];
        const float out = kFlat ? skip[0] : skip[c];
        const bool in = out <= with;
        row[c] = in ? with : out;
        taken[c >> 3] |= (unsigned char)(in << (c & 7));
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
// The same, eight cells at once from `from` (a multiple of 8); returns where it stopped.
template <bool kFlat>
__attribute__((target("avx2"))) size_t
stepCellsAvx2(float *__restrict row, unsigned char *__restrict taken, const float *__restrict skip,
              const float *__restrict take, float value, size_t units, size_t from, size_t to)
{
    const __m256 v = _mm256_set1_ps(value);
    const __m256 flat = _mm256_set1_ps(skip[0]);
    size_t c = from;
    for (; c + 8 <= to; c += 8) {
        const __m256 with = _mm256_add_ps(v, _mm256_loadu_ps(take + c - units));
        const __m256 out = kFlat ? flat : _mm256_loadu_ps(skip + c);
        const __m256 in = _mm256_cmp_ps(out, with, _CMP_LE_OQ);
        _mm256_storeu_ps(row + c, _mm256_blendv_ps(out, with, in));
        taken[c >> 3] = (unsigned char)_mm256_movemask_ps(in);
    }
    return c;
}

// Sixteen cells from `base` (a multiple of 16) of which only `lanes` are in the range, which
// ends at `to`. Lanes outside it neither load nor store, so they may lie before the rows.
template <bool kFlat>
__attribute__((target("avx512f"))) inline void
stepBlockAvx512(float *__restrict row, unsigned char *__restrict taken,
                const float *__restrict skip, const float *__restrict take, __m512 v, __m512 flat,
                size_t units, size_t base, __mmask16 lanes, size_t to)
{
    const auto *shifted = reinterpret_cast<const float *>(reinterpret_cast<uintptr_t>(take) +
                                                          (base - units) * sizeof(float));
    const __m512 with = _mm512_add_ps(v, _mm512_maskz_loadu_ps(lanes, shifted));
    const __m512 out = kFlat ? flat : _mm512_maskz_loadu_ps(lanes, skip + base);
    const __mmask16 in = _mm512_mask_cmp_ps_mask(lanes, out, with, _CMP_LE_OQ);
    _mm512_mask_storeu_ps(row + base, lanes, _mm512_mask_blend_ps(in, out, with));
    taken[base >> 3] |= (unsigned char)(in & 0xff);
    if (to - base > 8)
        taken[(base >> 3) + 1] |= (unsigned char)(in >> 8);
}

// The same, sixteen cells at once where the processor has AVX-512, masked at both ends: the whole
// range, with no cell left to one at a time (a row's ends were a sixth of a step's time).
template <bool kFlat>
__attribute__((target("avx512f"))) void
stepCellsAvx512(float *__restrict row, unsigned char *__restrict taken,
                const float *__restrict skip, const float *__restrict take, float value,
                size_t units, size_t from, size_t to)
{
    const __m512 v = _mm512_set1_ps(value);
    const __m512 flat = _mm512_set1_ps(skip[0]);
    size_t c = from;
    if (c % 16 != 0) {
        const size_t base = c & ~size_t(15);
        __mmask16 lanes = __mmask16(0xffffu << (c - base));
        if (to - base < 16)
            lanes &= __mmask16((1u << (to - base)) - 1);
        stepBlockAvx512<kFlat>(row, taken, skip, take, v, flat, units, base, lanes, to);
        c = base + 16;
    }
    for (; c + 16 <= to; c += 16) {
        const __m512 with = _mm512_add_ps(v, _mm512_loadu_ps(take + c - units));
        const __m512 out = kFlat ? flat : _mm512_loadu_ps(skip + c);
        const __mmask16 in = _mm512_cmp_ps_mask(out, with, _CMP_LE_OQ);
        _mm512_storeu_ps(row + c, _mm512_mask_blend_ps(in, out, with));
        taken[c >> 3] = (unsigned char)(in & 0xff);
        taken[(c >> 3) + 1] = (unsigned char)(in >> 8);
    }
    if (c < to)
        stepBlockAvx512<kFlat>(row, taken, skip, take, v, flat, units, c,
                               __mmask16((1u << (to - c)) - 1), to);
}
#endif

// Cells [from, to) where the candidate fits, eight or sixteen at a time where the processor
// can.
template <bool kFlat>
void stepCellsRange(float *row, unsigned char *taken, const float *skip, const float *take,
                    float value, size_t units, size_t from, size_t to)
{
    size_t c = from;
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx512 = __builtin_cpu_supports("avx512f");
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx512) {
        stepCellsAvx512<kFlat>(row, taken, skip, take, value, units, c, to);
        return;
    }
    if (avx2) {
        const size_t aligned = std::min(to, (c + 7) / 8 * 8);
        stepCells<kFlat>(row, taken, skip, take, value, units, c, aligned);
        c = stepCellsAvx2<kFlat>(row, taken, skip, take, value, units, aligned, to);
    }
#endif
    stepCells<kFlat>(row, taken, skip, take, value, units, c, to);
}

} // namespace

// A row of a subgradient step, cells [from, to): the better of skipping and taking position
// k's candidate in every cell, noting in `taken` (a bit per cell) where taking it is best; ties
// take it, as the traceback over a whole table does. The skipping row holds cells below
// `skipTo` (it is flat above them). Steps only choose prices (the table the search prunes with
// is filled in doubles at the prices chosen), so single precision serves them, and with AVX2
// one comparison gives eight cells: this is most of a step's time.
void fillStepRow(float *row, unsigned char *taken, const float *skip, size_t skipTo,
                 const float *take, float value, size_t units, size_t from, size_t to)
{
    std::fill(taken + from / 8, taken + (to + 7) / 8, 0);
    // Where the candidate does not fit, the row is the skipping one.
    const size_t c = std::max(from, std::min(units, to));
    const size_t copied = std::clamp(skipTo, from, c);
    std::copy(skip + from, skip + copied, row + from);
    std::fill(row + copied, row + c, skip[skipTo - 1]);
    const size_t steep = std::clamp(skipTo, c, to);
    stepCellsRange<false>(row, taken, skip, take, value, units, c, steep);
    stepCellsRange<true>(row, taken, skip + skipTo - 1, take, value, units, steep, to);
}

namespace {

// stepPass's scratch: its rows, which row holds each position, its readers still to come, and
// where each position's candidate is taken. Kept per thread from table to table: allocating it
// afresh for each took a tenth of the time (the kernel zeroing new pages).
struct StepScratch
{
    std::vector<std::vector<float>> rows;
    std::vector<int> free, rowOf, readers;
    std::vector<unsigned char> taken;
};

StepScratch &scratch()
{
    thread_local StepScratch s;
    return s;
}

} // namespace

double stepPass(const PricedForest &f, int rootCell, int n, std::vector<char> *in)
{
    StepScratch &s = scratch();
    const size_t count = f.order.size();
    const size_t cells = f.cells;
    // Row k reads row k + 1 (taking its candidate) and row end[k] (skipping its subtree).
    s.readers.assign(count + 1, 0);
    for (size_t k = 0; k < count; ++k) {
        ++s.readers[k + 1];
        ++s.readers[f.end[k]];
    }
    s.rowOf.assign(count + 1, -1);
    const size_t stride = (cells + 7) / 8; // bytes of `taken` per position
    s.taken.resize(count * stride);
    const auto acquire = [&] {
        if (s.free.empty()) {
            s.free.push_back(int(s.rows.size()));
            s.rows.emplace_back();
        }
        const int r = s.free.back();
        s.free.pop_back();
        s.rows[size_t(r)].resize(cells);
        return r;
    };
    const auto read = [&](size_t k) {
        if (--s.readers[k] == 0)
            s.free.push_back(s.rowOf[k]);
    };
    // Only the cells each row needs (PricedForest::from and to).
    const auto from = [&](size_t k) {
        return size_t(f.from[k]);
    };
    const auto to = [&](size_t k) {
        return size_t(f.to[k]);
    };
    s.rowOf[count] = acquire();
    s.rows[size_t(s.rowOf[count])][0] = 0.0f;
    for (size_t k = count; k-- > 0;) {
        s.rowOf[k] = acquire();
        const float *take = s.rows[size_t(s.rowOf[k + 1])].data();
        const float *skip = s.rows[size_t(s.rowOf[f.end[k]])].data();
        float *row = s.rows[size_t(s.rowOf[k])].data();
        fillStepRow(row, &s.taken[k * stride], skip, to(f.end[k]), take, float(f.price[f.order[k]]),
                    size_t(f.units[k]), from(k), to(k));
        read(k + 1);
        read(f.end[k]);
    }
    const auto flat = [&](size_t k, int cell) {
        return std::min(size_t(cell), to(k) - 1);
    };
    const double bound = f.constant + s.rows[size_t(s.rowOf[0])][flat(0, rootCell)];
    s.free.push_back(s.rowOf[0]);
    *in = f.traceBack(n, rootCell, [&](size_t k, int cell) {
        const size_t c = flat(k, cell);
        return ((s.taken[k * stride + c / 8] >> (c % 8)) & 1) != 0;
    });
    return bound;
}

} // namespace cutline::plan
