// libFuzzer harness for the CSV importer: any bytes are either refused with a message or give
// a valid workshop whose CSV export reads back to the same candidates and links.
#include "core/csv/workshopcsv.h"
#include "core/model/validation.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const cutline::Result<cutline::CsvImport> imported =
        cutline::WorkshopCsv::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!imported) {
        if (imported.error().isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const cutline::Workshop &w = imported.value().workshop;
    if (!cutline::validateWorkshop(w).isEmpty())
        std::abort(); // an imported workshop is a valid one
    const cutline::Result<cutline::CsvImport> again =
        cutline::WorkshopCsv::parse(cutline::WorkshopCsv::write(w), QStringLiteral("again.csv"));
    if (!again)
        std::abort();
    const cutline::Workshop &v = again.value().workshop;
    if (v.candidates.size() != w.candidates.size() || v.dependencies != w.dependencies)
        std::abort();
    for (qsizetype i = 0; i < w.candidates.size(); ++i)
        if (!(v.candidates[i] == w.candidates[i]))
            std::abort(); // the export keeps every field
    return 0;
}
