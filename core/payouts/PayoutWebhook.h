// PayoutWebhook: the native webhook of a payout's state change
// (spec/storefront-api.md: payout.broadcast, payout.completed,
// payout.failed, …), queued in the notify outbox on the connection of the
// transaction that changes the state, so the event and the change commit
// together. The body carries what an API client may see of the payout.
#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace kassa::payouts {

//! Queues `event` ("payout.completed", …) for payout `payoutId` as it is now
//! to `url`; nothing when `url` is empty.
Result<void> queuePayoutEvent(QSqlDatabase &db, const QString &payoutId, const QString &event, const QString &url,
    qint64 nowMs, int maxAttempts = 10);

} // namespace kassa::payouts
