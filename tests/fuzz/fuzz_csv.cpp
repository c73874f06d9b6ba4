// libFuzzer harness for the CSV importer: any bytes are either refused with a message or give
// a valid workshop whose CSV export reads back to the same candidates and links.
#include "core/csv/workshopcsv.h"
#include "core/model/field.h"
#include "core/model/validation.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <tuple>

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
    // The export lists links per candidate, so they may come back in another order, and an
    // excludes-link (which has no direction) from its other end.
    const auto sorted = [](QList<cutline::Dependency> links) {
        for (cutline::Dependency &d : links)
            if (d.type == cutline::LinkType::Excludes && d.from > d.to)
                std::swap(d.from, d.to);
        std::sort(links.begin(), links.end(), [](const auto &a, const auto &b) {
            return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
        });
        return links;
    };
    if (v.candidates.size() != w.candidates.size() ||
        sorted(v.dependencies) != sorted(w.dependencies))
        std::abort();
    for (qsizetype i = 0; i < w.candidates.size(); ++i) {
        if (v.candidates[i] == w.candidates[i])
            continue;
        // The export must keep every field: say which one it lost.
        for (cutline::Field field : cutline::allFields())
            if (fieldValue(v.candidates[i], field) != fieldValue(w.candidates[i], field))
                std::fprintf(stderr, "%s: %s was %s, reads back as %s\n",
                             qPrintable(w.candidates[i].key), qPrintable(fieldId(field)),
                             qPrintable(fieldValue(w.candidates[i], field).toString()),
                             qPrintable(fieldValue(v.candidates[i], field).toString()));
        std::abort();
    }
    return 0;
}
