// TronPayoutSender: pays approved payouts on a Tron chain (TRC-20 USDT)
// from its hot wallet, exactly once — the Tron twin of EvmPayoutSender,
// with the same calls and signals.
//
// For each approved payout, one at a time: read the chain (head block for
// the reference block, energy and bandwidth prices, the wallet's TRX, its
// energy and bandwidth, the token balance, both Tether blacklist getters
// for sender and destination, and a simulated transfer() for its energy),
// build the TriggerSmartContract locally (TronTransaction::trc20Transfer —
// nothing the node built is ever signed), pass the final gate, sign through
// the PayoutSigner, and store the signed bytes and the "signed" state in
// one transaction — only then broadcast with /wallet/broadcasthex.
//
// Fees: Tron burns TRX for the energy and bandwidth the wallet lacks. The
// energy is the simulation's plus Options::energyHeadroomPercent; what the
// wallet's own energy does not cover costs getEnergyFee sun per unit and
// must stay within Options::feeLimitSun (the transaction's fee_limit), or
// the payout waits. The fee estimate the gate compares with the TRX
// balance is that energy burn plus the bandwidth burn when the wallet's
// free and staked bandwidth do not cover the transaction.
//
// Tron has no nonces: the transaction is unique through its reference
// block and times, and it expires Options::lifetimeMs after the head
// block's time. payout_transactions.nonce holds a per-wallet sequence
// number instead (the table's uniqueness still holds). poll() reads the
// solidified receipt (/walletsolidity/gettransactioninfobyid): SUCCESS
// with the token's Transfer event of exactly this payout → completed;
// REVERT, OUT_OF_ENERGY or a missing event → failed with that reason. A
// transaction the solidified chain does not know once its expiration is
// past can never be included: the payout fails ("expired"), never
// re-signed on its own.
#pragma once

#include "payouts/PayoutSenderBase.h"

#include <functional>
#include <memory>

namespace kassa::chain::tron {
class TronClient;
}

namespace kassa::payouts {

class TronPayoutSender final : public PayoutSenderBase
{
    Q_OBJECT

public:
    struct Options {
        QString chain = QStringLiteral("tron"); //!< chain id in Kassa
        //! The transaction's fee_limit: the most TRX (in sun) its energy may burn.
        qint64 feeLimitSun = 100'000'000; //!< 100 TRX
        int energyHeadroomPercent = 20;
        //! expiration − timestamp of a transaction (TronWeb: 60 s).
        qint64 lifetimeMs = 10 * 60 * 1000;
        //! A head block older than this (by the local clock) is a stale node.
        qint64 maxHeadAgeMs = 2 * 60 * 1000;
        //! The merchant's native webhook URL: payout.broadcast,
        //! payout.completed and payout.failed are queued with each change.
        QString webhookUrl;
        //! Test builds only: called after a payout's signed bytes are stored and
        //! before they are broadcast; returning false stops the sender there,
        //! as a crash would.
        std::function<bool(const QString &payoutId)> afterPersist;
    };

    TronPayoutSender(std::shared_ptr<store::Database> database, chain::tron::TronClient *client, PayoutSigner *signer,
        const Clock &clock, Options options, QObject *parent = nullptr);
    ~TronPayoutSender() override;

    //! Reads the solidified receipts once.
    void poll() override;

private:
    struct Job;
    struct Probe;
    void next() override;
    void start(const QString &payoutId);
    void probe(std::shared_ptr<Job> job);
    void evaluate(std::shared_ptr<Job> job, std::shared_ptr<Probe> probe);
    void gateAndSign(std::shared_ptr<Job> job);
    void persist(std::shared_ptr<Job> job);
    void broadcast(const StoredPayoutTx &tx, std::function<void()> then) override;
    struct PollRound;
    void settle(std::shared_ptr<PollRound> round);

    chain::tron::TronClient *m_client;
    Options m_options;
    QString m_owner; //!< the hot wallet, base58, once known
};

} // namespace kassa::payouts
