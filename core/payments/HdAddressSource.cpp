#include "payments/HdAddressSource.h"

#include "crypto/Bip32.h"
#include "crypto/Bip44.h"
#include "store/Database.h"
#include "wallets/Wallet.h"
#include "wallets/WalletStore.h"

namespace kassa::payments {

HdAddressSource::HdAddressSource(std::shared_ptr<store::Database> database,
    QHash<QString, chain::ChainFamily> families, std::shared_ptr<ReceiveAddressSource> shared, const Clock &clock)
    : m_database(std::move(database)), m_families(std::move(families)), m_shared(std::move(shared)), m_clock(clock)
{
}

QStringList HdAddressSource::sharedAddresses(const QString &chain, const QString &token) const
{
    return m_shared ? m_shared->sharedAddresses(chain, token) : QStringList();
}

Result<QString> HdAddressSource::allocateDedicated(const QString &chain, const QString &token)
{
    Q_UNUSED(token);
    return allocate(chain, QStringLiteral("order"));
}

Result<QString> HdAddressSource::allocateDeposit(const QString &chain, const QString &token)
{
    Q_UNUSED(token);
    return allocate(chain, QStringLiteral("deposit"));
}

Result<QString> HdAddressSource::allocate(const QString &chain, const QString &label)
{
    const auto family = m_families.constFind(chain);
    if (family == m_families.cend())
        return makeError(ErrorCode::Config, QStringLiteral("fresh address: unknown chain %1").arg(chain),
            tr("Kassa does not watch the chain %1.").arg(chain), tr("Enable the chain in Settings → Chains."));
    QString out;
    const qint64 now = m_clock.nowMs();
    auto written = m_database->writeAndWait([&](QSqlDatabase &db) -> Result<void> {
        auto all = wallets::WalletStore::wallets(db);
        if (!all.ok())
            return all.error();
        const wallets::WalletRecord *wallet = nullptr;
        for (const auto &w : all.value()) {
            if (w.family == *family && w.role == wallets::WalletRole::Receiving && w.canDerive()
                && w.nextIndex <= crypto::ReceiveAddresses::MaxIndex) {
                wallet = &w;
                break;
            }
        }
        if (!wallet)
            return makeError(ErrorCode::NotFound, QStringLiteral("fresh address: no deriving receiving wallet for %1").arg(chain),
                tr("There is no receiving wallet for %1 that can make new addresses.").arg(chain),
                tr("Add an HD wallet or an xpub for this chain in Wallets, or use shared addresses."));
        auto xpub = crypto::ExtendedPublicKey::parse(wallet->xpub);
        if (!xpub.ok())
            return xpub.error();
        auto receive = crypto::ReceiveAddresses::fromXpub(xpub.value());
        if (!receive.ok())
            return receive.error();
        quint32 index = wallet->nextIndex;
        auto address = wallets::Wallets::deriveAddress(wallet->family, receive.value(), index);
        if (!address.ok() && index < crypto::ReceiveAddresses::MaxIndex) // BIP-32: skip an index without a key
            address = wallets::Wallets::deriveAddress(wallet->family, receive.value(), ++index);
        if (!address.ok())
            return address.error();
        wallets::WalletAddress a;
        a.walletId = wallet->id;
        a.family = wallet->family;
        a.index = index;
        a.address = address.value();
        a.label = label;
        a.createdAtMs = now;
        auto inserted = wallets::WalletStore::insertAddress(db, a);
        if (!inserted.ok())
            return inserted.error();
        out = inserted->address;
        return wallets::WalletStore::setNextIndex(db, wallet->id, index + 1);
    });
    if (!written.ok())
        return written.error();
    return out;
}

} // namespace kassa::payments
