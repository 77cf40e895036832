// CallbackDispatcher against local HTTP storefronts: a receiver answering
// 500, then "fail", then "ok" gets the same signed body each time and the
// callback is delivered exactly when it recovers, with every attempt
// logged; a dead, a hanging and a healthy storefront at once — the healthy
// one is served at once; tries run out into "failed"; native webhooks carry
// a verifiable Kassa-Signature.
#include "ScriptedHttpServer.h"
#include "StoreTarget.h"
#include "TestSupport.h"
#include "notify/CallbackDispatcher.h"
#include "notify/EpusdtSignature.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>

using namespace kassa;
using namespace kassa::notify;

namespace {

const QByteArray kToken = "Xk9_demo-Token.2024";

QByteArray unsignedBody(const QString &tradeId)
{
    return QStringLiteral(R"({"trade_id":"%1","order_id":"O-%1","amount":100.5,"actual_amount":13.92,)"
                          R"("token":"TNEns8t9jbWENbStkQdVQtHMGpbsYsQjZK","block_transaction_id":"0xabc","status":2})")
        .arg(tradeId)
        .toUtf8();
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort(); // closed again when s goes
}

} // namespace

class TestCallbackDispatcher : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<test::StoreTarget> m_target;
    std::shared_ptr<store::Database> m_db;

    qint64 enqueue(const QString &url, const QByteArray &body, int maxAttempts = 10,
        const QString &dialect = QStringLiteral("epusdt"))
    {
        CallbackRecord r;
        r.eventId = QStringLiteral("ev-%1").arg(m_clock.nowMs()) + url + QString::fromLatin1(body.toHex().left(40));
        r.dialect = dialect;
        r.event = QStringLiteral("order.paid");
        r.url = url;
        r.endpoint = Outbox::endpointOf(url);
        r.body = body;
        r.maxAttempts = maxAttempts;
        r.nextAttemptMs = m_clock.nowMs();
        r.createdMs = m_clock.nowMs();
        qint64 id = 0;
        auto w = m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto made = Outbox::enqueue(c, r);
            if (!made.ok())
                return made.error();
            id = made.value();
            return {};
        });
        if (!w.ok())
            qFatal("%s", qPrintable(w.error().message));
        return id;
    }

    CallbackRecord record(qint64 id)
    {
        auto reader = m_db->reader();
        return *Outbox::byId(reader.value(), id).value();
    }

