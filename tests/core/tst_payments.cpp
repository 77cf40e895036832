// Payments on SQLite and PostgreSQL: fiat pricing at a stored rate (and the
// refusal of a missing or stale one), unique amounts across addresses held
// until the late window ends (enforced by the database), concurrent
// reservations, matching of seen/final/orphaned transfers, late, under- and
// overpayments, expiry that survives a restart, the callback queued with the
// paid change, operator actions in the audit log, deposit addresses (one
// per customer, any amount recorded, webhook events) and fresh HD addresses.
#include "StoreTarget.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "notify/Outbox.h"
#include "WalletTestSupport.h"
#include "keys/KeyRing.h"
#include "payments/HdAddressSource.h"
#include "payments/Payments.h"
#include "payments/ReservationIndex.h"
#include "wallets/WalletStore.h"
#include "store/Database.h"
#include "store/TransferStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtConcurrent>

using namespace kassa;
using namespace kassa::payments;
using store::Engine;

namespace {

const QString kChain = QStringLiteral("ethereum");
const QString kToken = QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7");
const QString kAddrA = QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
const QString kAddrB = QStringLiteral("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
const QString kDedicated = QStringLiteral("0x90f79bf6eb2c4f870365e785982e1f101e93b906");

//! Waits for a Payments future: its continuation runs on this thread's
//! event loop, so spin it (waitForFinished() would deadlock).
template<typename T>
T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

PaymentTarget usdt()
{
    return {kChain, kToken, money::Asset::usdt6()};
}

OrderRequest fiatRequest(const QString &id, const QString &cny)
{
    OrderRequest r;
    r.merchantOrderId = id;
    r.target = usdt();
    r.fiat = QStringLiteral("CNY");
    r.fiatAmount = cny;
    r.notifyUrl = QStringLiteral("http://127.0.0.1:9/notify");
    return r;
}

OrderRequest usdtRequest(const QString &id, const QString &amount, bool dedicated = false)
{
    OrderRequest r;
    r.merchantOrderId = id;
    r.target = usdt();
    r.assetAmount = money::Amount::parse(amount, money::Asset::usdt6()).value();
    r.dedicated = dedicated;
    r.notifyUrl = QStringLiteral("http://127.0.0.1:9/notify");
    return r;
}

struct Rig {
    std::unique_ptr<test::StoreTarget> target;
    std::shared_ptr<store::Database> db;
    std::shared_ptr<StaticAddressSource> addresses = std::make_shared<StaticAddressSource>();
    std::unique_ptr<Payments> payments;
    int txCounter = 0;

    Rig(Engine engine, const ManualClock &clock, PaymentSettings settings = {}, QStringList shared = {kAddrA, kAddrB})
    {
        target = test::StoreTarget::make(engine);
        auto opened = store::Database::open(target->url, clock);
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error().message));
        db = std::move(opened.value());
        addresses->setShared(kChain, shared);
        addresses->addDedicatedPool(kChain, {kDedicated});
        payments = std::make_unique<Payments>(db, addresses, settings, clock);
    }

    //! Stores a transfer row as a watcher would and returns it with its id.
    store::TransferRecord transfer(const QString &to, const QString &units, qint64 seenMs,
        store::TransferState state = store::TransferState::Seen, const QString &tx = {})
    {
        store::TransferRecord t;
        t.chain = kChain;
        t.token = kToken;
        t.txHash = tx.isEmpty() ? QStringLiteral("0x%1").arg(++txCounter, 64, 16, QLatin1Char('0')) : tx;
        t.blockNumber = 100;
        t.blockHash = QStringLiteral("0xb100");
        t.from = QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        t.to = to;
        t.value = units;
        t.state = state;
        t.firstSeenMs = seenMs;
        auto w = db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto r = store::TransferStore::insert(c, t);
            return r.ok() ? Result<void>() : Result<void>(r.error());
        });
        if (!w.ok())
            qFatal("%s", qPrintable(w.error().message));
        auto reader = db->reader();
        auto rows = store::TransferStore::byTransaction(reader.value(), t.txHash);
        t.id = rows->last().id;
        return t;
    }

    //! The same transfer at a later stage (the watcher updates its row).
    store::TransferRecord advance(store::TransferRecord t, store::TransferState state)
    {
        auto w = db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("UPDATE transfers SET state = ? WHERE id = ?"));
            q.addBindValue(QLatin1String(store::transferStateName(state)));
            q.addBindValue(t.id);
            q.exec();
            return {};
        });
        Q_UNUSED(w);
        t.state = state;
        return t;
    }

    void apply(const QList<store::TransferRecord> &rows)
    {
        const auto result = await(payments->applyTransfers(rows));
        if (!result.ok())
            qFatal("%s", qPrintable(result.error().message));
    }

    Order order(const QString &tradeId)
    {
        auto o = payments->orderByTradeId(tradeId);
        if (!o.ok() || !o->has_value())
            qFatal("order %s not found", qPrintable(tradeId));
        return **o;
    }

    QList<notify::CallbackRecord> callbacks(qint64 orderId)
    {
        auto reader = db->reader();
        return notify::Outbox::byOrder(reader.value(), orderId).value();
    }

    void setRate(const QString &rate, qint64 observedMs)
    {
        auto r = money::ExchangeRate::create(rate, QStringLiteral("CNY"), QStringLiteral("USDT"),
            QStringLiteral("manual"), QDateTime::fromMSecsSinceEpoch(observedMs, Qt::UTC));
        if (!payments->setRate(r.value(), audit::Actor::operatorAccount(QStringLiteral("op1"), QStringLiteral("Alice")))
                 .ok())
            qFatal("setRate failed");
    }
};

} // namespace

