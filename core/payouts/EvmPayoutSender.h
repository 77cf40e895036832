// EvmPayoutSender: pays approved payouts on one EVM chain from its hot
// wallet, exactly once.
//
// Approved payouts go in rounds of up to Options::batchSize: one JSON-RPC
// batch reads the chain for the round (gas balance, fee history and the
// pending nonce once; token balance and the sender's Tether blacklist status
// once per token; per payout the destination's blacklist status and a gas
// estimate, a question two payouts share asked once); one transaction passes
// the final gate for each payout (FinalGateRound: Payouts::finalGate with
// the policy, the address book and the day's totals read once for the
// round) against the balances the payouts before it leave; the PayoutSigner
// signs them with consecutive nonces in one call (signEvmAll: the key read
// and derived once for the round, wiped after); one transaction stores
// every signed transaction, the nonce reservation and the "signed" states —
// only then one batch of eth_sendRawTransaction broadcasts them in nonce
// order, and one transaction records "broadcast" — queued to the store's
// writer while the next round reads the chain (the signed bytes are durable
// already; a lost record only means the same bytes are sent again). Three
// durable commits a round instead of three a payout. The store refuses a second
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

#include "money/UInt256.h"
#include "payouts/PayoutSenderBase.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>

#include <functional>
#include <memory>

namespace kassa::chain::evm {
class JsonRpcClient;
struct EvmTransaction;
}

namespace kassa::payouts {

class EvmPayoutSender final : public PayoutSenderBase
{
    Q_OBJECT

public:
    struct Options {
        QString chain; //!< chain id in Kassa ("ethereum", "local", …)
        std::uint64_t chainId = 1; //!< EIP-155 chain id
        money::UInt256 maxFeePerGasCap = money::UInt256::pow10(12); //!< 1000 gwei
        int gasHeadroomPercent = 25;
        int confirmations = 1;
        //! Payouts per round (one chain read, three commits, one broadcast batch).
        int batchSize = 64;
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

    //! Follows receipts and confirmations once.
    void poll() override;

    //! Where the rounds' time went since the sender was made, in nanoseconds
    //! of wall time per phase (each phase counts from the end of the one
    //! before it, so the event-loop hop into a phase is counted with it).
    struct PhaseTimes {
        qint64 pick = 0; //!< reading the round's payouts from the store
        qint64 chainRead = 0; //!< the round's JSON-RPC read batch and its checks
        qint64 gate = 0; //!< the final gate's transaction
        qint64 signing = 0; //!< building and signing the transactions (key read and derivation included)
        qint64 store = 0; //!< the transaction that stores the signed bytes
        qint64 broadcast = 0; //!< the eth_sendRawTransaction batch
        qint64 record = 0; //!< the transaction that records "broadcast" (queued; counted: the wait for it)
        int rounds = 0;
        int signedPayouts = 0;
        qint64 total() const { return pick + chainRead + gate + signing + store + broadcast + record; }
    };
    const PhaseTimes &phaseTimes() const { return m_phase; }

private:
    struct Job;
    void next() override;
    void leaveRound(const QList<std::shared_ptr<Job>> &jobs, const QString &why);
    void probe(const QList<PayoutRequest> &round);
    void gateAndSign(QList<std::shared_ptr<Job>> jobs, QHash<QString, money::UInt256> balances, money::UInt256 gas,
        quint64 pendingNonce);
    void signRound(QList<std::shared_ptr<Job>> jobs, quint64 nonce);
    void persist(QList<std::shared_ptr<Job>> jobs);
    void broadcastRound(QList<std::shared_ptr<Job>> jobs);
    void broadcast(const StoredPayoutTx &tx, std::function<void()> then) override;
    //! Waits for the last round's "broadcast" record and reports it.
    void finishRecord();
    void pollAll(QList<StoredPayoutTx> txs, quint64 head);

    chain::evm::JsonRpcClient *m_rpc;
    Options m_options;
    QString m_from; //!< the hot wallet, EIP-55, once known
    QElapsedTimer m_roundTimer; //!< the phases of a round (phaseTimes() and the debug log)
    PhaseTimes m_phase;
    struct PendingRecord {
        bool pending = false;
        QFuture<Result<void>> future;
        QStringList sent; //!< reported broadcast once the record is committed
    } m_record;
    //! Adds the time since the last lap to `phase`, logs it and starts the next lap.
    void lap(qint64 PhaseTimes::*phase, const char *what, qsizetype payouts);
};

} // namespace kassa::payouts
