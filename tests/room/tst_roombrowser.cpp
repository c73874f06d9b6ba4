// The participant page in a real browser: `cutline --sample --room` started as a user would,
// its Join address loaded in headless Chromium (driven over the DevTools protocol with a
// QWebSocket), ballots rendered for the sample's candidates, one saved, kept over a reload;
// a wrong token refused. Skips when Chromium is not installed.
#include "core/sample/sampleworkshop.h"
#include "tests/room/phone.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace cutline;

namespace {

// A DevTools protocol connection to one page.
class Cdp
{
public:
    bool open(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) {
                             const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                             if (m.contains("id"))
                                 m_answers.insert(m.value("id").toInt(), m);
                         });
        m_socket.open(url);
        QDeadlineTimer deadline(10000);
        while (m_socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
            QTest::qWait(10);
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }

    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        const int id = ++m_next;
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"id", id}, {"method", method}, {"params", params}})
                .toJson(QJsonDocument::Compact)));
        QDeadlineTimer deadline(15000);
        while (!m_answers.contains(id) && !deadline.hasExpired())
            QTest::qWait(5);
        return m_answers.take(id).value("result").toObject();
    }

    // Evaluates `js` in the page; its value.
    QJsonValue eval(const QString &js)
    {
        return call("Runtime.evaluate", {{"expression", js}, {"returnByValue", true}})
            .value("result")
            .toObject()
            .value("value");
    }

    // Waits until `js` is true in the page.
    bool waitUntil(const QString &js, int ms = 15000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (eval(js).toBool())
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    QString error() const { return m_socket.errorString(); }

private:
    QWebSocket m_socket;
    int m_next = 0;
    QHash<int, QJsonObject> m_answers;
};

// Reads a line matching `pattern` from a process's channel within `ms`.
QString readLine(QProcess &process, QProcess::ProcessChannel channel,
                 const QRegularExpression &pattern, int ms, QByteArray *seen)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        process.setReadChannel(channel);
        *seen += process.readAll();
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(*seen));
        if (match.hasMatch())
            return match.captured(1);
        QTest::qWait(20);
    }
    return {};
}

// Saves the page as it looks now (390×844, a phone) beside the test, to be looked at.
void shoot(Cdp &cdp, const QString &name)
{
    const QJsonObject shot = cdp.call("Page.captureScreenshot", {{"format", "png"}});
    const QByteArray png = QByteArray::fromBase64(shot.value("data").toString().toLatin1());
    QVERIFY(png.startsWith("\x89PNG"));
    QFile file(QDir::current().filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png);
}

// A blocking GET: the server is another process.
QByteArray httpGet(int port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(3000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                 "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer;
}

} // namespace

class TestRoomBrowser : public QObject
{
    Q_OBJECT

