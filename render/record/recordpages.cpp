#include "render/record/recordpages.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cutline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cutline::DecisionRecord", text);
}

const QColor kInk(0x1d, 0x1d, 0x1d);
const QColor kHeadingInk(0x1f, 0x3a, 0x5f);
const QColor kGrid(0xb8, 0xb8, 0xb8);
const QColor kHeaderFill(0xe8, 0xed, 0xf3);
constexpr double kBodyPoints = 9;
constexpr double kHeadingPoints = 13;
constexpr double kTablePoints = 8;
constexpr double kMinTablePoints = 7;
constexpr double kPad = 3 * kUnitsPerPoint;   // inside a table cell
constexpr double kSlack = 1 * kUnitsPerPoint; // measured and printed advances may differ a bit

// The pages of the text, filled from the top down.
class Flow
{
public:
    explicit Flow(const QSizeF &body) : m_body(body) { newPage(); }

    QList<RecordPage> pages;
    double y() const { return m_y; }
    double width() const { return m_body.width(); }
    double height() const { return m_body.height(); }
    double remaining() const { return m_body.height() - m_y; }
    void newPage()
    {
        pages.append(RecordPage{});
        m_y = 0;
    }
    // A new page unless `needed` fits on this one (or this one is still empty).
    void ensure(double needed)
    {
        if (needed > remaining() && m_y > 0)
            newPage();
    }
    void advance(double by) { m_y += by; }
    void text(double x, double top, const QString &line, const QFont &font, const QColor &colour)
    {
        pages.last().texts.append(
            {QPointF(x, top + QFontMetricsF(font).ascent()), line, font, colour});
    }
    void box(const QRectF &rect, const QColor &fill)
    {
        pages.last().boxes.append({rect, fill, kGrid});
    }

private:
    QSizeF m_body;
    double m_y = 0;
};

double lineHeight(const QFont &font)
{
    return QFontMetricsF(font).lineSpacing() * 1.1;
}

void addLines(Flow &flow, const QStringList &lines, double indent, const QFont &font,
              const QColor &colour, const QString &bullet = {})
{
    const double step = lineHeight(font);
    for (int i = 0; i < lines.size(); ++i) {
        flow.ensure(step);
        if (i == 0 && !bullet.isEmpty())
            flow.text(indent / 3, flow.y(), bullet, font, colour);
        flow.text(indent, flow.y(), lines[i], font, colour);
        flow.advance(step);
    }
    flow.advance(step * 0.45);
}

// `keep`: how much of what follows should stay on the heading's page.
void addHeading(Flow &flow, const QString &title, double keep)
{
    const QFont font = recordFont(kHeadingPoints, true);
    const double step = lineHeight(font);
    flow.ensure(step * 1.7 + std::max(keep, 4 * lineHeight(recordFont(kBodyPoints))));
    if (flow.y() > 0)
        flow.advance(step * 0.5);
    flow.text(0, flow.y(), title, font, kHeadingInk);
    flow.advance(step * 1.2);
}

// --- Tables -------------------------------------------------------------------------------

struct TableGeometry
{
    QFont font;
    QFont bold;
    QList<double> widths;
    double line = 0;
};

QString cellText(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed();
}

