#include "payments/Payments.h"

#include "audit/AuditActions.h"
#include "base/Log.h"
#include "money/ExchangeRate.h"
#include "notify/Outbox.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaMethod>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace kassa::payments {

namespace {

Error dbError(const QString &what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, query.lastError().text()),
        QCoreApplication::translate("kassa::payments::Payments", "The database refused a change to the orders."),
        QCoreApplication::translate("kassa::payments::Payments", "See the log file for details."));
}

//! Fiat currencies and their decimals (ISO 4217 minor units).
int fiatDecimals(const QString &code)
{
    if (code == QLatin1String("JPY") || code == QLatin1String("KRW") || code == QLatin1String("VND"))
        return 0;
    return 2;
}

CreateOutcome failure(CreateFailure kind, Error error)
{
    CreateOutcome out;
    out.failure = kind;
    out.error = std::move(error);
    return out;
}

QString stageOf(store::TransferState state)
{
    return QLatin1String(store::transferStateName(state));
}

//! Text for a NOT NULL column: a null QString would be bound as NULL.
QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

//! The statements of one group-commit batch, prepared once on the writer's
//! connection and reused by every order in it (SQLite compiles a statement
//! per prepare). Set only while a batch runs; the batch finishes them before
//! its transaction commits.
thread_local QHash<QString, std::shared_ptr<QSqlQuery>> *t_batchStatements = nullptr;

//! A prepared statement: the batch's one when a batch runs, else `own`.
QSqlQuery &prepared(QSqlQuery &own, QSqlDatabase &db, const QString &sql)
{
    if (t_batchStatements) {
        std::shared_ptr<QSqlQuery> &slot = (*t_batchStatements)[sql];
        if (!slot) {
            slot = std::make_shared<QSqlQuery>(db);
            slot->prepare(sql); // a failure shows in exec()
        }
        return *slot;
    }
    own = QSqlQuery(db);
    own.prepare(sql);
    return own;
}

void finishBatchStatements()
{
    if (!t_batchStatements)
        return;
    for (const auto &q : std::as_const(*t_batchStatements))
        q->finish();
}

} // namespace

Result<void> appendOrderEvent(QSqlDatabase &db, qint64 orderId, qint64 atMs, const QString &kind,
    const QString &fromStatus, const QString &toStatus, const QString &detail)
{
    QSqlQuery qOwn;
    QSqlQuery &q = prepared(qOwn, db,
        QStringLiteral("INSERT INTO order_events (order_id, at_ms, kind, from_status, to_status, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(orderId);
    q.addBindValue(atMs);
    q.addBindValue(kind);
    q.addBindValue(nn(fromStatus));
    q.addBindValue(nn(toStatus));
    q.addBindValue(nn(detail));
    if (!q.exec())
        return dbError(QStringLiteral("inserting order event"), q);
    return {};
}

Payments::Payments(std::shared_ptr<store::Database> database, std::shared_ptr<ReceiveAddressSource> addresses,
    PaymentSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_addresses(std::move(addresses)),
      m_settings(std::move(settings)), m_clock(clock)
{
    qRegisterMetaType<kassa::payments::Order>();
    qRegisterMetaType<QList<kassa::payments::Order>>();
}

Payments::~Payments() = default;

QString Payments::makeTradeId(qint64 nowMs)
{
    const QString day = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
    return day + QStringLiteral("%1").arg(nowMs, 13, 10, QLatin1Char('0'))
        + QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000), 3, 10, QLatin1Char('0'));
}

QString Payments::orderColumns()
{
    return QStringLiteral(
        "id, trade_id, merchant_order_id, channel, chain, token, asset, decimals, address, dedicated, amount, "
        "received, fiat, fiat_amount, rate, rate_source, rate_observed_ms, status, notify_url, redirect_url, "
        "created_ms, expires_ms, hold_until_ms, updated_ms, paid_ms, tx_hash");
}

Result<Order> Payments::readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.tradeId = q.value(1).toString();
    o.merchantOrderId = q.value(2).toString();
    const auto channel = orderChannelFromName(q.value(3).toString());
    const auto status = orderStatusFromName(q.value(17).toString());
    if (!channel || !status)
        return makeError(ErrorCode::Database, QStringLiteral("order %1 has an unknown channel or status").arg(o.id),
            tr("An order in the database is not readable."));
    o.channel = *channel;
    o.status = *status;
    o.chain = q.value(4).toString();
    o.token = q.value(5).toString();
    const money::Asset asset {q.value(6).toString(), q.value(7).toInt()};
    o.address = q.value(8).toString();
    o.dedicated = q.value(9).toInt() != 0;
    auto units = money::UInt256::parseDecimal(q.value(10).toString());
    auto received = money::UInt256::parseDecimal(q.value(11).toString());
    if (!units.ok() || !received.ok())
        return makeError(ErrorCode::Database, QStringLiteral("order %1 has an unreadable amount").arg(o.id),
            tr("An order in the database is not readable."));
    auto amount = money::Amount::fromUnits(units.value(), asset);
    auto got = money::Amount::fromUnits(received.value(), asset);
    if (!amount.ok() || !got.ok())
        return amount.ok() ? got.error() : amount.error();
    o.amount = amount.value();
    o.received = got.value();
    o.fiat = q.value(12).toString();
    o.fiatAmount = q.value(13).toString();
    o.rate = q.value(14).toString();
    o.rateSource = q.value(15).toString();
    o.rateObservedMs = q.value(16).toLongLong();
    o.notifyUrl = q.value(18).toString();
    o.redirectUrl = q.value(19).toString();
    o.createdMs = q.value(20).toLongLong();
    o.expiresMs = q.value(21).toLongLong();
    o.holdUntilMs = q.value(22).toLongLong();
    o.updatedMs = q.value(23).toLongLong();
    if (!q.value(24).isNull())
        o.paidMs = q.value(24).toLongLong();
    o.txHash = q.value(25).toString();
    return o;
}

Result<std::optional<Order>> Payments::loadOrder(const QSqlDatabase &db, const QString &column, const QVariant &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM orders WHERE %2 = ?").arg(orderColumns(), column));
    q.addBindValue(value);
    if (!q.exec())
        return dbError(QStringLiteral("reading order"), q);
    if (!q.next())
        return std::optional<Order>();
    auto order = readOrder(q);
    if (!order.ok())
        return order.error();
    return std::optional<Order>(order.value());
}

void Payments::start()
{
    if (!m_expiryTimer) {
        m_expiryTimer = new QTimer(this);
        m_expiryTimer->setSingleShot(true);
        connect(m_expiryTimer, &QTimer::timeout, this, [this] { (void)expireDue(); });
    }
    (void)expireDue();
    (void)catchUp().then(this, [](Result<int> applied) {
        if (!applied.ok())
            qCWarning(lcEngine) << "catching up on stored transfers failed:" << applied.error().message;
        else if (applied.value() > 0)
            qCInfo(lcEngine) << "applied" << applied.value() << "stored transfers left over from the last run";
    });
}

void Payments::scheduleExpiry()
{
    if (!m_expiryTimer)
        return;
    auto reader = m_database->reader();
    if (!reader.ok()) {
        m_nextWakeMs = std::numeric_limits<qint64>::max(); // every new order asks again
        return;
    }
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT MIN(expires_ms) FROM orders WHERE status = 'waiting'"));
    qint64 delay = 60'000; // look again in a minute in any case (clock changes)
    const qint64 now = m_clock.nowMs();
    if (q.exec() && q.next() && !q.value(0).isNull())
        delay = std::clamp<qint64>(q.value(0).toLongLong() - now + 5, 0, delay);
    m_nextWakeMs = now + delay;
    m_expiryTimer->start(std::chrono::milliseconds(delay));
}

