// DemoNetwork: Kassa's demo — a local Ethereum test chain (anvil, installed
// from npm by `make`) started as a child process that Kassa owns and stops,
// a test USDT (6 decimals, resources/demo/DemoUsdt.sol) deployed on it, and
// the demo profile configured to take orders on it. The money is not real:
// every key comes from anvil's published development mnemonic.
//
// Asynchronous (progress(), then ready() or failed()); startBlocking() is for
// kassa-cli and tests.
#pragma once

#include "base/Result.h"
#include "money/UInt256.h"
#include "net/NetworkFactory.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace kassa::chain::evm {
class JsonRpcClient;
}

namespace kassa::demo {

//! What the demo chain offers once it runs.
struct DemoChain {
    QUrl httpUrl;
    QUrl wsUrl;
    QString token; //!< the test USDT's contract (lower-case hex)
    QString payoutAddress; //!< the funded payout wallet (dev account 0)
    QStringList customers; //!< dev accounts 1 … 9: funded, unlocked on the node
    QStringList receiveAddresses; //!< where demo orders are paid
};

class DemoNetwork : public QObject
{
    Q_OBJECT

public:
    //! anvil's development mnemonic: public, so everything on the demo chain is play money.
    static constexpr const char *kMnemonic = "test test test test test test test test test test test junk";
    static constexpr quint64 kChainId = 31337;
    static constexpr int kDecimals = 6;
    //! Receive addresses are m/44'/60'/0'/0/(kReceiveFirstIndex + i).
    static constexpr int kReceiveFirstIndex = 100;
    static constexpr int kReceiveCount = 20;

    //! The steps of starting the demo, in order. DemoNetwork reports the
    //! first four through progress(); the kassa program reports the rest as
    //! it opens the console on the demo profile (ui::DemoStartupWindow).
    enum class Step {
        StartingNode, //!< anvil starts; Kassa waits until it answers
        ReusingChain, //!< the saved chain already has the test USDT
        DeployingToken, //!< the test USDT's creation is sent
        FundingAccounts, //!< the token exists; the mints are being mined
        WritingSettings, //!< the demo profile's kassa.conf
        OpeningProfile, //!< the engine opens the demo profile's database
        StartingListener, //!< the storefront's REST listener
        StartingSimulator, //!< the storefront simulator
    };
    Q_ENUM(Step)

    //! Where anvil is: $KASSA_ANVIL, the npm cache folder `make` fills
    //! (tests/node/node_modules), or `anvil` on the PATH. Empty if none.
    static QString anvilPath();
    //! The demo profile next to the default one (<data>/kassa-demo).
    static QString defaultDirectory();
    //! The creation bytecode of DemoUsdt (compiled ahead of time).
    static QByteArray tokenBytecode();
    //! Where the token lands: the first contract dev account 0 creates.
    static QString tokenAddress();
    //! Dev account `index` (m/44'/60'/0'/0/index) of the mnemonic, EIP-55.
    static Result<QString> devAddress(int index);
    //! Does `configPath` belong to a demo profile ([demo] enabled=true)?
    static bool isDemoConfig(const QString &configPath);

    //! `directory` is the demo profile; the chain's state is kept there.
    explicit DemoNetwork(QString directory, QObject *parent = nullptr);
    ~DemoNetwork() override;

    //! Starts anvil, deploys and funds on a fresh chain; ready() or failed().
    void start();
    //! start() and wait (kassa-cli, tests): not for the GUI thread.
    Result<DemoChain> startBlocking(int timeoutMs = 60000);
    //! Stops the node (its state is written to the profile first).
    void stop();
    bool isRunning() const;
    const DemoChain &chain() const { return m_chain; }
    QString directory() const { return m_directory; }

    //! Writes the demo profile's kassa.conf: the local chain at this node,
    //! Epusdt orders on it, the REST listener on loopback, and the DEMO mark.
    Result<void> configureProfile() const;
    //! The demo storefront's Epusdt token (<profile>/epusdt-token, owner-only,
    //! made on first use).
    static Result<QByteArray> epusdtToken(const QString &directory);

    //! Sends `units` of the test USDT from an unlocked dev account (a
    //! customer) to `to`; the future holds the transaction hash.
    QFuture<Result<QString>> pay(const QString &from, const QString &to, const money::UInt256 &units);

Q_SIGNALS:
    //! start() has reached `step` (StartingNode … FundingAccounts).
    void progress(kassa::demo::DemoNetwork::Step step);
    void ready();
    void failed(const kassa::Error &error);
    //! The node exited on its own after ready().
    void stopped();

private:
    void fail(const Error &error);
    void waitForNode(int attempt);
    void deployAndFund();
    void waitForReceipts(QStringList hashes, int attempt, bool deployed);
    void finishReady();
    //! A reply or timer of an earlier start() (stopped, or started again since).
    bool stale(quint64 run) const { return m_stopping || run != m_run; }

    QString m_directory;
    DemoChain m_chain;
    net::NetworkFactory m_network;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<chain::evm::JsonRpcClient> m_rpc;
    quint16 m_port = 0;
    bool m_ready = false;
    bool m_stopping = false;
    quint64 m_run = 0; //!< counts start() and stop() calls
};

} // namespace kassa::demo

Q_DECLARE_METATYPE(kassa::demo::DemoChain)
