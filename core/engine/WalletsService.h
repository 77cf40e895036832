// WalletsService: what the console and kassa-cli may ask of the wallets —
// list them and their addresses, create or import one, hand out the next
// receive address, label, and back the secrets up to an encrypted file or
// restore them. Every call is asynchronous and answers on the thread of
// `context`; nothing secret comes back except through revealWords().
#pragma once

#include "base/Result.h"
#include "chain/Balances.h"
#include "crypto/Mnemonic.h"
#include "wallets/Wallet.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace kassa::engine {

//! A wallet to create, as the wizard or kassa-cli gathered it. Nothing is
//! saved until WalletsService::create() is called with it.
struct NewWallet {
    QString label;
    wallets::WalletKind kind = wallets::WalletKind::Hd;
    wallets::WalletRole role = wallets::WalletRole::Receiving;
    //! Hd: one wallet per family, sharing the phrase. Xpub/Addresses: exactly one.
    QList<chain::ChainFamily> families;
    //! Hd only. Shared so the draft can be copied; wiped when the last copy goes.
    std::shared_ptr<const crypto::Mnemonic> mnemonic;
    //! Hd: false when Kassa made the phrase (audited as created), true when typed in (imported).
    bool imported = false;
    quint32 account = 0;
    QString xpub; //!< Xpub only
    QStringList addresses; //!< Addresses only, any accepted form
};

//! What a backup file held or received.
struct BackupSummary {
    int wallets = 0;
    int secrets = 0;
    int addresses = 0;
    int skipped = 0; //!< restore: wallets already present
};

class WalletsService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~WalletsService() override = default;

    using WalletsDone = std::function<void(Result<QList<wallets::WalletRecord>>)>;
    using AddressesDone = std::function<void(Result<QList<wallets::WalletAddress>>)>;
    using AddressDone = std::function<void(Result<wallets::WalletAddress>)>;
    using VoidDone = std::function<void(Result<void>)>;
    using BackupDone = std::function<void(Result<BackupSummary>)>;
    using WordsDone = std::function<void(Result<std::shared_ptr<crypto::Mnemonic>>)>;
    using BalancesDone = std::function<void(Result<QList<chain::BalanceReading>>)>;

    //! Every wallet, oldest first.
    virtual void wallets(QObject *context, WalletsDone done) = 0;
    //! A wallet's addresses, oldest first.
    virtual void addresses(qint64 walletId, QObject *context, AddressesDone done) = 0;
    //! Saves the phrase in the key store, then the wallets and their first
    //! receive address in the database with an audit entry — all or nothing:
    //! if the database refuses, the key store entry is removed again.
    //! Answers with the new wallets.
    virtual void create(const NewWallet &draft, QObject *context, WalletsDone done) = 0;
    //! Hands out the wallet's next receive address (hd and xpub wallets).
    virtual void deriveNext(qint64 walletId, QObject *context, AddressDone done) = 0;
    virtual void setLabel(qint64 walletId, const QString &label, QObject *context, VoidDone done) = 0;
    //! Reads the token balances of the wallet's addresses from the nodes of
    //! every enabled chain of its family: one reading per (chain, address,
    //! token); empty when no chain with tokens is enabled.
    virtual void balances(qint64 walletId, QObject *context, BalancesDone done) = 0;
    //! The recovery phrase of an hd wallet, for the reveal dialog (the
    //! caller has re-checked the operator's password); audited.
    virtual void revealWords(qint64 walletId, QObject *context, WordsDone done) = 0;
    //! Writes every wallet (phrases included) and the settings to `path`,
    //! sealed with `passphrase`; audited.
    virtual void exportBackup(const QString &path, const QString &passphrase, QObject *context, BackupDone done) = 0;
    //! Restores a backup: phrases into the key store, wallets and addresses
    //! into the database (wallets already present are skipped); audited.
    virtual void restoreBackup(const QString &path, const QString &passphrase, QObject *context, BackupDone done) = 0;
    //! Where secrets are kept, for the screen ("system keychain", …).
    virtual QString keyStoreName() const = 0;

Q_SIGNALS:
    //! The wallets can be read (the database finished opening).
    void ready();
    //! A wallet was added or changed: ask again.
    void walletsChanged();
    //! A receive address was added (watchers and orders pick it up).
    void addressAdded(const kassa::wallets::WalletAddress &address);
};

} // namespace kassa::engine

Q_DECLARE_METATYPE(kassa::engine::BackupSummary)
