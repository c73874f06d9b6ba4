#include "ui/room/revealview.h"

#include "core/model/field.h"
#include "ui/projector/projectorstyle.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace cutline {

namespace {

const QColor kIqr(0xc9, 0xda, 0xf0);   // the middle half: a pale blue box
const QColor kDot(0x1f, 0x4e, 0x9a);   // a ballot
const QColor kFlag(0xb0, 0x00, 0x00);  // could change the plan, diverges
const QColor kQuiet(0x4a, 0x4a, 0x4a); // scale labels, still 8:1 on white

QString n(double value)
{
    return formatAmount(value);
}

// "median 5 · IQR 4–6 · 2–8", and for ratio quantities how many times the max is the min.
QString numbers(const room::InputSpread &input, bool ratio)
{
    QString text = RevealView::tr("median %1 · IQR %2–%3 · %4–%5")
                       .arg(n(input.median), n(input.q1), n(input.q3), n(input.min), n(input.max));
    if (ratio && input.min > 0 && input.max > input.min)
        text += RevealView::tr(" (×%1)").arg(n(input.max / input.min));
    return text;
}

QString flagsText(const room::CandidateSpread &s)
{
    QStringList flags;
    if (s.couldChangePlan)
        flags << RevealView::tr("COULD CHANGE THE PLAN");
    if (s.diverges)
        flags << RevealView::tr("◆ diverges");
    if (s.acceptChangesPlan)
        flags << RevealView::tr("accepting moves the plan");
    return flags.join(QStringLiteral("  ·  "));
}

} // namespace

// Sizes derived from the body type, so large type scales the whole picture.
struct RevealView::Metrics
{
    QFont body;
    QFont bold;
    QFont title;
    QFont small;
    int line = 0;   // one line of body text
    int row = 0;    // one input's row
    int gap = 0;    // between candidates
    int margin = 0; // around everything
    int dot = 0;    // a ballot's dot radius
};

RevealView::RevealView(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Reveal"));
}

void RevealView::setRound(const Workshop &workshop, const RoomRound &round, int candidateId)
{
    m_workshop = workshop;
    m_round = round;
    m_only = candidateId;
    m_spreads.clear();
    if (round.revealed()) {
        if (candidateId)
            m_spreads = {room::spreadOf(workshop, round, candidateId)};
        else
            m_spreads = room::discussionQueue(workshop, round);
    }
    updateGeometry();
    update();
}

void RevealView::setLargeType(bool large)
{
    if (m_large == large)
        return;
    m_large = large;
    updateGeometry();
    update();
}

RevealView::Metrics RevealView::metrics() const
{
    Metrics m;
    // Large type fills a projector; in a narrow panel it shrinks with the width (down to a
    // size still larger than the desktop's), so labels and numbers keep their room.
    const int px = m_large ? std::clamp(width() / 40, 16, projector::styleFor(1080).body)
                           : std::max(13, font().pixelSize());
    m.body = projector::Style::font(px, false);
    m.bold = projector::Style::font(px, true);
    m.title = projector::Style::font(px * 4 / 3, true);
    m.small = projector::Style::font(std::max(10, px * 3 / 4), false);
    m.line = QFontMetrics(m.body).height();
    m.dot = std::max(4, px * 2 / 5);
    m.row = m.dot * 9 + m.line + 4; // three stacked dots each way, the scale's labels
    m.gap = m.line;
    m.margin = px;
    return m;
}

int RevealView::contentHeight() const
{
    const Metrics m = metrics();
    if (!m_round.revealed())
        return m.margin * 2 + m.line * 3;
    int h = m.margin * 2;
    for (const room::CandidateSpread &s : m_spreads)
        h += QFontMetrics(m.title).height() + m.line * 2 + int(s.inputs.size()) * m.row + m.gap +
             (s.inputs.isEmpty() ? 0 : m.line * 3) +    // the room's estimate
             (flagsText(s).isEmpty() ? 0 : m.line * 3); // the flags, up to three lines
    return h;
}

QSize RevealView::sizeHint() const
{
    return {m_large ? 1200 : 720, contentHeight()};
}

