// Phone: a simulated participant for the room's tests and benchmark — a QWebSocket that keeps
// every message it received, with helpers to join, vote and wait for a message type.
#pragma once

#include "core/model/workshop.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

namespace cutline::test {

class Phone : public QObject
{
    Q_OBJECT

public:
    explicit Phone(const QUrl &joinUrl, QObject *parent = nullptr);

    bool connectToRoom(int timeoutMs = 5000);
    // Sends a join and waits for its welcome (or an error); returns the message.
    QJsonObject join(const QString &name, const QString &pin);
    QJsonObject resume(const QString &secret);
    void sendJson(const QJsonObject &message);
    void sendRaw(const QString &text) { m_socket.sendTextMessage(text); }
    QWebSocket &socket() { return m_socket; }

    // Waits until a message of `type` arrives after `from` (an index into received()).
    QJsonObject waitFor(const QString &type, int timeoutMs = 5000, int from = -1);
    bool has(const QString &type) const;
    const QList<QJsonObject> &received() const { return m_received; }
    const QList<QString> &raw() const { return m_raw; }
    void clear();
    QString secret;
    int mark = 0; // where waitFor starts looking by default

private:
    QWebSocket m_socket;
    QUrl m_wsUrl;
    QList<QJsonObject> m_received;
    QList<QString> m_raw;
};

// A valid ballot's values for the room's inputs (from the round message), varied by `seed`.
QJsonObject ballotValues(const QJsonObject &round, int seed);

// The ws:// address of a join address.
QUrl webSocketUrl(const QUrl &joinUrl);

} // namespace cutline::test
