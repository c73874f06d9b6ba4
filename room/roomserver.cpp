#include "room/roomserver.h"

#include "room/httprequest.h"
#include "room/roomprotocol.h"
#include "room/roomsession.h"

#include <QDateTime>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace cutline::room {

namespace {

constexpr int kHttpTimeoutMs = 10'000;

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray messagePage(const QString &title, const QString &text)
{
    // The room's own stylesheet: the policy (style-src 'self') refuses inline styles.
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><meta "
                          "name=\"viewport\" content=\"width=device-width\"><title>%1</title>"
                          "<link rel=\"stylesheet\" href=\"/room.css\"></head><body><main "
                          "class=\"message\"><h1>%1</h1><p id=\"message\" class=\"error\">%2</p>"
                          "</main></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

} // namespace

RoomServer::RoomServer(RoomSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_tcp(new QTcpServer(this)),
      m_ws(new QWebSocketServer(QStringLiteral("Cutline room"), QWebSocketServer::NonSecureMode,
                                this)),
      m_progress(new QTimer(this))
{
    // Forty phones voting on thirty candidates would otherwise send 48,000 progress messages.
    m_progress->setSingleShot(true);
    m_progress->setInterval(200);
    connect(m_progress, &QTimer::timeout, this,
            [this] { sendToJoined(progressMessage(*m_session)); });
    m_tcp->setMaxPendingConnections(64);
    connect(m_tcp, &QTcpServer::newConnection, this, &RoomServer::acceptTcp);
    connect(m_ws, &QWebSocketServer::newConnection, this, &RoomServer::acceptWebSocket);
    connect(m_session, &RoomSession::roundOpened, this, &RoomServer::sendRoundToAll);
    connect(m_session, &RoomSession::deadlineChanged, this, &RoomServer::sendRoundToAll);
    const auto progress = [this] {
        if (!m_progress->isActive())
            m_progress->start();
    };
    connect(m_session, &RoomSession::ballotsChanged, this, progress);
    connect(m_session, &RoomSession::participantsChanged, this, progress);
    connect(m_session, &RoomSession::revealed, this, [this] {
        m_progress->stop();
        sendToJoined(progressMessage(*m_session));
        sendToJoined(revealMessage(*m_session));
        sendRoundToAll();
    });
}

RoomServer::~RoomServer()
{
    close();
}

Status RoomServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tcp->isListening())
        m_tcp->close();
    if (!m_tcp->listen(address, port))
        return Error(ErrorCode::Unwritable, tr("The room cannot listen on %1:%2: %3")
                                                .arg(address.toString())
                                                .arg(port)
                                                .arg(m_tcp->errorString()));
    return success();
}

bool RoomServer::isListening() const
{
    return m_tcp->isListening();
}

void RoomServer::close()
{
    m_tcp->close();
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        send(socket, closedMessage(tr("The facilitator closed the room. Thank you!")));
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("room closed"));
        dropClient(socket);
    }
    for (QTcpSocket *socket : m_tcp->findChildren<QTcpSocket *>())
        socket->abort();
}

QHostAddress RoomServer::address() const
{
    return m_tcp->serverAddress();
}

quint16 RoomServer::port() const
{
    return m_tcp->serverPort();
}

QUrl RoomServer::joinUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address().toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/join/") + m_session->token());
    return url;
}

int RoomServer::connectionCount() const
{
    return int(m_clients.size()) + m_httpConnections;
}

void RoomServer::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (connectionCount() >= kMaxConnections) {
            socket->write(httpResponse(503, "text/plain; charset=utf-8",
                                       tr("The room has too many connections.").toUtf8()));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        ++m_httpConnections;
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, &QTcpSocket::abort);
        timeout->start(kHttpTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readHttp(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket->property("cutline_counted").toBool())
                return;
            socket->setProperty("cutline_counted", true);
            --m_httpConnections;
            socket->deleteLater();
        });
    }
}