// The widest word of `text`: a column narrower than it would have to break the word.
double widestWord(const QString &text, const QFontMetricsF &metrics)
{
    double widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

QList<double> minimumWidths(const Table &t, const QFont &font, const QFont &bold)
{
    const QFontMetricsF fm(font), bm(bold);
    QList<double> mins;
    for (int i = 0; i < t.headers.size(); ++i) {
        double widest = widestWord(t.headers[i], bm);
        for (const QStringList &row : t.rows)
            if (i < row.size())
                widest = std::max(widest, widestWord(cellText(row[i]), fm));
        if (i == 0) // a split row's key cell says "(continued)"
            widest = std::max(widest, fm.horizontalAdvance(tr("(continued)")));
        mins.append(widest + 2 * kPad + kSlack);
    }
    return mins;
}

// The table's percentages of `width`, each column widened to its minimum, the room taken from
// the columns with some to spare.
QList<double> distribute(const QList<double> &mins, const QList<int> &percent, double width)
{
    const qsizetype n = mins.size();
    QList<double> w(n);
    for (qsizetype i = 0; i < n; ++i)
        w[i] = std::max(mins[i], width * (i < percent.size() ? percent[i] : 100.0 / n) / 100);
    const double over = std::accumulate(w.begin(), w.end(), 0.0) - width;
    double spare = 0;
    for (qsizetype i = 0; i < n; ++i)
        spare += w[i] - mins[i];
    if (over <= 0)
        return w;
    if (spare >= over) {
        for (qsizetype i = 0; i < n; ++i)
            w[i] -= (w[i] - mins[i]) * over / spare;
        return w;
    }
    // Even 7 pt does not fit every word (a long link, say): share the width by the minimums.
    const double total = std::accumulate(mins.begin(), mins.end(), 0.0);
    for (qsizetype i = 0; i < n; ++i)
        w[i] = mins[i] * width / total;
    return w;
}

// The largest font from 8 pt down to 7 pt whose columns fit every word.
TableGeometry fitTable(const Table &t, double width)
{
    TableGeometry g;
    QList<double> mins;
    for (double points = kTablePoints;; points -= 0.5) {
        g.font = recordFont(points);
        g.bold = recordFont(points, true);
        mins = minimumWidths(t, g.font, g.bold);
        if (std::accumulate(mins.begin(), mins.end(), 0.0) <= width || points <= kMinTablePoints)
            break;
    }
    g.widths = distribute(mins, t.widths, width);
    g.line = lineHeight(g.font);
    return g;
}

using Row = QList<QStringList>; // each cell's lines

Row wrapRow(const QStringList &cells, const TableGeometry &g, const QFont &font)
{
    Row row;
    for (int i = 0; i < g.widths.size(); ++i)
        row.append(wrapText(cellText(cells.value(i)), font, g.widths[i] - 2 * kPad - kSlack));
    return row;
}

int rowLines(const Row &row)
{
    int lines = 1;
    for (const QStringList &cell : row)
        lines = std::max(lines, int(cell.size()));
    return lines;
}

double rowHeight(const Row &row, const TableGeometry &g)
{
    return rowLines(row) * g.line + 2 * kPad;
}

void emitRow(Flow &flow, const Row &row, const TableGeometry &g, const QFont &font, bool header)
{
    const double height = rowHeight(row, g);
    double x = 0;
    for (int i = 0; i < row.size(); ++i) {
        flow.box(QRectF(x, flow.y(), g.widths[i], height), header ? kHeaderFill : QColor());
        for (int k = 0; k < row[i].size(); ++k)
            flow.text(x + kPad, flow.y() + kPad + k * g.line, row[i][k], font, kInk);
        x += g.widths[i];
    }
    flow.advance(height);
}

// The row's first `lines` lines here; the rest, under its key "(continued)", for the next page.
Row splitRow(Row &row, int lines, const QString &key, const TableGeometry &g)
{
    Row rest;
    for (QStringList &cell : row) {
        rest.append(cell.mid(lines));
        cell = cell.mid(0, lines);
    }
    rest[0] =
        wrapText(tr("%1 (continued)").arg(key), g.font, g.widths[0] - 2 * kPad - kSlack) + rest[0];
    return rest;
}

void addTable(Flow &flow, const Table &t)
{
    const TableGeometry g = fitTable(t, flow.width());
    const Row header = wrapRow(t.headers, g, g.bold);
    const double headerHeight = rowHeight(header, g);
    flow.ensure(headerHeight + 2 * g.line + 2 * kPad);
    emitRow(flow, header, g, g.bold, true);
    const auto nextPage = [&] {
        flow.newPage();
        emitRow(flow, header, g, g.bold, true);
    };
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        Row row = wrapRow(t.rows[r], g, g.font);
        const QString key = r < t.keys.size() ? t.keys[r] : cellText(t.rows[r].value(0));
        for (;;) {
            const double height = rowHeight(row, g);
            if (height <= flow.remaining()) {
                emitRow(flow, row, g, g.font, false);
                break;
            }
            // A short row moves whole; a tall one fills this page first.
            const int fit = int((flow.remaining() - 2 * kPad) / g.line);
            if (height <= (flow.height() - headerHeight) * 0.4 || fit < 2) {
                nextPage();
                continue;
            }
            Row rest = splitRow(row, fit, key, g);
            emitRow(flow, row, g, g.font, false);
            nextPage();
            row = rest;
        }
    }
    flow.advance(lineHeight(g.font) * 0.8);
}

} // namespace

