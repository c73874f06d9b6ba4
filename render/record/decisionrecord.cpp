#include "render/record/decisionrecord.h"

#include "core/record/recordcontent.h"

#include "core/decision/decisions.h"
#include "core/model/field.h"
#include "core/model/kindprofile.h"
#include "core/scoring/scoring.h"
#include "render/chart/chartpainter.h"
#include "render/graph/graphpainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>

#include <cmath>

namespace cutline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cutline::DecisionRecord", text);
}

} // namespace

DecisionRecord::DecisionRecord(const Workshop &workshop) : m_w(workshop), m_plan(makePlan(workshop))
{
}

int DecisionRecord::committedCount() const
{
    return int(std::count_if(m_w.candidates.begin(), m_w.candidates.end(),
                             [](const Candidate &c) { return c.decision == Decision::Commit; }));
}

QString DecisionRecord::bodyHtml(bool forPdf) const
{
    QString html;
    if (!forPdf) {
        html += QStringLiteral("<h1>%1</h1><p><b>%2</b></p><p>")
                    .arg(recordText(recordTitle(m_w)), recordText(tr("Decision record")));
        html += recordText(recordTitleLines(m_w).join(QLatin1Char('\n'))) + QStringLiteral("</p>");
    }
    for (const Section &s : recordSections(m_w, m_plan)) {
        html += QStringLiteral("<h2>%1</h2>").arg(recordText(s.title));
        for (const QString &p : s.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(recordText(p));
        if (s.table)
            html += htmlTable(*s.table);
        if (s.extra)
            html += htmlTable(*s.extra);
        if (!s.bullets.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString &b : s.bullets)
                html += QStringLiteral("<li>%1</li>").arg(recordText(b));
            html += QStringLiteral("</ul>");
        }
        if (!forPdf && s.title == tr("Summary")) {
            html += QStringLiteral("<h2>%1</h2>%2")
                        .arg(recordText(tr("Impact and effort")), QString::fromUtf8(chartSvg()));
            QByteArray graph = graphSvg(m_w);
            graph = graph.mid(std::max<qsizetype>(0, graph.indexOf("<svg")));
            html += QStringLiteral("<h2>%1</h2>%2")
                        .arg(recordText(tr("Dependencies")), QString::fromUtf8(graph));
        }
    }
    return html;
}

QString DecisionRecord::toHtml() const
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>"
                          "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60em;"
                          "margin:2em auto;color:#1d1d1d;line-height:1.4}"
                          "table{border-collapse:collapse;margin:.5em 0 1em}"
                          "th,td{border:1px solid #b8b8b8;padding:4px 6px;vertical-align:top}"
                          "th{background:#e8edf3;text-align:left}"
                          "h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}"
                          "svg{max-width:100%;height:auto}"
                          "</style></head><body>\n%2\n</body></html>\n")
        .arg(recordText(recordTitle(m_w) + QStringLiteral(" — ") + tr("Decision record")),
             bodyHtml(false));
}

QString DecisionRecord::toMarkdown() const
{
    QString md = QStringLiteral("# %1 — %2\n\n").arg(recordTitle(m_w), tr("Decision record"));
    for (const QString &line : recordTitleLines(m_w))
        md += QStringLiteral("- ") + line + QLatin1Char('\n');
    md += QLatin1Char('\n');
    for (const Section &s : recordSections(m_w, m_plan)) {
        md += QStringLiteral("## %1\n\n").arg(s.title);
        for (const QString &p : s.paragraphs)
            md += p + QStringLiteral("\n\n");
        if (s.table)
            md += markdownTable(*s.table) + QLatin1Char('\n');
        if (s.extra)
            md += markdownTable(*s.extra) + QLatin1Char('\n');
        for (const QString &b : s.bullets)
            md += QStringLiteral("- ") + b + QLatin1Char('\n');
        if (!s.bullets.isEmpty())
            md += QLatin1Char('\n');
        if (s.title == tr("Summary")) {
            md += QStringLiteral("## %1\n\n![%1](CHART_SVG)\n\n").arg(tr("Impact and effort"));
            md += QStringLiteral("## %1\n\n![%1](GRAPH_SVG)\n\n").arg(tr("Dependencies"));
        }
    }
    return md;
}

