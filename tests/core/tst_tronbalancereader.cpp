// TronBalanceReader against the local Tron replay node: balanceOf(address)
// of every configured token through triggerconstantcontract, the account
// passed as a 32-byte word, exact past 2^64, zero for an unknown account;
// an address that does not parse, a node that is down and hostile answers
// each end in a reading with a clear error, and the future always finishes.
#include "ScriptedHttpServer.h"
#include "TestSupport.h"
#include "TronReplayNode.h"
#include "chain/tron/TronBalanceReader.h"
#include "crypto/TronAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace kassa;
using namespace kassa::test;
using chain::BalanceReading;
using chain::tron::TronBalanceReader;

namespace {

const QString kUsdt = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString kOther = QStringLiteral("TQLCsShbQNXMTVCjprY64qZmEA4rBarpQp");
const QString kBob = QStringLiteral("TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K");
const QString kCarol = QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");
const QString kHuge = QStringLiteral("1180591620717411303429"); // 2^70 + 5

chain::ChainSettings settings(const QUrl &node)
{
    chain::ChainSettings s = *chain::ChainSettingsFile::defaults(QStringLiteral("tron"));
    s.enabled = true;
    s.httpEndpoints = {node};
    s.tronGridUrl = QUrl();
    s.tokens = {chain::TokenContract {QStringLiteral("USDT"), kUsdt, 6}};
    return s;
}

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

class TestTronBalanceReader : public QObject
{
    Q_OBJECT

private:
    net::NetworkFactory m_network;

private Q_SLOTS:
    void readsEveryTokenOfEveryAddressExactly()
    {
        TronReplayNode node;
        node.setBalance(kUsdt, kBob, kHuge);
        node.setBalance(kUsdt, kCarol, QStringLiteral("13920000"));
        node.setBalance(kOther, kCarol, QStringLiteral("5"));
        auto s = settings(node.url());
        s.tokens << chain::TokenContract {QStringLiteral("USDC"), kOther, 6};
        const auto readings = wait(TronBalanceReader::run(s, m_network, {kBob, kCarol}));
        QCOMPARE(readings.size(), 4);
        QCOMPARE(readings[0].address, kBob);
        QCOMPARE(readings[0].token.symbol, QStringLiteral("USDT"));
        QCOMPARE(valueOf(readings[0]), kHuge);
        QCOMPARE(valueOf(readings[1]), QStringLiteral("0"));
        QCOMPARE(valueOf(readings[2]), QStringLiteral("13920000"));
        QCOMPARE(valueOf(readings[3]), QStringLiteral("5"));
        QCOMPARE(chain::formatUnits(*readings[2].value, 6), QStringLiteral("13.92"));
        QCOMPARE(node.requestsTo(QStringLiteral("/wallet/triggerconstantcontract")), 4);
    }

    void sendsTheAccountAsAWord()
    {
        TronReplayNode node;
        QByteArray seen;
        node.setFault([&seen](const HttpExchange &e) -> std::optional<HttpAnswer> {
            seen = e.body;
            return std::nullopt;
        });
        wait(TronBalanceReader::run(settings(node.url()), m_network, {kBob}));
        const QJsonObject body = QJsonDocument::fromJson(seen).object();
        QCOMPARE(body.value(QStringLiteral("function_selector")).toString(), QStringLiteral("balanceOf(address)"));
        QCOMPARE(body.value(QStringLiteral("contract_address")).toString(), kUsdt);
        const QString hex41 = crypto::TronAddress::parse(kBob).value().toHex41().toLower();
        QCOMPARE(body.value(QStringLiteral("parameter")).toString(), QString(24, QLatin1Char('0')) + hex41.mid(2));
    }

    void refusesAnAddressThatDoesNotParse()
    {
        TronReplayNode node;
        node.setBalance(kUsdt, kBob, QStringLiteral("1"));
        const auto readings = wait(TronBalanceReader::run(settings(node.url()), m_network,
            {QStringLiteral("0x0000000000000000000000000000000000005001"), QStringLiteral("Tnotanaddress"), kBob}));
        QCOMPARE(readings.size(), 3);
        QVERIFY(!readings[0].value);
        QVERIFY(!readings[1].value);
        QVERIFY(!readings[1].userError.isEmpty());
        QCOMPARE(valueOf(readings[2]), QStringLiteral("1"));
        QCOMPARE(node.requestsTo(QStringLiteral("/wallet/triggerconstantcontract")), 1);
    }

    void reportsANodeThatIsDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto readings = wait(TronBalanceReader::run(
            settings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))), m_network, {kBob, kCarol}, 2000));
        QCOMPARE(readings.size(), 2);
        for (const BalanceReading &r : readings) {
            QVERIFY(!r.value);
            QVERIFY(!r.userError.isEmpty());
        }
    }

    void refusesHostileAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("failed call") << QByteArray(R"({"result":{"code":"CONTRACT_VALIDATE_ERROR"}})");
        QTest::newRow("short word") << QByteArray(R"({"result":{"result":true},"constant_result":["01"]})");
        QTest::newRow("long word") << QByteArray(
            R"({"result":{"result":true},"constant_result":["000000000000000000000000000000000000000000000000000000000000000001"]})");
        QTest::newRow("not hex") << QByteArray(
            R"({"result":{"result":true},"constant_result":["zz00000000000000000000000000000000000000000000000000000000000000"]})");
        QTest::newRow("no result") << QByteArray(R"({"result":{"result":true},"constant_result":[]})");
        QTest::newRow("node error") << QByteArray(R"({"Error":"class org.tron.core.exception.BadItemException"})");
        QTest::newRow("garbage") << QByteArray("<html>502</html>");
    }

    void refusesHostileAnswers()
    {
        QFETCH(QByteArray, body);
        ScriptedHttpServer node([body](const HttpExchange &) { return HttpAnswer {200, body}; });
        const auto readings = wait(TronBalanceReader::run(settings(node.url()), m_network, {kBob}, 2000));
        QCOMPARE(readings.size(), 1);
        QVERIFY2(!readings[0].value, qPrintable(valueOf(readings[0])));
        QVERIFY(!readings[0].userError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTronBalanceReader)
#include "tst_tronbalancereader.moc"
