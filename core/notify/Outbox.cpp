#include "notify/Outbox.h"

#include "notify/EpusdtSignature.h"
#include "payments/Order.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace kassa::notify {

namespace {

Error dbError(const QString &what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, query.lastError().text()),
        QCoreApplication::translate(
            "kassa::notify::Outbox", "The callback queue in the database could not be changed."),
        QCoreApplication::translate("kassa::notify::Outbox", "See the log file for details."));
}

const QString columns = QStringLiteral("id, event_id, order_id, dialect, event, url, endpoint, body, state, attempts, "
                                       "max_attempts, next_attempt_ms, created_ms, delivered_ms, last_error");

std::optional<CallbackState> stateFromName(const QString &name)
{
    for (auto s : {CallbackState::Pending, CallbackState::Delivered, CallbackState::Failed})
        if (callbackStateName(s) == name)
            return s;
    return std::nullopt;
}

Result<QList<CallbackRecord>> readAll(QSqlQuery &q)
{
    QList<CallbackRecord> out;
    while (q.next()) {
        CallbackRecord r;
        r.id = q.value(0).toLongLong();
        r.eventId = q.value(1).toString();
        if (!q.value(2).isNull())
            r.orderId = q.value(2).toLongLong();
        r.dialect = q.value(3).toString();
        r.event = q.value(4).toString();
        r.url = q.value(5).toString();
        r.endpoint = q.value(6).toString();
        r.body = q.value(7).toString().toUtf8();
        const auto state = stateFromName(q.value(8).toString());
        if (!state)
            return makeError(ErrorCode::Database, QStringLiteral("callback %1 has an unknown state").arg(r.id), {});
        r.state = *state;
        r.attempts = q.value(9).toInt();
        r.maxAttempts = q.value(10).toInt();
        r.nextAttemptMs = q.value(11).toLongLong();
        r.createdMs = q.value(12).toLongLong();
        if (!q.value(13).isNull())
            r.deliveredMs = q.value(13).toLongLong();
        r.lastError = q.value(14).toString();
        out.append(r);
    }
    return out;
}

//! Text for a NOT NULL column: a null QString would be bound as NULL.
QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QString callbackStateName(CallbackState state)
{
    switch (state) {
    case CallbackState::Pending: return QStringLiteral("pending");
    case CallbackState::Delivered: return QStringLiteral("delivered");
    case CallbackState::Failed: return QStringLiteral("failed");
    }
    return {};
}

qint64 Outbox::backoffMs(int attempt, double jitter)
{
    static constexpr qint64 schedule[] = {
        15'000, 60'000, 300'000, 900'000, 1'800'000, 3'600'000, 7'200'000, 21'600'000, 50'400'000};
    const int n = int(std::size(schedule));
    const qint64 base = schedule[std::clamp(attempt - 1, 0, n - 1)];
    const double spread = 0.9 + 0.2 * std::clamp(jitter, 0.0, 1.0);
    return qint64(double(base) * spread);
}

QString Outbox::endpointOf(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
        || u.host().isEmpty())
        return {};
    const int port = u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(u.scheme(), u.host()).arg(port);
}

Result<bool> Outbox::enqueueOrderPaid(QSqlDatabase &db, const payments::Order &order, qint64 nowMs, int maxAttempts)
{
    // Only Epusdt-surface orders get the Epusdt callback (stock plugins mark
    // any signed callback as paid, so it is sent for paid orders only).
    if (order.notifyUrl.isEmpty() || order.channel != payments::OrderChannel::Epusdt)
        return false;
    CallbackRecord r;
    r.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.orderId = order.id;
    r.dialect = QStringLiteral("epusdt");
    r.event = QStringLiteral("order.paid");
    r.url = order.notifyUrl;
    r.endpoint = endpointOf(order.notifyUrl);
    if (r.endpoint.isEmpty())
        r.endpoint = QStringLiteral("invalid");
    r.body = EpusdtSignature::unsignedCallbackBody(order);
    r.maxAttempts = std::max(1, maxAttempts);
    r.nextAttemptMs = nowMs;
    r.createdMs = nowMs;
    auto id = enqueue(db, r);
    if (!id.ok())
        return id.error();
    return true;
}

