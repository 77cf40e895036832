// TronWatcher: the ChainWatcher of Tron — TRC-20 transfers (USDT by
// default) to the watched addresses, from a full node's HTTP API, with
// TronGrid as a second source.
//
// What it does, on its own thread, once per poll (~one block, 3 s):
//  - asks /wallet/getnowblock for the head and /walletsolidity/getnowblock
//    for the solidified block;
//  - scans every block from the stored cursor up to the head with
//    /wallet/gettransactioninfobyblocknum: Transfer logs of a configured
//    contract to a watched address, in a transaction whose receipt says
//    SUCCESS, become transfer rows (tx id, log index within the transaction,
//    block number and id, exact value). Rows are stored, then signalled;
//  - keeps the ids of the unsolidified blocks it scanned and checks each new
//    block's parentHash: on a mismatch it walks back to the common block,
//    marks the rows of the blocks that left the chain orphaned and rescans;
//  - after a restart resumes from the cursor's solidified block, so a gap of
//    any length is backfilled block by block (blocks already solidified are
//    fetched by number only where they carry a match);
//  - confirms: a seen row whose block is solidified is final only when
//    /walletsolidity/gettransactioninfobyid shows the same block, receipt
//    SUCCESS and a Transfer log at the row's index with the same contract,
//    from, to and value. A receipt of REVERT, OUT_OF_ENERGY, … marks it
//    failed; a row whose block id changed is orphaned; one the solidified
//    view never learns of (vanished) is failed once its block is solidified
//    and `vanishAfterMs` has passed;
//  - asks TronGrid (when configured and the watched set is small) for each
//    watched address's TRC-20 history, as a cross-check every
//    `crossCheckIntervalMs` and for a catch-up longer than `gridCatchUpBlocks`:
//    a transaction it names that the store lacks is looked up in the
//    solidified view and stored only from the node's answer, never from
//    TronGrid's row alone.
//
// Every answer is decoded strictly (TronDecode); a faulty endpoint cools
// down and the next one is asked (TronClient). Nothing is stored from an
// answer that failed a check.
#pragma once

#include "base/Clock.h"
#include "chain/ChainSettings.h"
#include "chain/ChainWatcher.h"
#include "chain/WatchedAddresses.h"
#include "chain/tron/TronClient.h"
#include "net/NetworkFactory.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace kassa::store {
class Database;
}

namespace kassa::chain::tron {

class TronWatcher final : public ChainWatcher
{
    Q_OBJECT

public:
    struct Options {
        TronClient::Options client;
        int maxBlocksPerRound = 200; //!< then the next round starts at once
        //! How long a transaction the solidified view does not know, in a
        //! solidified block, stays "seen" before it counts as vanished (its
        //! expiration may still let it into a later block).
        qint64 vanishAfterMs = 10 * 60 * 1000;
        qint64 crossCheckIntervalMs = 10 * 60 * 1000; //!< 0: never
        int gridMaxAddresses = 200; //!< more watched addresses: no TronGrid queries
        quint64 gridCatchUpBlocks = 28800; //!< a longer gap (a day) is caught up with TronGrid
        qint64 gridLookbackMs = 24 * 3600 * 1000; //!< the first cross-check's window
        int gridMaxPages = 50; //!< per address and check
    };

    TronWatcher(ChainSettings settings, std::shared_ptr<store::Database> database,
        std::shared_ptr<const WatchedAddresses> addresses, const net::NetworkFactory &factory, const Clock &clock,
        Options options, QObject *parent = nullptr);
    TronWatcher(ChainSettings settings, std::shared_ptr<store::Database> database,
        std::shared_ptr<const WatchedAddresses> addresses, const net::NetworkFactory &factory, const Clock &clock,
        QObject *parent = nullptr);
    ~TronWatcher() override;

    QString chainId() const override { return m_settings.id; }
    WatcherStatus status() const { return m_status; }
    //! Requests sent to the full nodes and to TronGrid (the budget figures).
    qint64 nodeRequests() const;
    qint64 gridRequests() const;

public Q_SLOTS:
    void start() override;
    void stop() override;
    //! Runs the TronGrid cross-check now (tests; normally on its timer).
    void crossCheckNow();

Q_SIGNALS:
    //! A new head arrived from the node, before any work on it: for the
    //! latency benchmark (std::chrono::steady_clock ns).
    void headArrived(quint64 number, qint64 steadyNs);
    //! A cross-check finished; `added` rows came from it.
    void crossChecked(int added);

private:
    struct Round;
    struct Token {
        Address20 address {};
        QString canonical;
    };

    void loadCursor();
    void poll();
    void scanNext(std::shared_ptr<Round> round);
    void scanBlock(std::shared_ptr<Round> round, quint64 number, std::optional<TronBlock> header);
    void onBlockInfos(std::shared_ptr<Round> round, quint64 number, std::optional<TronBlock> header,
        const QList<TronTxInfo> &infos, const QString &infosEndpoint);
    void walkBack(std::shared_ptr<Round> round, quint64 number, QStringList orphaned);
    void confirm(std::shared_ptr<Round> round);
    void confirmNext(std::shared_ptr<Round> round, QList<store::TransferRecord> queue);
    void endRound(std::shared_ptr<Round> round);
    void failRound(std::shared_ptr<Round> round, const TronFailure &failure);
    void gridCatchUp(std::shared_ptr<Round> round, qint64 sinceMs);
    void crossCheck(qint64 sinceMs, std::function<void(bool, int)> done);

    struct Change {
        QList<store::TransferRecord> inserts;
        QStringList orphanHashes;
        QList<qint64> finals;
        QList<qint64> failures;
        std::optional<store::ChainCursor> cursor;
        quint64 tip = 0;
    };
    void commit(Change change, std::function<void(bool)> done);

    QList<store::TransferRecord> transfersIn(
        const TronTxInfo &info, quint64 number, const QByteArray &blockId, bool logIgnored) const;
    const Token *tokenOf(const Address20 &address) const;
    void setError(const QString &english, const QString &display);
    void publishStatus();
    template<typename T, typename F>
    void then(QFuture<T> future, F &&fn);

    ChainSettings m_settings;
    std::shared_ptr<store::Database> m_database;
    std::shared_ptr<const WatchedAddresses> m_addresses;
    const net::NetworkFactory &m_factory;
    const Clock &m_clock;
    Options m_options;
    QList<Token> m_tokens;

    quint64 m_epoch = 0;
    bool m_running = false;
    bool m_busy = false;
    TronClient *m_node = nullptr;
    TronClient *m_grid = nullptr;
    QTimer *m_pollTimer = nullptr; //!< made in start(), on the watcher's thread

    bool m_haveCursor = false;
    quint64 m_cursor = 0; //!< last block whose transfers are stored
    QByteArray m_cursorId;
    qint64 m_cursorSavedMs = 0;
    quint64 m_solidified = 0;
    QByteArray m_solidifiedId;
    quint64 m_head = 0;
    int m_waiting = 0; //!< seen rows, as last committed
    QMap<quint64, QByteArray> m_recent; //!< ids of scanned unsolidified blocks
    QSet<quint64> m_rescan; //!< solidified blocks to scan again (a transfer moved there)
    QHash<qint64, qint64> m_unknownSince; //!< row id → when the solidified view first did not know it
    qint64 m_lastCrossCheckMs = 0;
    bool m_crossChecking = false;

    WatcherStatus m_status;
};

} // namespace kassa::chain::tron
