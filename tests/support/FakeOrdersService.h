// FakeOrdersService: an OrdersService for widget tests over orders the test
// sets, with the same newest-first paging and filtering as the real one.
// Answers are queued on the event loop (never synchronous), like the real
// service; `failNext` makes the next call fail.
#pragma once

#include "engine/OrdersService.h"

#include <QMetaObject>
#include <QPointer>

namespace kassa::test {

class FakeOrdersService : public engine::OrdersService
{
    Q_OBJECT

public:
    using OrdersService::OrdersService;

    //! Orders by ascending id; ids must be unique.
    QList<payments::Order> orderList;
    QMap<QString, engine::OrderDetails> details; //!< by trade id; missing: built from orderList
    QList<notify::CallbackRecord> failing;
    QList<payments::OrderTransfer> exceptions;
    engine::OrdersOverview overviewValue;
    QList<payments::OrderFilter> queries; //!< every filter asked for
    QList<std::pair<QString, QString>> actions; //!< ("mark_paid" / "cancel" / "resend", subject)
    QList<QString> reasons;
    std::optional<Error> failNext;

    //! Adds an order and tells listeners, as the engine does.
    void addOrder(const payments::Order &order)
    {
        orderList.append(order);
        Q_EMIT ordersChanged({order});
    }

    bool matches(const payments::Order &o, const payments::OrderFilter &f, bool paged) const
    {
        if (paged && f.beforeId > 0 && o.id >= f.beforeId)
            return false;
        if (f.status && o.status != *f.status)
            return false;
        if (!f.chain.isEmpty() && o.chain != f.chain)
            return false;
        if (!f.text.isEmpty() && o.tradeId != f.text && o.merchantOrderId != f.text && o.address != f.text
            && o.txHash != f.text)
            return false;
        if (f.fromMs > 0 && o.createdMs < f.fromMs)
            return false;
        if (f.toMs > 0 && o.createdMs >= f.toMs)
            return false;
        return true;
    }

    void orders(const payments::OrderFilter &filter, QObject *context, OrdersDone done) override
    {
        queries << filter;
        QList<payments::Order> out;
        for (auto it = orderList.crbegin(); it != orderList.crend() && out.size() < filter.limit; ++it)
            if (matches(*it, filter, true))
                out << *it;
        answer<QList<payments::Order>>(context, std::move(done), out);
    }

    void countOrders(const payments::OrderFilter &filter, QObject *context, CountDone done) override
    {
        qint64 n = 0;
        for (const auto &o : orderList)
            n += matches(o, filter, false) ? 1 : 0;
        answer<qint64>(context, std::move(done), n);
    }

    void orderDetails(const QString &tradeId, QObject *context, DetailsDone done) override
    {
        if (details.contains(tradeId))
            return answer<engine::OrderDetails>(context, std::move(done), details.value(tradeId));
        for (const auto &o : orderList) {
            if (o.tradeId == tradeId) {
                engine::OrderDetails d;
                d.order = o;
                return answer<engine::OrderDetails>(context, std::move(done), d);
            }
        }
        answer<engine::OrderDetails>(context, std::move(done),
            makeError(
                ErrorCode::NotFound, QStringLiteral("no order"), QStringLiteral("There is no order %1.").arg(tradeId)));
    }

    void markPaid(const QString &tradeId, const QString &reason, QObject *context, OrderDone done) override
    {
        setStatus(QStringLiteral("mark_paid"), tradeId, reason, payments::OrderStatus::Paid, context, std::move(done));
    }

    void cancelOrder(const QString &tradeId, const QString &reason, QObject *context, OrderDone done) override
    {
        setStatus(
            QStringLiteral("cancel"), tradeId, reason, payments::OrderStatus::Cancelled, context, std::move(done));
    }

    void attachTransfer(
        const QString &tradeId, qint64 transferId, const QString &reason, QObject *context, OrderDone done) override
    {
        setStatus(QStringLiteral("attach:") + QString::number(transferId), tradeId, reason, payments::OrderStatus::Paid,
            context, std::move(done));
    }

    void resendCallback(qint64 callbackId, QObject *context, VoidDone done) override
    {
        actions << std::make_pair(QStringLiteral("resend"), QString::number(callbackId));
        answer<void>(context, std::move(done), Result<void>());
    }

    void failingCallbacks(QObject *context, CallbacksDone done) override
    {
        answer<QList<notify::CallbackRecord>>(context, std::move(done), failing);
    }

    void exceptionTransfers(const QString &outcome, QObject *context, TransfersDone done) override
    {
        QList<payments::OrderTransfer> out;
        for (const auto &t : exceptions)
            if (outcome.isEmpty() || t.outcome == outcome)
                out << t;
        answer<QList<payments::OrderTransfer>>(context, std::move(done), out);
    }

    void overview(QObject *context, OverviewDone done) override
    {
        answer<engine::OrdersOverview>(context, std::move(done), overviewValue);
    }

    void exportCsv(const payments::OrderFilter &filter, const QString &path, QObject *context, ExportDone done) override
    {
        qint64 n = 0;
        for (const auto &o : orderList)
            n += matches(o, filter, false) ? 1 : 0;
        actions << std::make_pair(QStringLiteral("export"), path);
        answer<qint64>(context, std::move(done), n);
    }

private:
    template<typename T, typename Done>
    void answer(QObject *context, Done done, Result<T> result)
    {
        if (failNext) {
            result = *failNext;
            failNext.reset();
        }
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result]() mutable { done(std::move(result)); }, Qt::QueuedConnection);
    }

    void setStatus(const QString &action, const QString &tradeId, const QString &reason, payments::OrderStatus to,
        QObject *context, OrderDone done)
    {
        actions << std::make_pair(action, tradeId);
        reasons << reason;
        for (auto &o : orderList) {
            if (o.tradeId != tradeId)
                continue;
            if (reason.trimmed().isEmpty() || !payments::canTransition(o.status, to))
                return answer<payments::Order>(context, std::move(done),
                    makeError(ErrorCode::InvalidInput, QStringLiteral("refused"), QStringLiteral("Refused.")));
            o.status = to;
            const payments::Order changed = o;
            Q_EMIT ordersChanged({changed});
            return answer<payments::Order>(context, std::move(done), changed);
        }
        answer<payments::Order>(context, std::move(done),
            makeError(
                ErrorCode::NotFound, QStringLiteral("no order"), QStringLiteral("There is no order %1.").arg(tradeId)));
    }
};

} // namespace kassa::test
