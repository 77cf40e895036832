#include "TestSupport.h"
#include "crypto/Hex.h"
#include "crypto/Keccak256.h"

#include <QRandomGenerator>

#include <openssl/evp.h>

using namespace kassa;
using namespace kassa::crypto;

namespace kassa::crypto::detail {

// The friend declared in Keccak256.h: the same sponge with another pad byte.
struct KeccakTestAccess {
    static Hash32 hash(QByteArrayView data, std::uint8_t pad, qsizetype chunk)
    {
        Keccak256 k;
        for (qsizetype i = 0; i < data.size(); i += chunk)
            k.update(data.sliced(i, qMin(chunk, data.size() - i)));
        return k.finalWithPad(pad);
    }
};

} // namespace kassa::crypto::detail

namespace {

Hash32 opensslSha3(QByteArrayView data)
{
    Hash32 out {};
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out.data(), &len, EVP_sha3_256(), nullptr) != 1 || len != 32)
        qFatal("EVP_Digest(SHA3-256) failed");
    return out;
}

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + 7) & 0xff);
    return data;
}

} // namespace

class TestKeccak256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        // reference/chains.md §3 and §0.
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
        QTest::newRow("quick brown fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                                         << QStringLiteral(
                                                "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15");
        QTest::newRow("a*135 (pad bytes merge)") << QByteArray(
            135, 'a') << QStringLiteral("34367dc248bbd832f4e3e69dfaac2f92638bd0bbd18f2912ba4ef454919cf446");
        QTest::newRow("a*136 (exactly the rate)") << QByteArray(
            136, 'a') << QStringLiteral("a6c4d403279fe3e0af03729caada8374b5ca54d8065329a3ebcaeb4b60aa386e");
        QTest::newRow("a*137") << QByteArray(137, 'a')
                               << QStringLiteral("d869f639c7046b4929fc92a4d988a8b22c55fbadb802c0c66ebcd484f1915f39");
        QTest::newRow("a*272 (two blocks)") << QByteArray(
            272, 'a') << QStringLiteral("cf7fcd4f705ee749930d19ca84561a9bf62516bd90a471545fa2f49fdc7e63c8");
        QTest::newRow("Transfer event topic")
            << QByteArray("Transfer(address,address,uint256)")
            << QStringLiteral("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
        // §4: keccak(X‖Y) of the generator point (privkey 1).
        QTest::newRow("generator X||Y") << QByteArray::fromHex(
            "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
            "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")
                                        << QStringLiteral(
                                               "c0a6c424ac7157ae408398df7e5f4552091a69125d5dfcb7b8c2659029395bdf");
    }

    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(Hex::encode(keccak256(input)), digest);
        QCOMPARE(Hex::encode(Keccak256::hash(input)), digest);
        // The same through every way of feeding it.
        for (qsizetype chunk : {1, 3, 8, 9, 64, 135, 136, 137}) {
            Keccak256 k;
            for (qsizetype i = 0; i < input.size(); i += chunk)
                k.update(QByteArrayView(input).sliced(i, qMin(chunk, input.size() - i)));
            QCOMPARE(Hex::encode(k.final()), digest);
        }
    }

    void functionSelectors_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("selector");
        QTest::newRow("transfer") << QByteArray("transfer(address,uint256)") << QStringLiteral("a9059cbb");
        QTest::newRow("balanceOf") << QByteArray("balanceOf(address)") << QStringLiteral("70a08231");
        QTest::newRow("decimals") << QByteArray("decimals()") << QStringLiteral("313ce567");
        QTest::newRow("transferFrom") << QByteArray("transferFrom(address,address,uint256)")
                                      << QStringLiteral("23b872dd");
        QTest::newRow("approve") << QByteArray("approve(address,uint256)") << QStringLiteral("095ea7b3");
    }

    void functionSelectors()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QString, selector);
        const Hash32 h = keccak256(signature);
        QCOMPARE(Hex::encode(QByteArrayView(h.data(), 4)), selector);
    }

    // The permutation and the padding, checked against an independent
    // implementation: with pad 0x06 the sponge is SHA3-256.
    void matchesOpenSslSha3WithSha3Padding()
    {
        for (qsizetype len = 0; len <= 300; ++len) {
            const QByteArray data = pattern(len);
            const Hash32 expected = opensslSha3(data);
            QCOMPARE(detail::KeccakTestAccess::hash(data, 0x06, qMax<qsizetype>(len, 1)), expected);
            QCOMPARE(detail::KeccakTestAccess::hash(data, 0x06, 7), expected);
            QCOMPARE(detail::KeccakTestAccess::hash(data, 0x06, 136), expected);
        }
        // And the Keccak pad is the one that differs.
        QVERIFY(detail::KeccakTestAccess::hash(QByteArray(), 0x01, 1) != opensslSha3(QByteArray()));
    }

    void incrementalEqualsOneShot()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 200; ++round) {
            const QByteArray data = pattern(rng.bounded(600));
            const Hash32 expected = keccak256(data);
            Keccak256 k;
            qsizetype i = 0;
            while (i < data.size()) {
                const qsizetype n = qMin<qsizetype>(rng.bounded(1, 300), data.size() - i);
                k.update(data.constData() + i, std::size_t(n));
                i += n;
            }
            QCOMPARE(k.final(), expected);
        }
    }

    void finalResets()
    {
        Keccak256 k;
        k.update(QByteArrayView("abc"));
        const Hash32 first = k.final();
        k.update(QByteArrayView("abc"));
        QCOMPARE(k.final(), first);
        QCOMPARE(k.final(), keccak256(QByteArray()));
        k.update(QByteArrayView("junk"));
        k.reset();
        QCOMPARE(k.final(), keccak256(QByteArray()));
    }
};

KASSA_TEST_MAIN(TestKeccak256)
#include "tst_keccak256.moc"
