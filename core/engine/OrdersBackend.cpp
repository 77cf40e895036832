#include "engine/OrdersBackend.h"

#include "audit/AuditActions.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace kassa::engine {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(kassa::engine::OrdersBackend)
};

Error notReady()
{
    return makeError(ErrorCode::Database, QStringLiteral("orders: the database is not open yet"),
        Texts::tr("Orders are not available yet: the database is still opening."),
        Texts::tr("Wait a moment and try again."));
}

template<typename T, typename Work>
void runOnPool(QObject *context, std::function<void(Result<T>)> done, Work work)
{
    QtConcurrent::run(std::move(work)).then(context, [done = std::move(done)](Result<T> result) {
        done(std::move(result));
    });
}

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell;
}

QString utc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

OrdersBackend::OrdersBackend(const Clock &clock, std::function<audit::Actor()> actor, QObject *parent)
    : OrdersService(parent), m_clock(clock), m_actor(std::move(actor))
{
    qRegisterMetaType<kassa::payments::Order>();
    qRegisterMetaType<QList<kassa::payments::Order>>();
}

void OrdersBackend::setPayments(std::shared_ptr<payments::Payments> payments, std::shared_ptr<store::Database> database)
{
    m_payments = std::move(payments);
    m_database = std::move(database);
    if (!m_payments)
        return;
    connect(m_payments.get(), &payments::Payments::ordersChanged, this, &OrdersService::ordersChanged);
    connect(m_payments.get(), &payments::Payments::callbacksQueued, this, &OrdersService::callbacksChanged);
    Q_EMIT ready();
}

void OrdersBackend::orders(const payments::OrderFilter &filter, QObject *context, OrdersDone done)
{
    runOnPool<QList<payments::Order>>(
        context, std::move(done), [p = m_payments, filter]() -> Result<QList<payments::Order>> {
            if (!p)
                return notReady();
            return p->orders(filter);
        });
}

void OrdersBackend::countOrders(const payments::OrderFilter &filter, QObject *context, CountDone done)
{
    runOnPool<qint64>(context, std::move(done), [p = m_payments, filter]() -> Result<qint64> {
        if (!p)
            return notReady();
        return p->countOrders(filter);
    });
}

void OrdersBackend::orderDetails(const QString &tradeId, QObject *context, DetailsDone done)
{
    runOnPool<OrderDetails>(
        context, std::move(done), [p = m_payments, db = m_database, tradeId]() -> Result<OrderDetails> {
            if (!p || !db)
                return notReady();
            auto order = p->orderByTradeId(tradeId);
            if (!order.ok())
                return order.error();
            if (!order->has_value())
                return makeError(ErrorCode::NotFound, QStringLiteral("no order %1").arg(tradeId),
                    Texts::tr("There is no order %1.").arg(tradeId));
            OrderDetails details;
            details.order = **order;
            auto events = p->events(details.order.id);
            auto transfers = p->transfers(details.order.id);
            if (!events.ok())
                return events.error();
            if (!transfers.ok())
                return transfers.error();
            details.events = events.value();
            details.transfers = transfers.value();
            auto reader = db->reader();
            if (!reader.ok())
                return reader.error();
            auto callbacks = notify::Outbox::byOrder(reader.value(), details.order.id);
            if (!callbacks.ok())
                return callbacks.error();
            details.callbacks = callbacks.value();
            for (const auto &c : details.callbacks) {
                auto attempts = notify::Outbox::attempts(reader.value(), c.id);
                if (!attempts.ok())
                    return attempts.error();
                details.attempts.insert(c.id, attempts.value());
            }
            return details;
        });
}

void OrdersBackend::markPaid(const QString &tradeId, const QString &reason, QObject *context, OrderDone done)
{
    runOnPool<payments::Order>(
        context, std::move(done), [p = m_payments, actor = m_actor(), tradeId, reason]() -> Result<payments::Order> {
            if (!p)
                return notReady();
            return p->markPaid(tradeId, reason, actor);
        });
}

void OrdersBackend::cancelOrder(const QString &tradeId, const QString &reason, QObject *context, OrderDone done)
{
    runOnPool<payments::Order>(
        context, std::move(done), [p = m_payments, actor = m_actor(), tradeId, reason]() -> Result<payments::Order> {
            if (!p)
                return notReady();
            return p->cancel(tradeId, reason, actor);
        });
}

