// Outbox: the durable callback queue. A callback is written in the same
// transaction as the order change that causes it (so a crash can neither
// lose it nor send one for a change that did not commit), then delivered by
// the CallbackDispatcher until the storefront acknowledges it or the tries
// run out; every attempt is logged (callback_attempts).
//
// Functions take the connection they run on: writes inside a
// Database::write() transaction, reads on a Database::reader().
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kassa::payments {
struct Order;
}

namespace kassa::notify {

enum class CallbackState { Pending, Delivered, Failed };
QString callbackStateName(CallbackState state);

struct CallbackRecord {
    qint64 id = 0;
    QString eventId; //!< unique: idempotent receivers use it
    std::optional<qint64> orderId;
    QString dialect; //!< "epusdt" or "native"
    QString event; //!< "order.paid", …
    QString url;
    QString endpoint; //!< scheme://host:port — one queue per endpoint
    QByteArray body; //!< Epusdt: without the signature (added when sent)
    CallbackState state = CallbackState::Pending;
    int attempts = 0;
    int maxAttempts = 10;
    qint64 nextAttemptMs = 0;
    qint64 createdMs = 0;
    std::optional<qint64> deliveredMs;
    QString lastError;
};

struct CallbackAttempt {
    qint64 id = 0;
    qint64 callbackId = 0;
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    int httpStatus = 0; //!< 0: no HTTP answer (connection refused, timeout)
    QString responseBody; //!< the first 4 KiB
    QString error;
    bool acknowledged = false;
};

class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(kassa::notify::Outbox)

public:
    //! The wait before try `attempt` + 1 (attempt ≥ 1): 15 s, 1 min, 5 min,
    //! 15 min, 30 min, 1 h, 2 h, 6 h, 14 h (ten tries span about a day), with
    //! `jitter` in [0, 1) spreading it by ±10 %.
    static qint64 backoffMs(int attempt, double jitter);
    //! scheme://host:port of a URL (the per-endpoint queue key); empty if
    //! the URL is not http(s).
    static QString endpointOf(const QString &url);

    //! Queues the storefront callback for a paid order (Epusdt dialect for
    //! orders made through the Epusdt surface). False when the order has no
    //! notify URL, so nothing was queued.
    static Result<bool> enqueueOrderPaid(QSqlDatabase &db, const payments::Order &order, qint64 nowMs, int maxAttempts);
    //! Queues a native webhook event ("order.paid", …) for `order` to `url`:
    //! {"id":<event id>,"type":…,"created_at":…,"data":{the order}}.
    static Result<qint64> enqueueNativeOrderEvent(QSqlDatabase &db, const payments::Order &order, const QString &event,
        const QString &url, qint64 nowMs, int maxAttempts);
    //! Queues any callback.
    static Result<qint64> enqueue(QSqlDatabase &db, const CallbackRecord &record);

    //! Pending callbacks due at `nowMs`, oldest first, at most `limit`,
    //! leaving out those for `skipEndpoints` (busy ones).
    static Result<QList<CallbackRecord>> due(
        const QSqlDatabase &db, qint64 nowMs, int limit = 200, const QStringList &skipEndpoints = {});
    //! The earliest next attempt of a pending callback.
    static Result<std::optional<qint64>> nextDue(const QSqlDatabase &db);
    //! Logs an attempt and moves the callback on: delivered when
    //! acknowledged, failed when out of tries, else due again after backoff.
    static Result<CallbackRecord> recordAttempt(
        QSqlDatabase &db, qint64 callbackId, const CallbackAttempt &attempt, double jitter);
    //! Sends a callback again (operator): pending now, with five more tries.
    static Result<void> resend(QSqlDatabase &db, qint64 callbackId, qint64 nowMs);

    static Result<std::optional<CallbackRecord>> byId(const QSqlDatabase &db, qint64 callbackId);
    static Result<QList<CallbackRecord>> byOrder(const QSqlDatabase &db, qint64 orderId);
    //! Callbacks that gave up, newest first.
    static Result<QList<CallbackRecord>> failed(const QSqlDatabase &db, int limit = 200);
    static Result<QList<CallbackAttempt>> attempts(const QSqlDatabase &db, qint64 callbackId);
};

} // namespace kassa::notify

Q_DECLARE_METATYPE(kassa::notify::CallbackRecord)
Q_DECLARE_METATYPE(kassa::notify::CallbackAttempt)
