// OrdersService: what the console's Orders and Callbacks pages and the
// dashboard tiles may ask of the payments engine, and hear back. Value types
// in and out; every call is asynchronous and answers on the thread of
// `context` (the GUI never waits for the database). Operator actions are
// recorded in the audit log under the signed-in operator.
#pragma once

#include "base/Result.h"
#include "notify/Outbox.h"
#include "payments/Order.h"
#include "payments/Payments.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace kassa::engine {

//! Everything the details pane shows about one order.
struct OrderDetails {
    payments::Order order;
    QList<payments::OrderEvent> events; //!< the timeline, oldest first
    QList<payments::OrderTransfer> transfers; //!< transfers matched to it (any outcome)
    QList<notify::CallbackRecord> callbacks;
    QMap<qint64, QList<notify::CallbackAttempt>> attempts; //!< by callback id
};

//! The dashboard tiles.
struct OrdersOverview {
    QMap<QString, QString> paidToday; //!< asset symbol → exact total paid since UTC midnight ("1234.5")
    qint64 waiting = 0; //!< orders waiting or confirming
    qint64 needOperator = 0; //!< late, underpaid, overpaid, reverted
    qint64 callbacksFailing = 0; //!< callbacks that gave up
    qint64 callbacksPending = 0; //!< callbacks still being retried
};

class OrdersService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~OrdersService() override = default;

    using OrdersDone = std::function<void(Result<QList<payments::Order>>)>;
    using CountDone = std::function<void(Result<qint64>)>;
    using DetailsDone = std::function<void(Result<OrderDetails>)>;
    using OrderDone = std::function<void(Result<payments::Order>)>;
    using VoidDone = std::function<void(Result<void>)>;
    using CallbacksDone = std::function<void(Result<QList<notify::CallbackRecord>>)>;
    using TransfersDone = std::function<void(Result<QList<payments::OrderTransfer>>)>;
    using OverviewDone = std::function<void(Result<OrdersOverview>)>;
    using ExportDone = std::function<void(Result<qint64>)>;

    //! A page of orders matching `filter`, newest first; the next page is
    //! asked with filter.beforeId = the last id of this one.
    virtual void orders(const payments::OrderFilter &filter, QObject *context, OrdersDone done) = 0;
    //! How many orders match `filter` (beforeId and limit are ignored).
    virtual void countOrders(const payments::OrderFilter &filter, QObject *context, CountDone done) = 0;
    virtual void orderDetails(const QString &tradeId, QObject *context, DetailsDone done) = 0;

    //! Operator actions: a reason is required and kept in the audit log.
    virtual void markPaid(const QString &tradeId, const QString &reason, QObject *context, OrderDone done) = 0;
    virtual void cancelOrder(const QString &tradeId, const QString &reason, QObject *context, OrderDone done) = 0;
    //! Credits a final transfer that matched no order (or came late or with
    //! the wrong amount; see exceptionTransfers()) to the order and marks it
    //! paid (audited as order.attach_transfer).
    virtual void attachTransfer(
        const QString &tradeId, qint64 transferId, const QString &reason, QObject *context, OrderDone done) = 0;
    //! Queues a callback again (audited as order.resend_callback).
    virtual void resendCallback(qint64 callbackId, QObject *context, VoidDone done) = 0;

    //! Callbacks that gave up, newest first (the "Callbacks" view).
    virtual void failingCallbacks(QObject *context, CallbacksDone done) = 0;
    //! Transfers that matched no order, or arrived late or with the wrong
    //! amount (`outcome` empty: all of those).
    virtual void exceptionTransfers(const QString &outcome, QObject *context, TransfersDone done) = 0;
    virtual void overview(QObject *context, OverviewDone done) = 0;
    //! Writes every order matching `filter` to `path` as CSV; answers with the count.
    virtual void exportCsv(
        const payments::OrderFilter &filter, const QString &path, QObject *context, ExportDone done) = 0;

Q_SIGNALS:
    //! Orders that changed (created, paid, expired, …), after the change was committed.
    void ordersChanged(const QList<kassa::payments::Order> &orders);
    //! Something about callbacks changed (queued, delivered, failed).
    void callbacksChanged();
    //! The service became usable (the database finished opening): ask again.
    void ready();
};

} // namespace kassa::engine

Q_DECLARE_METATYPE(kassa::engine::OrderDetails)
Q_DECLARE_METATYPE(kassa::engine::OrdersOverview)