QByteArray DecisionRecord::chartSvg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(960, 600));
    svg.setViewBox(QRect(0, 0, 960, 600));
    svg.setResolution(96);
    svg.setTitle(tr("Impact and effort"));
    {
        QPainter painter(&svg);
        paintImpactChart(painter, QRectF(0, 0, 960, 600), m_w);
    }
    QByteArray data = buffer.data();
    const qsizetype start = data.indexOf("<svg");
    return start > 0 ? data.mid(start) : data;
}

void DecisionRecord::print(QPagedPaintDevice *device) const
{
    QPainter p(device);
    const double dpi = device->logicalDpiY();
    const QRectF page(0, 0, device->width(), device->height());
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(base);
    doc.setDefaultStyleSheet(QStringLiteral("h2 { color: #1f3a5f; } th { font-weight: bold; }"));
    doc.setHtml(bodyHtml(true));
    QFont small = base;
    small.setPointSizeF(7.5);
    const QFontMetricsF sm(small, device);
    const double headerHeight = sm.height() * 2.2;
    const double footerHeight = sm.height() * 2.2;
    const QRectF body(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight);
    doc.setPageSize(body.size());
    const int textPages = doc.pageCount();
    const int total = 1 + textPages + 2;
    const QString running = recordTitle(m_w) + QStringLiteral(" — ") + tr("Decision record");
    const QString when = dateText(m_w.date.isValid() ? m_w.date : QDate::currentDate());
    const auto frame = [&](int number) {
        p.setFont(small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, 0, page.width(), sm.height()), Qt::AlignLeft, running);
        p.drawText(QRectF(0, 0, page.width(), sm.height()), Qt::AlignRight, when);
        p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), dpi / 150));
        p.drawLine(QPointF(0, sm.height() * 1.4), QPointF(page.width(), sm.height() * 1.4));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, page.height() - sm.height(), page.width(), sm.height()),
                   Qt::AlignHCenter, tr("Page %1 of %2").arg(number).arg(total));
    };

    // Title page.
    QFont title = base;
    title.setPointSizeF(24);
    title.setBold(true);
    QFont subtitle = base;
    subtitle.setPointSizeF(14);
    p.setPen(QColor(0x1f, 0x3a, 0x5f));
    p.setFont(subtitle);
    const QFontMetricsF tm(title, device);
    double y = page.height() * 0.22;
    p.drawText(QRectF(0, y, page.width(), tm.height()), Qt::AlignLeft, tr("Decision record"));
    y += tm.height() * 1.2;
    p.setFont(title);
    const QRectF titleRect = p.boundingRect(QRectF(0, y, page.width(), page.height()),
                                            Qt::TextWordWrap, recordTitle(m_w));
    p.drawText(titleRect, Qt::TextWordWrap, recordTitle(m_w));
    y = titleRect.bottom() + tm.height() * 0.6;
    p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), dpi / 50));
    p.drawLine(QPointF(0, y), QPointF(page.width() * 0.4, y));
    y += tm.height() * 0.6;
    QFont info = base;
    info.setPointSizeF(11);
    p.setFont(info);
    p.setPen(QColor(0x22, 0x22, 0x22));
    const QFontMetricsF im(info, device);
    for (const QString &line : recordTitleLines(m_w)) {
        const QRectF r =
            p.boundingRect(QRectF(0, y, page.width(), page.height()), Qt::TextWordWrap, line);
        p.drawText(r, Qt::TextWordWrap, line);
        y = r.bottom() + im.height() * 0.35;
    }
    y += im.height();
    const QString signature =
        m_w.signOff.by.isEmpty()
            ? tr("Not signed off by the decider yet.")
            : (signOffCurrent(m_w)
                   ? tr("Signed off by %1 on %2.")
                   : tr("Signed off by %1 on %2; decisions changed after the sign-off."))
                  .arg(m_w.signOff.by, timeText(m_w.signOff.at));
    p.drawText(QRectF(0, y, page.width(), page.height()), Qt::TextWordWrap, signature);
    frame(1);

    // The text, page by page, under the running header.
    for (int i = 0; i < textPages; ++i) {
        device->newPage();
        frame(2 + i);
        p.save();
        p.translate(0, body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        p.setClipRect(clip);
        doc.drawContents(&p, clip);
        p.restore();
    }

    // The chart, as vector drawing.
    device->newPage();
    frame(total);
    QFont heading = base;
    heading.setPointSizeF(13);
    heading.setBold(true);
    p.setFont(heading);
    p.setPen(QColor(0x1f, 0x3a, 0x5f));
    const QFontMetricsF hm(heading, device);
    p.drawText(QPointF(0, body.top() + hm.ascent()), tr("Impact and effort"));
    const double chartHeight = std::min(body.height() - hm.height() * 2, body.width() * 0.75);
    paintImpactChart(p, QRectF(0, body.top() + hm.height() * 1.6, body.width(), chartHeight), m_w);

    // The dependency graph, scaled to the page, as vector drawing.
    device->newPage();
    frame(total);
    p.setFont(heading);
    p.setPen(QColor(0x1f, 0x3a, 0x5f));
    p.drawText(QPointF(0, body.top() + hm.ascent()), tr("Dependencies"));
    const GraphLayout layout = layoutGraph(m_w);
    const QRectF area(0, body.top() + hm.height() * 1.6, body.width(),
                      body.height() - hm.height() * 1.6);
    const QRectF bounds = layout.bounds.adjusted(-10, -10, 10, 10);
    if (bounds.width() > 0 && bounds.height() > 0) {
        const double scale =
            std::min(area.width() / bounds.width(), area.height() / bounds.height());
        p.save();
        p.translate(area.topLeft());
        p.scale(scale, scale);
        p.translate(-bounds.topLeft());
        paintGraph(p, m_w, layout, QSet<int>(m_plan.selected.begin(), m_plan.selected.end()));
        p.restore();
    }
}

