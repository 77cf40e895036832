// TronBalanceReader: reads the TRC-20 balances of some addresses on Tron —
// balanceOf(address) of every configured token through
// /wallet/triggerconstantcontract, one call at a time (full nodes have no
// batches, and public ones rate-limit). Runs on a thread of its own.
#pragma once

#include "chain/Balances.h"
#include "chain/ChainJob.h"
#include "net/NetworkFactory.h"

#include <QFuture>
#include <QStringList>

namespace kassa::chain::tron {

class TronClient;

class TronBalanceReader : public BalanceJob
{
    Q_OBJECT

public:
    //! One reading per (address, token), addresses first. Addresses that do
    //! not parse come back with an error. `factory` must outlive the read.
    static QFuture<QList<BalanceReading>> run(const ChainSettings &settings, const net::NetworkFactory &factory,
        const QStringList &addresses, int timeoutMs = 15000);

private:
    TronBalanceReader(ChainSettings settings, const net::NetworkFactory &factory, QStringList addresses, int timeoutMs);
    void begin() override;
    void readNext(qsizetype next);

    const net::NetworkFactory &m_factory;
    TronClient *m_client = nullptr;
};

} // namespace kassa::chain::tron