    QProcess app;
    QProcess browser;
    QTemporaryDir profile;
    QTemporaryDir home;
    QUrl join;
    Cdp cdp;

private Q_SLOTS:
    void initTestCase()
    {
        const QString chromium = QStandardPaths::findExecutable("chromium");
        if (chromium.isEmpty())
            QSKIP("Chromium is not installed (Debian package chromium; packaging/install-deps.sh "
                  "installs it)");
        // The app as a user starts it, with no one watching.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("HOME", home.path());
        env.insert("XDG_CONFIG_HOME", home.path());
        env.insert("XDG_DATA_HOME", home.path());
        app.setProcessEnvironment(env);
        app.start(CUTLINE_GUI, {"--sample", "--room"});
        QVERIFY(app.waitForStarted());
        QByteArray out;
        const QString line = readLine(app, QProcess::StandardOutput,
                                      QRegularExpression("Join: (\\S+)\\n"), 30000, &out);
        QVERIFY2(!line.isEmpty(), out.constData());
        join = QUrl(line);
        QVERIFY(join.path().startsWith("/join/"));
        QVERIFY(join.fragment().startsWith("pin="));

        browser.start(chromium,
                      {"--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
                       "--remote-allow-origins=*", "--user-data-dir=" + profile.path(),
                       "--window-size=390,844", join.toString()});
        QVERIFY(browser.waitForStarted());
        QByteArray err;
        const QString devtools =
            readLine(browser, QProcess::StandardError,
                     QRegularExpression("DevTools listening on (ws://\\S+)"), 30000, &err);
        QVERIFY2(!devtools.isEmpty(), err.constData());
        // The page's own DevTools endpoint, from the browser's list of targets.
        const QUrl browserUrl(devtools);
        QString pageSocket;
        QDeadlineTimer deadline(15000);
        while (pageSocket.isEmpty() && !deadline.hasExpired()) {
            const QByteArray list = httpGet(browserUrl.port(), "/json/list");
            const QByteArray body = list.mid(list.indexOf("\r\n\r\n") + 4);
            for (const QJsonValue &t : QJsonDocument::fromJson(body).array())
                if (t.toObject().value("type") == "page")
                    pageSocket = t.toObject().value("webSocketDebuggerUrl").toString();
            QTest::qWait(100);
        }
        QVERIFY(!pageSocket.isEmpty());
        QVERIFY2(cdp.open(QUrl(pageSocket)), qPrintable(pageSocket + " " + cdp.error()));
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&browser, &app})
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
    }

    void theJoinAddressRendersBallotsForTheSample()
    {
        QStringList keys;
        for (const Candidate &c : sampleWorkshop().candidates)
            if (c.decision == Decision::Undecided)
                keys.append(c.key);
        QVERIFY(!keys.isEmpty());
        QVERIFY2(
            cdp.waitUntil(QStringLiteral("document.querySelectorAll('article.card').length == %1")
                              .arg(keys.size())),
            qPrintable(cdp.eval("document.body.innerText").toString()));
        const QJsonArray shown =
            cdp.eval("[...document.querySelectorAll('article.card .key')].map(e => e.textContent)")
                .toArray();
        QStringList got;
        for (const QJsonValue &k : shown)
            got.append(k.toString());
        QCOMPARE(got, keys);
        // Every card asks for the framework's inputs, the reason, and has a save button.
        QVERIFY(
            cdp.eval("[...document.querySelectorAll('article.card')].every(c => "
                     "c.querySelector('button.save') && c.querySelectorAll('.input').length >= 2)")
                .toBool());
        // Nothing of the workshop but key, title and problem.
        QVERIFY(!cdp.eval("document.body.innerText").toString().contains("Marcus Lindqvist"));
    }

    void aBallotIsSavedAndSurvivesAReload()
    {
        const QString fill = R"(
            (() => {
              document.getElementById('name').value = 'Chromium';
              const card = document.querySelector('article.card');
              for (const scale of card.querySelectorAll('.scale'))
                scale.children[Math.floor(scale.children.length / 2)].click();
              for (const field of card.querySelectorAll('input[type=number]')) {
                if (field.dataset.input.startsWith('effort_')) continue; // optional
                field.value = field.max ? String((Number(field.min) + Number(field.max)) / 2) : '3';
                field.dispatchEvent(new Event('input'));
              }
              card.querySelector('button.save').click();
              return true;
            })())";
        QVERIFY(cdp.eval(fill).toBool());
        QVERIFY2(cdp.waitUntil("document.querySelector('article.card .saved') !== null"),
                 qPrintable(cdp.eval("document.body.innerText").toString()));
        QCOMPARE(cdp.eval("document.querySelector('article.card .saved').textContent").toString(),
                 QStringLiteral("saved ✓"));
        cdp.call("Page.reload");
        QTest::qWait(300);
        QVERIFY2(
            cdp.waitUntil("document.querySelector('article.card .saved') !== null && "
                          "document.getElementById('status').textContent.includes('Chromium')"),
            qPrintable(cdp.eval("document.body.innerText").toString()));
    }

    void aScreenshotOfThePhonePage() { shoot(cdp, "room-phone.png"); }

    void votingOnEverythingRevealsTheSpread()
    {
        // The only participant votes on every candidate: --room reveals by itself.
        const QString all = R"(
            (() => {
              const n = document.querySelectorAll('article.card').length;
              for (let i = 0; i < n; ++i) {
                const card = document.querySelectorAll('article.card')[i];
                if (card.querySelector('.saved')) continue;
                for (const scale of card.querySelectorAll('.scale'))
                  scale.children[(i * 3) % scale.children.length].click();
                for (const field of card.querySelectorAll('input[type=number]')) {
                  if (field.dataset.input.startsWith('effort_')) continue;
                  field.value = field.max ? String(Number(field.max) / 2) : String(1 + i % 5);
                  field.dispatchEvent(new Event('input'));
                }
                card.querySelector('button.save').click();
              }
              return n;
            })())";
        const int cards = cdp.eval(all).toInt();
        QVERIFY(cards > 0);
        QVERIFY2(
            cdp.waitUntil(
                QStringLiteral("document.querySelectorAll('.spread').length == %1").arg(cards)),
            qPrintable(cdp.eval("document.body.innerText").toString().left(2000)));
        QVERIFY(cdp.eval("document.getElementById('round-info').textContent")
                    .toString()
                    .contains("revealed, ballots locked"));
        QVERIFY(cdp.eval("document.querySelectorAll('button.save').length").toInt() == 0);
        shoot(cdp, "room-phone-reveal.png");
    }

    void aWrongTokenIsRefused()
    {
        QUrl wrong = join;
        wrong.setPath("/join/AAAAAAAAAAAAAAAAAAAAAAAA");
        wrong.setFragment(QString());
        cdp.call("Page.navigate", {{"url", wrong.toString()}});
        QVERIFY(cdp.waitUntil(
            "document.body && document.body.innerText.includes('This room link is wrong')"));
        QCOMPARE(cdp.eval("document.querySelectorAll('article.card').length").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRoomBrowser)
#include "tst_roombrowser.moc"