std::optional<CreateOutcome> Payments::prepareCreate(const OrderRequest &request, CreateJob &job)
{
    const money::Asset asset = request.target.asset;
    if (request.merchantOrderId.isEmpty() || request.target.chain.isEmpty() || request.target.token.isEmpty()
        || !asset.isValid() || (request.assetAmount.has_value() == !request.fiat.isEmpty()))
        return failure(CreateFailure::Invalid,
            makeError(ErrorCode::InvalidInput, QStringLiteral("incomplete order request"),
                tr("The order request is incomplete.")));
    if (m_settings.displayPlaces < 0 || m_settings.displayPlaces > asset.decimals)
        return failure(CreateFailure::Internal,
            makeError(ErrorCode::Config,
                QStringLiteral("display places %1 exceed the asset's decimals").arg(m_settings.displayPlaces),
                tr("The order precision is more than the asset has.")));
    auto step = money::Amount::parse(m_settings.step, asset);
    auto minimum = money::Amount::parse(m_settings.minimumAmount, asset);
    if (!step.ok() || step->isZero() || !minimum.ok())
        return failure(CreateFailure::Internal,
            makeError(ErrorCode::Config, QStringLiteral("bad unique-amount step or minimum"),
                tr("The unique-amount step in the settings is not valid.")));

    const qint64 now = m_clock.nowMs();
    Order order;
    order.channel = request.channel;
    order.merchantOrderId = request.merchantOrderId;
    order.chain = request.target.chain;
    order.token = request.target.token;
    order.dedicated = request.dedicated;
    order.notifyUrl = request.notifyUrl;
    order.redirectUrl = request.redirectUrl;
    order.createdMs = now;
    order.updatedMs = now;
    const qint64 expiry = request.expirySeconds > 0 ? request.expirySeconds : m_settings.expirySeconds;
    order.expiresMs = now + expiry * 1000;
    order.holdUntilMs = order.expiresMs + std::max<qint64>(0, m_settings.lateWindowSeconds) * 1000;
    order.received = money::Amount::zero(asset).value();

    // Fiat: parse the amount now; the rate is read inside the transaction.
    std::optional<money::Amount> fiatAmount;
    if (request.fiat.isEmpty()) {
        if (request.assetAmount->asset() != asset)
            return failure(CreateFailure::Invalid,
                makeError(ErrorCode::InvalidInput, QStringLiteral("amount in the wrong asset"),
                    tr("The amount is not in %1.").arg(asset.symbol)));
        auto rounded = request.assetAmount->rounded(m_settings.displayPlaces, money::OrderRounding);
        if (!rounded.ok())
            return failure(CreateFailure::Invalid, rounded.error());
        order.amount = rounded.value();
    } else {
        const money::Asset fiatAsset {request.fiat, fiatDecimals(request.fiat)};
        auto parsed = money::Amount::parse(request.fiatAmount, fiatAsset);
        if (!parsed.ok())
            return failure(CreateFailure::Invalid, parsed.error());
        fiatAmount = parsed.value();
        order.fiat = request.fiat;
        order.fiatAmount = parsed->toString();
    }

    QStringList shared;
    if (!request.dedicated) {
        shared = m_addresses->sharedAddresses(order.chain, order.token);
        if (shared.isEmpty())
            return failure(CreateFailure::NoAddress,
                makeError(ErrorCode::NotFound,
                    QStringLiteral("no receive address for %1 on %2").arg(asset.symbol, order.chain),
                    tr("There is no receive address for %1 on %2.").arg(asset.symbol, order.chain),
                    tr("Enable a receive address for this chain in Wallets.")));
    } else {
        auto address = m_addresses->allocateDedicated(order.chain, order.token);
        if (!address.ok())
            return failure(CreateFailure::NoAddress, address.error());
        order.address = address.value();
    }

    job.request = request;
    job.asset = asset;
    job.step = step.value();
    job.minimum = minimum.value();
    job.now = now;
    job.order = std::move(order);
    job.fiatAmount = std::move(fiatAmount);
    job.shared = std::move(shared);
    return std::nullopt;
}

CreateOutcome Payments::createOrder(const OrderRequest &request)
{
    auto job = std::make_shared<CreateJob>();
    if (auto refused = prepareCreate(request, *job))
        return std::move(*refused);
    const auto written = runBatched(createWrite(job));
    return finishCreate(*job, written);
}

void Payments::createOrderAsync(const OrderRequest &request, QObject *context, std::function<void(CreateOutcome)> done)
{
    auto job = std::make_shared<CreateJob>();
    if (auto refused = prepareCreate(request, *job)) {
        done(std::move(*refused));
        return;
    }
    runBatchedAsync(createWrite(job), context, [this, job, done = std::move(done)](const Result<void> &written) {
        done(finishCreate(*job, written));
    });
}

