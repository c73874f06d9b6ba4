#include "render/record/decisionrecord.h"

#include "core/record/recordaddendum.h"
#include "core/record/recordcontent.h"

#include "core/decision/decisions.h"
#include "core/model/field.h"
#include "core/model/kindprofile.h"
#include "core/scoring/scoring.h"
#include "render/chart/chartpainter.h"
#include "render/graph/graphpainter.h"
#include "render/record/recordpages.h"

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

// The addendum (issue 15) in HTML: set apart by a rule, after the signed content.
QString addendumHtml(const Workshop &w)
{
    const QList<Section> sections = addendumSections(w);
    if (sections.isEmpty())
        return {};
    QString html = QStringLiteral("<hr><div class=\"addendum\">");
    for (const Section &s : sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(recordText(s.title));
        for (const QString &p : s.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(recordText(p));
        if (s.table)
            html += htmlTable(*s.table);
        if (!s.bullets.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString &b : s.bullets)
                html += QStringLiteral("<li>%1</li>").arg(recordText(b));
            html += QStringLiteral("</ul>");
        }
    }
    return html + QStringLiteral("</div>");
}

QString addendumMarkdown(const Workshop &w)
{
    const QList<Section> sections = addendumSections(w);
    if (sections.isEmpty())
        return {};
    QString md = QStringLiteral("---\n\n");
    for (const Section &s : sections) {
        md += QStringLiteral("## %1\n\n").arg(s.title);
        for (const QString &p : s.paragraphs)
            md += p + QStringLiteral("\n\n");
        if (s.table)
            md += markdownTable(*s.table) + QLatin1Char('\n');
        for (const QString &b : s.bullets)
            md += QStringLiteral("- ") + b + QLatin1Char('\n');
        if (!s.bullets.isEmpty())
            md += QLatin1Char('\n');
    }
    return md;
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
        if (!forPdf && s.id == SectionId::Summary) {
            html += QStringLiteral("<h2>%1</h2>%2")
                        .arg(recordText(tr("Impact and effort")), QString::fromUtf8(chartSvg()));
            QByteArray graph = graphSvg(m_w);
            graph = graph.mid(std::max<qsizetype>(0, graph.indexOf("<svg")));
            html += QStringLiteral("<h2>%1</h2>%2")
                        .arg(recordText(tr("Dependencies")), QString::fromUtf8(graph));
        }
    }
    html += addendumHtml(m_w);
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
        if (s.id == SectionId::Summary) {
            md += QStringLiteral("## %1\n\n![%1](CHART_SVG)\n\n").arg(tr("Impact and effort"));
            md += QStringLiteral("## %1\n\n![%1](GRAPH_SVG)\n\n").arg(tr("Dependencies"));
        }
    }
    md += addendumMarkdown(m_w);
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

namespace {

const QColor kHeadingInk(0x1f, 0x3a, 0x5f);
const QColor kGrey(0x55, 0x55, 0x55);

// The running header and the page number, outside the body.
void paintFrame(QPainter &p, const QSizeF &paper, const QString &running, const QString &when,
                const QString &number)
{
    const QFont small = recordFont(7.5);
    const QFontMetricsF sm(small);
    p.setFont(small);
    p.setPen(kGrey);
    p.drawText(QRectF(0, 0, paper.width(), sm.height()), Qt::AlignLeft, running);
    p.drawText(QRectF(0, 0, paper.width(), sm.height()), Qt::AlignRight, when);
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5 * kUnitsPerPoint));
    p.drawLine(QPointF(0, sm.height() * 1.4), QPointF(paper.width(), sm.height() * 1.4));
    p.setPen(kGrey);
    p.drawText(QRectF(0, paper.height() - sm.height(), paper.width(), sm.height()),
               Qt::AlignHCenter, number);
}

void paintTextPage(QPainter &p, const RecordPage &page, const QPointF &origin)
{
    p.save();
    p.translate(origin);
    for (const PageBox &box : page.boxes) {
        p.setPen(QPen(box.border, 0.5 * kUnitsPerPoint));
        p.setBrush(box.fill.isValid() ? QBrush(box.fill) : QBrush(Qt::NoBrush));
        p.drawRect(box.rect);
    }
    for (const PageText &text : page.texts) {
        p.setFont(text.font);
        p.setPen(text.colour);
        p.drawText(text.baseline, text.text);
    }
    p.restore();
}

