#include "chain/tron/TronWatcher.h"

#include "store/Database.h"

#include <QLoggingCategory>

#include <chrono>

namespace kassa::chain::tron {

Q_LOGGING_CATEGORY(lcTron, "kassa.chain.tron", QtInfoMsg)

namespace {

// How far back a reorg may reach above the solidified block before the
// watcher stops walking and rescans from the solidified block.
constexpr int kMaxWalk = 100;
// Overlap of consecutive TronGrid cross-checks (its index lags the chain).
constexpr qint64 kCrossCheckOverlapMs = 3600 * 1000;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

struct TronWatcher::Round {
    TronBlock head;
    TronBlock solid;
    int blocks = 0;
    Change change; //!< confirmations, accumulated and committed at the end
};

TronWatcher::TronWatcher(ChainSettings settings, std::shared_ptr<store::Database> database,
    std::shared_ptr<const WatchedAddresses> addresses, const net::NetworkFactory &factory, const Clock &clock,
    Options options, QObject *parent)
    : ChainWatcher(parent), m_settings(std::move(settings)), m_database(std::move(database)),
      m_addresses(std::move(addresses)), m_factory(factory), m_clock(clock), m_options(options)
{
    for (const TokenContract &token : std::as_const(m_settings.tokens)) {
        const QString canonical = ChainSettingsFile::canonicalContract(token.contract, ChainFamily::Tron);
        const auto address = decodeAddress(canonical, QStringLiteral("token"));
        if (canonical.isEmpty() || !std::holds_alternative<Address20>(address)) {
            qCWarning(lcTron).noquote() << "ignoring an invalid token contract" << token.contract;
            continue;
        }
        m_tokens << Token {std::get<Address20>(address), canonical};
    }
    m_status.chain = m_settings.id;
}

TronWatcher::TronWatcher(ChainSettings settings, std::shared_ptr<store::Database> database,
    std::shared_ptr<const WatchedAddresses> addresses, const net::NetworkFactory &factory, const Clock &clock,
    QObject *parent)
    : TronWatcher(std::move(settings), std::move(database), std::move(addresses), factory, clock, Options {}, parent)
{ }

TronWatcher::~TronWatcher()
{
    stop();
}

qint64 TronWatcher::nodeRequests() const
{
    return m_node ? m_node->requestsSent() : 0;
}

qint64 TronWatcher::gridRequests() const
{
    return m_grid ? m_grid->requestsSent() : 0;
}

template<typename T, typename F>
void TronWatcher::then(QFuture<T> future, F &&fn)
{
    future.then(this, [this, epoch = m_epoch, fn = std::forward<F>(fn)](T value) mutable {
        if (epoch != m_epoch)
            return; // an answer for a run that was stopped
        fn(std::move(value));
    });
}

// ---------------------------------------------------------------- lifecycle

void TronWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_epoch;
    m_busy = false;
    m_recent.clear();
    m_rescan.clear();
    m_status = WatcherStatus {};
    m_status.chain = m_settings.id;
    const QString keyHost = m_settings.tronGridUrl.host();
    m_node = new TronClient(
        m_factory, m_settings.httpEndpoints, m_settings.apiKey, keyHost, m_clock, m_options.client, this);
    if (!m_settings.tronGridUrl.isEmpty()) {
        m_grid = new TronClient(
            m_factory, {m_settings.tronGridUrl}, m_settings.apiKey, keyHost, m_clock, m_options.client, this);
    }
    if (m_tokens.isEmpty()) {
        Q_EMIT halted(makeError(ErrorCode::InvalidInput, QStringLiteral("tron: no valid token contract configured"),
            tr("No valid token contract is configured for Tron."), tr("Add the USDT contract in Settings → Chains.")));
        stop();
        return;
    }
    loadCursor();
    qCInfo(lcTron).noquote() << "tron watcher starting at"
                             << (m_haveCursor ? QString::number(m_cursor) : QStringLiteral("the head")) << "with"
                             << m_settings.httpEndpoints.size() << "endpoint(s)";
    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, &TronWatcher::poll);
    m_pollTimer->start(qMax(100, m_settings.pollIntervalMs));
    poll();
}

void TronWatcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_epoch;
    if (m_pollTimer) {
        m_pollTimer->stop();
        m_pollTimer->deleteLater();
        m_pollTimer = nullptr;
    }
    m_busy = false;
    m_crossChecking = false;
    if (m_node) {
        m_node->deleteLater();
        m_node = nullptr;
    }
    if (m_grid) {
        m_grid->deleteLater();
        m_grid = nullptr;
    }
}

void TronWatcher::loadCursor()
{
    m_haveCursor = false;
    auto reader = m_database->reader();
    if (!reader.ok()) {
        qCWarning(lcTron).noquote() << "cannot read the cursor:" << reader.error().message;
        return;
    }
    auto cursor = store::TransferStore::cursor(reader.value(), m_settings.id);
    if (!cursor.ok() || !cursor.value())
        return;
    // Resume at the solidified block of the last save: the blocks above it
    // may have changed while the watcher was away, so they are scanned again
    // (inserts are de-duplicated; rows whose block changed are caught by the
    // confirmation).
    const store::ChainCursor &c = *cursor.value();
    m_haveCursor = true;
    m_cursor = qMin(c.blockNumber, c.finalizedNumber);
    m_cursorId = QByteArray::fromHex(c.finalizedHash.toLatin1());
    m_cursorSavedMs = c.updatedAtMs;
    m_solidified = c.finalizedNumber;
}

// --------------------------------------------------------------------- rounds

void TronWatcher::poll()
{
    if (!m_running || m_busy || m_crossChecking)
        return;
    m_busy = true;
    auto round = std::make_shared<Round>();
    then(m_node->nowBlock(), [this, round](Fetched<TronBlock> head) {
        if (!head.ok())
            return failRound(round, head.failure);
        if (head.value->number > m_head || m_status.lastBlockMs == 0) {
            Q_EMIT headArrived(head.value->number, steadyNs());
            m_status.lastBlockMs = m_clock.nowMs();
        }
        m_status.endpoint = head.endpoint;
        round->head = *head.value;
        if (m_haveCursor && head.value->number == m_cursor && head.value->id == m_cursorId && m_rescan.isEmpty()
            && m_waiting == 0) {
            // Nothing new and nothing to confirm (a poll faster than the 3 s
            // blocks): one request.
            m_busy = false;
            return;
        }
        then(m_node->solidifiedNowBlock(), [this, round](Fetched<TronBlock> solid) {
            if (!solid.ok())
                return failRound(round, solid.failure);
            if (solid.value->number > round->head.number) {
                m_node->reportBadAnswer(solid.endpoint, QStringLiteral("solidified block above the head"));
                return failRound(round,
                    TronFailure {TronFailure::Kind::Malformed, 0, QStringLiteral("solidified block above the head"),
                        solid.endpoint});
            }
            round->solid = *solid.value;
            m_head = qMax(m_head, round->head.number);
            if (round->solid.number >= m_solidified) {
                m_solidified = round->solid.number;
                m_solidifiedId = round->solid.id;
            } else {
                // A lagging endpoint: use the solidified block we know.
                round->solid.number = m_solidified;
                round->solid.id = m_solidifiedId;
            }
            if (!m_haveCursor) {
                // First run: follow from the head on (no history).
                m_haveCursor = true;
                m_cursor = round->head.number - 1;
                m_cursorId.clear();
            }
            const bool gridUsable = m_grid && m_addresses->size() <= size_t(m_options.gridMaxAddresses);
            if (gridUsable && m_cursor + m_options.gridCatchUpBlocks < round->solid.number) {
                qCInfo(lcTron).noquote() << "tron: behind by" << round->solid.number - m_cursor
                                         << "blocks; catching up with TronGrid";
                return gridCatchUp(round, m_cursorSavedMs > 0 ? m_cursorSavedMs - m_options.gridLookbackMs : 0);
            }
            scanNext(round);
        });
    });
}

