// JsonRpcClient against a real node (anvil) and a hostile one that lies in
// every way a public endpoint can: each lie is an endpoint fault, logged,
// and the next endpoint answers; nothing wrong comes back as a result.
#include "AnvilNode.h"
#include "ScriptedHttpServer.h"
#include "TestSupport.h"
#include "chain/evm/JsonRpcClient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace kassa;
using namespace kassa::chain::evm;
using test::HttpAnswer;
using test::HttpExchange;

Q_DECLARE_METATYPE(RpcFailure::Kind)

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

qint64 requestId(const HttpExchange &exchange)
{
    return QJsonDocument::fromJson(exchange.body).object().value(QStringLiteral("id")).toInteger();
}

QByteArray answerWith(qint64 id, const QByteArray &resultJson)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) + ",\"result\":" + resultJson + "}";
}

} // namespace

class TestJsonRpcClient : public QObject
{
    Q_OBJECT

private:
    test::AnvilNode m_anvil;
    net::NetworkFactory m_factory;

private Q_SLOTS:
    void initTestCase() { KASSA_VERIFY_OK(m_anvil.start()); }

    void callsARealNode()
    {
        ManualClock clock;
        JsonRpcClient client(m_factory, {m_anvil.httpUrl()}, clock);
        const RpcReply reply = await(client.call(QStringLiteral("eth_chainId")));
        QVERIFY2(reply.ok, qPrintable(reply.failure.describe()));
        QCOMPARE(reply.result.toString(), QStringLiteral("0x7a69"));
        QCOMPARE(reply.endpoint, QStringLiteral("127.0.0.1:%1").arg(m_anvil.port()));
        QCOMPARE(client.health().first().successes, 1);
    }

    void batchesKeepRequestOrder()
    {
        ManualClock clock;
        JsonRpcClient client(m_factory, {m_anvil.httpUrl()}, clock);
        const QList<RpcReply> replies =
            await(client.batch({{QStringLiteral("eth_chainId"), {}}, {QStringLiteral("net_version"), {}},
                {QStringLiteral("eth_getBalance"), {QStringLiteral("0xnot-an-address"), QStringLiteral("latest")}},
                {QStringLiteral("eth_blockNumber"), {}}}));
        QCOMPARE(replies.size(), 4);
        QCOMPARE(replies[0].result.toString(), QStringLiteral("0x7a69"));
        QCOMPARE(replies[1].result.toString(), QStringLiteral("31337"));
        QVERIFY(!replies[2].ok); // the node's own "no" for one call of the batch
        QCOMPARE(replies[2].failure.kind, RpcFailure::Kind::RpcError);
        QVERIFY(replies[3].ok);
    }

