#include "store/TransferStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kassa::store {

namespace {

Error queryError(const char *what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text()),
        QCoreApplication::translate("kassa::store::TransferStore", "The database refused to record a transfer: %1")
            .arg(query.lastError().text()));
}

std::optional<TransferState> stateFromName(const QString &name)
{
    for (TransferState s :
        {TransferState::Seen, TransferState::Final, TransferState::Orphaned, TransferState::Failed}) {
        if (name == QLatin1String(transferStateName(s)))
            return s;
    }
    return std::nullopt;
}

const QString kColumns = QStringLiteral(
    "id, chain, token, tx_hash, log_index, block_number, block_hash, from_address, to_address, value, state, "
    "confirmations, first_seen_ms, final_at_ms");

Result<QList<TransferRecord>> readTransfers(QSqlQuery &query)
{
    QList<TransferRecord> out;
    while (query.next()) {
        TransferRecord t;
        t.id = query.value(0).toLongLong();
        t.chain = query.value(1).toString();
        t.token = query.value(2).toString();
        t.txHash = query.value(3).toString();
        t.logIndex = query.value(4).toInt();
        t.blockNumber = query.value(5).toULongLong();
        t.blockHash = query.value(6).toString();
        t.from = query.value(7).toString();
        t.to = query.value(8).toString();
        t.value = query.value(9).toString(); // exact: TEXT, or NUMERIC read with HighPrecision
        const auto state = stateFromName(query.value(10).toString());
        if (!state)
            return makeError(
                ErrorCode::Database, QStringLiteral("unknown transfer state '%1'").arg(query.value(10).toString()), {});
        t.state = *state;
        t.confirmations = query.value(11).toULongLong();
        t.firstSeenMs = query.value(12).toLongLong();
        if (!query.value(13).isNull())
            t.finalAtMs = query.value(13).toLongLong();
        out.append(t);
    }
    return out;
}

} // namespace

const char *transferStateName(TransferState state)
{
    switch (state) {
    case TransferState::Seen: return "seen";
    case TransferState::Final: return "final";
    case TransferState::Orphaned: return "orphaned";
    case TransferState::Failed: return "failed";
    }
    return "seen";
}

Result<bool> TransferStore::insert(const QSqlDatabase &db, const TransferRecord &t)
{
    // ON CONFLICT DO NOTHING is the same on SQLite (≥ 3.24) and PostgreSQL.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO transfers (chain, token, tx_hash, log_index, block_number, block_hash, from_address, to_address, "
        "value, state, confirmations, first_seen_ms, final_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (chain, tx_hash, log_index, block_hash) DO NOTHING"));
    query.addBindValue(t.chain);
    query.addBindValue(t.token);
    query.addBindValue(t.txHash);
    query.addBindValue(t.logIndex);
    query.addBindValue(qint64(t.blockNumber));
    query.addBindValue(t.blockHash);
    query.addBindValue(t.from);
    query.addBindValue(t.to);
    query.addBindValue(t.value);
    query.addBindValue(QLatin1String(transferStateName(t.state)));
    query.addBindValue(qint64(t.confirmations));
    query.addBindValue(t.firstSeenMs);
    query.addBindValue(t.finalAtMs ? QVariant(*t.finalAtMs) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec())
        return queryError("inserting transfer", query);
    return query.numRowsAffected() == 1;
}

Result<int> TransferStore::insertAll(const QSqlDatabase &db, const QList<TransferRecord> &transfers)
{
    if (transfers.isEmpty())
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO transfers (chain, token, tx_hash, log_index, block_number, block_hash, from_address, to_address, "
        "value, state, confirmations, first_seen_ms, final_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (chain, tx_hash, log_index, block_hash) DO NOTHING"));
    int added = 0;
    for (const TransferRecord &t : transfers) {
        query.bindValue(0, t.chain);
        query.bindValue(1, t.token);
        query.bindValue(2, t.txHash);
        query.bindValue(3, t.logIndex);
        query.bindValue(4, qint64(t.blockNumber));
        query.bindValue(5, t.blockHash);
        query.bindValue(6, t.from);
        query.bindValue(7, t.to);
        query.bindValue(8, t.value);
        query.bindValue(9, QLatin1String(transferStateName(t.state)));
        query.bindValue(10, qint64(t.confirmations));
        query.bindValue(11, t.firstSeenMs);
        query.bindValue(12, t.finalAtMs ? QVariant(*t.finalAtMs) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!query.exec())
            return queryError("inserting transfers", query);
        added += query.numRowsAffected() == 1 ? 1 : 0;
    }
    return added;
}

Result<int> TransferStore::orphanBlocks(const QSqlDatabase &db, const QString &chain, const QStringList &blockHashes)
{
    int changed = 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE transfers SET state = 'orphaned' WHERE chain = ? AND block_hash = ? "
                                 "AND state IN ('seen', 'failed')"));
    for (const QString &hash : blockHashes) {
        query.addBindValue(chain);
        query.addBindValue(hash);
        if (!query.exec())
            return queryError("orphaning transfers", query);
        changed += query.numRowsAffected();
    }
    return changed;
}

Result<int> TransferStore::updateConfirmations(const QSqlDatabase &db, const QString &chain, quint64 tipNumber)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE transfers SET confirmations = CASE WHEN block_number <= ? THEN ? - block_number + 1 "
                       "ELSE 0 END WHERE chain = ? AND state = 'seen'"));
    query.addBindValue(qint64(tipNumber));
    query.addBindValue(qint64(tipNumber));
    query.addBindValue(chain);
    if (!query.exec())
        return queryError("updating confirmations", query);
    return query.numRowsAffected();
}