void TronWatcher::scanNext(std::shared_ptr<Round> round)
{
    if (!m_rescan.isEmpty()) {
        const quint64 number = *m_rescan.cbegin();
        m_rescan.remove(number);
        qCInfo(lcTron).noquote() << "tron: scanning block" << number << "again";
        return scanBlock(round, number, std::nullopt);
    }
    const quint64 next = m_cursor + 1;
    if (next > round->head.number || round->blocks >= m_options.maxBlocksPerRound)
        return confirm(round);
    scanBlock(round, next, next == round->head.number ? std::optional<TronBlock>(round->head) : std::nullopt);
}

void TronWatcher::scanBlock(std::shared_ptr<Round> round, quint64 number, std::optional<TronBlock> header)
{
    const bool rescan = number <= m_cursor;
    if (!header && number > round->solid.number) {
        // Above the solidified block the id is needed for the parent check.
        then(m_node->blockByNumber(number), [this, round, number](Fetched<std::optional<TronBlock>> block) {
            if (!block.ok())
                return failRound(round, block.failure);
            if (!block.value->has_value()) {
                m_node->reportBadAnswer(block.endpoint, QStringLiteral("no block %1 below its head").arg(number));
                return failRound(round,
                    TronFailure {TronFailure::Kind::Malformed, 0,
                        QStringLiteral("no block %1 below the head").arg(number), block.endpoint});
            }
            scanBlock(round, number, **block.value);
        });
        return;
    }
    if (header && !rescan && number > round->solid.number) {
        QByteArray expected = m_recent.value(number - 1);
        if (expected.isEmpty() && m_cursor == number - 1)
            expected = m_cursorId;
        if (!expected.isEmpty() && header->parentHash != expected) {
            qCWarning(lcTron).noquote() << "tron: block" << number << "does not follow the block scanned at"
                                        << number - 1 << "- walking back";
            return walkBack(round, number - 1, {});
        }
    }
    then(m_node->txInfosByBlockNumber(number), [this, round, number, header](Fetched<QList<TronTxInfo>> infos) {
        if (!infos.ok())
            return failRound(round, infos.failure);
        onBlockInfos(round, number, header, *infos.value, infos.endpoint);
    });
}

void TronWatcher::onBlockInfos(std::shared_ptr<Round> round, quint64 number, std::optional<TronBlock> header,
    const QList<TronTxInfo> &infos, const QString &infosEndpoint)
{
    const bool rescan = number <= m_cursor;
    // The infos must belong to this block: a node that answers with another
    // block's list is caught by the block numbers unless that list is empty,
    // so an empty list is believed only from a block without transactions,
    // and every info must be one of the block's transactions.
    if (header) {
        const QSet<QByteArray> ids(header->txIds.cbegin(), header->txIds.cend());
        bool consistent = infos.isEmpty() == ids.isEmpty();
        for (const TronTxInfo &info : infos)
            consistent = consistent && ids.contains(info.id);
        if (!consistent) {
            const QString problem = QStringLiteral("transaction infos of block %1 do not match its %2 transaction(s)")
                                        .arg(number)
                                        .arg(ids.size());
            m_node->reportBadAnswer(infosEndpoint, problem);
            return failRound(round, TronFailure {TronFailure::Kind::Malformed, 0, problem, infosEndpoint});
        }
    }
    QList<store::TransferRecord> records;
    for (const TronTxInfo &info : infos)
        records << transfersIn(info, number, header ? header->id : QByteArray(), !header.has_value());
    if ((!records.isEmpty() || infos.isEmpty()) && !header) {
        // A solidified block with a match (its id goes into the rows), or an
        // empty answer, which the block itself must confirm.
        then(m_node->blockByNumber(number),
            [this, round, number, infos, infosEndpoint](Fetched<std::optional<TronBlock>> block) {
                if (!block.ok())
                    return failRound(round, block.failure);
                if (!block.value->has_value()) {
                    m_node->reportBadAnswer(block.endpoint, QStringLiteral("no block %1 below its head").arg(number));
                    return failRound(round,
                        TronFailure {TronFailure::Kind::Malformed, 0,
                            QStringLiteral("no block %1 below the head").arg(number), block.endpoint});
                }
                onBlockInfos(round, number, **block.value, infos, infosEndpoint);
            });
        return;
    }
    const QByteArray id = header ? header->id : QByteArray();
    auto advance = [this, round, number, id, rescan] {
        if (!rescan) {
            m_cursor = number;
            m_cursorId = id;
            if (number > round->solid.number && !id.isEmpty())
                m_recent.insert(number, id);
            ++round->blocks;
        }
        scanNext(round);
    };
    if (records.isEmpty())
        return advance(); // the cursor is saved at the end of the round
    Change change;
    change.inserts = records;
    change.tip = round->head.number;
    if (!rescan) {
        store::ChainCursor cursor;
        cursor.chain = m_settings.id;
        cursor.blockNumber = number;
        cursor.blockHash = hex(id);
        cursor.finalizedNumber = qMin(round->solid.number, number);
        cursor.finalizedHash = cursor.finalizedNumber == number ? hex(id) : hex(round->solid.id);
        cursor.updatedAtMs = m_clock.nowMs();
        change.cursor = cursor;
    }
    commit(change, [this, round, advance](bool ok) {
        if (!ok)
            return failRound(round, TronFailure {TronFailure::Kind::NoEndpoint, 0, QStringLiteral("database"), {}});
        advance();
    });
}

