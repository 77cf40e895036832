// Benchmark: approved payouts signed, stored and broadcast per second on a
// local node (anvil), from one hot wallet — the exactly-once path of
// EvmPayoutSender: chain reads (one batch), the final gate and the signed
// bytes each in a durable SQLite transaction, eth_sendRawTransaction.
//
// Baseline in the same run: the same number of already-signed token
// transfers sent one after another with eth_sendRawTransaction and nothing
// else — the floor for a sequential sender against this node. The signing
// share is the time spent inside the PayoutSigner (key read, BIP-32
// derivation, signatures) over the whole send; the phase shares come from
// EvmPayoutSender::phaseTimes() (pick, chain read, gate, signing, store,
// broadcast, record; "other" is what falls between rounds).
// --sign-one-by-one keeps PayoutSigner's default signEvmAll (a key read and
// a derivation per payout) to compare with signing a round at once.
//
// Waits run on a QEventLoop that quits on the answer, never QTest::qWaitFor:
// its 10 ms sleeps between event rounds would add up to 10 ms to every
// network round trip and measure the sleep rather than the sender.
//
// usage: bench_payout_send [--count N] [--runs R] [--sign-one-by-one]   (default 200 × 3)
// Prints medians of R runs. Goal (issue 8): ≥ 200 payouts/s.
#include "AnvilNode.h"
#include "BenchFigure.h"
#include "TestSupport.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/evm/JsonRpcClient.h"
#include "crypto/Bip32.h"
#include "crypto/Bip44.h"
#include "crypto/Hex.h"
#include "crypto/Mnemonic.h"
#include "keys/KeyStore.h"
#include "net/NetworkFactory.h"
#include "operators/OperatorStore.h"
#include "payouts/EvmPayoutSender.h"
#include "payouts/PayoutSigner.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace kassa;
using namespace kassa::payouts;

namespace {

//! Times every signature of the signer it wraps. With `oneByOne` it keeps
//! PayoutSigner's default signEvmAll (a key read and a derivation per
//! transaction, as the sender did before it signed a round at once).
class TimedSigner final : public PayoutSigner
{
public:
    TimedSigner(PayoutSigner *inner, bool oneByOne) : m_inner(inner), m_oneByOne(oneByOne) { }
    qint64 nanos = 0;
    void evmAddress(const QString &chain, QObject *context, AddressDone done) override { m_inner->evmAddress(chain, context, done); }
    void signEvm(const QString &chain, const chain::evm::EvmTransaction &tx, QObject *context, SignDone done) override
    {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_inner->signEvm(chain, tx, context, [this, timer, done](Result<chain::evm::SignedEvmTransaction> r) {
            nanos += timer->nsecsElapsed();
            done(std::move(r));
        });
    }
    void signEvmAll(const QString &chain, const QList<chain::evm::EvmTransaction> &txs, QObject *context, SignAllDone done) override
    {
        if (m_oneByOne) {
            PayoutSigner::signEvmAll(chain, txs, context, done); // through signEvm above, timed there
            return;
        }
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_inner->signEvmAll(chain, txs, context, [this, timer, done](QList<Result<chain::evm::SignedEvmTransaction>> r) {
            nanos += timer->nsecsElapsed();
            done(std::move(r));
        });
    }

private:
    PayoutSigner *m_inner;
    bool m_oneByOne;
};

template<typename T>
T must(Result<T> r)
{
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", test::describe(r.error()).constData());
        std::exit(1);
    }
    return std::move(r).value();
}

