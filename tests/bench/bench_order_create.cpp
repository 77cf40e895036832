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
// A second baseline in the same run shows the listener's own ceiling: the
// same requests signed with another token, so each is parsed, its MD5
// signature verified and refused — everything but the database.
//
// The load generator is in this process (no wrk here), like wrk -t1: one
// thread with C keep-alive connections, each with one request in flight,
// on epoll; the listener runs on its thread, the database writer on its own.
// Each run prints the CPU time per request of each thread group, so where
// the two shared cores go is on the page, and the load averages.
//
// usage: bench_order_create [--orders N] [--connections C] [--runs R]
// Prints per run: orders/s, p50/p99 latency; then medians and the ratios.
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
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kassa;

namespace {

const QByteArray kToken = "bench-token";

QByteArray createRequest(int n, quint16 port, const QByteArray &token)
{
    const QByteArray unsignedBody = "{\"order_id\":\"B" + QByteArray::number(n)
        + "\",\"amount\":" + QByteArray::number(10 + n % 5000) + ".5,\"notify_url\":\"http://127.0.0.1:9/n\"}";
    auto fields = notify::RawJson::parseObject(unsignedBody);
    const QByteArray signature = notify::EpusdtSignature::sign(fields.value(), token).value().toLatin1();
    QByteArray body = unsignedBody;
    body.chop(1);
    body += ",\"signature\":\"" + signature + "\"}";
    return "POST /api/v1/order/create-transaction HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}

//! The load generator, like wrk -t1: one thread, C keep-alive connections
//! on non-blocking sockets, each with one request in flight, driven by
//! epoll. A lean client leaves the two shared cores to the server.
struct Load {
    std::vector<double> latenciesMs;
    int failures = 0;
    double seconds = 0;
};

Load drive(quint16 port, const std::vector<QByteArray> &requests, int connections, const QByteArray &expect)
{
    Load load;
    struct Conn {
        int fd = -1;
        size_t request = 0;
        QByteArray buffer;
        qsizetype bodyStart = -1;
        qsizetype length = -1;
        QElapsedTimer sent;
    };
    std::vector<Conn> conns(static_cast<size_t>(connections));
    const int ep = epoll_create1(0);
    size_t next = 0;
    size_t done = 0;
    const auto send = [&](Conn &c) {
        if (next >= requests.size())
            return false;
        c.request = next++;
        c.buffer.clear();
        c.bodyStart = -1;
        c.length = -1;
        c.sent.start();
        const QByteArray &r = requests[c.request];
        // A request is a few hundred bytes: the socket buffer takes it whole.
        if (::send(c.fd, r.constData(), size_t(r.size()), MSG_NOSIGNAL) != r.size()) {
            ++load.failures;
            return false;
        }
        return true;
    };
    QElapsedTimer wall;
    wall.start();
    int open = 0;
    for (size_t i = 0; i < conns.size(); ++i) {
        Conn &c = conns[i];
        c.fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int one = 1;
        ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        if (::connect(c.fd, reinterpret_cast<sockaddr *>(&to), sizeof(to)) != 0) {
            ++load.failures;
            ::close(c.fd);
            c.fd = -1;
            continue;
        }
        ::fcntl(c.fd, F_SETFL, ::fcntl(c.fd, F_GETFL) | O_NONBLOCK);
        epoll_event ev {};
        ev.events = EPOLLIN;
        ev.data.u64 = i;
        ::epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &ev);
        if (send(c))
            ++open;
    }
    std::vector<epoll_event> events(conns.size());
    char chunk[16384];
    while (open > 0) {
        const int n = ::epoll_wait(ep, events.data(), int(events.size()), 10000);
        if (n <= 0) { // nothing for 10 s: the rest failed
            load.failures += open;
            break;
        }
        for (int e = 0; e < n; ++e) {
            Conn &c = conns[events[size_t(e)].data.u64];
            const ssize_t got = ::recv(c.fd, chunk, sizeof(chunk), 0);
            if (got <= 0) {
                if (got < 0 && errno == EAGAIN)
                    continue;
                ++load.failures;
                --open;
                ::epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
                continue;
            }
            c.buffer.append(chunk, got);
            if (c.bodyStart < 0) {
                const qsizetype end = c.buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                c.bodyStart = end + 4;
                const QByteArray head = c.buffer.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                c.length =
                    at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            }
            if (c.buffer.size() - c.bodyStart < c.length)
                continue;
            if (!c.buffer.contains(expect))
                ++load.failures;
            load.latenciesMs.push_back(double(c.sent.nsecsElapsed()) / 1e6);
            ++done;
            if (!send(c))
                --open;
        }
    }
    load.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (const Conn &c : conns)
        if (c.fd >= 0)
            ::close(c.fd);
    ::close(ep);
    return load;
}

//! CPU seconds used so far by this process's threads, by thread name.
std::map<std::string, double> cpuByThread()
{
    std::map<std::string, double> out;
    const double tick = double(::sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < 0)
            continue;
        std::string name = line.mid(open + 1, close - open - 1).toStdString();
        if (name.rfind("kassa-db-writer", 0) == 0)
            name = "db writer";
        else if (name == "kassa-api")
            name = "http listener";
        else if (name.rfind("Thread (pooled)", 0) == 0)
            name = "api pool";
        else
            name = "load generator";
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 12) // utime, stime: fields 14 and 15 of stat
            out[name] += (fields[11].toDouble() + fields[12].toDouble()) / tick;
    }
    return out;
}

