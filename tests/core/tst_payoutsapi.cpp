// POST /v1/payouts and GET /v1/payouts/{id}: an API key with the
// payouts:request scope asks for a payout, which lands awaiting approval
// through Payouts::requestFromApiKey (audited with the key as actor); a key
// without the scope, or none, is refused; a key sees only its own
// requests; nothing under /v1/payouts approves, edits or sends; the
// reference makes a retry idempotent; hostile bodies get a clear error and
// store nothing. SQLite and PostgreSQL.
#include "StoreTarget.h"
#include "TestSupport.h"
#include "api/ApiKeys.h"
#include "api/StorefrontApi.h"
#include "audit/AuditLog.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace kassa;
using namespace kassa::api;

namespace {

const QString kUsdtTron = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString kTo = QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");

ApiRequest request(const QByteArray &method, const QString &path, const QString &key, const QByteArray &body = {})
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.remote = QHostAddress::LocalHost;
    if (!key.isEmpty())
        r.headers.append({"Authorization", "Bearer " + key.toLatin1()});
    return r;
}

QJsonObject json(const ApiResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QString errorCode(const ApiResponse &r)
{
    return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

const QByteArray kBody =
    R"({"chain":"tron","asset":"USDT","amount":"12.50","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"supplier refund","reference":"INV-7"})";

} // namespace

