// AnvilNode: a real Ethereum node (anvil, from npm) started by a test on a
// free loopback port, with helpers to call it, mine, snapshot, reorg and
// deploy the test tokens of contracts/TestTokens.sol.
#pragma once

#include "base/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace kassa::test {

class AnvilNode
{
public:
    struct Options {
        quint64 chainId = 31337;
        int blockTimeSeconds = 0; //!< 0: a block per transaction (automine)
        QString loadState; //!< --load-state FILE
        QString dumpState; //!< --dump-state FILE (written on exit)
        QStringList extraArgs;
    };

    //! Anvil's default accounts (mnemonic "test test … junk").
    static constexpr const char *kAccount0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    static constexpr const char *kAccount1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    AnvilNode() = default;
    ~AnvilNode();
    AnvilNode(const AnvilNode &) = delete;
    AnvilNode &operator=(const AnvilNode &) = delete;

    //! Starts anvil and waits until it answers eth_chainId (≤ 20 s).
    Result<void> start(const Options &options);
    Result<void> start() { return start(Options {}); }
    //! SIGTERM (anvil writes --dump-state then) and wait.
    void stop();
    //! SIGKILL: a crash, no state written.
    void kill();
    bool isRunning() const;

    QUrl httpUrl() const;
    QUrl wsUrl() const;
    quint16 port() const { return m_port; }

    //! One JSON-RPC call; the JSON-RPC error (if any) becomes the Error.
    Result<QJsonValue> rpc(const QString &method, const QJsonArray &params = {});

    Result<quint64> blockNumber();
    Result<void> mine(int blocks = 1);
    Result<QString> snapshot();
    Result<void> revert(const QString &snapshotId);
    //! anvil_reorg: replaces the last `depth` blocks with empty ones.
    Result<void> reorg(int depth);

    //! Compiled test contracts: {"TestToken": {"abi": …, "bytecode": "0x…"}, …}.
    static Result<QJsonObject> contracts();
    //! Deploys `contract` (TestToken, FeeToken, RevertingToken) with the
    //! given decimals from account 0; returns its address (lower-case hex).
    Result<QString> deployToken(const QString &contract, int decimals);
    //! Sends a transaction from an unlocked default account and waits for
    //! its receipt; returns the receipt.
    Result<QJsonObject> sendTransaction(const QString &from, const QString &to, const QByteArray &data,
        const QString &valueHex = QStringLiteral("0x0"));
    //! ERC-20 helpers on a deployed test token (amounts as decimal strings).
    Result<QJsonObject> mint(const QString &token, const QString &to, const QString &amount);
    Result<QJsonObject> transfer(const QString &token, const QString &from, const QString &to, const QString &amount);

    //! ABI helpers for tests: a 32-byte word of an address / a decimal amount.
    static QByteArray abiAddress(const QString &address);
    static QByteArray abiUint(const QString &decimal);

    QString log() const;

private:
    Result<QJsonObject> waitForReceipt(const QString &txHash);

    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    int m_nextId = 1;
};

} // namespace kassa::test
