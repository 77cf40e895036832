// EvmBalanceReader: reads the ERC-20 balances of some addresses on one EVM
// chain — balanceOf(address) of every configured token, sent as JSON-RPC
// batches of eth_call at "latest". Runs on a thread of its own.
#pragma once

#include "chain/Balances.h"
#include "chain/ChainJob.h"
#include "net/NetworkFactory.h"

#include <QFuture>
#include <QStringList>

namespace kassa::chain::evm {

class JsonRpcClient;

class EvmBalanceReader : public BalanceJob
{
    Q_OBJECT

public:
    //! One reading per (address, token), addresses first. Addresses that do
    //! not parse come back with an error. `factory` must outlive the read.
    static QFuture<QList<BalanceReading>> run(const ChainSettings &settings, const net::NetworkFactory &factory,
        const QStringList &addresses, int timeoutMs = 15000);

    //! Requests per JSON-RPC batch (public nodes refuse large batches).
    static constexpr int BatchSize = 50;

private:
    EvmBalanceReader(ChainSettings settings, const net::NetworkFactory &factory, QStringList addresses, int timeoutMs);
    void begin() override;
    void sendBatch(qsizetype from);

    const net::NetworkFactory &m_factory;
    JsonRpcClient *m_rpc = nullptr;
};

} // namespace kassa::chain::evm
