// recoveryhelper: a stand-in for a Cutline session that autosaves unsaved work and is then
// killed; used by tst_mainwindow to check what the next start offers back.
#include "tests/common/fixtures.h"
#include "ui/files/recoverystore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace cutline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    RecoveryStore store(QString::fromLocal8Bit(argv[1]));
    Workshop w = test::fullWorkshop(5);
    w.title = QStringLiteral("Unsaved work");
    if (!store.save(1, w, QString::fromLocal8Bit(argv[2])))
        return 1;
    std::printf("saved\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1); // until killed
}
