// End to end on anvil: a test storefront creates orders through the Epusdt
// route of the real listener, a payer sends the exact actual_amount of
// USDT (ERC-20) to `token`, the EvmWatcher sees it, and after the
// confirmations the storefront receives a signed callback with status 2 and
// the transaction hash — re-signed PHP-style and accepted. Two orders with
// the same fiat price get distinct amounts and each payment lands on the
// right order; a payment of an amount nobody was asked for gets no callback.
#include "AnvilNode.h"
#include "EvmRig.h"
#include "ScriptedHttpServer.h"
#include "TestSupport.h"
#include "engine/ChainManager.h"
#include "engine/Storefront.h"
#include "net/NetworkFactory.h"
#include "notify/EpusdtSignature.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <map>

using namespace kassa;
using namespace kassa::engine;
using test::AnvilNode;

namespace {

const QByteArray kToken = "e2e-token-42";

engine::ChainFamilyPlugin fastEvm()
{
    engine::ChainFamilyPlugin plugin = engine::chainFamilies().value(chain::ChainFamily::Evm);
    plugin.createWatcher = [](const engine::WatcherContext &c) -> chain::ChainWatcher * {
        return new chain::evm::EvmWatcher(
            c.settings, c.database, c.addresses, c.network, c.clock, test::EvmRig::fastOptions());
    };
    return plugin;
}

//! dujiaoka's check: re-sign every received field except signature.
bool storefrontAccepts(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    std::map<std::string, std::string> sorted;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("signature"))
            continue;
        const QString v =
            it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble(), 'g', 14);
        if (!v.isEmpty())
            sorted[it.key().toStdString()] = v.toStdString();
    }
    std::string text;
    for (const auto &[k, v] : sorted)
        text += (text.empty() ? "" : "&") + k + "=" + v;
    const QByteArray md5 =
        QCryptographicHash::hash(QByteArray(QByteArray::fromStdString(text) + kToken), QCryptographicHash::Md5).toHex();
    return md5 == o.value(QStringLiteral("signature")).toString().toLatin1();
}

QByteArray createBody(const QString &orderId, const QString &notifyUrl)
{
    const QByteArray unsignedBody = "{\"order_id\":" + notify::RawJson::quote(orderId)
        + ",\"amount\":100.5,\"notify_url\":" + notify::RawJson::quote(notifyUrl) + "}";
    auto fields = notify::RawJson::parseObject(unsignedBody);
    const QString signature = notify::EpusdtSignature::sign(fields.value(), kToken).value();
    QByteArray body = unsignedBody;
    body.chop(1);
    return body + ",\"signature\":\"" + signature.toLatin1() + "\"}";
}

} // namespace