void TronWatcher::walkBack(std::shared_ptr<Round> round, quint64 number, QStringList orphaned)
{
    auto settle = [this, round](quint64 common, QByteArray commonId, QStringList hashes) {
        qCWarning(lcTron).noquote() << "tron: reorg back to block" << common << "," << hashes.size()
                                    << "block(s) left the chain";
        for (auto it = m_recent.begin(); it != m_recent.end();) {
            if (it.key() > common)
                it = m_recent.erase(it);
            else
                ++it;
        }
        m_cursor = common;
        m_cursorId = commonId;
        Change change;
        change.orphanHashes = hashes;
        change.tip = round->head.number;
        commit(change, [this, round](bool ok) {
            if (!ok)
                return failRound(round, TronFailure {TronFailure::Kind::NoEndpoint, 0, QStringLiteral("database"), {}});
            scanNext(round);
        });
    };
    if (number <= round->solid.number || !m_recent.contains(number) || orphaned.size() >= kMaxWalk) {
        // The solidified block cannot change: rescan from there.
        const quint64 common = qMin(number, round->solid.number);
        for (auto it = m_recent.cbegin(); it != m_recent.cend(); ++it) {
            if (it.key() > common && !orphaned.contains(hex(it.value())))
                orphaned << hex(it.value());
        }
        return settle(common, common == round->solid.number ? round->solid.id : QByteArray(), orphaned);
    }
    then(m_node->blockByNumber(number),
        [this, round, number, orphaned, settle](Fetched<std::optional<TronBlock>> block) mutable {
            if (!block.ok())
                return failRound(round, block.failure);
            if (block.value->has_value() && (**block.value).id == m_recent.value(number))
                return settle(number, m_recent.value(number), orphaned);
            orphaned << hex(m_recent.value(number));
            walkBack(round, number - 1, orphaned);
        });
}

// -------------------------------------------------------------- confirmation

void TronWatcher::confirm(std::shared_ptr<Round> round)
{
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (it.key() <= round->solid.number)
            it = m_recent.erase(it);
        else
            ++it;
    }
    auto reader = m_database->reader();
    QList<store::TransferRecord> queue;
    if (reader.ok()) {
        auto rows = store::TransferStore::unfinished(reader.value(), m_settings.id);
        if (rows.ok()) {
            for (const store::TransferRecord &row : rows.value()) {
                if (row.state == store::TransferState::Seen && row.blockNumber <= round->solid.number)
                    queue << row;
            }
        }
    }
    confirmNext(round, queue);
}

