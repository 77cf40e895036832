// HdAddressSource: fresh receive addresses from the profile's wallets for
// dedicated-address orders and deposit addresses. Each allocation takes the
// next index of the chain family's first receiving wallet that can derive
// (an HD wallet, or a watch-only one with an xpub), stores the address in
// wallet_addresses and moves the wallet's next index on, in one
// transaction — so an address is handed out once, also across restarts.
// No key is touched: addresses come from the account xpub. Shared addresses
// come from another source (the [payments] addresses.<chain> keys).
#pragma once

#include "base/Clock.h"
#include "chain/ChainSettings.h"
#include "payments/ReceiveAddressSource.h"

#include <QHash>

#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::payments {

class HdAddressSource final : public ReceiveAddressSource
{
    Q_DECLARE_TR_FUNCTIONS(kassa::payments::HdAddressSource)

public:
    //! `families`: chain id → its family ("ethereum" → Evm, "tron" → Tron).
    HdAddressSource(std::shared_ptr<store::Database> database, QHash<QString, chain::ChainFamily> families,
        std::shared_ptr<ReceiveAddressSource> shared, const Clock &clock = SystemClock::instance());

    QStringList sharedAddresses(const QString &chain, const QString &token) const override;
    Result<QString> allocateDedicated(const QString &chain, const QString &token) override;
    Result<QString> allocateDeposit(const QString &chain, const QString &token) override;

private:
    Result<QString> allocate(const QString &chain, const QString &label);

    std::shared_ptr<store::Database> m_database;
    QHash<QString, chain::ChainFamily> m_families;
    std::shared_ptr<ReceiveAddressSource> m_shared;
    const Clock &m_clock;
};

} // namespace kassa::payments
