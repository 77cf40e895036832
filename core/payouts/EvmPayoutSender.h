// EvmPayoutSender: pays approved payouts on one EVM chain from its hot
// wallet, exactly once.
//
// For each approved payout, one at a time: read the chain (token and gas
// balance, both Tether blacklist getters for sender and destination, fee
// history, gas estimate, pending nonce), pass the final gate
// (Payouts::finalGate), sign through the PayoutSigner with the next nonce,
// and store the signed bytes, the nonce reservation and the "signed" state
// in one transaction — only then broadcast. The store refuses a second
// transaction for a payout and a second payout for a (sender, nonce), so a
// crash between storing and broadcasting can only lead to the same bytes
// being sent again by resume(); a failed transaction is reported failed and
// never re-signed with a new nonce. poll() follows receipts to completed
// (enough confirmations) or failed (reverted).
//
// Fees: EIP-1559, maxPriorityFee = the median tip of the last blocks
// (eth_feeHistory, 50th percentile; at least 1 gwei), maxFee = 2 × next
// base fee + tip, refused above Options::maxFeePerGasCap. Gas: eth_estimateGas
// plus Options::gasHeadroomPercent.
//
// Lives on a thread with an event loop; it waits for the store's writer
// between network answers (never on the GUI thread).
#pragma once

#include "base/Clock.h"
#include "money/UInt256.h"
#include "payouts/PayoutTypes.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace kassa::store {
class Database;
}
namespace kassa::chain::evm {
class JsonRpcClient;
struct EvmTransaction;
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

class EvmPayoutSender : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString chain; //!< chain id in Kassa ("ethereum", "local", …)
        std::uint64_t chainId = 1; //!< EIP-155 chain id
        money::UInt256 maxFeePerGasCap = money::UInt256::pow10(12); //!< 1000 gwei
        int gasHeadroomPercent = 25;
        int confirmations = 1;
        //! The merchant's native webhook URL: payout.broadcast,
        //! payout.completed and payout.failed are queued with each change.
        QString webhookUrl;
        //! Test builds only: called after a payout's signed bytes are stored and
        //! before they are broadcast; returning false stops the sender there,
        //! as a crash would.
        std::function<bool(const QString &payoutId)> afterPersist;
    };

    EvmPayoutSender(std::shared_ptr<store::Database> database, chain::evm::JsonRpcClient *rpc, PayoutSigner *signer,
        const Clock &clock, Options options, QObject *parent = nullptr);
    ~EvmPayoutSender() override;

    //! After a start: broadcasts again every stored transaction that has no
    //! receipt yet (the same bytes), then sends the approved payouts.
    void resume();
    //! Sends every approved payout of this chain, one after the other.
    void sendApproved();
    //! Follows receipts and confirmations once.
    void poll();
    bool isBusy() const { return m_busy; }
    bool isHalted() const { return m_halted; }

    static Result<QList<StoredPayoutTx>> transactions(const QSqlDatabase &db, const QString &chain);

Q_SIGNALS:
    //! The queue is empty (after sendApproved/resume/poll).
    void idle();
    void payoutChanged(const QString &payoutId, kassa::payouts::PayoutState state, const QString &reason);
    //! The test hook stopped the sender.
    void halted();

private:
    struct Job;
    void next();
    void start(const QString &payoutId);
    void probe(std::shared_ptr<Job> job);
    void gateAndSign(std::shared_ptr<Job> job);
    void persist(std::shared_ptr<Job> job);
    void broadcast(const StoredPayoutTx &tx, std::function<void()> then);
    void finishJob(const QString &payoutId, PayoutState state, const QString &reason);
    void failJob(std::shared_ptr<Job> job, const QString &reason);
    void pollAll(QList<StoredPayoutTx> txs, quint64 head);

    std::shared_ptr<store::Database> m_database;
    chain::evm::JsonRpcClient *m_rpc;
    PayoutSigner *m_signer;
    const Clock &m_clock;
    Options m_options;
    QStringList m_queue;
    bool m_busy = false;
    bool m_halted = false;
    QString m_from; //!< the hot wallet, EIP-55, once known
};

} // namespace kassa::payouts
