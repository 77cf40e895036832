#include "store/TransferStore.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

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

// The SQLite connection under a Qt one (Qt documents handle() for this), or
// null for PostgreSQL. Debian's Qt SQLite plugin links the system
// libsqlite3, the same library Kassa links.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Error sqliteError(const char *what, sqlite3 *handle)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(QLatin1String(what), text),
        QCoreApplication::translate("kassa::store::TransferStore", "The database refused to record a transfer: %1")
            .arg(text));
}

// insertAll on SQLite: one prepared statement, bound through the C API.
// QSqlQuery::bindValue costs more than SQLite's whole insert of a row (it
// formats and hashes a placeholder name per value), which a block of
// thousands of transfers feels.
Result<int> insertAllSqlite(sqlite3 *handle, const QList<TransferRecord> &transfers)
{
    static const char kSql[] =
        "INSERT INTO transfers (chain, token, tx_hash, log_index, block_number, block_hash, from_address, to_address, "
        "value, state, confirmations, first_seen_ms, final_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (chain, tx_hash, log_index, block_hash) DO NOTHING";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, kSql, int(sizeof(kSql)), &statement, nullptr) != SQLITE_OK)
        return sqliteError("inserting transfers", handle);
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    // Text as UTF-16, as Qt's driver binds it; the records outlive each step.
    auto text = [statement](int index, const QString &value) {
        return sqlite3_bind_text16(
            statement, index, value.utf16(), int(value.size() * qsizetype(sizeof(char16_t))), SQLITE_STATIC);
    };
    int added = 0;
    for (const TransferRecord &t : transfers) {
        const QString state = QLatin1String(transferStateName(t.state));
        int rc = text(1, t.chain);
        rc = rc == SQLITE_OK ? text(2, t.token) : rc;
        rc = rc == SQLITE_OK ? text(3, t.txHash) : rc;
        rc = rc == SQLITE_OK ? sqlite3_bind_int64(statement, 4, t.logIndex) : rc;
        rc = rc == SQLITE_OK ? sqlite3_bind_int64(statement, 5, sqlite3_int64(t.blockNumber)) : rc;
        rc = rc == SQLITE_OK ? text(6, t.blockHash) : rc;
        rc = rc == SQLITE_OK ? text(7, t.from) : rc;
        rc = rc == SQLITE_OK ? text(8, t.to) : rc;
        rc = rc == SQLITE_OK ? text(9, t.value) : rc;
        rc = rc == SQLITE_OK ? text(10, state) : rc;
        rc = rc == SQLITE_OK ? sqlite3_bind_int64(statement, 11, sqlite3_int64(t.confirmations)) : rc;
        rc = rc == SQLITE_OK ? sqlite3_bind_int64(statement, 12, t.firstSeenMs) : rc;
        if (rc == SQLITE_OK)
            rc = t.finalAtMs ? sqlite3_bind_int64(statement, 13, *t.finalAtMs) : sqlite3_bind_null(statement, 13);
        if (rc != SQLITE_OK || sqlite3_step(statement) != SQLITE_DONE)
            return sqliteError("inserting transfers", handle);
        added += sqlite3_changes(handle);
        sqlite3_reset(statement);
    }
    return added;
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
    if (sqlite3 *handle = sqliteHandle(db))
        return insertAllSqlite(handle, transfers);
    // PostgreSQL: many rows per statement, so that a block of thousands of
    // transfers is not thousands of round trips. 64 rows of 13 parameters
    // stay within every engine's parameter limit.
    constexpr qsizetype kRows = 64;
    constexpr int kColumnsPerRow = 13;
    auto statement = [](qsizetype rows) -> QString {
        QStringList tuples;
        for (qsizetype i = 0; i < rows; ++i)
            tuples << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        return QStringLiteral(
                   "INSERT INTO transfers (chain, token, tx_hash, log_index, block_number, block_hash, from_address, "
                   "to_address, value, state, confirmations, first_seen_ms, final_at_ms) VALUES ")
            + tuples.join(QStringLiteral(", "))
            + QStringLiteral(" ON CONFLICT (chain, tx_hash, log_index, block_hash) DO NOTHING");
    };
    QSqlQuery full(db);
    bool fullPrepared = false;
    int added = 0;
    for (qsizetype start = 0; start < transfers.size(); start += kRows) {
        const qsizetype rows = qMin(kRows, transfers.size() - start);
        QSqlQuery tail(db);
        QSqlQuery &query = rows == kRows ? full : tail;
        if (rows != kRows || !fullPrepared) {
            if (!query.prepare(statement(rows)))
                return queryError("inserting transfers", query);
            fullPrepared = fullPrepared || rows == kRows;
        }
        for (qsizetype r = 0; r < rows; ++r) {
            const TransferRecord &t = transfers[start + r];
            const int base = int(r) * kColumnsPerRow;
            query.bindValue(base + 0, t.chain);
            query.bindValue(base + 1, t.token);
            query.bindValue(base + 2, t.txHash);
            query.bindValue(base + 3, t.logIndex);
            query.bindValue(base + 4, qint64(t.blockNumber));
            query.bindValue(base + 5, t.blockHash);
            query.bindValue(base + 6, t.from);
            query.bindValue(base + 7, t.to);
            query.bindValue(base + 8, t.value);
            query.bindValue(base + 9, QLatin1String(transferStateName(t.state)));
            query.bindValue(base + 10, qint64(t.confirmations));
            query.bindValue(base + 11, t.firstSeenMs);
            query.bindValue(base + 12, t.finalAtMs ? QVariant(*t.finalAtMs) : QVariant(QMetaType(QMetaType::LongLong)));
        }
        if (!query.exec())
            return queryError("inserting transfers", query);
        added += qMax(0, query.numRowsAffected());
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
    query.setForwardOnly(true); // read once, in order: no row cache
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
    query.setForwardOnly(true); // read once, in order: no row cache
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
    query.setForwardOnly(true); // read once, in order: no row cache
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
        query.setForwardOnly(true);
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
    query.setForwardOnly(true); // read once, in order: no row cache
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
