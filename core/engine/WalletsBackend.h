// WalletsBackend: the engine's WalletsService over the store and a KeyRing.
// Reads run on the thread pool (each on its own read connection), writes on
// the database's single writer with their audit entry in the same
// transaction; key store calls run on this object's thread (QtKeychain jobs
// are asynchronous) and PBKDF2/scrypt on the pool.
//
// It also keeps the set of receive addresses per chain family in memory for
// the chain watchers and orders (receiveAddresses(), addressAdded()).
#pragma once

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "engine/WalletsService.h"
#include "keys/KeyRing.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::engine {

class WalletsBackend final : public WalletsService
{
    Q_OBJECT

public:
    //! `store` must outlive the backend. `actor` says who acts now, for the
    //! audit entries; `settings` gives the settings a backup carries.
    WalletsBackend(keys::KeyStore *store, const Clock &clock, std::function<audit::Actor()> actor,
        std::function<QJsonObject()> settings = {}, QObject *parent = nullptr);

    //! Set once the database is open: loads the addresses, then ready().
    void setDatabase(std::shared_ptr<store::Database> database);

    using BalanceReader =
        std::function<QFuture<QList<chain::BalanceReading>>(chain::ChainFamily family, const QStringList &addresses)>;
    //! Where balances() reads from (the engine's ChainManager); without
    //! one balances() answers an empty list.
    void setBalanceReader(BalanceReader reader) { m_balanceReader = std::move(reader); }
    //! Canonical receive addresses of every wallet of `family` (this thread).
    QStringList receiveAddresses(chain::ChainFamily family) const;
    //! Receive addresses of the wallets with the receiving role only: where
    //! orders may ask customers to pay (this thread).
    QStringList receivingAddresses(chain::ChainFamily family) const;
    //! The wallet label of a receive address, or empty.
    QString labelOf(chain::ChainFamily family, const QString &canonical) const;

    void wallets(QObject *context, WalletsDone done) override;
    void addresses(qint64 walletId, QObject *context, AddressesDone done) override;
    void create(const NewWallet &draft, QObject *context, WalletsDone done) override;
    void deriveNext(qint64 walletId, QObject *context, AddressDone done) override;
    void setLabel(qint64 walletId, const QString &label, QObject *context, VoidDone done) override;
    void balances(qint64 walletId, QObject *context, BalancesDone done) override;
    void revealWords(qint64 walletId, QObject *context, WordsDone done) override;
    void exportBackup(const QString &path, const QString &passphrase, QObject *context, BackupDone done) override;
    void restoreBackup(const QString &path, const QString &passphrase, QObject *context, BackupDone done) override;
    QString keyStoreName() const override;

    keys::KeyRing *keyRing() { return &m_ring; }

private:
    void addKnown(const QList<wallets::WalletAddress> &addresses, bool announce);
    std::shared_ptr<store::Database> database() const { return m_database; }

    const Clock &m_clock;
    std::function<audit::Actor()> m_actor;
    std::function<QJsonObject()> m_settings;
    keys::KeyRing m_ring;
    std::shared_ptr<store::Database> m_database;
    QHash<QString, QString> m_labels; //!< family name + ':' + address → wallet label
    QHash<qint64, QString> m_walletLabels;
    QHash<qint64, wallets::WalletRole> m_walletRoles;
    QHash<QString, qint64> m_addressWallets; //!< family name + ':' + address → wallet id
    QMap<chain::ChainFamily, QStringList> m_addresses;
    BalanceReader m_balanceReader;
};

} // namespace kassa::engine
