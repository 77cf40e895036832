// EvmWatcher: the ChainWatcher of every Ethereum-family chain (Ethereum,
// BSC, Polygon, Arbitrum, Base, a local test node) — one code path, the
// differences are in ChainSettings.
//
// What it does, on its own thread:
//  - checks every HTTP endpoint's eth_chainId before using it (a wrong chain
//    halts: that endpoint belongs to another network) and reads decimals()
//    of each configured token (a mismatch halts);
//  - follows the head with eth_subscribe("newHeads") over WebSocket, and
//    polls eth_getBlockByNumber("latest") when there is no WebSocket or it
//    keeps failing;
//  - keeps the unfinalized blocks in a BlockWindow (reference/chains.md
//    §1.6): a parent-hash mismatch walks back, the blocks that left the
//    chain have their transfers orphaned, the new ones are applied;
//  - fetches Transfer logs per block by blockHash (EIP-234), with topics[2]
//    = the watched addresses (or all, filtered here, when the set is too big
//    for a topic list), skipping blocks whose logsBloom rules them out;
//  - after a restart or a long outage catches up from the stored cursor:
//    reconciles the stored tip, scans the final zone with chunked
//    eth_getLogs ranges (the chunk adapts to the provider's limits) and the
//    unfinalized zone block by block, then goes live;
//  - stores each matching log as a transfer with the exact value, updates
//    confirmations every block and finality by the "finalized" tag (or a
//    depth), and only then emits transfersChanged().
//
// Every answer from a node is checked; a malformed or lying one (wrong
// types, a block other than the one asked for, duplicate logs) is a logged
// fault of that endpoint, which cools down while the next one is asked.
// Nothing is stored from an answer that failed a check.
#pragma once

#include "base/Clock.h"
#include "chain/ChainSettings.h"
#include "chain/ChainWatcher.h"
#include "chain/WatchedAddresses.h"
#include "chain/evm/BlockWindow.h"
#include "chain/evm/EvmDecode.h"
#include "chain/evm/JsonRpcClient.h"
#include "chain/evm/JsonRpcSocket.h"
#include "net/NetworkFactory.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace kassa::store {
class Database;
}

namespace kassa::chain::evm {

class EvmWatcher final : public ChainWatcher
{
    Q_OBJECT

public:
    struct Options {
        int rpcTimeoutMs = 15000;
        qint64 cooldownBaseMs = 1000; //!< an endpoint's first pause after a fault
        int maxWalk = 64; //!< reorg/gap walk-back before switching to a catch-up
        int topicListLimit = 1000; //!< more watched addresses: no topic filter, match here
        int batchSize = 20; //!< headers or block logs per JSON-RPC batch
        quint64 maxLogRange = 2000; //!< eth_getLogs range in the final zone (adapts down)
        int retryBaseMs = 500; //!< pause after a failed round, doubled up to retryMaxMs
        int retryMaxMs = 30000;
        int recheckEndpointsMs = 60000; //!< how often unverified endpoints are tried again
        int wsAttemptsBeforeNext = 3; //!< failed WebSocket attempts before the next URL
        JsonRpcSocket::Options socket;
    };

    EvmWatcher(ChainSettings settings, std::shared_ptr<store::Database> database,
        std::shared_ptr<const WatchedAddresses> addresses, const net::NetworkFactory &factory, const Clock &clock,
        Options options, QObject *parent = nullptr);
    EvmWatcher(ChainSettings settings, std::shared_ptr<store::Database> database,
        std::shared_ptr<const WatchedAddresses> addresses, const net::NetworkFactory &factory, const Clock &clock,
        QObject *parent = nullptr);
    ~EvmWatcher() override;

    QString chainId() const override { return m_settings.id; }
    //! The latest status (on the watcher's thread).
    WatcherStatus status() const { return m_status; }

public Q_SLOTS:
    void start() override;
    void stop() override;

Q_SIGNALS:
    //! A head arrived from the node (newHeads or a poll), before any work on
    //! it: for the latency benchmark and tests (std::chrono::steady_clock ns).
    void headArrived(quint64 number, qint64 steadyNs);
    //! The logs of the new blocks up to `tipNumber` arrived (the node's
    //! answer complete, not yet parsed): for the benchmark, which tells the
    //! node's time from the watcher's own with it.
    void logsArrived(quint64 tipNumber, qint64 steadyNs);

private:
    struct Ingest;
    struct CatchUp;
    struct Committed;
    struct Batches;

