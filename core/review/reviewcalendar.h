// ReviewCalendar: the review dates of a workshop's committed candidates as an iCalendar file
// (RFC 5545), so the reviews land in the calendars of the people who will hold them.
#pragma once

#include "core/model/workshop.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cutline {

namespace ical {

// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
QString escapeText(const QString &text);
// Folds one content line into lines of at most 75 octets, never inside a UTF-8 sequence;
// continuation lines start with a space (RFC 5545 3.1). Lines end with CRLF.
QByteArray foldLine(const QString &line);

} // namespace ical

// One all-day event per committed candidate with a review date and no review yet; `stamp` is
// the DTSTAMP (the export's time, UTC). Refused when there is no review date to export.
Result<QByteArray> reviewCalendar(const Workshop &workshop, const QDateTime &stamp);

// Writes reviewCalendar() to `path` atomically; the message names the file.
Status writeReviewCalendar(const Workshop &workshop, const QString &path,
                           const QDateTime &stamp = QDateTime::currentDateTimeUtc());

} // namespace cutline
