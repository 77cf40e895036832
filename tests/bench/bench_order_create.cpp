// Benchmark: Epusdt create-transaction over HTTP on loopback against SQLite
// with durable commits (WAL, synchronous=FULL: one fsync'd transaction per
// order), next to a baseline measured in the same run: a bare SQLite loop
// that inserts one row of the same width per committed transaction on the
// same file system. The whole path — HTTP parsing, strict JSON, MD5
// signature, rate conversion, unique-amount reservation, order row, event
// row — is measured against that floor of one fsync'd commit per row;
// Payments' group commit (concurrent orders share a transaction, a
// savepoint each) is what lets the API go past it.
//
// The load generator is in this process (no wrk here): C connections, each
// with one request in flight on a keep-alive socket, run on their own
// thread; the listener runs on its thread, the database writer on its own.
//
// usage: bench_order_create [--orders N] [--connections C] [--runs R]
// Prints per run: orders/s, p50/p99 latency; then medians and the ratio.
// Goals (issue 7): ≥ 5,000 orders/s sustained, p99 ≤ 25 ms.
#include "BenchFigure.h"
#include "api/ApiServer.h"
#include "api/StorefrontApi.h"
#include "notify/EpusdtSignature.h"
#include "payments/Payments.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace kassa;

namespace {

const QByteArray kToken = "bench-token";

QByteArray createRequest(int n, quint16 port)
{
    const QByteArray unsignedBody = "{\"order_id\":\"B" + QByteArray::number(n)
        + "\",\"amount\":" + QByteArray::number(10 + n % 5000) + ".5,\"notify_url\":\"http://127.0.0.1:9/n\"}";
    auto fields = notify::RawJson::parseObject(unsignedBody);
    const QByteArray signature = notify::EpusdtSignature::sign(fields.value(), kToken).value().toLatin1();
    QByteArray body = unsignedBody;
    body.chop(1);
    body += ",\"signature\":\"" + signature + "\"}";
    return "POST /api/v1/order/create-transaction HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}

//! One keep-alive connection: send, read one whole response, repeat.
void client(quint16 port, const std::vector<QByteArray> &requests, std::atomic<size_t> &next,
    std::vector<double> &latenciesMs, std::atomic<int> &failures)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        ++failures;
        return;
    }
    while (true) {
        const size_t i = next.fetch_add(1);
        if (i >= requests.size())
            break;
        QElapsedTimer t;
        t.start();
        socket.write(requests[i]);
        QByteArray buffer;
        qsizetype bodyStart = -1;
        qsizetype length = -1;
        while (true) {
            if (!socket.waitForReadyRead(10000)) {
                ++failures;
                return;
            }
            buffer += socket.readAll();
            if (bodyStart < 0) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                bodyStart = end + 4;
                const QByteArray head = buffer.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                length = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            }
            if (buffer.size() - bodyStart >= length)
                break;
        }
        if (!buffer.contains("\"status_code\":200"))
            ++failures;
        latenciesMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
}

struct RunResult {
    double perSecond = 0;
    double p50 = 0;
    double p99 = 0;
    int failures = 0;
};

