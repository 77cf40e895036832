// PayoutRunner: sends the approved payouts. For every enabled chain whose
// family has a payout wallet (wallets with the payout role, see
// payouts::KeyRingPayoutSigner) it runs one sender — EvmPayoutSender with a
// JsonRpcClient, TronPayoutSender with a TronClient — on a thread of its own
// with an event loop; the senders wait for the store's writer between node
// answers, never on the GUI thread.
//
// Each sender resumes once at start (stored signed bytes go out again, the
// same bytes), then sends the approved payouts whenever sendApproved() is
// called (the engine calls it on every PayoutsService change) and every
// `[payouts] interval_seconds`, and follows its transactions every poll
// interval of its chain while any is signed or broadcast. One call runs at a
// time per chain; calls that arrive meanwhile are merged into the next.
//
// What keeps a chain from paying (no payout wallet, a watch-only one, a
// locked key store, a missing key entry) is in statuses(); why a payout
// failed is stored with the payout by the sender.
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "chain/ChainSettings.h"
#include "net/NetworkFactory.h"
#include "payouts/PayoutTypes.h"
#include "wallets/Wallet.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace kassa::store {
class Database;
}
namespace kassa::keys {
class KeyRing;
class KeyStore;
}
namespace kassa::payouts {
class KeyRingPayoutSigner;
}

namespace kassa::engine {

//! The `[payouts]` group of kassa.conf (doc/config.md).
struct PayoutRunnerSettings {
    bool enabled = true; //!< false: approved payouts wait (another instance sends them)
    QString webhookUrl; //!< payout.* webhooks; `[payments] webhook_url` when not set
    int intervalSeconds = 30; //!< how often approved payouts are looked for without a change signal

    static Result<PayoutRunnerSettings> load(const QString &configPath);
};

//! One chain's sender as the console shows it.
struct PayoutSenderStatus {
    QString chain;
    QString chainName;
    QString fromAddress; //!< the hot wallet it pays from; empty when there is none
    bool running = false;
    QString problem; //!< translated; empty while nothing keeps it from paying
};

class PayoutRunner : public QObject
{
    Q_OBJECT

public:
    struct Options {
        PayoutRunnerSettings settings;
        //! Test builds only (kassa-cli serve's fault injection): called on the
        //! sender's thread after a payout's signed bytes are stored and before
        //! they are broadcast; false stops that sender there.
        std::function<bool(const QString &payoutId)> afterPersist;
    };

    //! `keys` must outlive the runner.
    PayoutRunner(QList<chain::ChainSettings> chains, std::shared_ptr<store::Database> database, keys::KeyStore *keys,
        const Clock &clock, Options options, QObject *parent = nullptr);
    ~PayoutRunner() override;

    //! Reads the payout wallets (off this thread), then starts a sender per
    //! chain that can pay; started() when done.
    void start();
    //! Stops every sender and joins its thread. Safe to call twice.
    void stop();
    //! Stops and starts again with `chains` and the wallets as stored now
    //! (a chain's settings or the wallets changed).
    void restart(QList<chain::ChainSettings> chains);
    //! Sends the approved payouts on every running chain (coalesced).
    void sendApproved();

    QList<PayoutSenderStatus> statuses() const;
    //! One translated line per chain that cannot pay now (for the Payouts page).
    QStringList problems() const;
    bool isRunning(const QString &chain) const;

Q_SIGNALS:
    void started();
    void statusesChanged();
    void payoutChanged(const QString &payoutId, kassa::payouts::PayoutState state, const QString &reason);
    //! The fault-injection hook stopped the chain's sender.
    void halted(const QString &chain);

private:
    class Lane;
    struct Running {
        QThread *thread = nullptr;
        Lane *lane = nullptr;
    };

    void startLanes(const QList<wallets::WalletRecord> &wallets);
    void setProblem(const QString &chain, const QString &problem);
    void onPayoutChanged(const QString &chain, const QString &payoutId, payouts::PayoutState state, const QString &reason);

    QList<chain::ChainSettings> m_chains;
    std::shared_ptr<store::Database> m_database;
    const Clock &m_clock;
    Options m_options;
    net::NetworkFactory m_network;
    keys::KeyRing *m_ring; // child
    std::unique_ptr<payouts::KeyRingPayoutSigner> m_signer;
    QHash<QString, Running> m_running;
    QHash<QString, PayoutSenderStatus> m_statuses;
    quint64 m_generation = 0; //!< a wallet read that comes back after stop()/restart() is dropped
};

} // namespace kassa::engine