std::function<Result<void>(QSqlDatabase &)> Payments::createWrite(const std::shared_ptr<CreateJob> &job)
{
    return [this, job](QSqlDatabase &db) -> Result<void> {
        const OrderRequest &request = job->request;
        const money::Asset &asset = job->asset;
        const std::optional<money::Amount> &step = job->step;
        const std::optional<money::Amount> &minimum = job->minimum;
        const qint64 now = job->now;
        Order &order = job->order;
        const std::optional<money::Amount> &fiatAmount = job->fiatAmount;
        const QStringList &shared = job->shared;
        CreateOutcome &outcome = job->outcome;
        outcome = {};
        auto indexed = loadIndex(db);
        if (!indexed.ok())
            return indexed;
        // A merchant order id names one order per surface. Looked up only
        // when the order cannot be made or its insert hits the unique
        // constraint: a duplicate is answered as such whatever else is wrong.
        const auto duplicate = [&]() -> Result<bool> {
            QSqlQuery qOwn;
            QSqlQuery &q = prepared(qOwn, db,
                QStringLiteral("SELECT %1 FROM orders WHERE channel = ? AND merchant_order_id = ?").arg(orderColumns()));
            q.addBindValue(orderChannelName(order.channel));
            q.addBindValue(order.merchantOrderId);
            if (!q.exec())
                return dbError(QStringLiteral("looking up merchant order id"), q);
            if (!q.next())
                return false;
            auto found = readOrder(q);
            if (!found.ok())
                return found.error();
            if (m_settings.reuseOpenOrder && found->status == OrderStatus::Waiting && found->expiresMs > now) {
                outcome = {};
                outcome.order = found.value();
                outcome.existing = true;
                return true;
            }
            outcome = failure(CreateFailure::Duplicate,
                makeError(ErrorCode::InvalidInput,
                    QStringLiteral("merchant order id %1 exists").arg(order.merchantOrderId),
                    tr("An order with this order id exists already.")));
            return true;
        };
        // A refusal, unless the order id exists: then that is the answer.
        const auto refuse = [&](CreateOutcome refusal) -> Result<void> {
            auto dup = duplicate();
            if (!dup.ok())
                return dup.error();
            if (!dup.value())
                outcome = std::move(refusal);
            return {};
        };

        if (fiatAmount) {
            QSqlQuery qOwn;
            QSqlQuery &q = prepared(qOwn, db,
                QStringLiteral("SELECT rate, source, observed_ms FROM exchange_rates WHERE fiat = ? AND asset = ?"));
            q.addBindValue(order.fiat);
            q.addBindValue(asset.symbol);
            if (!q.exec())
                return dbError(QStringLiteral("reading exchange rate"), q);
            if (!q.next())
                return refuse(failure(CreateFailure::RateUnavailable,
                    makeError(ErrorCode::Config, QStringLiteral("no %1/%2 rate").arg(order.fiat, asset.symbol),
                        tr("There is no exchange rate for %1 to %2.").arg(order.fiat, asset.symbol),
                        tr("Set a current rate by hand, or configure a rate source."))));
            const qint64 observed = q.value(2).toLongLong();
            auto rate = money::ExchangeRate::create(q.value(0).toString(), order.fiat, asset.symbol,
                q.value(1).toString(), QDateTime::fromMSecsSinceEpoch(observed, Qt::UTC));
            if (!rate.ok())
                return rate.error();
            if (now - observed > m_settings.rateMaxAgeSeconds * 1000)
                return refuse(failure(CreateFailure::RateUnavailable,
                    makeError(ErrorCode::Config,
                        QStringLiteral("%1/%2 rate is %3 s old")
                            .arg(order.fiat, asset.symbol)
                            .arg((now - observed) / 1000),
                        tr("The exchange rate for %1 to %2 is out of date.").arg(order.fiat, asset.symbol),
                        tr("Update the rate by hand, or check the rate source."))));
            auto converted = rate->toAsset(*fiatAmount, asset, m_settings.displayPlaces, money::OrderRounding);
            if (!converted.ok())
                return refuse(failure(CreateFailure::RateUnavailable, converted.error()));
            order.amount = converted.value();
            order.rate = rate->toString();
            order.rateSource = rate->source();
            order.rateObservedMs = observed;
        }
        if (!(order.amount > minimum.value()))
            return refuse(failure(CreateFailure::AmountTooSmall,
                makeError(ErrorCode::InvalidInput, QStringLiteral("amount %1 too small").arg(order.amount.toString()),
                    tr("The amount must be more than %1 %2.").arg(minimum->toString(), asset.symbol))));

        // The free (address, amount) slots in Epusdt's order: the base
        // amount on every address, then one step higher, … (fill the first
        // address first). Asked of the in-memory index; the reservation's
        // primary key below has the last word.
        const money::Amount base = order.amount;
        const auto nextFreeSlot = [&]() -> Result<bool> {
            for (int i = 0; i < m_settings.maxTries; ++i) {
                auto candidate = step->multiply(money::UInt256(quint64(i)));
                if (!candidate.ok())
                    return candidate.error();
                auto amount = base.add(candidate.value());
                if (!amount.ok())
                    return amount.error();
                const QString units = amount->units().toDecimal();
                for (const QString &address : std::as_const(shared)) {
                    if (m_index.isTaken(order.chain, order.token, address, units, now))
                        continue;
                    order.address = address;
                    order.amount = amount.value();
                    return true;
                }
            }
            return false;
        };
        const auto noFreeAmount = [&] {
            return failure(CreateFailure::NoFreeAmount,
                makeError(ErrorCode::InvalidInput,
                    QStringLiteral("no free amount for %1 %2 on %3").arg(base.toString(), asset.symbol, order.chain),
                    tr("Every payment amount near %1 %2 is taken by open orders.").arg(base.toString(), asset.symbol),
                    tr("Try again in a few minutes, or add receive addresses.")));
        };
        if (!request.dedicated) {
            auto found = nextFreeSlot();
            if (!found.ok())
                return found.error();
            if (!found.value())
                return refuse(noFreeAmount());
        }

        // The order row. A clash on the unique columns is either the
        // merchant order id (answered as a duplicate, nothing written) or,
        // rarely, the trade id (three random digits per millisecond): then
        // another one.
        order.status = OrderStatus::Waiting;
        for (int attempt = 0;; ++attempt) {
            order.tradeId = makeTradeId(now);
            QSqlQuery insOwn;
            QSqlQuery &ins = prepared(insOwn, db,
                QStringLiteral(
                    "INSERT INTO orders (trade_id, merchant_order_id, channel, chain, token, asset, decimals, address, "
                    "dedicated, amount, received, fiat, fiat_amount, rate, rate_source, rate_observed_ms, status, "
                    "notify_url, redirect_url, created_ms, expires_ms, hold_until_ms, updated_ms) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '0', ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING RETURNING id"));
            ins.addBindValue(order.tradeId);
            ins.addBindValue(order.merchantOrderId);
            ins.addBindValue(orderChannelName(order.channel));
            ins.addBindValue(order.chain);
            ins.addBindValue(order.token);
            ins.addBindValue(asset.symbol);
            ins.addBindValue(asset.decimals);
            ins.addBindValue(order.address);
            ins.addBindValue(order.dedicated ? 1 : 0);
            ins.addBindValue(order.amount.units().toDecimal());
            const auto nullable = [](const QString &s) {
                return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
            };
            ins.addBindValue(nullable(order.fiat));
            ins.addBindValue(nullable(order.fiatAmount));
            ins.addBindValue(nullable(order.rate));
            ins.addBindValue(nullable(order.rateSource));
            ins.addBindValue(
                order.isFiat() ? QVariant(order.rateObservedMs) : QVariant(QMetaType::fromType<qint64>()));
            ins.addBindValue(nn(order.notifyUrl));
            ins.addBindValue(nn(order.redirectUrl));
            ins.addBindValue(order.createdMs);
            ins.addBindValue(order.expiresMs);
            ins.addBindValue(order.holdUntilMs);
            ins.addBindValue(order.updatedMs);
            if (!ins.exec())
                return dbError(QStringLiteral("inserting order"), ins);
            if (ins.next()) {
                order.id = ins.value(0).toLongLong();
                ins.finish();
                break;
            }
            ins.finish();
            auto dup = duplicate();
            if (!dup.ok())
                return dup.error();
            if (dup.value())
                return {}; // nothing was written
            if (attempt > 50)
                return makeError(ErrorCode::Database, QStringLiteral("no free trade id"),
                    tr("The order was not stored."), tr("Try again."));
        }

        if (!request.dedicated) {
            // The primary key is the rule: the row is taken, or replaces a
            // reservation whose hold has passed. A slot the index thought
            // free (another seat took it) is looked up again and the next
            // free one tried.
            for (int attempt = 0;; ++attempt) {
                const QString units = order.amount.units().toDecimal();
                QSqlQuery resOwn;
                QSqlQuery &res = prepared(resOwn, db,
                    QStringLiteral("INSERT INTO amount_reservations (chain, token, address, amount, order_id, "
                                   "hold_until_ms) VALUES (?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (chain, token, address, amount) DO UPDATE SET "
                                   "order_id = excluded.order_id, hold_until_ms = excluded.hold_until_ms "
                                   "WHERE amount_reservations.hold_until_ms <= ?"));
                res.addBindValue(order.chain);
                res.addBindValue(order.token);
                res.addBindValue(order.address);
                res.addBindValue(units);
                res.addBindValue(order.id);
                res.addBindValue(order.holdUntilMs);
                res.addBindValue(now);
                if (!res.exec())
                    return dbError(QStringLiteral("reserving amount"), res);
                if (res.numRowsAffected() == 1)
                    break;
                auto refreshed = refreshSlot(db, order.chain, order.token, units);
                if (!refreshed.ok())
                    return refreshed;
                auto found = nextFreeSlot();
                if (!found.ok())
                    return found.error();
                if (!found.value() || attempt > m_settings.maxTries * int(shared.size())) {
                    // The order row goes with the savepoint.
                    outcome = noFreeAmount();
                    return outcome.error;
                }
                QSqlQuery moveOwn;
                QSqlQuery &move = prepared(moveOwn, db, QStringLiteral("UPDATE orders SET address = ?, amount = ? WHERE id = ?"));
                move.addBindValue(order.address);
                move.addBindValue(order.amount.units().toDecimal());
                move.addBindValue(order.id);
                if (!move.exec())
                    return dbError(QStringLiteral("moving the order to a free amount"), move);
            }
        }
        auto event = appendOrderEvent(db, order.id, now, QStringLiteral("created"), {}, QStringLiteral("waiting"),
            QStringLiteral("%1 %2 to %3").arg(order.amount.toString(), asset.symbol, order.address));
        if (!event.ok())
            return event;
        if (!request.dedicated) {
            // Last, so that a failure above leaves the index as it was.
            const ReservationIndex::Slot slot {order.chain, order.token, order.address, order.amount.units().toDecimal()};
            const auto before = m_index.holder(slot.chain, slot.token, slot.address, slot.amount);
            m_index.put(slot, {order.id, order.holdUntilMs});
            store::Database::afterTransaction([this, slot, id = order.id, before](bool committed) {
                if (committed)
                    return;
                m_index.remove(slot, id);
                if (before)
                    m_index.put(slot, *before);
            });
        }
        outcome.order = order;
        return {};
    };
}

