#include "core/plan/tablememory.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <new>
#include <vector>
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace cutline::plan {

namespace {

// Tables are megabytes, and the search builds many one after another: their memory is kept
// for the next one rather than handed back to the system and faulted in again (zeroed) each
// time, which took most of the time a table took.
class TablePool
{
public:
    TableMemory take(size_t size)
    {
        const std::lock_guard lock(m_mutex);
        // The smallest kept table that is large enough; a larger one stays larger.
        auto fits = m_free.end();
        for (auto it = m_free.begin(); it != m_free.end(); ++it)
            if (it->size() >= size && (fits == m_free.end() || it->size() < fits->size()))
                fits = it;
        if (fits == m_free.end())
            return TableMemory(size);
        TableMemory table = std::move(*fits);
        m_free.erase(fits);
        return table;
    }
    void give(TableMemory &&table)
    {
        if (table.empty())
            return;
        const std::lock_guard lock(m_mutex);
        size_t kept = table.size();
        for (const TableMemory &t : m_free)
            kept += t.size();
        if (kept <= kKeptDoubles)
            m_free.push_back(std::move(table));
    }

private:
    // Two threads' searches hold a few tables each (the root's, a node's, the optimum's): with
    // room for eight 400-candidate tables here, the reasons took a tenth less time. At most
    // 128 MB stay with the process.
    static constexpr size_t kKeptDoubles = size_t(128) << 17;
    std::mutex m_mutex;
    std::vector<TableMemory> m_free;
};

TablePool &tablePool()
{
    static TablePool pool;
    return pool;
}

} // namespace

TableMemory::TableMemory(size_t doubles)
{
    // Whole huge pages (2 MB), aligned to them, so the kernel can back them with huge pages.
    constexpr size_t kHuge = size_t(2) << 20;
    const size_t bytes =
        (std::max<size_t>(doubles, 1) * sizeof(double) + kHuge - 1) / kHuge * kHuge;
    void *p = std::aligned_alloc(kHuge, bytes);
    if (!p)
        throw std::bad_alloc();
        // Only advice: 4 KB pages serve as well, more slowly. Faulting the pages in at once (Linux
        // 5.14 on; elsewhere the advice fails and the first writes fault them in) took the first
        // 400-candidate table from 28 ms to 15 ms on 4 KB pages and to 1 ms on huge pages.
#if defined(__linux__)
#if defined(MADV_HUGEPAGE)
    madvise(p, bytes, MADV_HUGEPAGE);
#endif
#if defined(MADV_POPULATE_WRITE)
    madvise(p, bytes, MADV_POPULATE_WRITE);
#endif
#endif
    m_data.reset(static_cast<double *>(p));
    m_size = bytes / sizeof(double);
}

void TableMemory::Free::operator()(double *p) const
{
    std::free(p);
}

TableMemory takeTable(size_t doubles)
{
    return tablePool().take(doubles);
}

void giveTable(TableMemory &&table)
{
    tablePool().give(std::move(table));
}

} // namespace cutline::plan