    void anRpcErrorIsNotFailedOver()
    {
        ManualClock clock;
        test::ScriptedHttpServer spare([](const HttpExchange &e) {
            return HttpAnswer {200, answerWith(requestId(e), "\"0x1\"")};
        });
        JsonRpcClient client(m_factory, {m_anvil.httpUrl(), spare.url()}, clock);
        const RpcReply reply = await(client.call(QStringLiteral("eth_noSuchMethod")));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.failure.kind, RpcFailure::Kind::RpcError);
        QVERIFY(!reply.failure.message.isEmpty());
        QCOMPARE(spare.requestCount(), 0);
        QCOMPARE(client.health().first().consecutiveFailures, 0); // the node did its job
    }

    void pinnedCallsAndBadAnswers()
    {
        ManualClock clock;
        int lies = 0;
        test::ScriptedHttpServer liar([&](const HttpExchange &e) {
            ++lies;
            return HttpAnswer {200, answerWith(requestId(e), "\"0x1\"")};
        });
        JsonRpcClient client(m_factory, {liar.url(), m_anvil.httpUrl()}, clock);
        QCOMPARE(client.endpointCount(), 2);
        QCOMPARE(client.endpointLabel(0), QStringLiteral("127.0.0.1:%1").arg(liar.port()));

        // A pinned call goes to that endpoint and nowhere else.
        const RpcReply pinned = await(client.callEndpoint(1, QStringLiteral("eth_chainId")));
        QVERIFY(pinned.ok);
        QCOMPARE(pinned.endpointIndex, 1);
        QCOMPARE(lies, 0);
        const RpcReply first = await(client.call(QStringLiteral("eth_chainId")));
        QCOMPARE(first.endpointIndex, 0);
        QCOMPARE(first.result.toString(), QStringLiteral("0x1"));

        // The caller finds the answer wrong: the endpoint cools down and the
        // next call goes to the other one.
        client.reportBadAnswer(first.endpointIndex, QStringLiteral("chain id of another network"));
        QVERIFY(!client.health().at(0).available);
        QVERIFY(client.health().at(0).lastError.contains(QLatin1String("another network")));
        const RpcReply second = await(client.call(QStringLiteral("eth_chainId")));
        QCOMPARE(second.endpointIndex, 1);
        QCOMPARE(second.result.toString(), QStringLiteral("0x7a69"));

        // A disabled endpoint is never chosen, even when it is all there is.
        client.setEndpointEnabled(1, false);
        QVERIFY(!client.isEndpointEnabled(1));
        const RpcReply third = await(client.call(QStringLiteral("eth_chainId")));
        QCOMPARE(third.endpointIndex, 0);
        client.setEndpointEnabled(0, false);
        const RpcReply none = await(client.call(QStringLiteral("eth_chainId")));
        QVERIFY(!none.ok);
        QCOMPARE(none.failure.kind, RpcFailure::Kind::NoEndpoint);
        // Pinned calls still reach a disabled endpoint (that is how one is checked).
        QVERIFY(await(client.callEndpoint(1, QStringLiteral("eth_chainId"))).ok);
        QVERIFY(!await(client.callEndpoint(7, QStringLiteral("eth_chainId"))).ok);
    }

    void aPinnedCallDoesNotFailOver()
    {
        ManualClock clock;
        test::ScriptedHttpServer broken([](const HttpExchange &) { return HttpAnswer {500, "oops"}; });
        JsonRpcClient client(m_factory, {broken.url(), m_anvil.httpUrl()}, clock);
        const RpcReply reply = await(client.callEndpoint(0, QStringLiteral("eth_chainId")));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.failure.kind, RpcFailure::Kind::HttpStatus);
        QCOMPARE(reply.endpointIndex, 0);
        QCOMPARE(client.health().at(1).successes, 0);
    }

    void hostileAnswersFailOverToTheNextEndpoint_data()
    {
        QTest::addColumn<int>("lie");
        QTest::addColumn<RpcFailure::Kind>("kind");
        QTest::newRow("not json") << 0 << RpcFailure::Kind::Malformed;
        QTest::newRow("truncated json") << 1 << RpcFailure::Kind::Malformed;
        QTest::newRow("wrong id") << 2 << RpcFailure::Kind::Malformed;
        QTest::newRow("no jsonrpc field") << 3 << RpcFailure::Kind::Malformed;
        QTest::newRow("result and error") << 4 << RpcFailure::Kind::Malformed;
        QTest::newRow("error without code") << 5 << RpcFailure::Kind::Malformed;
        QTest::newRow("http 500") << 6 << RpcFailure::Kind::HttpStatus;
        QTest::newRow("http 429") << 7 << RpcFailure::Kind::Overloaded;
        QTest::newRow("rate limit error") << 8 << RpcFailure::Kind::Overloaded;
        QTest::newRow("hangs") << 9 << RpcFailure::Kind::Timeout;
        QTest::newRow("huge body") << 10 << RpcFailure::Kind::Malformed;
        QTest::newRow("deep nesting") << 11 << RpcFailure::Kind::Malformed;
        QTest::newRow("connection dropped") << 12 << RpcFailure::Kind::Network;
        QTest::newRow("array for a single call") << 13 << RpcFailure::Kind::Malformed;
        QTest::newRow("string id") << 14 << RpcFailure::Kind::Malformed;
    }

    void hostileAnswersFailOverToTheNextEndpoint()
    {
        QFETCH(int, lie);
        QFETCH(RpcFailure::Kind, kind);
        test::ScriptedHttpServer liar([lie](const HttpExchange &e) {
            const qint64 id = requestId(e);
            switch (lie) {
            case 0: return HttpAnswer {200, "<html>Bad gateway</html>"};
            case 1: return HttpAnswer {200, answerWith(id, "\"0x7a6").left(30)};
            case 2: return HttpAnswer {200, answerWith(id + 1, "\"0x1\"")};
            case 3: return HttpAnswer {200, "{\"id\":" + QByteArray::number(id) + ",\"result\":\"0x1\"}"};
            case 4:
                return HttpAnswer {200,
                    "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id)
                        + ",\"result\":\"0x1\",\"error\":{\"code\":1,\"message\":\"x\"}}"};
            case 5:
                return HttpAnswer {
                    200, "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) + ",\"error\":{\"message\":\"x\"}}"};
            case 6: return HttpAnswer {500, "internal"};
            case 7: return HttpAnswer {429, "slow down"};
            case 8:
                return HttpAnswer {200,
                    "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id)
                        + ",\"error\":{\"code\":-32005,\"message\":\"daily request count exceeded, request rate "
                          "limited\"}}"};
            case 9: {
                HttpAnswer a;
                a.hang = true;
                return a;
            }
            case 10: return HttpAnswer {200, answerWith(id, "\"" + QByteArray(200000, 'a') + "\"")};
            case 11: return HttpAnswer {200, answerWith(id, QByteArray(500, '[') + QByteArray(500, ']'))};
            case 12: {
                HttpAnswer a;
                a.closeEarly = true;
                return a;
            }
            case 13: return HttpAnswer {200, "[" + answerWith(id, "\"0x1\"") + "]"};
            default:
                return HttpAnswer {
                    200, "{\"jsonrpc\":\"2.0\",\"id\":\"" + QByteArray::number(id) + "\",\"result\":\"0x1\"}"};
            }
        });
        ManualClock clock;
        JsonRpcClient::Options options;
        options.timeoutMs = 400;
        options.maxResponseBytes = 100000;
        JsonRpcClient client(m_factory, {liar.url(), m_anvil.httpUrl()}, clock, options);
        const RpcReply reply = await(client.call(QStringLiteral("eth_chainId")));
        QVERIFY2(reply.ok, qPrintable(reply.failure.describe()));
        QCOMPARE(reply.result.toString(), QStringLiteral("0x7a69")); // only the honest node's answer
        // Qt resends once by itself when a connection drops before any answer.
        QCOMPARE(liar.requestCount(), lie == 12 ? 2 : 1);
        const EndpointHealth bad = client.health().first();
        QCOMPARE(bad.consecutiveFailures, 1);
        QVERIFY(!bad.available);
        QVERIFY2(bad.lastError.startsWith(QLatin1String(kind == RpcFailure::Kind::Malformed ? "malformed"
                         : kind == RpcFailure::Kind::HttpStatus                             ? "http"
                         : kind == RpcFailure::Kind::Overloaded                             ? "overloaded"
                         : kind == RpcFailure::Kind::Timeout                                ? "timeout"
                                                                                            : "network")),
            qPrintable(bad.lastError));
    }

    void aFailedEndpointCoolsDownThenGetsAnotherChance()
    {
        int mode = 0; // 0: broken, 1: healthy
        test::ScriptedHttpServer flaky([&mode](const HttpExchange &e) {
            return mode == 0 ? HttpAnswer {503, "down"} : HttpAnswer {200, answerWith(requestId(e), "\"0x7a69\"")};
        });
        ManualClock clock;
        JsonRpcClient client(m_factory, {flaky.url(), m_anvil.httpUrl()}, clock);
        QVERIFY(await(client.call(QStringLiteral("eth_chainId"))).ok);
        QCOMPARE(flaky.requestCount(), 1);
        // While it cools down, the first endpoint is not bothered.
        QVERIFY(await(client.call(QStringLiteral("eth_chainId"))).ok);
        QCOMPARE(flaky.requestCount(), 1);
        // A second failure doubles the pause.
        clock.advanceMs(1001);
        QVERIFY(await(client.call(QStringLiteral("eth_chainId"))).ok);
        QCOMPARE(flaky.requestCount(), 2);
        QCOMPARE(client.health().first().consecutiveFailures, 2);
        clock.advanceMs(1500);
        QVERIFY(await(client.call(QStringLiteral("eth_chainId"))).ok);
        QCOMPARE(flaky.requestCount(), 2); // still cooling (2 s)
        // Recovered: preferred again, and its record is clean.
        mode = 1;
        clock.advanceMs(1000);
        const RpcReply reply = await(client.call(QStringLiteral("eth_chainId")));
        QVERIFY(reply.ok);
        QCOMPARE(reply.endpoint, QStringLiteral("127.0.0.1:%1").arg(flaky.port()));
        QCOMPARE(client.health().first().consecutiveFailures, 0);
        QVERIFY(client.health().first().available);
    }

    void whenEveryEndpointFailsTheLastFaultIsReported()
    {
        test::ScriptedHttpServer a([](const HttpExchange &) { return HttpAnswer {502, "bad gateway"}; });
        test::ScriptedHttpServer b([](const HttpExchange &) { return HttpAnswer {200, "nonsense"}; });
        ManualClock clock;
        JsonRpcClient client(m_factory, {a.url(), b.url()}, clock);
        const RpcReply reply = await(client.call(QStringLiteral("eth_chainId")));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.failure.kind, RpcFailure::Kind::Malformed);
        QCOMPARE(reply.endpoint, QStringLiteral("127.0.0.1:%1").arg(b.port()));
        QCOMPARE(a.requestCount(), 1);
        QCOMPARE(b.requestCount(), 1);

        JsonRpcClient none(m_factory, {}, clock);
        QCOMPARE(await(none.call(QStringLiteral("eth_chainId"))).failure.kind, RpcFailure::Kind::NoEndpoint);
    }

    void batchAnswersAreCheckedAsAWhole_data()
    {
        QTest::addColumn<int>("lie");
        QTest::newRow("missing answer") << 0;
        QTest::newRow("repeated id") << 1;
        QTest::newRow("object instead of array") << 2;
    }

    void batchAnswersAreCheckedAsAWhole()
    {
        QFETCH(int, lie);
        test::ScriptedHttpServer liar([lie](const HttpExchange &e) {
            const QJsonArray calls = QJsonDocument::fromJson(e.body).array();
            const qint64 first = calls.at(0).toObject().value(QStringLiteral("id")).toInteger();
            if (lie == 0)
                return HttpAnswer {200, "[" + answerWith(first, "\"0x1\"") + "]"};
            if (lie == 1)
                return HttpAnswer {200, "[" + answerWith(first, "\"0x1\"") + "," + answerWith(first, "\"0x2\"") + "]"};
            return HttpAnswer {200, answerWith(first, "\"0x1\"")};
        });
        ManualClock clock;
        JsonRpcClient client(m_factory, {liar.url(), m_anvil.httpUrl()}, clock);
        const QList<RpcReply> replies =
            await(client.batch({{QStringLiteral("eth_chainId"), {}}, {QStringLiteral("net_version"), {}}}));
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies[0].result.toString(), QStringLiteral("0x7a69"));
        QCOMPARE(replies[1].result.toString(), QStringLiteral("31337"));
        QCOMPARE(replies[0].endpoint, QStringLiteral("127.0.0.1:%1").arg(m_anvil.port()));
    }

    void overloadMessagesAreRecognised_data()
    {
        QTest::addColumn<qint64>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("overloaded");
        QTest::newRow("429") << qint64(429) << QStringLiteral("x") << true;
        QTest::newRow("infura limit") << qint64(-32005)
                                      << QStringLiteral("daily request count exceeded, request rate limited") << true;
        QTest::newRow("alchemy cu") << qint64(-32000)
                                    << QStringLiteral("Your app has exceeded its compute units per second capacity")
                                    << true;
        QTest::newRow("range hint is not overload")
            << qint64(-32005)
            << QStringLiteral("query returned more than 10000 results. Try with this block range [0x1, 0x2]") << false;
        QTest::newRow("revert") << qint64(3) << QStringLiteral("execution reverted") << false;
    }

    void overloadMessagesAreRecognised()
    {
        QFETCH(qint64, code);
        QFETCH(QString, message);
        QFETCH(bool, overloaded);
        QCOMPARE(isOverloadMessage(code, message), overloaded);
    }
};

KASSA_TEST_MAIN(TestJsonRpcClient)
#include "tst_jsonrpcclient.moc"
