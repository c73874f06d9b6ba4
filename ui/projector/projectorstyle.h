// ProjectorStyle: the type sizes and colours of the projector view, derived from the screen
// height so the same room distance reads the same at 720p, 1080p and 4K.
#pragma once

#include <QColor>
#include <QFont>

#include <algorithm>

namespace cutline::projector {

struct Style
{
    int body = 24;  // body text in pixels (24 at 1080 lines)
    int title = 32; // titles in pixels (32 at 1080 lines)
    int margin = 24;

    QFont bodyFont(bool bold = false) const { return font(body, bold); }
    QFont titleFont() const { return font(title, true); }
    static QFont font(int pixels, bool bold)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(pixels);
        f.setBold(bold);
        return f;
    }
};

// 1080 lines give 24 px body text: what the back row of a meeting room still reads.
inline Style styleFor(int screenHeight)
{
    Style s;
    s.body = std::max(12, screenHeight * 24 / 1080);
    s.title = std::max(16, screenHeight * 32 / 1080);
    s.margin = s.body;
    return s;
}

// Black on white: projectors wash out colour, never contrast.
inline QColor ink()
{
    return QColor(0x00, 0x00, 0x00);
}
inline QColor paper()
{
    return QColor(0xff, 0xff, 0xff);
}
inline QColor quiet()
{
    return QColor(0x33, 0x33, 0x33);
} // still 12:1 on white
inline QColor cut()
{
    return QColor(0xb0, 0x00, 0x00);
}
inline QColor band()
{
    return QColor(0xe6, 0xee, 0xf8);
} // the plan's rows, behind black

} // namespace cutline::projector
