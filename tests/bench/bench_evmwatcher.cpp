// Benchmark: the EVM watcher on a real node (anvil), on its own thread as
// the engine runs it, with the SQLite store of a profile (WAL, durable
// commits). Three figures, each beside a baseline measured in the same run
// (issue 5):
//
//   latency    over N transfers (default 1,000), one per block: from the
//              newHeads notification arriving (EvmWatcher::headArrived) to
//              the transfer committed and signalled (transfersChanged);
//              p50 ≤ 5 ms, p99 ≤ 25 ms. Baseline: the bare eth_getLogs round
//              trip (same filter, by blockHash, kept-alive HTTP, JSON parsed)
//              for the same block.
//   block      one block carrying M matching Transfer logs (default 5,000),
//              head to all M stored and signalled, median of R blocks;
//              ≤ 200 ms. Baseline: the bare eth_getLogs round trip of that
//              block with its JSON parsed.
//   memory     RSS growth of a WatchedAddresses set of 1,000,000 addresses
//              (built by inserts from the default size, as the engine does);
//              ≤ 100 MB. Baseline: the RSS growth of the same addresses in a
//              plain array (20 bytes each, the floor).
//
// The watched set of the anvil runs holds the N + M payees and 10,000 more
// never paid, so the node is asked for every Transfer of the token and the
// set decides (the path of a large shop; a small one uses a topic list).
//
// usage: bench_evmwatcher [--transfers N] [--block-logs M] [--blocks R] [--addresses A]
#include "AnvilNode.h"
#include "BenchFigure.h"
#include "TestSupport.h"
#include "base/Clock.h"
#include "chain/ChainSettings.h"
#include "chain/WatchedAddresses.h"
#include "chain/evm/EvmDecode.h"
#include "chain/evm/EvmWatcher.h"
#include "net/NetworkFactory.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <malloc.h>
#include <mutex>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

using namespace kassa;
using kassa::test::AnvilNode;

namespace {

qint64 processCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const size_t rank = size_t(std::ceil(p * double(v.size())));
    return v[std::min(v.size() - 1, rank > 0 ? rank - 1 : 0)];
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

size_t rssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return size_t(fields.value(1).toULongLong()) * size_t(sysconf(_SC_PAGESIZE));
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_evmwatcher: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T must(Result<T> r, const char *what)
{
    if (!r.ok())
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(r).value();
}

void must(Result<void> r, const char *what)
{
    if (!r.ok())
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
}

// Addresses are hash outputs: uniform bytes (splitmix64).
chain::Address20 randomAddress(quint64 &state)
{
    chain::Address20 a {};
    for (size_t i = 0; i < a.size(); i += 8) {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        std::memcpy(a.data() + i, &z, std::min<size_t>(8, a.size() - i));
    }
    return a;
}

QString hexAddress(const chain::Address20 &a)
{
    return QStringLiteral("0x") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(a.data()), 20).toHex());
}

// ---------------------------------------------------------------- memory

size_t peakRssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return size_t(line.mid(6).trimmed().split(' ').value(0).toULongLong()) * 1024;
    }
    return 0;
}

struct SetMemory {
    double heldMb = 0; //!< RSS growth with the set built
    double peakMb = 0; //!< peak RSS growth while it was built (the table doubles)
    double tableMb = 0;
};

// Builds the set in a child process, so each run starts from the same heap
// (the allocator keeps what a previous run freed) and the peak is its own.
SetMemory measureSet(const std::vector<chain::Address20> &keys)
{
    int fds[2];
    if (pipe(fds) != 0)
        fail(QStringLiteral("pipe"));
    const pid_t child = fork();
    if (child < 0)
        fail(QStringLiteral("fork"));
    if (child == 0) {
        close(fds[0]);
        malloc_trim(0);
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5"); // resets the peak RSS to the current RSS
        clear.close();
        const size_t start = rssBytes();
        auto set = std::make_unique<chain::WatchedAddresses>();
        for (size_t i = 0; i < keys.size(); ++i)
            set->insert(keys[i], quint32(i));
        SetMemory m;
        m.heldMb = double(rssBytes() - start) / 1e6;
        m.peakMb = double(peakRssBytes() - start) / 1e6;
        m.tableMb = double(set->memoryBytes()) / 1e6;
        if (set->size() != keys.size() || !set->contains(keys[keys.size() / 2]))
            m.heldMb = -1;
        const ssize_t written = write(fds[1], &m, sizeof(m));
        _exit(written == ssize_t(sizeof(m)) ? 0 : 1);
    }
    close(fds[1]);
    SetMemory m;
    const ssize_t got = read(fds[0], &m, sizeof(m));
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (got != ssize_t(sizeof(m)) || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || m.heldMb < 0)
        fail(QStringLiteral("the memory run failed"));
    return m;
}