    // connect
    void verifyEndpoints();
    void checkTokens();
    void goLive();
    // head sources
    void openSocket();
    void onSocketConnected();
    void onSocketDisconnected(const QString &reason);
    void onNotification(const QString &subscriptionId, const QJsonValue &result);
    void poll();
    void updatePolling();
    // live blocks
    void onHead(const BlockHeader &header);
    void processNext();
    void ingestHead(const BlockHeader &header);
    void fillGap(std::shared_ptr<Ingest> ingest, const BlockHeader &head);
    void offerHeader(std::shared_ptr<Ingest> ingest, const BlockHeader &header);
    void fetchParent(std::shared_ptr<Ingest> ingest, const QByteArray &hash);
    void fetchLogs(std::shared_ptr<Ingest> ingest);
    void finishIngest(std::shared_ptr<Ingest> ingest, QList<store::TransferRecord> records,
        std::optional<BlockHeader> finalizedHeader);
    void abortIngest(std::shared_ptr<Ingest> ingest, const QString &reason, bool endpointFault);
    // catch-up
    void startCatchUp();
    void catchUpHeads(std::shared_ptr<CatchUp> c);
    void catchUpReconcile(std::shared_ptr<CatchUp> c);
    void catchUpOrphanCheck(std::shared_ptr<CatchUp> c);
    void catchUpRange(std::shared_ptr<CatchUp> c);
    void catchUpBase(std::shared_ptr<CatchUp> c);
    void catchUpBlocks(std::shared_ptr<CatchUp> c);
    void catchUpFailed(std::shared_ptr<CatchUp> c, const QString &reason);
    // store
    void commit(const QStringList &orphanedHashes, const QList<store::TransferRecord> &records, const BlockRef &tip,
        const BlockRef &finalized, std::function<void(bool)> done);
    // helpers
    void runBatches(QList<RpcRequest> calls, std::function<void(QList<RpcReply>)> done);
    void runBatchesFrom(std::shared_ptr<Batches> state);
    QJsonObject logFilter();
    void refreshFilter();
    bool bloomMayMatch(const QByteArray &bloom);
    std::optional<store::TransferRecord> toRecord(const TransferLog &log, quint64 tipNumber);
    //! Checks a logs answer for the block `hash`/`number` (or the range).
    bool decodeLogs(const RpcReply &reply, const QString &what, const QByteArray &blockHash, quint64 fromBlock,
        quint64 toBlock, QList<TransferLog> *out, QString *problem);
    void badAnswer(const RpcReply &reply, const QString &problem);
    void setError(const QString &english, const QString &display);
    void clearError();
    void publishStatus();
    void halt(const Error &error);
    void retryLater(std::function<void()> again);
    template<typename T, typename F>
    void then(QFuture<T> future, F &&fn);

    ChainSettings m_settings;
    std::shared_ptr<store::Database> m_database;
    std::shared_ptr<const WatchedAddresses> m_addresses;
    const net::NetworkFactory &m_factory;
    const Clock &m_clock;
    Options m_options;

    quint64 m_epoch = 0; //!< bumped by stop(): late answers of an old run are dropped
    bool m_running = false;
    bool m_halted = false;
    JsonRpcClient *m_rpc = nullptr;
    JsonRpcSocket *m_socket = nullptr;
    int m_wsIndex = 0;
    int m_wsFailedAttempts = 0;
    QString m_subscriptionId;
    QString m_httpEndpoint; //!< host:port of the HTTP endpoint that answered last
    QTimer m_pollTimer;
    QTimer m_retryTimer;
    QTimer m_recheckTimer;
    int m_retryAttempt = 0;

    std::optional<BlockWindow> m_window; //!< as committed; empty until caught up
    QSet<qint64> m_seenIds; //!< ids of this chain's 'seen' rows, as committed
    bool m_busy = false;
    bool m_catchUpWanted = false;
    std::optional<BlockHeader> m_pendingHead;
    QElapsedTimer m_sinceFinalizedRefresh;
    bool m_finalizedTagSupported = true;
    quint64 m_logRange = 0;

    struct Token {
        Address20 address {};
        QString canonical;
        int decimals = 0;
    };
    QList<Token> m_tokens;
    // Derived from the watched set, rebuilt when its generation moves.
    quint64 m_filterGeneration = ~quint64(0);
    QJsonValue m_topicFilter; //!< topics[2]: array of padded addresses, or null
    QList<QByteArray> m_bloomItems; //!< addresses (tokens, or watched ones) to test in blooms
    QList<std::array<quint16, 3>> m_bloomBits; //!< their bloom bits
    int m_catchUpRestarts = 0;

    WatcherStatus m_status;
};

//! Whether a 2048-bit logs bloom may contain `item` (an address or topic).
bool bloomContains(const QByteArray &bloom, const QByteArray &item);

//! The block range an eth_getLogs range error suggests (chains.md §1.4), or
//! 0 when the message gives no hint.
quint64 suggestedLogRange(const QString &message, quint64 current);

} // namespace kassa::chain::evm
