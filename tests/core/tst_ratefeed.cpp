// Exchange rates from a configured source: the path into the answer is
// followed exactly (a number's literal, never a double), hostile answers are
// clear errors; a local HTTP source feeds the stored rate, fiat orders carry
// it with its source and age, a failing source lets it age until new fiat
// orders are refused; [rates] in kassa.conf is checked key by key. Nothing
// leaves 127.0.0.1.
#include "ScriptedHttpServer.h"
#include "StoreTarget.h"
#include "TestSupport.h"
#include "engine/Storefront.h"
#include "payments/Payments.h"
#include "payments/RateFeed.h"
#include "store/Database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kassa;
using namespace kassa::payments;

namespace {

OrderRequest fiatOrder(const QString &id, const QString &cny)
{
    OrderRequest r;
    r.merchantOrderId = id;
    r.target = {QStringLiteral("ethereum"), QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7"),
        money::Asset::usdt6()};
    r.fiat = QStringLiteral("CNY");
    r.fiatAmount = cny;
    return r;
}

} // namespace

class TestRateFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // empty: an error
        QTest::newRow("coingecko") << QByteArray("{\"tether\":{\"cny\":7.2345}}") << "tether.cny" << "7.2345";
        QTest::newRow("string") << QByteArray("{\"data\":{\"rate\":\"7.10\"}}") << "data.rate" << "7.10";
        QTest::newRow("array") << QByteArray("{\"code\":\"0\",\"data\":[{\"last\":\"7.01\"},{\"last\":\"9\"}]}") << "data.1.last"
                               << "9";
        QTest::newRow("skips nested") << QByteArray("{\"a\":{\"x\":[1,{\"y\":\"}\"}],\"z\":\"\\\"q\"},\"b\":{\"c\":  12345678.123456789012}}")
                                      << "b.c" << "12345678.123456789012";
        QTest::newRow("top array") << QByteArray("[{\"p\":1}]") << "0.p" << "1";
        QTest::newRow("escaped key") << QByteArray("{\"a\\\"b\":{\"\\u00e9\":\"7\"}}") << "a\"b.é" << "7";
        QTest::newRow("exponent kept") << QByteArray("{\"r\":7.2e0}") << "r" << "7.2e0";
        QTest::newRow("missing member") << QByteArray("{\"tether\":{\"usd\":1}}") << "tether.cny" << "";
        QTest::newRow("empty object") << QByteArray("{\"tether\":{}}") << "tether.cny" << "";
        QTest::newRow("index out of range") << QByteArray("{\"data\":[1]}") << "data.1" << "";
        QTest::newRow("key on array") << QByteArray("{\"data\":[1]}") << "data.x" << "";
        QTest::newRow("path through number") << QByteArray("{\"a\":1}") << "a.b" << "";
        QTest::newRow("object leaf") << QByteArray("{\"a\":{\"b\":1}}") << "a" << "";
        QTest::newRow("bool leaf") << QByteArray("{\"a\":true}") << "a" << "";
        QTest::newRow("null leaf") << QByteArray("{\"a\":null}") << "a" << "";
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << "a" << "";
        QTest::newRow("truncated") << QByteArray("{\"a\":\"7.1\"") << "a" << "";
        QTest::newRow("empty") << QByteArray() << "a" << "";
        QTest::newRow("empty path") << QByteArray("{\"a\":1}") << "" << "";
        QTest::newRow("empty segment") << QByteArray("{\"a\":{\"\":1}}") << "a..b" << "";
        QTest::newRow("huge") << QByteArray("{\"a\":\"" + QByteArray(1100000, 'x') + "\"}") << "a" << "";
        QTest::newRow("deep") << (QByteArray(200, '[') + "1" + QByteArray(200, ']')) << "0" << "";
    }

    void extract()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        auto got = RateFeed::extract(json, path);
        if (expected.isEmpty()) {
            QVERIFY(!got.ok());
            QVERIFY(!got.error().userMessage.isEmpty());
        } else {
            KASSA_VERIFY_OK(got);
            QCOMPARE(got.value(), expected);
        }
    }

    void sourceNameHidesTheQuery()
    {
        QCOMPARE(RateFeed::sourceName(QStringLiteral("https://api.example.com/v1/rate?key=SECRET#x")),
            QStringLiteral("https://api.example.com/v1/rate"));
    }

    void feedsOrdersAndAges()
    {
        ManualClock clock;
        auto target = test::StoreTarget::make(store::Engine::Sqlite);
        auto opened = store::Database::open(target->url, clock);
        KASSA_VERIFY_OK(opened);
        std::shared_ptr<store::Database> db = std::move(opened.value());
        auto addresses = std::make_shared<StaticAddressSource>();
        addresses->setShared(QStringLiteral("ethereum"), {QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")});
        PaymentSettings settings;
        settings.rateMaxAgeSeconds = 600;
        auto payments = std::make_shared<Payments>(db, addresses, settings, clock);

        QByteArray answer = "{\"tether\":{\"cny\":7.2345}}";
        int status = 200;
        test::ScriptedHttpServer server([&](const test::HttpExchange &) {
            test::HttpAnswer a;
            a.status = status;
            a.body = answer;
            return a;
        });
        RateFeedSettings feedSettings;
        feedSettings.intervalSeconds = 3600;
        feedSettings.sources.append(RateSource {QStringLiteral("CNY"), QStringLiteral("USDT"),
            server.url(QStringLiteral("/simple/price?ids=tether&x_api_key=SECRET")).toString(),
            QStringLiteral("tether.cny")});
        RateFeed feed(payments, feedSettings, net::NetworkFactory {}, clock);
        QSignalSpy stored(&feed, &RateFeed::rateStored);
        QSignalSpy failed(&feed, &RateFeed::fetchFailed);

        // No rate yet: a fiat order is refused, never priced at a fallback.
        auto refused = payments->createOrder(fiatOrder(QStringLiteral("F0"), QStringLiteral("100")));
        QCOMPARE(refused.failure, CreateFailure::RateUnavailable);

        feed.start();
        QTRY_COMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(2).toString(), QStringLiteral("7.2345"));
        auto rate = payments->rate(QStringLiteral("CNY"), QStringLiteral("USDT"));
        KASSA_VERIFY_OK(rate);
        QVERIFY(rate->has_value());
        QCOMPARE((*rate)->source(), server.url(QStringLiteral("/simple/price")).toString());
        QVERIFY(!(*rate)->source().contains(QStringLiteral("SECRET")));
        QVERIFY(server.requests().first().path.startsWith("/simple/price?ids=tether"));

        clock.advanceMs(120'000);
        auto order = payments->createOrder(fiatOrder(QStringLiteral("F1"), QStringLiteral("100")));
        QVERIFY(order.ok());
        QCOMPARE(order.order->rate, QStringLiteral("7.2345"));
        QCOMPARE(order.order->rateSource, (*rate)->source());
        QCOMPARE(order.order->createdMs - order.order->rateObservedMs, qint64(120'000));
        QCOMPARE(order.order->amount.toString(), QStringLiteral("13.83")); // 100 / 7.2345 = 13.8226…, rounded up

        // The source fails (HTTP 500, then garbage): the old rate stays and ages.
        status = 500;
        feed.fetchAll();
        QTRY_COMPARE(failed.count(), 1);
        status = 200;
        answer = "{\"tether\":{\"cny\":\"seven\"}}";
        feed.fetchAll();
        QTRY_COMPARE(failed.count(), 2);
        answer = "{\"tether\":{\"cny\":-7.1}}";
        feed.fetchAll();
        QTRY_COMPARE(failed.count(), 3);
        QCOMPARE(payments->rate(QStringLiteral("CNY"), QStringLiteral("USDT")).value()->toString(),
            QStringLiteral("7.2345"));
        clock.advanceMs(500'000);
        auto stale = payments->createOrder(fiatOrder(QStringLiteral("F2"), QStringLiteral("100")));
        QCOMPARE(stale.failure, CreateFailure::RateUnavailable);
        QVERIFY(stale.error.userMessage.contains(QStringLiteral("out of date")));

        // It recovers: orders are taken again at the new rate.
        answer = "{\"tether\":{\"cny\":\"7.30\"}}";
        feed.fetchAll();
        QTRY_COMPARE(stored.count(), 2);
        auto fresh = payments->createOrder(fiatOrder(QStringLiteral("F3"), QStringLiteral("100")));
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.order->rate, QStringLiteral("7.30"));
    }

    void settingsFile_data()
    {
        QTest::addColumn<QByteArray>("rates");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << QByteArray() << true;
        QTest::newRow("one") << QByteArray("CNY.url=https://api.example.com/p?ids=tether\nCNY.path=tether.cny\n") << true;
        QTest::newRow("with asset and interval")
            << QByteArray("interval_seconds=60\nUSD.url=https://a.example/x\nUSD.path=r\nUSD.asset=USDT\n") << true;
        QTest::newRow("no path") << QByteArray("CNY.url=https://api.example.com/p\n") << false;
        QTest::newRow("path without url") << QByteArray("CNY.path=tether.cny\n") << false;
        QTest::newRow("plain http to a remote host") << QByteArray("CNY.url=http://api.example.com/p\nCNY.path=a\n")
                                                     << false;
        QTest::newRow("credentials in the url")
            << QByteArray("CNY.url=https://user:pw@api.example.com/p\nCNY.path=a\n") << false;
        QTest::newRow("lower-case fiat") << QByteArray("cny.url=https://api.example.com/p\ncny.path=a\n") << false;
        QTest::newRow("unknown field") << QByteArray("CNY.uri=https://api.example.com/p\n") << false;
        QTest::newRow("interval too short") << QByteArray("interval_seconds=1\n") << false;
    }

    void settingsFile()
    {
        QFETCH(QByteArray, rates);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kassa.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[rates]\n" + rates);
        f.close();
        auto loaded = engine::StorefrontSettings::load(path);
        QCOMPARE(loaded.ok(), accepted);
        if (accepted && !rates.isEmpty())
            QCOMPARE(loaded->rates.sources.size(), 1);
        if (!accepted)
            QVERIFY(loaded.error().userMessage.contains(QStringLiteral("rates/")));
    }
};

KASSA_TEST_MAIN(TestRateFeed)
#include "tst_ratefeed.moc"
