// OrdersBackend: the engine's OrdersService over Payments and the outbox.
// Reads run on the thread pool, each on that thread's own read connection;
// operator actions go through the single writer with their audit entry in
// the same transaction.
#pragma once

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "engine/OrdersService.h"

#include <functional>
#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::engine {

class OrdersBackend final : public OrdersService
{
    Q_OBJECT

public:
    //! `actor` says who is acting now (the unlocked operator; the system
    //! until operators exist), for the audit entries of operator actions.
    OrdersBackend(const Clock &clock, std::function<audit::Actor()> actor, QObject *parent = nullptr);

    //! Set once the database is open; calls before that fail with a clear error.
    void setPayments(std::shared_ptr<payments::Payments> payments, std::shared_ptr<store::Database> database);
    //! Tells the console that callbacks changed (the dispatcher calls it).
    void notifyCallbacksChanged() { Q_EMIT callbacksChanged(); }

    void orders(const payments::OrderFilter &filter, QObject *context, OrdersDone done) override;
    void countOrders(const payments::OrderFilter &filter, QObject *context, CountDone done) override;
    void orderDetails(const QString &tradeId, QObject *context, DetailsDone done) override;
    void markPaid(const QString &tradeId, const QString &reason, QObject *context, OrderDone done) override;
    void cancelOrder(const QString &tradeId, const QString &reason, QObject *context, OrderDone done) override;
    void attachTransfer(
        const QString &tradeId, qint64 transferId, const QString &reason, QObject *context, OrderDone done) override;
    void resendCallback(qint64 callbackId, QObject *context, VoidDone done) override;
    void failingCallbacks(QObject *context, CallbacksDone done) override;
    void exceptionTransfers(const QString &outcome, QObject *context, TransfersDone done) override;
    void overview(QObject *context, OverviewDone done) override;
    void exportCsv(
        const payments::OrderFilter &filter, const QString &path, QObject *context, ExportDone done) override;

    //! CSV (RFC 4180, UTF-8, header row) of orders; formula-like cells are
    //! defused with a leading ' as in the audit export.
    static QByteArray toCsv(const QList<payments::Order> &orders, bool withHeader = true);

private:
    const Clock &m_clock;
    std::function<audit::Actor()> m_actor;
    std::shared_ptr<payments::Payments> m_payments;
    std::shared_ptr<store::Database> m_database;
};

} // namespace kassa::engine