void memoryFigure(size_t count)
{
    quint64 seed = 0x6b617373612d6d65ull;
    malloc_trim(0);
    const size_t before = rssBytes();
    std::vector<chain::Address20> keys(count);
    for (chain::Address20 &k : keys)
        k = randomAddress(seed);
    const double baseMb = double(rssBytes() - before) / 1e6;
    std::vector<double> held;
    std::vector<double> peak;
    for (int run = 0; run < 3; ++run) {
        const SetMemory m = measureSet(keys);
        held.push_back(m.heldMb);
        peak.push_back(m.peakMb);
        std::fprintf(stderr, "  memory run %d: %.1f MB RSS growth, %.1f MB at the peak, table %.1f MB\n", run + 1,
            m.heldMb, m.peakMb, m.tableMb);
    }
    const QString what = QStringLiteral("a WatchedAddresses set of %1 addresses built by inserts (median of 3 runs, "
                                        "each in a fresh child process); baseline: the same addresses in a plain array")
                             .arg(count);
    bench::printFigure({"evmwatcher.watchset_rss", median(held), "MB", "<=100", baseMb, NAN,
        QString(QStringLiteral("RSS growth of ") + what).toStdString()});
    bench::printFigure({"evmwatcher.watchset_peak_rss", median(peak), "MB", "<=100", baseMb, NAN,
        QString(QStringLiteral("peak RSS growth while building ") + what).toStdString()});
}

// The floor of "stored" under the machine's current disk load: one row
// inserted and committed durably (WAL, synchronous=FULL) through the bare
// SQLite C API, as often as there are samples; milliseconds each.
std::vector<double> bareDurableCommits(const QString &directory, int count)
{
    sqlite3 *db = nullptr;
    const QByteArray path = QString(directory + QStringLiteral("/bare.sqlite")).toUtf8();
    if (sqlite3_open(path.constData(), &db) != SQLITE_OK)
        fail(QStringLiteral("bare sqlite: cannot open"));
    const auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
    for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
             "CREATE TABLE t (id INTEGER PRIMARY KEY, tx TEXT NOT NULL, value TEXT NOT NULL)"}) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(QStringLiteral("bare sqlite: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        const qint64 start = steadyNs();
        const QByteArray sql = "BEGIN; INSERT INTO t (tx, value) VALUES ('0x"
            + QByteArray::number(i, 16).rightJustified(64, '0') + "', '" + QByteArray::number(1000000 + i)
            + "'); COMMIT;";
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(QStringLiteral("bare sqlite: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        ms.push_back(double(steadyNs() - start) / 1e6);
    }
    return ms;
}

// ------------------------------------------------------------- anvil runs

// What the watcher's thread reports, read by the driving thread.
struct Probe {
    std::mutex mutex;
    std::condition_variable changed;
    std::unordered_map<quint64, qint64> headAt; //!< first arrival of each block number
    QSet<qint64> knownIds;
    QHash<QString, double> latencyByTx; //!< ms, head → signal, for each new transfer
    QHash<quint64, int> newRowsInBlock;
    std::unordered_map<quint64, qint64> logsAt; //!< when the logs up to a block arrived (before parsing)
    QHash<quint64, qint64> blockDoneAt; //!< the signal that brought a block's last expected row
    std::unordered_map<quint64, qint64> logsCpuAt; //!< the process's CPU time then
    QHash<quint64, qint64> blockDoneCpuAt;
    QHash<quint64, int> expectRows;
    chain::WatcherStatus status;
    std::optional<Error> halted;

    void onHead(quint64 number, qint64 ns)
    {
        std::lock_guard lock(mutex);
        headAt.try_emplace(number, ns);
    }

    void onLogs(quint64 number, qint64 ns)
    {
        const qint64 cpu = processCpuNs();
        std::lock_guard lock(mutex);
        logsAt.try_emplace(number, ns);
        logsCpuAt.try_emplace(number, cpu);
    }

    void onRows(const QList<store::TransferRecord> &rows)
    {
        const qint64 now = steadyNs();
        std::lock_guard lock(mutex);
        for (const store::TransferRecord &r : rows) {
            if (knownIds.contains(r.id))
                continue;
            knownIds.insert(r.id);
            const auto head = headAt.find(r.blockNumber);
            const double ms = head == headAt.end() ? -1 : double(now - head->second) / 1e6;
            latencyByTx.insert(r.txHash, ms);
            const int n = ++newRowsInBlock[r.blockNumber];
            if (n == expectRows.value(r.blockNumber, -1)) {
                blockDoneAt.insert(r.blockNumber, now);
                blockDoneCpuAt.insert(r.blockNumber, processCpuNs());
            }
        }
        changed.notify_all();
    }

    template<typename Pred>
    bool waitFor(Pred pred, int timeoutMs)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return pred() || halted; });
    }
};