void TronWatcher::confirmNext(std::shared_ptr<Round> round, QList<store::TransferRecord> queue)
{
    if (queue.isEmpty())
        return endRound(round);
    const store::TransferRecord row = queue.takeFirst();
    const QByteArray txId = QByteArray::fromHex(row.txHash.toLatin1());
    then(m_node->solidifiedTxInfo(txId), [this, round, queue, row](Fetched<std::optional<TronTxInfo>> fetched) {
        if (!fetched.ok())
            return failRound(round, fetched.failure);
        Change &change = round->change;
        const auto &info = *fetched.value;
        if (!info) {
            // Not in the solidified view although its block is solidified:
            // either that block was replaced, or the transaction vanished.
            then(m_node->blockByNumber(row.blockNumber),
                [this, round, queue, row](Fetched<std::optional<TronBlock>> block) {
                    if (!block.ok())
                        return failRound(round, block.failure);
                    Change &c = round->change;
                    if (block.value->has_value() && hex((**block.value).id) != row.blockHash) {
                        qCWarning(lcTron).noquote() << "tron: transfer" << row.txHash << "was in block"
                                                    << row.blockNumber << "which left the chain";
                        if (!c.orphanHashes.contains(row.blockHash))
                            c.orphanHashes << row.blockHash;
                    } else {
                        const qint64 now = m_clock.nowMs();
                        const qint64 since = m_unknownSince.value(row.id, now);
                        m_unknownSince.insert(row.id, since);
                        if (now - since >= m_options.vanishAfterMs) {
                            qCWarning(lcTron).noquote()
                                << "tron: transfer" << row.txHash << "vanished: the solidified view does not know it";
                            c.failures << row.id;
                            m_unknownSince.remove(row.id);
                        }
                    }
                    confirmNext(round, queue);
                });
            return;
        }
        m_unknownSince.remove(row.id);
        if (info->blockNumber != row.blockNumber) {
            qCWarning(lcTron).noquote() << "tron: transfer" << row.txHash << "is in block" << info->blockNumber
                                        << "now, not" << row.blockNumber;
            if (!change.orphanHashes.contains(row.blockHash))
                change.orphanHashes << row.blockHash;
            if (info->blockNumber <= m_cursor)
                m_rescan.insert(info->blockNumber);
        } else if (!info->succeeded()) {
            qCWarning(lcTron).noquote() << "tron: transfer" << row.txHash << "failed:"
                                        << (info->receiptResult.isEmpty() ? info->result : info->receiptResult);
            change.failures << row.id;
        } else {
            std::optional<Trc20Transfer> t;
            if (row.logIndex >= 0 && row.logIndex < info->logs.size())
                t = asTrc20Transfer(info->logs.at(row.logIndex), row.logIndex);
            const bool same = t && base58(t->token) == row.token && base58(t->from) == row.from
                && base58(t->to) == row.to && t->value.toDecimal() == row.value;
            if (same) {
                change.finals << row.id;
            } else {
                qCWarning(lcTron).noquote() << "tron: the solidified view of" << row.txHash << "log" << row.logIndex
                                            << "disagrees with what was seen; not crediting it";
                change.failures << row.id;
            }
        }
        confirmNext(round, queue);
    });
}

