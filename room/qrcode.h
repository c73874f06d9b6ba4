// A QR code of a text (the room's join address), as a square of dark and light modules;
// painted by the desktop, encoded here with libqrencode.
#pragma once

#include <QByteArray>
#include <QList>

namespace cutline::room {

struct QrCode
{
    int size = 0;     // modules per side; 0 when the text could not be encoded
    QList<bool> dark; // size × size, row by row
    bool isDark(int x, int y) const { return dark.at(y * size + x); }
};

// Medium error correction (15 %): readable from the back of a room off a projector.
QrCode encodeQr(const QByteArray &text);

} // namespace cutline::room