CreateOutcome Payments::finishCreate(CreateJob &job, const Result<void> &written)
{
    const Order &order = job.order;
    CreateOutcome &outcome = job.outcome;
    if (!written.ok())
        return outcome.failure != CreateFailure::None ? outcome : failure(CreateFailure::Internal, written.error());
    if (outcome.order && !outcome.existing) {
        if (order.dedicated)
            Q_EMIT dedicatedAddressAllocated(order.chain, order.address);
        if (isSignalConnected(QMetaMethod::fromSignal(&Payments::ordersChanged)))
            Q_EMIT ordersChanged({*outcome.order});
        // The expiry timer wakes at least every minute; only an order that
        // expires before its next wake-up needs it moved.
        if (order.expiresMs < m_nextWakeMs.load())
            QMetaObject::invokeMethod(
                this, [this] { scheduleExpiry(); }, Qt::QueuedConnection);
    }
    return outcome;
}

Result<void> Payments::loadIndex(QSqlDatabase &db)
{
    if (m_indexLoaded)
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT chain, token, address, amount, order_id, hold_until_ms FROM amount_reservations")))
        return dbError(QStringLiteral("loading reservations"), q);
    m_index.clear();
    while (q.next())
        m_index.put({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()},
            {q.value(4).toLongLong(), q.value(5).toLongLong()});
    m_indexLoaded = true;
    return {};
}

Result<void> Payments::refreshSlot(QSqlDatabase &db, const QString &chain, const QString &token, const QString &amount)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT address, order_id, hold_until_ms FROM amount_reservations "
                             "WHERE chain = ? AND token = ? AND amount = ?"));
    q.addBindValue(chain);
    q.addBindValue(token);
    q.addBindValue(amount);
    if (!q.exec())
        return dbError(QStringLiteral("reading reservations"), q);
    while (q.next())
        m_index.put({chain, token, q.value(0).toString(), amount}, {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return {};
}

Result<void> Payments::runBatched(const std::function<Result<void>(QSqlDatabase &)> &fn)
{
    auto item = std::make_shared<BatchItem>();
    item->fn = fn;
    std::future<Result<void>> done = item->done.get_future();
    enqueue(std::move(item));
    return done.get();
}

void Payments::runBatchedAsync(
    std::function<Result<void>(QSqlDatabase &)> fn, QObject *context, std::function<void(const Result<void> &)> then)
{
    auto item = std::make_shared<BatchItem>();
    item->fn = std::move(fn);
    item->context = context;
    item->then = std::move(then);
    enqueue(std::move(item));
}

void Payments::enqueue(std::shared_ptr<BatchItem> item)
{
    bool submit = false;
    {
        QMutexLocker lock(&m_batchMutex);
        m_batch.append(std::move(item));
        if (!m_batchScheduled) {
            m_batchScheduled = true;
            submit = true;
        }
    }
    if (submit)
        submitBatch();
}

void Payments::submitBatch()
{
    // Group commit: every order that arrives while the writer is busy (with
    // the previous batch's fsync, mostly) goes into the next transaction,
    // each inside its own savepoint so one failure undoes only itself.
    auto items = std::make_shared<QList<std::shared_ptr<BatchItem>>>();
    m_database
        ->write([this, items](QSqlDatabase &db) -> Result<void> {
            {
                QMutexLocker lock(&m_batchMutex);
                *items = std::exchange(m_batch, {});
                m_batchScheduled = false;
            }
            QHash<QString, std::shared_ptr<QSqlQuery>> statements;
            t_batchStatements = &statements;
            const auto clearStatements = qScopeGuard([] {
                finishBatchStatements();
                t_batchStatements = nullptr;
            });
            // SQLite compiles a statement per exec(): the savepoint statements
            // are prepared once per batch there. PostgreSQL cannot PREPARE a
            // SAVEPOINT: it gets them as plain text.
            const bool prepare = m_database->engine() == store::Engine::Sqlite;
            struct Statement {
                QString sql;
                QSqlQuery query;
            };
            const auto statement = [&](const QString &sql) {
                Statement st {sql, QSqlQuery(db)};
                if (prepare)
                    st.query.prepare(sql); // a failure shows in exec()
                return st;
            };
            Statement begin = statement(QStringLiteral("SAVEPOINT kassa_order"));
            Statement undo = statement(QStringLiteral("ROLLBACK TO SAVEPOINT kassa_order"));
            Statement release = statement(QStringLiteral("RELEASE SAVEPOINT kassa_order"));
            const auto run = [prepare](Statement &st) {
                const bool ok = prepare ? st.query.exec() : st.query.exec(st.sql);
                st.query.finish();
                return ok;
            };
            for (const auto &item : *items) {
                if (!run(begin)) {
                    item->result = dbError(QStringLiteral("starting a savepoint"), begin.query);
                    continue;
                }
                Result<void> result;
                try {
                    result = item->fn(db);
                } catch (const std::exception &e) {
                    result = makeError(ErrorCode::Internal,
                        QStringLiteral("order creation threw: %1").arg(QLatin1String(e.what())),
                        tr("The order was not stored."));
                }
                finishBatchStatements(); // no statement left running across the savepoint's end
                if (!result.ok())
                    run(undo);
                run(release);
                item->result = std::move(result);
            }
            return {};
        })
        .then([this, items](Result<void> committed) {
            if (!committed.ok()) {
                // Not even begun: the waiting items were never taken.
                QMutexLocker lock(&m_batchMutex);
                if (items->isEmpty()) {
                    *items = std::exchange(m_batch, {});
                    m_batchScheduled = false;
                }
            }
            // Blocked callers are woken one by one; asynchronous ones get one
            // event per thread for the whole group commit (a wake-up each,
            // not one per order).
            QHash<QObject *, QList<std::shared_ptr<BatchItem>>> byContext;
            for (const auto &item : *items) {
                if (!committed.ok())
                    item->result = committed;
                if (item->then)
                    byContext[item->context].append(item);
                else
                    item->done.set_value(item->result);
            }
            for (auto it = byContext.begin(); it != byContext.end(); ++it) {
                const auto deliver = [group = std::move(it.value())] {
                    for (const auto &item : group)
                        item->then(item->result);
                };
                if (it.key())
                    QMetaObject::invokeMethod(it.key(), deliver, Qt::QueuedConnection);
                else
                    deliver();
            }
        });
}

Result<void> Payments::setStatus(QSqlDatabase &db, const Order &order, OrderStatus to, const QString &detail,
    Changes &changes, const QString &extraSet, const QVariantList &extraValues)
{
    if (!canTransition(order.status, to))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("order %1 cannot go from %2 to %3")
                .arg(order.tradeId, orderStatusName(order.status), orderStatusName(to)),
            tr("This order cannot change from “%1” to “%2”.").arg(orderStatusName(order.status), orderStatusName(to)));
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE orders SET status = ?, updated_ms = ?%1 WHERE id = ? AND status = ?")
                  .arg(extraSet.isEmpty() ? QString() : QStringLiteral(", ") + extraSet));
    q.addBindValue(orderStatusName(to));
    q.addBindValue(now);
    for (const auto &v : extraValues)
        q.addBindValue(v);
    q.addBindValue(order.id);
    q.addBindValue(orderStatusName(order.status));
    if (!q.exec())
        return dbError(QStringLiteral("updating order status"), q);
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Database, QStringLiteral("order %1 changed underneath").arg(order.tradeId),
            tr("The order was changed by someone else; try again."));
    auto event = appendOrderEvent(
        db, order.id, now, QStringLiteral("status"), orderStatusName(order.status), orderStatusName(to), detail);
    if (!event.ok())
        return event;
    if (!m_settings.webhookUrl.isEmpty()) {
        auto now2 = loadOrder(db, QStringLiteral("id"), order.id);
        if (!now2.ok())
            return now2.error();
        auto queued = notify::Outbox::enqueueNativeOrderEvent(db, **now2,
            QStringLiteral("order.") + orderStatusName(to), m_settings.webhookUrl, now, m_settings.callbackMaxAttempts);
        if (!queued.ok())
            return queued.error();
        changes.callbacks = true;
    }
    if (to == OrderStatus::Paid) {
        // Paid: the amount is free again, and the storefront is told.
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM amount_reservations WHERE order_id = ?"));
        del.addBindValue(order.id);
        if (!del.exec())
            return dbError(QStringLiteral("releasing reservation"), del);
        auto indexed = loadIndex(db);
        if (!indexed.ok())
            return indexed;
        if (auto released = m_index.takeOrder(order.id)) {
            store::Database::afterTransaction([this, undo = *released](bool committed) {
                if (!committed)
                    m_index.put(undo.first, undo.second);
            });
        }
        auto reread = loadOrder(db, QStringLiteral("id"), order.id);
        if (!reread.ok())
            return reread.error();
        auto queued = notify::Outbox::enqueueOrderPaid(db, **reread, now, m_settings.callbackMaxAttempts);
        if (!queued.ok())
            return queued.error();
        changes.callbacks = changes.callbacks || queued.value();
    }
    if (!changes.orderIds.contains(order.id))
        changes.orderIds.append(order.id);
    return {};
}