double headingHeight()
{
    return QFontMetricsF(recordFont(13, true)).height() * 1.6;
}

void paintHeading(QPainter &p, const QRectF &body, const QString &heading)
{
    const QFont font = recordFont(13, true);
    p.setFont(font);
    p.setPen(kHeadingInk);
    p.drawText(QPointF(body.left(), body.top() + QFontMetricsF(font).ascent()), heading);
}

} // namespace

QSizeF DecisionRecord::paperSize(const QPageLayout &layout)
{
    return layout.paintRect(QPageLayout::Point).size() * kUnitsPerPoint;
}

QRectF DecisionRecord::bodyRect(const QSizeF &paper)
{
    const double frame = QFontMetricsF(recordFont(7.5)).height() * 2.2;
    return QRectF(0, frame, paper.width(), paper.height() - 2 * frame);
}

QList<RecordPage> DecisionRecord::paginate(const QSizeF &paper) const
{
    const QRectF body = bodyRect(paper);
    QList<RecordPage> pages{RecordPage{RecordPage::Kind::Title, {}, {}, {}, 1, {}}};
    pages += layoutRecordText(recordSections(m_w, m_plan), body.size());
    pages.append(RecordPage{RecordPage::Kind::Chart, {}, {}, {}, 1, tr("Impact and effort")});
    const LayoutOptions options = graphLayoutOptions(m_w);
    const QRectF bounds = graphBounds(m_w, graphLayout()).adjusted(-10, -10, 10, 10);
    const QList<RecordPage> graph =
        layoutGraphPages(bounds, QSizeF(options.nodeWidth, options.nodeHeight),
                         QSizeF(body.width(), body.height() - headingHeight()));
    for (qsizetype i = 0; i < graph.size(); ++i) {
        RecordPage page = graph[i];
        page.heading = graph.size() == 1
                           ? tr("Dependencies")
                           : tr("Dependencies (part %1 of %2)").arg(i + 1).arg(graph.size());
        pages.append(page);
    }
    // Issue 15: reviews come after everything signed, on pages of their own.
    if (const QList<Section> addendum = addendumSections(m_w); !addendum.isEmpty())
        pages += layoutRecordText(addendum, body.size());
    return pages;
}

int DecisionRecord::pageCount(const QPageLayout &layout) const
{
    return int(paginate(paperSize(layout)).size());
}

void DecisionRecord::paintTitlePage(QPainter &p, const QSizeF &paper) const
{
    const QFont title = recordFont(24, true), subtitle = recordFont(14), info = recordFont(11);
    const QFontMetricsF tm(title), im(info);
    double y = paper.height() * 0.22;
    p.setPen(kHeadingInk);
    p.setFont(subtitle);
    p.drawText(QRectF(0, y, paper.width(), tm.height()), Qt::AlignLeft, tr("Decision record"));
    y += tm.height() * 1.2;
    p.setFont(title);
    const QRectF titleRect = p.boundingRect(QRectF(0, y, paper.width(), paper.height()),
                                            Qt::TextWordWrap, recordTitle(m_w));
    p.drawText(titleRect, Qt::TextWordWrap, recordTitle(m_w));
    y = titleRect.bottom() + tm.height() * 0.6;
    p.setPen(QPen(kHeadingInk, 1.5 * kUnitsPerPoint));
    p.drawLine(QPointF(0, y), QPointF(paper.width() * 0.4, y));
    y += tm.height() * 0.6;
    p.setFont(info);
    p.setPen(QColor(0x22, 0x22, 0x22));
    QStringList lines = recordTitleLines(m_w);
    lines.append(QString());
    lines.append(recordSections(m_w, m_plan).constFirst().paragraphs.constLast()); // sign-off
    for (const QString &line : std::as_const(lines)) {
        const QRectF r =
            p.boundingRect(QRectF(0, y, paper.width(), paper.height()), Qt::TextWordWrap,
                           line.isEmpty() ? QStringLiteral(" ") : line);
        p.drawText(r, Qt::TextWordWrap, line);
        y = r.bottom() + im.height() * 0.35;
    }
}