// Plain JSON-RPC over one kept-alive connection: the baseline, and the
// bulk sender (eth_sendTransaction in batches).
class RawRpc
{
public:
    explicit RawRpc(QUrl url) : m_url(std::move(url)) { }

    //! One POST; returns the parsed answer, the round trip until the answer
    //! is complete and the time to parse it, in ms.
    QJsonDocument post(const QJsonDocument &body, double *ms = nullptr, double *parseMs = nullptr)
    {
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray bytes = body.toJson(QJsonDocument::Compact);
        const qint64 start = steadyNs();
        QNetworkReply *reply = m_manager.post(request, bytes);
        QEventLoop loop; // a benchmark driver: nothing else runs on this thread
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 received = steadyNs();
        const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
        if (ms)
            *ms = double(steadyNs() - start) / 1e6;
        if (parseMs)
            *parseMs = double(steadyNs() - received) / 1e6;
        if (reply->error() != QNetworkReply::NoError)
            fail(QStringLiteral("raw rpc: %1").arg(reply->errorString()));
        reply->deleteLater();
        return answer;
    }

    QJsonValue call(const QString &method, const QJsonArray &params, double *ms = nullptr, double *parseMs = nullptr)
    {
        const QJsonObject body {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), m_id++},
            {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
        const QJsonObject answer = post(QJsonDocument(body), ms, parseMs).object();
        if (answer.contains(QStringLiteral("error")))
            fail(QStringLiteral("%1: %2").arg(
                method, QString::fromUtf8(QJsonDocument(answer.value(QStringLiteral("error")).toObject()).toJson())));
        return answer.value(QStringLiteral("result"));
    }

private:
    QUrl m_url;
    QNetworkAccessManager m_manager;
    int m_id = 1;
};

quint64 hexNumber(const QJsonValue &v)
{
    return v.toString().mid(2).toULongLong(nullptr, 16);
}

QJsonObject logsFilter(const QString &token, const QString &blockHash)
{
    // What the watcher asks with a large watched set (EvmWatcher::logFilter).
    return QJsonObject {{QStringLiteral("address"), QJsonArray {token}},
        {QStringLiteral("topics"), QJsonArray {QLatin1String(chain::evm::kTransferTopic)}},
        {QStringLiteral("blockHash"), blockHash}};
}

QString transferData(const QString &to, quint64 amount)
{
    return QStringLiteral("0xa9059cbb")
        + QString::fromLatin1(
            QByteArray(AnvilNode::abiAddress(to) + AnvilNode::abiUint(QString::number(amount))).toHex());
}

struct Run {
    int transfers = 1000;
    int blockLogs = 5000;
    int blocks = 3;
};