QFuture<Result<void>> Payments::applyTransfers(const QList<store::TransferRecord> &transfers)
{
    auto changes = std::make_shared<Changes>();
    auto future = m_database->write([this, transfers, changes](QSqlDatabase &db) -> Result<void> {
        *changes = {};
        for (const auto &t : transfers) {
            auto applied = applyOne(db, t, *changes);
            if (!applied.ok())
                return applied;
        }
        return {};
    });
    return future.then(this, [this, changes](Result<void> result) {
        if (result.ok())
            publish(*changes);
        else
            qCWarning(lcEngine) << "matching transfers failed:" << result.error().message;
        return result;
    });
}

QFuture<Result<int>> Payments::catchUp()
{
    return catchUpAfter(0, 0);
}

QFuture<Result<int>> Payments::catchUpAfter(qint64 afterId, int appliedSoFar)
{
    // Every applied transfer has a row in order_transfers or deposits at the
    // stage it was applied; one without, or at an older stage, was never
    // applied. In id order, 500 per transaction, so that a long backlog (a
    // profile that watched for months before it took orders) never holds
    // the writer for long.
    struct Batch {
        Changes changes;
        int applied = 0;
        qint64 lastId = 0;
        bool more = false;
    };
    auto batch = std::make_shared<Batch>();
    auto future = m_database->write([this, afterId, batch](QSqlDatabase &db) -> Result<void> {
        *batch = {};
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT t.id FROM transfers t WHERE t.id > ? "
            "AND NOT EXISTS (SELECT 1 FROM order_transfers o WHERE o.transfer_id = t.id AND o.stage = t.state) "
            "AND NOT EXISTS (SELECT 1 FROM deposits d WHERE d.transfer_id = t.id AND d.stage = t.state) "
            "ORDER BY t.id LIMIT 500"));
        q.addBindValue(afterId);
        if (!q.exec())
            return dbError(QStringLiteral("finding unapplied transfers"), q);
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (ids.isEmpty())
            return {};
        batch->lastId = ids.last();
        batch->more = ids.size() == 500;
        auto rows = store::TransferStore::byIds(db, ids);
        if (!rows.ok())
            return rows.error();
        for (const auto &t : rows.value()) {
            auto applied = applyOne(db, t, batch->changes);
            if (!applied.ok())
                return applied;
            ++batch->applied;
        }
        return {};
    });
    return future
        .then(this,
            [this, batch, appliedSoFar](Result<void> result) -> QFuture<Result<int>> {
                if (!result.ok())
                    return QtFuture::makeReadyFuture(Result<int>(result.error()));
                publish(batch->changes);
                const int total = appliedSoFar + batch->applied;
                if (batch->more)
                    return catchUpAfter(batch->lastId, total);
                return QtFuture::makeReadyFuture(Result<int>(total));
            })
        .unwrap();
}

