// savehammer: saves two different workshops to one file, alternately, until killed.
// Used by tst_savecrash to kill a saving process at random moments.
#include "core/storage/workshopfile.h"
#include "tests/common/fixtures.h"

#include <QCoreApplication>

#include <cstdio>

using namespace cutline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: savehammer FILE.cutline\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    Workshop a = test::fullWorkshop(40);
    a.title = QStringLiteral("A");
    Workshop b = test::fullWorkshop(300);
    b.title = QStringLiteral("B");
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf("ready\n");
    for (quint64 round = 0;; ++round) {
        std::printf("saving %llu\n", static_cast<unsigned long long>(round));
        const Status saved = WorkshopFile::save(round % 2 ? b : a, path);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 1;
        }
        std::printf("saved %llu\n", static_cast<unsigned long long>(round));
    }
}
