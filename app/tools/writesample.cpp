// cutline-write-sample OUT.cutline: writes the bundled sample workshop ("Ledgerly — 2027 Q1")
// as a .cutline file, so the command line can be tried on it (the build runs it).
#include "core/sample/sampleworkshop.h"
#include "core/storage/workshopfile.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: cutline-write-sample OUT.cutline\n");
        return 2;
    }
    const cutline::Status saved =
        cutline::WorkshopFile::save(cutline::sampleWorkshop(), QString::fromLocal8Bit(argv[1]));
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
        return 1;
    }
    return 0;
}
