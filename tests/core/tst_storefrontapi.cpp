// The Epusdt-compatible storefront API: create-transaction (signed, priced
// at the stored rate, unique amounts), duplicates, check-status, the
// checkout page in four languages, and hostile requests — bad signatures,
// missing fields, wrong types, oversized and deep bodies, unicode and
// SQL-looking order ids, floods — each answered clearly with nothing stored;
// plus the same through the real listener on a free loopback port.
#include "StoreTarget.h"
#include "TestSupport.h"
#include "api/ApiKeys.h"
#include "api/ApiServer.h"
#include "api/CheckoutPage.h"
#include "api/StorefrontApi.h"
#include "audit/AuditLog.h"
#include "net/NetworkFactory.h"
#include "notify/EpusdtSignature.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>

using namespace kassa;
using namespace kassa::api;

namespace {

const QByteArray kToken = "Xk9_demo-Token.2024";
const QString kChain = QStringLiteral("ethereum");
const QString kToken20 = QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7");
const QString kAddr = QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

//! A body with a correct signature appended.
QByteArray signedBody(const QByteArray &jsonWithoutSignature, const QByteArray &token = kToken)
{
    auto fields = notify::RawJson::parseObject(jsonWithoutSignature);
    if (!fields.ok())
        qFatal("test body does not parse");
    auto signature = notify::EpusdtSignature::sign(fields.value(), token);
    QByteArray body = jsonWithoutSignature;
    body.chop(1);
    return body + ",\"signature\":\"" + (signature.ok() ? signature.value().toLatin1() : QByteArray("x")) + "\"}";
}

QByteArray createBody(const QString &orderId, const QByteArray &amount = "100.5")
{
    return signedBody("{\"order_id\":" + notify::RawJson::quote(orderId) + ",\"amount\":" + amount
        + ",\"notify_url\":\"https://shop.example.com/pay/epusdt/notify_url\","
          "\"redirect_url\":\"https://shop.example.com/pay/epusdt/return_url?order_id=1\"}");
}

ApiRequest post(const QByteArray &body, const QString &path = QStringLiteral("/api/v1/order/create-transaction"))
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.remote = QHostAddress::LocalHost;
    return r;
}

ApiRequest get(const QString &path)
{
    ApiRequest r;
    r.method = "GET";
    r.path = path;
    r.remote = QHostAddress::LocalHost;
    return r;
}

QJsonObject parse(const ApiResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

int code(const ApiResponse &r)
{
    return parse(r).value(QStringLiteral("status_code")).toInt();
}

} // namespace

