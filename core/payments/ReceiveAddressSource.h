// ReceiveAddressSource: where orders get their receive addresses. The wallets
// module supplies the real one (enabled shared addresses of a chain and
// asset, and fresh HD addresses for dedicated orders); StaticAddressSource
// is a fixed list for configuration and tests.
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace kassa::payments {

class ReceiveAddressSource
{
public:
    virtual ~ReceiveAddressSource() = default;
    //! The enabled shared receive addresses for `token` on `chain`, in the
    //! order orders should fill them (canonical text form). Thread-safe.
    virtual QStringList sharedAddresses(const QString &chain, const QString &token) const = 0;
    //! A fresh address that no other order or customer has used, for a
    //! dedicated-address order. The caller starts watching it. Thread-safe.
    virtual Result<QString> allocateDedicated(const QString &chain, const QString &token) = 0;
    //! A fresh address for a customer's deposits (watched forever).
    virtual Result<QString> allocateDeposit(const QString &chain, const QString &token)
    {
        return allocateDedicated(chain, token);
    }
};

//! A fixed set of shared addresses per chain (any token) and an optional
//! pool of addresses handed out once each as dedicated addresses.
class StaticAddressSource final : public ReceiveAddressSource
{
    Q_DECLARE_TR_FUNCTIONS(kassa::payments::StaticAddressSource)

public:
    void setShared(const QString &chain, const QStringList &addresses);
    void addDedicatedPool(const QString &chain, const QStringList &addresses);

    QStringList sharedAddresses(const QString &chain, const QString &token) const override;
    Result<QString> allocateDedicated(const QString &chain, const QString &token) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QStringList> m_shared;
    QHash<QString, QStringList> m_pool;
};

} // namespace kassa::payments
