#include "payouts/PayoutSenderBase.h"

#include "audit/AuditActions.h"
#include "crypto/Hex.h"
#include "payouts/PayoutWebhook.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kassa::payouts {

namespace {

Error databaseError(const QString &what, const QSqlQuery &q)
{
    return makeError(ErrorCode::Database, QStringLiteral("payout sender: %1: %2").arg(what, q.lastError().text()),
        // The words the senders always had, so their translations apply.
        QCoreApplication::translate("kassa::payouts::EvmPayoutSender", "The database refused a payout change: %1")
            .arg(q.lastError().text()));
}

StoredPayoutTx txFromRow(const QSqlQuery &q)
{
    StoredPayoutTx t;
    t.payoutId = q.value(0).toString();
    t.chain = q.value(1).toString();
    t.from = q.value(2).toString();
    t.nonce = q.value(3).toULongLong();
    auto raw = crypto::Hex::decode(q.value(4).toString());
    t.raw = raw.ok() ? raw.value() : QByteArray();
    t.txHash = q.value(5).toString();
    t.state = q.value(6).toString();
    t.blockNumber = q.value(7).toLongLong();
    t.receiptStatus = q.value(8).toInt();
    t.lastError = q.value(9).toString();
    return t;
}

} // namespace

PayoutSenderBase::PayoutSenderBase(std::shared_ptr<store::Database> database, PayoutSigner *signer, const Clock &clock,
    Common common, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_signer(signer), m_clock(clock), m_common(std::move(common))
{
}

PayoutSenderBase::~PayoutSenderBase() = default;

Result<QList<StoredPayoutTx>> PayoutSenderBase::transactions(const QSqlDatabase &db, const QString &chain)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT payout_id, chain, from_address, nonce, raw_tx, tx_hash, state, block_number, receipt_status, "
                             "last_error FROM payout_transactions WHERE chain = ? ORDER BY from_address, nonce"));
    q.addBindValue(chain);
    if (!q.exec())
        return databaseError(QStringLiteral("list"), q);
    QList<StoredPayoutTx> out;
    while (q.next())
        out.append(txFromRow(q));
    return out;
}

std::optional<QList<StoredPayoutTx>> PayoutSenderBase::openTransactions() const
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return std::nullopt;
    auto txs = transactions(reader.value(), m_common.chain);
    if (!txs.ok())
        return std::nullopt;
    QList<StoredPayoutTx> open;
    for (const auto &t : *txs) {
        if (t.state == QLatin1String("signed") || t.state == QLatin1String("broadcast"))
            open << t;
    }
    return open;
}

void PayoutSenderBase::resume()
{
    if (m_halted)
        return;
    auto open = openTransactions();
    if (!open)
        return;
    // The same bytes again, in the stored order; the node keeps one copy.
    auto rest = std::make_shared<QList<StoredPayoutTx>>(std::move(*open));
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, rest, step]() {
        if (rest->isEmpty()) {
            sendApproved();
            return;
        }
        const StoredPayoutTx t = rest->takeFirst();
        broadcast(t, [step] { (*step)(); });
    };
    (*step)();
}

void PayoutSenderBase::sendApproved()
{
    if (m_halted)
        return;
    auto reader = m_database->reader();
    if (!reader.ok())
        return;
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT id FROM payout_requests WHERE state = 'approved' AND chain = ? ORDER BY updated_at_ms, id"));
    q.addBindValue(m_common.chain);
    if (q.exec()) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!m_queue.contains(id))
                m_queue << id;
        }
    }
    if (!m_busy)
        next();
}

void PayoutSenderBase::leave(const QString &payoutId, const QString &why)
{
    finish(payoutId, PayoutState::Approved, why);
}

void PayoutSenderBase::finish(const QString &payoutId, PayoutState state, const QString &reason)
{
    Q_EMIT payoutChanged(payoutId, state, reason);
    next();
}

void PayoutSenderBase::fail(const QString &payoutId, const QString &reason)
{
    const qint64 now = m_clock.nowMs();
    auto written = m_database->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        auto f = Payouts::fail(c, payoutId, reason, now);
        if (!f.ok())
            return f;
        return queuePayoutEvent(c, payoutId, QStringLiteral("payout.failed"), m_common.webhookUrl, now);
    });
    finish(payoutId, written.ok() ? PayoutState::Failed : PayoutState::Approved, reason);
}

void PayoutSenderBase::halt()
{
    m_halted = true;
    m_busy = false;
    Q_EMIT halted();
}

