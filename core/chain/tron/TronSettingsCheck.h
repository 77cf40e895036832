// TronSettingsCheck: checks Tron's settings against the nodes before they
// are saved — every full-node endpoint answers /wallet/getnowblock, all of
// them serve the same network (the genesis block id, where they serve it),
// every token contract answers decimals() with the configured number, and
// TronGrid accepts the API key. What is wrong comes back per field for the
// inline errors of Settings → Chains. Runs on a thread of its own.
#pragma once

#include "chain/ChainJob.h"
#include "chain/ChainSettings.h"
#include "chain/tron/TronClient.h"
#include "net/NetworkFactory.h"

#include <QFuture>

namespace kassa::chain::tron {

class TronSettingsCheck : public SettingsCheckJob
{
    Q_OBJECT

public:
    //! Starts the check on a new thread. The future is fulfilled there:
    //! continue with .then(context, …). `factory` must outlive the check.
    static QFuture<ChainCheckResult> run(
        const ChainSettings &settings, const net::NetworkFactory &factory, int timeoutMs = 10000);

private:
    TronSettingsCheck(ChainSettings settings, const net::NetworkFactory &factory, int timeoutMs);
    void begin() override;
    void checkEndpoint(int index);
    void checkTokens();
    void checkGrid();

    const net::NetworkFactory &m_factory;
    QList<TronClient *> m_clients; //!< one per endpoint: no failover while checking
    int m_firstGood = -1;
    QString m_genesis; //!< hex id of block 0 as the first endpoint serving it said
};

} // namespace kassa::chain::tron
