// TransferStore: the transfers the chain watchers see and where each watcher
// got to. Functions take the connection they run on: writes belong inside a
// Database::write() transaction, reads on a Database::reader().
#pragma once

#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kassa::store {

enum class TransferState { Seen, Final, Orphaned, Failed };

const char *transferStateName(TransferState state);

struct TransferRecord {
    qint64 id = 0;
    QString chain; //!< "ethereum", "bsc", "tron", …
    QString token; //!< contract address, canonical text form
    QString txHash; //!< 0x + 64 lower-case hex (Tron: 64 hex)
    int logIndex = 0;
    quint64 blockNumber = 0;
    QString blockHash;
    QString from;
    QString to;
    QString value; //!< exact on-chain integer, decimal digits
    TransferState state = TransferState::Seen;
    quint64 confirmations = 0;
    qint64 firstSeenMs = 0;
    std::optional<qint64> finalAtMs;
};

struct ChainCursor {
    QString chain;
    quint64 blockNumber = 0;
    QString blockHash;
    quint64 finalizedNumber = 0;
    QString finalizedHash;
    qint64 updatedAtMs = 0;
};

class TransferStore
{
public:
    //! Stores a transfer unless the same (chain, tx, log index, block hash)
    //! is already there. Returns true when it was new.
    static Result<bool> insert(const QSqlDatabase &db, const TransferRecord &transfer);
    //! insert() for many rows with one prepared statement (a block's worth).
    //! Returns how many were new.
    static Result<int> insertAll(const QSqlDatabase &db, const QList<TransferRecord> &transfers);
    //! Marks the transfers of blocks a reorg removed as orphaned.
    static Result<int> orphanBlocks(const QSqlDatabase &db, const QString &chain, const QStringList &blockHashes);
    //! Sets confirmations of the chain's unfinished transfers for a new tip.
    static Result<int> updateConfirmations(const QSqlDatabase &db, const QString &chain, quint64 tipNumber);
    //! Seen transfers at or below the finalized block become final.
    static Result<int> finalizeUpTo(
        const QSqlDatabase &db, const QString &chain, quint64 finalizedNumber, qint64 nowMs);
    //! Marks one seen transfer final (a Tron transfer the solidified view
    //! confirmed). Returns true when it was seen.
    static Result<bool> markFinal(const QSqlDatabase &db, qint64 id, qint64 nowMs);
    //! Marks one transfer failed (a Tron transfer whose receipt is not SUCCESS).
    static Result<bool> markFailed(const QSqlDatabase &db, qint64 id);
    static Result<void> saveCursor(const QSqlDatabase &db, const ChainCursor &cursor);

    static Result<std::optional<ChainCursor>> cursor(const QSqlDatabase &db, const QString &chain);
    //! Transfers not yet final or orphaned, oldest block first.
    static Result<QList<TransferRecord>> unfinished(const QSqlDatabase &db, const QString &chain);
    static Result<QList<TransferRecord>> byTransaction(const QSqlDatabase &db, const QString &txHash);
    //! The chain's transfers recorded in the given blocks (any state).
    static Result<QList<TransferRecord>> inBlocks(
        const QSqlDatabase &db, const QString &chain, const QStringList &blockHashes);
    //! Transfers by row id, in id order (ids that do not exist are skipped).
    static Result<QList<TransferRecord>> byIds(const QSqlDatabase &db, const QList<qint64> &ids);
    //! What still waits for the chain, on every chain: transfers not yet
    //! final, and orphaned ones seen since `orphanedSinceMs` whose
    //! transaction has not been seen again in another block. Oldest first.
    static Result<QList<TransferRecord>> pending(const QSqlDatabase &db, qint64 orphanedSinceMs);
};

} // namespace kassa::store
