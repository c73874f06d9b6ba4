// RoomServer: the participants' server — one port on the address the facilitator chose,
// answering HTTP GETs for the page and its assets and upgrading /ws/<token> to the room's
// WebSocket protocol (docs/room.md). It limits sizes, rates and connections, and turns every
// message into a call on RoomSession or a refusal; it never stores anything itself.
#pragma once

#include "core/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace cutline::room {

class RoomSession;
struct HttpRequest;

constexpr int kMaxConnections = 250;
constexpr int kBurstMessages = 30;     // a connection may send this many at once
constexpr int kMessagesPerSecond = 10; // and this many per second after that
constexpr int kMaxStrikes = 200;       // refused messages before the connection is closed

class RoomServer : public QObject
{
    Q_OBJECT

public:
    explicit RoomServer(RoomSession *session, QObject *parent = nullptr);
    ~RoomServer() override;

    // Listens on `address` only; port 0 picks a free one. Refused with a message saying why.
    Status listen(const QHostAddress &address, quint16 port = 0);
    bool isListening() const;
    // Tells every phone the room closed, closes every connection and stops listening.
    void close();

    QHostAddress address() const;
    quint16 port() const;
    QUrl joinUrl() const; // http://address:port/join/<token>
    int connectionCount() const;
    RoomSession *session() const { return m_session; }

Q_SIGNALS:
    void connectionsChanged();

private:
    struct Client
    {
        QString address;
        int participant = -1;
        bool unlocked = false; // passed the PIN; may see the round
        double tokens = kBurstMessages;
        qint64 lastRefill = 0;
        int strikes = 0;
    };

    void acceptTcp();
    void readHttp(QTcpSocket *socket);
    void answerHttp(QTcpSocket *socket, const HttpRequest &request);
    void upgrade(QTcpSocket *socket);
    void acceptWebSocket();
    void receive(QWebSocket *socket, const QString &message);
    bool takeToken(Client &client);
    void refuse(QWebSocket *socket, Client &client, int kind, const QString &message);
    void handle(QWebSocket *socket, Client &client, const QByteArray &message);
    void send(QWebSocket *socket, const QByteArray &message);
    void sendToJoined(const QByteArray &message);
    void sendRoundToAll();
    void dropClient(QWebSocket *socket);
    bool tokenInPath(const QByteArray &path, const QByteArray &prefix) const;
    bool originAllowed(const HttpRequest &request) const;

    RoomSession *m_session;
    QTcpServer *m_tcp;
    QWebSocketServer *m_ws;
    QHash<QWebSocket *, Client> m_clients;
    int m_httpConnections = 0;
    QTimer *m_progress; // coalesces "who has voted" broadcasts: at most five a second
};

} // namespace cutline::room