void OrdersBackend::attachTransfer(
    const QString &tradeId, qint64 transferId, const QString &reason, QObject *context, OrderDone done)
{
    runOnPool<payments::Order>(context, std::move(done),
        [p = m_payments, actor = m_actor(), tradeId, transferId, reason]() -> Result<payments::Order> {
            if (!p)
                return notReady();
            return p->attachTransfer(tradeId, transferId, reason, actor);
        });
}

void OrdersBackend::resendCallback(qint64 callbackId, QObject *context, VoidDone done)
{
    QPointer<OrdersBackend> self(this);
    auto finish = [self, done = std::move(done)](Result<void> result) {
        if (result.ok() && self)
            Q_EMIT self->callbacksChanged();
        done(std::move(result));
    };
    runOnPool<void>(context, std::move(finish),
        [db = m_database, actor = m_actor(), callbackId, &clock = m_clock]() -> Result<void> {
            if (!db)
                return notReady();
            return db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
                auto record = notify::Outbox::byId(c, callbackId);
                if (!record.ok())
                    return record.error();
                if (!record->has_value())
                    return makeError(ErrorCode::NotFound, QStringLiteral("no callback %1").arg(callbackId),
                        Texts::tr("The callback is gone."));
                auto resent = notify::Outbox::resend(c, callbackId, clock.nowMs());
                if (!resent.ok())
                    return resent;
                QJsonObject details {{QStringLiteral("callback"), QString::number(callbackId)},
                    {QStringLiteral("url"), (*record)->url}, {QStringLiteral("event"), (*record)->event},
                    {QStringLiteral("attempts"), (*record)->attempts}};
                QString subject;
                if ((*record)->orderId) {
                    QSqlQuery q(c);
                    q.prepare(QStringLiteral("SELECT trade_id FROM orders WHERE id = ?"));
                    q.addBindValue(*(*record)->orderId);
                    if (q.exec() && q.next())
                        subject = q.value(0).toString();
                }
                auto audited = audit::AuditLog::append(c,
                    audit::AuditEvent {actor, QLatin1String(audit::action::OrderResendCallback),
                        QStringLiteral("order"), subject.isEmpty() ? QString::number(callbackId) : subject, details},
                    clock.nowMs());
                if (!audited.ok())
                    return audited.error();
                return {};
            });
        });
}

void OrdersBackend::failingCallbacks(QObject *context, CallbacksDone done)
{
    runOnPool<QList<notify::CallbackRecord>>(
        context, std::move(done), [db = m_database]() -> Result<QList<notify::CallbackRecord>> {
            if (!db)
                return notReady();
            auto reader = db->reader();
            if (!reader.ok())
                return reader.error();
            return notify::Outbox::failed(reader.value());
        });
}

void OrdersBackend::exceptionTransfers(const QString &outcome, QObject *context, TransfersDone done)
{
    runOnPool<QList<payments::OrderTransfer>>(
        context, std::move(done), [p = m_payments, outcome]() -> Result<QList<payments::OrderTransfer>> {
            if (!p)
                return notReady();
            if (!outcome.isEmpty())
                return p->transfers(std::nullopt, outcome);
            QList<payments::OrderTransfer> out;
            for (const char *kind : {"unmatched", "late", "underpaid", "overpaid", "reverted"}) {
                auto some = p->transfers(std::nullopt, QLatin1String(kind));
                if (!some.ok())
                    return some.error();
                out += some.value();
            }
            std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.transferId > b.transferId; });
            return out;
        });
}

