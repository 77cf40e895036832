// Benchmark: what a payout costs in CPU.
//
//   baseline  bare secp256k1_ecdsa_sign_recoverable (RFC 6979) on a 32-byte
//             digest, with a context of our own — the library's raw speed
//   sign      crypto::Secp256k1::sign: the same signature plus the checks
//             Kassa never skips (public key derived, signature recovered and
//             compared, low s, recovery id 0/1)
//   tx        an EIP-1559 USDT transfer built (ERC-20 calldata), signed,
//             encoded and hashed (EvmTransaction::sign: raw bytes + tx hash)
//
// Each is run on one thread and on two threads at once (the machine has two
// cores), REPEATS times; the medians are printed with the ratio to the
// baseline measured in the same run, and as BENCH lines for `make bench`
// (tests/bench/BenchFigure.h). Issue 3 sets no goal for signatures/s.
//
//   usage: bench_tx_signing [operations-per-thread] [repeats]
#include "BenchFigure.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/evm/EvmTransaction.h"
#include "crypto/Keccak256.h"
#include "crypto/Secp256k1.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <thread>
#include <vector>

using namespace kassa;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kDigests = 1024;

struct Fixture {
    std::vector<crypto::Hash32> digests;
    std::array<unsigned char, 32> rawKey {};
    std::optional<crypto::SecretKey> key;
    secp256k1_context *ctx = nullptr;
    crypto::EthAddress token;
    crypto::EthAddress recipient;

    Fixture()
    {
        for (;;) {
            RAND_bytes(rawKey.data(), int(rawKey.size()));
            Result<crypto::SecretKey> k = crypto::SecretKey::fromBytes(
                QByteArrayView(reinterpret_cast<const char *>(rawKey.data()), qsizetype(rawKey.size())));
            if (k) {
                key.emplace(std::move(k).value());
                break;
            }
        }
        digests.resize(kDigests);
        for (int i = 0; i < kDigests; ++i)
            digests[size_t(i)] = crypto::keccak256(QByteArray::number(i));
        ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        unsigned char seed[32];
        RAND_bytes(seed, sizeof(seed));
        if (secp256k1_context_randomize(ctx, seed) != 1)
            std::abort();
        token = *crypto::EthAddress::parse(u"0xdAC17F958D2ee523a2206206994597C13D831ec7");
        recipient = *crypto::EthAddress::parse(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    }
    ~Fixture() { secp256k1_context_destroy(ctx); }
};

// One worker's share: `count` operations starting at `offset`.
using Work = std::function<void(const Fixture &, int offset, int count)>;

void baseline(const Fixture &f, int offset, int count)
{
    secp256k1_ecdsa_recoverable_signature sig;
    for (int i = 0; i < count; ++i) {
        const crypto::Hash32 &digest = f.digests[size_t((offset + i) % kDigests)];
        if (secp256k1_ecdsa_sign_recoverable(f.ctx, &sig, digest.data(), f.rawKey.data(), nullptr, nullptr) != 1)
            std::abort();
    }
}

void kassaSign(const Fixture &f, int offset, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!crypto::Secp256k1::sign(f.digests[size_t((offset + i) % kDigests)], *f.key).ok())
            std::abort();
    }
}

void erc20Transactions(const Fixture &f, int offset, int count)
{
    for (int i = 0; i < count; ++i) {
        chain::evm::EvmTransaction tx;
        tx.type = chain::evm::EvmTxType::DynamicFee;
        tx.chainId = 1;
        tx.nonce = std::uint64_t(offset + i);
        tx.maxPriorityFeePerGas = money::UInt256(1500000000);
        tx.maxFeePerGas = money::UInt256(30000000000ULL);
        tx.gasLimit = 65000;
        tx.to = f.token;
        tx.data = chain::evm::Erc20Abi::transfer(f.recipient, money::UInt256(std::uint64_t(1000000 + i)));
        const Result<chain::evm::SignedEvmTransaction> signed_ = tx.sign(*f.key);
        if (!signed_ || signed_->raw.isEmpty())
            std::abort();
    }
}

// Operations per second with `threads` workers doing `perThread` each.
double run(const Fixture &f, const Work &work, int threads, int perThread)
{
    std::atomic<int> ready {0};
    std::atomic<bool> go {false};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            ready.fetch_add(1);
            while (!go.load())
                std::this_thread::yield();
            work(f, t * perThread, perThread);
        });
    }
    while (ready.load() != threads)
        std::this_thread::yield();
    const auto start = Clock::now();
    go.store(true);
    for (std::thread &th : pool)
        th.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return double(threads) * perThread / seconds;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    const int perThread = argc > 1 ? std::atoi(argv[1]) : 20000;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 7;
    if (perThread <= 0 || repeats <= 0) {
        std::fprintf(stderr, "usage: %s [operations-per-thread] [repeats]\n", argv[0]);
        return 2;
    }
    const Fixture f;
    struct Row {
        const char *name;
        Work work;
        const char *figure;
        const char *note;
    };
    const Row rows[] = {
        {"baseline  secp256k1_ecdsa_sign_recoverable", baseline, nullptr, nullptr},
        {"sign      Secp256k1::sign (checked)", kassaSign, "tx_signing.sign",
            "signatures/s of Secp256k1::sign with its checks; baseline: bare secp256k1_ecdsa_sign_recoverable, "
            "run alternately; ratio = rate / baseline rate"},
        {"tx        EIP-1559 ERC-20 build+sign+encode", erc20Transactions, "tx_signing.erc20_tx",
            "EIP-1559 USDT transfers built, signed, encoded and hashed per second; baseline: bare "
            "secp256k1_ecdsa_sign_recoverable, run alternately; ratio = rate / baseline rate"},
    };
    std::vector<bench::Figure> figures;
    std::printf("%d operations per thread, %d repeats, median operations per second\n\n", perThread, repeats);
    std::printf("%-46s %12s %9s %12s %9s %8s\n", "", "1 thread", "ratio", "2 threads", "ratio", "scaling");
    for (size_t i = 0; i < std::size(rows); ++i) {
        double result[3] = {};
        double ratio[3] = {};
        double base[3] = {};
        for (int threads : {1, 2}) {
            // Each row's repeats alternate with the baseline's, so both see
            // the same machine load (other processes share the two cores).
            std::vector<double> samples;
            std::vector<double> baseSamples;
            for (int r = 0; r < repeats; ++r) {
                samples.push_back(run(f, rows[i].work, threads, perThread));
                if (i > 0)
                    baseSamples.push_back(run(f, baseline, threads, perThread));
            }
            result[threads] = median(samples);
            base[threads] = i > 0 ? median(baseSamples) : result[threads];
            ratio[threads] = result[threads] / base[threads];
            if (rows[i].figure) {
                figures.push_back({std::string(rows[i].figure) + (threads == 1 ? ".1thread" : ".2threads"),
                    result[threads], "ops/s", "", base[threads], ratio[threads], rows[i].note});
            }
        }
        std::printf("%-46s %12.0f %8.1f%% %12.0f %8.1f%% %7.2fx\n", rows[i].name, result[1], 100 * ratio[1], result[2],
            100 * ratio[2], result[2] / result[1]);
    }
    std::printf("\nratio: against bare libsecp256k1 signing, measured alternately with the same row\n"
                "scaling: two threads' throughput over one thread's\n\n");
    for (const bench::Figure &figure : figures)
        bench::printFigure(figure);
    return 0;
}