Result<qint64> Outbox::enqueueNativeOrderEvent(QSqlDatabase &db, const payments::Order &order, const QString &event,
    const QString &url, qint64 nowMs, int maxAttempts)
{
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    CallbackRecord r;
    r.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.orderId = order.id;
    r.dialect = QStringLiteral("native");
    r.event = event;
    r.url = url;
    r.endpoint = endpointOf(url);
    if (r.endpoint.isEmpty())
        r.endpoint = QStringLiteral("invalid");
    QByteArray data = "{\"id\":" + RawJson::quote(order.tradeId)
        + ",\"order_id\":" + RawJson::quote(order.merchantOrderId)
        + ",\"status\":" + RawJson::quote(payments::orderStatusName(order.status))
        + ",\"chain\":" + RawJson::quote(order.chain) + ",\"asset\":" + RawJson::quote(order.amount.asset().symbol)
        + ",\"amount\":" + RawJson::quote(order.amount.toString())
        + ",\"received\":" + RawJson::quote(order.received.toString()) + ",\"address\":" + RawJson::quote(order.address)
        + ",\"tx_hash\":" + (order.txHash.isEmpty() ? QByteArray("null") : RawJson::quote(order.txHash));
    if (order.isFiat())
        data += ",\"fiat\":{\"currency\":" + RawJson::quote(order.fiat)
            + ",\"amount\":" + RawJson::quote(order.fiatAmount) + ",\"rate\":" + RawJson::quote(order.rate)
            + ",\"rate_source\":" + RawJson::quote(order.rateSource) + "}";
    data += "}";
    r.body = "{\"id\":" + RawJson::quote(r.eventId) + ",\"type\":" + RawJson::quote(event)
        + ",\"created_at\":" + RawJson::quote(iso(nowMs)) + ",\"data\":" + data + "}";
    r.maxAttempts = std::max(1, maxAttempts);
    r.nextAttemptMs = nowMs;
    r.createdMs = nowMs;
    return enqueue(db, r);
}

Result<qint64> Outbox::enqueue(QSqlDatabase &db, const CallbackRecord &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO callbacks (event_id, order_id, dialect, event, url, endpoint, body, state, "
                             "attempts, max_attempts, next_attempt_ms, created_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)"));
    q.addBindValue(r.eventId);
    q.addBindValue(r.orderId ? QVariant(*r.orderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(r.dialect);
    q.addBindValue(r.event);
    q.addBindValue(r.url);
    q.addBindValue(r.endpoint);
    q.addBindValue(QString::fromUtf8(r.body));
    q.addBindValue(r.maxAttempts);
    q.addBindValue(r.nextAttemptMs);
    q.addBindValue(r.createdMs);
    if (!q.exec())
        return dbError(QStringLiteral("queueing callback"), q);
    return q.lastInsertId().toLongLong();
}

Result<QList<CallbackRecord>> Outbox::due(
    const QSqlDatabase &db, qint64 nowMs, int limit, const QStringList &skipEndpoints)
{
    QString skip;
    if (!skipEndpoints.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < skipEndpoints.size(); ++i)
            marks << QStringLiteral("?");
        skip = QStringLiteral(" AND endpoint NOT IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE state = 'pending' AND next_attempt_ms <= ?%2 "
                             "ORDER BY next_attempt_ms, id LIMIT %3")
                  .arg(columns, skip)
                  .arg(std::clamp(limit, 1, 10000)));
    q.addBindValue(nowMs);
    for (const QString &e : skipEndpoints)
        q.addBindValue(e);
    if (!q.exec())
        return dbError(QStringLiteral("reading due callbacks"), q);
    return readAll(q);
}