void TronWatcher::endRound(std::shared_ptr<Round> round)
{
    Change change = round->change;
    change.tip = round->head.number;
    store::ChainCursor cursor;
    cursor.chain = m_settings.id;
    cursor.blockNumber = m_cursor;
    cursor.blockHash = hex(m_cursorId);
    cursor.finalizedNumber = qMin(round->solid.number, m_cursor);
    cursor.finalizedHash = cursor.finalizedNumber == round->solid.number
        ? hex(round->solid.id)
        : (cursor.finalizedNumber == m_cursor ? hex(m_cursorId) : QString());
    cursor.updatedAtMs = m_clock.nowMs();
    change.cursor = cursor;
    commit(change, [this, round](bool ok) {
        if (!ok)
            return failRound(round, TronFailure {TronFailure::Kind::NoEndpoint, 0, QStringLiteral("database"), {}});
        m_status.connected = true;
        m_status.lastError.clear();
        m_status.lastErrorDisplay.clear();
        m_status.headBlock = round->head.number;
        m_status.processedBlock = m_cursor;
        m_status.finalizedBlock = round->solid.number;
        m_status.confirmationsRequired = round->head.number - qMin(round->head.number, round->solid.number) + 1;
        publishStatus();
        const bool more = m_cursor < round->head.number || !m_rescan.isEmpty();
        const qint64 now = m_clock.nowMs();
        const bool crossCheckDue =
            m_grid && m_options.crossCheckIntervalMs > 0 && now - m_lastCrossCheckMs >= m_options.crossCheckIntervalMs;
        m_busy = false;
        if (crossCheckDue && !more)
            return crossCheckNow();
        if (more)
            QTimer::singleShot(0, this, &TronWatcher::poll);
    });
}

void TronWatcher::failRound(std::shared_ptr<Round> round, const TronFailure &failure)
{
    Q_UNUSED(round);
    qCWarning(lcTron).noquote() << "tron round failed:" << failure.describe();
    setError(failure.describe(), tr("The Tron nodes are not answering properly: %1").arg(failure.describe()));
    m_busy = false;
}

// ------------------------------------------------------------------ TronGrid

void TronWatcher::gridCatchUp(std::shared_ptr<Round> round, qint64 sinceMs)
{
    m_crossChecking = true;
    crossCheck(sinceMs, [this, round](bool ok, int added) {
        m_crossChecking = false;
        if (ok) {
            qCInfo(lcTron).noquote() << "tron: TronGrid catch-up stored" << added << "transfer(s); resuming at block"
                                     << round->solid.number;
            m_cursor = round->solid.number;
            m_cursorId = round->solid.id;
        }
        scanNext(round);
    });
}

void TronWatcher::crossCheckNow()
{
    if (!m_running || m_busy || m_crossChecking || !m_grid)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 since =
        m_lastCrossCheckMs > 0 ? m_lastCrossCheckMs - kCrossCheckOverlapMs : now - m_options.gridLookbackMs;
    m_crossChecking = true;
    crossCheck(since, [this, now](bool ok, int added) {
        m_crossChecking = false;
        if (ok)
            m_lastCrossCheckMs = now;
        if (added > 0)
            qCWarning(lcTron).noquote() << "tron: the TronGrid cross-check found" << added
                                        << "transfer(s) the block scan had not stored";
        Q_EMIT crossChecked(added);
    });
}

