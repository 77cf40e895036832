// WalletAddressSource: the desktop engine's ReceiveAddressSource. Orders on
// a chain are paid to the receive addresses of the wallets with the
// receiving role of that chain's family (EVM or Tron); the engine pushes
// them in whenever the wallets change. A chain without such a wallet falls
// back to the `[payments] addresses.<chain>` keys of kassa.conf.
#pragma once

#include "chain/ChainSettings.h"
#include "payments/ReceiveAddressSource.h"

#include <QHash>
#include <QMap>
#include <QMutex>

namespace kassa::engine {

class WalletAddressSource final : public payments::ReceiveAddressSource
{
public:
    //! Which family each chain id belongs to ("bsc" → EVM).
    void setChainFamilies(const QHash<QString, chain::ChainFamily> &families);
    //! The wallets' receiving addresses of one family, in the order orders fill them.
    void setWalletAddresses(chain::ChainFamily family, const QStringList &addresses);
    //! The configured addresses of one chain, used while it has no wallet address.
    void setFallback(const QString &chain, const QStringList &addresses);

    QStringList sharedAddresses(const QString &chain, const QString &token) const override;
    //! Dedicated (per-order) addresses come from the deposit-address work;
    //! until then the configured pool, if any.
    Result<QString> allocateDedicated(const QString &chain, const QString &token) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, chain::ChainFamily> m_families;
    QMap<chain::ChainFamily, QStringList> m_wallets;
    payments::StaticAddressSource m_fallback;
};

} // namespace kassa::engine