Result<int> TransferStore::finalizeUpTo(
    const QSqlDatabase &db, const QString &chain, quint64 finalizedNumber, qint64 nowMs)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE transfers SET state = 'final', final_at_ms = ? "
                                 "WHERE chain = ? AND state = 'seen' AND block_number <= ?"));
    query.addBindValue(nowMs);
    query.addBindValue(chain);
    query.addBindValue(qint64(finalizedNumber));
    if (!query.exec())
        return queryError("finalizing transfers", query);
    return query.numRowsAffected();
}

Result<bool> TransferStore::markFinal(const QSqlDatabase &db, qint64 id, qint64 nowMs)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE transfers SET state = 'final', final_at_ms = ? WHERE id = ? AND state = 'seen'"));
    query.addBindValue(nowMs);
    query.addBindValue(id);
    if (!query.exec())
        return queryError("finalizing a transfer", query);
    return query.numRowsAffected() == 1;
}

Result<bool> TransferStore::markFailed(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE transfers SET state = 'failed' WHERE id = ? AND state = 'seen'"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError("marking a transfer failed", query);
    return query.numRowsAffected() == 1;
}

Result<void> TransferStore::saveCursor(const QSqlDatabase &db, const ChainCursor &c)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO chain_cursor (chain, block_number, block_hash, finalized_number, finalized_hash, updated_at_ms) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (chain) DO UPDATE SET block_number = excluded.block_number, "
        "block_hash = excluded.block_hash, finalized_number = excluded.finalized_number, "
        "finalized_hash = excluded.finalized_hash, updated_at_ms = excluded.updated_at_ms"));
    query.addBindValue(c.chain);
    query.addBindValue(qint64(c.blockNumber));
    query.addBindValue(c.blockHash);
    query.addBindValue(qint64(c.finalizedNumber));
    query.addBindValue(c.finalizedHash);
    query.addBindValue(c.updatedAtMs);
    if (!query.exec())
        return queryError("saving the chain cursor", query);
    return {};
}

Result<std::optional<ChainCursor>> TransferStore::cursor(const QSqlDatabase &db, const QString &chain)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT block_number, block_hash, finalized_number, finalized_hash, updated_at_ms "
                                 "FROM chain_cursor WHERE chain = ?"));
    query.addBindValue(chain);
    if (!query.exec())
        return queryError("reading the chain cursor", query);
    if (!query.next())
        return std::optional<ChainCursor>();
    ChainCursor c;
    c.chain = chain;
    c.blockNumber = query.value(0).toULongLong();
    c.blockHash = query.value(1).toString();
    c.finalizedNumber = query.value(2).toULongLong();
    c.finalizedHash = query.value(3).toString();
    c.updatedAtMs = query.value(4).toLongLong();
    return std::optional<ChainCursor>(c);
}

Result<QList<TransferRecord>> TransferStore::unfinished(const QSqlDatabase &db, const QString &chain)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM transfers WHERE chain = ? AND state = 'seen' ORDER BY block_number, log_index")
            .arg(kColumns));
    query.addBindValue(chain);
    if (!query.exec())
        return queryError("reading unfinished transfers", query);
    return readTransfers(query);
}

Result<QList<TransferRecord>> TransferStore::byTransaction(const QSqlDatabase &db, const QString &txHash)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM transfers WHERE tx_hash = ? ORDER BY id").arg(kColumns));
    query.addBindValue(txHash);
    if (!query.exec())
        return queryError("reading transfers of a transaction", query);
    return readTransfers(query);
}

Result<QList<TransferRecord>> TransferStore::inBlocks(
    const QSqlDatabase &db, const QString &chain, const QStringList &blockHashes)
{
    QList<TransferRecord> out;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM transfers WHERE chain = ? AND block_hash = ? ORDER BY log_index, id")
                      .arg(kColumns));
    for (const QString &hash : blockHashes) {
        query.addBindValue(chain);
        query.addBindValue(hash);
        if (!query.exec())
            return queryError("reading transfers of a block", query);
        auto rows = readTransfers(query);
        if (!rows.ok())
            return rows.error();
        out += rows.value();
    }
    return out;
}

Result<QList<TransferRecord>> TransferStore::byIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<TransferRecord> out;
    // In chunks, so the statement stays within every engine's parameter limit.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT %1 FROM transfers WHERE id IN (%2) ORDER BY id")
                          .arg(kColumns, marks.join(QStringLiteral(", "))));
        for (qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            return queryError("reading transfers by id", query);
        auto rows = readTransfers(query);
        if (!rows.ok())
            return rows.error();
        out += rows.value();
    }
    std::sort(out.begin(), out.end(), [](const TransferRecord &a, const TransferRecord &b) { return a.id < b.id; });
    return out;
}

Result<QList<TransferRecord>> TransferStore::pending(const QSqlDatabase &db, qint64 orphanedSinceMs)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT %1 FROM transfers t WHERE t.state = 'seen' OR (t.state = 'orphaned' AND t.first_seen_ms >= ? "
        "AND NOT EXISTS (SELECT 1 FROM transfers r WHERE r.chain = t.chain AND r.tx_hash = t.tx_hash "
        "AND r.log_index = t.log_index AND r.block_hash <> t.block_hash AND r.state <> 'orphaned')) "
        "ORDER BY t.first_seen_ms, t.id")
                      .arg(kColumns));
    query.addBindValue(orphanedSinceMs);
    if (!query.exec())
        return queryError("reading pending transfers", query);
    return readTransfers(query);
}

} // namespace kassa::store