void RoomServer::readHttp(QTcpSocket *socket)
{
    HttpRequest request;
    const HttpParse state = parseHttpRequest(socket->peek(kMaxRequestHead + 1), &request);
    if (state == HttpParse::Incomplete)
        return;
    socket->disconnect(this); // one request per connection: no keep-alive, no pipelining
    if (state == HttpParse::Complete && request.wantsWebSocket() &&
        tokenInPath(request.path, "/ws/") && originAllowed(request)) {
        upgrade(socket);
        return;
    }
    socket->read(socket->bytesAvailable());
    if (state == HttpParse::TooLarge)
        socket->write(httpResponse(431, "text/plain", "Request head too large."));
    else if (state == HttpParse::Bad)
        socket->write(httpResponse(400, "text/plain", "Bad request."));
    else
        answerHttp(socket, request);
    --m_httpConnections;
    socket->setProperty("cutline_counted", true);
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void RoomServer::answerHttp(QTcpSocket *socket, const HttpRequest &request)
{
    const bool head = request.method == "HEAD";
    if (request.method != "GET" && !head) {
        socket->write(httpResponse(405, "text/plain", "Only GET."));
        return;
    }
    const auto page = [&](int status, const QString &title, const QString &text) {
        socket->write(
            httpResponse(status, "text/html; charset=utf-8", messagePage(title, text), head));
    };
    if (request.path.startsWith("/join/") || request.path.startsWith("/ws/")) {
        if (!tokenInPath(request.path, request.path.startsWith("/ws/") ? "/ws/" : "/join/"))
            page(403, tr("Wrong room link"),
                 tr("This room link is wrong or from an older room. Scan the QR code on the "
                    "projector again, or type the address shown under it."));
        else if (request.path.startsWith("/ws/"))
            page(403, tr("Not allowed"), tr("This address only accepts the room's page."));
        else
            socket->write(httpResponse(200, "text/html; charset=utf-8",
                                       resource(QStringLiteral(":/room/index.html")), head));
        return;
    }
    if (request.path == "/room.js")
        socket->write(httpResponse(200, "text/javascript; charset=utf-8",
                                   resource(QStringLiteral(":/room/room.js")), head));
    else if (request.path == "/room.css")
        socket->write(httpResponse(200, "text/css; charset=utf-8",
                                   resource(QStringLiteral(":/room/room.css")), head));
    else
        page(404, tr("Not found"),
             tr("Open the link shown on the projector (it ends with a long code)."));
}

bool RoomServer::tokenInPath(const QByteArray &path, const QByteArray &prefix) const
{
    if (!path.startsWith(prefix))
        return false;
    const QByteArray token = path.mid(prefix.size());
    return m_session->tokenMatches(QString::fromLatin1(token));
}

bool RoomServer::originAllowed(const HttpRequest &request) const
{
    // A browser always sends Origin; only our own page may open the room's socket.
    const QByteArray origin = request.headers.value("origin");
    if (origin.isEmpty())
        return true;
    QUrl own;
    own.setScheme(QStringLiteral("http"));
    own.setHost(address().toString());
    own.setPort(port());
    return origin == own.toString(QUrl::FullyEncoded).toLatin1();
}

void RoomServer::upgrade(QTcpSocket *socket)
{
    --m_httpConnections;
    socket->setProperty("cutline_counted", true);
    for (QTimer *timer : socket->findChildren<QTimer *>())
        timer->deleteLater();
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_ws->handleConnection(socket);
}

void RoomServer::acceptWebSocket()
{
    while (QWebSocket *socket = m_ws->nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        Client client;
        client.address = socket->peerAddress().toString();
        client.lastRefill = QDateTime::currentMSecsSinceEpoch();
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) { receive(socket, message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket] { receive(socket, QStringLiteral("binary")); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { dropClient(socket); });
        // Nothing of the workshop before the PIN: only that this is a room.
        send(socket, QByteArrayLiteral("{\"type\":\"hello\",\"needPin\":true}"));
        Q_EMIT connectionsChanged();
    }
}

bool RoomServer::takeToken(Client &client)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    client.tokens = std::min<double>(
        kBurstMessages, client.tokens + (now - client.lastRefill) * kMessagesPerSecond / 1000.0);
    client.lastRefill = now;
    if (client.tokens < 1)
        return false;
    client.tokens -= 1;
    return true;
}

