// Benchmark: how soon a TRC-20 transfer is signalled after its block
// becomes visible on the node, and what the polling costs in requests.
//
// The replay node (tests/support/TronReplayNode) runs on a thread of its
// own, the TronWatcher on another (as ChainManager runs it), a SQLite store
// in a temporary directory. For each poll interval P, SAMPLES blocks are
// produced at random moments (so every phase of the poll is sampled), each
// carrying one USDT transfer to a watched address, and solidified at once.
//
//   detect     block produced → transfersChanged with the transfer
//              (what a merchant waits; bounded by P)
//   process    the watcher's head arrival → transfersChanged (the work
//              after the poll answer: solidified head, infos, store, signal)
//   baseline   one /wallet/getnowblock round trip to the same node, from a
//              TronClient (the floor of any request)
//
// Medians and p99 are printed with the ratio of `process` to `baseline`,
// and the requests the watcher sent per poll and per block, turned into a
// budget per minute for mainnet's one block every 3 s.
//
//   usage: bench_tron_detection [samples] [poll-ms …]   (default: 30 1000 3000)
#include "BenchFigure.h"
#include "TronReplayNode.h"
#include "chain/WatchedAddresses.h"
#include "chain/tron/TronClient.h"
#include "chain/tron/TronWatcher.h"
#include "crypto/TronAddress.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <vector>

using namespace kassa;
using kassa::test::TronReplayNode;
using SteadyClock = std::chrono::steady_clock;

namespace {

const QString kUsdt = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString kPayer = QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC");
const QString kShop = QStringLiteral("TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K");

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now().time_since_epoch()).count();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// Runs `fn` on `context`'s thread and waits for it.
template<typename F>
void onThread(QObject *context, F fn)
{
    QMetaObject::invokeMethod(context, fn, Qt::BlockingQueuedConnection);
}

