// The PDF record's pagination: the record laid out once, on pages of one size, in units that do
// not depend on the device's resolution; printing paints these pages, so "Page i of N" counts
// the pages painted, in the export and the preview alike.
#pragma once

#include "core/record/recordcontent.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>

namespace cutline {

// Layout units per point: fonts are set by pixel size in these units (a tenth of a point), so
// measuring them does not depend on the device.
inline constexpr double kUnitsPerPoint = 10;

QFont recordFont(double points, bool bold = false);

struct PageText
{
    QPointF baseline; // left end of the baseline
    QString text;
    QFont font;
    QColor colour;
};

struct PageBox
{
    QRectF rect;
    QColor fill; // invalid: none
    QColor border;
};

struct RecordPage
{
    enum class Kind
    {
        Title,
        Text,
        Chart,
        Graph
    };
    Kind kind = Kind::Text;
    QList<PageBox> boxes; // under the texts
    QList<PageText> texts;
    QRectF graphTile;      // Graph: the part of the graph picture (its own units) on this page
    double graphScale = 1; // Graph: layout units per graph unit
    QString heading;       // Chart and Graph pages
};

// The sections as text pages on a page body of `body` (layout units).
QList<RecordPage> layoutRecordText(const QList<Section> &sections, const QSizeF &body);

// The graph picture `bounds` (graph units) on as few pages of `area` as keep its text at 7 pt
// or more, every page filled alike; pages overlap by a `box`, so each box is whole on one.
QList<RecordPage> layoutGraphPages(const QRectF &bounds, const QSizeF &box, const QSizeF &area);

// Lines of `text` no wider than `width`, broken at spaces and line breaks only (a word wider
// than the width is broken only as a last resort).
QStringList wrapText(const QString &text, const QFont &font, double width);

} // namespace cutline
