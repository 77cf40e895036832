// ChainManager: runs one watcher per enabled chain, each on a thread of its
// own, and turns what they report into what the console shows — chain
// statuses for the status bar and the pending-confirmations list for the
// dashboard — and into one stream of committed transfers for whoever
// credits them (orders, deposits).
//
// Watchers are made by a per-family plugin (EVM and Tron, in
// chainFamilies()), so nothing else needs a chain special case. The
// sets of watched addresses live here, one per family (every EVM chain
// shares one; Tron's uses the same 20-byte form), and may be changed from
// any thread while the watchers run.
#pragma once

#include "base/Clock.h"
#include "chain/Balances.h"
#include "chain/ChainSettings.h"
#include "chain/ChainWatcher.h"
#include "chain/WatchedAddresses.h"
#include "engine/ConsoleService.h"
#include "net/NetworkFactory.h"
#include "store/TransferStore.h"

#include <QFuture>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QReadWriteLock>
#include <QSet>

#include <functional>
#include <memory>

class QThread;

namespace kassa::store {
class Database;
}

namespace kassa::money {
class UInt256;
}

namespace kassa::keys {
class KeyStore;
}

namespace kassa::engine {

//! What a family's watcher factory gets.
struct WatcherContext {
    chain::ChainSettings settings;
    std::shared_ptr<store::Database> database;
    std::shared_ptr<const chain::WatchedAddresses> addresses;
    const net::NetworkFactory &network;
    const Clock &clock;
};

//! How a chain family plugs in: a watcher factory and, optionally, a check
//! of its settings against the nodes (Settings → Chains calls it before
//! saving). Without a check, settings are validated offline only.
struct ChainFamilyPlugin {
    std::function<chain::ChainWatcher *(const WatcherContext &context)> createWatcher;
    std::function<QFuture<chain::ChainCheckResult>(const chain::ChainSettings &, const net::NetworkFactory &)>
        checkSettings;
    //! Reads the token balances of addresses on one chain; optional.
    std::function<QFuture<QList<chain::BalanceReading>>(
        const chain::ChainSettings &, const net::NetworkFactory &, const QStringList &addresses)>
        readBalances;
};

//! The families this build knows: EVM and Tron.
QMap<chain::ChainFamily, ChainFamilyPlugin> chainFamilies();

class ChainManager : public QObject
{
    Q_OBJECT

public:
    ChainManager(QList<chain::ChainSettings> chains, std::shared_ptr<store::Database> database,
        const Clock &clock = SystemClock::instance(), net::NetworkPolicy network = {}, QObject *parent = nullptr);
    ~ChainManager() override;

    //! Replaces a family's plugin (tests: a watcher with short timeouts).
    void setFamilyPlugin(chain::ChainFamily family, ChainFamilyPlugin plugin);

    //! Where the secrets of chain settings live (Tron's TronGrid API key),
    //! under apiKeyId(chain). With a store, start() reads each Tron chain's
    //! key from it before that watcher starts, and the engine keeps the key
    //! out of kassa.conf. Not owned; set before start().
    void setKeyStore(keys::KeyStore *store) { m_keyStore = store; }
    keys::KeyStore *keyStore() const { return m_keyStore; }
    static QString apiKeyId(const QString &chainId);
    //! Stores (or, when empty, removes) a chain's API key in the key store;
    //! `done` runs on this object's thread.
    void storeApiKey(const QString &chainId, const QString &key, std::function<void(Result<void>)> done);

    //! Starts a watcher for every enabled chain and loads the pending list
    //! from the store (off this thread).
    void start();
    //! Stops every watcher and joins its thread. Safe to call twice.
    void stop();
    bool isRunning() const { return m_started; }

