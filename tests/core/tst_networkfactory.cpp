#include "TestSupport.h"
#include "net/NetworkFactory.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

using namespace kassa;
using net::NetworkFactory;

namespace {

// A tiny HTTP/1.1 server on 127.0.0.1 that records the request and answers
// after `delayMs` (or never, when negative).
class LocalHttp : public QObject
{
public:
    explicit LocalHttp(int delayMs, QByteArray body = "ok") : m_delayMs(delayMs), m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                lastRequest += socket->readAll();
                if (!lastRequest.contains("\r\n\r\n") || m_delayMs < 0)
                    return;
                QTimer::singleShot(m_delayMs, socket, [this, socket] {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                        + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/rpc").arg(m_server.serverPort())); }
    QByteArray lastRequest;

private:
    QTcpServer m_server;
    int m_delayMs;
    QByteArray m_body;
};

} // namespace

class TestNetworkFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsCarryUserAgentAndNoCookies()
    {
        LocalHttp server(0);
        NetworkFactory factory;
        QObject owner;
        QNetworkAccessManager *manager = factory.createAccessManager(&owner);
        QCOMPARE(manager->parent(), &owner);
        QCOMPARE(manager->proxy().type(), QNetworkProxy::NoProxy);
        QNetworkReply *reply = manager->get(factory.request(server.url()));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
        QVERIFY2(server.lastRequest.contains("User-Agent: Kassa/0.1.0"), server.lastRequest.constData());
        QVERIFY(!server.lastRequest.contains("Cookie"));
        reply->deleteLater();
    }

    void slowServersTimeOut()
    {
        LocalHttp server(-1); // never answers
        net::NetworkPolicy policy;
        policy.requestTimeoutMs = 300;
        NetworkFactory factory(policy);
        QObject owner;
        QNetworkReply *reply = factory.createAccessManager(&owner)->get(factory.request(server.url()));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // Qt reports a transfer timeout so
        QVERIFY(timer.elapsed() >= 250 && timer.elapsed() < 3000);
        reply->deleteLater();
    }

    void webSocketsGetLimitsAndProxy()
    {
        net::NetworkPolicy policy;
        policy.maxResponseBytes = 1024 * 1024;
        policy.proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), 9050);
        NetworkFactory factory(policy);
        auto socket = factory.createWebSocket();
        QCOMPARE(socket->maxAllowedIncomingMessageSize(), quint64(1024 * 1024));
        QCOMPARE(socket->proxy().type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socket->proxy().port(), quint16(9050));
    }

    void validatesEndpoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://node.example.com/rpc") << true;
        QTest::newRow("wss") << QStringLiteral("wss://node.example.com/ws") << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8545") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8545") << true;
        QTest::newRow("ws ipv6 loopback") << QStringLiteral("ws://[::1]:8546") << true;
        QTest::newRow("trimmed") << QStringLiteral("  https://node.example.com  ") << true;
        QTest::newRow("http remote") << QStringLiteral("http://node.example.com/rpc") << false;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10:8545") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://node.example.com") << false;
        QTest::newRow("no scheme") << QStringLiteral("node.example.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("credentials") << QStringLiteral("https://user:secret@node.example.com") << false;
        QTest::newRow("no host") << QStringLiteral("https:///rpc") << false;
        QTest::newRow("garbage") << QStringLiteral("https://[::1") << false;
    }

    void validatesEndpoints()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        NetworkFactory factory;
        const QStringList schemes = {
            QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("wss"), QStringLiteral("ws")};
        auto url = factory.validateEndpoint(text, schemes);
        QCOMPARE(url.ok(), ok);
        if (!ok) {
            QVERIFY(!url.error().userMessage.isEmpty());
            QVERIFY(!url.error().hint.isEmpty());
            QVERIFY(!url.error().userMessage.contains(QStringLiteral("secret")));
        }
    }

    void plainTextToRemoteHostsWhenAllowed()
    {
        net::NetworkPolicy policy;
        policy.allowPlainTextToRemoteHosts = true;
        NetworkFactory factory(policy);
        KASSA_VERIFY_OK(factory.validateEndpoint(QStringLiteral("http://192.168.1.10:8545"), {QStringLiteral("http")}));
    }

    void parsesProxies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("none") << QString() << int(QNetworkProxy::NoProxy);
        QTest::newRow("tor") << QStringLiteral("socks5://127.0.0.1:9050") << int(QNetworkProxy::Socks5Proxy);
        QTest::newRow("http") << QStringLiteral("http://proxy.lan:3128") << int(QNetworkProxy::HttpProxy);
        QTest::newRow("no port") << QStringLiteral("socks5://127.0.0.1") << -1;
        QTest::newRow("bad scheme") << QStringLiteral("gopher://x:1") << -1;
        QTest::newRow("garbage") << QStringLiteral("not a proxy") << -1;
    }

    void parsesProxies()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        auto proxy = NetworkFactory::parseProxy(text);
        if (type < 0) {
            QVERIFY(!proxy.ok());
            QCOMPARE(proxy.error().code, ErrorCode::Config);
        } else {
            KASSA_VERIFY_OK(proxy);
            QCOMPARE(int(proxy->type()), type);
        }
    }
};

KASSA_TEST_MAIN(TestNetworkFactory)
#include "tst_networkfactory.moc"
