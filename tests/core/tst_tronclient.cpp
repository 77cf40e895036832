// TronClient against the replay node: every endpoint of the issue answers
// decoded, TronGrid pages are followed by fingerprint, the API key goes only
// where it belongs, and a flaky or lying endpoint (429/403/503, truncated
// JSON, wrong types, another block) is skipped for the next one and cools
// down, with no request sent while every endpoint is cooling down.
#include "ScriptedHttpServer.h"
#include "TestSupport.h"
#include "TronReplayNode.h"
#include "chain/tron/TronClient.h"

#include <QFuture>

using namespace kassa;
using namespace kassa::chain;
using namespace kassa::chain::tron;
using namespace kassa::test;

namespace {

const QString kUsdt = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString kAlice = QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC");
const QString kBob = QStringLiteral("TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K");

template<typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        qFatal("future not finished");
    return future.result();
}

TronClient::Options fastOptions()
{
    TronClient::Options o;
    o.timeoutMs = 2000;
    o.cooldownBaseMs = 1000;
    o.rateLimitedMinMs = 5000;
    return o;
}

} // namespace

class TestTronClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { pinEnvironment(); }

    void endpoints()
    {
        TronReplayNode node;
        node.addTransfer(TronReplayNode::transfer(kUsdt, kAlice, kBob, QStringLiteral("9007199254740993")));
        node.produce(3);
        node.solidify(node.head() - 1);
        net::NetworkFactory factory;
        ManualClock clock;
        TronClient client(
            factory, {node.url()}, QStringLiteral("0123-key"), QStringLiteral("127.0.0.1"), clock, fastOptions());

        const auto head = await(client.nowBlock());
        QVERIFY(head.ok());
        QCOMPARE(head.value->number, node.head());
        QCOMPARE(hex(head.value->id), node.blockId(node.head()));
        const auto solid = await(client.solidifiedNowBlock());
        QCOMPARE(solid.value->number, node.head() - 1);
        const quint64 first = node.head() - 2;
        const auto block = await(client.blockByNumber(first));
        QCOMPARE((*block.value)->number, first);
        const auto missing = await(client.blockByNumber(node.head() + 5));
        QVERIFY(missing.ok());
        QVERIFY(!missing.value->has_value());
        const auto infos = await(client.txInfosByBlockNumber(first));
        QCOMPARE(infos.value->size(), 1);
        const TronTxInfo info = infos.value->first();
        const auto transfer = asTrc20Transfer(info.logs.first(), 0);
        QCOMPARE(transfer->value.toDecimal(), QStringLiteral("9007199254740993"));
        const auto solidInfo = await(client.solidifiedTxInfo(info.id));
        QVERIFY(solidInfo.value->has_value());
        QVERIFY((*solidInfo.value)->succeeded());
        // The key went along: the host is the TronGrid host.
        QVERIFY(node.apiKeysSeen().count(QStringLiteral("0123-key")) == node.server().requestCount());
    }

    void historyPaging()
    {
        TronReplayNode node;
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            ids << node.addTransfer(TronReplayNode::transfer(kUsdt, kAlice, kBob, QString::number(1000000 + i)));
            node.produce(1);
        }
        node.addTransfer(TronReplayNode::transfer(kAlice, kAlice, kBob, QStringLiteral("7"))); // another token
        node.produce(2);
        node.solidify(node.head());
        net::NetworkFactory factory;
        ManualClock clock;
        TronClient client(factory, {node.url()}, {}, {}, clock, fastOptions());
        Trc20HistoryQuery q {kBob, kUsdt, 0, true, 2, {}};
        QStringList seen;
        int pages = 0;
        do {
            const auto page = await(client.trc20History(q));
            QVERIFY2(page.ok(), qPrintable(page.failure.describe()));
            for (const TronGridTransfer &row : page.value->rows)
                seen << hex(row.txId);
            q.fingerprint = page.value->fingerprint;
            ++pages;
        } while (!q.fingerprint.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, ids);
        // No key configured: no header.
        QVERIFY(node.apiKeysSeen().count(QString()) == node.server().requestCount());
    }

    void keyStaysWithItsHost()
    {
        TronReplayNode node;
        net::NetworkFactory factory;
        ManualClock clock;
        // "localhost" is not the key's host (127.0.0.1 is), so no header.
        QUrl url = node.url();
        url.setHost(QStringLiteral("localhost"));
        TronClient client(factory, {url}, QStringLiteral("k"), QStringLiteral("127.0.0.1"), clock, fastOptions());
        QVERIFY(await(client.nowBlock()).ok());
        QCOMPARE(node.apiKeysSeen(), QStringList {QString()});
    }

    void failover_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("429") << 429 << QByteArray("{}") << "overloaded";
        QTest::newRow("403") << 403 << QByteArray("{}") << "overloaded";
        QTest::newRow("503") << 503 << QByteArray("") << "overloaded";
        QTest::newRow("500") << 500 << QByteArray("") << "http";
        QTest::newRow("truncated JSON") << 200 << QByteArray("{\"blockID\":\"00000000039e7a51b6a2") << "malformed";
        QTest::newRow("wrong types") << 200
                                     << QByteArray(
                                            "{\"blockID\":12,\"block_header\":{\"raw_data\":{\"number\":\"x\"}}}")
                                     << "malformed";
        QTest::newRow("float number") << 200 << QByteArray("{\"number\":1.5}") << "malformed";
        QTest::newRow("node error") << 200 << QByteArray("{\"Error\":\"class java.lang.NullPointerException\"}")
                                    << "node-error";
    }

    void failover()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        ScriptedHttpServer bad([&](const HttpExchange &) {
            HttpAnswer a;
            a.status = status;
            a.body = body;
            return a;
        });
        TronReplayNode good;
        good.produce(2);
        net::NetworkFactory factory;
        ManualClock clock;
        TronClient client(factory, {bad.url(), good.url()}, {}, {}, clock, fastOptions());
        const auto head = await(client.nowBlock());
        QVERIFY(head.ok());
        QCOMPARE(head.value->number, good.head());
        QCOMPARE(bad.requestCount(), 1);
        const auto health = client.health();
        QCOMPARE(health[0].consecutiveFailures, 1);
        QVERIFY2(health[0].lastError.startsWith(problem), qPrintable(health[0].lastError));
        // The faulty endpoint cools down: the next calls go straight to the good one.
        QVERIFY(await(client.nowBlock()).ok());
        QCOMPARE(bad.requestCount(), 1);
        // After the pause it is tried again (first in the merchant's order).
        clock.advanceMs(60000);
        QVERIFY(await(client.nowBlock()).ok());
        QCOMPARE(bad.requestCount(), 2);
    }

    void anotherBlockThanAsked()
    {
        TronReplayNode good;
        good.produce(10);
        const quint64 asked = good.head() - 3;
        net::NetworkFactory factory;
        ManualClock clock;
        // The lying endpoint: answers every getblockbynum with the next block.
        ScriptedHttpServer shifted([&](const HttpExchange &e) {
            HttpAnswer a;
            const QByteArray number = QByteArray::number(asked + 1);
            if (e.path.startsWith("/wallet/getblockbynum")) {
                a.body = QByteArray("{\"blockID\":\"") + good.blockId(asked + 1).toLatin1()
                    + "\",\"block_header\":{\"raw_data\":{\"number\":" + number + ",\"parentHash\":\""
                    + good.blockId(asked).toLatin1() + "\",\"timestamp\":1}}}";
            } else {
                a.body = "[{\"id\":\"" + QByteArray(64, 'a') + "\",\"blockNumber\":" + number + "}]";
            }
            return a;
        });
        TronClient client(factory, {shifted.url(), good.url()}, {}, {}, clock, fastOptions());
        const auto block = await(client.blockByNumber(asked));
        QVERIFY(block.ok());
        QCOMPARE((*block.value)->number, asked);
        QCOMPARE(hex((*block.value)->id), good.blockId(asked));
        QCOMPARE(shifted.requestCount(), 1);
        clock.advanceMs(60000);
        const auto infos = await(client.txInfosByBlockNumber(asked));
        QVERIFY(infos.ok());
        QCOMPARE(shifted.requestCount(), 2);
        QVERIFY(client.health()[0].lastError.contains(QLatin1String("instead of")));
    }

    void backoffWhenEveryEndpointCools()
    {
        ScriptedHttpServer storm([](const HttpExchange &) {
            HttpAnswer a;
            a.status = 429;
            return a;
        });
        net::NetworkFactory factory;
        ManualClock clock;
        TronClient client(factory, {storm.url()}, {}, {}, clock, fastOptions());
        const auto first = await(client.nowBlock());
        QVERIFY(!first.ok());
        QCOMPARE(first.failure.kind, TronFailure::Kind::Overloaded);
        QCOMPARE(storm.requestCount(), 1);
        // During the pause nothing is sent.
        for (int i = 0; i < 20; ++i) {
            const auto again = await(client.nowBlock());
            QCOMPARE(again.failure.kind, TronFailure::Kind::NoEndpoint);
        }
        QCOMPARE(storm.requestCount(), 1);
        QVERIFY(client.health()[0].coolingDownUntilMs >= clock.nowMs() + 5000);
        // The pause doubles while the storm lasts.
        clock.advanceMs(5000);
        QVERIFY(!await(client.nowBlock()).ok());
        QCOMPARE(storm.requestCount(), 2);
        QVERIFY(client.health()[0].coolingDownUntilMs >= clock.nowMs() + 5000);
        clock.advanceMs(4000);
        QCOMPARE(await(client.nowBlock()).failure.kind, TronFailure::Kind::NoEndpoint);
        QCOMPARE(storm.requestCount(), 2);
    }

    void hugeAnswerRefused()
    {
        ScriptedHttpServer big([](const HttpExchange &) {
            HttpAnswer a;
            a.body = "[" + QByteArray(3 * 1024 * 1024, ' ') + "]";
            return a;
        });
        net::NetworkFactory factory;
        ManualClock clock;
        TronClient::Options o = fastOptions();
        o.maxResponseBytes = 1024 * 1024;
        TronClient client(factory, {big.url()}, {}, {}, clock, o);
        const auto r = await(client.txInfosByBlockNumber(5));
        QVERIFY(!r.ok());
        QCOMPARE(r.failure.kind, TronFailure::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestTronClient)
#include "tst_tronclient.moc"