void DecisionRecord::paintPage(QPainter &p, const RecordPage &page, const QSizeF &paper) const
{
    const QRectF body = bodyRect(paper);
    switch (page.kind) {
    case RecordPage::Kind::Title:
        paintTitlePage(p, paper);
        break;
    case RecordPage::Kind::Text:
        paintTextPage(p, page, body.topLeft());
        break;
    case RecordPage::Kind::Chart: {
        paintHeading(p, body, page.heading);
        // The chart sizes its text in points on the device: paint it untransformed.
        const QTransform toDevice = p.transform();
        const QRectF area(body.left(), body.top() + headingHeight(), body.width(),
                          std::min(body.height() - headingHeight(), body.width() * 0.75));
        p.save();
        p.resetTransform();
        paintImpactChart(p, toDevice.mapRect(area), m_w);
        p.restore();
        break;
    }
    case RecordPage::Kind::Graph:
        paintHeading(p, body, page.heading);
        paintGraphTile(p, page, body.adjusted(0, headingHeight(), 0, 0));
        break;
    }
}

const GraphLayout &DecisionRecord::graphLayout() const
{
    if (!m_graphLayout)
        m_graphLayout = layoutGraph(m_w, graphLayoutOptions(m_w));
    return *m_graphLayout;
}

void DecisionRecord::paintGraphTile(QPainter &p, const RecordPage &page, const QRectF &area) const
{
    if (page.graphTile.isEmpty())
        return;
    const GraphLayout &layout = graphLayout();
    p.save();
    p.translate(area.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), page.graphTile.size() * page.graphScale));
    p.scale(page.graphScale, page.graphScale);
    p.translate(-page.graphTile.topLeft());
    paintGraph(p, m_w, layout, QSet<int>(m_plan.selected.begin(), m_plan.selected.end()));
    p.restore();
}

void DecisionRecord::print(QPagedPaintDevice *device) const
{
    // One pagination, in points, for every device: the count printed is the count painted.
    const QSizeF paper = paperSize(device->pageLayout());
    const QList<RecordPage> pages = paginate(paper);
    const QString running = recordTitle(m_w) + QStringLiteral(" — ") + tr("Decision record");
    const QString when = dateText(m_w.date.isValid() ? m_w.date : QDate::currentDate());
    QPainter p(device);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        p.save();
        p.scale(device->width() / paper.width(), device->height() / paper.height());
        paintPage(p, pages[i], paper);
        paintFrame(p, paper, running, when, tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        p.restore();
    }
}

Status DecisionRecord::writePdf(const QString &path, const QPageSize &pageSize) const
{
    // The file is opened first, so an unwritable folder is refused at once, before the record
    // (its plan, its odds) is computed. The pages go into memory, then through QSaveFile: a
    // failed export leaves no half-written PDF.
    QSaveFile file(path);
    const auto refused = [&] {
        return Error{tr("%1 could not be written: %2. Choose a folder you can write to.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return refused();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(recordTitle(m_w) + QStringLiteral(" — ") + tr("Decision record"));
        writer.setCreator(QStringLiteral("Cutline"));
        print(&writer);
    }
    if (buffer.data().isEmpty() || file.write(buffer.data()) != buffer.data().size() ||
        !file.commit())
        return refused();
    return success();
}

Status DecisionRecord::write(const QString &path, const QPageSize &pageSize) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, pageSize);
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm");
    if (!html && suffix != QLatin1String("md"))
        return Error{tr("%1: a decision record is written as .pdf, .html or .md.").arg(path)};
    // Opened before anything is computed: an unwritable place is refused at once.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 could not be written: %2.").arg(path, file.errorString())};
    QByteArray data;
    if (html) {
        data = toHtml().toUtf8();
    } else {
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
    }
    if (file.write(data) < 0 || !file.commit())
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
