// EvmBalanceReader on a real node (anvil): balanceOf of every configured
// token for every address, exact past 2^64, zero for a fresh address, more
// addresses than one JSON-RPC batch holds, an address that does not parse,
// a node that is down, and a node whose answers are hostile — each ends in
// a reading with a value or a clear error, and the future always finishes.
#include "AnvilNode.h"
#include "EvmRig.h"
#include "ScriptedHttpServer.h"
#include "TestSupport.h"
#include "chain/evm/EvmBalanceReader.h"
#include "engine/ChainManager.h"

#include <QFutureWatcher>
#include <QTcpServer>

using namespace kassa;
using namespace kassa::test;
using chain::BalanceReading;
using chain::evm::EvmBalanceReader;

namespace {

// 2^70 + 5: beyond 64 bits, so a wrong integer type would show.
const QString kHuge = QStringLiteral("1180591620717411303429");

QList<BalanceReading> wait(QFuture<QList<BalanceReading>> future, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!future.isFinished() && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("balance read did not finish");
    return future.result();
}

QString valueOf(const BalanceReading &r)
{
    return r.value ? r.value->toDecimal() : QStringLiteral("error: ") + r.error;
}

} // namespace

class TestEvmBalanceReader : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_usdt;
    QString m_usdc;
    net::NetworkFactory m_network;

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        auto usdt = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(usdt);
        m_usdt = usdt.value();
        auto usdc = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(usdc);
        m_usdc = usdc.value();
        KASSA_VERIFY_OK(m_anvil.mint(m_usdt, payee(1), kHuge));
        KASSA_VERIFY_OK(m_anvil.mint(m_usdt, payee(2), QStringLiteral("13920000")));
        KASSA_VERIFY_OK(m_anvil.mint(m_usdc, payee(2), QStringLiteral("7")));
    }

    void readsEveryTokenOfEveryAddressExactly()
    {
        auto settings = EvmRig::settings(m_anvil, m_usdt, 6, false);
        settings.tokens << chain::TokenContract {QStringLiteral("USDC"), m_usdc, 6};
        const auto readings = wait(EvmBalanceReader::run(settings, m_network, {payee(1), payee(2), payee(3)}));
        QCOMPARE(readings.size(), 6);
        QHash<QString, QString> got;
        for (const BalanceReading &r : readings) {
            QCOMPARE(r.chainId, settings.id);
            got.insert(r.address + QLatin1Char('/') + r.token.symbol, valueOf(r));
        }
        QCOMPARE(got.value(payee(1) + QStringLiteral("/USDT")), kHuge);
        QCOMPARE(got.value(payee(1) + QStringLiteral("/USDC")), QStringLiteral("0"));
        QCOMPARE(got.value(payee(2) + QStringLiteral("/USDT")), QStringLiteral("13920000"));
        QCOMPARE(got.value(payee(2) + QStringLiteral("/USDC")), QStringLiteral("7"));
        QCOMPARE(got.value(payee(3) + QStringLiteral("/USDT")), QStringLiteral("0"));
        QCOMPARE(chain::formatUnits(*readings[2].value, 6), QStringLiteral("13.92"));
    }

    void readsMoreAddressesThanOneBatch()
    {
        const int count = EvmBalanceReader::BatchSize * 2 + 7;
        QStringList addresses;
        for (int i = 0; i < count; ++i)
            addresses << payee(100 + i);
        KASSA_VERIFY_OK(m_anvil.mint(m_usdt, addresses.last(), QStringLiteral("42")));
        const auto readings = wait(EvmBalanceReader::run(EvmRig::settings(m_anvil, m_usdt, 6, false), m_network, addresses));
        QCOMPARE(readings.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(readings[i].address, addresses[i]);
            QCOMPARE(valueOf(readings[i]), i == count - 1 ? QStringLiteral("42") : QStringLiteral("0"));
        }
    }

    void refusesAnAddressThatDoesNotParse()
    {
        const auto readings = wait(EvmBalanceReader::run(EvmRig::settings(m_anvil, m_usdt, 6, false), m_network,
            {QStringLiteral("0x1234"), QStringLiteral("TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"), payee(2)}));
        QCOMPARE(readings.size(), 3);
        QVERIFY(!readings[0].value);
        QVERIFY(!readings[0].userError.isEmpty());
        QVERIFY(!readings[1].value);
        QCOMPARE(valueOf(readings[2]), QStringLiteral("13920000"));
    }

    void reportsANodeThatIsDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        auto settings = EvmRig::settings(m_anvil, m_usdt, 6, false);
        settings.httpEndpoints = {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))};
        const auto readings = wait(EvmBalanceReader::run(settings, m_network, {payee(1)}, 2000));
        QCOMPARE(readings.size(), 1);
        QVERIFY(!readings[0].value);
        QVERIFY(!readings[0].error.isEmpty());
        QVERIFY(!readings[0].userError.isEmpty());
    }

    void refusesHostileAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty result") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"result":"0x"}])");
        QTest::newRow("short word") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"result":"0x01"}])");
        QTest::newRow("not hex") << QByteArray(
            R"([{"jsonrpc":"2.0","id":1,"result":"0xzz00000000000000000000000000000000000000000000000000000000000000"}])");
        QTest::newRow("number") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"result":12}])");
        QTest::newRow("rpc error") << QByteArray(
            R"([{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"execution reverted"}}])");
        QTest::newRow("not a batch") << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":"0x00"})");
        QTest::newRow("garbage") << QByteArray("<html>502</html>");
        QTest::newRow("empty batch") << QByteArray("[]");
    }

    void refusesHostileAnswers()
    {
        QFETCH(QByteArray, body);
        ScriptedHttpServer node([body](const HttpExchange &) { return HttpAnswer {200, body}; });
        auto settings = EvmRig::settings(m_anvil, m_usdt, 6, false);
        settings.httpEndpoints = {node.url()};
        const auto readings = wait(EvmBalanceReader::run(settings, m_network, {payee(1)}, 2000));
        QCOMPARE(readings.size(), 1);
        QVERIFY2(!readings[0].value, qPrintable(valueOf(readings[0])));
        QVERIFY(!readings[0].userError.isEmpty());
    }

    void chainManagerReadsEveryEnabledChainOfTheFamily()
    {
        auto local = EvmRig::settings(m_anvil, m_usdt, 6, false);
        auto second = local;
        second.id = QStringLiteral("base");
        second.tokens = {chain::TokenContract {QStringLiteral("USDC"), m_usdc, 6}};
        auto disabled = local;
        disabled.id = QStringLiteral("polygon");
        disabled.enabled = false;
        engine::ChainManager chains({local, second, disabled}, nullptr);
        const auto readings = wait(chains.readBalances(chain::ChainFamily::Evm, {payee(2)}));
        QCOMPARE(readings.size(), 2);
        QStringList seen;
        for (const BalanceReading &r : readings)
            seen << r.chainId + QLatin1Char(':') + r.token.symbol + QLatin1Char('=') + valueOf(r);
        seen.sort();
        QCOMPARE(seen, (QStringList {QStringLiteral("base:USDC=7"), QStringLiteral("local:USDT=13920000")}));
        QVERIFY(wait(chains.readBalances(chain::ChainFamily::Tron, {payee(2)})).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvmBalanceReader)
#include "tst_evmbalancereader.moc"