void TronWatcher::crossCheck(qint64 sinceMs, std::function<void(bool, int)> done)
{
    if (!m_grid || m_addresses->size() > size_t(m_options.gridMaxAddresses))
        return done(false, 0);
    struct State {
        QList<Address20> addresses;
        int addressIndex = 0;
        int tokenIndex = 0;
        int pages = 0;
        QString fingerprint;
        QStringList txIds; //!< named by TronGrid, in order
        Change change;
        std::function<void()> nextPage;
        std::function<void()> nextTx;
    };
    auto state = std::make_shared<State>();
    for (const Address20 &a : m_addresses->addresses())
        state->addresses << a;
    // The steps live in the state and refer to it weakly; each pending
    // answer holds it, so it lives exactly as long as the check runs.
    const std::weak_ptr<State> weak = state;
    auto finish = [this, weak, done](bool ok) {
        const auto s = weak.lock();
        if (!s)
            return;
        if (!ok || s->change.inserts.isEmpty())
            return done(ok, 0);
        const int count = int(s->change.inserts.size());
        s->change.tip = m_head;
        commit(s->change, [done, count](bool committed) { done(committed, committed ? count : 0); });
    };
    state->nextTx = [this, weak, finish] {
        const auto s = weak.lock();
        if (!s)
            return;
        if (s->txIds.isEmpty())
            return finish(true);
        const QString txHex = s->txIds.takeFirst();
        auto reader = m_database->reader();
        if (reader.ok()) {
            auto known = store::TransferStore::byTransaction(reader.value(), txHex);
            if (known.ok() && !known.value().isEmpty())
                return s->nextTx();
        }
        then(m_node->solidifiedTxInfo(QByteArray::fromHex(txHex.toLatin1())),
            [this, s, finish, txHex](Fetched<std::optional<TronTxInfo>> info) {
                if (!info.ok())
                    return finish(false);
                if (!info.value->has_value() || !(**info.value).succeeded()) {
                    qCWarning(lcTron).noquote()
                        << "tron: TronGrid names" << txHex << "but the solidified view has no successful transaction";
                    return s->nextTx();
                }
                const TronTxInfo tx = **info.value;
                then(m_node->blockByNumber(tx.blockNumber),
                    [this, s, finish, tx](Fetched<std::optional<TronBlock>> block) {
                        if (!block.ok() || !block.value->has_value())
                            return finish(false);
                        s->change.inserts << transfersIn(tx, tx.blockNumber, (**block.value).id, false);
                        s->nextTx();
                    });
            });
    };
    state->nextPage = [this, weak, finish, sinceMs] {
        const auto s = weak.lock();
        if (!s)
            return;
        if (s->addressIndex >= s->addresses.size())
            return s->nextTx();
        if (s->tokenIndex >= m_tokens.size()) {
            ++s->addressIndex;
            s->tokenIndex = 0;
            return s->nextPage();
        }
        const Address20 address = s->addresses.at(s->addressIndex);
        Trc20HistoryQuery query;
        query.address = base58(address);
        query.contract = m_tokens.at(s->tokenIndex).canonical;
        query.minTimestampMs = qMax<qint64>(0, sinceMs);
        query.fingerprint = s->fingerprint;
        then(m_grid->trc20History(query), [this, s, finish, address](Fetched<TronGridPage> page) {
            if (!page.ok()) {
                qCWarning(lcTron).noquote() << "tron: TronGrid query failed:" << page.failure.describe();
                return finish(false);
            }
            for (const TronGridTransfer &row : page.value->rows) {
                const QString txHex = hex(row.txId);
                if (row.type == QLatin1String("Transfer") && row.to == address
                    && row.token == m_tokens.at(s->tokenIndex).address && !s->txIds.contains(txHex))
                    s->txIds << txHex;
            }
            s->fingerprint = page.value->fingerprint;
            if (s->fingerprint.isEmpty() || ++s->pages >= m_options.gridMaxPages) {
                s->fingerprint.clear();
                s->pages = 0;
                ++s->tokenIndex;
            }
            s->nextPage();
        });
    };
    state->nextPage();
}

// --------------------------------------------------------------------- store

QList<store::TransferRecord> TronWatcher::transfersIn(
    const TronTxInfo &info, quint64 number, const QByteArray &blockId, bool logIgnored) const
{
    QList<store::TransferRecord> out;
    for (qsizetype i = 0; i < info.logs.size(); ++i) {
        const auto t = asTrc20Transfer(info.logs.at(i), int(i));
        if (!t || !m_addresses->contains(t->to))
            continue;
        const Token *token = tokenOf(t->token);
        if (!token) {
            qCDebug(lcTron).noquote() << "ignoring a Transfer of" << base58(t->token) << "(not a configured token) in"
                                      << hex(info.id);
            continue;
        }
        if (!info.succeeded()) {
            if (!logIgnored)
                qCInfo(lcTron).noquote() << "ignoring a transfer in" << hex(info.id) << "whose receipt is"
                                         << info.receiptResult << info.result;
            continue;
        }
        if (t->value.isZero())
            continue;
        store::TransferRecord r;
        r.chain = m_settings.id;
        r.token = token->canonical;
        r.txHash = hex(info.id);
        r.logIndex = int(i);
        r.blockNumber = number;
        r.blockHash = hex(blockId);
        r.from = base58(t->from);
        r.to = base58(t->to);
        r.value = t->value.toDecimal();
        r.state = store::TransferState::Seen;
        r.confirmations = m_head >= number ? m_head - number + 1 : 1;
        r.firstSeenMs = m_clock.nowMs();
        out << r;
    }
    return out;
}

