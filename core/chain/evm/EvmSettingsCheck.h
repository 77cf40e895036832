// EvmSettingsCheck: checks an EVM chain's settings against the nodes
// before they are saved — every HTTP and WebSocket endpoint answers
// eth_chainId with the configured id, and every token contract answers
// decimals() with the configured number. What is wrong comes back per
// field, for the inline errors of Settings → Chains. Runs on a thread of
// its own; never on the GUI thread.
#pragma once

#include "chain/ChainJob.h"
#include "chain/ChainSettings.h"
#include "chain/evm/JsonRpcClient.h"
#include "net/NetworkFactory.h"

#include <QFuture>

namespace kassa::chain::evm {

class JsonRpcSocket;

class EvmSettingsCheck : public SettingsCheckJob
{
    Q_OBJECT

public:
    //! Starts the check on a new thread. The future is fulfilled there:
    //! continue with .then(context, …). `factory` must outlive the check.
    static QFuture<ChainCheckResult> run(
        const ChainSettings &settings, const net::NetworkFactory &factory, int timeoutMs = 10000);

private:
    EvmSettingsCheck(ChainSettings settings, const net::NetworkFactory &factory, int timeoutMs);
    void begin() override;
    void checkHttp();
    void checkTokens(int endpoint);
    void checkSockets();
    void checkSocket(int index);

    const net::NetworkFactory &m_factory;
    JsonRpcClient *m_rpc = nullptr;
};

} // namespace kassa::chain::evm