double median(std::vector<double> v) // lint: allow-float(timings, not money)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 200;
    int runs = 3;
    bool oneByOne = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--count") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--sign-one-by-one"))
            oneByOne = true;
    }
    if (count <= 0 || runs <= 0)
        return 2;

    test::AnvilNode anvil;
    must(anvil.start() ? Result<bool>(true) : Result<bool>(makeError(ErrorCode::Internal, QStringLiteral("anvil"), QStringLiteral("anvil"))));
    test::TempProfile tmp;
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    std::shared_ptr<store::Database> db(must(store::Database::open(store::DatabaseUrl::sqliteFile(tmp.file(QStringLiteral("k.sqlite"))), clock)).release());
    auto addOp = [&](const char *id, int roles) {
        operators::StoredOperator op;
        op.info.id = op.info.login = op.info.displayName = QLatin1String(id);
        op.info.roles = roles;
        op.passwordHash = QStringLiteral("$argon2id$unused");
        (void)db->writeAndWait([&](QSqlDatabase &c) { return operators::OperatorStore::insert(c, op); });
        return op.info;
    };
    const auto owner = addOp("olga", int(operators::Role::Owner));
    const auto ann = addOp("ann", int(operators::Role::Approver));
    const auto clerk = addOp("carl", int(operators::Role::Clerk));
    PolicySettings policy = PolicySettings::defaults();
    policy.maxPerAsset24h = policy.maxPerRequester24h = money::Amount::parse(QStringLiteral("100000000"), policy.fiatAsset()).value();
    policy.maxPerPayout = policy.maxPerAsset24h;
    (void)db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        auto r = Payouts::proposePolicy(c, owner, policy, clock.nowMs());
        return r.ok() ? Result<void>() : Result<void>(r.error());
    });
    const QString dest = QStringLiteral("0x0000000000000000000000000000000000007777");
    const QString destination = crypto::EthAddress::parse(dest).value().toChecksumString();
    (void)db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        auto r = Payouts::saveAddress(c, ann, QStringLiteral("local"), destination, QStringLiteral("Bench"), clock.nowMs() - 90'000'000);
        return r.ok() ? Result<void>() : Result<void>(r.error());
    });

    keys::MemoryKeyStore keys;
    auto words = must(crypto::Mnemonic::parse(QStringLiteral("test test test test test test test test test test test junk")));
    bool written = false;
    keys.write(QStringLiteral("hot"), must(words.seed()), &app, [&](Result<void>) { written = true; });
    (void)QTest::qWaitFor([&] { return written; });
    KeyStorePayoutSigner keySigner(&keys, QStringLiteral("hot"));
    net::NetworkFactory factory;
    chain::evm::JsonRpcClient rpc(factory, {anvil.httpUrl()}, clock);
    const QString token = crypto::EthAddress::parse(must(anvil.deployToken(QStringLiteral("TestToken"), 6))).value().toChecksumString();
    must(anvil.mint(token, QString::fromLatin1(test::AnvilNode::kAccount0), QStringLiteral("1000000000000000")));

    std::vector<double> rates, baselines, shares; // lint: allow-float(timings, not money)
    static const char *const phaseNames[] = {"pick", "chain read", "gate", "signing", "store", "broadcast", "record", "other"};
    std::vector<double> phaseShares[std::size(phaseNames)]; // lint: allow-float(timings, not money)
    for (int run = 0; run < runs; ++run) {
        // Setup (not timed): N approved payouts.
        for (int i = 0; i < count; ++i) {
            PayoutDraft d{QStringLiteral("local"), token, money::Amount::parse(QStringLiteral("1"), money::Asset::usdt6()).value(), destination,
                QStringLiteral("bench"), {}};
            FiatValuation f{money::Amount::parse(QStringLiteral("1"), {QStringLiteral("USD"), 2}).value(), QStringLiteral("1"),
                QStringLiteral("bench"), clock.nowMs()};
            (void)db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
                auto r = Payouts::request(c, clerk, d, f, clock.nowMs());
                if (!r.ok())
                    return r.error();
                auto dec = Payouts::decide(c, ann, r->id, r->revision, true, {}, clock.nowMs());
                return dec.ok() ? Result<void>() : Result<void>(dec.error());
            });
        }
        TimedSigner signer(&keySigner, oneByOne);
        EvmPayoutSender::Options o;
        o.chain = QStringLiteral("local");
        o.chainId = 31337;
        EvmPayoutSender sender(db, &rpc, &signer, clock, o);
        QEventLoop wait;
        QObject::connect(&sender, &EvmPayoutSender::idle, &wait, &QEventLoop::quit);
        QTimer::singleShot(600000, &wait, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        sender.sendApproved();
        if (sender.isBusy())
            wait.exec();
        const qint64 ns = t.nsecsElapsed();
        rates.push_back(count * 1e9 / double(ns)); // lint: allow-float(timings, not money)
        shares.push_back(100.0 * double(signer.nanos) / double(ns)); // lint: allow-float(timings, not money)
        const EvmPayoutSender::PhaseTimes &p = sender.phaseTimes();
        const qint64 phases[] = {p.pick, p.chainRead, p.gate, p.signing, p.store, p.broadcast, p.record, ns - p.total()};
        for (size_t k = 0; k < std::size(phases); ++k)
            phaseShares[k].push_back(100.0 * double(phases[k]) / double(ns)); // lint: allow-float(timings, not money)
        if (p.signedPayouts != count)
            std::fprintf(stderr, "warning: %d of %d payouts signed\n", p.signedPayouts, count);

        // Baseline: the same number of pre-signed transfers, sent one by one.
        const auto from = crypto::EthAddress::parse(QString::fromLatin1(test::AnvilNode::kAccount0)).value();
        const quint64 nonce = must(money::UInt256::parseQuantity(must(anvil.rpc(QStringLiteral("eth_getTransactionCount"),
            {from.toLowerHex(), QStringLiteral("pending")})).toString())).lowUInt64();
        auto key = must(crypto::ExtendedPrivateKey::fromSeed(must(words.seed())))
                       .derivePath(crypto::bip44::receivePath(crypto::bip44::Coin::Ethereum, 0, 0));
        QList<QByteArray> raws;
        for (int i = 0; i < count; ++i) {
            chain::evm::EvmTransaction tx;
            tx.chainId = 31337;
            tx.nonce = nonce + quint64(i);
            tx.maxPriorityFeePerGas = money::UInt256::pow10(9);
            tx.maxFeePerGas = money::UInt256::pow10(11);
            tx.gasLimit = 80000;
            tx.to = crypto::EthAddress::parse(token).value();
            tx.data = chain::evm::Erc20Abi::transfer(crypto::EthAddress::parse(destination).value(), money::UInt256(1));
            raws << must(tx.sign(key->secretKey())).raw;
        }
        t.restart();
        // One after another, each sent when the node answered the one before.
        QEventLoop sends;
        qsizetype sentCount = 0;
        std::function<void()> sendNext = [&] {
            if (sentCount == raws.size()) {
                sends.quit();
                return;
            }
            rpc.call(QStringLiteral("eth_sendRawTransaction"), {crypto::Hex::encode0x(raws[sentCount++])})
                .then(&app, [&](chain::evm::RpcReply) { sendNext(); });
        };
        QTimer::singleShot(0, &app, sendNext);
        sends.exec();
        baselines.push_back(count * 1e9 / double(t.nsecsElapsed())); // lint: allow-float(timings, not money)
        std::printf("run %d: %.1f payouts/s, baseline %.1f tx/s, signing %.1f %%\n", run + 1, rates.back(), baselines.back(), shares.back());
    }
    const double r = median(rates), b = median(baselines); // lint: allow-float(timings, not money)
    std::printf("payouts: median %.1f/s over %d runs of %d; baseline (bare eth_sendRawTransaction) %.1f/s; ratio %.2f; "
                "signing share %.1f %%\n",
        r, runs, count, b, r / b, median(shares));
    bench::printFigure({"payout_send.rate", r, "payouts/s", ">=200", b, NAN,
        "approved payouts gated signed stored and broadcast on anvil; baseline: bare eth_sendRawTransaction one after another"});
    bench::printFigure({"payout_send.signing_share", median(shares), "%", "", NAN, NAN, "time inside the PayoutSigner over the whole send"});
    std::printf("phases (median share of the send):");
    for (size_t k = 0; k < std::size(phaseNames); ++k)
        std::printf(" %s %.1f %%%s", phaseNames[k], median(phaseShares[k]), k + 1 < std::size(phaseNames) ? ";" : "\n");
    return 0;
}
