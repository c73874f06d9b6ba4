// libFuzzer harness for the .cutline loader: any bytes are either refused with a message or
// give a valid workshop that survives a save and a reload unchanged.
#include "core/model/validation.h"
#include "core/storage/workshopfile.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_workshopfile";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // the SQLite driver is a Qt plugin
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const cutline::Result<cutline::Workshop> loaded =
        cutline::WorkshopFile::fromImage(bytes, QStringLiteral("fuzz.cutline"));
    if (!loaded) {
        if (loaded.error().isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    if (!cutline::validateWorkshop(loaded.value()).isEmpty())
        std::abort(); // an opened workshop is a valid one
    const cutline::Result<QByteArray> saved = cutline::WorkshopFile::toImage(loaded.value());
    if (!saved)
        std::abort();
    const cutline::Result<cutline::Workshop> again =
        cutline::WorkshopFile::fromImage(saved.value(), QStringLiteral("again.cutline"));
    if (!again || !(again.value() == loaded.value()))
        std::abort(); // what was opened round-trips
    return 0;
}