Result<std::optional<qint64>> Outbox::nextDue(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MIN(next_attempt_ms) FROM callbacks WHERE state = 'pending'")))
        return dbError(QStringLiteral("reading next callback"), q);
    if (!q.next() || q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<CallbackRecord> Outbox::recordAttempt(
    QSqlDatabase &db, qint64 callbackId, const CallbackAttempt &a, double jitter)
{
    auto current = byId(db, callbackId);
    if (!current.ok())
        return current.error();
    if (!current->has_value())
        return makeError(
            ErrorCode::NotFound, QStringLiteral("no callback %1").arg(callbackId), tr("The callback is gone."));
    CallbackRecord r = **current;
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO callback_attempts (callback_id, started_ms, duration_ms, http_status, "
                               "response_body, error, acknowledged) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    log.addBindValue(callbackId);
    log.addBindValue(a.startedMs);
    log.addBindValue(a.durationMs);
    log.addBindValue(a.httpStatus);
    log.addBindValue(nn(a.responseBody.left(4096)));
    log.addBindValue(nn(a.error));
    log.addBindValue(a.acknowledged ? 1 : 0);
    if (!log.exec())
        return dbError(QStringLiteral("logging callback attempt"), log);
    if (r.state != CallbackState::Pending)
        return r; // resolved meanwhile (a resend raced a late answer)
    r.attempts += 1;
    const qint64 finished = a.startedMs + a.durationMs;
    if (a.acknowledged) {
        r.state = CallbackState::Delivered;
        r.deliveredMs = finished;
        r.lastError.clear();
    } else {
        r.lastError = !a.error.isEmpty()
            ? a.error
            : QStringLiteral("HTTP %1: %2").arg(a.httpStatus).arg(a.responseBody.left(200));
        if (r.attempts >= r.maxAttempts)
            r.state = CallbackState::Failed;
        else
            r.nextAttemptMs = finished + backoffMs(r.attempts, jitter);
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE callbacks SET state = ?, attempts = ?, next_attempt_ms = ?, delivered_ms = ?, "
                             "last_error = ? WHERE id = ?"));
    q.addBindValue(callbackStateName(r.state));
    q.addBindValue(r.attempts);
    q.addBindValue(r.nextAttemptMs);
    q.addBindValue(r.deliveredMs ? QVariant(*r.deliveredMs) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nn(r.lastError));
    q.addBindValue(callbackId);
    if (!q.exec())
        return dbError(QStringLiteral("updating callback"), q);
    return r;
}

Result<void> Outbox::resend(QSqlDatabase &db, qint64 callbackId, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE callbacks SET state = 'pending', next_attempt_ms = ?, "
                             "max_attempts = attempts + 5, delivered_ms = NULL WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(callbackId);
    if (!q.exec())
        return dbError(QStringLiteral("resending callback"), q);
    if (q.numRowsAffected() != 1)
        return makeError(
            ErrorCode::NotFound, QStringLiteral("no callback %1").arg(callbackId), tr("The callback is gone."));
    return {};
}

Result<std::optional<CallbackRecord>> Outbox::byId(const QSqlDatabase &db, qint64 callbackId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE id = ?").arg(columns));
    q.addBindValue(callbackId);
    if (!q.exec())
        return dbError(QStringLiteral("reading callback"), q);
    auto all = readAll(q);
    if (!all.ok())
        return all.error();
    if (all->isEmpty())
        return std::optional<CallbackRecord>();
    return std::optional<CallbackRecord>(all->first());
}

Result<QList<CallbackRecord>> Outbox::byOrder(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE order_id = ? ORDER BY id").arg(columns));
    q.addBindValue(orderId);
    if (!q.exec())
        return dbError(QStringLiteral("reading callbacks"), q);
    return readAll(q);
}

Result<QList<CallbackRecord>> Outbox::failed(const QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE state = 'failed' ORDER BY id DESC LIMIT %2")
                  .arg(columns)
                  .arg(std::clamp(limit, 1, 10000)));
    if (!q.exec())
        return dbError(QStringLiteral("reading failed callbacks"), q);
    return readAll(q);
}

Result<QList<CallbackAttempt>> Outbox::attempts(const QSqlDatabase &db, qint64 callbackId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, callback_id, started_ms, duration_ms, http_status, response_body, error, "
                             "acknowledged FROM callback_attempts WHERE callback_id = ? ORDER BY id"));
    q.addBindValue(callbackId);
    if (!q.exec())
        return dbError(QStringLiteral("reading callback attempts"), q);
    QList<CallbackAttempt> out;
    while (q.next())
        out.append(CallbackAttempt {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toInt() != 0});
    return out;
}

} // namespace kassa::notify