Result<void> PayoutSenderBase::reserveNonce(QSqlDatabase &db, const QString &chain, const QString &from, quint64 nextNonce)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM payout_nonces WHERE chain = ? AND address = ?"));
    del.addBindValue(chain);
    del.addBindValue(from);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO payout_nonces (chain, address, next_nonce) VALUES (?, ?, ?)"));
    ins.addBindValue(chain);
    ins.addBindValue(from);
    ins.addBindValue(qint64(nextNonce));
    if (!del.exec())
        return databaseError(QStringLiteral("reserve nonce"), del);
    if (!ins.exec())
        return databaseError(QStringLiteral("reserve nonce"), ins);
    return {};
}

Result<void> PayoutSenderBase::setTxState(QSqlDatabase &db, const QString &payoutId, const QString &state, qint64 blockNumber,
    int receiptStatus, const QString &error, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE payout_transactions SET state = ?, block_number = ?, receipt_status = ?, last_error = ?, "
                             "broadcast_at_ms = CASE WHEN broadcast_at_ms = 0 AND ? = 'broadcast' THEN ? ELSE broadcast_at_ms END "
                             "WHERE payout_id = ?"));
    q.addBindValue(state);
    q.addBindValue(blockNumber);
    q.addBindValue(receiptStatus);
    q.addBindValue(error.isNull() ? QStringLiteral("") : error);
    q.addBindValue(state);
    q.addBindValue(nowMs);
    q.addBindValue(payoutId);
    if (!q.exec())
        return databaseError(QStringLiteral("update tx"), q);
    return {};
}

Result<void> PayoutSenderBase::recordBroadcast(QSqlDatabase &db, const StoredPayoutTx &tx, const QJsonObject &detail,
    const QString &webhookUrl, qint64 nowMs)
{
    auto s = setTxState(db, tx.payoutId, QStringLiteral("broadcast"), 0, -1, QString(), nowMs);
    if (!s.ok())
        return s;
    auto b = Payouts::setState(db, tx.payoutId, PayoutState::Broadcast, tx.txHash, audit::action::PayoutBroadcast, detail, nowMs);
    if (!b.ok())
        return b;
    return queuePayoutEvent(db, tx.payoutId, QStringLiteral("payout.broadcast"), webhookUrl, nowMs);
}

void PayoutSenderBase::markSent(const StoredPayoutTx &tx, const QJsonObject &detail, qint64 nowMs)
{
    if (tx.state != QLatin1String("signed"))
        return;
    auto written = m_database->writeAndWait(
        [&](QSqlDatabase &c) -> Result<void> { return recordBroadcast(c, tx, detail, m_common.webhookUrl, nowMs); });
    if (written.ok())
        Q_EMIT payoutChanged(tx.payoutId, PayoutState::Broadcast, QString());
}

void PayoutSenderBase::keepWithError(const StoredPayoutTx &tx, const QString &why, qint64 nowMs)
{
    (void)m_database->writeAndWait(
        [&](QSqlDatabase &c) -> Result<void> { return setTxState(c, tx.payoutId, tx.state, 0, -1, why, nowMs); });
}

void PayoutSenderBase::markCompleted(const StoredPayoutTx &tx, qint64 block, const QJsonObject &detail, qint64 nowMs)
{
    auto written = m_database->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        auto s = setTxState(c, tx.payoutId, QStringLiteral("mined"), block, 1, QString(), nowMs);
        if (!s.ok())
            return s;
        auto done = Payouts::setState(c, tx.payoutId, PayoutState::Completed, tx.txHash, audit::action::PayoutComplete, detail, nowMs);
        if (!done.ok())
            return done;
        return queuePayoutEvent(c, tx.payoutId, QStringLiteral("payout.completed"), m_common.webhookUrl, nowMs);
    });
    if (written.ok())
        Q_EMIT payoutChanged(tx.payoutId, PayoutState::Completed, QString());
}

void PayoutSenderBase::markFailed(const StoredPayoutTx &tx, qint64 block, int receiptStatus, const QString &txError,
    const QString &payoutReason, const QString &reported, qint64 nowMs)
{
    auto written = m_database->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        auto s = setTxState(c, tx.payoutId, QStringLiteral("failed"), block, receiptStatus, txError, nowMs);
        if (!s.ok())
            return s;
        auto f = Payouts::fail(c, tx.payoutId, payoutReason, nowMs);
        if (!f.ok())
            return f;
        return queuePayoutEvent(c, tx.payoutId, QStringLiteral("payout.failed"), m_common.webhookUrl, nowMs);
    });
    if (written.ok())
        Q_EMIT payoutChanged(tx.payoutId, PayoutState::Failed, reported);
}

} // namespace kassa::payouts
