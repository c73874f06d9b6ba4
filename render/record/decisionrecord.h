// DecisionRecord: what a workshop decided, why, by whom and when to check — for the people who
// were not in the room. One content, three forms: PDF (title page, running header, page
// numbers, vector chart), HTML (with the chart as inline SVG) and Markdown for wikis.
#pragma once

#include "core/graph/layout.h"
#include "core/model/workshop.h"
#include "core/plan/planner.h"
#include "core/result.h"

#include <QList>
#include <QPageSize>
#include <QString>

#include <optional>

class QPageLayout;
class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace cutline {

struct RecordPage;

class DecisionRecord
{
public:
    // `today` is the record's date (the workshop's date when it has one).
    explicit DecisionRecord(const Workshop &workshop);

    QString toHtml() const;     // standalone page, chart inline as SVG
    QString toMarkdown() const; // chart as a separate SVG next to the file: see chartSvg()
    QByteArray chartSvg() const;

    // Paints the whole record onto a paged device (a PDF writer or a printer for preview),
    // laid out in the device's page layout independently of its resolution.
    void print(QPagedPaintDevice *device) const;
    // How many pages print() paints for a page layout.
    int pageCount(const QPageLayout &layout) const;
    // Writes a PDF in `pageSize` (A4, Letter, …); refuses with a message naming the file.
    Status writePdf(const QString &path, const QPageSize &pageSize) const;
    // Writes the format the extension names: .pdf, .html/.htm, .md. For .md the chart is
    // written beside it as NAME-chart.svg.
    Status write(const QString &path, const QPageSize &pageSize) const;

    int committedCount() const;

private:
    QString bodyHtml(bool forPdf) const;
    static QSizeF paperSize(const QPageLayout &layout);
    static QRectF bodyRect(const QSizeF &paper);
    QList<RecordPage> paginate(const QSizeF &paper) const;
    void paintPage(QPainter &p, const RecordPage &page, const QSizeF &paper) const;
    void paintTitlePage(QPainter &p, const QSizeF &paper) const;
    void paintGraphTile(QPainter &p, const RecordPage &page, const QRectF &area) const;
    // The dependency graph's layout, made once: every page of it, and the pagination, draw
    // from the same one (laying out 400 candidates takes a quarter of a second or more).
    const GraphLayout &graphLayout() const;

    Workshop m_w;
    Plan m_plan; // the plan under the decisions taken: the same as the Plan view's
    mutable std::optional<GraphLayout> m_graphLayout;
};

// The page size a user's locale expects: US Letter in the Americas' letter countries, else A4.
QPageSize defaultPageSize();

} // namespace cutline