void anvilFigures(const Run &run)
{
    AnvilNode anvil;
    AnvilNode::Options options;
    options.extraArgs = {QStringLiteral("--gas-limit"), QStringLiteral("2000000000")};
    must(anvil.start(options), "starting anvil");
    const QString token = must(anvil.deployToken(QStringLiteral("TestToken"), 6), "deploying the token");
    must(anvil.mint(token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000000000")), "minting");
    RawRpc raw(anvil.httpUrl());

    // The watched set: the payees of both phases and 10,000 never paid.
    auto addresses = std::make_shared<chain::WatchedAddresses>();
    quint64 seed = 0x62656e6368ull;
    QStringList latencyPayees;
    QStringList blockPayees;
    for (int i = 0; i < run.transfers; ++i) {
        const chain::Address20 a = randomAddress(seed);
        addresses->insert(a, 1);
        latencyPayees << hexAddress(a);
    }
    for (int i = 0; i < run.blockLogs; ++i) {
        const chain::Address20 a = randomAddress(seed);
        addresses->insert(a, 2);
        blockPayees << hexAddress(a);
    }
    for (int i = 0; i < 10000; ++i)
        addresses->insert(randomAddress(seed), 3);

    QTemporaryDir profile;
    auto url = must(store::DatabaseUrl::parse(QString(), profile.path()), "database url");
    auto database = std::shared_ptr<store::Database>(
        must(store::Database::open(url, SystemClock::instance()), "opening the database").release());

    chain::ChainSettings settings = *chain::ChainSettingsFile::defaults(QStringLiteral("local"));
    settings.enabled = true;
    settings.chainId = 31337;
    settings.httpEndpoints = {anvil.httpUrl()};
    settings.wsEndpoints = {anvil.wsUrl()};
    settings.tokens = {chain::TokenContract {QStringLiteral("USDT"), token, 6}};
    settings.finality = chain::FinalityPolicy::Depth;
    settings.confirmations = 12;
    settings.pollIntervalMs = 2000;

    net::NetworkFactory factory;
    Probe probe;
    QThread thread;
    thread.setObjectName(QStringLiteral("kassa-chain-local"));
    auto *watcher = new chain::evm::EvmWatcher(settings, database, addresses, factory, SystemClock::instance());
    watcher->moveToThread(&thread);
    QObject::connect(
        watcher, &chain::evm::EvmWatcher::headArrived, watcher,
        [&probe](quint64 number, qint64 ns) { probe.onHead(number, ns); }, Qt::DirectConnection);
    QObject::connect(
        watcher, &chain::evm::EvmWatcher::logsArrived, watcher,
        [&probe](quint64 number, qint64 ns) { probe.onLogs(number, ns); }, Qt::DirectConnection);
    QObject::connect(
        watcher, &chain::ChainWatcher::transfersChanged, watcher,
        [&probe](const QList<store::TransferRecord> &rows) { probe.onRows(rows); }, Qt::DirectConnection);
    QObject::connect(
        watcher, &chain::ChainWatcher::statusChanged, watcher,
        [&probe](const chain::WatcherStatus &s) {
            std::lock_guard lock(probe.mutex);
            probe.status = s;
            probe.changed.notify_all();
        },
        Qt::DirectConnection);
    QObject::connect(
        watcher, &chain::ChainWatcher::halted, watcher,
        [&probe](const Error &e) {
            std::lock_guard lock(probe.mutex);
            probe.halted = e;
            probe.changed.notify_all();
        },
        Qt::DirectConnection);
    thread.start();
    QMetaObject::invokeMethod(watcher, &chain::ChainWatcher::start, Qt::QueuedConnection);

    auto waitLive = [&](quint64 block) {
        if (!probe.waitFor([&] { return probe.status.connected && probe.status.processedBlock >= block; }, 30000)) {
            fail(QStringLiteral("the watcher did not reach block %1: %2")
                     .arg(block)
                     .arg(probe.halted ? probe.halted->message : probe.status.lastError));
        }
    };
    waitLive(hexNumber(raw.call(QStringLiteral("eth_blockNumber"), {})));
    // The newHeads subscription follows the catch-up by a round trip or two.
    QThread::msleep(300);
    must(anvil.mine(1), "mining");
    waitLive(hexNumber(raw.call(QStringLiteral("eth_blockNumber"), {})));

    // -- latency: one transfer per block (automine)
    std::vector<double> latencies;
    std::vector<double> roundTrips;
    const QString from = QString::fromLatin1(AnvilNode::kAccount0).toLower();
    for (int i = 0; i < run.transfers; ++i) {
        const QJsonObject tx {{QStringLiteral("from"), from}, {QStringLiteral("to"), token},
            {QStringLiteral("gas"), QStringLiteral("0x186a0")},
            {QStringLiteral("data"), transferData(latencyPayees[i], quint64(1000000 + i))}};
        const QString hash = raw.call(QStringLiteral("eth_sendTransaction"), {tx}).toString();
        if (!probe.waitFor([&] { return probe.latencyByTx.contains(hash); }, 10000))
            fail(QStringLiteral("transfer %1 (%2) was not signalled").arg(i).arg(hash));
        double ms = 0;
        {
            std::lock_guard lock(probe.mutex);
            ms = probe.latencyByTx.value(hash);
        }
        if (ms < 0)
            fail(QStringLiteral("transfer %1 signalled before its head arrived").arg(hash));
        latencies.push_back(ms);
        // The baseline for the same block, the watcher idle meanwhile.
        const QJsonObject receipt = raw.call(QStringLiteral("eth_getTransactionReceipt"), {hash}).toObject();
        double rt = 0;
        const QJsonValue logs = raw.call(QStringLiteral("eth_getLogs"),
            {logsFilter(token, receipt.value(QStringLiteral("blockHash")).toString())}, &rt);
        if (logs.toArray().size() != 1)
            fail(QStringLiteral("expected one log in the block of %1").arg(hash));
        roundTrips.push_back(rt);
        if ((i + 1) % 250 == 0)
            std::fprintf(stderr, "  %d transfers, p50 %.2f ms so far\n", i + 1, percentile(latencies, 0.5));
    }
    const QString latencyNote = QStringLiteral(
        "%1 transfers, one per block, newHeads arrival to committed and signalled (SQLite, WAL, synchronous=FULL); "
        "baseline: bare eth_getLogs round trip of the same block")
                                    .arg(run.transfers);
    bench::printFigure({"evmwatcher.latency.p50", percentile(latencies, 0.5), "ms", "<=5", percentile(roundTrips, 0.5),
        NAN, latencyNote.toStdString()});
    bench::printFigure({"evmwatcher.latency.p99", percentile(latencies, 0.99), "ms", "<=25",
        percentile(roundTrips, 0.99), NAN, latencyNote.toStdString()});
    // What a durable commit costs on this disk right now (other programs'
    // writes stretch every fsync): the part of the latency no code can save.
    const std::vector<double> commits = bareDurableCommits(profile.path(), 200);
    bench::printFigure({"evmwatcher.bare_durable_commit.p50", percentile(commits, 0.5), "ms", "", NAN, NAN,
        "one row inserted and committed with WAL and synchronous=FULL through the bare SQLite C API, measured "
        "right after the latency run: the disk's floor under the latency figures (p99 in the log)"});
    std::fprintf(stderr, "  bare durable commit: p50 %.2f ms, p99 %.2f ms\n", percentile(commits, 0.5),
        percentile(commits, 0.99));

    // -- one block of M matching logs (automine off, one evm_mine)
    raw.call(QStringLiteral("evm_setAutomine"), {false});
    std::vector<double> blockMs; // head → signalled
    std::vector<double> blockBase; // bare eth_getLogs round trip, parsed
    std::vector<double> processMs; // logs answer complete → signalled
    std::vector<double> parseBase; // bare parse of the same answer
    std::vector<double> processCpuMs; // CPU time of the whole process meanwhile
    for (int b = 0; b < run.blocks; ++b) {
        quint64 nonce =
            hexNumber(raw.call(QStringLiteral("eth_getTransactionCount"), {from, QStringLiteral("pending")}));
        constexpr int kBatch = 500;
        for (int start = 0; start < run.blockLogs; start += kBatch) {
            QJsonArray batch;
            for (int i = start; i < std::min(run.blockLogs, start + kBatch); ++i) {
                const QJsonObject tx {{QStringLiteral("from"), from}, {QStringLiteral("to"), token},
                    {QStringLiteral("gas"), QStringLiteral("0x186a0")},
                    {QStringLiteral("nonce"), QString(QStringLiteral("0x") + QString::number(nonce++, 16))},
                    {QStringLiteral("data"), transferData(blockPayees[i], quint64(7000000 + b))}};
                batch << QJsonObject {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), i},
                    {QStringLiteral("method"), QStringLiteral("eth_sendTransaction")},
                    {QStringLiteral("params"), QJsonArray {tx}}};
            }
            const QJsonArray answers = raw.post(QJsonDocument(batch)).array();
            for (const QJsonValue &a : answers) {
                if (a.toObject().contains(QStringLiteral("error")))
                    fail(QStringLiteral("sending: %1")
                             .arg(QString::fromUtf8(QJsonDocument(a.toObject()).toJson(QJsonDocument::Compact))));
            }
        }
        const quint64 number = hexNumber(raw.call(QStringLiteral("eth_blockNumber"), {})) + 1;
        {
            std::lock_guard lock(probe.mutex);
            probe.expectRows.insert(number, run.blockLogs);
        }
        raw.call(QStringLiteral("evm_mine"), {});
        const QJsonObject block = raw.call(QStringLiteral("eth_getBlockByNumber"),
                                         {QString(QStringLiteral("0x") + QString::number(number, 16)), false})
                                      .toObject();
        const qsizetype txCount = block.value(QStringLiteral("transactions")).toArray().size();
        if (txCount != run.blockLogs)
            fail(QStringLiteral("block %1 holds %2 transactions, not %3").arg(number).arg(txCount).arg(run.blockLogs));
        if (!probe.waitFor([&] { return probe.blockDoneAt.contains(number); }, 60000))
            fail(QStringLiteral("the %1 transfers of block %2 were not all signalled").arg(run.blockLogs).arg(number));
        {
            std::lock_guard lock(probe.mutex);
            const qint64 done = probe.blockDoneAt.value(number);
            if (!probe.headAt.count(number) || !probe.logsAt.count(number))
                fail(QStringLiteral("block %1: no head or logs arrival recorded").arg(number));
            blockMs.push_back(double(done - probe.headAt[number]) / 1e6);
            processMs.push_back(double(done - probe.logsAt[number]) / 1e6);
            processCpuMs.push_back(double(probe.blockDoneCpuAt.value(number) - probe.logsCpuAt[number]) / 1e6);
        }
        double rt = 0;
        double parse = 0;
        const QJsonValue logs = raw.call(QStringLiteral("eth_getLogs"),
            {logsFilter(token, block.value(QStringLiteral("hash")).toString())}, &rt, &parse);
        if (logs.toArray().size() != run.blockLogs)
            fail(QStringLiteral("eth_getLogs gave %1 logs").arg(logs.toArray().size()));
        blockBase.push_back(rt);
        parseBase.push_back(parse);
        std::fprintf(stderr,
            "  block %d: %.1f ms from the head, %.1f ms from the logs' arrival, %.1f ms CPU (eth_getLogs alone %.1f "
            "ms, of which parsing %.1f ms)\n",
            b + 1, blockMs.back(), processMs.back(), processCpuMs.back(), rt, parse);
        // Let the block's transfers become final before the next one.
        raw.call(QStringLiteral("anvil_mine"),
            {QString(QStringLiteral("0x") + QString::number(settings.confirmations + 1, 16))});
        waitLive(number + quint64(settings.confirmations) + 1);
    }
    bench::printFigure({"evmwatcher.block_logs", median(processMs), "ms", "<=200", median(parseBase), NAN,
        QStringLiteral("one block of %1 matching Transfer logs (median of %2 blocks), processed: from the node's "
                       "answer complete to all parsed, checked, stored (SQLite, durable commit) and signalled; "
                       "baseline: bare QJsonDocument parse of the same answer")
            .arg(run.blockLogs)
            .arg(run.blocks)
            .toStdString()});
    bench::printFigure({"evmwatcher.block_logs.cpu", median(processCpuMs), "ms", "", median(parseBase), NAN,
        QStringLiteral("CPU time of the process (all threads) while it processed those blocks: the part of "
                       "evmwatcher.block_logs that other programs on the machine cannot stretch; baseline: the bare "
                       "parse as above")
            .toStdString()});
    bench::printFigure({"evmwatcher.block_logs.end_to_end", median(blockMs), "ms", "", median(blockBase), NAN,
        QStringLiteral("the same blocks from the newHeads notification, so with anvil's own eth_getLogs time; "
                       "baseline: bare eth_getLogs round trip of the block, parsed")
            .toStdString()});

    QMetaObject::invokeMethod(
        watcher,
        [watcher] {
            watcher->stop();
            delete watcher;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    kassa::test::pinEnvironment();
    QLoggingCategory::setFilterRules(QStringLiteral("kassa.*.info=false"));
    Run run;
    size_t addresses = 1000000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const int n = args[i + 1].toInt();
        if (args[i] == QLatin1String("--transfers"))
            run.transfers = n;
        else if (args[i] == QLatin1String("--block-logs"))
            run.blockLogs = n;
        else if (args[i] == QLatin1String("--blocks"))
            run.blocks = n;
        else if (args[i] == QLatin1String("--addresses"))
            addresses = size_t(n);
    }
    if (run.transfers < 1 || run.blockLogs < 1 || run.blocks < 1 || addresses < 1) {
        std::fprintf(stderr, "usage: bench_evmwatcher [--transfers N] [--block-logs M] [--blocks R] [--addresses A]\n");
        return 2;
    }
    // Memory first, on a heap that nothing else has used yet.
    memoryFigure(addresses);
    anvilFigures(run);
    return 0;
}
