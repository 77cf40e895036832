#include "wallets/WalletStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kassa::wallets {

namespace {

Error queryError(const char *what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text()),
        QCoreApplication::translate("kassa::wallets::WalletStore", "The database refused a wallet change: %1")
            .arg(query.lastError().text()));
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

const QString kWalletColumns = QStringLiteral(
    "id, label, family, kind, role, account, key_ref, xpub, next_index, created_at_ms");
const QString kAddressColumns = QStringLiteral(
    "id, wallet_id, family, address_index, address, label, created_at_ms");

Result<WalletRecord> readWallet(const QSqlQuery &q)
{
    WalletRecord w;
    w.id = q.value(0).toLongLong();
    w.label = q.value(1).toString();
    const auto family = Wallets::familyFromName(q.value(2).toString());
    const auto kind = Wallets::kindFromName(q.value(3).toString());
    const auto role = Wallets::roleFromName(q.value(4).toString());
    if (!family || !kind || !role) {
        return makeError(ErrorCode::Database, QStringLiteral("wallet %1 has an unknown family, kind or role").arg(w.id),
            QCoreApplication::translate("kassa::wallets::WalletStore",
                "Wallet %1 was written by a newer version of Kassa.").arg(w.id));
    }
    w.family = *family;
    w.kind = *kind;
    w.role = *role;
    w.account = quint32(q.value(5).toLongLong());
    w.keyRef = q.value(6).toString();
    w.xpub = q.value(7).toString();
    w.nextIndex = quint32(q.value(8).toLongLong());
    w.createdAtMs = q.value(9).toLongLong();
    return w;
}

WalletAddress readAddress(const QSqlQuery &q)
{
    WalletAddress a;
    a.id = q.value(0).toLongLong();
    a.walletId = q.value(1).toLongLong();
    a.family = Wallets::familyFromName(q.value(2).toString()).value_or(chain::ChainFamily::Evm);
    if (!q.value(3).isNull())
        a.index = quint32(q.value(3).toLongLong());
    a.address = q.value(4).toString();
    a.label = q.value(5).toString();
    a.createdAtMs = q.value(6).toLongLong();
    return a;
}

Result<QList<WalletAddress>> selectAddresses(const QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM wallet_addresses %2 ORDER BY id").arg(kAddressColumns, where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError("reading wallet addresses", q);
    QList<WalletAddress> out;
    while (q.next())
        out.append(readAddress(q));
    return out;
}

} // namespace

Result<WalletRecord> WalletStore::insertWallet(const QSqlDatabase &db, const WalletRecord &wallet)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO wallets (label, family, kind, role, account, key_ref, xpub, next_index, "
                             "created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(wallet.label);
    q.addBindValue(QLatin1String(Wallets::familyName(wallet.family)));
    q.addBindValue(QLatin1String(Wallets::kindName(wallet.kind)));
    q.addBindValue(QLatin1String(Wallets::roleName(wallet.role)));
    q.addBindValue(qint64(wallet.account));
    q.addBindValue(nullable(wallet.keyRef));
    q.addBindValue(nullable(wallet.xpub));
    q.addBindValue(qint64(wallet.nextIndex));
    q.addBindValue(wallet.createdAtMs);
    if (!q.exec() || !q.next())
        return queryError("inserting wallet", q);
    WalletRecord out = wallet;
    out.id = q.value(0).toLongLong();
    return out;
}

Result<WalletAddress> WalletStore::insertAddress(const QSqlDatabase &db, const WalletAddress &address)
{
    auto existing = findAddress(db, address.family, address.address);
    if (!existing.ok())
        return existing.error();
    if (existing.value()) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("address already belongs to wallet %1").arg(existing.value()->walletId),
            QCoreApplication::translate("kassa::wallets::WalletStore", "The address %1 already belongs to a wallet.")
                .arg(Wallets::displayAddress(address.family, address.address)),
            QCoreApplication::translate("kassa::wallets::WalletStore", "Each address can belong to one wallet only."));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO wallet_addresses (wallet_id, family, address_index, address, label, "
                             "created_at_ms) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(address.walletId);
    q.addBindValue(QLatin1String(Wallets::familyName(address.family)));
    q.addBindValue(address.index ? QVariant(qint64(*address.index)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(address.address);
    q.addBindValue(address.label.isNull() ? QStringLiteral("") : address.label);
    q.addBindValue(address.createdAtMs);
    if (!q.exec() || !q.next())
        return queryError("inserting wallet address", q);
    WalletAddress out = address;
    out.id = q.value(0).toLongLong();
    return out;
}

Result<QList<WalletRecord>> WalletStore::wallets(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM wallets ORDER BY id").arg(kWalletColumns)))
        return queryError("reading wallets", q);
    QList<WalletRecord> out;
    while (q.next()) {
        auto w = readWallet(q);
        if (!w.ok())
            return w.error();
        out.append(w.value());
    }
    return out;
}

Result<std::optional<WalletRecord>> WalletStore::wallet(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM wallets WHERE id = ?").arg(kWalletColumns));
    q.addBindValue(id);
    if (!q.exec())
        return queryError("reading wallet", q);
    if (!q.next())
        return std::optional<WalletRecord>();
    auto w = readWallet(q);
    if (!w.ok())
        return w.error();
    return std::optional<WalletRecord>(w.value());
}

Result<QList<WalletAddress>> WalletStore::addresses(const QSqlDatabase &db, qint64 walletId)
{
    return selectAddresses(db, QStringLiteral("WHERE wallet_id = ?"), {walletId});
}

Result<QList<WalletAddress>> WalletStore::allAddresses(const QSqlDatabase &db)
{
    return selectAddresses(db, {}, {});
}

Result<std::optional<WalletAddress>> WalletStore::findAddress(
    const QSqlDatabase &db, chain::ChainFamily family, const QString &canonical)
{
    auto found = selectAddresses(db, QStringLiteral("WHERE family = ? AND address = ?"),
        {QLatin1String(Wallets::familyName(family)), canonical});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return std::optional<WalletAddress>();
    return std::optional<WalletAddress>(found->first());
}

Result<void> WalletStore::setNextIndex(const QSqlDatabase &db, qint64 walletId, quint32 nextIndex)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE wallets SET next_index = ? WHERE id = ?"));
    q.addBindValue(qint64(nextIndex));
    q.addBindValue(walletId);
    if (!q.exec())
        return queryError("updating next index", q);
    return {};
}

Result<void> WalletStore::setLabel(const QSqlDatabase &db, qint64 walletId, const QString &label)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE wallets SET label = ? WHERE id = ?"));
    q.addBindValue(label);
    q.addBindValue(walletId);
    if (!q.exec())
        return queryError("updating wallet label", q);
    return {};
}

Result<void> WalletStore::setAddressLabel(const QSqlDatabase &db, qint64 addressId, const QString &label)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE wallet_addresses SET label = ? WHERE id = ?"));
    q.addBindValue(label);
    q.addBindValue(addressId);
    if (!q.exec())
        return queryError("updating address label", q);
    return {};
}

} // namespace kassa::wallets
