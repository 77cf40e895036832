// DemoNetwork against a real anvil: the node starts on a free port, the test
// USDT (6 decimals) is deployed and the accounts are funded, the demo
// profile's settings load, a restart keeps the chain, and the committed
// bytecode is what its source compiles to.
#include "TestSupport.h"
#include "api/CheckoutPage.h"
#include "demo/DemoNetwork.h"
#include "demo/DemoSimulator.h"
#include "demo/DemoStorefront.h"
#include "engine/ChainManager.h"
#include "engine/Engine.h"
#include "engine/Storefront.h"
#include "profile/Config.h"
#include "profile/Profile.h"

#include "money/UInt256.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace kassa;

class TestDemoNetwork : public QObject
{
    Q_OBJECT

private:
    //! eth_call balanceOf on the demo token (units).
    static QString balanceOf(const QUrl &rpc, const QString &token, const QString &who)
    {
        const QString data = QStringLiteral("0x70a08231") + QString(24, QLatin1Char('0')) + who.mid(2).toLower();
        QProcess curl;
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                  {QStringLiteral("id"), 1},
                                                  {QStringLiteral("method"), QStringLiteral("eth_call")},
                                                  {QStringLiteral("params"),
                                                      QJsonArray {QJsonObject {{QStringLiteral("to"), token},
                                                                      {QStringLiteral("data"), data}},
                                                          QStringLiteral("latest")}}})
                                    .toJson(QJsonDocument::Compact);
        curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-H"),
                                               QStringLiteral("content-type: application/json"), QStringLiteral("-d"),
                                               QString::fromUtf8(body), rpc.toString()});
        curl.waitForFinished(10000);
        const QString hex =
            QJsonDocument::fromJson(curl.readAllStandardOutput()).object().value(QStringLiteral("result")).toString();
        auto bytes = QByteArray::fromHex(hex.mid(2).toLatin1());
        return money::UInt256::fromBigEndian(bytes).value().toDecimal();
    }

    static QJsonObject curlJson(const QStringList &args)
    {
        QProcess curl;
        curl.start(QStringLiteral("curl"), QStringList {QStringLiteral("-s")} + args);
        curl.waitForFinished(10000);
        return QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (demo::DemoNetwork::anvilPath().isEmpty())
            QSKIP("anvil is not installed (make deps)");
    }

    void startsDeploysAndConfigures()
    {
        test::TempProfile tmp;
        const QString dir = tmp.path() + QStringLiteral("/demo");
        demo::DemoChain chain;
        {
            demo::DemoNetwork network(dir);
            auto started = network.startBlocking();
            QVERIFY2(started.ok(), started.ok() ? "" : test::describe(started.error()).constData());
            chain = started.value();
            QVERIFY(network.isRunning());
            QCOMPARE(chain.token, demo::DemoNetwork::tokenAddress());
            QCOMPARE(chain.payoutAddress, QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
            QCOMPARE(chain.customers.size(), 9);
            QCOMPARE(chain.customers.first(), QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
            QCOMPARE(chain.receiveAddresses.size(), demo::DemoNetwork::kReceiveCount);
            QCOMPARE(balanceOf(chain.httpUrl, chain.token, chain.payoutAddress), QStringLiteral("1000000000000"));
            QCOMPARE(balanceOf(chain.httpUrl, chain.token, chain.customers.last()), QStringLiteral("1000000000000"));

            QVERIFY(network.configureProfile().ok());
            const QString conf = dir + QStringLiteral("/kassa.conf");
            QVERIFY(demo::DemoNetwork::isDemoConfig(conf));
            auto config = Config::load(conf);
            QVERIFY(config.ok());
            auto local = config->chain(QStringLiteral("local"));
            QVERIFY(local && local->enabled);
            QCOMPARE(local->httpEndpoints.first(), chain.httpUrl);
            auto settings = engine::StorefrontSettings::load(conf);
            QVERIFY2(settings.ok(), settings.ok() ? "" : test::describe(settings.error()).constData());
            QVERIFY(settings->demo);
            QVERIFY(settings->apiEnabled);
            QCOMPARE(settings->listen, QHostAddress(QHostAddress::LocalHost));
            QCOMPARE(settings->chain, QStringLiteral("local"));
            QCOMPARE(settings->sharedAddresses.value(QStringLiteral("local")).size(), demo::DemoNetwork::kReceiveCount);

            // A customer pays: the transfer is accepted by the node.
            auto paid = network.pay(chain.customers.first(), chain.receiveAddresses.first(),
                money::UInt256::parseDecimal(QStringLiteral("1500000")).value());
            QTRY_VERIFY_WITH_TIMEOUT(paid.isFinished(), 10000);
            QVERIFY(paid.result().ok());
            QTRY_COMPARE_WITH_TIMEOUT(
                balanceOf(chain.httpUrl, chain.token, chain.receiveAddresses.first()), QStringLiteral("1500000"), 10000);

            auto token1 = demo::DemoNetwork::epusdtToken(dir);
            auto token2 = demo::DemoNetwork::epusdtToken(dir);
            QVERIFY(token1.ok() && token2.ok());
            QCOMPARE(token1.value(), token2.value());
            QCOMPARE(QFile(dir + QStringLiteral("/epusdt-token")).permissions()
                    & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                QFileDevice::Permissions());
            network.stop();
            QVERIFY(!network.isRunning());
        }
        // A restart loads the chain from the profile: the token and balances stay.
        demo::DemoNetwork again(dir);
        auto restarted = again.startBlocking();
        QVERIFY(restarted.ok());
        QCOMPARE(balanceOf(restarted->httpUrl, restarted->token, restarted->receiveAddresses.first()),
            QStringLiteral("1500000"));
    }

    // The storefront simulator against the real demo storefront: orders
    // through the Epusdt route, paid, and signed paid callbacks back.
    void simulatorGetsPaidCallbacks()
    {
        QCOMPARE(demo::DemoSimulator::paymentFor(0), demo::DemoSimulator::Payment::Exact);
        QCOMPARE(demo::DemoSimulator::paymentFor(3), demo::DemoSimulator::Payment::Short);
        QCOMPARE(demo::DemoSimulator::paymentFor(5), demo::DemoSimulator::Payment::Late);
        test::TempProfile tmp;
        const QString dir = tmp.path() + QStringLiteral("/demo");
        demo::DemoNetwork network(dir);
        QVERIFY(network.startBlocking().ok());
        QVERIFY(network.configureProfile().ok());
        auto profile = Profile::open(dir);
        auto config = Config::load(profile->configPath());
        QVERIFY(profile.ok() && config.ok());
        engine::Engine engine(profile.value(), config.value());
        QVERIFY(engine.info().demo);
        QVERIFY(engine.startBlocking().ok());
        QVERIFY(engine.startChainWatchers());
        auto storefront = demo::startDemoStorefront(engine, &network);
        QVERIFY2(storefront.ok(), storefront.ok() ? "" : test::describe(storefront.error()).constData());
        demo::DemoSimulator simulator(&network,
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg((*storefront)->apiPort())),
            demo::DemoNetwork::epusdtToken(dir).value(), 120);
        QSignalSpy orders(&simulator, &demo::DemoSimulator::orderCreated);
        QSignalSpy payments(&simulator, &demo::DemoSimulator::paymentSent);
        QSignalSpy callbacks(&simulator, &demo::DemoSimulator::callbackReceived);
        QSignalSpy problems(&simulator, &demo::DemoSimulator::problem);
        QVERIFY(simulator.start(1000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(callbacks.size() >= 1, 30000);
        QVERIFY(problems.isEmpty());
        QVERIFY(orders.size() >= 1);
        QVERIFY(payments.size() >= 1);
        QVERIFY(callbacks.first().at(1).toBool()); // signature valid
        QCOMPARE(callbacks.first().at(2).toInt(), 2); // paid
        QVERIFY(callbacks.first().at(3).toString().startsWith(QStringLiteral("0x")));
        simulator.stop();

        // "Pay this order" on the demo checkout page pays a waiting order.
        const QString api = QStringLiteral("http://127.0.0.1:%1").arg((*storefront)->apiPort());
        const QByteArray token = demo::DemoNetwork::epusdtToken(dir).value();
        const QByteArray signature = QCryptographicHash::hash(
            QByteArray("amount=42&notify_url=http://127.0.0.1:9/n&order_id=PAYBUTTON" + token), QCryptographicHash::Md5)
                                         .toHex();
        const QJsonObject created = curlJson({QStringLiteral("-H"), QStringLiteral("content-type: application/json"),
            QStringLiteral("-d"),
            QStringLiteral("{\"order_id\":\"PAYBUTTON\",\"amount\":42,\"notify_url\":\"http://127.0.0.1:9/n\","
                           "\"signature\":\"%1\"}")
                .arg(QString::fromLatin1(signature)),
            api + QStringLiteral("/api/v1/order/create-transaction")});
        const QString tradeId = created.value(QStringLiteral("data")).toObject().value(QStringLiteral("trade_id")).toString();
        QVERIFY2(!tradeId.isEmpty(), QJsonDocument(created).toJson().constData());
        QProcess page;
        page.start(QStringLiteral("curl"), {QStringLiteral("-s"), api + QStringLiteral("/pay/checkout-counter/") + tradeId});
        QVERIFY(page.waitForFinished(10000));
        QVERIFY(page.readAllStandardOutput().contains("id=\"demopay\""));
        const QJsonObject sent = curlJson(
            {QStringLiteral("-X"), QStringLiteral("POST"), api + QStringLiteral("/demo/pay/") + tradeId});
        QCOMPARE(sent.value(QStringLiteral("status_code")).toInt(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(curlJson({api + QStringLiteral("/pay/check-status/") + tradeId})
                                      .value(QStringLiteral("data"))
                                      .toObject()
                                      .value(QStringLiteral("status"))
                                      .toInt(),
            2, 20000);
        (*storefront)->stop();
        engine.chains()->stop();
    }

    void missingAnvilIsExplained()
    {
        qputenv("KASSA_ANVIL", "/nonexistent/anvil");
        test::TempProfile tmp;
        demo::DemoNetwork network(tmp.path());
        auto started = network.startBlocking(5000);
        qunsetenv("KASSA_ANVIL");
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, ErrorCode::NotFound);
        QVERIFY(started.error().hint.contains(QStringLiteral("make deps")));
    }

    void bytecodeMatchesSource()
    {
        QProcess node;
        node.start(QStringLiteral("node"), {test::nodeDir() + QStringLiteral("/compile-demo-token.js")});
        QVERIFY(node.waitForFinished(120000));
        QCOMPARE(node.exitCode(), 0);
        QCOMPARE(node.readAllStandardOutput().trimmed(), demo::DemoNetwork::tokenBytecode());
    }

    void checkoutPageSaysDemo()
    {
        payments::Order order;
        order.tradeId = QStringLiteral("202612030000000000000001");
        const QByteArray plain = api::CheckoutPage::render(order, QStringLiteral("en"), 0);
        QVERIFY(!plain.contains("id=\"demo\""));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("nl")}) {
            const QByteArray page = api::CheckoutPage::render(order, language, 0, true);
            QVERIFY(page.contains("id=\"demo\""));
        }
        QVERIFY(api::CheckoutPage::render(order, QStringLiteral("en"), 0, true).contains("not real money"));
    }
};

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "tst_demonetwork.moc"