RunResult runHttp(int orders, int connections, int run)
{
    QTemporaryDir dir;
    auto db = store::Database::open(
        store::DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("kassa.sqlite"))), SystemClock::instance());
    if (!db.ok())
        qFatal("%s", qPrintable(db.error().message));
    std::shared_ptr<store::Database> database(std::move(db).value().release());
    auto addresses = std::make_shared<payments::StaticAddressSource>();
    QStringList shared;
    for (int i = 0; i < 20; ++i)
        shared << QStringLiteral("0x%1").arg(0x7000 + i, 40, 16, QLatin1Char('0'));
    addresses->setShared(QStringLiteral("ethereum"), shared);
    auto payments = std::make_shared<payments::Payments>(database, addresses, payments::PaymentSettings {});
    auto rate = money::ExchangeRate::create(QStringLiteral("7.2345"), QStringLiteral("CNY"), QStringLiteral("USDT"),
        QStringLiteral("manual"), QDateTime::currentDateTimeUtc());
    (void)payments->setRate(rate.value(), audit::Actor::system());
    api::ApiSettings settings;
    settings.epusdtToken = kToken;
    settings.target = {QStringLiteral("ethereum"), QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7"),
        money::Asset::usdt6()};
    settings.ratePerSecond = 0;
    api::ApiServer server(std::make_shared<api::StorefrontApi>(payments, settings));
    auto port = server.start(api::ListenSettings {QHostAddress::LocalHost, 0});
    if (!port.ok())
        qFatal("%s", qPrintable(port.error().message));
    std::vector<QByteArray> requests;
    for (int i = 0; i < orders; ++i)
        requests.push_back(createRequest(run * 10'000'000 + i, port.value()));
    std::atomic<size_t> next {0};
    std::atomic<int> failures {0};
    std::vector<std::vector<double>> latencies {size_t(connections), std::vector<double> {}};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c)
        threads.emplace_back([&, c] { client(port.value(), requests, next, latencies[size_t(c)], failures); });
    for (auto &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    server.stop();
    std::vector<double> all;
    for (const auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    RunResult r;
    r.failures = failures.load();
    r.perSecond = double(all.size()) / seconds;
    if (!all.empty()) {
        r.p50 = all[all.size() / 2];
        r.p99 = all[std::min(all.size() - 1, all.size() * 99 / 100)];
    }
    return r;
}

//! The floor: one row of an order's width per durable transaction.
double runBaseline(int orders)
{
    QTemporaryDir dir;
    double perSecond = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(dir.filePath(QStringLiteral("baseline.sqlite")));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(
            QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, trade_id TEXT UNIQUE, merchant TEXT, address TEXT, "
                           "amount TEXT, created INTEGER)"));
        QSqlQuery ins(db);
        ins.prepare(
            QStringLiteral("INSERT INTO t (trade_id, merchant, address, amount, created) VALUES (?, ?, ?, ?, ?)"));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < orders; ++i) {
            db.transaction();
            ins.bindValue(0, QStringLiteral("2026120317000000000%1").arg(i));
            ins.bindValue(1, QStringLiteral("B%1").arg(i));
            ins.bindValue(2, QStringLiteral("0x0000000000000000000000000000000000007000"));
            ins.bindValue(3, QString::number(13'900'000 + i));
            ins.bindValue(4, qint64(i));
            ins.exec();
            db.commit();
        }
        perSecond = double(orders) / (double(t.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return perSecond;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int orders = 20000;
    // A storefront under load keeps many connections open (wrk's usual
    // -c 64); each waits for its order's durable commit, so the rate is
    // at most connections / commit latency.
    int connections = 64;
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--orders"))
            orders = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--connections"))
            connections = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    std::printf("create-transaction over HTTP, SQLite WAL synchronous=FULL: %d orders, %d connections, %d runs\n",
        orders, connections, runs);
    std::vector<double> rates, p50s, p99s, baselines;
    for (int r = 0; r < runs; ++r) {
        // The floor is a rate: a few thousand fsync'd commits measure it.
        const double baseline = runBaseline(std::min(orders, 3000));
        const RunResult http = runHttp(orders, connections, r);
        std::printf("run %d: baseline %.0f inserts/s | API %.0f orders/s, p50 %.2f ms, p99 %.2f ms, failures %d\n",
            r + 1, baseline, http.perSecond, http.p50, http.p99, http.failures);
        baselines.push_back(baseline);
        rates.push_back(http.perSecond);
        p50s.push_back(http.p50);
        p99s.push_back(http.p99);
    }
    const double b = median(baselines);
    const double a = median(rates);
    std::printf(
        "median: baseline %.0f inserts/s, API %.0f orders/s (%.0f %% of the baseline), p50 %.2f ms, p99 %.2f ms\n", b,
        a, b > 0 ? 100.0 * a / b : 0.0, median(p50s), median(p99s));
    std::printf("goals: >= 5000 orders/s, p99 <= 25 ms\n");
    bench::printFigure({"order_create.orders_per_s", a, "orders/s", ">=5000", b, NAN,
        "median of runs: Epusdt create-transaction over HTTP on loopback, SQLite WAL synchronous=FULL, "
        + std::to_string(connections) + " keep-alive connections; baseline: a bare SQLite loop of one durable "
        "insert per transaction on the same disk"});
    bench::printFigure({"order_create.p99", median(p99s), "ms", "<=25", NAN, NAN,
        "median over runs of the 99th percentile request latency (send to whole answer)"});
    return 0;
}