private Q_SLOTS:
    void init()
    {
        m_target = test::StoreTarget::make(store::Engine::Sqlite);
        auto opened = store::Database::open(m_target->url, m_clock);
        QVERIFY(opened.ok());
        m_db = std::move(opened.value());
    }
    void cleanup()
    {
        m_db.reset();
        m_target.reset();
    }

    void backoff()
    {
        QCOMPARE(Outbox::backoffMs(1, 0.5), 15'000);
        QCOMPARE(Outbox::backoffMs(2, 0.5), 60'000);
        QCOMPARE(Outbox::backoffMs(9, 0.5), 50'400'000);
        QCOMPARE(Outbox::backoffMs(30, 0.5), 50'400'000);
        QCOMPARE(Outbox::backoffMs(1, 0.0), 13'500);
        QCOMPARE(Outbox::backoffMs(1, 1.0), 16'500);
        qint64 total = 0;
        for (int i = 1; i < 10; ++i)
            total += Outbox::backoffMs(i, 0.5);
        QVERIFY(total > 20 * 3'600'000 && total < 28 * 3'600'000); // ten tries span about a day
        QCOMPARE(Outbox::endpointOf(QStringLiteral("http://shop.example/notify?x=1")),
            QStringLiteral("http://shop.example:80"));
        QCOMPARE(Outbox::endpointOf(QStringLiteral("https://shop.example:8443/n")),
            QStringLiteral("https://shop.example:8443"));
        QCOMPARE(Outbox::endpointOf(QStringLiteral("ftp://shop.example/n")), QString());
        QVERIFY(CallbackDispatcher::acknowledged(QStringLiteral("epusdt"), 200, " OK\r\n"));
        QVERIFY(CallbackDispatcher::acknowledged(QStringLiteral("epusdt"), 200, "success"));
        QVERIFY(!CallbackDispatcher::acknowledged(QStringLiteral("epusdt"), 200, "fail"));
        QVERIFY(!CallbackDispatcher::acknowledged(QStringLiteral("epusdt"), 500, "ok"));
        QVERIFY(!CallbackDispatcher::acknowledged(QStringLiteral("epusdt"), 200, "okay"));
        QVERIFY(CallbackDispatcher::acknowledged(QStringLiteral("native"), 204, ""));
    }

    void retriesUntilAcknowledged()
    {
        int calls = 0;
        test::ScriptedHttpServer shop([&calls](const test::HttpExchange &) {
            ++calls;
            if (calls == 1)
                return test::HttpAnswer {500, "oops"};
            if (calls == 2)
                return test::HttpAnswer {200, "fail"};
            return test::HttpAnswer {200, "ok"};
        });
        const qint64 id = enqueue(shop.url(QStringLiteral("/notify")).toString(), unsignedBody(QStringLiteral("T1")));
        DispatchSettings settings;
        settings.epusdtToken = kToken;
        settings.pollMs = 20;
        CallbackDispatcher dispatcher(m_db, settings, {}, m_clock);
        QSignalSpy logged(&dispatcher, &CallbackDispatcher::attemptLogged);
        dispatcher.start();
        QTRY_COMPARE(logged.count(), 1);
        QCOMPARE(record(id).state, CallbackState::Pending);
        QCOMPARE(record(id).attempts, 1);
        // Nothing happens before the backoff has passed.
        QTest::qWait(100);
        QCOMPARE(shop.requestCount(), 1);
        m_clock.advanceMs(17'000);
        QTRY_COMPARE(logged.count(), 2);
        QCOMPARE(record(id).lastError, QStringLiteral("HTTP 200: fail"));
        m_clock.advanceMs(70'000);
        QTRY_COMPARE(logged.count(), 3);
        const CallbackRecord done = record(id);
        QCOMPARE(done.state, CallbackState::Delivered);
        QCOMPARE(done.attempts, 3);
        QVERIFY(done.deliveredMs.has_value());
        m_clock.advanceMs(100'000'000);
        QTest::qWait(100);
        QCOMPARE(shop.requestCount(), 3); // delivered: never sent again
        // Each request carried the same, correctly signed body.
        for (const auto &request : shop.requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.body, shop.requests().first().body);
            auto fields = RawJson::parseObject(request.body);
            KASSA_VERIFY_OK(fields);
            QVERIFY(EpusdtSignature::verify(fields.value(), kToken));
            QCOMPARE(fields->size(), 8);
        }
        auto reader = m_db->reader();
        auto attempts = Outbox::attempts(reader.value(), id);
        QCOMPARE(attempts->size(), 3);
        QCOMPARE(attempts->at(0).httpStatus, 500);
        QCOMPARE(attempts->at(0).responseBody, QStringLiteral("oops"));
        QVERIFY(!attempts->at(1).acknowledged);
        QVERIFY(attempts->at(2).acknowledged);
    }

    void deadEndpointsDoNotDelayOthers()
    {
        test::ScriptedHttpServer hanging([](const test::HttpExchange &) {
            return test::HttpAnswer {200, "ok", "text/plain", 0, true};
        });
        test::ScriptedHttpServer healthy([](const test::HttpExchange &) { return test::HttpAnswer {200, "ok"}; });
        const QString dead = QStringLiteral("http://127.0.0.1:%1/notify").arg(closedPort());
        QList<qint64> deadIds;
        for (int i = 0; i < 3; ++i)
            deadIds << enqueue(dead, unsignedBody(QStringLiteral("D%1").arg(i)), 2);
        const qint64 hangId = enqueue(hanging.url(QStringLiteral("/n")).toString(), unsignedBody(QStringLiteral("H")));
        QList<qint64> goodIds;
        for (int i = 0; i < 3; ++i)
            goodIds << enqueue(
                healthy.url(QStringLiteral("/n")).toString(), unsignedBody(QStringLiteral("G%1").arg(i)));
        DispatchSettings settings;
        settings.epusdtToken = kToken;
        settings.pollMs = 20;
        settings.timeoutMs = 1500;
        CallbackDispatcher dispatcher(m_db, settings, {}, m_clock);
        dispatcher.start();
        // The healthy storefront gets all three while the hanging one is still waiting.
        QTRY_COMPARE_WITH_TIMEOUT(healthy.requestCount(), 3, 1000);
        QTRY_COMPARE(record(goodIds.last()).state, CallbackState::Delivered);
        QCOMPARE(record(hangId).attempts, 0);
        // The hanging one times out and is retried later.
        QTRY_COMPARE_WITH_TIMEOUT(record(hangId).attempts, 1, 5000);
        QVERIFY(!record(hangId).lastError.isEmpty());
        // The dead endpoint is tried one callback at a time; with two tries each they end failed.
        QTRY_COMPARE(record(deadIds[0]).attempts, 1);
        for (int round = 0; round < 8; ++round) {
            m_clock.advanceMs(20'000);
            QTest::qWait(50);
        }
        QTRY_COMPARE(record(deadIds[2]).state, CallbackState::Failed);
        QCOMPARE(record(deadIds[0]).state, CallbackState::Failed);
        QCOMPARE(record(deadIds[0]).attempts, 2);
        auto reader = m_db->reader();
        QCOMPARE(Outbox::failed(reader.value())->size(), 3);
        // An operator resends one: it goes out again.
        auto w = m_db->writeAndWait([&](QSqlDatabase &c) { return Outbox::resend(c, deadIds[0], m_clock.nowMs()); });
        KASSA_VERIFY_OK(w);
        dispatcher.poke();
        QTRY_COMPARE(record(deadIds[0]).attempts, 3);
        QCOMPARE(record(deadIds[0]).state, CallbackState::Pending);
    }

    void nativeSignature()
    {
        test::ScriptedHttpServer hook([](const test::HttpExchange &) { return test::HttpAnswer {204, ""}; });
        const QByteArray body = R"({"id":"ev1","type":"order.paid"})";
        const qint64 id = enqueue(hook.url(QStringLiteral("/hook")).toString(), body, 10, QStringLiteral("native"));
        DispatchSettings settings;
        settings.webhookSecret = "whsec_test";
        settings.pollMs = 20;
        CallbackDispatcher dispatcher(m_db, settings, {}, m_clock);
        dispatcher.start();
        QTRY_COMPARE(record(id).state, CallbackState::Delivered);
        QCOMPARE(hook.requestCount(), 1);
        const auto &request = hook.requests().first();
        QCOMPARE(request.body, body);
        QByteArray header;
        for (const auto &[name, value] : request.headers)
            if (name.toLower() == "kassa-signature")
                header = value;
        const QByteArray t = QByteArray::number(m_clock.nowMs() / 1000);
        QCOMPARE(header,
            "t=" + t + ",v1="
                + QMessageAuthenticationCode::hash(
                    QByteArray(t + "." + body), QByteArrayLiteral("whsec_test"), QCryptographicHash::Sha256)
                      .toHex());
    }
};

KASSA_TEST_MAIN(TestCallbackDispatcher)
#include "tst_callbackdispatcher.moc"
