// Tests the planner's memory: the open nodes' decision rows (DecisionStore) across chunks, with
// rows released and reused, and kept chunks handed to the next store.
#include "core/plan/tablememory.h"

#include <QtTest>

#include <algorithm>
#include <vector>

using namespace cutline::plan;

class TestPlanMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsSurviveAcrossChunks();
    void releasedRowsAreReused();
};

namespace {

// A row of `width` decisions that says which row it is.
std::vector<signed char> rowFor(int k, size_t width)
{
    std::vector<signed char> row(width);
    for (size_t c = 0; c < width; ++c)
        row[c] = static_cast<signed char>((k * 31 + int(c)) % 3 - 1);
    return row;
}

} // namespace

// 20,000 rows of 400 decisions are 8 MB: the small first chunk and then several huge-page ones.
// Every row reads back as it was kept, for two stores one after the other (the second takes the
// first one's chunks from the pool, holding the first one's rows, which it must overwrite).
void TestPlanMemory::rowsSurviveAcrossChunks()
{
    constexpr size_t kWidth = 400;
    constexpr int kRows = 20000;
    for (int round = 0; round < 2; ++round) {
        DecisionStore store(kWidth);
        std::vector<size_t> slots;
        for (int k = 0; k < kRows; ++k)
            slots.push_back(store.keep(rowFor(k + round, kWidth).data()));
        for (int k = 0; k < kRows; ++k) {
            const std::vector<signed char> expected = rowFor(k + round, kWidth);
            QVERIFY2(std::equal(expected.begin(), expected.end(), store.at(slots[size_t(k)])),
                     qPrintable(QStringLiteral("row %1, round %2").arg(k).arg(round)));
        }
    }
}

// A released row's slot is handed out again, holding the new row; the others are untouched.
void TestPlanMemory::releasedRowsAreReused()
{
    constexpr size_t kWidth = 7;
    DecisionStore store(kWidth);
    std::vector<size_t> slots;
    for (int k = 0; k < 10; ++k)
        slots.push_back(store.keep(rowFor(k, kWidth).data()));
    store.release(slots[3]);
    const size_t again = store.keep(rowFor(100, kWidth).data());
    QCOMPARE(again, slots[3]);
    for (int k = 0; k < 10; ++k) {
        const std::vector<signed char> expected = rowFor(k == 3 ? 100 : k, kWidth);
        QVERIFY(std::equal(expected.begin(), expected.end(), store.at(slots[size_t(k)])));
    }
}

QTEST_GUILESS_MAIN(TestPlanMemory)
#include "tst_planmemory.moc"