void RoomServer::receive(QWebSocket *socket, const QString &message)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = *it;
    if (!takeToken(client)) {
        // Over the rate: answered once per second at most, then the connection is closed.
        if (++client.strikes >= kMaxStrikes) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("too many messages"));
            dropClient(socket);
        }
        return;
    }
    handle(socket, client, message.toUtf8());
}

void RoomServer::refuse(QWebSocket *socket, Client &client, int kind, const QString &message)
{
    ++client.strikes;
    send(socket, errorMessage(Refusal(kind), message));
    if (client.strikes >= kMaxStrikes) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      QStringLiteral("too many bad messages"));
        dropClient(socket);
    }
}

void RoomServer::handle(QWebSocket *socket, Client &client, const QByteArray &message)
{
    const Answer<Request> parsed = parseRequest(message);
    if (!parsed.ok()) {
        refuse(socket, client, int(parsed.refusal()), parsed.message());
        return;
    }
    const Request &request = parsed.value();
    if (const auto *unlock = std::get_if<UnlockRequest>(&request)) {
        const Answer<bool> checked = m_session->checkPin(unlock->pin, client.address);
        if (!checked.ok())
            return refuse(socket, client, int(checked.refusal()), checked.message());
        client.unlocked = true;
        send(socket, roundMessage(*m_session, client.participant));
        if (m_session->hasRound() && m_session->round().revealed())
            send(socket, revealMessage(*m_session));
        send(socket, progressMessage(*m_session));
        return;
    }
    if (const auto *join = std::get_if<JoinRequest>(&request)) {
        const Answer<int> joined = client.unlocked
                                       ? m_session->admit(join->name)
                                       : m_session->join(join->name, join->pin, client.address);
        if (!joined.ok())
            return refuse(socket, client, int(joined.refusal()), joined.message());
        client.participant = joined.value();
        client.unlocked = true;
    } else if (const auto *resume = std::get_if<ResumeRequest>(&request)) {
        const Answer<int> resumed = m_session->resume(resume->secret);
        if (!resumed.ok())
            return refuse(socket, client, int(resumed.refusal()), resumed.message());
        client.participant = resumed.value();
        client.unlocked = true;
    } else if (const auto *ballot = std::get_if<BallotRequest>(&request)) {
        const Answer<Ballot> saved = m_session->submit(client.participant, ballot->candidateId,
                                                       ballot->values, ballot->reason);
        if (!saved.ok())
            return refuse(socket, client, int(saved.refusal()), saved.message());
        send(socket, savedMessage(saved.value()));
        return;
    } else {
        send(socket, QByteArrayLiteral("{\"type\":\"pong\"}"));
        return;
    }
    send(socket, welcomeMessage(*m_session, client.participant));
    send(socket, roundMessage(*m_session, client.participant));
    if (m_session->hasRound() && m_session->round().revealed())
        send(socket, revealMessage(*m_session));
    send(socket, progressMessage(*m_session));
}

void RoomServer::send(QWebSocket *socket, const QByteArray &message)
{
    if (socket->isValid())
        socket->sendTextMessage(QString::fromUtf8(message));
}

void RoomServer::sendToJoined(const QByteArray &message)
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it->unlocked)
            send(it.key(), message);
}

void RoomServer::sendRoundToAll()
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it->unlocked)
            send(it.key(), roundMessage(*m_session, it->participant));
}

void RoomServer::dropClient(QWebSocket *socket)
{
    if (m_clients.remove(socket) == 0)
        return;
    socket->disconnect(this);
    socket->deleteLater();
    Q_EMIT connectionsChanged();
}

} // namespace cutline::room
