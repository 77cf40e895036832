// EvmRig: what the EvmWatcher tests share — a real anvil with the test
// tokens, a SQLite store in a temporary profile, the watched set, and a
// watcher whose signals are recorded.
#pragma once

#include "AnvilNode.h"
#include "TestSupport.h"
#include "chain/ChainSettings.h"
#include "chain/WatchedAddresses.h"
#include "chain/evm/EvmWatcher.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/TransferStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>

#include <memory>

namespace kassa::test {

// Fresh, never-used addresses to receive test payments.
inline QString payee(int n)
{
    return QStringLiteral("0x%1").arg(0x5000 + n, 40, 16, QLatin1Char('0'));
}

inline chain::Address20 address20(const QString &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.mid(2).toLatin1());
    chain::Address20 out {};
    std::memcpy(out.data(), bytes.constData(), 20);
    return out;
}

class EvmRig
{
public:
    EvmRig()
    {
        auto url = store::DatabaseUrl::parse(QString(), m_tmp.path());
        auto db = store::Database::open(url.value(), m_clock);
        if (!db.ok())
            qFatal("database: %s", qPrintable(db.error().message));
        database = std::shared_ptr<store::Database>(std::move(db).value().release());
        addresses = std::make_shared<chain::WatchedAddresses>();
    }
    ~EvmRig() { stop(); }

    //! Settings for the local chain of `node`, watching `token`.
    static chain::ChainSettings settings(
        const AnvilNode &node, const QString &token, int decimals = 6, bool websocket = true, quint64 chainId = 31337)
    {
        chain::ChainSettings s = *chain::ChainSettingsFile::defaults(QStringLiteral("local"));
        s.enabled = true;
        s.chainId = chainId;
        s.httpEndpoints = {node.httpUrl()};
        s.wsEndpoints.clear();
        if (websocket)
            s.wsEndpoints = {node.wsUrl()};
        s.tokens = {chain::TokenContract {QStringLiteral("USDT"), token, decimals}};
        s.finality = chain::FinalityPolicy::Depth;
        s.confirmations = 3;
        s.pollIntervalMs = 100;
        return s;
    }

    //! Timeouts and pauses short enough for tests.
    static chain::evm::EvmWatcher::Options fastOptions()
    {
        chain::evm::EvmWatcher::Options o;
        o.rpcTimeoutMs = 2000;
        o.cooldownBaseMs = 60000; // a faulty endpoint stays out for the whole test
        o.retryBaseMs = 50;
        o.retryMaxMs = 500;
        o.recheckEndpointsMs = 1000;
        o.socket.callTimeoutMs = 2000;
        o.socket.pingIntervalMs = 500;
        o.socket.pongTimeoutMs = 1000;
        o.socket.reconnectBaseMs = 100;
        o.socket.reconnectMaxMs = 400;
        return o;
    }

    void start(const chain::ChainSettings &s, chain::evm::EvmWatcher::Options options = fastOptions())
    {
        stop();
        chainId = s.id;
        watcher =
            std::make_unique<chain::evm::EvmWatcher>(s, database, addresses, factory, SystemClock::instance(), options);
        QObject::connect(watcher.get(), &chain::ChainWatcher::transfersChanged, watcher.get(),
            [this](const QList<store::TransferRecord> &rows) {
                signalled += rows;
                ++batches;
            });
        QObject::connect(watcher.get(), &chain::ChainWatcher::statusChanged, watcher.get(),
            [this](const chain::WatcherStatus &st) { status = st; });
        QObject::connect(watcher.get(), &chain::ChainWatcher::halted, watcher.get(),
            [this](const Error &error) { haltError = error; });
        watcher->start();
    }

    void stop()
    {
        if (watcher) {
            watcher->stop();
            watcher.reset();
        }
    }

    //! Waits until the watcher follows the chain live at `block` or later.
    bool waitProcessed(quint64 block, int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (status.processedBlock >= block && status.connected)
                return true;
            if (haltError)
                return false;
            QTest::qWait(20);
        }
        return false;
    }

    //! Every row of the chain, ordered by id.
    QList<store::TransferRecord> rows()
    {
        QList<store::TransferRecord> out;
        auto reader = database->reader();
        QSqlQuery q(reader.value());
        q.prepare(QStringLiteral("SELECT tx_hash FROM transfers WHERE chain = ? GROUP BY tx_hash"));
        q.addBindValue(chainId);
        q.exec();
        QStringList txs;
        while (q.next())
            txs << q.value(0).toString();
        for (const QString &tx : txs)
            out += store::TransferStore::byTransaction(reader.value(), tx).value();
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        return out;
    }

    QList<store::TransferRecord> rowsOf(const QString &txHash)
    {
        auto reader = database->reader();
        return store::TransferStore::byTransaction(reader.value(), txHash).value();
    }

    std::optional<store::ChainCursor> cursor()
    {
        auto reader = database->reader();
        return store::TransferStore::cursor(reader.value(), chainId).value();
    }

    void watch(const QString &hex) { addresses->insert(address20(hex), 0); }

    ManualClock m_clock;
    TempProfile m_tmp;
    std::shared_ptr<store::Database> database;
    std::shared_ptr<chain::WatchedAddresses> addresses;
    net::NetworkFactory factory;
    std::unique_ptr<chain::evm::EvmWatcher> watcher;
    QString chainId;
    QList<store::TransferRecord> signalled;
    int batches = 0;
    chain::WatcherStatus status;
    std::optional<Error> haltError;
};

//! The receipt's transaction hash and block number.
inline QString txOf(const QJsonObject &receipt)
{
    return receipt.value(QStringLiteral("transactionHash")).toString();
}

inline quint64 blockOf(const QJsonObject &receipt)
{
    return receipt.value(QStringLiteral("blockNumber")).toString().mid(2).toULongLong(nullptr, 16);
}

} // namespace kassa::test
