#include "engine/WalletAddressSource.h"

#include <QMutexLocker>

namespace kassa::engine {

void WalletAddressSource::setChainFamilies(const QHash<QString, chain::ChainFamily> &families)
{
    QMutexLocker lock(&m_mutex);
    m_families = families;
}

void WalletAddressSource::setWalletAddresses(chain::ChainFamily family, const QStringList &addresses)
{
    QMutexLocker lock(&m_mutex);
    m_wallets.insert(family, addresses);
}

void WalletAddressSource::setFallback(const QString &chain, const QStringList &addresses)
{
    m_fallback.setShared(chain, addresses);
}

QStringList WalletAddressSource::sharedAddresses(const QString &chain, const QString &token) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto family = m_families.constFind(chain);
        if (family != m_families.cend()) {
            const QStringList fromWallets = m_wallets.value(*family);
            if (!fromWallets.isEmpty())
                return fromWallets;
        }
    }
    return m_fallback.sharedAddresses(chain, token);
}

Result<QString> WalletAddressSource::allocateDedicated(const QString &chain, const QString &token)
{
    return m_fallback.allocateDedicated(chain, token);
}

} // namespace kassa::engine
