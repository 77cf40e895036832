// PayoutSenderBase: what EvmPayoutSender and TronPayoutSender share — the
// queue of approved payouts of one chain, resume() (the stored signed bytes
// sent again before anything new), the test hook that stops a sender as a
// crash would, and the store changes that end a payout's turn: left
// approved, failed, broadcast recorded, completed. Each sender keeps what is
// its chain's own: how a round is read, gated, signed, stored and sent, and
// how a receipt is judged.
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "payouts/PayoutTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace kassa::store {
class Database;
}

namespace kassa::payouts {

class PayoutSigner;

//! A stored payout transaction (migration 0007, payout_transactions).
struct StoredPayoutTx {
    QString payoutId;
    QString chain;
    QString from;
    quint64 nonce = 0;
    QByteArray raw;
    QString txHash;
    QString state; //!< signed, broadcast, mined, failed
    qint64 blockNumber = 0;
    int receiptStatus = -1;
    QString lastError;
};

class PayoutSenderBase : public QObject
{
    Q_OBJECT

public:
    ~PayoutSenderBase() override;

    //! After a start: broadcasts again every stored transaction that has no
    //! receipt yet (the same bytes), then sends the approved payouts.
    void resume();
    //! Sends every approved payout of this chain, one after the other.
    void sendApproved();
    //! Follows the stored transactions' receipts once.
    virtual void poll() = 0;
    bool isBusy() const { return m_busy; }
    bool isHalted() const { return m_halted; }

    //! The stored transactions of a chain, by sender and nonce.
    static Result<QList<StoredPayoutTx>> transactions(const QSqlDatabase &db, const QString &chain);

Q_SIGNALS:
    //! The queue is empty (after sendApproved/resume/poll).
    void idle();
    void payoutChanged(const QString &payoutId, kassa::payouts::PayoutState state, const QString &reason);
    //! The test hook stopped the sender.
    void halted();

protected:
    //! What every sender's Options has.
    struct Common {
        QString chain;
        QString webhookUrl;
        std::function<bool(const QString &payoutId)> afterPersist;
    };
    PayoutSenderBase(std::shared_ptr<store::Database> database, PayoutSigner *signer, const Clock &clock, Common common,
        QObject *parent);

    //! Takes the next payouts from the queue, or reports idle.
    virtual void next() = 0;
    //! Sends one stored transaction again and records what the node said, then `then`.
    virtual void broadcast(const StoredPayoutTx &tx, std::function<void()> then) = 0;

    //! This chain's stored transactions that have no receipt yet (signed or
    //! broadcast); nullopt when the store cannot be read.
    std::optional<QList<StoredPayoutTx>> openTransactions() const;

    //! The payout stays approved (for the next round); reports why and goes on.
    void leave(const QString &payoutId, const QString &why);
    //! Reports the payout's new state and goes on.
    void finish(const QString &payoutId, PayoutState state, const QString &reason);
    //! Fails the payout before anything was signed (and queues payout.failed), then goes on.
    void fail(const QString &payoutId, const QString &reason);

    //! True when the test hook says to stop after `payoutId`'s bytes were stored.
    bool hookStops(const QString &payoutId) const { return m_common.afterPersist && !m_common.afterPersist(payoutId); }
    //! Stops as a crash would: nothing more is sent until a new sender resumes.
    void halt();

    //! The node took a stored transaction: "broadcast" recorded (once, from
    //! "signed") with `detail` in the audit log, and reported.
    void markSent(const StoredPayoutTx &tx, const QJsonObject &detail, qint64 nowMs);
    //! The node refused it: kept as it is with the error, sent again later.
    void keepWithError(const StoredPayoutTx &tx, const QString &why, qint64 nowMs);
    //! Included and paid: the transaction mined, the payout completed (`detail` audited).
    void markCompleted(const StoredPayoutTx &tx, qint64 block, const QJsonObject &detail, qint64 nowMs);
    //! Never paying: the transaction failed with `txError`, the payout failed
    //! with `payoutReason`; reported with `reported`.
    void markFailed(const StoredPayoutTx &tx, qint64 block, int receiptStatus, const QString &txError,
        const QString &payoutReason, const QString &reported, qint64 nowMs);

    //! The statements markSent() runs, for a sender that records on the store's writer without waiting.
    static Result<void> recordBroadcast(QSqlDatabase &db, const StoredPayoutTx &tx, const QJsonObject &detail,
        const QString &webhookUrl, qint64 nowMs);
    //! Records `nextNonce` as the wallet's next free nonce (on Tron: sequence number).
    static Result<void> reserveNonce(QSqlDatabase &db, const QString &chain, const QString &from, quint64 nextNonce);
    static Result<void> setTxState(QSqlDatabase &db, const QString &payoutId, const QString &state, qint64 blockNumber,
        int receiptStatus, const QString &error, qint64 nowMs);

    std::shared_ptr<store::Database> m_database;
    PayoutSigner *m_signer;
    const Clock &m_clock;
    const Common m_common;
    QStringList m_queue;
    bool m_busy = false;
    bool m_halted = false;
};

} // namespace kassa::payouts
