// ChainWatcher: what every chain watcher (evm/, tron/) gives the rest of
// Kassa, so that the engine, payments, payouts and the dashboard never need
// a chain special case.
//
// The contract:
//  - A watcher lives on a worker thread of its own (the engine moves it
//    there); start() and stop() are invoked on that thread, queued.
//  - The watcher writes what it sees to the store itself (TransferStore and
//    its chain cursor, through Database::write) and only then emits
//    transfersChanged() with the rows as committed. A consumer that misses a
//    signal (a crash, a restart) finds the same state in the store, so every
//    consumer must also be able to start from the store alone.
//  - A transfer row moves seen → final, seen → orphaned (its block left the
//    chain; a replacement in the new block is a row of its own) or
//    seen → failed (Tron: the receipt is not SUCCESS, or it vanished).
//    Confirmations change while it is seen. Rows are never deleted.
//  - Only the configured token contracts count, and only transfers to a
//    watched address; the watcher never decides what a transfer is for.
#pragma once

#include "base/Result.h"
#include "store/TransferStore.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace kassa::chain {

//! One watcher's connection and progress, for the status bar and Settings.
struct WatcherStatus {
    QString chain; //!< "ethereum", "tron", …
    bool connected = false;
    QString endpoint; //!< host:port in use, never with credentials
    quint64 headBlock = 0; //!< newest block the node reported
    quint64 processedBlock = 0; //!< newest block whose transfers are stored
    quint64 finalizedBlock = 0; //!< finalized (EVM) or solidified (Tron) block
    //! Confirmations a transfer needs before it is final, for progress bars;
    //! with a "finalized" tag it is the current head − finalized distance.
    quint64 confirmationsRequired = 0;
    qint64 lastBlockMs = 0; //!< when the newest block arrived (Clock time)
    QString lastError; //!< English, for the log and the tooltip; empty when healthy
    QString lastErrorDisplay; //!< translated, for the status bar
};

class ChainWatcher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ChainWatcher() override = default;

    //! The chain's stable id ("ethereum", "bsc", "tron", …), as stored in
    //! the transfers table.
    virtual QString chainId() const = 0;

public Q_SLOTS:
    //! Connects, checks the node (chain id, token decimals), reconciles the
    //! stored cursor and catches up, then follows the chain live.
    virtual void start() = 0;
    //! Stops following and drops connections; the store stays as it is.
    virtual void stop() = 0;

Q_SIGNALS:
    //! Rows of the transfers table that were inserted or changed, as
    //! committed (a block's worth at a time).
    void transfersChanged(const QList<kassa::store::TransferRecord> &transfers);
    void statusChanged(const kassa::chain::WatcherStatus &status);
    //! The watcher stopped and will not go on by itself (wrong chain id,
    //! token decimals that disagree with the settings, a reorg deeper than
    //! finality). The error says what to fix.
    void halted(const kassa::Error &error);
};

} // namespace kassa::chain

Q_DECLARE_METATYPE(kassa::chain::WatcherStatus)
Q_DECLARE_METATYPE(kassa::store::TransferRecord)
Q_DECLARE_METATYPE(kassa::Error)