Result<void> Payments::applyOne(QSqlDatabase &db, const store::TransferRecord &t, Changes &changes)
{
    auto deposit = applyDeposit(db, t, changes);
    if (!deposit.ok())
        return deposit.error();
    if (deposit.value())
        return {};
    const qint64 now = m_clock.nowMs();
    const QString stage = stageOf(t.state);
    // Applied at this stage already?
    QSqlQuery seen(db);
    seen.prepare(QStringLiteral("SELECT order_id, outcome, stage FROM order_transfers WHERE transfer_id = ?"));
    seen.addBindValue(t.id);
    if (!seen.exec())
        return dbError(QStringLiteral("reading order transfer"), seen);
    std::optional<qint64> priorOrder;
    QString priorOutcome;
    bool known = false;
    if (seen.next()) {
        known = true;
        if (seen.value(2).toString() == stage)
            return {};
        if (!seen.value(0).isNull())
            priorOrder = seen.value(0).toLongLong();
        priorOutcome = seen.value(1).toString();
    }
    auto record = [&](std::optional<qint64> orderId, const QString &outcome) -> Result<void> {
        QSqlQuery q(db);
        if (known) {
            q.prepare(QStringLiteral("UPDATE order_transfers SET order_id = ?, outcome = ?, stage = ?, updated_ms = ? "
                                     "WHERE transfer_id = ?"));
        } else {
            q.prepare(QStringLiteral("INSERT INTO order_transfers (order_id, outcome, stage, updated_ms, transfer_id) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        }
        q.addBindValue(orderId ? QVariant(*orderId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(outcome);
        q.addBindValue(stage);
        q.addBindValue(now);
        q.addBindValue(t.id);
        if (!q.exec())
            return dbError(QStringLiteral("recording order transfer"), q);
        return {};
    };

    // Which order does it belong to? Exact amount on a shared address (the
    // reservation, as long as it is held), else any dedicated order on the
    // address.
    std::optional<Order> order;
    bool indexHit = false;
    if (priorOrder) {
        auto o = loadOrder(db, QStringLiteral("id"), *priorOrder);
        if (!o.ok())
            return o.error();
        order = *o;
    } else {
        // The in-memory index first: a hit is confirmed by the order row
        // (never paid, which frees the slot; hold not over, so nobody can
        // have replaced it), and skips the query below.
        auto indexed = loadIndex(db);
        if (!indexed.ok())
            return indexed;
        if (const qint64 held = m_index.match(t.chain, t.token, t.to, t.value, t.firstSeenMs)) {
            auto o = loadOrder(db, QStringLiteral("id"), held);
            if (!o.ok())
                return o.error();
            const std::optional<Order> &found = *o;
            if (found && !found->dedicated && !found->paidMs && found->holdUntilMs > now && found->chain == t.chain
                && found->token == t.token && found->address == t.to && found->amount.units().toDecimal() == t.value) {
                order = found;
                indexHit = true;
            }
        }
    }
    if (!priorOrder && !indexHit) {
        QSqlQuery r(db);
        r.prepare(
            QStringLiteral("SELECT order_id FROM amount_reservations WHERE chain = ? AND token = ? AND address = ? "
                           "AND amount = ? AND hold_until_ms >= ?"));
        r.addBindValue(t.chain);
        r.addBindValue(t.token);
        r.addBindValue(t.to);
        r.addBindValue(t.value);
        r.addBindValue(t.firstSeenMs);
        if (!r.exec())
            return dbError(QStringLiteral("matching reservation"), r);
        if (r.next()) {
            auto o = loadOrder(db, QStringLiteral("id"), r.value(0).toLongLong());
            if (!o.ok())
                return o.error();
            order = *o;
        } else {
            QSqlQuery d(db);
            d.prepare(
                QStringLiteral("SELECT id FROM orders WHERE chain = ? AND address = ? AND token = ? AND dedicated = 1 "
                               "ORDER BY id DESC LIMIT 1"));
            d.addBindValue(t.chain);
            d.addBindValue(t.to);
            d.addBindValue(t.token);
            if (!d.exec())
                return dbError(QStringLiteral("matching dedicated address"), d);
            if (d.next()) {
                auto o = loadOrder(db, QStringLiteral("id"), d.value(0).toLongLong());
                if (!o.ok())
                    return o.error();
                order = *o;
            }
        }
    }
    // A transfer seen before the order existed is not its payment.
    if (!priorOrder && order && t.firstSeenMs < order->createdMs)
        order.reset();
    if (!order) {
        if (t.state == store::TransferState::Seen || t.state == store::TransferState::Final)
            return record(std::nullopt, QStringLiteral("unmatched"));
        return record(std::nullopt, priorOutcome.isEmpty() ? QStringLiteral("unmatched") : priorOutcome);
    }
    const qint64 id = order->id;
    const bool inTime = t.firstSeenMs <= order->expiresMs && order->status != OrderStatus::Cancelled;
    const QString txDetail = QStringLiteral("%1 #%2 %3").arg(t.txHash).arg(t.logIndex).arg(t.value);
    auto value = money::UInt256::parseDecimal(t.value);
    if (!value.ok())
        return value.error();

    switch (t.state) {
    case store::TransferState::Seen: {
        auto event =
            appendOrderEvent(db, id, now, QStringLiteral("transfer"), {}, {}, QStringLiteral("seen ") + txDetail);
        if (!event.ok())
            return event;
        if (order->status == OrderStatus::Waiting && inTime) {
            auto set = setStatus(
                db, *order, OrderStatus::Confirming, txDetail, changes, QStringLiteral("tx_hash = ?"), {t.txHash});
            if (!set.ok())
                return set;
            return record(id, QStringLiteral("confirming"));
        }
        return record(id, inTime ? QStringLiteral("confirming") : QStringLiteral("late"));
    }
    case store::TransferState::Final: {
        auto event =
            appendOrderEvent(db, id, now, QStringLiteral("transfer"), {}, {}, QStringLiteral("final ") + txDetail);
        if (!event.ok())
            return event;
        auto arrived = money::Amount::fromUnits(value.value(), order->amount.asset());
        if (!arrived.ok())
            return arrived.error();
        auto total = order->received.add(arrived.value());
        if (!total.ok())
            return total.error();
        QSqlQuery add(db);
        add.prepare(QStringLiteral("UPDATE orders SET received = ? WHERE id = ?"));
        add.addBindValue(total->units().toDecimal());
        add.addBindValue(id);
        if (!add.exec())
            return dbError(QStringLiteral("adding received amount"), add);
        if (!changes.orderIds.contains(id))
            changes.orderIds.append(id);

        // Seen in time but expired by the timer before it was final: still paid.
        const bool open = isOpen(order->status) || (order->status == OrderStatus::Expired && inTime);
        if (!open || !inTime) {
            // After the window, cancelled, or paid already: kept for an operator.
            if (order->status == OrderStatus::Expired || order->status == OrderStatus::Cancelled) {
                auto set = setStatus(db, *order, OrderStatus::Late, QStringLiteral("late ") + txDetail, changes,
                    QStringLiteral("tx_hash = ?"), {t.txHash});
                if (!set.ok())
                    return set;
            }
            return record(id, QStringLiteral("late"));
        }
        OrderStatus to = OrderStatus::Paid;
        if (order->dedicated) {
            if (total.value() < order->amount)
                to = OrderStatus::Underpaid;
            else if (total.value() > order->amount)
                to = OrderStatus::Overpaid;
        }
        auto set = to == OrderStatus::Paid
            ? setStatus(db, *order, to, txDetail, changes, QStringLiteral("tx_hash = ?, paid_ms = ?"), {t.txHash, now})
            : setStatus(db, *order, to, txDetail, changes, QStringLiteral("tx_hash = ?"), {t.txHash});
        if (!set.ok())
            return set;
        return record(id, orderStatusName(to));
    }
    case store::TransferState::Orphaned:
    case store::TransferState::Failed: {
        auto event =
            appendOrderEvent(db, id, now, QStringLiteral("transfer"), {}, {}, stage + QLatin1Char(' ') + txDetail);
        if (!event.ok())
            return event;
        if (order->status == OrderStatus::Confirming && order->txHash == t.txHash) {
            const OrderStatus back = now < order->expiresMs ? OrderStatus::Waiting : OrderStatus::Expired;
            auto set = setStatus(db, *order, back, stage + QLatin1Char(' ') + txDetail, changes);
            if (!set.ok())
                return set;
        } else if (order->status == OrderStatus::Paid && order->txHash == t.txHash
            && priorOutcome == QLatin1String("paid")) {
            auto set = setStatus(db, *order, OrderStatus::Reverted, stage + QLatin1Char(' ') + txDetail, changes);
            if (!set.ok())
                return set;
        }
        return record(id, QStringLiteral("reverted"));
    }
    }
    return {};
}

QFuture<Result<int>> Payments::expireDue()
{
    auto changes = std::make_shared<Changes>();
    auto count = std::make_shared<int>(0);
    auto future = m_database->write([this, changes, count](QSqlDatabase &db) -> Result<void> {
        *changes = {};
        *count = 0;
        const qint64 now = m_clock.nowMs();
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT %1 FROM orders WHERE status = 'waiting' AND expires_ms <= ? ORDER BY expires_ms "
                           "LIMIT 1000")
                .arg(orderColumns()));
        q.addBindValue(now);
        if (!q.exec())
            return dbError(QStringLiteral("reading due orders"), q);
        QList<Order> due;
        while (q.next()) {
            auto o = readOrder(q);
            if (!o.ok())
                return o.error();
            due.append(o.value());
        }
        for (const auto &o : due) {
            auto set = setStatus(db, o, OrderStatus::Expired, {}, *changes);
            if (!set.ok())
                return set;
            ++*count;
        }
        return {};
    });
    return future.then(this, [this, changes, count](Result<void> result) -> Result<int> {
        scheduleExpiry();
        if (!result.ok()) {
            qCWarning(lcEngine) << "expiring orders failed:" << result.error().message;
            return result.error();
        }
        publish(*changes);
        return *count;
    });
}

Result<Order> Payments::operatorAction(
    const QString &tradeId, OrderStatus to, const QString &reason, const audit::Actor &actor, const char *action)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("operator action without a reason"),
            tr("Give a reason; it is kept in the audit log."));
    Changes changes;
    std::optional<Order> result;
    auto written = m_database->writeAndWait([&](QSqlDatabase &db) -> Result<void> {
        changes = {};
        auto found = loadOrder(db, QStringLiteral("trade_id"), tradeId);
        if (!found.ok())
            return found.error();
        if (!found->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no order %1").arg(tradeId),
                tr("There is no order %1.").arg(tradeId));
        const Order before = **found;
        auto set = to == OrderStatus::Paid ? setStatus(db, before, to, QStringLiteral("operator: ") + reason, changes,
                       QStringLiteral("paid_ms = ?"), {m_clock.nowMs()})
                                           : setStatus(db, before, to, QStringLiteral("operator: ") + reason, changes);
        if (!set.ok())
            return set;
        QJsonObject details {{QStringLiteral("old"), orderStatusName(before.status)},
            {QStringLiteral("new"), orderStatusName(to)}, {QStringLiteral("reason"), reason},
            {QStringLiteral("amount"), before.amount.toStringWithSymbol()},
            {QStringLiteral("received"), before.received.toStringWithSymbol()}};
        auto audited = audit::AuditLog::append(db,
            audit::AuditEvent {actor, QLatin1String(action), QStringLiteral("order"), tradeId, details},
            m_clock.nowMs());
        if (!audited.ok())
            return audited.error();
        auto after = loadOrder(db, QStringLiteral("id"), before.id);
        if (!after.ok())
            return after.error();
        result = **after;
        return {};
    });
    if (!written.ok())
        return written.error();
    publish(changes);
    return *result;
}

Result<Order> Payments::markPaid(const QString &tradeId, const QString &reason, const audit::Actor &actor)
{
    return operatorAction(tradeId, OrderStatus::Paid, reason, actor, audit::action::OrderMarkPaid);
}

Result<Order> Payments::cancel(const QString &tradeId, const QString &reason, const audit::Actor &actor)
{
    return operatorAction(tradeId, OrderStatus::Cancelled, reason, actor, audit::action::OrderCancel);
}

Result<Order> Payments::attachTransfer(
    const QString &tradeId, qint64 transferId, const QString &reason, const audit::Actor &actor)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("operator action without a reason"),
            tr("Give a reason; it is kept in the audit log."));
    Changes changes;
    std::optional<Order> result;
    auto written = m_database->writeAndWait([&](QSqlDatabase &db) -> Result<void> {
        changes = {};
        auto found = loadOrder(db, QStringLiteral("trade_id"), tradeId);
        if (!found.ok())
            return found.error();
        if (!found->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no order %1").arg(tradeId),
                tr("There is no order %1.").arg(tradeId));
        const Order before = **found;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT ot.order_id, ot.outcome, ot.stage, t.chain, t.to_address, t.value, t.tx_hash "
                                 "FROM order_transfers ot JOIN transfers t ON t.id = ot.transfer_id "
                                 "WHERE ot.transfer_id = ?"));
        q.addBindValue(transferId);
        if (!q.exec())
            return dbError(QStringLiteral("reading order transfer"), q);
        const auto refuse = [&](const QString &why, const QString &screen) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("transfer %1 cannot be attached to %2: %3").arg(transferId).arg(tradeId, why), screen);
        };
        if (!q.next())
            return refuse(QStringLiteral("unknown transfer"), tr("There is no such transfer to a receive address."));
        const QString outcome = q.value(1).toString();
        if (q.value(2).toString() != QLatin1String("final"))
            return refuse(QStringLiteral("not final"), tr("This transfer is not final yet."));
        if (outcome == QLatin1String("paid") || outcome == QLatin1String("confirming")
            || outcome == QLatin1String("reverted"))
            return refuse(QStringLiteral("already credited"), tr("This transfer already paid an order."));
        if (q.value(3).toString() != before.chain
            || q.value(4).toString().compare(before.address, Qt::CaseInsensitive) != 0)
            return refuse(QStringLiteral("other address"), tr("This transfer went to another chain or address."));
        auto value = money::UInt256::parseDecimal(q.value(5).toString());
        if (!value.ok())
            return value.error();
        auto arrived = money::Amount::fromUnits(value.value(), before.amount.asset());
        if (!arrived.ok())
            return arrived.error();
        const QString txHash = q.value(6).toString();
        const qint64 now = m_clock.nowMs();
        QSqlQuery link(db);
        link.prepare(QStringLiteral(
            "UPDATE order_transfers SET order_id = ?, outcome = 'paid', updated_ms = ? WHERE transfer_id = ?"));
        link.addBindValue(before.id);
        link.addBindValue(now);
        link.addBindValue(transferId);
        if (!link.exec())
            return dbError(QStringLiteral("attaching transfer"), link);
        auto set = setStatus(db, before, OrderStatus::Paid,
            QStringLiteral("operator: attached %1: %2").arg(txHash, reason), changes,
            QStringLiteral("paid_ms = ?, tx_hash = ?, received = ?"),
            {now, txHash, arrived->units().toDecimal()});
        if (!set.ok())
            return set;
        QJsonObject details {{QStringLiteral("old"), orderStatusName(before.status)},
            {QStringLiteral("new"), orderStatusName(OrderStatus::Paid)}, {QStringLiteral("reason"), reason},
            {QStringLiteral("transfer"), QString::number(transferId)}, {QStringLiteral("tx_hash"), txHash},
            {QStringLiteral("was"), outcome}, {QStringLiteral("amount"), before.amount.toStringWithSymbol()},
            {QStringLiteral("received"), arrived->toStringWithSymbol()}};
        auto audited = audit::AuditLog::append(db,
            audit::AuditEvent {actor, QLatin1String(audit::action::OrderAttachTransfer), QStringLiteral("order"),
                tradeId, details},
            now);
        if (!audited.ok())
            return audited.error();
        auto after = loadOrder(db, QStringLiteral("id"), before.id);
        if (!after.ok())
            return after.error();
        result = **after;
        return {};
    });
    if (!written.ok())
        return written.error();
    publish(changes);
    return *result;
}