class TestStorefrontE2E : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_token;

    QJsonObject call(QNetworkAccessManager *manager, const net::NetworkFactory &network, const QUrl &url,
        const QByteArray &body = {})
    {
        QNetworkRequest request = network.request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = body.isEmpty() ? manager->get(request) : manager->post(request, body);
        QElapsedTimer timer;
        timer.start();
        while (!reply->isFinished() && timer.elapsed() < 10000)
            QTest::qWait(10);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        auto token = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        m_token = token.value();
        KASSA_VERIFY_OK(m_anvil.mint(m_token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));
    }

    void paidOrdersAreCalledBack()
    {
        test::TempProfile tmp;
        auto opened =
            store::Database::open(store::DatabaseUrl::parse(QString(), tmp.path()).value(), SystemClock::instance());
        KASSA_VERIFY_OK(opened);
        std::shared_ptr<store::Database> db(std::move(opened).value().release());

        QList<chain::ChainSettings> chains = chain::ChainSettingsFile::allDefaults();
        chains << test::EvmRig::settings(m_anvil, m_token, 6);
        ChainManager manager(chains, db);
        manager.setFamilyPlugin(chain::ChainFamily::Evm, fastEvm());

        QList<QByteArray> callbacks;
        test::ScriptedHttpServer shop([&callbacks](const test::HttpExchange &request) {
            callbacks << request.body;
            return test::HttpAnswer {200, storefrontAccepts(request.body) ? "ok" : "fail", "text/plain"};
        });

        StorefrontSettings settings;
        settings.chain = QStringLiteral("local");
        settings.asset = QStringLiteral("USDT");
        settings.apiEnabled = true;
        settings.port = 0;
        settings.sharedAddresses.insert(QStringLiteral("local"), {test::payee(40), test::payee(41)});
        auto addresses = std::make_shared<payments::StaticAddressSource>();
        addresses->setShared(QStringLiteral("local"), settings.sharedAddresses.value(QStringLiteral("local")));
        Storefront storefront(db, settings, addresses);
        auto rate = money::ExchangeRate::create(QStringLiteral("7.2345"), QStringLiteral("CNY"), QStringLiteral("USDT"),
            QStringLiteral("manual"), QDateTime::currentDateTimeUtc());
        KASSA_VERIFY_OK(storefront.payments()->setRate(rate.value(), audit::Actor::system()));
        KASSA_VERIFY_OK(storefront.start(&manager, kToken));
        manager.start();
        QVERIFY(storefront.apiPort() > 0);

        net::NetworkFactory network;
        QNetworkAccessManager *http = network.createAccessManager(this);
        const QUrl create(
            QStringLiteral("http://127.0.0.1:%1/api/v1/order/create-transaction").arg(storefront.apiPort()));
        const QString notify = shop.url(QStringLiteral("/pay/epusdt/notify_url")).toString();
        QList<QJsonObject> orders;
        for (const QString &id : {QStringLiteral("E2E-1"), QStringLiteral("E2E-2"), QStringLiteral("E2E-3")}) {
            const QJsonObject answer = call(http, network, create, createBody(id, notify));
            QCOMPARE(answer.value(QStringLiteral("status_code")).toInt(), 200);
            orders << answer.value(QStringLiteral("data")).toObject();
        }
        // The same price: distinct (address, amount) pairs.
        QCOMPARE(orders[0].value(QStringLiteral("token")).toString(), test::payee(40));
        QCOMPARE(orders[1].value(QStringLiteral("token")).toString(), test::payee(41));
        QCOMPARE(orders[2].value(QStringLiteral("token")).toString(), test::payee(40));
        QCOMPARE(orders[0].value(QStringLiteral("actual_amount")).toDouble(), 13.9);
        QCOMPARE(orders[2].value(QStringLiteral("actual_amount")).toDouble(), 13.91);

        // Pay orders 3 and 2 exactly (each to its own token address), and
        // send 5 USDT to the first address, which matches nothing.
        auto pay3 =
            m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), test::payee(40), QStringLiteral("13910000"));
        KASSA_VERIFY_OK(pay3);
        // Seen but not final (depth 3): no callback yet, the order is confirming.
        const QString trade3 = orders[2].value(QStringLiteral("trade_id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            (*storefront.payments()->orderByTradeId(trade3))->status, payments::OrderStatus::Confirming, 10000);
        QTest::qWait(300);
        QCOMPARE(callbacks.size(), 0);
        auto pay2 =
            m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), test::payee(41), QStringLiteral("13900000"));
        KASSA_VERIFY_OK(pay2);
        KASSA_VERIFY_OK(
            m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), test::payee(40), QStringLiteral("5000000")));
        KASSA_VERIFY_OK(m_anvil.mine(4));
        QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 2, 20000);

        QMap<QString, QJsonObject> byTrade;
        for (const QByteArray &body : callbacks) {
            QVERIFY(storefrontAccepts(body));
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            QCOMPARE(o.size(), 8);
            QCOMPARE(o.value(QStringLiteral("status")).toInt(), 2);
            byTrade.insert(o.value(QStringLiteral("trade_id")).toString(), o);
        }
        const QJsonObject c2 = byTrade.value(orders[1].value(QStringLiteral("trade_id")).toString());
        const QJsonObject c3 = byTrade.value(orders[2].value(QStringLiteral("trade_id")).toString());
        QCOMPARE(c2.value(QStringLiteral("order_id")).toString(), QStringLiteral("E2E-2"));
        QCOMPARE(c2.value(QStringLiteral("block_transaction_id")).toString(),
            pay2->value(QStringLiteral("transactionHash")).toString());
        QCOMPARE(c3.value(QStringLiteral("order_id")).toString(), QStringLiteral("E2E-3"));
        QCOMPARE(c3.value(QStringLiteral("block_transaction_id")).toString(),
            pay3->value(QStringLiteral("transactionHash")).toString());
        QCOMPARE(c3.value(QStringLiteral("actual_amount")).toDouble(), 13.91);
        QCOMPARE(c3.value(QStringLiteral("amount")).toDouble(), 100.5);

        // check-status agrees; order 1 still waits; the stray 5 USDT is kept, unmatched.
        const QUrl status(QStringLiteral("http://127.0.0.1:%1/pay/check-status/%2")
                              .arg(storefront.apiPort())
                              .arg(orders[2].value(QStringLiteral("trade_id")).toString()));
        QCOMPARE(call(http, network, status)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
            2);
        auto first = storefront.payments()->orderByTradeId(orders[0].value(QStringLiteral("trade_id")).toString());
        QCOMPARE((*first)->status, payments::OrderStatus::Waiting);
        QTRY_COMPARE(storefront.payments()->transfers(std::nullopt, QStringLiteral("unmatched"))->size(), 1);
        QTest::qWait(500);
        QCOMPARE(callbacks.size(), 2);
        storefront.stop();
        manager.stop();
    }
};

KASSA_TEST_MAIN(TestStorefrontE2E)
#include "tst_storefront_e2e.moc"