// Waits on this thread (the benchmark's own loop, not product code).
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    tick.start();
    if (!done())
        loop.exec();
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int samples = argc > 1 ? std::max(3, std::atoi(argv[1])) : 30;
    std::vector<int> polls;
    for (int i = 2; i < argc; ++i)
        polls.push_back(std::max(100, std::atoi(argv[i])));
    if (polls.empty())
        polls = {1000, 3000};

    // The node on its own thread.
    QThread serverThread;
    serverThread.start();
    auto *serverContext = new QObject;
    serverContext->moveToThread(&serverThread);
    TronReplayNode *node = nullptr;
    onThread(serverContext, [&] {
        node = new TronReplayNode;
        node->produce(3);
        node->solidify(node->head());
    });
    QUrl url;
    onThread(serverContext, [&] { url = node->url(); });

    // Baseline: single getnowblock round trips from this thread.
    net::NetworkFactory factory;
    std::vector<double> baseline;
    {
        chain::tron::TronClient client(factory, {url}, {}, {}, SystemClock::instance(), {});
        for (int i = 0; i < 200; ++i) {
            const qint64 start = nowNs();
            auto future = client.nowBlock();
            waitFor([&] { return future.isFinished(); }, 5000);
            if (i >= 20) // warm-up
                baseline.push_back(double(nowNs() - start) / 1e6);
        }
    }
    const double baseP50 = percentile(baseline, 0.5);
    std::printf("baseline  getnowblock round trip: p50 %.3f ms, p99 %.3f ms (%zu requests)\n", baseP50,
        percentile(baseline, 0.99), baseline.size());

    for (int pollMs : polls) {
        QTemporaryDir dir;
        auto db =
            store::Database::open(store::DatabaseUrl::parse(QString(), dir.path()).value(), SystemClock::instance());
        if (!db.ok()) {
            std::fprintf(stderr, "database: %s\n", qPrintable(db.error().message));
            return 1;
        }
        std::shared_ptr<store::Database> database(std::move(db).value().release());
        auto addresses = std::make_shared<chain::WatchedAddresses>();
        chain::Address20 shop {};
        std::memcpy(shop.data(), crypto::TronAddress::parse(kShop)->toEvm().bytes().data(), 20);
        addresses->insert(shop, 1);

        chain::ChainSettings settings = *chain::ChainSettingsFile::defaults(QStringLiteral("tron"));
        settings.enabled = true;
        settings.httpEndpoints = {url};
        settings.tronGridUrl = QUrl();
        settings.pollIntervalMs = pollMs;

        std::mutex mutex;
        std::map<QString, qint64> signalledNs; // tx → when signalled
        std::map<quint64, qint64> headNs; // block → when its head arrived
        QThread watcherThread;
        auto *watcher = new chain::tron::TronWatcher(settings, database, addresses, factory, SystemClock::instance());
        watcher->moveToThread(&watcherThread);
        QObject::connect(
            watcher, &chain::ChainWatcher::transfersChanged, watcher, [&](const QList<store::TransferRecord> &rows) {
                const qint64 t = nowNs();
                std::lock_guard lock(mutex);
                for (const store::TransferRecord &r : rows)
                    signalledNs.emplace(r.txHash, t);
            });
        QObject::connect(watcher, &chain::tron::TronWatcher::headArrived, watcher, [&](quint64 number, qint64 ns) {
            std::lock_guard lock(mutex);
            headNs.emplace(number, ns);
        });
        QObject::connect(&watcherThread, &QThread::finished, watcher, &QObject::deleteLater);
        watcherThread.start();
        QMetaObject::invokeMethod(watcher, &chain::tron::TronWatcher::start, Qt::QueuedConnection);
        QThread::msleep(std::max(500, 2 * pollMs));

        std::vector<double> detect;
        std::vector<double> process;
        qint64 requestsBefore = 0;
        onThread(watcher, [&] { requestsBefore = watcher->nodeRequests(); });
        const qint64 runStart = nowNs();
        for (int i = 0; i < samples; ++i) {
            // A random moment within the poll period.
            QThread::msleep(QRandomGenerator::global()->bounded(pollMs));
            QString tx;
            quint64 number = 0;
            qint64 producedNs = 0;
            onThread(serverContext, [&] {
                tx = node->addTransfer(TronReplayNode::transfer(kUsdt, kPayer, kShop, QString::number(1000000 + i)));
                node->produce(1);
                node->solidify(node->head());
                number = node->head();
                producedNs = nowNs();
            });
            const bool seen = waitFor(
                [&] {
                    std::lock_guard lock(mutex);
                    return signalledNs.count(tx) > 0;
                },
                pollMs * 5 + 5000);
            if (!seen) {
                std::fprintf(stderr, "transfer %d not signalled\n", i);
                continue;
            }
            std::lock_guard lock(mutex);
            detect.push_back(double(signalledNs[tx] - producedNs) / 1e6);
            if (headNs.count(number))
                process.push_back(double(signalledNs[tx] - headNs[number]) / 1e6);
        }
        // Let the last transfers be confirmed, then count.
        QThread::msleep(2 * pollMs);
        const double minutes = double(nowNs() - runStart) / 60e9;
        qint64 requests = 0;
        onThread(watcher, [&] {
            requests = watcher->nodeRequests() - requestsBefore;
            watcher->stop();
        });
        watcherThread.quit();
        watcherThread.wait();

        const double polls_ = minutes * 60000.0 / pollMs;
        // Per minute on mainnet (20 blocks/min, each carrying one of our
        // transfers in this run): idle polls cost one request (getnowblock);
        // a new block adds the solidified head and its infos; a transfer adds
        // its solidified receipt.
        const double perMinute = 60000.0 / pollMs + 20 * 3;
        std::printf("poll %5d ms  detect: p50 %7.1f ms  p99 %7.1f ms | process: p50 %.2f ms  p99 %.2f ms  "
                    "(%.1fx baseline) | %zu samples\n",
            pollMs, percentile(detect, 0.5), percentile(detect, 0.99), percentile(process, 0.5),
            percentile(process, 0.99), percentile(process, 0.5) / baseP50, detect.size());
        std::printf("              requests: %lld in %.2f min (%.0f/min, %.2f per poll at 1 block per %.1f s here); "
                    "mainnet budget ≈ %.0f/min = %.0f/day\n",
            static_cast<long long>(requests), minutes, double(requests) / minutes, double(requests) / polls_,
            minutes * 60.0 / samples, perMinute, perMinute * 1440);

        // The figures for `make bench`. The issue's rule is "detected within
        // one poll of the block": the p99 may take one poll interval plus
        // 100 ms for the work after the node's answer.
        const std::string id = "tron_detection.poll" + std::to_string(pollMs);
        const std::string interval = std::to_string(pollMs) + " ms";
        bench::Figure p50;
        p50.figure = id + ".detect.p50";
        p50.value = percentile(detect, 0.5);
        p50.unit = "ms";
        p50.note = "block produced on the replay node to the transfer signalled, polling every " + interval
            + " (median of " + std::to_string(detect.size()) + " blocks at random moments)";
        bench::printFigure(p50);
        bench::Figure p99;
        p99.figure = id + ".detect.p99";
        p99.value = percentile(detect, 0.99);
        p99.unit = "ms";
        p99.goal = "<=" + std::to_string(pollMs + 100);
        p99.note = "the same, 99th percentile; goal: within one poll (" + interval + ") plus 100 ms of work";
        bench::printFigure(p99);
        bench::Figure work;
        work.figure = id + ".process.p50";
        work.value = percentile(process, 0.5);
        work.unit = "ms";
        work.baseline = baseP50;
        work.note = "the watcher's head answer to the transfer signalled (solidified head, infos, durable store, "
                    "signal); baseline: one bare getnowblock round trip to the same node";
        bench::printFigure(work);
        bench::Figure rate;
        rate.figure = id + ".requests_per_min";
        rate.value = double(requests) / minutes;
        rate.unit = "requests/min";
        char pace[96];
        std::snprintf(pace, sizeof(pace), "a block every %.1f s; on mainnet, a block every 3 s with a transfer of ours each, about %.0f",
            minutes * 60.0 / samples, perMinute);
        rate.note = std::string("requests the watcher sent per minute here (") + pace + ")";
        bench::printFigure(rate);
    }
    onThread(serverContext, [&] {
        delete node;
        serverContext->deleteLater();
    });
    serverThread.quit();
    serverThread.wait();
    return 0;
}