void Payments::publish(const Changes &changes)
{
    if (changes.callbacks)
        Q_EMIT callbacksQueued();
    if (changes.orderIds.isEmpty())
        return;
    auto reader = m_database->reader();
    if (!reader.ok())
        return;
    QList<Order> changed;
    for (qint64 id : changes.orderIds) {
        auto o = loadOrder(reader.value(), QStringLiteral("id"), id);
        if (o.ok() && o->has_value())
            changed.append(**o);
    }
    if (!changed.isEmpty())
        Q_EMIT ordersChanged(changed);
}

Result<std::optional<Order>> Payments::orderByTradeId(const QString &tradeId)
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return reader.error();
    return loadOrder(reader.value(), QStringLiteral("trade_id"), tradeId);
}

namespace {

//! The WHERE clause (with its values) of an order filter.
std::pair<QString, QVariantList> whereOf(const OrderFilter &filter, bool paged)
{
    QStringList where;
    QVariantList values;
    if (filter.status) {
        where << QStringLiteral("status = ?");
        values << orderStatusName(*filter.status);
    }
    if (!filter.chain.isEmpty()) {
        where << QStringLiteral("chain = ?");
        values << filter.chain;
    }
    if (!filter.text.isEmpty()) {
        where << QStringLiteral("(trade_id = ? OR merchant_order_id = ? OR address = ? OR tx_hash = ?)");
        values << filter.text << filter.text << filter.text << filter.text;
    }
    if (filter.fromMs > 0) {
        where << QStringLiteral("created_ms >= ?");
        values << filter.fromMs;
    }
    if (filter.toMs > 0) {
        where << QStringLiteral("created_ms < ?");
        values << filter.toMs;
    }
    if (paged && filter.beforeId > 0) {
        where << QStringLiteral("id < ?");
        values << filter.beforeId;
    }
    return {where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), values};
}

} // namespace

