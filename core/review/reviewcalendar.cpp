#include "core/review/reviewcalendar.h"

#include "core/model/field.h"
#include "core/review/loop.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::ReviewCalendar)
};

constexpr int kMaxOctets = 75;

QString dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// Stable across exports, so re-importing the calendar updates the events instead of
// duplicating them: the workshop's title and date and the candidate's internal id.
QString uid(const Workshop &w, const Candidate &c)
{
    const QByteArray seed = (w.title + QLatin1Char('\n') + w.date.toString(Qt::ISODate)).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(16));
    return QStringLiteral("review-%1-%2@cutline").arg(hash).arg(c.id);
}

QString description(const Workshop &w, const Candidate &c)
{
    QStringList lines;
    lines.append(
        Text::tr("Review of %1 %2 from the workshop \"%3\".").arg(c.key, c.title, w.title));
    if (c.bet) {
        const Bet &b = *c.bet;
        if (!b.metric.trimmed().isEmpty())
            lines.append(Text::tr("Metric: %1").arg(b.metric.trimmed()));
        if (!b.baseline.trimmed().isEmpty() || !b.target.trimmed().isEmpty())
            lines.append(
                Text::tr("From %1 to %2")
                    .arg(b.baseline.trimmed().isEmpty() ? QStringLiteral("?")
                                                        : b.baseline.trimmed(),
                         b.target.trimmed().isEmpty() ? QStringLiteral("?") : b.target.trimmed()));
        lines.append(Text::tr("Confidence at sign-off: %1 %").arg(formatNumber(b.confidence)));
    } else if (!c.successMetric.trimmed().isEmpty()) {
        lines.append(Text::tr("Success metric: %1").arg(c.successMetric.trimmed()));
    }
    if (!c.owner.trimmed().isEmpty())
        lines.append(Text::tr("Owner: %1").arg(c.owner.trimmed()));
    lines.append(Text::tr("Estimated effort: %1 %2").arg(formatAmount(c.effort), w.capacityUnit));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

namespace ical {

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch == QLatin1Char('\\') || ch == QLatin1Char(';') || ch == QLatin1Char(','))
            out += QLatin1Char('\\') + ch;
        else if (ch == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
        } else if (ch == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += ch;
    }
    return out;
}

QByteArray foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int room = kMaxOctets;
    while (bytes.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && (uchar(bytes[cut]) & 0xC0) == 0x80) // a UTF-8 continuation byte
            --cut;
        out += bytes.mid(start, cut - start) + "\r\n ";
        start = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    return out + bytes.mid(start) + "\r\n";
}

} // namespace ical

Result<QByteArray> reviewCalendar(const Workshop &workshop, const QDateTime &stamp)
{
    QList<QString> lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                         QStringLiteral("PRODID:-//Cutline//Review dates//EN"),
                         QStringLiteral("CALSCALE:GREGORIAN"), QStringLiteral("METHOD:PUBLISH")};
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    int events = 0;
    for (const Candidate &c : workshop.candidates) {
        const QDate due = reviewDueDate(c);
        if (c.decision != Decision::Commit || c.review || !due.isValid())
            continue;
        lines += {QStringLiteral("BEGIN:VEVENT"),
                  QStringLiteral("UID:") + uid(workshop, c),
                  QStringLiteral("DTSTAMP:") + dtstamp,
                  QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(due),
                  QStringLiteral("DTEND;VALUE=DATE:") + dateValue(due.addDays(1)),
                  QStringLiteral("SUMMARY:") +
                      ical::escapeText(Text::tr("Review %1: %2").arg(c.key, c.title)),
                  QStringLiteral("DESCRIPTION:") + ical::escapeText(description(workshop, c)),
                  QStringLiteral("TRANSP:TRANSPARENT"),
                  QStringLiteral("END:VEVENT")};
        ++events;
    }
    if (events == 0)
        return Error{Text::tr("No committed candidate is waiting for a review on a date, so "
                              "the calendar would be empty. Commit candidates and give them "
                              "review dates first.")};
    lines.append(QStringLiteral("END:VCALENDAR"));
    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += ical::foldLine(line);
    return out;
}

Status writeReviewCalendar(const Workshop &workshop, const QString &path, const QDateTime &stamp)
{
    const Result<QByteArray> calendar = reviewCalendar(workshop, stamp);
    if (!calendar)
        return calendar.failure();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar.value()) < 0 || !file.commit())
        return Error{ErrorCode::Unwritable,
                     Text::tr("%1 could not be written: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

} // namespace cutline
