// Memory for the priced forest's tables and for the best-first search's open nodes, and pools
// that keep it from one to the next. Internal to core/plan.
#pragma once

#include <cstddef>
#include <exception>
#include <memory>
#include <thread>
#include <vector>

namespace cutline::plan {

// A table's memory: not zeroed (every cell is written before it is read), its pages faulted in
// at once. Tables are megabytes: faulting a fresh one in a page at a time took half the time of
// a 400-candidate solve. (Not in huge pages: see the constructor.)
class TableMemory
{
public:
    TableMemory() = default;
    explicit TableMemory(size_t doubles);
    TableMemory(TableMemory &&) = default;
    TableMemory &operator=(TableMemory &&) = default;

    bool empty() const { return m_size == 0; }
    size_t size() const { return m_size; }
    double *data() { return m_data.get(); }
    const double *data() const { return m_data.get(); }
    double &operator[](size_t k) { return m_data[k]; }
    double operator[](size_t k) const { return m_data[k]; }

private:
    struct Free
    {
        void operator()(double *p) const;
    };
    std::unique_ptr<double[], Free> m_data;
    size_t m_size = 0;
};

// Hands a table's memory back for the next table (kept up to a limit).
void giveTable(TableMemory &&table);

// A table's memory made ready while the caller does something else. Fresh memory is zeroed by
// the kernel as it is faulted in: in a fresh process (`cutline-cli plan`) the tables of a
// 400-candidate backlog (13 and 34 MB, before rows kept only their own cells) took 30 % of the
// optimum's time. Where the pool has none that fits, the table is large and the caller has
// something to do meanwhile (`ahead`: subgradient steps to take), a second thread takes it.
class PendingTable
{
public:
    PendingTable(size_t doubles, bool ahead);
    PendingTable(const PendingTable &) = delete;
    PendingTable &operator=(const PendingTable &) = delete;
    ~PendingTable();

    // The memory (waits for the thread, if any); once only.
    TableMemory get();

private:
    TableMemory m_table;
    std::exception_ptr m_failure;
    std::thread m_thread;
};

// The decisions of the best-first search's open nodes: rows of `width` bytes. A search holds up
// to tens of thousands of open nodes; a fresh vector for each faulted in megabytes of 4 KB pages,
// which took a third of a 400-candidate optimum where best first went on for its 20,000 nodes
// (and again in every reason's search). So the rows live in chunks of 2 MB kept from search
// to search, after a small first chunk from the heap: most searches end within a few hundred
// open nodes, and a first 2 MB chunk would take longer than they do.
class DecisionStore
{
public:
    explicit DecisionStore(size_t width);
    DecisionStore(const DecisionStore &) = delete;
    DecisionStore &operator=(const DecisionStore &) = delete;
    ~DecisionStore(); // hands its chunks back for the next search

    // Copies `width` decisions from `row`; returns where they are kept until released.
    size_t keep(const signed char *row);
    const signed char *at(size_t slot) const { return rowAt(slot); }
    void release(size_t slot) { m_free.push_back(slot); }

private:
    signed char *rowAt(size_t slot) const
    {
        return m_chunks[slot >> kChunkBits].rows + (slot & kSlotMask) * m_width;
    }

    static constexpr int kChunkBits = 20; // a slot: its chunk, then its row in the chunk
    static constexpr size_t kSlotMask = (size_t(1) << kChunkBits) - 1;
    struct Chunk
    {
        signed char *rows;
        size_t count;       // rows it holds
        TableMemory pooled; // the memory of every chunk but the first
    };
    size_t m_width;
    std::vector<signed char> m_first;
    std::vector<Chunk> m_chunks;
    size_t m_used = 0; // rows handed out of the last chunk
    std::vector<size_t> m_free;
};

} // namespace cutline::plan
