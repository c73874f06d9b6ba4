// libFuzzer harness for a tracker importer (the format is chosen at build time, one executable
// per importer): any bytes are refused with a message, or give a valid, acyclic workshop whose
// re-import of the same bytes changes nothing.
#include "core/graph/dependencygraph.h"
#include "core/model/validation.h"
#include "core/tracker/reimport.h"
#include "core/tracker/trackerimport.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto format = cutline::TrackerFormat::CUTLINE_FUZZ_FORMAT;
    const cutline::Result<cutline::TrackerImport> imported =
        cutline::TrackerImporter::read(bytes, QStringLiteral("fuzz"), format);
    if (!imported) {
        if (imported.error().isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const cutline::TrackerImport &r = imported.value();
    if (!cutline::validateWorkshop(r.workshop).isEmpty() || cutline::findRequiresCycle(r.workshop))
        std::abort(); // an imported workshop is a valid one
    if (r.summary.imported != r.workshop.candidates.size() ||
        r.summary.read != r.summary.imported + r.summary.leftOutDone + r.summary.leftOutStatus +
                              r.summary.duplicates + r.summary.withoutKey)
        std::abort(); // every issue read is accounted for
    if (!cutline::Reimport::diff(r.workshop, r).isEmpty())
        std::abort(); // importing the same export again changes nothing
    return 0;
}