void OrdersBackend::overview(QObject *context, OverviewDone done)
{
    runOnPool<OrdersOverview>(
        context, std::move(done), [db = m_database, now = m_clock.nowMs()]() -> Result<OrdersOverview> {
            if (!db)
                return notReady();
            auto reader = db->reader();
            if (!reader.ok())
                return reader.error();
            OrdersOverview out;
            const qint64 midnight = now - now % 86'400'000;
            QSqlQuery q(reader.value());
            q.setForwardOnly(true);
            q.prepare(
                QStringLiteral("SELECT asset, decimals, amount FROM orders WHERE status = 'paid' AND paid_ms >= ?"));
            q.addBindValue(midnight);
            if (!q.exec())
                return makeError(ErrorCode::Database, QStringLiteral("overview: %1").arg(q.lastError().text()),
                    Texts::tr("The order totals could not be read."));
            QMap<QString, money::Amount> totals;
            while (q.next()) {
                const money::Asset asset {q.value(0).toString(), q.value(1).toInt()};
                auto units = money::UInt256::parseDecimal(q.value(2).toString());
                if (!units.ok())
                    return units.error();
                auto amount = money::Amount::fromUnits(units.value(), asset);
                if (!amount.ok())
                    return amount.error();
                // Totals per symbol in the largest precision seen (USDT 6 and 18 mix).
                const QString key = asset.symbol;
                if (!totals.contains(key)) {
                    totals.insert(key, amount.value());
                    continue;
                }
                money::Amount current = totals.value(key);
                const int decimals = std::max(current.asset().decimals, asset.decimals);
                const money::Asset wide {asset.symbol, decimals};
                auto a = current.convertedTo(wide, money::Rounding::Down);
                auto b = amount->convertedTo(wide, money::Rounding::Down);
                if (!a.ok() || !b.ok())
                    return a.ok() ? b.error() : a.error();
                auto sum = a->add(b.value());
                if (!sum.ok())
                    return sum.error();
                totals.insert(key, sum.value());
            }
            for (auto it = totals.cbegin(); it != totals.cend(); ++it)
                out.paidToday.insert(it.key(), it.value().toString());
            QSqlQuery counts(reader.value());
            if (!counts.exec(QStringLiteral(
                    "SELECT (SELECT COUNT(*) FROM orders WHERE status IN ('waiting', 'confirming')), "
                    "(SELECT COUNT(*) FROM orders WHERE status IN ('late', 'underpaid', 'overpaid', 'reverted')), "
                    "(SELECT COUNT(*) FROM callbacks WHERE state = 'failed'), "
                    "(SELECT COUNT(*) FROM callbacks WHERE state = 'pending')"))
                || !counts.next())
                return makeError(ErrorCode::Database,
                    QStringLiteral("overview counts: %1").arg(counts.lastError().text()),
                    Texts::tr("The order totals could not be read."));
            out.waiting = counts.value(0).toLongLong();
            out.needOperator = counts.value(1).toLongLong();
            out.callbacksFailing = counts.value(2).toLongLong();
            out.callbacksPending = counts.value(3).toLongLong();
            return out;
        });
}

QByteArray OrdersBackend::toCsv(const QList<payments::Order> &orders, bool withHeader)
{
    QByteArray out;
    auto line = [&out](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << csvCell(c);
        out += (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    if (withHeader)
        line({QStringLiteral("trade_id"), QStringLiteral("order_id"), QStringLiteral("status"), QStringLiteral("chain"),
            QStringLiteral("asset"), QStringLiteral("amount"), QStringLiteral("received"), QStringLiteral("address"),
            QStringLiteral("fiat"), QStringLiteral("fiat_amount"), QStringLiteral("rate"),
            QStringLiteral("rate_source"), QStringLiteral("created_utc"), QStringLiteral("expires_utc"),
            QStringLiteral("paid_utc"), QStringLiteral("tx_hash")});
    for (const auto &o : orders)
        line({o.tradeId, o.merchantOrderId, payments::orderStatusName(o.status), o.chain, o.amount.asset().symbol,
            o.amount.toString(), o.received.toString(), o.address, o.fiat, o.fiatAmount, o.rate, o.rateSource,
            utc(o.createdMs), utc(o.expiresMs), o.paidMs ? utc(*o.paidMs) : QString(), o.txHash});
    return out;
}

void OrdersBackend::exportCsv(
    const payments::OrderFilter &filter, const QString &path, QObject *context, ExportDone done)
{
    runOnPool<qint64>(context, std::move(done), [p = m_payments, filter, path]() -> Result<qint64> {
        if (!p)
            return notReady();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path),
                Texts::tr("The file %1 cannot be written.").arg(path));
        payments::OrderFilter page = filter;
        page.limit = 5000;
        qint64 count = 0;
        bool header = true;
        while (true) {
            auto orders = p->orders(page);
            if (!orders.ok())
                return orders.error();
            file.write(toCsv(orders.value(), header));
            header = false;
            count += orders->size();
            if (orders->size() < page.limit)
                break;
            page.beforeId = orders->last().id;
        }
        if (!file.commit())
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path),
                Texts::tr("The file %1 cannot be written.").arg(path));
        return count;
    });
}

} // namespace kassa::engine