    //! The settings in use (every known chain, enabled or not).
    QList<chain::ChainSettings> chains() const { return m_chains; }
    //! Applies changed settings of one chain: its watcher stops, and starts
    //! again with the new settings if it is enabled.
    void applySettings(const chain::ChainSettings &settings);
    //! Validates offline, then asks the family's check (connects to the
    //! nodes) on a worker thread.
    QFuture<chain::ChainCheckResult> checkSettings(const chain::ChainSettings &settings) const;
    //! Reads the token balances of `addresses` on every enabled chain of
    //! `family` that lists tokens, on worker threads: one reading per
    //! (chain, address, token). Empty when no such chain is enabled.
    QFuture<QList<chain::BalanceReading>> readBalances(chain::ChainFamily family, const QStringList &addresses) const;

    // ---- watched addresses (any thread)
    //! The shared set of a family, for watchers and bulk loaders.
    std::shared_ptr<chain::WatchedAddresses> addresses(chain::ChainFamily family) const;
    //! Watches `address` (EVM: 0x…; Tron: T… or 41…) on every chain of the
    //! family, with an optional label for the dashboard. False if it does
    //! not parse.
    bool watchAddress(chain::ChainFamily family, const QString &address, const QString &label = {});
    bool watchAddress(chain::ChainFamily family, const chain::Address20 &address, const QString &label = {});
    bool unwatchAddress(chain::ChainFamily family, const chain::Address20 &address);
    QString addressLabel(chain::ChainFamily family, const chain::Address20 &address) const;

    // ---- what the console shows (this object's thread)
    QList<ChainStatus> statuses() const;
    //! Transfers waiting for finality, newest first.
    QList<PendingTransfer> pending() const;

    //! The exact decimal text of `value` units with `decimals` decimals:
    //! "13.92", "0.000000000000000001", "5" (no trailing zeros, no exponent).
    static QString formatAmount(const money::UInt256 &value, int decimals);

Q_SIGNALS:
    //! Rows of the transfers table as a watcher committed them, re-emitted
    //! on this object's thread: the hook for crediting orders and deposits.
    void transfersChanged(const QList<kassa::store::TransferRecord> &transfers);
    void statusesChanged();
    void pendingTransferChanged(const kassa::engine::PendingTransfer &transfer);
    void pendingTransferRemoved(qint64 id);
    //! A watcher stopped for good (wrong chain id, decimals, deep reorg).
    void chainHalted(const QString &chainId, const kassa::Error &error);

private:
    struct Running {
        QThread *thread = nullptr;
        chain::ChainWatcher *watcher = nullptr;
    };

    void startWatcher(const chain::ChainSettings &settings);
    void runWatcher(const chain::ChainSettings &settings);
    void stopWatcher(const QString &chainId);
    void onTransfers(const QList<store::TransferRecord> &rows);
    void onStatus(const chain::WatcherStatus &status);
    void onHalted(const QString &chainId, const Error &error);
    void loadPending(const QList<store::TransferRecord> &rows);
    std::optional<PendingTransfer> toPending(const store::TransferRecord &row) const;
    void upsertPending(const PendingTransfer &transfer);
    void removePending(qint64 id);
    std::optional<chain::ChainSettings> settingsOf(const QString &chainId) const;

    QList<chain::ChainSettings> m_chains;
    std::shared_ptr<store::Database> m_database;
    const Clock &m_clock;
    net::NetworkFactory m_network;
    QMap<chain::ChainFamily, ChainFamilyPlugin> m_families;
    QMap<chain::ChainFamily, std::shared_ptr<chain::WatchedAddresses>> m_addresses;
    mutable QReadWriteLock m_labelsLock;
    QHash<QByteArray, QString> m_labels; //!< family byte + 20 address bytes → label

    bool m_started = false;
    QHash<QString, Running> m_running;
    keys::KeyStore *m_keyStore = nullptr;
    QHash<QString, quint64> m_starts; //!< bumped per start/stop: a late key read is dropped
    QMap<QString, ChainStatus> m_statuses; //!< by chain id
    QHash<QString, quint64> m_required; //!< confirmations required, by chain id
    QMap<qint64, PendingTransfer> m_pending; //!< by row id
    QHash<QString, qint64> m_orphanedByKey; //!< chain|tx|log → id of a flagged orphaned row
    QSet<qint64> m_settled; //!< ids that left the list before the initial load came back
    bool m_pendingLoaded = false;
};

} // namespace kassa::engine