QFont recordFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(points * kUnitsPerPoint)));
    font.setBold(bold);
    font.setKerning(false); // advances measured word by word add up to the line's
    return font;
}

QStringList wrapText(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(longer) <= width) {
                line = longer;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            line = word;
            // Last resort, for a word wider than the whole width.
            while (line.size() > 1 && fm.horizontalAdvance(line) > width) {
                qsizetype n = line.size() - 1;
                while (n > 1 && fm.horizontalAdvance(line.left(n)) > width)
                    --n;
                lines.append(line.left(n));
                line = line.mid(n);
            }
        }
        lines.append(line);
    }
    return lines;
}

QList<RecordPage> layoutRecordText(const QList<Section> &sections, const QSizeF &body)
{
    Flow flow(body);
    const QFont font = recordFont(kBodyPoints);
    const double indent = 4 * kBodyPoints * kUnitsPerPoint / 3;
    for (const Section &s : sections) {
        QList<QStringList> paragraphs;
        double lead = 0; // the paragraphs and a table's first rows stay with the heading
        for (const QString &p : s.paragraphs) {
            paragraphs.append(wrapText(p, font, flow.width() - kSlack));
            lead += (paragraphs.last().size() + 0.45) * lineHeight(font);
        }
        if (s.table || s.extra)
            lead += 4 * lineHeight(recordFont(kTablePoints)) + 4 * kPad;
        addHeading(flow, s.title, std::min(lead, flow.height() / 3));
        for (const QStringList &lines : std::as_const(paragraphs))
            addLines(flow, lines, 0, font, kInk);
        if (s.table)
            addTable(flow, *s.table);
        if (s.extra)
            addTable(flow, *s.extra);
        for (const QString &b : s.bullets)
            addLines(flow, wrapText(b, font, flow.width() - indent - kSlack), indent, font, kInk,
                     QStringLiteral("•"));
    }
    return flow.pages;
}

namespace {

// Tiles along one side: how many, and how far apart, so that tiles overlapping by `overlap`
// (a box's size) each fit `room` at `scale`; every box is then whole on some page.
std::pair<int, double> tiling(double extent, double overlap, double room, double scale)
{
    const double step = std::max(room / scale - overlap, room / scale / 2);
    const int count = std::max(1, int(std::ceil((extent - overlap) / step)));
    return {count, count == 1 ? 0.0 : (extent - overlap) / count};
}

} // namespace

QList<RecordPage> layoutGraphPages(const QRectF &bounds, const QSizeF &box, const QSizeF &area)
{
    // The graph's smallest text is 11 units high: at least 7 pt printed, at most 9 pt.
    const double least = 7 * kUnitsPerPoint / 11, most = 9 * kUnitsPerPoint / 11;
    RecordPage page;
    page.kind = RecordPage::Kind::Graph;
    if (bounds.width() <= 0 || bounds.height() <= 0)
        return {page};
    const QSizeF overlap = box + QSizeF(20, 20);
    const auto [columns, xStep] = tiling(bounds.width(), overlap.width(), area.width(), least);
    const auto [rows, yStep] = tiling(bounds.height(), overlap.height(), area.height(), least);
    // Tiles of equal size, each as large as the page allows: no page is left half empty.
    const QSizeF tile(columns == 1 ? bounds.width() : xStep + overlap.width(),
                      rows == 1 ? bounds.height() : yStep + overlap.height());
    page.graphScale = std::min({area.width() / tile.width(), area.height() / tile.height(), most});
    QList<RecordPage> pages;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            page.graphTile = QRectF(bounds.topLeft() + QPointF(c * xStep, r * yStep), tile);
            pages.append(page);
        }
    return pages;
}

} // namespace cutline
