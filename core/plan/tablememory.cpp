#include "core/plan/tablememory.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <system_error>
#include <utility>
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
    explicit TablePool(size_t keptDoubles) : m_keptDoubles(keptDoubles) {}

    TableMemory take(size_t size)
    {
        TableMemory kept = takeKept(size);
        return kept.empty() ? TableMemory(size) : std::move(kept);
    }
    // The smallest kept table that is large enough (a larger one stays larger), or none.
    TableMemory takeKept(size_t size)
    {
        const std::lock_guard lock(m_mutex);
        auto fits = m_free.end();
        for (auto it = m_free.begin(); it != m_free.end(); ++it)
            if (it->size() >= size && (fits == m_free.end() || it->size() < fits->size()))
                fits = it;
        if (fits == m_free.end())
            return {};
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
        if (kept <= m_keptDoubles)
            m_free.push_back(std::move(table));
    }

private:
    const size_t m_keptDoubles;
    std::mutex m_mutex;
    std::vector<TableMemory> m_free;
};

TablePool &tablePool()
{
    // Two threads' searches hold a few tables each (the root's, a node's, the optimum's): with
    // room for eight 400-candidate tables here, the reasons took a tenth less time. At most
    // 128 MB stay with the process.
    static TablePool pool(size_t(128) << 17);
    return pool;
}

// The open nodes' chunks: kept apart from the tables, so that a chunk never takes a table's
// memory (nor the other way). At most 64 MB stay with the process.
TablePool &chunkPool()
{
    static TablePool pool(size_t(64) << 17);
    return pool;
}

} // namespace

TableMemory::TableMemory(size_t doubles)
{
    // Whole pages, faulted in at once (Linux 5.14 on; elsewhere the advice fails and the first
    // writes fault them in): the first 400-candidate table took 15 ms instead of 28 ms.
    //
    // No huge pages: on this project's virtual machines they made the slowest solves several
    // times slower (most likely a huge page new to the host stalls its first write; the kernel
    // reported no compaction). Over 96 backlogs of 100-400 candidates, three fresh processes
    // each, 11 of 288 solves took more than twice their backlog's median (up to 60 ms where the
    // median was 14 ms); on 4 KB pages none of 576 did. The medians were 1.09 times as long
    // run side by side, and 0.98 in a later run with tables rounded up to 4 KB rather than
    // 2 MB; whole commands and the odds were unchanged. A user waits for every solve, not for
    // the median one.
    constexpr size_t kPage = size_t(4) << 10;
    const size_t bytes =
        (std::max<size_t>(doubles, 1) * sizeof(double) + kPage - 1) / kPage * kPage;
    void *p = std::aligned_alloc(kPage, bytes);
    if (!p)
        throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    madvise(p, bytes, MADV_POPULATE_WRITE); // only advice
#endif
    m_data.reset(static_cast<double *>(p));
    m_size = bytes / sizeof(double);
}

void TableMemory::Free::operator()(double *p) const
{
    std::free(p);
}

void giveTable(TableMemory &&table)
{
    tablePool().give(std::move(table));
}

// Below this many doubles (1 MB) a thread would cost more than the memory takes.
constexpr size_t kAheadDoubles = size_t(1) << 17;

PendingTable::PendingTable(size_t doubles, bool ahead) : m_table(tablePool().takeKept(doubles))
{
    if (!m_table.empty())
        return;
    if (!ahead || doubles < kAheadDoubles) {
        m_table = TableMemory(doubles);
        return;
    }
    try {
        m_thread = std::thread([this, doubles] {
            try {
                m_table = TableMemory(doubles);
            } catch (...) {
                m_failure = std::current_exception(); // get() throws it
            }
        });
    } catch (const std::system_error &) {
        m_table = TableMemory(doubles); // no thread to be had: the caller waits instead
    }
}

PendingTable::~PendingTable()
{
    if (m_thread.joinable())
        m_thread.join();
}

TableMemory PendingTable::get()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_failure)
        std::rethrow_exception(std::exchange(m_failure, nullptr));
    return std::move(m_table);
}

// The first chunk's bytes (from the heap), and each further one's (2 MB, pooled).
constexpr size_t kFirstChunk = size_t(32) << 10;
constexpr size_t kChunk = size_t(2) << 20;

DecisionStore::DecisionStore(size_t width) : m_width(std::max<size_t>(width, 1))
{
    const size_t count = std::max<size_t>(kFirstChunk / m_width, 1);
    m_first.resize(count * m_width);
    m_chunks.push_back({m_first.data(), count, {}});
}

DecisionStore::~DecisionStore()
{
    for (Chunk &chunk : m_chunks)
        chunkPool().give(std::move(chunk.pooled));
}

size_t DecisionStore::keep(const signed char *row)
{
    size_t slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
    } else {
        if (m_used == m_chunks.back().count) {
            // At least a row, however wide (a chunk is 2 MB or more).
            const size_t bytes = std::max(kChunk, m_width);
            TableMemory memory = chunkPool().take((bytes + sizeof(double) - 1) / sizeof(double));
            auto *rows = reinterpret_cast<signed char *>(memory.data());
            const size_t count = std::min(bytes / m_width, kSlotMask + 1);
            m_chunks.push_back({rows, count, std::move(memory)});
            m_used = 0;
        }
        slot = ((m_chunks.size() - 1) << kChunkBits) | m_used++;
    }
    std::memcpy(rowAt(slot), row, m_width);
    return slot;
}

} // namespace cutline::plan
