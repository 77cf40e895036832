// WalletStore: the wallets and wallet_addresses tables (migration 0005).
// Functions take the connection they run on: writes belong inside a
// Database::write() transaction, reads on a Database::reader(). Nothing
// secret passes through here.
#pragma once

#include "wallets/Wallet.h"

#include <QSqlDatabase>

namespace kassa::wallets {

class WalletStore
{
public:
    //! Inserts `wallet` (id ignored) and returns it with its new id.
    static Result<WalletRecord> insertWallet(const QSqlDatabase &db, const WalletRecord &wallet);
    //! Inserts an address (id ignored); an address that already belongs to
    //! a wallet of the family is refused with a clear error.
    static Result<WalletAddress> insertAddress(const QSqlDatabase &db, const WalletAddress &address);
    static Result<QList<WalletRecord>> wallets(const QSqlDatabase &db);
    static Result<std::optional<WalletRecord>> wallet(const QSqlDatabase &db, qint64 id);
    //! A wallet's addresses, oldest first.
    static Result<QList<WalletAddress>> addresses(const QSqlDatabase &db, qint64 walletId);
    //! Every wallet's addresses (for the chain watchers' sets).
    static Result<QList<WalletAddress>> allAddresses(const QSqlDatabase &db);
    static Result<std::optional<WalletAddress>> findAddress(
        const QSqlDatabase &db, chain::ChainFamily family, const QString &canonical);
    static Result<void> setNextIndex(const QSqlDatabase &db, qint64 walletId, quint32 nextIndex);
    static Result<void> setLabel(const QSqlDatabase &db, qint64 walletId, const QString &label);
    static Result<void> setAddressLabel(const QSqlDatabase &db, qint64 addressId, const QString &label);
};

} // namespace kassa::wallets
