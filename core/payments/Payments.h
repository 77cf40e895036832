// Payments: creates orders (unique-amount reservation or a dedicated
// address, fiat priced at a stored rate), matches the transfers the chain
// watchers commit to orders, expires orders on a timer that survives
// restarts (expiry times live in the database), and queues the storefront
// callback in the same transaction as the change that causes it.
//
// Threads: createOrder(), markPaid() and cancel() block on the database's
// writer: call them from a worker (a QtConcurrent task), never from the GUI
// thread; createOrderAsync() does not block (the REST listener uses it). applyTransfers() and
// expireDue() are asynchronous; ordersChanged() is emitted on this object's
// thread after the change is committed.
#pragma once

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "base/Result.h"
#include "money/Amount.h"
#include "money/ExchangeRate.h"
#include "payments/Order.h"
#include "payments/ReceiveAddressSource.h"
#include "payments/ReservationIndex.h"
#include "store/TransferStore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>

class QTimer;

namespace kassa::store {
class Database;
}

namespace kassa::payments {

struct PaymentSettings {
    //! Decimals of the amount the customer is asked to pay (0.01 USDT).
    int displayPlaces = 2;
    //! The unique-amount step, in whole asset units ("0.01", Epusdt's code).
    QString step = QStringLiteral("0.01");
    //! How many amounts to try, each one step higher (Epusdt: 100).
    int maxTries = 100;
    qint64 expirySeconds = 600;
    //! How long after expiry a payment of the exact amount is still matched
    //! to the order (as late). The amount stays reserved that long.
    qint64 lateWindowSeconds = 3600;
    //! A fiat order refuses a rate older than this.
    qint64 rateMaxAgeSeconds = 3600;
    //! Duplicate merchant order id: return the existing open order instead
    //! of failing (Epusdt fails with 10002; that is the default).
    bool reuseOpenOrder = false;
    //! Storefront callbacks: tries before the operator is asked to step in.
    int callbackMaxAttempts = 10;
    //! The merchant's native webhook URL: every status change of every
    //! order is sent there as an event ("order.paid", …), signed with the
    //! webhook secret. Empty: none.
    QString webhookUrl;
    //! The smallest order, in whole asset units (Epusdt: more than 0.01).
    QString minimumAmount = QStringLiteral("0.01");
};

//! Which asset on which chain an order is paid in.
struct PaymentTarget {
    QString chain;
    QString token; //!< contract, canonical form
    money::Asset asset;
};

struct OrderRequest {
    OrderChannel channel = OrderChannel::Epusdt;
    QString merchantOrderId;
    PaymentTarget target;
    //! An asset-denominated order: exactly this amount (before the unique step).
    std::optional<money::Amount> assetAmount;
    //! A fiat-denominated order: ISO code and exact decimal text.
    QString fiat;
    QString fiatAmount;
    QString notifyUrl;
    QString redirectUrl;
    bool dedicated = false;
    qint64 expirySeconds = 0; //!< 0: the settings' default
};

//! Why an order was not created (the REST surfaces map these to their codes).
enum class CreateFailure {
    None,
    Invalid, //!< the request itself is wrong (Epusdt 10009 / 400)
    Duplicate, //!< the merchant order id exists (10002)
    NoAddress, //!< no receive address for the chain and asset (10003)
    AmountTooSmall, //!< (10004)
    NoFreeAmount, //!< every amount slot on every address is taken (10005)
    RateUnavailable, //!< no rate, or a stale one (10006)
    Internal, //!< database trouble (400)
};

struct CreateOutcome {
    std::optional<Order> order;
    bool existing = false; //!< an existing open order was returned (reuseOpenOrder)
    CreateFailure failure = CreateFailure::None;
    Error error;
    bool ok() const { return order.has_value(); }
};

//! Which orders to list: newest first, paged by `beforeId`.
struct OrderFilter {
    std::optional<OrderStatus> status;
    QString chain;
    QString text; //!< trade id, merchant order id, address or tx hash (exact or prefix)
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 beforeId = 0;
    int limit = 100;
};

//! A customer's own top-up address (POST /v1/deposit-addresses): watched
//! forever; every transfer to it is a deposit of whatever amount arrives.
struct DepositAddress {
    qint64 id = 0;
    QString customerId;
    QString chain;
    QString token;
    money::Asset asset;
    QString address;
    QString apiKeyId;
    qint64 createdMs = 0;
};

//! One transfer to a deposit address, at its latest stage.
struct Deposit {
    qint64 id = 0;
    qint64 depositAddressId = 0;
    QString customerId;
    QString chain;
    QString address;
    QString txHash;
    int logIndex = 0;
    money::Amount amount;
    QString stage; //!< "seen", "final", "orphaned", "failed"
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

class Payments : public QObject
{
    Q_OBJECT

public:
    Payments(std::shared_ptr<store::Database> database, std::shared_ptr<ReceiveAddressSource> addresses,
        PaymentSettings settings, const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~Payments() override;

    const PaymentSettings &settings() const { return m_settings; }
    const std::shared_ptr<store::Database> &database() const { return m_database; }

    //! Starts the expiry timer: expires what is already due (a restart) and
    //! then wakes up at the next expiry. Also catches up on transfers the
    //! watchers stored but this object never applied (catchUp()).
    void start();

    //! Creates an order. Blocks on the writer thread.
    CreateOutcome createOrder(const OrderRequest &request);
    //! createOrder() without blocking a thread: `done` runs on `context`'s
    //! thread after the order's group commit (one queued event per thread
    //! carries every order of a group commit), or at once, before this
    //! returns, when the request is refused without the database. A null
    //! `context` runs `done` on the writer thread. `context` must outlive
    //! the call.
    void createOrderAsync(const OrderRequest &request, QObject *context, std::function<void(CreateOutcome)> done);

    //! Matches committed transfers to orders (any thread; asynchronous).
    QFuture<Result<void>> applyTransfers(const QList<store::TransferRecord> &transfers);
    //! Expires waiting orders whose window has passed (asynchronous).
    QFuture<Result<int>> expireDue();
    //! Applies every stored transfer whose current state has not been
    //! applied yet: a watcher commits a transfer and then signals it, so a
    //! crash between the two (kill -9, power loss) would otherwise leave the
    //! order waiting for a payment that is already final. Reads the rows
    //! inside the writer's transaction, so it never applies an older state
    //! over a newer one. Resolves to the number of transfers applied.
    QFuture<Result<int>> catchUp();

    //! Operator actions (blocking; audited in the same transaction).
    Result<Order> markPaid(const QString &tradeId, const QString &reason, const audit::Actor &actor);
    Result<Order> cancel(const QString &tradeId, const QString &reason, const audit::Actor &actor);
    //! Credits a final transfer that matched no order (or arrived late or
    //! with the wrong amount) to `tradeId` and marks that order paid: the
    //! transfer must be on the order's chain and address and not credited
    //! to an order yet. Audited as order.attach_transfer.
    Result<Order> attachTransfer(
        const QString &tradeId, qint64 transferId, const QString &reason, const audit::Actor &actor);

    // ---- reads on the calling thread's reader connection
    Result<std::optional<Order>> orderByTradeId(const QString &tradeId);
    Result<QList<Order>> orders(const OrderFilter &filter);
    //! How many orders match (beforeId and limit ignored).
    Result<qint64> countOrders(const OrderFilter &filter);
    Result<QList<OrderEvent>> events(qint64 orderId);
    Result<QList<OrderTransfer>> transfers(std::optional<qint64> orderId, const QString &outcome = {});

    // ---- deposit addresses (blocking; the API's and the CLI's threads)
    //! The deposit address of `customerId` for `target`: the one it has, or
    //! a fresh address from the address source the first time. `created`
    //! says which.
    Result<DepositAddress> depositAddress(
        const QString &customerId, const PaymentTarget &target, const QString &apiKeyId, bool *created = nullptr);
    //! Every deposit address, and the dedicated addresses of orders that can
    //! still be paid (until their hold ends): what the watchers must watch
    //! after a restart, as (chain, address).
    Result<QList<std::pair<QString, QString>>> addressesToWatch();
    //! Deposits, newest first, paged by `beforeId`; `customerId` empty: all.
    Result<QList<Deposit>> deposits(const QString &customerId, qint64 beforeId = 0, int limit = 100);

    // ---- exchange rates
    //! Stores a rate (manual or from a source), audited as a settings change.
    Result<void> setRate(const money::ExchangeRate &rate, const audit::Actor &actor);
    //! Stores a rate fetched from a configured source (asynchronous; not
    //! audited: the source itself is configuration).
    QFuture<Result<void>> recordRate(const money::ExchangeRate &rate);
    //! The stored rate of `fiat` per `asset`, if any (no age check).
    Result<std::optional<money::ExchangeRate>> rate(const QString &fiat, const QString &asset);

    // ---- building blocks, public for tests and the benchmarks
    //! A 24-digit trade id: YYYYMMDD (UTC) + Unix ms (13 digits) + 3 random digits.
    static QString makeTradeId(qint64 nowMs);
    //! Reads a row of `orders` (columns in orderColumns()).
    static QString orderColumns();
    static Result<Order> readOrder(const class QSqlQuery &query);
    static Result<std::optional<Order>> loadOrder(const QSqlDatabase &db, const QString &column, const QVariant &value);

Q_SIGNALS:
    //! Orders that changed, after the change was committed.
    void ordersChanged(const QList<kassa::payments::Order> &orders);
    //! A callback was queued (the outbox should look).
    void callbacksQueued();
    //! A dedicated address was handed out: watch it.
    void dedicatedAddressAllocated(const QString &chain, const QString &address);

private:
    struct Changes {
        QList<qint64> orderIds;
        bool callbacks = false;
    };
    Result<void> applyOne(QSqlDatabase &db, const store::TransferRecord &t, Changes &changes);
    QFuture<Result<int>> catchUpAfter(qint64 afterId, int appliedSoFar);
    //! A transfer to a deposit address: recorded (and its webhook event
    //! queued). False when `t` goes to no deposit address.
    Result<bool> applyDeposit(QSqlDatabase &db, const store::TransferRecord &t, Changes &changes);
    Result<void> setStatus(QSqlDatabase &db, const Order &order, OrderStatus to, const QString &detail,
        Changes &changes, const QString &extraSet = {}, const QVariantList &extraValues = {});
    Result<Order> operatorAction(
        const QString &tradeId, OrderStatus to, const QString &reason, const audit::Actor &actor, const char *action);
    void publish(const Changes &changes);
    //! Runs `fn` in the writer's next group-commit transaction and waits.
    Result<void> runBatched(const std::function<Result<void>(QSqlDatabase &)> &fn);
    //! The same without waiting: `then` runs on `context`'s thread (null:
    //! the writer's) once the transaction has ended.
    void runBatchedAsync(std::function<Result<void>(QSqlDatabase &)> fn, QObject *context,
        std::function<void(const Result<void> &)> then);
    void submitBatch();
    struct BatchItem {
        std::function<Result<void>(QSqlDatabase &)> fn;
        std::promise<Result<void>> done; //!< a blocked caller (no `then`)
        QObject *context = nullptr;
        std::function<void(const Result<void> &)> then;
        Result<void> result;
    };
    void enqueue(std::shared_ptr<BatchItem> item);
    //! One order creation between its parts: checked and priced on the
    //! caller's thread (prepareCreate), written in a group commit
    //! (createWrite), answered after it (finishCreate).
    struct CreateJob {
        OrderRequest request;
        money::Asset asset;
        std::optional<money::Amount> step;
        std::optional<money::Amount> minimum;
        qint64 now = 0;
        Order order;
        std::optional<money::Amount> fiatAmount;
        QStringList shared;
        CreateOutcome outcome;
    };
    //! A refusal, or nothing when `job` is ready to be written.
    std::optional<CreateOutcome> prepareCreate(const OrderRequest &request, CreateJob &job);
    std::function<Result<void>(QSqlDatabase &)> createWrite(const std::shared_ptr<CreateJob> &job);
    CreateOutcome finishCreate(CreateJob &job, const Result<void> &written);
    void scheduleExpiry();
    //! Fills m_index from amount_reservations the first time (writer thread).
    Result<void> loadIndex(QSqlDatabase &db);
    //! Reads one amount's reservations into m_index again (a slot the index
    //! thought free was taken by another seat).
    Result<void> refreshSlot(QSqlDatabase &db, const QString &chain, const QString &token, const QString &amount);

    std::shared_ptr<store::Database> m_database;
    std::shared_ptr<ReceiveAddressSource> m_addresses;
    PaymentSettings m_settings;
    const Clock &m_clock;
    QTimer *m_expiryTimer = nullptr;
    QMutex m_batchMutex;
    QList<std::shared_ptr<BatchItem>> m_batch;
    bool m_batchScheduled = false;
    QMutex m_depositMutex; //!< one fresh deposit address at a time
    //! amount_reservations in memory: touched on the writer thread only,
    //! inside write transactions (undone by afterTransaction on rollback).
    ReservationIndex m_index;
    bool m_indexLoaded = false;
    //! When the expiry timer wakes next (ms; 0 before start()).
    std::atomic<qint64> m_nextWakeMs {0};
};

//! Appends a line to an order's timeline (inside a write transaction).
Result<void> appendOrderEvent(QSqlDatabase &db, qint64 orderId, qint64 atMs, const QString &kind,
    const QString &fromStatus, const QString &toStatus, const QString &detail);

} // namespace kassa::payments
