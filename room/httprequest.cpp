#include "room/httprequest.h"

#include <QList>

namespace cutline::room {

namespace {

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
              c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' || c == '*' ||
              c == '+' || c == '^' || c == '`' || c == '|' || c == '~'))
            return false;
    return true;
}

bool isVisible(const QByteArray &text)
{
    for (char c : text)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
            return false;
    return true;
}

HttpParse parseRequestLine(const QByteArray &line, HttpRequest *request)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/') ||
        (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") || !isVisible(parts[1]))
        return HttpParse::Bad;
    request->method = parts[0];
    const qsizetype query = parts[1].indexOf('?');
    request->path = query < 0 ? parts[1] : parts[1].left(query);
    return HttpParse::Complete;
}

} // namespace

bool HttpRequest::wantsWebSocket() const
{
    return headers.value("upgrade").toLower() == "websocket" &&
           headers.value("connection").toLower().contains("upgrade");
}

HttpParse parseHttpRequest(const QByteArray &data, HttpRequest *request)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return data.size() > kMaxRequestHead ? HttpParse::TooLarge : HttpParse::Incomplete;
    if (end + 4 > kMaxRequestHead)
        return HttpParse::TooLarge;
    const QList<QByteArray> lines = data.left(end).split('\n');
    if (lines.size() - 1 > kMaxHeaders)
        return HttpParse::Bad;
    *request = HttpRequest();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r') && i + 1 < lines.size())
            return HttpParse::Bad; // a bare LF: not what a browser sends
        line.chop(line.endsWith('\r') ? 1 : 0);
        if (i == 0) {
            if (parseRequestLine(line, request) != HttpParse::Complete)
                return HttpParse::Bad;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).toLower();
        if (colon <= 0 || !isToken(name) || !isVisible(line))
            return HttpParse::Bad;
        request->headers.insert(name, line.mid(colon + 1).trimmed());
    }
    // The room accepts no request bodies.
    if (request->headers.value("content-length", "0") != "0" ||
        request->headers.contains("transfer-encoding"))
        return HttpParse::Bad;
    request->headLength = int(end + 4);
    return HttpParse::Complete;
}

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        bool headOnly)
{
    static const QMap<int, QByteArray> reasons{{200, "OK"},
                                               {400, "Bad Request"},
                                               {403, "Forbidden"},
                                               {404, "Not Found"},
                                               {405, "Method Not Allowed"},
                                               {431, "Request Header Fields Too Large"},
                                               {503, "Service Unavailable"}};
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Error") + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page holds the room's token in its address: no caching, no referrer, no framing,
    // and scripts only from the laptop itself.
    out += "Cache-Control: no-store\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "X-Frame-Options: DENY\r\n"
           "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; "
           "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'\r\n"
           "Connection: close\r\n\r\n";
    if (!headOnly)
        out += body;
    return out;
}

} // namespace cutline::room