class TestPayoutsApi : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<test::StoreTarget> m_target;
    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<payments::Payments> m_payments;
    QString m_payoutKey, m_otherKey, m_ordersKey, m_payoutKeyId;
    bool m_rateOk = true;

    ApiSettings settings()
    {
        ApiSettings s;
        s.ratePerSecond = 0;
        s.payoutTargets = {{QStringLiteral("tron"), kUsdtTron, money::Asset::usdt6()}};
        s.payoutValuation = [this](const money::Amount &amount) -> Result<payouts::FiatValuation> {
            if (!m_rateOk)
                return makeError(ErrorCode::Network, QStringLiteral("no rate"), QStringLiteral("no rate"));
            auto usd = money::Amount::parse(amount.toString(), {QStringLiteral("USD"), 2});
            if (!usd.ok())
                return usd.error();
            return payouts::FiatValuation {usd.value(), QStringLiteral("1"), QStringLiteral("peg"), m_clock.nowMs() - 1000};
        };
        return s;
    }
    QString makeKey(const char *name, const QStringList &scopes, QString *id = nullptr)
    {
        std::optional<std::pair<ApiKey, QString>> made;
        const auto written = m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto r = ApiKeys::create(c, QLatin1String(name), scopes, audit::Actor::system(), m_clock.nowMs());
            if (!r.ok())
                return r.error();
            made = r.value();
            return {};
        });
        if (!written.ok() || !made)
            qFatal("api key: %s", written.ok() ? "none" : test::describe(written.error()).constData());
        if (id)
            *id = made->first.id;
        return made->second;
    }
    qint64 count(const char *sql)
    {
        QSqlQuery q(m_db->reader().value());
        q.exec(QLatin1String(sql));
        q.next();
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase_data() { test::StoreTarget::addEngineRows(); }

    void init()
    {
        QFETCH_GLOBAL(store::Engine, engine);
        m_target = test::StoreTarget::make(engine);
        m_clock.setNowMs(1'760'000'000'000);
        m_db = std::move(store::Database::open(m_target->url, m_clock).value());
        m_payments = std::make_shared<payments::Payments>(
            m_db, std::make_shared<payments::StaticAddressSource>(), payments::PaymentSettings {}, m_clock);
        m_payoutKey = makeKey("erp", {QStringLiteral("payouts:request")}, &m_payoutKeyId);
        m_otherKey = makeKey("other", {QStringLiteral("payouts:request")});
        m_ordersKey = makeKey("shop", {QStringLiteral("orders"), QStringLiteral("read")});
        m_rateOk = true;
    }
    void cleanup()
    {
        m_payments.reset();
        m_db.reset();
        m_target.reset();
    }

    void aKeyRequestsAndReadsAPayout()
    {
        StorefrontApi api(m_payments, settings(), m_clock);
        const ApiResponse created = api.handle(request("POST", QStringLiteral("/v1/payouts"), m_payoutKey, kBody));
        QCOMPARE(created.status, 201);
        const QJsonObject o = json(created);
        const QString id = o.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
        QCOMPARE(o.value(QStringLiteral("amount")).toString(), QStringLiteral("12.5"));
        QCOMPARE(o.value(QStringLiteral("destination")).toString(), kTo);
        QCOMPARE(o.value(QStringLiteral("reference")).toString(), QStringLiteral("INV-7"));
        QCOMPARE(o.value(QStringLiteral("tx_hash")), QJsonValue(QJsonValue::Null));

        const auto stored = payouts::Payouts::find(m_db->reader().value(), id).value();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->requester.kind, payouts::Requester::Kind::ApiKey);
        QCOMPARE(stored->requester.id, m_payoutKeyId);
        QCOMPARE(stored->state, payouts::PayoutState::AwaitingApproval);
        // Audited with the key as the actor, in the same transaction.
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'payout.request' AND actor_kind = 'api_key'"), 1);

        const ApiResponse shown = api.handle(request("GET", QStringLiteral("/v1/payouts/") + id, m_payoutKey));
        QCOMPARE(shown.status, 200);
        QCOMPARE(json(shown), o);
        // Another key (even with the scope) does not see it.
        QCOMPARE(api.handle(request("GET", QStringLiteral("/v1/payouts/") + id, m_otherKey)).status, 404);
    }

    void aKeyCanNeverApproveOrChangeAPayout()
    {
        StorefrontApi api(m_payments, settings(), m_clock);
        const QString id = json(api.handle(request("POST", QStringLiteral("/v1/payouts"), m_payoutKey, kBody)))
                               .value(QStringLiteral("id"))
                               .toString();
        const QString path = QStringLiteral("/v1/payouts/") + id;
        QCOMPARE(api.handle(request("POST", path + QStringLiteral("/approve"), m_payoutKey, "{}")).status, 404);
        QCOMPARE(api.handle(request("POST", path, m_payoutKey, R"({"state":"approved"})")).status, 405);
        QCOMPARE(api.handle(request("PUT", path, m_payoutKey, kBody)).status, 405);
        QCOMPARE(api.handle(request("DELETE", path, m_payoutKey)).status, 405);
        QCOMPARE(api.handle(request("GET", QStringLiteral("/v1/payouts"), m_payoutKey)).status, 405);
        QCOMPARE(payouts::Payouts::find(m_db->reader().value(), id).value()->state, payouts::PayoutState::AwaitingApproval);
        QCOMPARE(count("SELECT COUNT(*) FROM payout_approvals"), 0);
    }

    void keysAndScopesAreChecked()
    {
        StorefrontApi api(m_payments, settings(), m_clock);
        QCOMPARE(api.handle(request("POST", QStringLiteral("/v1/payouts"), {}, kBody)).status, 401);
        QCOMPARE(api.handle(request("POST", QStringLiteral("/v1/payouts"), QStringLiteral("kassa_00000000_nope"), kBody)).status, 401);
        const ApiResponse denied = api.handle(request("POST", QStringLiteral("/v1/payouts"), m_ordersKey, kBody));
        QCOMPARE(denied.status, 403);
        QCOMPARE(errorCode(denied), QStringLiteral("forbidden"));
        QCOMPARE(api.handle(request("GET", QStringLiteral("/v1/payouts/x"), m_ordersKey)).status, 403);
        // A body over the listener's limit is refused before any route.
        const QByteArray big = QByteArray(R"({"reason":")") + QByteArray(20000, 'r') + QByteArray(R"("})");
        QCOMPARE(api.handle(request("POST", QStringLiteral("/v1/payouts"), m_payoutKey, big)).status, 413);
        QCOMPARE(count("SELECT COUNT(*) FROM payout_requests"), 0);
    }

    void theReferenceMakesARetryIdempotent()
    {
        StorefrontApi api(m_payments, settings(), m_clock);
        const ApiResponse first = api.handle(request("POST", QStringLiteral("/v1/payouts"), m_payoutKey, kBody));
        const ApiResponse again = api.handle(request("POST", QStringLiteral("/v1/payouts"), m_payoutKey, kBody));
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 200);
        QCOMPARE(json(again).value(QStringLiteral("id")), json(first).value(QStringLiteral("id")));
        QByteArray other = kBody;
        other.replace("12.50", "13");
        const ApiResponse conflict = api.handle(request("POST", QStringLiteral("/v1/payouts"), m_payoutKey, other));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(errorCode(conflict), QStringLiteral("reference_conflict"));
        // Another key's reference is its own.
        QCOMPARE(api.handle(request("POST", QStringLiteral("/v1/payouts"), m_otherKey, kBody)).status, 201);
        QCOMPARE(count("SELECT COUNT(*) FROM payout_requests"), 2);
    }

    void withoutARateNothingIsStored()
    {
        m_rateOk = false;
        StorefrontApi api(m_payments, settings(), m_clock);
        const ApiResponse r = api.handle(request("POST", QStringLiteral("/v1/payouts"), m_payoutKey, kBody));
        QCOMPARE(r.status, 503);
        QCOMPARE(errorCode(r), QStringLiteral("rate_unavailable"));
        QCOMPARE(count("SELECT COUNT(*) FROM payout_requests"), 0);
    }

    void hostileBodiesStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("chain=tron") << "invalid_json";
        QTest::newRow("array") << QByteArray("[]") << "invalid_json";
        QTest::newRow("duplicate key") << QByteArray(R"({"amount":"1","amount":"2"})") << "invalid_json";
        QTest::newRow("trailing garbage") << kBody + "x" << "invalid_json";
        QTest::newRow("deep") << QByteArray(R"({"reason":[[[[[[[[[[[[1]]]]]]]]]]]]})") << "invalid_json";
        QTest::newRow("unknown member") << QByteArray(R"({"chain":"tron","approve":true})") << "unknown_field";
        QTest::newRow("number amount")
            << QByteArray(R"({"chain":"tron","asset":"USDT","amount":12.5,"destination":"x","reason":"r"})") << "invalid_type";
        QTest::newRow("missing reason")
            << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"1","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK"})")
            << "missing_field";
        QTest::newRow("blank reason")
            << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"1","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"  "})")
            << "missing_field";
        QTest::newRow("other chain")
            << QByteArray(R"({"chain":"ethereum","asset":"USDT","amount":"1","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"r"})")
            << "unsupported_asset";
        QTest::newRow("other asset")
            << QByteArray(R"({"chain":"tron","asset":"TRX","amount":"1","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"r"})")
            << "unsupported_asset";
        QTest::newRow("negative") << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"-1","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"r"})")
                                  << "invalid_amount";
        QTest::newRow("zero") << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"0","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"r"})")
                              << "invalid_amount";
        QTest::newRow("too precise")
            << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"1.0000001","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"r"})")
            << "invalid_amount";
        QTest::newRow("exponent") << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"1e6","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"r"})")
                                  << "invalid_amount";
        QTest::newRow("bad checksum")
            << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"1","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZL","reason":"r"})")
            << "invalid_address";
        QTest::newRow("evm address on tron")
            << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"1","destination":"0x70997970c51812dc3a010c7d01b50e0d17dc79c8","reason":"r"})")
            << "invalid_address";
        QTest::newRow("sql in destination")
            << QByteArray("{\"chain\":\"tron\",\"asset\":\"USDT\",\"amount\":\"1\",\"destination\":\"T\u0027; DROP TABLE payout_requests;--\",\"reason\":\"r\"}")
            << "invalid_address";
        QTest::newRow("long reason") << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"1","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":")")
                + QByteArray(501, 'r') + QByteArray(R"("})")
                                     << "invalid_field";
        QTest::newRow("long reference")
            << QByteArray(R"({"chain":"tron","asset":"USDT","amount":"1","destination":"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK","reason":"r","reference":")")
                + QByteArray(101, 'x') + QByteArray(R"("})")
            << "invalid_field";
    }

    void hostileBodiesStoreNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        StorefrontApi api(m_payments, settings(), m_clock);
        const ApiResponse r = api.handle(request("POST", QStringLiteral("/v1/payouts"), m_payoutKey, body));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), code);
        QCOMPARE(count("SELECT COUNT(*) FROM payout_requests"), 0);
    }
};

QTEST_GUILESS_MAIN(TestPayoutsApi)
#include "tst_payoutsapi.moc"