Status DecisionRecord::writePdf(const QString &path, const QPageSize &pageSize) const
{
    QPdfWriter writer(path);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(recordTitle(m_w) + QStringLiteral(" — ") + tr("Decision record"));
    writer.setCreator(QStringLiteral("Cutline"));
    print(&writer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error{tr("%1 could not be written.").arg(path)};
    return success();
}

Status DecisionRecord::write(const QString &path, const QPageSize &pageSize) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, pageSize);
    QByteArray data;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        data = toHtml().toUtf8();
    } else if (suffix == QLatin1String("md")) {
        const QFileInfo info(path);
        const QString chartName = info.completeBaseName() + QStringLiteral("-chart.svg");
        QSaveFile chart(info.dir().filePath(chartName));
        if (!chart.open(QIODevice::WriteOnly) || chart.write(chartSvg()) < 0 || !chart.commit())
            return Error{
                tr("%1 could not be written: %2.").arg(chart.fileName(), chart.errorString())};
        const QString graphName = info.completeBaseName() + QStringLiteral("-graph.svg");
        QSaveFile graph(info.dir().filePath(graphName));
        if (!graph.open(QIODevice::WriteOnly) || graph.write(graphSvg(m_w)) < 0 || !graph.commit())
            return Error{
                tr("%1 could not be written: %2.").arg(graph.fileName(), graph.errorString())};
        data = toMarkdown()
                   .replace(QStringLiteral("CHART_SVG"), chartName)
                   .replace(QStringLiteral("GRAPH_SVG"), graphName)
                   .toUtf8();
    } else {
        return Error{tr("%1: a decision record is written as .pdf, .html or .md.").arg(path)};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit())
        return Error{tr("%1 could not be written: %2.").arg(path, file.errorString())};
    return success();
}

QPageSize defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

} // namespace cutline