struct RunResult {
    double perSecond = 0;
    double p50 = 0;
    double p99 = 0;
    int failures = 0;
    //! CPU µs per request, by thread group (server and load generator).
    std::map<std::string, double> cpuUsPerRequest;
};

enum class Mode {
    Create, //!< signed with the storefront's token: orders are made
    NoDatabase, //!< signed with another token: parsed, verified, refused
};

RunResult runHttp(Mode mode, int orders, int connections, int run)
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
    const QByteArray token = mode == Mode::Create ? kToken : QByteArray("another-token");
    for (int i = 0; i < orders; ++i)
        requests.push_back(createRequest(run * 10'000'000 + i, port.value(), token));
    const auto cpuBefore = cpuByThread();
    const Load load = drive(port.value(), requests, connections,
        mode == Mode::Create ? QByteArray("\"status_code\":200") : QByteArray("\"status_code\":401"));
    const auto cpuAfter = cpuByThread();
    server.stop();
    std::vector<double> all = load.latenciesMs;
    std::sort(all.begin(), all.end());
    RunResult r;
    r.failures = load.failures;
    r.perSecond = double(all.size()) / load.seconds;
    if (!all.empty()) {
        r.p50 = all[all.size() / 2];
        r.p99 = all[std::min(all.size() - 1, all.size() * 99 / 100)];
        for (const auto &[name, seconds] : cpuAfter) {
            const auto before = cpuBefore.find(name);
            r.cpuUsPerRequest[name] =
                (seconds - (before == cpuBefore.end() ? 0.0 : before->second)) * 1e6 / double(all.size());
        }
    }
    return r;
}

std::string cpuText(const std::map<std::string, double> &cpu)
{
    std::string out;
    double total = 0;
    char part[96];
    for (const auto &[name, us] : cpu) {
        std::snprintf(part, sizeof(part), "%s%s %.0f", out.empty() ? "" : ", ", name.c_str(), us);
        out += part;
        total += us;
    }
    std::snprintf(part, sizeof(part), " (total %.0f) CPU us/request", total);
    return out + part;
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

//! The machine's load averages (the box is shared).
std::string loadText()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    return f.readAll().trimmed().toStdString();
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
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h") || i + 1 >= args.size()) {
            std::printf("usage: bench_order_create [--orders N] [--connections C] [--runs R]\n");
            return args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h") ? 0 : 2;
        }
        if (args[i] == QLatin1String("--orders"))
            orders = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--connections"))
            connections = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        ++i;
    }
    // One log line per refused request would measure stderr, not the API.
    QLoggingCategory::setFilterRules(QStringLiteral("kassa.engine.info=false"));
    std::printf("create-transaction over HTTP, SQLite WAL synchronous=FULL: %d orders, %d connections, %d runs\n",
        orders, connections, runs);
    std::printf("load: %s\n", loadText().c_str());
    std::vector<double> rates, p50s, p99s, baselines, noDbRates, noDbP99s;
    for (int r = 0; r < runs; ++r) {
        // The floor is a rate: a few thousand fsync'd commits measure it.
        const double baseline = runBaseline(std::min(orders, 3000));
        const RunResult noDb = runHttp(Mode::NoDatabase, orders, connections, r);
        const RunResult http = runHttp(Mode::Create, orders, connections, r);
        std::printf("run %d: baseline %.0f inserts/s | no-DB %.0f requests/s, p99 %.2f ms, failures %d | "
                    "API %.0f orders/s, p50 %.2f ms, p99 %.2f ms, failures %d\n",
            r + 1, baseline, noDb.perSecond, noDb.p99, noDb.failures, http.perSecond, http.p50, http.p99,
            http.failures);
        std::printf("  no-DB: %s\n  API:   %s\n", cpuText(noDb.cpuUsPerRequest).c_str(),
            cpuText(http.cpuUsPerRequest).c_str());
        baselines.push_back(baseline);
        noDbRates.push_back(noDb.perSecond);
        noDbP99s.push_back(noDb.p99);
        rates.push_back(http.perSecond);
        p50s.push_back(http.p50);
        p99s.push_back(http.p99);
    }
    const double b = median(baselines);
    const double a = median(rates);
    const double h = median(noDbRates);
    std::printf("median: baseline %.0f inserts/s, no-DB %.0f requests/s (p99 %.2f ms), API %.0f orders/s "
                "(%.0f %% of the baseline, %.0f %% of no-DB), p50 %.2f ms, p99 %.2f ms\n",
        b, h, median(noDbP99s), a, b > 0 ? 100.0 * a / b : 0.0, h > 0 ? 100.0 * a / h : 0.0, median(p50s),
        median(p99s));
    std::printf("load after: %s\n", loadText().c_str());
    std::printf("goals: >= 5000 orders/s, p99 <= 25 ms\n");
    bench::printFigure({"order_create.orders_per_s", a, "orders/s", ">=5000", b, NAN,
        "median of runs: Epusdt create-transaction over HTTP on loopback, SQLite WAL synchronous=FULL, "
        + std::to_string(connections) + " keep-alive connections; baseline: a bare SQLite loop of one durable "
        "insert per transaction on the same disk"});
    bench::printFigure({"order_create.no_db_per_s", h, "requests/s", "", a, h > 0 ? a / h : NAN,
        "median of runs: the same requests signed with another token (HTTP, JSON, MD5 verify, refusal; no "
        "database) - the ceiling of the listener on this machine; ratio: API orders/s over it"});
    bench::printFigure({"order_create.p99", median(p99s), "ms", "<=25", NAN, NAN,
        "median over runs of the 99th percentile request latency (send to whole answer)"});
    return 0;
}
