#include "room/roomaddress.h"

#include <QNetworkInterface>

#include <algorithm>

namespace cutline::room {

QString RoomAddress::label() const
{
    return interfaceName.isEmpty() ? address.toString()
                                   : address.toString() + QStringLiteral(" — ") + interfaceName;
}

QList<RoomAddress> roomAddresses()
{
    QList<RoomAddress> found;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const QString name = iface.humanReadableName() == iface.name()
                                     ? iface.name()
                                     : iface.humanReadableName() + QStringLiteral(" (") +
                                           iface.name() + QLatin1Char(')');
            found.append({name, entry.ip(), entry.ip().isLoopback()});
        }
    }
    std::stable_partition(found.begin(), found.end(),
                          [](const RoomAddress &a) { return !a.loopback; });
    return found;
}

RoomAddress defaultRoomAddress()
{
    const QList<RoomAddress> all = roomAddresses();
    if (!all.isEmpty() && !all.first().loopback)
        return all.first();
    return {QStringLiteral("lo"), QHostAddress(QHostAddress::LocalHost), true};
}

} // namespace cutline::room
