#include "phone.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace cutline::test {

QUrl webSocketUrl(const QUrl &joinUrl)
{
    QUrl ws = joinUrl;
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(joinUrl.path().replace(QStringLiteral("/join/"), QStringLiteral("/ws/")));
    return ws;
}

Phone::Phone(const QUrl &joinUrl, QObject *parent) : QObject(parent), m_wsUrl(webSocketUrl(joinUrl))
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_raw.append(text);
        m_received.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
}

bool Phone::connectToRoom(int timeoutMs)
{
    bool failed = false;
    const auto failure =
        connect(&m_socket, &QWebSocket::disconnected, this, [&] { failed = true; });
    m_socket.open(m_wsUrl);
    QElapsedTimer timer;
    timer.start();
    while (!failed && m_socket.state() != QAbstractSocket::ConnectedState &&
           timer.elapsed() < timeoutMs)
        QTest::qWait(2);
    disconnect(failure);
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void Phone::sendJson(const QJsonObject &message)
{
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

QJsonObject Phone::join(const QString &name, const QString &pin)
{
    const int from = int(m_received.size());
    sendJson({{"type", "join"}, {"name", name}, {"pin", pin}});
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        for (int i = from; i < m_received.size(); ++i) {
            const QString type = m_received[i].value("type").toString();
            if (type == "welcome")
                secret = m_received[i].value("secret").toString();
            if (type == "welcome" || type == "error")
                return m_received[i];
        }
        QTest::qWait(5);
    }
    return {};
}

QJsonObject Phone::resume(const QString &secretText)
{
    const int from = int(m_received.size());
    sendJson({{"type", "resume"}, {"secret", secretText}});
    return waitFor("welcome", 5000, from);
}

QJsonObject Phone::waitFor(const QString &type, int timeoutMs, int from)
{
    const int start = from < 0 ? mark : from;
    QElapsedTimer timer;
    timer.start();
    while (true) {
        for (int i = start; i < m_received.size(); ++i)
            if (m_received[i].value("type").toString() == type)
                return m_received[i];
        if (timer.elapsed() > timeoutMs)
            return {};
        QTest::qWait(2);
    }
}

bool Phone::has(const QString &type) const
{
    for (const QJsonObject &m : m_received)
        if (m.value("type").toString() == type)
            return true;
    return false;
}

void Phone::clear()
{
    m_received.clear();
    m_raw.clear();
    mark = 0;
}

QJsonObject ballotValues(const QJsonObject &round, int seed)
{
    QJsonObject values;
    for (const QJsonValue &v : round.value("inputs").toArray()) {
        const QJsonObject input = v.toObject();
        if (input.value("optional").toBool())
            continue;
        const double min = input.value("min").toDouble();
        const double max = input.value("max").toDouble();
        const double step = input.value("step").toDouble(1);
        const int steps = int(std::floor((max - min) / step));
        const double value = min + step * ((seed * 7 + 3) % (steps + 1));
        values.insert(input.value("id").toString(),
                      input.value("ratio").toBool() ? std::max(value, step) : value);
    }
    return values;
}

} // namespace cutline::test
