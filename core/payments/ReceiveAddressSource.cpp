#include "payments/ReceiveAddressSource.h"

#include <QMutexLocker>

namespace kassa::payments {

void StaticAddressSource::setShared(const QString &chain, const QStringList &addresses)
{
    QMutexLocker lock(&m_mutex);
    m_shared.insert(chain, addresses);
}

void StaticAddressSource::addDedicatedPool(const QString &chain, const QStringList &addresses)
{
    QMutexLocker lock(&m_mutex);
    m_pool[chain].append(addresses);
}

QStringList StaticAddressSource::sharedAddresses(const QString &chain, const QString &token) const
{
    Q_UNUSED(token);
    QMutexLocker lock(&m_mutex);
    return m_shared.value(chain);
}

Result<QString> StaticAddressSource::allocateDedicated(const QString &chain, const QString &token)
{
    Q_UNUSED(token);
    QMutexLocker lock(&m_mutex);
    auto it = m_pool.find(chain);
    if (it == m_pool.end() || it->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no dedicated address left for %1").arg(chain),
            tr("There is no fresh receive address left for %1.").arg(chain),
            tr("Add a wallet for this chain, or use shared addresses."));
    return it->takeFirst();
}

} // namespace kassa::payments
