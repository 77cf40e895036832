// JsonRpcSocket against anvil's WebSocket (calls and newHeads) and a
// scripted server that drops the connection, lies, and sends garbage.
#include "AnvilNode.h"
#include "TestSupport.h"
#include "chain/evm/JsonRpcSocket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace kassa;
using namespace kassa::chain::evm;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        qFatal("future did not finish within 30 s");
    return future.result();
}

// A WebSocket server whose replies the test scripts; keeps its clients.
class ScriptedWs : public QObject
{
public:
    std::function<void(QWebSocket *, const QJsonObject &)> onRequest;
    QList<QWebSocket *> clients;
    QWebSocketServer server {QStringLiteral("scripted"), QWebSocketServer::NonSecureMode};

    ScriptedWs()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *client = server.nextPendingConnection();
            clients << client;
            connect(client, &QWebSocket::textMessageReceived, this, [this, client](const QString &text) {
                if (onRequest)
                    onRequest(client, QJsonDocument::fromJson(text.toUtf8()).object());
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())); }
    static void answer(QWebSocket *c, const QJsonObject &request, const QJsonValue &result)
    {
        c->sendTextMessage(QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                {QStringLiteral("id"), request.value(QStringLiteral("id"))}, {QStringLiteral("result"), result}})
                                                 .toJson(QJsonDocument::Compact)));
    }
};

} // namespace

class TestJsonRpcSocket : public QObject
{
    Q_OBJECT

private:
    net::NetworkFactory m_factory;

private Q_SLOTS:
    void subscribesToNewHeadsOnARealNode()
    {
        test::AnvilNode anvil;
        KASSA_VERIFY_OK(anvil.start());
        JsonRpcSocket socket(m_factory, anvil.wsUrl());
        QSignalSpy connected(&socket, &JsonRpcSocket::connected);
        socket.open();
        QVERIFY(connected.wait(10000));
        const RpcReply chainId = await(socket.call(QStringLiteral("eth_chainId")));
        QVERIFY2(chainId.ok, qPrintable(chainId.failure.describe()));
        QCOMPARE(chainId.result.toString(), QStringLiteral("0x7a69"));

        const RpcReply subscribed = await(socket.subscribe({QStringLiteral("newHeads")}));
        QVERIFY(subscribed.ok);
        const QString id = subscribed.result.toString();
        QVERIFY(!id.isEmpty());
        QSignalSpy heads(&socket, &JsonRpcSocket::notification);
        KASSA_VERIFY_OK(anvil.mine(3));
        QTRY_VERIFY_WITH_TIMEOUT(heads.count() >= 3, 10000);
        QCOMPARE(heads.first().at(0).toString(), id);
        const QJsonObject header = heads.last().at(1).toJsonValue().toObject();
        QVERIFY(header.value(QStringLiteral("hash")).toString().startsWith(QLatin1String("0x")));
        QVERIFY(header.contains(QStringLiteral("parentHash")));
    }

    void reconnectsAfterTheServerDropsTheConnection()
    {
        ScriptedWs server;
        server.onRequest = [](QWebSocket *c, const QJsonObject &r) {
            ScriptedWs::answer(c, r, QStringLiteral("0x1"));
        };
        JsonRpcSocket::Options options;
        options.reconnectBaseMs = 50;
        JsonRpcSocket socket(m_factory, server.url(), options);
        QSignalSpy connected(&socket, &JsonRpcSocket::connected);
        QSignalSpy disconnected(&socket, &JsonRpcSocket::disconnected);
        socket.open();
        QVERIFY(connected.wait(5000));
        QVERIFY(await(socket.call(QStringLiteral("eth_chainId"))).ok);

        server.clients.last()->abort(); // cut mid-stream
        QVERIFY(disconnected.wait(5000));
        QVERIFY(!socket.isConnected());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 5000);
        QVERIFY(await(socket.call(QStringLiteral("eth_chainId"))).ok);
        QVERIFY(socket.reconnects() >= 1);
        socket.close();
    }

    void pendingCallsFailWhenTheConnectionGoes()
    {
        ScriptedWs server;
        server.onRequest = [&server](QWebSocket *, const QJsonObject &) {
            server.clients.last()->abort();
        };
        JsonRpcSocket::Options options;
        options.reconnectBaseMs = 5000;
        JsonRpcSocket socket(m_factory, server.url(), options);
        QSignalSpy connected(&socket, &JsonRpcSocket::connected);
        socket.open();
        QVERIFY(connected.wait(5000));
        const RpcReply reply = await(socket.call(QStringLiteral("eth_blockNumber")));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.failure.kind, RpcFailure::Kind::Network);
        socket.close();
    }

    void unansweredCallsRebuildTheConnection()
    {
        ScriptedWs server; // never answers
        JsonRpcSocket::Options options;
        options.callTimeoutMs = 300;
        options.reconnectBaseMs = 50;
        JsonRpcSocket socket(m_factory, server.url(), options);
        QSignalSpy connected(&socket, &JsonRpcSocket::connected);
        socket.open();
        QVERIFY(connected.wait(5000));
        const RpcReply reply = await(socket.call(QStringLiteral("eth_blockNumber")));
        QVERIFY(!reply.ok);
        QVERIFY(reply.failure.message.contains(QStringLiteral("not answered")));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 5000);
        socket.close();
    }

    void garbageAndLiesDropTheStream_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QStringLiteral("hello");
        QTest::newRow("unknown id") << QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":999,\"result\":\"0x1\"}");
        QTest::newRow("bad notification")
            << QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"eth_subscription\",\"params\":{\"result\":1}}");
        QTest::newRow("deep") << QString(QString(300, QLatin1Char('[')) + QString(300, QLatin1Char(']')));
        QTest::newRow("array") << QStringLiteral("[1,2,3]");
    }

    void garbageAndLiesDropTheStream()
    {
        QFETCH(QString, message);
        ScriptedWs server;
        server.onRequest = [message](QWebSocket *c, const QJsonObject &) {
            c->sendTextMessage(message);
        };
        JsonRpcSocket::Options options;
        options.reconnectBaseMs = 50;
        JsonRpcSocket socket(m_factory, server.url(), options);
        QSignalSpy connected(&socket, &JsonRpcSocket::connected);
        QSignalSpy protocolErrors(&socket, &JsonRpcSocket::protocolError);
        QSignalSpy notifications(&socket, &JsonRpcSocket::notification);
        socket.open();
        QVERIFY(connected.wait(5000));
        const RpcReply reply = await(socket.call(QStringLiteral("eth_blockNumber")));
        QVERIFY(!reply.ok);
        QCOMPARE(protocolErrors.count(), 1);
        QCOMPARE(notifications.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 5000);
        socket.close();
    }

    void callsBeforeConnectingFailAtOnce()
    {
        JsonRpcSocket socket(m_factory, QUrl(QStringLiteral("ws://127.0.0.1:1")));
        const RpcReply reply = await(socket.call(QStringLiteral("eth_chainId")));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.failure.message, QStringLiteral("not connected"));
    }
};

KASSA_TEST_MAIN(TestJsonRpcSocket)
#include "tst_jsonrpcsocket.moc"
