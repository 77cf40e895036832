#include "payouts/PayoutWebhook.h"

#include "notify/EpusdtSignature.h"
#include "notify/Outbox.h"
#include "payouts/Payouts.h"

#include <QDateTime>
#include <QUuid>

namespace kassa::payouts {

Result<void> queuePayoutEvent(QSqlDatabase &db, const QString &payoutId, const QString &event, const QString &url,
    qint64 nowMs, int maxAttempts)
{
    if (url.isEmpty())
        return {};
    auto found = Payouts::find(db, payoutId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return {};
    const PayoutRequest &r = **found;
    using notify::RawJson;
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QByteArray("null") : RawJson::quote(text); };
    notify::CallbackRecord record;
    record.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.dialect = QStringLiteral("native");
    record.event = event;
    record.url = url;
    record.endpoint = notify::Outbox::endpointOf(url);
    if (record.endpoint.isEmpty())
        record.endpoint = QStringLiteral("invalid");
    const QByteArray data = "{\"id\":" + RawJson::quote(r.id) + ",\"status\":" + RawJson::quote(QLatin1String(payoutStateName(r.state)))
        + ",\"chain\":" + RawJson::quote(r.chain) + ",\"asset\":" + RawJson::quote(r.amount.asset().symbol)
        + ",\"amount\":" + RawJson::quote(r.amount.toString()) + ",\"destination\":" + RawJson::quote(r.destination)
        + ",\"reference\":" + orNull(r.reference) + ",\"tx_hash\":" + orNull(r.txHash)
        + ",\"failure_reason\":" + orNull(r.failureReason) + "}";
    record.body = "{\"id\":" + RawJson::quote(record.eventId) + ",\"type\":" + RawJson::quote(event) + ",\"created_at\":"
        + RawJson::quote(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs)) + ",\"data\":" + data + "}";
    record.maxAttempts = std::max(1, maxAttempts);
    record.nextAttemptMs = nowMs;
    record.createdMs = nowMs;
    auto queued = notify::Outbox::enqueue(db, record);
    if (!queued.ok())
        return queued.error();
    return {};
}

} // namespace kassa::payouts
