// OrdersBackend (the console's OrdersService) on SQLite and PostgreSQL:
// paging and counting, details with timeline and callbacks, operator
// actions audited, resend, dashboard totals, CSV export; and the fake the
// widget tests use answers the same way.
#include "FakeOrdersService.h"
#include "StoreTarget.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "engine/OrdersBackend.h"
#include "store/Database.h"
#include "store/TransferStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace kassa;
using namespace kassa::payments;
using store::Engine;

namespace {

const QString kChain = QStringLiteral("ethereum");
const QString kToken = QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7");
const QString kAddr = QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

OrderRequest request(const QString &id, const QString &amount)
{
    OrderRequest r;
    r.merchantOrderId = id;
    r.target = {kChain, kToken, money::Asset::usdt6()};
    r.assetAmount = money::Amount::parse(amount, money::Asset::usdt6()).value();
    r.notifyUrl = QStringLiteral("http://127.0.0.1:9/notify");
    return r;
}

template<typename T>
Result<T> ask(std::function<void(QObject *, std::function<void(Result<T>)>)> call)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](Result<T> r) { out = std::move(r); });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return *out;
}

} // namespace

class TestOrdersBackend : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void notReady()
    {
        engine::OrdersBackend backend(m_clock, [] { return audit::Actor::system(); });
        auto r = ask<QList<Order>>([&](QObject *c, auto done) { backend.orders({}, c, done); });
        QVERIFY(!r.ok());
        QVERIFY(!r.error().userMessage.isEmpty());
    }

    void backend_data() { test::StoreTarget::addEngineRows(); }
    void backend()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto opened = store::Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(opened);
        std::shared_ptr<store::Database> db = std::move(opened.value());
        auto addresses = std::make_shared<StaticAddressSource>();
        addresses->setShared(kChain, {kAddr});
        auto payments = std::make_shared<Payments>(db, addresses, PaymentSettings {}, m_clock);
        engine::OrdersBackend backend(
            m_clock, [] { return audit::Actor::operatorAccount(QStringLiteral("op1"), QStringLiteral("Alice")); });
        QSignalSpy ready(&backend, &engine::OrdersService::ready);
        backend.setPayments(payments, db);
        QCOMPARE(ready.count(), 1);
        QSignalSpy changed(&backend, &engine::OrdersService::ordersChanged);
        QSignalSpy callbacks(&backend, &engine::OrdersService::callbacksChanged);

        QStringList tradeIds;
        for (int i = 0; i < 25; ++i) {
            auto made = payments->createOrder(request(QStringLiteral("B%1").arg(i), QStringLiteral("5")));
            QVERIFY(made.ok());
            tradeIds << made.order->tradeId;
        }
        QTRY_COMPARE(changed.count(), 25);

        payments::OrderFilter page;
        page.limit = 10;
        auto first = ask<QList<Order>>([&](QObject *c, auto done) { backend.orders(page, c, done); });
        KASSA_VERIFY_OK(first);
        QCOMPARE(first->size(), 10);
        QCOMPARE(first->first().tradeId, tradeIds.last());
        page.beforeId = first->last().id;
        auto second = ask<QList<Order>>([&](QObject *c, auto done) { backend.orders(page, c, done); });
        QCOMPARE(second->size(), 10);
        QVERIFY(second->first().id < first->last().id);
        auto count = ask<qint64>([&](QObject *c, auto done) { backend.countOrders(page, c, done); });
        QCOMPARE(count.value(), 25);
        payments::OrderFilter byText;
        byText.text = QStringLiteral("B7");
        auto found = ask<QList<Order>>([&](QObject *c, auto done) { backend.orders(byText, c, done); });
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().tradeId, tradeIds[7]);

        // Mark paid through the service: audited, callback queued, visible in details.
        auto paid = ask<Order>(
            [&](QObject *c, auto done) { backend.markPaid(tradeIds[3], QStringLiteral("paid in the shop"), c, done); });
        KASSA_VERIFY_OK(paid);
        QCOMPARE(paid->status, OrderStatus::Paid);
        QTRY_VERIFY(callbacks.count() >= 1);
        auto details =
            ask<engine::OrderDetails>([&](QObject *c, auto done) { backend.orderDetails(tradeIds[3], c, done); });
        KASSA_VERIFY_OK(details);
        QCOMPARE(details->callbacks.size(), 1);
        QVERIFY(details->events.size() >= 2);
        auto missing = ask<engine::OrderDetails>(
            [&](QObject *c, auto done) { backend.orderDetails(QStringLiteral("nope"), c, done); });
        QVERIFY(!missing.ok());

        // A failed callback, resent by the operator: pending again, audited.
        const qint64 callbackId = details->callbacks.first().id;
        auto w = db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("UPDATE callbacks SET state = 'failed', attempts = 10 WHERE id = ?"));
            q.addBindValue(callbackId);
            q.exec();
            return {};
        });
        KASSA_VERIFY_OK(w);
        auto failing =
            ask<QList<notify::CallbackRecord>>([&](QObject *c, auto done) { backend.failingCallbacks(c, done); });
        QCOMPARE(failing->size(), 1);
        auto resent = ask<void>([&](QObject *c, auto done) { backend.resendCallback(callbackId, c, done); });
        KASSA_VERIFY_OK(resent);
        auto reader = db->reader();
        auto record = notify::Outbox::byId(reader.value(), callbackId);
        QCOMPARE((*record)->state, notify::CallbackState::Pending);
        QCOMPARE((*record)->maxAttempts, 15);
        audit::AuditFilter filter;
        filter.subjectId = tradeIds[3];
        auto entries = audit::AuditLog::query(reader.value(), filter);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->first().action, QStringLiteral("order.resend_callback"));
        QCOMPARE(entries->first().actor.name, QStringLiteral("Alice"));

        auto overview = ask<engine::OrdersOverview>([&](QObject *c, auto done) { backend.overview(c, done); });
        KASSA_VERIFY_OK(overview);
        QCOMPARE(overview->paidToday.value(QStringLiteral("USDT")), QStringLiteral("5.03"));
        QCOMPARE(overview->waiting, 24);
        QCOMPARE(overview->callbacksPending, 1);

        test::TempProfile dir;
        const QString path = dir.file(QStringLiteral("orders.csv"));
        auto exported = ask<qint64>([&](QObject *c, auto done) { backend.exportCsv({}, path, c, done); });
        QCOMPARE(exported.value(), 25);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 26);
        QVERIFY(csv.startsWith("trade_id,order_id,status"));
    }

    void attachTransfer_data() { test::StoreTarget::addEngineRows(); }
    void attachTransfer()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto opened = store::Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(opened);
        std::shared_ptr<store::Database> db = std::move(opened.value());
        auto addresses = std::make_shared<StaticAddressSource>();
        addresses->setShared(kChain, {kAddr});
        auto payments = std::make_shared<Payments>(db, addresses, PaymentSettings {}, m_clock);
        engine::OrdersBackend backend(
            m_clock, [] { return audit::Actor::operatorAccount(QStringLiteral("op1"), QStringLiteral("Alice")); });
        backend.setPayments(payments, db);
        auto made = payments->createOrder(request(QStringLiteral("A1"), QStringLiteral("5")));
        QVERIFY(made.ok());
        const QString tradeId = made.order->tradeId;

        // 4.2 USDT arrive on the address: no order has that amount.
        store::TransferRecord t;
        t.chain = kChain;
        t.token = kToken;
        t.txHash = QStringLiteral("0x%1").arg(7, 64, 16, QLatin1Char('0'));
        t.blockNumber = 100;
        t.blockHash = QStringLiteral("0xb100");
        t.from = QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        t.to = kAddr;
        t.value = QStringLiteral("4200000");
        t.state = store::TransferState::Final;
        t.firstSeenMs = m_clock.nowMs();
        auto w = db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto r = store::TransferStore::insert(c, t);
            return r.ok() ? Result<void>() : Result<void>(r.error());
        });
        KASSA_VERIFY_OK(w);
        auto reader = db->reader();
        t.id = store::TransferStore::byTransaction(reader.value(), t.txHash)->last().id;
        auto applied = payments->applyTransfers({t});
        QTRY_VERIFY(applied.isFinished()); // answers through the event loop
        KASSA_VERIFY_OK(applied.result());
        auto exceptions =
            ask<QList<OrderTransfer>>([&](QObject *c, auto done) { backend.exceptionTransfers({}, c, done); });
        KASSA_VERIFY_OK(exceptions);
        QCOMPARE(exceptions->size(), 1);
        QCOMPARE(exceptions->first().outcome, QStringLiteral("unmatched"));

        // No reason, an unknown transfer: refused, nothing changes.
        auto noReason = ask<Order>([&](QObject *c, auto done) { backend.attachTransfer(tradeId, t.id, {}, c, done); });
        QVERIFY(!noReason.ok());
        auto unknown = ask<Order>(
            [&](QObject *c, auto done) { backend.attachTransfer(tradeId, t.id + 99, QStringLiteral("x"), c, done); });
        QVERIFY(!unknown.ok());

        auto attached = ask<Order>([&](QObject *c, auto done) {
            backend.attachTransfer(tradeId, t.id, QStringLiteral("customer paid less, agreed by phone"), c, done);
        });
        KASSA_VERIFY_OK(attached);
        QCOMPARE(attached->status, OrderStatus::Paid);
        QCOMPARE(attached->txHash, t.txHash);
        QCOMPARE(attached->received.toString(), QStringLiteral("4.2"));
        auto details = ask<engine::OrderDetails>([&](QObject *c, auto done) { backend.orderDetails(tradeId, c, done); });
        QCOMPARE(details->transfers.size(), 1);
        QCOMPARE(details->transfers.first().outcome, QStringLiteral("paid"));
        QCOMPARE(details->callbacks.size(), 1); // the storefront is told
        audit::AuditFilter filter;
        filter.subjectId = tradeId;
        auto entries = audit::AuditLog::query(reader.value(), filter);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("order.attach_transfer"));
        QCOMPARE(entries->first().actor.name, QStringLiteral("Alice"));

        // The same transfer cannot pay a second order.
        auto other = payments->createOrder(request(QStringLiteral("A2"), QStringLiteral("6")));
        auto twice = ask<Order>([&](QObject *c, auto done) {
            backend.attachTransfer(other.order->tradeId, t.id, QStringLiteral("again"), c, done);
        });
        QVERIFY(!twice.ok());
    }

    void csvDefusesFormulas()
    {
        Order o;
        o.tradeId = QStringLiteral("1");
        o.merchantOrderId = QStringLiteral("=HYPERLINK(\"x\")");
        o.amount = money::Amount::parse(QStringLiteral("1"), money::Asset::usdt6()).value();
        o.received = o.amount;
        const QByteArray csv = engine::OrdersBackend::toCsv({o}, false);
        QVERIFY(csv.startsWith("1,\"'=HYPERLINK(\"\"x\"\")\",waiting"));
    }

    void fake()
    {
        test::FakeOrdersService fake;
        Order o;
        o.id = 1;
        o.tradeId = QStringLiteral("T1");
        fake.addOrder(o);
        auto list = ask<QList<Order>>([&](QObject *c, auto done) { fake.orders({}, c, done); });
        QCOMPARE(list->size(), 1);
        auto refused =
            ask<Order>([&](QObject *c, auto done) { fake.markPaid(QStringLiteral("T1"), QString(), c, done); });
        QVERIFY(!refused.ok());
        auto paid = ask<Order>(
            [&](QObject *c, auto done) { fake.markPaid(QStringLiteral("T1"), QStringLiteral("r"), c, done); });
        QCOMPARE(paid->status, OrderStatus::Paid);
    }
};

KASSA_TEST_MAIN(TestOrdersBackend)
#include "tst_ordersbackend.moc"
