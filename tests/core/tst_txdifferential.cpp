// Differential test: Kassa's transactions against independent implementations
// on hundreds of random keys, amounts, nonces, fees and chain ids per run —
// ethers for EIP-155 and EIP-1559 (with and without ERC-20 calldata), tronweb
// for TRX and TRC-20 (tronweb builds and signs the same transaction, and
// reads Kassa's signed bytes back with its own protobuf classes). Every byte
// must agree. The seed is printed; KASSA_TEST_SEED=<n> replays a run.
#include "NodeOracle.h"
#include "TestSupport.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/evm/EvmTransaction.h"
#include "chain/tron/TronTransaction.h"
#include "crypto/Hex.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace kassa;
using namespace kassa::chain;
using kassa::crypto::EthAddress;
using kassa::crypto::Hex;
using kassa::crypto::TronAddress;
using money::UInt256;

namespace {

constexpr int kEvmCases = 240;
constexpr int kTronCases = 200;

class Random
{
public:
    explicit Random(quint64 seed) : m_rng(seed) { }

    quint64 below(quint64 bound) { return bound == 0 ? 0 : m_rng.generate64() % bound; }
    quint64 between(quint64 lo, quint64 hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < quint64(percent); }

    QByteArray bytes(qsizetype n)
    {
        QByteArray out(n, '\0');
        for (char &c : out)
            c = char(m_rng.bounded(256));
        return out;
    }

    //! A value of a random bit length (0…maxBits), so small, one-byte,
    //! boundary and huge values all turn up.
    UInt256 uint(int maxBits = 256)
    {
        const int bits = int(below(quint64(maxBits) + 1));
        QByteArray b = bytes(32);
        for (int i = 0; i < 256 - bits; ++i)
            b[i / 8] = char(std::uint8_t(b[i / 8]) & ~(0x80 >> (i % 8)));
        return *UInt256::fromBigEndian(b);
    }

    crypto::SecretKey key()
    {
        for (;;) {
            Result<crypto::SecretKey> k = crypto::SecretKey::fromBytes(bytes(32));
            if (k)
                return std::move(k).value();
        }
    }

