// Benchmark: matching transfers to open orders in memory (issue 7: match
// 1,000,000 transfers against 100,000 open orders at ≥ 1,000,000 matches/s).
//
// The matcher is Payments' ReservationIndex: (chain, token, address, exact
// amount) → the order holding that unique amount, asked with the transfer's
// first-seen time (a hold that ended before it does not match). 100,000
// orders are spread over 20 shared addresses at 5,000 amounts each, as the
// unique-amount rule hands them out; 9 in 10 transfers pay one of them, the
// rest an amount nobody holds. The transfers' fields are QStrings, as the
// watchers deliver them.
//
// Baseline, in the same run: the same lookups in a std::unordered_map keyed
// by a precomputed 64-bit integer — the floor of one hash lookup, with no
// strings to hash or compare.
//
// usage: bench_order_match [--orders N] [--transfers M] [--runs R]
#include "BenchFigure.h"
#include "payments/ReservationIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <unordered_map>
#include <vector>

using namespace kassa;

namespace {

const QString kChain = QStringLiteral("ethereum");
const QString kToken = QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7");
constexpr int kAddresses = 20;
constexpr qint64 kNowMs = 1'764'000'000'000;

struct Transfer {
    QString chain;
    QString token;
    QString to;
    QString value;
    qint64 firstSeenMs = 0;
    quint64 key = 0; //!< the baseline's integer key for the same slot
};

quint64 slotKey(int address, quint64 step)
{
    return (quint64(address) << 40) | step;
}

//! Units of the k-th amount step (10.00 USDT + k × 0.01, six decimals).
quint64 stepUnits(quint64 k)
{
    return 10'000'000 + k * 10'000;
}

//! CPU time of this thread: what the matching costs, whatever else the
//! machine runs.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
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
    int orders = 100'000;
    int transfers = 1'000'000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--orders"))
            orders = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--transfers"))
            transfers = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    QStringList addresses;
    for (int a = 0; a < kAddresses; ++a)
        addresses << QStringLiteral("0x%1").arg(0x7000 + a, 40, 16, QLatin1Char('0'));

    // The open orders: address a, amount step k, as the reservation fills them.
    QElapsedTimer t;
    t.start();
    payments::ReservationIndex index;
    std::unordered_map<quint64, qint64> baseline;
    baseline.reserve(size_t(orders));
    for (int i = 0; i < orders; ++i) {
        const int a = i % kAddresses;
        const quint64 k = quint64(i / kAddresses);
        index.put({kChain, kToken, addresses[a], QString::number(stepUnits(k))}, {i + 1, kNowMs + 3'600'000});
        baseline.emplace(slotKey(a, k), i + 1);
    }
    const double buildMs = double(t.nsecsElapsed()) / 1e6;

    // The transfers: 9 in 10 pay a held amount, the rest one nobody holds.
    std::mt19937_64 random(7);
    std::vector<Transfer> load(static_cast<size_t>(transfers));
    const quint64 heldSteps = quint64(orders / kAddresses);
    for (auto &tr : load) {
        const int a = int(random() % kAddresses);
        const bool hit = random() % 10 != 0;
        const quint64 k = hit ? random() % heldSteps : heldSteps + random() % 1000;
        tr = Transfer {kChain, kToken, addresses[a], QString::number(stepUnits(k)), kNowMs, slotKey(a, k)};
    }

    std::printf("in-memory matching: %d transfers against %d open orders (%d addresses), %d runs; index built in "
                "%.1f ms\n",
        transfers, orders, kAddresses, runs, buildMs);
    std::vector<double> rates, floors, cpuRates, cpuFloors;
    for (int r = 0; r < runs; ++r) {
        qint64 matched = 0;
        qint64 idSum = 0;
        double cpu = threadCpuSeconds();
        t.restart();
        for (const auto &tr : load) {
            if (const qint64 id = index.match(tr.chain, tr.token, tr.to, tr.value, tr.firstSeenMs)) {
                ++matched;
                idSum += id;
            }
        }
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        const double cpuSeconds = threadCpuSeconds() - cpu;
        qint64 baseMatched = 0;
        qint64 baseSum = 0;
        cpu = threadCpuSeconds();
        t.restart();
        for (const auto &tr : load) {
            const auto it = baseline.find(tr.key);
            if (it != baseline.end()) {
                ++baseMatched;
                baseSum += it->second;
            }
        }
        const double baseSeconds = double(t.nsecsElapsed()) / 1e9;
        const double baseCpuSeconds = threadCpuSeconds() - cpu;
        if (matched != baseMatched || idSum != baseSum) {
            std::fprintf(stderr, "run %d: the index matched %lld, the baseline %lld: wrong matches\n", r + 1,
                static_cast<long long>(matched), static_cast<long long>(baseMatched));
            return 1;
        }
        rates.push_back(double(transfers) / seconds);
        floors.push_back(double(transfers) / baseSeconds);
        cpuRates.push_back(double(transfers) / cpuSeconds);
        cpuFloors.push_back(double(transfers) / baseCpuSeconds);
        std::printf("run %d: index %.0f matches/s (%.0f per CPU-second, %lld matched) | unordered_map<uint64> %.0f "
                    "lookups/s (%.0f per CPU-second)\n",
            r + 1, rates.back(), cpuRates.back(), static_cast<long long>(matched), floors.back(), cpuFloors.back());
    }
    const double value = median(rates);
    const double baseRate = median(floors);
    std::printf("median: index %.0f matches/s, baseline %.0f lookups/s (%.0f %% of the baseline); goal >= 1000000\n",
        value, baseRate, baseRate > 0 ? 100.0 * value / baseRate : 0.0);
    bench::printFigure({"order_match.matches_per_s", value, "matches/s", ">=1000000", baseRate, NAN,
        "median of runs: transfers (QString chain, token, address, amount) matched against 100000 open orders in "
        "ReservationIndex, 9 in 10 hits; baseline: the same lookups in a std::unordered_map keyed by a 64-bit "
        "integer; wall clock, so other programs on the cores slow it"});
    bench::printFigure({"order_match.matches_per_cpu_s", median(cpuRates), "matches/s", ">=1000000",
        median(cpuFloors), NAN,
        "the same runs per CPU-second of the matching thread (CLOCK_THREAD_CPUTIME_ID): what one free core does"});
    return 0;
}