Result<QList<Order>> Payments::orders(const OrderFilter &filter)
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return reader.error();
    const auto [where, values] = whereOf(filter, true);
    QSqlQuery q(reader.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM orders %2 ORDER BY id DESC LIMIT %3")
                  .arg(orderColumns(), where)
                  .arg(std::clamp(filter.limit, 1, 10000)));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(QStringLiteral("listing orders"), q);
    QList<Order> out;
    while (q.next()) {
        auto o = readOrder(q);
        if (!o.ok())
            return o.error();
        out.append(o.value());
    }
    return out;
}

Result<qint64> Payments::countOrders(const OrderFilter &filter)
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return reader.error();
    const auto [where, values] = whereOf(filter, false);
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM orders %1").arg(where));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return dbError(QStringLiteral("counting orders"), q);
    return q.value(0).toLongLong();
}

Result<QList<OrderEvent>> Payments::events(qint64 orderId)
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return reader.error();
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT id, order_id, at_ms, kind, from_status, to_status, detail FROM order_events "
                             "WHERE order_id = ? ORDER BY at_ms, id"));
    q.addBindValue(orderId);
    if (!q.exec())
        return dbError(QStringLiteral("reading order events"), q);
    QList<OrderEvent> out;
    while (q.next())
        out.append(OrderEvent {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

Result<QList<OrderTransfer>> Payments::transfers(std::optional<qint64> orderId, const QString &outcome)
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return reader.error();
    QStringList where;
    QVariantList values;
    if (orderId) {
        where << QStringLiteral("ot.order_id = ?");
        values << *orderId;
    }
    if (!outcome.isEmpty()) {
        where << QStringLiteral("ot.outcome = ?");
        values << outcome;
    }
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT ot.transfer_id, ot.order_id, ot.outcome, ot.stage, ot.updated_ms, t.chain, "
                             "t.tx_hash, t.log_index, t.from_address, t.to_address, t.value FROM order_transfers ot "
                             "JOIN transfers t ON t.id = ot.transfer_id %1 ORDER BY ot.transfer_id")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(QStringLiteral("reading order transfers"), q);
    QList<OrderTransfer> out;
    while (q.next()) {
        OrderTransfer t;
        t.transferId = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            t.orderId = q.value(1).toLongLong();
        t.outcome = q.value(2).toString();
        t.stage = q.value(3).toString();
        t.updatedMs = q.value(4).toLongLong();
        t.chain = q.value(5).toString();
        t.txHash = q.value(6).toString();
        t.logIndex = q.value(7).toInt();
        t.from = q.value(8).toString();
        t.to = q.value(9).toString();
        t.value = q.value(10).toString();
        out.append(t);
    }
    return out;
}

Result<void> Payments::setRate(const money::ExchangeRate &rate, const audit::Actor &actor)
{
    return m_database->writeAndWait([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery old(db);
        old.prepare(QStringLiteral("SELECT rate, source FROM exchange_rates WHERE fiat = ? AND asset = ?"));
        old.addBindValue(rate.fiat());
        old.addBindValue(rate.asset());
        if (!old.exec())
            return dbError(QStringLiteral("reading rate"), old);
        const QString before =
            old.next() ? old.value(0).toString() + QLatin1Char(' ') + old.value(1).toString() : QString();
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO exchange_rates (fiat, asset, rate, source, observed_ms) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (fiat, asset) DO UPDATE SET rate = excluded.rate, source = excluded.source, "
                           "observed_ms = excluded.observed_ms"));
        q.addBindValue(rate.fiat());
        q.addBindValue(rate.asset());
        q.addBindValue(rate.toString());
        q.addBindValue(rate.source());
        q.addBindValue(rate.observedAt().toMSecsSinceEpoch());
        if (!q.exec())
            return dbError(QStringLiteral("storing rate"), q);
        QJsonObject details {{QStringLiteral("setting"), QStringLiteral("rate.%1.%2").arg(rate.fiat(), rate.asset())},
            {QStringLiteral("old"), before},
            {QStringLiteral("new"), QString(rate.toString() + QLatin1Char(' ') + rate.source())}};
        auto audited = audit::AuditLog::append(db,
            audit::AuditEvent {actor, QLatin1String(audit::action::SettingsChange), QStringLiteral("rate"),
                rate.fiat() + QLatin1Char('/') + rate.asset(), details},
            m_clock.nowMs());
        if (!audited.ok())
            return audited.error();
        return {};
    });
}

QFuture<Result<void>> Payments::recordRate(const money::ExchangeRate &rate)
{
    return m_database->write([rate](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO exchange_rates (fiat, asset, rate, source, observed_ms) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (fiat, asset) DO UPDATE SET rate = excluded.rate, source = excluded.source, "
                           "observed_ms = excluded.observed_ms"));
        q.addBindValue(rate.fiat());
        q.addBindValue(rate.asset());
        q.addBindValue(rate.toString());
        q.addBindValue(rate.source());
        q.addBindValue(rate.observedAt().toMSecsSinceEpoch());
        if (!q.exec())
            return dbError(QStringLiteral("storing fetched rate"), q);
        return {};
    });
}

Result<std::optional<money::ExchangeRate>> Payments::rate(const QString &fiat, const QString &asset)
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return reader.error();
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT rate, source, observed_ms FROM exchange_rates WHERE fiat = ? AND asset = ?"));
    q.addBindValue(fiat);
    q.addBindValue(asset);
    if (!q.exec())
        return dbError(QStringLiteral("reading rate"), q);
    if (!q.next())
        return std::optional<money::ExchangeRate>();
    auto r = money::ExchangeRate::create(q.value(0).toString(), fiat, asset, q.value(1).toString(),
        QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC));
    if (!r.ok())
        return r.error();
    return std::optional<money::ExchangeRate>(r.value());
}

} // namespace kassa::payments
