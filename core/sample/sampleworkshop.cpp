#include "core/sample/sampleworkshop.h"

#include "core/csv/workshopcsv.h"

#include <QFile>
#include <QSettings>

namespace cutline {

Workshop sampleWorkshop()
{
    const QString base = QStringLiteral(":/samples/ledgerly-2027-q1");
    QFile csv(base + QStringLiteral(".csv"));
    csv.open(QIODevice::ReadOnly);
    Result<CsvImport> imported = WorkshopCsv::parse(csv.readAll(), csv.fileName());
    Q_ASSERT_X(imported.ok(), "sampleWorkshop", qPrintable(imported.error()));
    Workshop w = imported.ok() ? imported.value().workshop : Workshop{};

    QSettings ini(base + QStringLiteral(".ini"), QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("workshop"));
    w.title = ini.value(QStringLiteral("title")).toString();
    w.objective = ini.value(QStringLiteral("objective")).toString();
    w.horizon = ini.value(QStringLiteral("horizon")).toString();
    w.date = QDate::fromString(ini.value(QStringLiteral("date")).toString(), Qt::ISODate);
    w.facilitator = ini.value(QStringLiteral("facilitator")).toString();
    w.decider = ini.value(QStringLiteral("decider")).toString();
    w.participants = ini.value(QStringLiteral("participants")).toStringList();
    w.capacity = ini.value(QStringLiteral("capacity")).toDouble();
    w.capacityUnit = ini.value(QStringLiteral("capacity_unit")).toString();
    w.notes = ini.value(QStringLiteral("notes")).toString();
    ini.endGroup();
    const int goals = ini.beginReadArray(QStringLiteral("goals"));
    for (int i = 0; i < goals; ++i) {
        ini.setArrayIndex(i);
        w.goals.append(Goal{ini.value(QStringLiteral("name")).toString(),
                            ini.value(QStringLiteral("metric")).toString(),
                            ini.value(QStringLiteral("target")).toString()});
    }
    ini.endArray();
    return w;
}

} // namespace cutline