class TestPayments : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void stateMachine()
    {
        QVERIFY(canTransition(OrderStatus::Waiting, OrderStatus::Confirming));
        QVERIFY(canTransition(OrderStatus::Confirming, OrderStatus::Waiting));
        QVERIFY(canTransition(OrderStatus::Expired, OrderStatus::Late));
        QVERIFY(canTransition(OrderStatus::Late, OrderStatus::Paid));
        QVERIFY(!canTransition(OrderStatus::Paid, OrderStatus::Waiting));
        QVERIFY(!canTransition(OrderStatus::Late, OrderStatus::Waiting));
        QVERIFY(!canTransition(OrderStatus::Underpaid, OrderStatus::Confirming));
        QCOMPARE(epusdtStatusCode(OrderStatus::Confirming), 1);
        QCOMPARE(epusdtStatusCode(OrderStatus::Paid), 2);
        QCOMPARE(epusdtStatusCode(OrderStatus::Expired), 3);
        for (auto s : allOrderStatuses())
            QCOMPARE(orderStatusFromName(orderStatusName(s)), s);
        const QString id = Payments::makeTradeId(1'714'550'400'123);
        QCOMPARE(id.size(), 24);
        QVERIFY(id.startsWith(QStringLiteral("202405011714550400123")));
    }

    void fiatPricing_data() { test::StoreTarget::addEngineRows(); }
    void fiatPricing()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        // No rate: refused, nothing stored.
        auto none = rig.payments->createOrder(fiatRequest(QStringLiteral("F1"), QStringLiteral("100.5")));
        QCOMPARE(none.failure, CreateFailure::RateUnavailable);
        // A fresh rate: 100.5 / 7.2345 = 13.8918… → 13.90 (rounded up).
        rig.setRate(QStringLiteral("7.2345"), m_clock.nowMs() - 60'000);
        auto made = rig.payments->createOrder(fiatRequest(QStringLiteral("F1"), QStringLiteral("100.50")));
        QVERIFY2(made.ok(), qPrintable(made.error.message));
        QCOMPARE(made.order->amount.toString(), QStringLiteral("13.9"));
        QCOMPARE(made.order->fiatAmount, QStringLiteral("100.5"));
        QCOMPARE(made.order->rate, QStringLiteral("7.2345"));
        QCOMPARE(made.order->rateSource, QStringLiteral("manual"));
        QCOMPARE(made.order->rateObservedMs, m_clock.nowMs() - 60'000);
        QCOMPARE(made.order->status, OrderStatus::Waiting);
        QCOMPARE(made.order->expiresMs, m_clock.nowMs() + 600'000);
        const Order stored = rig.order(made.order->tradeId);
        QCOMPARE(stored.amount, made.order->amount);
        QCOMPARE(stored.rate, QStringLiteral("7.2345"));
        // The same merchant order id again: refused (Epusdt 10002).
        auto dup = rig.payments->createOrder(fiatRequest(QStringLiteral("F1"), QStringLiteral("100.5")));
        QCOMPARE(dup.failure, CreateFailure::Duplicate);
        // A stale rate refuses new fiat orders; there is no fallback.
        m_clock.advanceMs(3'600'000);
        auto stale = rig.payments->createOrder(fiatRequest(QStringLiteral("F2"), QStringLiteral("100.5")));
        QCOMPARE(stale.failure, CreateFailure::RateUnavailable);
        QVERIFY(!stale.error.userMessage.isEmpty());
        // Too small and malformed amounts.
        rig.setRate(QStringLiteral("7.2345"), m_clock.nowMs());
        auto tiny = rig.payments->createOrder(fiatRequest(QStringLiteral("F3"), QStringLiteral("0.01")));
        QCOMPARE(tiny.failure, CreateFailure::AmountTooSmall);
        auto bad = rig.payments->createOrder(fiatRequest(QStringLiteral("F4"), QStringLiteral("1,000")));
        QCOMPARE(bad.failure, CreateFailure::Invalid);
        // The rate change is in the audit log.
        auto reader = rig.db->reader();
        auto entries = audit::AuditLog::query(reader.value(), audit::AuditFilter {});
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->first().subjectId, QStringLiteral("CNY/USDT"));
    }

    void uniqueAmounts_data() { test::StoreTarget::addEngineRows(); }
    void uniqueAmounts()
    {
        QFETCH(Engine, engine);
        PaymentSettings settings;
        settings.maxTries = 2;
        Rig rig(engine, m_clock, settings);
        QList<Order> made;
        for (int i = 0; i < 4; ++i) {
            auto o = rig.payments->createOrder(usdtRequest(QStringLiteral("U%1").arg(i), QStringLiteral("20")));
            QVERIFY2(o.ok(), qPrintable(o.error.message));
            made.append(*o.order);
        }
        // The first address fills first, then the next step.
        QCOMPARE(made[0].address, kAddrA);
        QCOMPARE(made[0].amount.toString(), QStringLiteral("20"));
        QCOMPARE(made[1].address, kAddrB);
        QCOMPARE(made[1].amount.toString(), QStringLiteral("20"));
        QCOMPARE(made[2].address, kAddrA);
        QCOMPARE(made[2].amount.toString(), QStringLiteral("20.01"));
        QCOMPARE(made[3].address, kAddrB);
        QCOMPARE(made[3].amount.toString(), QStringLiteral("20.01"));
        // Every slot taken within the tries: refused (Epusdt 10005).
        auto full = rig.payments->createOrder(usdtRequest(QStringLiteral("U9"), QStringLiteral("20")));
        QCOMPARE(full.failure, CreateFailure::NoFreeAmount);

        // The database itself refuses a second holder of a slot.
        auto w = rig.db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO amount_reservations (chain, token, address, amount, order_id, "
                                     "hold_until_ms) VALUES (?, ?, ?, '20000000', ?, 0)"));
            q.addBindValue(kChain);
            q.addBindValue(kToken);
            q.addBindValue(kAddrA);
            q.addBindValue(made[3].id);
            if (!q.exec())
                return makeError(ErrorCode::Database, QStringLiteral("refused"), {});
            return {};
        });
        QVERIFY(!w.ok());
        QCOMPARE(w.error().message, QStringLiteral("refused"));

        // Expired orders keep their amounts through the late window
        // (acg-faka#881): a new order must not take 20 on A yet.
        m_clock.advanceMs(601'000);
        (void)await(rig.payments->expireDue());
        QCOMPARE(rig.order(made[0].tradeId).status, OrderStatus::Expired);
        auto held = rig.payments->createOrder(usdtRequest(QStringLiteral("U10"), QStringLiteral("20")));
        QCOMPARE(held.failure, CreateFailure::NoFreeAmount);
        // After the window the amount is free again.
        m_clock.advanceMs(3'600'000);
        auto freed = rig.payments->createOrder(usdtRequest(QStringLiteral("U11"), QStringLiteral("20")));
        QVERIFY2(freed.ok(), qPrintable(freed.error.message));
        QCOMPARE(freed.order->address, kAddrA);
        QCOMPARE(freed.order->amount.toString(), QStringLiteral("20"));
    }

    void concurrentReservations_data() { test::StoreTarget::addEngineRows(); }
    void concurrentReservations()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        // Many requests for the same price at once, from several threads.
        QList<QFuture<CreateOutcome>> futures;
        for (int i = 0; i < 40; ++i)
            futures.append(QtConcurrent::run([&rig, i] {
                return rig.payments->createOrder(usdtRequest(QStringLiteral("C%1").arg(i), QStringLiteral("13.92")));
            }));
        for (auto &f : futures)
            f.waitForFinished();
        QSet<QString> slots;
        for (auto &f : futures) {
            const CreateOutcome o = f.result();
            QVERIFY2(o.ok(), qPrintable(o.error.message));
            slots.insert(o.order->address + QLatin1Char('/') + o.order->amount.toString());
        }
        QCOMPARE(slots.size(), 40);
        QVERIFY(slots.contains(kAddrA + QStringLiteral("/13.92")));
        QVERIFY(slots.contains(kAddrB + QStringLiteral("/14.11")));
        // And a second process on the same database (PostgreSQL: another
        // desktop) sees the same reservations.
        Payments other(rig.db, rig.addresses, {}, m_clock);
        auto next = other.createOrder(usdtRequest(QStringLiteral("C99"), QStringLiteral("13.92")));
        QVERIFY(next.ok());
        QCOMPARE(next.order->amount.toString(), QStringLiteral("14.12"));
    }

    void matching_data() { test::StoreTarget::addEngineRows(); }
    void matching()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        QSignalSpy changed(rig.payments.get(), &Payments::ordersChanged);
        QSignalSpy queued(rig.payments.get(), &Payments::callbacksQueued);
        auto a = *rig.payments->createOrder(usdtRequest(QStringLiteral("M1"), QStringLiteral("13.92"))).order;
        auto b = *rig.payments->createOrder(usdtRequest(QStringLiteral("M2"), QStringLiteral("13.92"))).order;
        QCOMPARE(b.address, kAddrB);

        // b paid: seen, then orphaned by a reorg, then seen again and final.
        m_clock.advanceMs(10'000);
        auto t1 = rig.transfer(kAddrB, QStringLiteral("13920000"), m_clock.nowMs());
        rig.apply({t1});
        QCOMPARE(rig.order(b.tradeId).status, OrderStatus::Confirming);
        QCOMPARE(rig.order(b.tradeId).txHash, t1.txHash);
        QCOMPARE(rig.order(a.tradeId).status, OrderStatus::Waiting);
        rig.apply({t1}); // repeated notification: nothing new
        rig.apply({rig.advance(t1, store::TransferState::Orphaned)});
        QCOMPARE(rig.order(b.tradeId).status, OrderStatus::Waiting);
        auto t2 = rig.transfer(kAddrB, QStringLiteral("13920000"), m_clock.nowMs());
        rig.apply({t2});
        rig.apply({rig.advance(t2, store::TransferState::Final)});
        const Order paid = rig.order(b.tradeId);
        QCOMPARE(paid.status, OrderStatus::Paid);
        QCOMPARE(paid.received.toString(), QStringLiteral("13.92"));
        QVERIFY(paid.paidMs.has_value());
        QVERIFY(queued.count() >= 1);
        QVERIFY(changed.count() >= 4);
        // The Epusdt callback was queued with the paid change.
        const auto callbacks = rig.callbacks(b.id);
        QCOMPARE(callbacks.size(), 1);
        QCOMPARE(callbacks[0].dialect, QStringLiteral("epusdt"));
        QCOMPARE(callbacks[0].state, notify::CallbackState::Pending);
        QVERIFY(callbacks[0].body.contains("\"status\":2"));
        QVERIFY(callbacks[0].body.contains("\"actual_amount\":13.92"));
        QVERIFY(callbacks[0].body.contains(t2.txHash.toLatin1()));
        QVERIFY(rig.callbacks(a.id).isEmpty());

        // A transfer of an amount nobody reserved: kept, unmatched.
        auto stray = rig.transfer(kAddrA, QStringLiteral("5000000"), m_clock.nowMs(), store::TransferState::Final);
        rig.apply({stray});
        auto unmatched = rig.payments->transfers(std::nullopt, QStringLiteral("unmatched"));
        QVERIFY(unmatched.ok());
        QCOMPARE(unmatched->size(), 1);
        QCOMPARE(unmatched->first().value, QStringLiteral("5000000"));

        // a expires; its exact amount arrives late: late, no callback.
        m_clock.advanceMs(600'000);
        (void)await(rig.payments->expireDue());
        QCOMPARE(rig.order(a.tradeId).status, OrderStatus::Expired);
        auto late = rig.transfer(kAddrA, QStringLiteral("13920000"), m_clock.nowMs(), store::TransferState::Final);
        rig.apply({late});
        QCOMPARE(rig.order(a.tradeId).status, OrderStatus::Late);
        QVERIFY(rig.callbacks(a.id).isEmpty());
        QCOMPARE(rig.payments->transfers(a.id)->size(), 1);

        // The operator accepts it (reason required, audited), which queues the callback.
        auto noReason = rig.payments->markPaid(a.tradeId, QStringLiteral(" "),
            audit::Actor::operatorAccount(QStringLiteral("op1"), QStringLiteral("Alice")));
        QVERIFY(!noReason.ok());
        auto marked = rig.payments->markPaid(a.tradeId, QStringLiteral("customer mailed the receipt"),
            audit::Actor::operatorAccount(QStringLiteral("op1"), QStringLiteral("Alice")));
        KASSA_VERIFY_OK(marked);
        QCOMPARE(marked->status, OrderStatus::Paid);
        QCOMPARE(rig.callbacks(a.id).size(), 1);
        auto reader = rig.db->reader();
        audit::AuditFilter filter;
        filter.subjectId = a.tradeId;
        auto entries = audit::AuditLog::query(reader.value(), filter);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("order.mark_paid"));
        QVERIFY(entries->first().details.contains(QStringLiteral("customer mailed the receipt")));
        // The timeline tells the whole story.
        auto events = rig.payments->events(b.id);
        QVERIFY(events.ok());
        QVERIFY(events->size() >= 7);
        QCOMPARE(events->first().kind, QStringLiteral("created"));
    }

    void dedicated_data() { test::StoreTarget::addEngineRows(); }
    void dedicated()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        rig.addresses->addDedicatedPool(kChain,
            {QStringLiteral("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65"),
                QStringLiteral("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc")});
        QSignalSpy allocated(rig.payments.get(), &Payments::dedicatedAddressAllocated);
        auto under = *rig.payments->createOrder(usdtRequest(QStringLiteral("D1"), QStringLiteral("10"), true)).order;
        auto over = *rig.payments->createOrder(usdtRequest(QStringLiteral("D2"), QStringLiteral("10"), true)).order;
        auto exact = *rig.payments->createOrder(usdtRequest(QStringLiteral("D3"), QStringLiteral("10"), true)).order;
        QCOMPARE(allocated.count(), 3);
        QVERIFY(under.dedicated);
        QCOMPARE(under.address, kDedicated);
        // Same amount, different addresses: no unique step needed.
        QCOMPARE(over.amount.toString(), QStringLiteral("10"));
        rig.apply(
            {rig.transfer(under.address, QStringLiteral("9990000"), m_clock.nowMs(), store::TransferState::Final)});
        rig.apply(
            {rig.transfer(over.address, QStringLiteral("10500000"), m_clock.nowMs(), store::TransferState::Final)});
        rig.apply(
            {rig.transfer(exact.address, QStringLiteral("10000000"), m_clock.nowMs(), store::TransferState::Final)});
        QCOMPARE(rig.order(under.tradeId).status, OrderStatus::Underpaid);
        QCOMPARE(rig.order(under.tradeId).received.toString(), QStringLiteral("9.99"));
        QCOMPARE(rig.order(over.tradeId).status, OrderStatus::Overpaid);
        QCOMPARE(rig.order(exact.tradeId).status, OrderStatus::Paid);
        // No Epusdt callback for what needs an operator.
        QVERIFY(rig.callbacks(under.id).isEmpty());
        QVERIFY(rig.callbacks(over.id).isEmpty());
        QCOMPARE(rig.callbacks(exact.id).size(), 1);
        // The pool is empty now: a clear refusal.
        auto none = rig.payments->createOrder(usdtRequest(QStringLiteral("D4"), QStringLiteral("10"), true));
        QCOMPARE(none.failure, CreateFailure::NoAddress);
    }

    void expirySurvivesRestart_data() { test::StoreTarget::addEngineRows(); }
    void expirySurvivesRestart()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        auto o = *rig.payments->createOrder(usdtRequest(QStringLiteral("E1"), QStringLiteral("3"))).order;
        rig.payments.reset(); // the process goes away
        m_clock.advanceMs(700'000);
        rig.payments = std::make_unique<Payments>(rig.db, rig.addresses, PaymentSettings {}, m_clock);
        QSignalSpy changed(rig.payments.get(), &Payments::ordersChanged);
        rig.payments->start();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(rig.order(o.tradeId).status, OrderStatus::Expired);
        // Cancelling an expired order is an audited operator action.
        auto cancelled = rig.payments->cancel(o.tradeId, QStringLiteral("customer gave up"),
            audit::Actor::operatorAccount(QStringLiteral("op1"), QStringLiteral("Alice")));
        KASSA_VERIFY_OK(cancelled);
        QCOMPARE(cancelled->status, OrderStatus::Cancelled);
        auto again = rig.payments->cancel(o.tradeId, QStringLiteral("twice"),
            audit::Actor::operatorAccount(QStringLiteral("op1"), QStringLiteral("Alice")));
        QVERIFY(!again.ok());
    }

    // A watcher commits a transfer and then signals it: a crash between the
    // two must not leave the order waiting for a payment that is final.
    void catchUpAfterACrash_data() { test::StoreTarget::addEngineRows(); }
    void catchUpAfterACrash()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        auto a = *rig.payments->createOrder(usdtRequest(QStringLiteral("K1"), QStringLiteral("7"))).order;
        auto b = *rig.payments->createOrder(usdtRequest(QStringLiteral("K2"), QStringLiteral("8"))).order;
        auto c = *rig.payments->createOrder(usdtRequest(QStringLiteral("K3"), QStringLiteral("9"))).order;
        m_clock.advanceMs(5'000);
        // a: seen and applied, then final but never applied.
        auto ta = rig.transfer(a.address, QStringLiteral("7000000"), m_clock.nowMs());
        rig.apply({ta});
        QCOMPARE(rig.order(a.tradeId).status, OrderStatus::Confirming);
        rig.advance(ta, store::TransferState::Final);
        // b: stored final, never applied at all. c: fully applied.
        rig.transfer(b.address, QStringLiteral("8000000"), m_clock.nowMs(), store::TransferState::Final);
        rig.apply({rig.transfer(c.address, QStringLiteral("9000000"), m_clock.nowMs(), store::TransferState::Final)});
        QCOMPARE(rig.order(c.tradeId).status, OrderStatus::Paid);
        const int cEvents = int(rig.payments->events(c.id)->size());

        rig.payments.reset(); // kill -9
        rig.payments = std::make_unique<Payments>(rig.db, rig.addresses, PaymentSettings {}, m_clock);
        QSignalSpy changed(rig.payments.get(), &Payments::ordersChanged);
        rig.payments->start();
        QTRY_COMPARE(rig.order(a.tradeId).status, OrderStatus::Paid);
        QTRY_COMPARE(rig.order(b.tradeId).status, OrderStatus::Paid);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(rig.order(a.tradeId).received.toString(), QStringLiteral("7"));
        QCOMPARE(rig.callbacks(a.id).size(), 1);
        QCOMPARE(rig.callbacks(b.id).size(), 1);
        // c was applied before the crash: nothing happens to it again.
        QCOMPARE(rig.callbacks(c.id).size(), 1);
        QCOMPARE(int(rig.payments->events(c.id)->size()), cEvents);
        QCOMPARE(rig.order(c.tradeId).received.toString(), QStringLiteral("9"));
        // A second pass finds nothing left.
        auto again = await(rig.payments->catchUp());
        KASSA_VERIFY_OK(again);
        QCOMPARE(again.value(), 0);
    }

    // The reservation index on its own: taken for new orders while the
    // hold lasts (hold > now), matched while a transfer's first sighting is
    // within it (hold >= seen), freed by the order's payment.
    void reservationIndex()
    {
        ReservationIndex index;
        const ReservationIndex::Slot slot {kChain, kToken, kAddrA, QStringLiteral("13920000")};
        index.put(slot, {7, 1000});
        QVERIFY(index.isTaken(kChain, kToken, kAddrA, QStringLiteral("13920000"), 999));
        QVERIFY(!index.isTaken(kChain, kToken, kAddrA, QStringLiteral("13920000"), 1000));
        QVERIFY(!index.isTaken(kChain, kToken, kAddrB, QStringLiteral("13920000"), 0));
        QVERIFY(!index.isTaken(kChain, kToken, kAddrA, QStringLiteral("13920001"), 0));
        QVERIFY(!index.isTaken(QStringLiteral("tron"), kToken, kAddrA, QStringLiteral("13920000"), 0));
        QCOMPARE(index.match(kChain, kToken, kAddrA, QStringLiteral("13920000"), 1000), qint64(7));
        QCOMPARE(index.match(kChain, kToken, kAddrA, QStringLiteral("13920000"), 1001), qint64(0));
        // A new order replaces an ended hold; the old order no longer owns it.
        index.put(slot, {8, 5000});
        QCOMPARE(index.size(), qsizetype(1));
        QVERIFY(!index.takeOrder(7));
        index.remove(slot, 7); // not the holder: nothing happens
        QCOMPARE(index.holder(kChain, kToken, kAddrA, QStringLiteral("13920000"))->orderId, qint64(8));
        const auto taken = index.takeOrder(8);
        QVERIFY(taken);
        QCOMPARE(taken->second.holdUntilMs, qint64(5000));
        QCOMPARE(index.size(), qsizetype(0));
        QCOMPARE(index.match(kChain, kToken, kAddrA, QStringLiteral("13920000"), 0), qint64(0));
    }

    // A new process builds its index from the database: the reservations of
    // the last run stay taken, and its transfers still find their orders.
    void reservationsAfterRestart_data() { test::StoreTarget::addEngineRows(); }
    void reservationsAfterRestart()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        const auto a = *rig.payments->createOrder(usdtRequest(QStringLiteral("R1"), QStringLiteral("7"))).order;
        const auto b = *rig.payments->createOrder(usdtRequest(QStringLiteral("R2"), QStringLiteral("7"))).order;
        rig.payments = std::make_unique<Payments>(rig.db, rig.addresses, PaymentSettings {}, m_clock);
        const auto c = *rig.payments->createOrder(usdtRequest(QStringLiteral("R3"), QStringLiteral("7"))).order;
        QCOMPARE(c.address, kAddrA);
        QCOMPARE(c.amount.toString(), QStringLiteral("7.01"));
        m_clock.advanceMs(1000);
        rig.apply({rig.transfer(kAddrB, QStringLiteral("7000000"), m_clock.nowMs(), store::TransferState::Final)});
        QCOMPARE(rig.order(b.tradeId).status, OrderStatus::Paid);
        QCOMPARE(rig.order(a.tradeId).status, OrderStatus::Waiting);
        // Paid frees the amount at once (in memory as in the table).
        const auto d = *rig.payments->createOrder(usdtRequest(QStringLiteral("R4"), QStringLiteral("7"))).order;
        QCOMPARE(d.address, kAddrB);
        QCOMPARE(d.amount.toString(), QStringLiteral("7"));
        // A second payment of b's amount now pays d, not b again.
        m_clock.advanceMs(1000);
        rig.apply({rig.transfer(kAddrB, QStringLiteral("7000000"), m_clock.nowMs(), store::TransferState::Final)});
        QCOMPARE(rig.order(d.tradeId).status, OrderStatus::Paid);
        QCOMPARE(rig.payments->transfers(b.id)->size(), qsizetype(1));
    }

    // After the late window an expired order's amount goes to a new order,
    // and a payment of it then pays the new order.
    void expiryReleasesTheAmount_data() { test::StoreTarget::addEngineRows(); }
    void expiryReleasesTheAmount()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock, {}, {kAddrA});
        const auto old = *rig.payments->createOrder(usdtRequest(QStringLiteral("X1"), QStringLiteral("4"))).order;
        m_clock.advanceMs(601'000);
        (void)await(rig.payments->expireDue());
        QCOMPARE(rig.payments->createOrder(usdtRequest(QStringLiteral("X2"), QStringLiteral("4"))).order->amount.toString(),
            QStringLiteral("4.01"));
        m_clock.advanceMs(3'600'000);
        const auto next = *rig.payments->createOrder(usdtRequest(QStringLiteral("X3"), QStringLiteral("4"))).order;
        QCOMPARE(next.amount.toString(), QStringLiteral("4"));
        m_clock.advanceMs(1000);
        rig.apply({rig.transfer(kAddrA, QStringLiteral("4000000"), m_clock.nowMs(), store::TransferState::Final)});
        QCOMPARE(rig.order(next.tradeId).status, OrderStatus::Paid);
        QCOMPARE(rig.order(old.tradeId).status, OrderStatus::Expired);
    }

    // Two seats on one database (PostgreSQL: two desktops or a desktop and
    // a server; SQLite: two connections to the file), each with its own
    // index that does not know the other's orders: the table's key makes
    // the one that is behind move on, and no slot is ever held twice.
    void twoSeatsNeverDoubleReserve_data() { test::StoreTarget::addEngineRows(); }
    void twoSeatsNeverDoubleReserve()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        auto secondDb = store::Database::open(rig.target->url, m_clock);
        KASSA_VERIFY_OK(secondDb);
        std::shared_ptr<store::Database> otherDb(std::move(secondDb).value().release());
        Payments other(otherDb, rig.addresses, {}, m_clock);
        // Both indexes are loaded (empty) before either seat orders.
        QVERIFY(rig.payments->createOrder(usdtRequest(QStringLiteral("S-a"), QStringLiteral("1"))).ok());
        QVERIFY(other.createOrder(usdtRequest(QStringLiteral("S-b"), QStringLiteral("2"))).ok());
        QList<QFuture<CreateOutcome>> futures;
        for (int i = 0; i < 30; ++i) {
            Payments *seat = i % 2 ? &other : rig.payments.get();
            futures.append(QtConcurrent::run([seat, i] {
                return seat->createOrder(usdtRequest(QStringLiteral("S%1").arg(i), QStringLiteral("5.5")));
            }));
        }
        QSet<QString> slots;
        for (auto &f : futures) {
            f.waitForFinished();
            const CreateOutcome o = f.result();
            QVERIFY2(o.ok(), qPrintable(o.error.message));
            slots.insert(o.order->address + QLatin1Char('/') + o.order->amount.toString());
        }
        QCOMPARE(slots.size(), 30);
        {
            auto reader = rig.db->reader();
            QSqlQuery q(reader.value());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT order_id) FROM amount_reservations")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 32);
            QCOMPARE(q.value(1).toInt(), 32);
        } // the statement ends: a live one would keep this reader on its snapshot
        // A transfer for an order the other seat made is matched all the same.
        const auto theirs = *other.createOrder(usdtRequest(QStringLiteral("S-c"), QStringLiteral("9"))).order;
        m_clock.advanceMs(1000);
        rig.apply({rig.transfer(theirs.address, theirs.amount.units().toDecimal(), m_clock.nowMs(),
            store::TransferState::Final)});
        QCOMPARE(rig.order(theirs.tradeId).status, OrderStatus::Paid);
    }

    // More than one batch of unapplied transfers: all of them, in order.
    void catchUpInBatches_data() { test::StoreTarget::addEngineRows(); }
    void catchUpInBatches()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        for (int i = 0; i < 1203; ++i)
            rig.transfer(kAddrA, QString::number(1000 + i), m_clock.nowMs(), store::TransferState::Final);
        auto applied = await(rig.payments->catchUp());
        KASSA_VERIFY_OK(applied);
        QCOMPARE(applied.value(), 1203);
        auto unmatched = rig.payments->transfers(std::nullopt, QStringLiteral("unmatched"));
        KASSA_VERIFY_OK(unmatched);
        QCOMPARE(unmatched->size(), 1203);
        QCOMPARE(await(rig.payments->catchUp()).value(), 0);
    }

    void nativeWebhooks_data() { test::StoreTarget::addEngineRows(); }
    void nativeWebhooks()
    {
        QFETCH(Engine, engine);
        PaymentSettings settings;
        settings.webhookUrl = QStringLiteral("https://shop.example.com/kassa/webhook");
        Rig rig(engine, m_clock, settings);
        auto o = *rig.payments->createOrder(usdtRequest(QStringLiteral("W1"), QStringLiteral("8"))).order;
        auto gone = *rig.payments->createOrder(usdtRequest(QStringLiteral("W2"), QStringLiteral("9"))).order;
        auto t = rig.transfer(kAddrA, QStringLiteral("8000000"), m_clock.nowMs());
        rig.apply({t});
        rig.apply({rig.advance(t, store::TransferState::Final)});
        const auto paid = rig.callbacks(o.id);
        QStringList events;
        for (const auto &c : paid)
            events << c.dialect + QLatin1Char('/') + c.event;
        QCOMPARE(events,
            QStringList({QStringLiteral("native/order.confirming"), QStringLiteral("native/order.paid"),
                QStringLiteral("epusdt/order.paid")}));
        QVERIFY(paid[1].body.contains("\"type\":\"order.paid\""));
        QVERIFY(paid[1].body.contains("\"status\":\"paid\""));
        QVERIFY(paid[0].eventId != paid[1].eventId);
        // Expiry goes to the native webhook only, never to the Epusdt notify_url.
        m_clock.advanceMs(601'000);
        (void)await(rig.payments->expireDue());
        const auto expired = rig.callbacks(gone.id);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired[0].dialect, QStringLiteral("native"));
        QCOMPARE(expired[0].event, QStringLiteral("order.expired"));
    }

    void depositAddresses_data() { test::StoreTarget::addEngineRows(); }
    void depositAddresses()
    {
        QFETCH(Engine, engine);
        PaymentSettings settings;
        settings.webhookUrl = QStringLiteral("https://shop.example.com/kassa/webhook");
        Rig rig(engine, m_clock, settings);
        const QString second = QStringLiteral("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
        rig.addresses->addDedicatedPool(kChain, {second});
        QSignalSpy allocated(rig.payments.get(), &Payments::dedicatedAddressAllocated);
        bool created = false;
        auto mine = rig.payments->depositAddress(QStringLiteral("customer-1"), usdt(), QStringLiteral("k1"), &created);
        KASSA_VERIFY_OK(mine);
        QVERIFY(created);
        QCOMPARE(mine->address, kDedicated);
        auto again = rig.payments->depositAddress(QStringLiteral("customer-1"), usdt(), QStringLiteral("k1"), &created);
        KASSA_VERIFY_OK(again);
        QVERIFY(!created);
        QCOMPARE(again->address, kDedicated);
        QCOMPARE(again->id, mine->id);
        auto other = rig.payments->depositAddress(QStringLiteral("客户-2"), usdt(), QStringLiteral("k1"), &created);
        KASSA_VERIFY_OK(other);
        QCOMPARE(other->address, second);
        QCOMPARE(allocated.count(), 2);
        auto none = rig.payments->depositAddress(QStringLiteral("customer-3"), usdt(), {}, &created);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY(!rig.payments->depositAddress(QString(), usdt(), {}).ok());
        QVERIFY(!rig.payments->depositAddress(QString(65, QLatin1Char('x')), usdt(), {}).ok());
        auto watch = rig.payments->addressesToWatch();
        KASSA_VERIFY_OK(watch);
        QVERIFY(watch->contains(std::make_pair(kChain, kDedicated)));
        QVERIFY(watch->contains(std::make_pair(kChain, second)));

        // Any amount is a deposit: seen, then final; reported twice.
        auto t1 = rig.transfer(kDedicated, QStringLiteral("1234567"), m_clock.nowMs());
        rig.apply({t1});
        rig.apply({t1}); // applied once per stage
        rig.apply({rig.advance(t1, store::TransferState::Final)});
        // Final at once: still reported as seen and confirmed.
        auto t2 = rig.transfer(kDedicated, QStringLiteral("5"), m_clock.nowMs(), store::TransferState::Final);
        rig.apply({t2});
        // A reorg takes the first away.
        rig.apply({rig.advance(t1, store::TransferState::Orphaned)});
        auto list = rig.payments->deposits(QStringLiteral("customer-1"));
        KASSA_VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).amount.toString(), QStringLiteral("0.000005"));
        QCOMPARE(list->at(0).stage, QStringLiteral("final"));
        QCOMPARE(list->at(1).amount.toString(), QStringLiteral("1.234567"));
        QCOMPARE(list->at(1).stage, QStringLiteral("orphaned"));
        QCOMPARE(list->at(1).txHash, t1.txHash);
        QVERIFY(rig.payments->deposits(QStringLiteral("客户-2"))->isEmpty());
        QCOMPARE(rig.payments->deposits(QString(), list->at(0).id)->size(), 1);

        auto reader = rig.db->reader();
        QSqlQuery q(reader.value());
        QVERIFY(q.exec(QStringLiteral("SELECT event, body FROM callbacks WHERE order_id IS NULL ORDER BY id")));
        QStringList events;
        QList<QByteArray> bodies;
        while (q.next()) {
            events << q.value(0).toString();
            bodies << q.value(1).toString().toUtf8();
        }
        QCOMPARE(events,
            QStringList({QStringLiteral("deposit.seen"), QStringLiteral("deposit.confirmed"),
                QStringLiteral("deposit.seen"), QStringLiteral("deposit.confirmed"),
                QStringLiteral("deposit.reverted")}));
        QVERIFY(bodies[0].contains("\"customer_id\":\"customer-1\""));
        QVERIFY(bodies[0].contains("\"amount\":\"1.234567\""));
        // Not an order payment: nothing in order_transfers.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM order_transfers")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void hdAddresses_data() { test::StoreTarget::addEngineRows(); }
    void hdAddresses()
    {
        QFETCH(Engine, engine);
        Rig rig(engine, m_clock);
        auto source = std::make_shared<HdAddressSource>(
            rig.db, QHash<QString, chain::ChainFamily> {{kChain, chain::ChainFamily::Evm}}, rig.addresses, m_clock);
        QCOMPARE(source->sharedAddresses(kChain, kToken), QStringList({kAddrA, kAddrB}));
        // No wallet yet: a clear refusal.
        auto none = source->allocateDeposit(kChain, kToken);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        auto unknown = source->allocateDedicated(QStringLiteral("polygon"), kToken);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::Config);

        auto mnemonic = crypto::Mnemonic::parse(test::kAbandonPhrase).value();
        auto xpub = keys::KeyRing::accountXpub(mnemonic, crypto::bip44::Coin::Ethereum, 0);
        KASSA_VERIFY_OK(xpub);
        wallets::WalletRecord w;
        w.label = QStringLiteral("shop");
        w.family = chain::ChainFamily::Evm;
        w.kind = wallets::WalletKind::Xpub;
        w.role = wallets::WalletRole::Receiving;
        w.xpub = xpub->toBase58();
        w.createdAtMs = m_clock.nowMs();
        KASSA_VERIFY_OK(rig.db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto inserted = wallets::WalletStore::insertWallet(c, w);
            if (!inserted.ok())
                return inserted.error();
            w = inserted.value();
            return {};
        }));
        auto first = source->allocateDeposit(kChain, kToken);
        KASSA_VERIFY_OK(first);
        QCOMPARE(first.value(), test::kAbandonEth0);
        auto next = source->allocateDedicated(kChain, kToken);
        KASSA_VERIFY_OK(next);
        QVERIFY(next.value() != first.value());

        // Orders and deposits take them through Payments, each once.
        Payments payments(rig.db, source, PaymentSettings {}, m_clock);
        auto order = payments.createOrder(usdtRequest(QStringLiteral("H1"), QStringLiteral("10"), true));
        QVERIFY(order.ok());
        auto deposit = payments.depositAddress(QStringLiteral("c1"), usdt(), {});
        KASSA_VERIFY_OK(deposit);
        QSet<QString> seen {first.value(), next.value(), order.order->address, deposit->address};
        QCOMPARE(seen.size(), 4);
        auto reader = rig.db->reader();
        auto stored = wallets::WalletStore::wallet(reader.value(), w.id);
        QCOMPARE(stored.value()->nextIndex, 4u);
        auto rows = wallets::WalletStore::addresses(reader.value(), w.id);
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).label, QStringLiteral("deposit"));
        QCOMPARE(rows->at(1).label, QStringLiteral("order"));
        QCOMPARE(*rows->at(3).index, 3u);
    }

    void reuseOpenOrder_data() { test::StoreTarget::addEngineRows(); }
    void reuseOpenOrder()
    {
        QFETCH(Engine, engine);
        PaymentSettings settings;
        settings.reuseOpenOrder = true;
        Rig rig(engine, m_clock, settings);
        auto first = rig.payments->createOrder(usdtRequest(QStringLiteral("R1"), QStringLiteral("7")));
        auto second = rig.payments->createOrder(usdtRequest(QStringLiteral("R1"), QStringLiteral("7")));
        QVERIFY(second.ok());
        QVERIFY(second.existing);
        QCOMPARE(second.order->tradeId, first.order->tradeId);
    }
};

KASSA_TEST_MAIN(TestPayments)
#include "tst_payments.moc"
