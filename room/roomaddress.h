// Where the room can listen: the IPv4 addresses of this computer's interfaces that are up.
// Phones often cannot resolve ".local" names, so the room's address is always a number.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace cutline::room {

struct RoomAddress
{
    QString interfaceName; // "Wi-Fi (wlp2s0)", as the system names it
    QHostAddress address;
    bool loopback = false;
    QString label() const; // "192.168.1.20 — wlp2s0"
};

// Every IPv4 address of an interface that is up and running, loopback last.
QList<RoomAddress> roomAddresses();

// The first non-loopback IPv4 address that is up; 127.0.0.1 when there is none (then only
// this computer can join, and the caller must say so).
RoomAddress defaultRoomAddress();

} // namespace cutline::room