const TronWatcher::Token *TronWatcher::tokenOf(const Address20 &address) const
{
    for (const Token &t : m_tokens) {
        if (t.address == address)
            return &t;
    }
    return nullptr;
}

void TronWatcher::commit(Change change, std::function<void(bool)> done)
{
    const QString chain = m_settings.id;
    const qint64 now = m_clock.nowMs();
    auto rows = std::make_shared<QList<store::TransferRecord>>();
    auto waiting = std::make_shared<int>(0);
    auto write = m_database->write([=](QSqlDatabase &db) -> Result<void> {
        using store::TransferStore;
        QSet<qint64> changed;
        if (!change.orphanHashes.isEmpty()) {
            auto before = TransferStore::inBlocks(db, chain, change.orphanHashes);
            if (!before.ok())
                return before.error();
            if (auto orphaned = TransferStore::orphanBlocks(db, chain, change.orphanHashes); !orphaned.ok())
                return orphaned.error();
            for (const store::TransferRecord &t : before.value())
                changed.insert(t.id);
        }
        if (auto inserted = TransferStore::insertAll(db, change.inserts); !inserted.ok())
            return inserted.error();
        for (qint64 id : change.finals) {
            if (auto r = TransferStore::markFinal(db, id, now); !r.ok())
                return r.error();
            changed.insert(id);
        }
        for (qint64 id : change.failures) {
            if (auto r = TransferStore::markFailed(db, id); !r.ok())
                return r.error();
            changed.insert(id);
        }
        if (change.tip > 0) {
            if (auto r = TransferStore::updateConfirmations(db, chain, change.tip); !r.ok())
                return r.error();
        }
        if (change.cursor) {
            if (auto r = TransferStore::saveCursor(db, *change.cursor); !r.ok())
                return r.error();
        }
        // What changed, as committed: new rows, rows whose state moved, and
        // every row still waiting (its confirmations moved).
        QStringList blocks;
        for (const store::TransferRecord &t : change.inserts) {
            if (!blocks.contains(t.blockHash))
                blocks << t.blockHash;
        }
        if (!blocks.isEmpty()) {
            auto fresh = TransferStore::inBlocks(db, chain, blocks);
            if (!fresh.ok())
                return fresh.error();
            for (const store::TransferRecord &t : fresh.value()) {
                for (const store::TransferRecord &i : change.inserts) {
                    if (i.txHash == t.txHash && i.logIndex == t.logIndex)
                        changed.insert(t.id);
                }
            }
        }
        auto open = TransferStore::unfinished(db, chain);
        if (!open.ok())
            return open.error();
        QSet<qint64> listed;
        for (const store::TransferRecord &t : open.value()) {
            if (t.state == store::TransferState::Seen) {
                ++*waiting;
                *rows << t;
                listed.insert(t.id);
            }
        }
        QList<qint64> rest;
        for (qint64 id : std::as_const(changed)) {
            if (!listed.contains(id))
                rest << id;
        }
        if (!rest.isEmpty()) {
            auto other = TransferStore::byIds(db, rest);
            if (!other.ok())
                return other.error();
            *rows << other.value();
        }
        return {};
    });
    then(write, [this, rows, waiting, done = std::move(done)](Result<void> result) {
        if (!result.ok()) {
            setError(QStringLiteral("database: ") + result.error().message, result.error().userMessage);
            return done(false);
        }
        m_waiting = *waiting;
        if (!rows->isEmpty())
            Q_EMIT transfersChanged(*rows);
        done(true);
    });
}

void TronWatcher::setError(const QString &english, const QString &display)
{
    m_status.connected = false;
    m_status.lastError = english;
    m_status.lastErrorDisplay = display;
    publishStatus();
}

void TronWatcher::publishStatus()
{
    Q_EMIT statusChanged(m_status);
}

} // namespace kassa::chain::tron