class TestStorefrontApi : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<test::StoreTarget> m_target;
    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<payments::Payments> m_payments;

    ApiSettings settings() const
    {
        ApiSettings s;
        s.epusdtToken = kToken;
        s.publicBaseUrl = QStringLiteral("https://pay.example.com/");
        s.target = {kChain, kToken20, money::Asset::usdt6()};
        s.ratePerSecond = 0;
        return s;
    }

    qint64 orderCount()
    {
        auto reader = m_db->reader();
        QSqlQuery q(reader.value());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM orders"));
        q.next();
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_target = test::StoreTarget::make(store::Engine::Sqlite);
        auto opened = store::Database::open(m_target->url, m_clock);
        QVERIFY(opened.ok());
        m_db = std::move(opened.value());
        auto addresses = std::make_shared<payments::StaticAddressSource>();
        addresses->setShared(kChain, {kAddr});
        m_payments = std::make_shared<payments::Payments>(m_db, addresses, payments::PaymentSettings {}, m_clock);
        auto rate = money::ExchangeRate::create(QStringLiteral("7.2345"), QStringLiteral("CNY"), QStringLiteral("USDT"),
            QStringLiteral("manual"), m_clock.now());
        KASSA_VERIFY_OK(m_payments->setRate(rate.value(), audit::Actor::system()));
    }
    void cleanup()
    {
        m_payments.reset();
        m_db.reset();
        m_target.reset();
    }

    void createTransaction()
    {
        StorefrontApi api(m_payments, settings(), m_clock);
        const ApiResponse r = api.handle(post(createBody(QStringLiteral("ORD20240501001"))));
        QCOMPARE(r.status, 200);
        const QJsonObject o = parse(r);
        QCOMPARE(o.value(QStringLiteral("status_code")).toInt(), 200);
        QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("success"));
        QCOMPARE(o.value(QStringLiteral("request_id")).toString().size(), 36);
        const QJsonObject data = o.value(QStringLiteral("data")).toObject();
        const QString tradeId = data.value(QStringLiteral("trade_id")).toString();
        QCOMPARE(tradeId.size(), 24);
        QCOMPARE(data.value(QStringLiteral("order_id")).toString(), QStringLiteral("ORD20240501001"));
        QVERIFY(r.body.contains("\"amount\":100.5,\"actual_amount\":13.9,"));
        QCOMPARE(data.value(QStringLiteral("token")).toString(), kAddr);
        QCOMPARE(data.value(QStringLiteral("expiration_time")).toInteger(), m_clock.nowSecs() + 600);
        QCOMPARE(data.value(QStringLiteral("payment_url")).toString(),
            QStringLiteral("https://pay.example.com/pay/checkout-counter/") + tradeId);
        // The same order id again: 10002 (Epusdt's default), still HTTP 200.
        const ApiResponse dup = api.handle(post(createBody(QStringLiteral("ORD20240501001"))));
        QCOMPARE(dup.status, 200);
        QCOMPARE(code(dup), 10002);
        // Same price, another order: the next unique amount.
        const ApiResponse second = api.handle(post(createBody(QStringLiteral("ORD2"), "100.50")));
        QVERIFY(second.body.contains("\"actual_amount\":13.91,"));
        // The alias route and a numeric string amount work too.
        const ApiResponse alias = api.handle(post(createBody(QStringLiteral("ORD3"), "\"42\""),
            QStringLiteral("/payments/epusdt/v1/order/create-transaction")));
        QCOMPARE(code(alias), 200);
        QVERIFY(alias.body.contains("\"amount\":42,"));

        // check-status: 1 while waiting, 2 once paid, 10008 for an unknown id.
        ApiResponse status = api.handle(get(QStringLiteral("/pay/check-status/") + tradeId));
        QCOMPARE(parse(status).value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toInt(), 1);
        KASSA_VERIFY_OK(m_payments->markPaid(tradeId, QStringLiteral("test"), audit::Actor::system()));
        status = api.handle(get(QStringLiteral("/pay/check-status/") + tradeId));
        QCOMPARE(parse(status).value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toInt(), 2);
        QCOMPARE(code(api.handle(get(QStringLiteral("/pay/check-status/123")))), 10008);
        QCOMPARE(orderCount(), 3);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        const QByteArray okFields = "\"amount\":10,\"notify_url\":\"https://s.example/n\"";
        QTest::newRow("bad signature") << QByteArray(
            "{\"order_id\":\"A\"," + okFields + ",\"signature\":\"00000000000000000000000000000000\"}")
                                       << 401;
        QTest::newRow("no signature") << QByteArray("{\"order_id\":\"A\"," + okFields + "}") << 401;
        QTest::newRow("other token") << signedBody("{\"order_id\":\"A\"," + okFields + "}", "wrong") << 401;
        QTest::newRow("signature not a string")
            << QByteArray("{\"order_id\":\"A\"," + okFields + ",\"signature\":1}") << 401;
        QTest::newRow("bool value") << signedBody("{\"order_id\":\"A\"," + okFields + ",\"x\":true}") << 401;
        QTest::newRow("not json") << QByteArray("order_id=A&amount=10") << 10009;
        QTest::newRow("array") << QByteArray("[]") << 10009;
        QTest::newRow("deep") << (QByteArray("{\"a\":") + QByteArray(50, '[') + QByteArray(50, ']') + "}") << 10009;
        QTest::newRow("missing order_id") << signedBody("{" + okFields + "}") << 10009;
        QTest::newRow("missing amount") << signedBody("{\"order_id\":\"A\",\"notify_url\":\"https://s.example/n\"}")
                                        << 10009;
        QTest::newRow("missing notify_url") << signedBody("{\"order_id\":\"A\",\"amount\":10}") << 10009;
        QTest::newRow("order_id number") << signedBody("{\"order_id\":12," + okFields + "}") << 10009;
        QTest::newRow("order_id too long")
            << signedBody("{\"order_id\":\"" + QByteArray(33, 'a') + "\"," + okFields + "}") << 10009;
        QTest::newRow("order_id empty") << signedBody("{\"order_id\":\"\"," + okFields + "}") << 10009;
        QTest::newRow("order_id control") << signedBody("{\"order_id\":\"a\\u0000b\"," + okFields + "}") << 10009;
        QTest::newRow("amount text") << signedBody(
            "{\"order_id\":\"A\",\"amount\":\"ten\",\"notify_url\":\"https://s.example/n\"}")
                                     << 10009;
        QTest::newRow("amount negative") << signedBody(
            "{\"order_id\":\"A\",\"amount\":-5,\"notify_url\":\"https://s.example/n\"}")
                                         << 10009;
        QTest::newRow("amount 3 decimals")
            << signedBody("{\"order_id\":\"A\",\"amount\":1.005,\"notify_url\":\"https://s.example/n\"}") << 10009;
        QTest::newRow("amount huge") << signedBody(
            "{\"order_id\":\"A\",\"amount\":1e400,\"notify_url\":\"https://s.example/n\"}")
                                     << 401; // Go cannot read it either
        QTest::newRow("amount 0.01") << signedBody(
            "{\"order_id\":\"A\",\"amount\":0.01,\"notify_url\":\"https://s.example/n\"}")
                                     << 10004;
        QTest::newRow("amount zero") << signedBody(
            "{\"order_id\":\"A\",\"amount\":0,\"notify_url\":\"https://s.example/n\"}")
                                     << 10004;
        QTest::newRow("notify ftp") << signedBody(
            "{\"order_id\":\"A\",\"amount\":10,\"notify_url\":\"ftp://s.example/n\"}")
                                    << 10009;
        QTest::newRow("notify javascript")
            << signedBody("{\"order_id\":\"A\",\"amount\":10,\"notify_url\":\"javascript:alert(1)\"}") << 10009;
        QTest::newRow("notify credentials")
            << signedBody("{\"order_id\":\"A\",\"amount\":10,\"notify_url\":\"https://u:p@s.example/n\"}") << 10009;
        QTest::newRow("notify too long") << signedBody(
            "{\"order_id\":\"A\",\"amount\":10,\"notify_url\":\"https://s.example/" + QByteArray(2000, 'x') + "\"}")
                                         << 10009;
        QTest::newRow("redirect bad") << signedBody(
            "{\"order_id\":\"A\"," + okFields + ",\"redirect_url\":\"data:text/html,x\"}")
                                      << 10009;
        QTest::newRow("currency bad") << signedBody("{\"order_id\":\"A\"," + okFields + ",\"currency\":\"cny\"}")
                                      << 10009;
        QTest::newRow("unknown network") << signedBody("{\"order_id\":\"A\"," + okFields + ",\"network\":\"tron\"}")
                                         << 10003;
        QTest::newRow("no rate for USD") << signedBody("{\"order_id\":\"A\"," + okFields + ",\"currency\":\"USD\"}")
                                         << 10006;
        QTest::newRow("duplicate keys") << QByteArray("{\"order_id\":\"A\",\"order_id\":\"B\"," + okFields + "}")
                                        << 10009;
    }
    void hostile()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        StorefrontApi api(m_payments, settings(), m_clock);
        const ApiResponse r = api.handle(post(body));
        QCOMPARE(r.status, 200);
        QCOMPARE(code(r), expected);
        QVERIFY(!parse(r).value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(parse(r).value(QStringLiteral("data")).isNull());
        if (expected == 401)
            QCOMPARE(parse(r).value(QStringLiteral("message")).toString(), QStringLiteral("签名认证错误"));
        QCOMPARE(orderCount(), 0);
    }

    void limitsAndRoutes()
    {
        ApiSettings s = settings();
        s.ratePerSecond = 2;
        StorefrontApi api(m_payments, s, m_clock);
        ApiRequest big = post(QByteArray(20000, ' '));
        QCOMPARE(api.handle(big).status, 413);
        QCOMPARE(api.handle(get(QStringLiteral("/api/v1/order/create-transaction"))).status, 405);
        QCOMPARE(api.handle(get(QStringLiteral("/etc/passwd"))).status, 404);
        // The bucket holds 2 s worth (4 requests); the next is refused until time passes.
        QCOMPARE(api.handle(get(QStringLiteral("/x"))).status, 404);
        QCOMPARE(api.handle(get(QStringLiteral("/x"))).status, 429);
        m_clock.advanceMs(1000);
        QCOMPARE(api.handle(get(QStringLiteral("/x"))).status, 404);
        ApiRequest other = get(QStringLiteral("/x"));
        other.remote = QHostAddress(QStringLiteral("127.0.0.2"));
        QCOMPARE(api.handle(other).status, 404); // another client has its own bucket
        // No token configured: every Epusdt request is refused.
        ApiSettings noToken = settings();
        noToken.epusdtToken.clear();
        StorefrontApi locked(m_payments, noToken, m_clock);
        QCOMPARE(code(locked.handle(post(createBody(QStringLiteral("Z"))))), 401);
        QCOMPARE(orderCount(), 0);
    }

    void odditiesStoredLiterally()
    {
        StorefrontApi api(m_payments, settings(), m_clock);
        for (const QString &id : {QStringLiteral("订单-№42-😀"), QStringLiteral("1'; DROP TABLE orders;--"),
                 QStringLiteral("<script>alert(1)</script>")}) {
            const ApiResponse r = api.handle(post(createBody(id, "20")));
            QCOMPARE(code(r), 200);
            QCOMPARE(
                parse(r).value(QStringLiteral("data")).toObject().value(QStringLiteral("order_id")).toString(), id);
        }
        QCOMPARE(orderCount(), 3);
    }

    void checkoutPage()
    {
        StorefrontApi api(m_payments, settings(), m_clock);
        const QJsonObject data =
            parse(api.handle(post(createBody(QStringLiteral("P1"))))).value(QStringLiteral("data")).toObject();
        const QString tradeId = data.value(QStringLiteral("trade_id")).toString();
        ApiRequest page = get(QStringLiteral("/pay/checkout-counter/") + tradeId);
        page.headers.append(
            std::make_pair(QByteArray("Accept-Language"), QByteArray("fr;q=0.9, zh-CN;q=0.8, en;q=0.5")));
        const ApiResponse r = api.handle(page);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/html"));
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains(QStringLiteral("lang=\"zh_CN\"")));
        QVERIFY(html.contains(QStringLiteral("13.9 USDT")));
        QVERIFY(html.contains(kAddr));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("请准确转账")));
        QVERIFY(!html.contains(QLatin1Char('%') + QStringLiteral("ADDRESS")));
        QCOMPARE(api.handle(get(QStringLiteral("/pay/checkout-counter/nope"))).status, 404);
        QCOMPARE(CheckoutPage::pickLanguage(QStringLiteral("ja-JP,ja;q=0.9")), QStringLiteral("ja"));
        QCOMPARE(CheckoutPage::pickLanguage(QStringLiteral("nl-BE, en;q=0.3")), QStringLiteral("nl"));
        QCOMPARE(CheckoutPage::pickLanguage(QStringLiteral("de")), QStringLiteral("en"));
        QCOMPARE(CheckoutPage::pickLanguage(QString(10000, QLatin1Char(','))), QStringLiteral("en"));
        QVERIFY(CheckoutPage::qrSvg("TNEns8t9jbWENbStkQdVQtHMGpbsYsQjZK").startsWith("<svg"));
    }

    void nativeApi()
    {
        StorefrontApi api(m_payments, settings(), m_clock);
        std::pair<ApiKey, QString> writer;
        std::pair<ApiKey, QString> reader;
        auto made = m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto a = ApiKeys::create(
                c, QStringLiteral("shop"), {QLatin1String(scope::Orders)}, audit::Actor::system(), m_clock.nowMs());
            auto b = ApiKeys::create(
                c, QStringLiteral("report"), {QLatin1String(scope::ReadOnly)}, audit::Actor::system(), m_clock.nowMs());
            if (!a.ok() || !b.ok())
                return makeError(ErrorCode::Internal, QStringLiteral("key"), {});
            writer = a.value();
            reader = b.value();
            return {};
        });
        KASSA_VERIFY_OK(made);
        QVERIFY(writer.second.startsWith(QStringLiteral("kassa_") + writer.first.id + QLatin1Char('_')));
        // Only the hash is stored.
        {
            auto r = m_db->reader();
            QSqlQuery q(r.value());
            q.exec(QStringLiteral("SELECT key_hash FROM api_keys"));
            while (q.next())
                QVERIFY(!q.value(0).toString().contains(writer.second));
        }
        const auto authed = [](ApiRequest r, const QString &key) {
            r.headers.append(std::make_pair(QByteArray("Authorization"), QByteArray("Bearer ") + key.toLatin1()));
            return r;
        };
        const QByteArray body = "{\"order_id\":\"N1\",\"amount\":\"20.05\",\"asset\":\"USDT\",\"chain\":\"ethereum\"}";
        // No key, a wrong key, a key without the scope.
        QCOMPARE(api.handle(post(body, QStringLiteral("/v1/orders"))).status, 401);
        QCOMPARE(
            api.handle(authed(post(body, QStringLiteral("/v1/orders")), writer.second + QStringLiteral("x"))).status,
            401);
        QString forged = writer.second;
        forged[forged.size() - 1] = forged.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(api.handle(authed(post(body, QStringLiteral("/v1/orders")), forged)).status, 401);
        QCOMPARE(api.handle(authed(post(body, QStringLiteral("/v1/orders")), reader.second)).status, 403);
        QCOMPARE(orderCount(), 0);
        // Created, and the same Idempotency-Key with the same body replays it.
        ApiRequest create = authed(post(body, QStringLiteral("/v1/orders")), writer.second);
        create.headers.append(std::make_pair(QByteArray("Idempotency-Key"), QByteArray("k-1")));
        const ApiResponse first = api.handle(create);
        QCOMPARE(first.status, 201);
        const QJsonObject order = parse(first);
        QCOMPARE(order.value(QStringLiteral("amount")).toString(), QStringLiteral("20.05"));
        QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
        const ApiResponse again = api.handle(create);
        QCOMPARE(again.status, 200);
        QCOMPARE(parse(again).value(QStringLiteral("id")), order.value(QStringLiteral("id")));
        ApiRequest changed = create;
        changed.body = "{\"order_id\":\"N1\",\"amount\":\"21\"}";
        QCOMPARE(api.handle(changed).status, 409);
        QCOMPARE(orderCount(), 1);
        // Fiat with the stored rate; bad fields are named.
        const ApiResponse fiat = api.handle(authed(
            post("{\"order_id\":\"N2\",\"fiat\":\"CNY\",\"fiat_amount\":\"100.50\"}", QStringLiteral("/v1/orders")),
            writer.second));
        QCOMPARE(fiat.status, 201);
        QCOMPARE(parse(fiat).value(QStringLiteral("fiat")).toObject().value(QStringLiteral("rate")).toString(),
            QStringLiteral("7.2345"));
        const ApiResponse bad = api.handle(
            authed(post("{\"order_id\":\"N3\",\"amount\":\"1,5\"}", QStringLiteral("/v1/orders")), writer.second));
        QCOMPARE(bad.status, 400);
        QCOMPARE(parse(bad).value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
            QStringLiteral("amount"));
        QCOMPARE(api.handle(authed(post("{\"order_id\":\"N4\",\"amount\":\"1\",\"chain\":\"tron\"}",
                                       QStringLiteral("/v1/orders")),
                                writer.second))
                     .status,
            400);
        QCOMPARE(
            api.handle(authed(post("{\"order_id\":5,\"amount\":\"1\"}", QStringLiteral("/v1/orders")), writer.second))
                .status,
            400);
        // Read, list with a cursor, cancel.
        const QString id = order.value(QStringLiteral("id")).toString();
        QCOMPARE(api.handle(authed(get(QStringLiteral("/v1/orders/") + id), reader.second)).status, 200);
        QCOMPARE(api.handle(authed(get(QStringLiteral("/v1/orders/nope")), reader.second)).status, 404);
        ApiRequest list = authed(get(QStringLiteral("/v1/orders")), reader.second);
        list.query = QStringLiteral("limit=1");
        const QJsonObject page = parse(api.handle(list));
        QCOMPARE(page.value(QStringLiteral("orders")).toArray().size(), 1);
        QVERIFY(page.value(QStringLiteral("next_cursor")).isString());
        list.query = QStringLiteral("limit=1&cursor=") + page.value(QStringLiteral("next_cursor")).toString();
        QCOMPARE(parse(api.handle(list))
                     .value(QStringLiteral("orders"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            id);
        list.query = QStringLiteral("status=bogus");
        QCOMPARE(api.handle(list).status, 400);
        QCOMPARE(
            api.handle(authed(post({}, QStringLiteral("/v1/orders/") + id + QStringLiteral("/cancel")), reader.second))
                .status,
            403);
        const ApiResponse cancelled =
            api.handle(authed(post({}, QStringLiteral("/v1/orders/") + id + QStringLiteral("/cancel")), writer.second));
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(parse(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        // Revoked: refused from then on; the revocation is audited.
        auto revoked = m_db->writeAndWait([&](QSqlDatabase &c) {
            return ApiKeys::revoke(c, writer.first.id, audit::Actor::system(), m_clock.nowMs());
        });
        KASSA_VERIFY_OK(revoked);
        QCOMPARE(api.handle(authed(get(QStringLiteral("/v1/orders/") + id), writer.second)).status, 401);
        auto r = m_db->reader();
        audit::AuditFilter filter;
        filter.actionPrefix = QStringLiteral("apikey.");
        QCOMPARE(audit::AuditLog::query(r.value(), filter)->size(), 3);
        QCOMPARE(api.handle(get(QStringLiteral("/v1/health"))).status, 200);
    }

    void depositBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("minimal") << QByteArray("{\"customer_id\":\"u1\"}") << QString();
        QTest::newRow("all") << QByteArray("{\"customer_id\":\"u1\",\"chain\":\"ethereum\",\"asset\":\"USDT\"}")
                             << QString();
        QTest::newRow("unicode") << QByteArray("{\"customer_id\":\"客户-1 ✓\"}") << QString();
        QTest::newRow("sql-looking") << QByteArray("{\"customer_id\":\"1'; DROP TABLE orders;--\"}") << QString();
        QTest::newRow("missing") << QByteArray("{}") << QStringLiteral("invalid_field");
        QTest::newRow("empty id") << QByteArray("{\"customer_id\":\"\"}") << QStringLiteral("invalid_field");
        QTest::newRow("65 chars") << QByteArray("{\"customer_id\":\"" + QByteArray(65, 'a') + "\"}")
                                  << QStringLiteral("invalid_field");
        QTest::newRow("control") << QByteArray("{\"customer_id\":\"a\\u0007b\"}") << QStringLiteral("invalid_field");
        QTest::newRow("bidi override") << QByteArray("{\"customer_id\":\"a\\u202eb\"}")
                                       << QStringLiteral("invalid_field");
        QTest::newRow("number") << QByteArray("{\"customer_id\":42}") << QStringLiteral("invalid_type");
        QTest::newRow("null") << QByteArray("{\"customer_id\":null}") << QStringLiteral("invalid_type");
        QTest::newRow("array") << QByteArray("{\"customer_id\":[\"a\"]}") << QStringLiteral("invalid_type");
        QTest::newRow("unknown member") << QByteArray("{\"customer_id\":\"u1\",\"amount\":\"5\"}")
                                        << QStringLiteral("unknown_field");
        QTest::newRow("duplicate member") << QByteArray("{\"customer_id\":\"u1\",\"customer_id\":\"u2\"}")
                                          << QStringLiteral("invalid_json");
        QTest::newRow("not an object") << QByteArray("[\"u1\"]") << QStringLiteral("invalid_json");
        QTest::newRow("truncated") << QByteArray("{\"customer_id\":\"u1\"") << QStringLiteral("invalid_json");
        QTest::newRow("deep") << QByteArray("{\"customer_id\":\"u1\",\"x\":" + QByteArray(100, '[')
                                      + QByteArray(100, ']') + "}")
                              << QStringLiteral("invalid_json");
        QTest::newRow("oversized") << QByteArray("{\"customer_id\":\"" + QByteArray(20000, 'a') + "\"}")
                                   << QStringLiteral("invalid_json");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid_json");
        QTest::newRow("long chain") << QByteArray("{\"customer_id\":\"u1\",\"chain\":\"" + QByteArray(33, 'c') + "\"}")
                                    << QStringLiteral("invalid_field");
    }

    void depositBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto parsed = StorefrontApi::parseDepositAddressRequest(body, settings());
        if (error.isEmpty()) {
            QVERIFY(std::holds_alternative<DepositAddressRequest>(parsed));
        } else {
            QVERIFY(std::holds_alternative<NativeRefusal>(parsed));
            QCOMPARE(std::get<NativeRefusal>(parsed).code, error);
            QCOMPARE(std::get<NativeRefusal>(parsed).status, 400);
        }
    }

    void depositRoutes()
    {
        auto addresses = std::make_shared<payments::StaticAddressSource>();
        addresses->setShared(kChain, {kAddr});
        const QString fresh = QStringLiteral("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
        addresses->addDedicatedPool(kChain, {fresh});
        auto withPool = std::make_shared<payments::Payments>(m_db, addresses, payments::PaymentSettings {}, m_clock);
        StorefrontApi api(withPool, settings(), m_clock);
        std::pair<ApiKey, QString> writer;
        std::pair<ApiKey, QString> reader;
        KASSA_VERIFY_OK(m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            writer = ApiKeys::create(
                c, QStringLiteral("shop"), {QLatin1String(scope::Orders)}, audit::Actor::system(), m_clock.nowMs())
                         .value();
            reader = ApiKeys::create(
                c, QStringLiteral("report"), {QLatin1String(scope::ReadOnly)}, audit::Actor::system(), m_clock.nowMs())
                         .value();
            return {};
        }));
        const auto authed = [](ApiRequest r, const QString &key) {
            r.headers.append(std::make_pair(QByteArray("Authorization"), QByteArray("Bearer ") + key.toLatin1()));
            return r;
        };
        const QString path = QStringLiteral("/v1/deposit-addresses");
        const QByteArray body = "{\"customer_id\":\"user-42\"}";
        const auto depositRows = [&] {
            auto r = m_db->reader();
            QSqlQuery q(r.value());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM deposit_addresses"));
            q.next();
            return q.value(0).toInt();
        };
        QCOMPARE(api.handle(post(body, path)).status, 401);
        QCOMPARE(api.handle(authed(post(body, path), reader.second)).status, 403);
        QCOMPARE(api.handle(authed(get(path), writer.second)).status, 405);
        QCOMPARE(api.handle(authed(post("{\"customer_id\":7}", path), writer.second)).status, 400);
        QCOMPARE(api.handle(authed(post("{\"customer_id\":\"u\",\"chain\":\"tron\"}", path), writer.second)).status,
            400);
        QCOMPARE(api.handle(authed(post("{\"customer_id\":\"u\",\"asset\":\"USDC\"}", path), writer.second)).status,
            400);
        QCOMPARE(depositRows(), 0);
        const ApiResponse made = api.handle(authed(post(body, path), writer.second));
        QCOMPARE(made.status, 201);
        QCOMPARE(parse(made).value(QStringLiteral("address")).toString(), fresh);
        QCOMPARE(parse(made).value(QStringLiteral("customer_id")).toString(), QStringLiteral("user-42"));
        const ApiResponse same = api.handle(authed(post(body, path), writer.second));
        QCOMPARE(same.status, 200);
        QCOMPARE(parse(same).value(QStringLiteral("address")).toString(), fresh);
        // The pool is empty: a clear 503, nothing stored.
        const ApiResponse full = api.handle(authed(post("{\"customer_id\":\"user-43\"}", path), writer.second));
        QCOMPARE(full.status, 503);
        QCOMPARE(parse(full).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("no_capacity"));
        QCOMPARE(depositRows(), 1);

        ApiRequest list = authed(get(QStringLiteral("/v1/deposits")), reader.second);
        list.query = QStringLiteral("customer_id=user-42");
        const ApiResponse listed = api.handle(list);
        QCOMPARE(listed.status, 200);
        QVERIFY(parse(listed).value(QStringLiteral("deposits")).toArray().isEmpty());
        list.query = QStringLiteral("cursor=-1");
        QCOMPARE(api.handle(list).status, 400);
        list.query = QStringLiteral("limit=501");
        QCOMPARE(api.handle(list).status, 400);
        QCOMPARE(api.handle(authed(post({}, QStringLiteral("/v1/deposits")), writer.second)).status, 405);
        QCOMPARE(api.handle(authed(get(QStringLiteral("/v1/deposit-addresses/x")), writer.second)).status, 404);
    }

    void overTheListener()
    {
        auto api = std::make_shared<StorefrontApi>(m_payments, settings(), m_clock);
        ApiServer server(api);
        auto port = server.start(ListenSettings {QHostAddress::LocalHost, 0});
        KASSA_VERIFY_OK(port);
        QVERIFY(port.value() > 0);
        net::NetworkFactory network;
        QNetworkAccessManager *manager = network.createAccessManager(this);
        QNetworkRequest request = network.request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/order/create-transaction").arg(port.value())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager->post(request, createBody(QStringLiteral("NET1")));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(o.value(QStringLiteral("status_code")).toInt(), 200);
        reply->deleteLater();
        QNetworkReply *missing =
            manager->get(network.request(QUrl(QStringLiteral("http://127.0.0.1:%1/nothing").arg(port.value()))));
        QTRY_VERIFY(missing->isFinished());
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        missing->deleteLater();
        server.stop();
        QVERIFY(!server.isRunning());
        QCOMPARE(orderCount(), 1);
    }
};

KASSA_TEST_MAIN(TestStorefrontApi)
#include "tst_storefrontapi.moc"
