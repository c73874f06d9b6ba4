// The head of one HTTP/1.1 request, read strictly and within limits: the room serves a page
// and its assets to phones, and anything on the LAN may connect, so nothing here trusts input.
#pragma once

#include <QByteArray>
#include <QMap>

namespace cutline::room {

constexpr int kMaxRequestHead = 8 * 1024;
constexpr int kMaxHeaders = 64;

struct HttpRequest
{
    QByteArray method;                    // "GET"
    QByteArray path;                      // "/join/abc", without the query
    QMap<QByteArray, QByteArray> headers; // names in lower case
    int headLength = 0;                   // bytes up to and including the blank line
    bool wantsWebSocket() const;
};

enum class HttpParse
{
    Incomplete, // the blank line has not arrived yet (and the head is within its limit)
    Complete,
    Bad,     // not HTTP/1.x, a malformed line, a body, too many headers → 400
    TooLarge // a head over kMaxRequestHead → 431
};

// Reads the head at the start of `data`; consumes nothing.
HttpParse parseHttpRequest(const QByteArray &data, HttpRequest *request);

// A complete response with the headers every answer of the room carries.
QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        bool headOnly = false);

} // namespace cutline::room