QSize RevealView::minimumSizeHint() const
{
    return {m_large ? 420 : 320, metrics().line * 4};
}

int RevealView::heightForWidth(int) const
{
    return contentHeight();
}

void RevealView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_large && event->oldSize().width() != width())
        updateGeometry(); // the type, so the height, follows the width
}

void RevealView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void RevealView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), projector::paper());
    if (!m_round.revealed()) {
        paintHidden(p);
        return;
    }
    int top = metrics().margin;
    for (const room::CandidateSpread &s : m_spreads)
        top = paintCandidate(p, s, top);
}

// Before the reveal nobody sees a value, the facilitator included: only the count.
void RevealView::paintHidden(QPainter &p) const
{
    const Metrics m = metrics();
    int ballots = 0;
    for (const Ballot &b : m_round.ballots)
        if (!m_only || b.candidateId == m_only)
            ++ballots;
    p.setPen(projector::ink());
    p.setFont(m.title);
    const QRect area = rect().adjusted(m.margin, m.margin, -m.margin, -m.margin);
    p.drawText(
        area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        tr("Round %1 is blind: %n ballot(s) in. Values show at the reveal.", nullptr, ballots)
            .arg(m_round.number));
}

int RevealView::paintCandidate(QPainter &p, const room::CandidateSpread &s, int top) const
{
    const Metrics m = metrics();
    const Candidate *c = m_workshop.candidate(s.candidateId);
    const int left = m.margin, right = width() - m.margin;
    const int titleHeight = QFontMetrics(m.title).height();

    // The title, then the flags on a line of their own: on a narrow panel neither crowds
    // the other out.
    p.setFont(m.title);
    p.setPen(projector::ink());
    const QString title = c ? c->key + QStringLiteral("  ") + c->title : QString();
    p.drawText(QRect(left, top, right - left, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(m.title).elidedText(title, Qt::ElideRight, right - left));
    top += titleHeight;
    const QString flags = flagsText(s);
    if (!flags.isEmpty()) {
        p.setFont(m.bold);
        p.setPen(kFlag);
        p.drawText(QRect(left, top, right - left, m.line * 3),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, flags);
        top += m.line * 3;
    }

    // Ballot count and who explains first.
    p.setFont(m.body);
    p.setPen(kQuiet);
    QString line = tr("%n ballot(s)", nullptr, s.ballots);
    const QString prompt = room::explainPrompt(s, m_round.anonymous);
    if (!prompt.isEmpty())
        line += QStringLiteral("  ·  ") + prompt;
    p.drawText(QRect(left, top, right - left, m.line * 2), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(m.body).elidedText(line, Qt::ElideRight, right - left));
    top += m.line * 2;
    // What Accept writes, so the room sees the number it agrees to (the geometric mean of
    // efforts is not the median drawn below); wrapped over two lines where narrow.
    const QString accepted = room::aggregateText(m_workshop, m_round, s.candidateId);
    if (!accepted.isEmpty()) {
        p.setFont(m.bold);
        p.setPen(projector::ink());
        p.drawText(QRect(left, top, right - left, m.line * 3),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   tr("Room's estimate: %1").arg(accepted));
        top += m.line * 3;
        p.setFont(m.body);
    }

    for (const room::InputSpread &input : s.inputs) {
        paintInput(p, input, QRect(left, top, right - left, m.row));
        top += m.row;
    }
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p.drawLine(left, top + m.gap / 2, right, top + m.gap / 2);
    return top + m.gap;
}

void RevealView::paintInput(QPainter &p, const room::InputSpread &input, const QRect &row) const
{
    const Metrics m = metrics();
    const std::optional<room::InputSpec> spec = room::inputSpec(m_workshop, input.input);
    const QString label = spec ? spec->label : input.input;
    const double lo = spec ? spec->min : 0;
    const double hi = std::max(spec ? spec->max : input.max, input.max);

    // Label (marked when it diverges) at the left, the numbers at the right, the scale between.
    const int labelWidth = row.width() * 20 / 100;
    const int numbersWidth = row.width() * 34 / 100;
    p.setFont(input.diverges ? m.bold : m.body);
    p.setPen(input.diverges ? kFlag : projector::ink());
    // Narrow panels: the label elided, the numbers wrapped at their " · " (never cut off).
    p.drawText(
        QRect(row.left(), row.top(), labelWidth, row.height() - m.line),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(p.font()).elidedText(input.diverges ? QStringLiteral("◆ ") + label : label,
                                          Qt::ElideRight, labelWidth));
    p.setFont(m.body);
    p.setPen(projector::ink());
    p.drawText(QRect(row.right() - numbersWidth, row.top(), numbersWidth, row.height() - m.line),
               Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
               numbers(input, spec && spec->ratio));

    const int x0 = row.left() + labelWidth + m.dot * 2;
    const int x1 = row.right() - numbersWidth - m.dot * 3;
    const int mid = row.top() + m.dot * 4 + 2;
    const auto x = [&](double v) {
        return hi > lo ? x0 + (x1 - x0) * (std::clamp(v, lo, hi) - lo) / (hi - lo) : x0;
    };

    // The scale, with its ends labelled.
    p.setPen(QPen(kQuiet, 1));
    p.drawLine(QPointF(x0, mid), QPointF(x1, mid));
    p.setFont(m.small);
    const double box = m.dot * 2.2;
    const int labelTop = int(mid + m.dot * 4.3);
    p.drawText(QRectF(x0 - 40, labelTop, 80, m.line), Qt::AlignHCenter | Qt::AlignTop, n(lo));
    p.drawText(QRectF(x1 - 40, labelTop, 80, m.line), Qt::AlignHCenter | Qt::AlignTop, n(hi));

    // Min to max as a whisker, the IQR as a box, the median as a bar.
    p.setPen(QPen(projector::ink(), 2));
    p.drawLine(QPointF(x(input.min), mid - box / 2), QPointF(x(input.min), mid + box / 2));
    p.drawLine(QPointF(x(input.max), mid - box / 2), QPointF(x(input.max), mid + box / 2));
    p.drawLine(QPointF(x(input.min), mid), QPointF(x(input.max), mid));
    const QRectF iqr(QPointF(x(input.q1), mid - box), QPointF(x(input.q3), mid + box));
    p.setPen(QPen(kDot, 1));
    p.setBrush(kIqr);
    p.drawRect(iqr.width() < 2 ? iqr.adjusted(-1, 0, 1, 0) : iqr);

    // Every ballot as a dot; equal values stack alternately above and below the scale, so
    // none hides another (past three levels each way they overlap and a count says how many).
    QMap<int, int> stacked;
    p.setPen(QPen(projector::paper(), 1.5));
    p.setBrush(kDot);
    for (double v : input.values) {
        const int px = int(std::lround(x(v)));
        const int level = stacked[px]++;
        const int side = level % 2 ? -1 : 1;
        const int offset = std::min((level + 1) / 2, 3) * side;
        p.drawEllipse(QPointF(px, mid - offset * m.dot * 1.25), m.dot, m.dot);
    }
    p.setFont(m.small);
    p.setPen(projector::ink());
    for (auto it = stacked.cbegin(); it != stacked.cend(); ++it)
        if (it.value() > 7)
            p.drawText(QPointF(it.key() + m.dot * 1.6, mid - m.dot * 2.5),
                       QStringLiteral("×%1").arg(it.value()));
    // The median over the dots: what the room would accept for a score.
    p.setPen(QPen(projector::ink(), 3));
    p.drawLine(QPointF(x(input.median), mid - box * 1.3),
               QPointF(x(input.median), mid + box * 1.3));

    // The min and max values beside their whisker ends.
    p.setFont(m.small);
    p.setPen(kQuiet);
    if (input.min != lo)
        p.drawText(QRectF(x(input.min) - 40, labelTop, 80, m.line), Qt::AlignHCenter, n(input.min));
    if (input.max != hi && input.max != input.min)
        p.drawText(QRectF(x(input.max) - 40, labelTop, 80, m.line), Qt::AlignHCenter, n(input.max));
    p.setBrush(Qt::NoBrush);
}

} // namespace cutline
