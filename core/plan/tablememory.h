// Memory for the priced forest's tables, and a pool that keeps it from table to table. Internal
// to core/plan.
#pragma once

#include <cstddef>
#include <memory>

namespace cutline::plan {

// A table's memory: not zeroed (every cell is written before it is read) and, where the system
// has them, in huge pages. Tables are megabytes: on 4 KB pages, faulting a fresh one in took
// half the time of a 400-candidate solve.
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

// Memory for at least `doubles` cells: kept memory that fits when there is some, else new.
TableMemory takeTable(size_t doubles);
// Hands a table's memory back for the next table (kept up to a limit).
void giveTable(TableMemory &&table);

} // namespace cutline::plan