    EthAddress address() { return *EthAddress::fromBytes(bytes(20)); }

private:
    QRandomGenerator64 m_rng;
};

quint64 seed()
{
    bool ok = false;
    const quint64 fromEnv = qEnvironmentVariable("KASSA_TEST_SEED").toULongLong(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate64();
}

QString keyHex(const crypto::SecretKey &key)
{
    return Hex::encode(key.bytes().view());
}

QString field(const QJsonValue &v, const char *name)
{
    return v.toObject().value(QLatin1String(name)).toString();
}

} // namespace

class TestTxDifferential : public QObject
{
    Q_OBJECT

private:
    test::NodeOracle m_oracle;
    quint64 m_seed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_oracle.start());
        m_seed = seed();
        qInfo("seed %llu (replay with KASSA_TEST_SEED=%llu)", m_seed, m_seed);
    }

    void evmAgainstEthers()
    {
        Random rnd(m_seed);
        const std::uint64_t chainIds[] = {1, 56, 137, 31337, 11155111, 42161, 8453};
        struct Case {
            evm::SignedEvmTransaction signed_;
            QString keyHex;
            QString kind;
        };
        QList<Case> cases;
        QList<QJsonObject> requests;
        int kinds[6] = {};
        for (int i = 0; i < kEvmCases; ++i) {
            evm::EvmTransaction tx;
            tx.type = rnd.chance(50) ? evm::EvmTxType::Legacy : evm::EvmTxType::DynamicFee;
            const int chainPick = int(rnd.below(10));
            tx.chainId = chainPick < 7 ? chainIds[chainPick]
                : chainPick < 9        ? rnd.between(1, 0xffffffffULL)
                                       : rnd.between(1, evm::EvmTransaction::MaxChainId);
            // ethers takes the nonce as a JavaScript number.
            tx.nonce = rnd.chance(30) ? rnd.below(300) : rnd.below(1ULL << 53);
            tx.gasLimit = rnd.chance(30) ? 21000 : rnd.between(21000, 1ULL << 40);
            const UInt256 a = rnd.uint(rnd.chance(80) ? 64 : 200);
            const UInt256 b = rnd.uint(rnd.chance(80) ? 64 : 200);
            if (tx.type == evm::EvmTxType::Legacy) {
                tx.gasPrice = a;
            } else {
                tx.maxPriorityFeePerGas = std::min(a, b);
                tx.maxFeePerGas = std::max(a, b);
            }
            tx.to = rnd.address();
            const int shape = int(rnd.below(3)); // 0 coin, 1 ERC-20 transfer, 2 other calldata
            if (shape == 1) {
                tx.data = evm::Erc20Abi::transfer(rnd.address(), rnd.uint());
            } else {
                tx.value = rnd.uint(rnd.chance(70) ? 80 : 256);
                if (shape == 2) {
                    const qsizetype sizes[] = {1, 55, 56, 57, qsizetype(rnd.between(2, 600))};
                    tx.data = rnd.bytes(sizes[rnd.below(5)]);
                }
            }
            ++kinds[int(tx.type) / 2 * 3 + shape];
            const crypto::SecretKey key = rnd.key();
            Result<evm::SignedEvmTransaction> signed_ = tx.sign(key);
            KASSA_VERIFY_OK(signed_);

            QJsonObject t {{QStringLiteral("type"), int(tx.type)},
                {QStringLiteral("chainId"), QString::number(tx.chainId)}, {QStringLiteral("nonce"), double(tx.nonce)},
                {QStringLiteral("to"), tx.to.toChecksumString()}, {QStringLiteral("value"), tx.value.toDecimal()},
                {QStringLiteral("data"), Hex::encode0x(tx.data)},
                {QStringLiteral("gasLimit"), QString::number(tx.gasLimit)}};
            if (tx.type == evm::EvmTxType::Legacy) {
                t.insert(QStringLiteral("gasPrice"), tx.gasPrice.toDecimal());
            } else {
                t.insert(QStringLiteral("maxPriorityFeePerGas"), tx.maxPriorityFeePerGas.toDecimal());
                t.insert(QStringLiteral("maxFeePerGas"), tx.maxFeePerGas.toDecimal());
            }
            requests.append({{QStringLiteral("op"), QStringLiteral("ethSign")}, {QStringLiteral("key"), keyHex(key)},
                {QStringLiteral("tx"), t}});
            requests.append({{QStringLiteral("op"), QStringLiteral("ethDecode")},
                {QStringLiteral("raw"), Hex::encode0x(signed_->raw)}});
            if (shape == 1) {
                const Result<evm::Erc20TransferCall> call = evm::Erc20Abi::decodeTransfer(tx.data);
                requests.append({{QStringLiteral("op"), QStringLiteral("erc20Transfer")},
                    {QStringLiteral("to"), call->to.toChecksumString()},
                    {QStringLiteral("amount"), call->amount.toDecimal()}});
            }
            cases.append({std::move(signed_).value(), keyHex(key), shape == 1 ? QStringLiteral("erc20") : QString()});
        }
        // Both types with each of the three shapes, every run.
        for (int k : kinds)
            QVERIFY2(k > 0, "a transaction shape did not come up; change kEvmCases");

        QElapsedTimer timer;
        timer.start();
        const QList<Result<QJsonValue>> answers = m_oracle.callMany(requests);
        qInfo("ethers: %lld requests in %lld ms", qlonglong(requests.size()), timer.elapsed());
        qsizetype next = 0;
        for (const Case &c : cases) {
            const evm::SignedEvmTransaction &s = c.signed_;
            const QByteArray context = "seed " + QByteArray::number(m_seed) + ", tx " + Hex::encode(s.raw).toLatin1();
            const Result<QJsonValue> &ethers = answers[next++];
            const Result<QJsonValue> &decoded = answers[next++];
            KASSA_VERIFY_OK(ethers);
            KASSA_VERIFY_OK(decoded);
            QVERIFY2(field(*ethers, "raw") == Hex::encode0x(s.raw), context.constData());
            QVERIFY2(field(*ethers, "hash") == Hex::encode0x(s.hash), context.constData());
            QVERIFY2(field(*ethers, "unsignedHash") == Hex::encode0x(s.tx.signingHash()), context.constData());
            // ethers reads Kassa's bytes back to the same sender and fields.
            QVERIFY2(field(*decoded, "from") == s.from.toChecksumString(), context.constData());
            QVERIFY2(field(*decoded, "hash") == Hex::encode0x(s.hash), context.constData());
            QVERIFY2(field(*decoded, "value") == s.tx.value.toDecimal(), context.constData());
            QVERIFY2(field(*decoded, "chainId") == QString::number(s.tx.chainId), context.constData());
            QVERIFY2(decoded->toObject().value(QStringLiteral("nonce")).toDouble() == double(s.tx.nonce),
                context.constData());
            // And Kassa's strict decoder reads the same bytes back.
            const Result<evm::SignedEvmTransaction> back = evm::EvmTransaction::decodeSigned(s.raw);
            KASSA_VERIFY_OK(back);
            QVERIFY2(back->tx == s.tx && back->from == s.from, context.constData());
            if (c.kind == QLatin1String("erc20")) {
                const Result<QJsonValue> &calldata = answers[next++];
                KASSA_VERIFY_OK(calldata);
                QVERIFY2(calldata->toString() == Hex::encode0x(s.tx.data), context.constData());
            }
        }
        QCOMPARE(next, answers.size());
    }

    void tronAgainstTronweb()
    {
        Random rnd(m_seed ^ 0x7472306e);
        struct Case {
            chain::tron::SignedTronTransaction signed_;
            QString to;
            QString contract; //!< empty for a TRX transfer
            QString amount;
        };
        QList<Case> cases;
        QList<QJsonObject> requests;
        for (int i = 0; i < kTronCases; ++i) {
            const crypto::SecretKey key = rnd.key();
            const TronAddress owner = TronAddress::fromPublicKey(*crypto::Secp256k1::derivePublicKey(key));
            const TronAddress to = TronAddress::fromEvm(rnd.address());
            chain::tron::TronTxTiming timing;
            timing.refBlock = *chain::tron::TronRefBlock::fromFields(rnd.bytes(2), rnd.bytes(8));
            timing.timestampMs = std::int64_t(rnd.between(1500000000000ULL, 2000000000000ULL));
            timing.expirationMs = timing.timestampMs
                + std::int64_t(rnd.chance(50) ? 60000 : rnd.between(1, chain::tron::TronTransaction::MaxLifetimeMs));
            const bool trc20 = i % 2 == 0;
            Result<chain::tron::TronTransaction> tx = chain::tron::TronTransaction::trxTransfer({owner, to, 1}, timing);
            QJsonObject request {{QStringLiteral("key"), keyHex(key)}, {QStringLiteral("to"), to.toBase58()},
                {QStringLiteral("refBlockBytes"), Hex::encode(QByteArrayView(timing.refBlock.bytes.data(), 2))},
                {QStringLiteral("refBlockHash"), Hex::encode(QByteArrayView(timing.refBlock.hash.data(), 8))},
                {QStringLiteral("expiration"), double(timing.expirationMs)},
                {QStringLiteral("timestamp"), double(timing.timestampMs)}};
            Case c;
            c.to = to.toBase58();
            if (trc20) {
                chain::tron::Trc20TransferParams params;
                params.owner = owner;
                params.contract = TronAddress::fromEvm(rnd.address());
                params.to = to;
                params.amount = rnd.uint(rnd.chance(70) ? 64 : 256);
                params.feeLimitSun = std::int64_t(rnd.between(1, chain::tron::TronTransaction::MaxFeeLimitSun));
                tx = chain::tron::TronTransaction::trc20Transfer(params, timing);
                request.insert(QStringLiteral("op"), QStringLiteral("tronTrc20"));
                request.insert(QStringLiteral("contract"), params.contract.toBase58());
                request.insert(QStringLiteral("amount"), params.amount.toDecimal());
                request.insert(QStringLiteral("feeLimit"), double(params.feeLimitSun));
                c.contract = params.contract.toBase58();
                c.amount = params.amount.toDecimal();
            } else {
                // tronweb takes TRX amounts as JavaScript numbers.
                const std::int64_t amount = std::int64_t(rnd.between(1, (1ULL << 53) - 1));
                tx = chain::tron::TronTransaction::trxTransfer({owner, to, amount}, timing);
                request.insert(QStringLiteral("op"), QStringLiteral("tronTransfer"));
                request.insert(QStringLiteral("amount"), double(amount));
                c.amount = QString::number(amount);
            }
            KASSA_VERIFY_OK(tx);
            Result<chain::tron::SignedTronTransaction> signed_ = tx->sign(key);
            KASSA_VERIFY_OK(signed_);
            c.signed_ = std::move(signed_).value();
            requests.append(request);
            requests.append({{QStringLiteral("op"), QStringLiteral("tronVerify")},
                {QStringLiteral("hex"), Hex::encode(c.signed_.transactionBytes())},
                {QStringLiteral("type"),
                    trc20 ? QStringLiteral("TriggerSmartContract") : QStringLiteral("TransferContract")}});
            cases.append(std::move(c));
        }

        QElapsedTimer timer;
        timer.start();
        const QList<Result<QJsonValue>> answers = m_oracle.callMany(requests);
        qInfo("tronweb: %lld requests in %lld ms", qlonglong(requests.size()), timer.elapsed());
        QCOMPARE(answers.size(), 2 * cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const chain::tron::SignedTronTransaction &s = c.signed_;
            const QByteArray context =
                "seed " + QByteArray::number(m_seed) + ", raw_data " + Hex::encode(s.tx.rawData()).toLatin1();
            const Result<QJsonValue> &built = answers[2 * i];
            const Result<QJsonValue> &verified = answers[2 * i + 1];
            KASSA_VERIFY_OK(built);
            KASSA_VERIFY_OK(verified);
            // tronweb builds and signs the same transaction.
            QVERIFY2(field(*built, "rawDataHex") == Hex::encode(s.tx.rawData()), context.constData());
            QVERIFY2(field(*built, "txID") == Hex::encode(s.txId), context.constData());
            QVERIFY2(field(*built, "signature").toLower() == Hex::encode(s.signature65()), context.constData());
            // tronweb reads Kassa's signed bytes: same raw_data, JSON that
            // re-encodes to it, and the owner as signer.
            const QJsonObject v = verified->toObject();
            QVERIFY2(
                v.value(QStringLiteral("rawDataHex")).toString() == Hex::encode(s.tx.rawData()), context.constData());
            QVERIFY2(v.value(QStringLiteral("txID")).toString() == Hex::encode(s.txId), context.constData());
            QVERIFY2(v.value(QStringLiteral("jsonMatchesBytes")).toBool(), context.constData());
            QVERIFY2(v.value(QStringLiteral("signer")).toString() == s.tx.owner().toBase58(), context.constData());
            QVERIFY2(v.value(QStringLiteral("signature")).toArray() == QJsonArray {Hex::encode(s.signature65())},
                context.constData());
            const QJsonObject raw = v.value(QStringLiteral("rawData")).toObject();
            const QJsonObject value = raw.value(QStringLiteral("contract"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("parameter"))
                                          .toObject()
                                          .value(QStringLiteral("value"))
                                          .toObject();
            const auto hex41 = [](const QJsonValue &x) {
                return TronAddress::parse(x.toString().toLower()).value().toBase58();
            };
            QVERIFY2(
                hex41(value.value(QStringLiteral("owner_address"))) == s.tx.owner().toBase58(), context.constData());
            QVERIFY2(raw.value(QStringLiteral("timestamp")).toDouble() == double(s.tx.timing().timestampMs),
                context.constData());
            QVERIFY2(raw.value(QStringLiteral("expiration")).toDouble() == double(s.tx.timing().expirationMs),
                context.constData());
            QVERIFY2(
                raw.value(QStringLiteral("fee_limit")).toDouble() == double(s.tx.feeLimitSun()), context.constData());
            if (c.contract.isEmpty()) {
                QVERIFY2(hex41(value.value(QStringLiteral("to_address"))) == c.to, context.constData());
                QVERIFY2(QString::number(qint64(value.value(QStringLiteral("amount")).toDouble())) == c.amount,
                    context.constData());
            } else {
                QVERIFY2(hex41(value.value(QStringLiteral("contract_address"))) == c.contract, context.constData());
                QVERIFY2(value.value(QStringLiteral("call_value")).toDouble() == 0, context.constData());
                const Result<QByteArray> data = Hex::decode(value.value(QStringLiteral("data")).toString());
                KASSA_VERIFY_OK(data);
                const Result<evm::Erc20TransferCall> call = evm::Erc20Abi::decodeTransfer(*data);
                KASSA_VERIFY_OK(call);
                QVERIFY2(TronAddress::fromEvm(call->to).toBase58() == c.to, context.constData());
                QVERIFY2(call->amount.toDecimal() == c.amount, context.constData());
            }
            // Kassa's own reader agrees, too.
            const Result<chain::tron::SignedTronTransaction> back =
                chain::tron::TronTransaction::decodeSigned(s.transactionBytes());
            KASSA_VERIFY_OK(back);
            QVERIFY2(back->tx.rawData() == s.tx.rawData(), context.constData());
        }
    }
};

KASSA_TEST_MAIN(TestTxDifferential)
#include "tst_txdifferential.moc"
