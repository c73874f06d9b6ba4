#include "room/qrcode.h"

#include <qrencode.h>

#include <memory>

namespace cutline::room {

QrCode encodeQr(const QByteArray &text)
{
    QrCode code;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!qr)
        return code;
    code.size = qr->width;
    code.dark.reserve(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.dark.append((qr->data[i] & 1) != 0);
    return code;
}

} // namespace cutline::room
