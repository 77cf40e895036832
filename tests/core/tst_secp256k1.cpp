#include "TestSupport.h"
#include "crypto/Hex.h"
#include "crypto/Keccak256.h"
#include "crypto/Secp256k1.h"

#include <QRandomGenerator>

#include <thread>

using namespace kassa;
using namespace kassa::crypto;

namespace {

const char kOrderHex[] = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

SecretKey key(const QString &hex)
{
    Result<SecretKey> k = SecretKey::fromHex(hex);
    if (!k)
        qFatal("bad test key");
    return std::move(k).value();
}

Hash32 hash32(const QString &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    Hash32 out {};
    if (bytes.size() != 32)
        qFatal("bad test hash");
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

std::array<std::uint8_t, 32> bytes32(const QString &hex)
{
    return hash32(hex);
}

Hash32 randomHash(QRandomGenerator &rng)
{
    Hash32 h;
    for (auto &b : h)
        b = std::uint8_t(rng.bounded(256));
    return h;
}

SecretKey randomKey(QRandomGenerator &rng)
{
    for (;;) {
        const Hash32 h = randomHash(rng);
        Result<SecretKey> k = SecretKey::fromBytes(QByteArrayView(h));
        if (k)
            return std::move(k).value();
    }
}

// n - x for a 32-byte big-endian x < n.
std::array<std::uint8_t, 32> negate(const std::array<std::uint8_t, 32> &x)
{
    const QByteArray n = QByteArray::fromHex(kOrderHex);
    std::array<std::uint8_t, 32> out {};
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int d = std::uint8_t(n[i]) - x[std::size_t(i)] - borrow;
        borrow = d < 0 ? 1 : 0;
        out[std::size_t(i)] = std::uint8_t(d + (borrow ? 256 : 0));
    }
    return out;
}

} // namespace

class TestSecp256k1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicKeys_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("uncompressed");
        QTest::addColumn<QString>("compressed");
        // The generator G and 2G.
        QTest::newRow("1 (G)") << QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001")
                               << QStringLiteral("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                                                 "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")
                               << QStringLiteral("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
        QTest::newRow("2 (2G)") << QStringLiteral("0000000000000000000000000000000000000000000000000000000000000002")
                                << QStringLiteral("04c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"
                                                  "1ae168fea63dc339a3c58419466ceaeef7f632653266d0e1236431a950cfe52a")
                                << QStringLiteral("02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5");
        // n - 1 = -1: the negation of G (odd y).
        QTest::newRow("n-1 (-G)") << QStringLiteral("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140")
                                  << QStringLiteral("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                                                    "b7c52588d95c3b9aa25b0403f1eef75702e84bb7597aabe663b82f6f04ef2777")
                                  << QStringLiteral(
                                         "0379be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
    }

    void publicKeys()
    {
        QFETCH(QString, secret);
        QFETCH(QString, uncompressed);
        QFETCH(QString, compressed);
        const Result<PublicKey> pub = Secp256k1::derivePublicKey(key(secret));
        KASSA_VERIFY_OK(pub);
        QCOMPARE(Hex::encode(pub->serializeUncompressed()), uncompressed);
        QCOMPARE(Hex::encode(pub->serializeCompressed()), compressed);
        QCOMPARE(Hex::encode(pub->serializeUncompressedXY()), uncompressed.mid(2));
        // Both serialisations parse back to the same point.
        const Result<PublicKey> a = PublicKey::parse(QByteArray::fromHex(uncompressed.toLatin1()));
        const Result<PublicKey> b = PublicKey::parse(QByteArray::fromHex(compressed.toLatin1()));
        KASSA_VERIFY_OK(a);
        KASSA_VERIFY_OK(b);
        QVERIFY(*a == *pub);
        QVERIFY(*b == *pub);
    }

    void malformedPublicKeys_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("error");
        const QString gx = QStringLiteral("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
        const QString gy = QStringLiteral("483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
        const QString wrongSize = QStringLiteral("wrong prefix");
        const QString offCurve = QStringLiteral("not a point");
        QTest::newRow("empty") << QString() << wrongSize;
        QTest::newRow("32 bytes (x only)") << gx << wrongSize;
        QTest::newRow("64 bytes (x||y, no prefix)") << gx + gy << wrongSize;
        QTest::newRow("34 bytes") << QStringLiteral("02") + gx + QStringLiteral("00") << wrongSize;
        QTest::newRow("66 bytes") << QStringLiteral("04") + gx + gy + QStringLiteral("00") << wrongSize;
        QTest::newRow("33 bytes, prefix 04") << QStringLiteral("04") + gx << wrongSize;
        QTest::newRow("33 bytes, prefix 05") << QStringLiteral("05") + gx << wrongSize;
        QTest::newRow("33 bytes, prefix 00") << QStringLiteral("00") + gx << wrongSize;
        QTest::newRow("65 bytes, prefix 02") << QStringLiteral("02") + gx + gy << wrongSize;
        QTest::newRow("hybrid 06") << QStringLiteral("06") + gx + gy << wrongSize;
        QTest::newRow("hybrid 07") << QStringLiteral("07") + gx + gy << wrongSize;
        QTest::newRow("y off the curve") << QStringLiteral("04") + gx + gy.left(62) + QStringLiteral("b9") << offCurve;
        QTest::newRow("x = 0 (no such point)") << QStringLiteral("02") + QString(64, u'0') << offCurve;
        QTest::newRow("x = 5 (no such point)") << QStringLiteral("03") + QString(63, u'0') + u'5' << offCurve;
        QTest::newRow("x >= p") << QStringLiteral("02") + QString(64, u'f') << offCurve;
        QTest::newRow("all zero uncompressed") << QStringLiteral("04") + QString(128, u'0') << offCurve;
    }

    void malformedPublicKeys()
    {
        QFETCH(QString, hex);
        QFETCH(QString, error);
        const Result<PublicKey> pub = PublicKey::parse(QByteArray::fromHex(hex.toLatin1()));
        QVERIFY(!pub.ok());
        QCOMPARE(pub.error().code, ErrorCode::InvalidInput);
        QVERIFY2(pub.error().message.contains(error), qPrintable(pub.error().message));
    }

    // Published signatures (reference/chains.md §2.6 and §6.5). libsecp256k1
    // signs with RFC 6979 and low s, so they reproduce byte for byte.
    void signatureVectors_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("r");
        QTest::addColumn<QString>("s");
        QTest::addColumn<int>("recoveryId");
        QTest::newRow("EIP-155 example (v=37)")
            << QStringLiteral("4646464646464646464646464646464646464646464646464646464646464646")
            << QStringLiteral("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53")
            << QStringLiteral("28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276")
            << QStringLiteral("67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83") << 0;
        QTest::newRow("EIP-1559 ethereumjs #1")
            << QStringLiteral("8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63")
            << QStringLiteral("5dac58bc5ee23609037e7d8523aa255f9797ce47113f67f6753284c3b02907dd")
            << QStringLiteral("d067f2167008c59219652f91cbf8788dbca5f771f6e91e2b7657e85b78b472e0")
            << QStringLiteral("1d305af9fe81fdba43f0dfcd400ed24dcace0a7e30d4e85701dcaaf484cd079e") << 0;
        // #2: the signing hash is keccak256 of the unsigned type-2 payload
        // (the published raw tx without yParity, r, s).
        QTest::newRow("EIP-1559 ethereumjs #2 (yParity 1)")
            << QStringLiteral("8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63")
            << Hex::encode(keccak256(QByteArray::fromHex("02ec821e8e8201618297c283021467827f51940000000000000000000000"
                                                         "00000000000000aaaa8403b08b3380c0")))
            << QStringLiteral("04205678f13fc1d7b10feea6513dfa76e24418b6e08097d95c6f93a3b64e536d")
            << QStringLiteral("1d45ad61bfece43862de2cce7d2575a8c1d08c26c87f3cb5f26d7b0be54a91b2") << 1;
        QTest::newRow("USDT EIP-1559 mainnet (derived, ethers-checked)")
            << QStringLiteral("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
            << QStringLiteral("d50d42446791c0b3baff30a8de967c0df3e420296c7a3b8cf1c93e01f990db71")
            << QStringLiteral("c1925e9812025405dcd5d4bdbcb0e913506eee5f82e9c83fb29304bc11651c2c")
            << QStringLiteral("4ab9ebcb66c8ad8938c2b07b9b6fee68ea97936d55b271463a150b2674994e7f") << 0;
        QTest::newRow("BSC legacy (v=147)")
            << QStringLiteral("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
            << QStringLiteral("fce2566ff3ff4d3f193c47ea2e17fbf5e12c318d6eeafc1d6c213a9f80d6bdc5")
            << QStringLiteral("2ce4e40d7f11caa5c64da596244f823503a10ecde2782567f3af095444921580")
            << QStringLiteral("22bc73938092ffbfd016bccb400e89d8f4bfd28c27eb729823c1a5a60e5adb53") << 0;
        QTest::newRow("Tron wallet-core TRC-20")
            << QStringLiteral("2d8f68944bdbfbc0769542fba8fc2d2a3de67393334471624364c7006da2aa54")
            << QStringLiteral("0d644290e3cf554f6219c7747f5287589b6e7e30e1b02793b48ba362da6a5058")
            << QStringLiteral("bec790877b3a008640781e3948b070740b1f6023c29ecb3f7b5835433c13fc58")
            << QStringLiteral("35e5cad3bd44360ff2ddad5ed7dc9d7dee6878f90e86a40355b7697f5954b88c") << 1;
        QTest::newRow("Tron wallet-core TransferContract")
            << QStringLiteral("2d8f68944bdbfbc0769542fba8fc2d2a3de67393334471624364c7006da2aa54")
            << QStringLiteral("dc6f6d9325ee44ab3c00528472be16e1572ab076aa161ccd12515029869d0451")
            << QStringLiteral("ede769f6df28aefe6a846be169958c155e23e7e5c9621d2e8dce1719b4d952b6")
            << QStringLiteral("3e8a8bf9f00e41204ac1bf69b1a663dacdf764367e48e4a5afcd6b055a747fb2") << 0;
        QTest::newRow("Tron USDT clean ABI (tronweb-checked)")
            << QStringLiteral("b5a4cea271ff424d7c31dc12a3e43e401df7a40d7412a15750f3f0b6b5449a28")
            << QStringLiteral("1eaa318a1ac3e52c454ec24c5a259eb75b3c5e9326cf72a645dfa89fae59f6a3")
            << QStringLiteral("fc8e8e1f8086b120497ee491283997341d8e335a482364e908d1671ed528c350")
            << QStringLiteral("0ff39ba5d09fb77019c2b9981d7df16cd3316bb195757a438341ccf5f5af4b80") << 0;
    }

    void signatureVectors()
    {
        QFETCH(QString, secret);
        QFETCH(QString, digest);
        QFETCH(QString, r);
        QFETCH(QString, s);
        QFETCH(int, recoveryId);
        const SecretKey k = key(secret);
        const Hash32 h = hash32(digest);
        const Result<RecoverableSignature> sig = Secp256k1::sign(h, k);
        KASSA_VERIFY_OK(sig);
        QCOMPARE(Hex::encode(sig->r), r);
        QCOMPARE(Hex::encode(sig->s), s);
        QCOMPARE(sig->recoveryId, recoveryId);
        QVERIFY(sig->isLowS());
        QCOMPARE(Hex::encode(sig->compact()), r + s);
        QCOMPARE(Hex::encode(sig->toRsv()), r + s + QStringLiteral("0%1").arg(recoveryId));
        QCOMPARE(sig->toRsv(27)[64], std::uint8_t(27 + recoveryId));

        const Result<PublicKey> signer = Secp256k1::derivePublicKey(k);
        KASSA_VERIFY_OK(signer);
        const Result<PublicKey> recovered = Secp256k1::recover(h, *sig);
        KASSA_VERIFY_OK(recovered);
        QVERIFY(*recovered == *signer);
        QVERIFY(Secp256k1::verify(h, *sig, *signer));

        // The same signature parsed from the wire.
        const Result<RecoverableSignature> parsed = Secp256k1::signatureFromCompact(sig->compact(), recoveryId);
        KASSA_VERIFY_OK(parsed);
        QVERIFY(*parsed == *sig);
    }

    void signingIsDeterministic()
    {
        const SecretKey k = key(QStringLiteral("4646464646464646464646464646464646464646464646464646464646464646"));
        const Hash32 h = keccak256(QByteArray("same message"));
        const Result<RecoverableSignature> a = Secp256k1::sign(h, k);
        const Result<RecoverableSignature> b = Secp256k1::sign(h, k.clone());
        KASSA_VERIFY_OK(a);
        KASSA_VERIFY_OK(b);
        QVERIFY(*a == *b);
        Hash32 other = h;
        other[31] ^= 1;
        const Result<RecoverableSignature> c = Secp256k1::sign(other, k);
        KASSA_VERIFY_OK(c);
        QVERIFY(c->r != a->r);
    }

    void randomRoundTrips()
    {
        QRandomGenerator rng(256);
        int recoveryIds[2] = {0, 0};
        for (int i = 0; i < 200; ++i) {
            const SecretKey k = randomKey(rng);
            const Hash32 h = randomHash(rng);
            const Result<RecoverableSignature> sig = Secp256k1::sign(h, k);
            KASSA_VERIFY_OK(sig);
            QVERIFY(sig->isLowS());
            QVERIFY(sig->recoveryId == 0 || sig->recoveryId == 1);
            ++recoveryIds[sig->recoveryId];
            const Result<PublicKey> pub = Secp256k1::derivePublicKey(k);
            const Result<PublicKey> rec = Secp256k1::recover(h, *sig);
            KASSA_VERIFY_OK(rec);
            QVERIFY(*rec == *pub);
            QVERIFY(Secp256k1::verify(h, *sig, *pub));
            // A different digest or a flipped recovery id leads elsewhere.
            Hash32 other = h;
            other[0] ^= 0x80;
            QVERIFY(!Secp256k1::verify(other, *sig, *pub));
            RecoverableSignature flipped = *sig;
            flipped.recoveryId ^= 1;
            const Result<PublicKey> wrong = Secp256k1::recover(h, flipped);
            QVERIFY(!wrong.ok() || !(*wrong == *pub));
        }
        QVERIFY(recoveryIds[0] > 50 && recoveryIds[1] > 50);
    }

    void highSIsNotCanonical()
    {
        const SecretKey k = key(QStringLiteral("4646464646464646464646464646464646464646464646464646464646464646"));
        const Hash32 h = hash32(QStringLiteral("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        const RecoverableSignature low = *Secp256k1::sign(h, k);
        RecoverableSignature high = low;
        high.s = negate(low.s);
        high.recoveryId ^= 1; // (r, n-s) recovers the same key with the other parity
        QVERIFY(!high.isLowS());
        const Result<RecoverableSignature> parsed = Secp256k1::signatureFromCompact(high.compact(), high.recoveryId);
        KASSA_VERIFY_OK(parsed);
        QVERIFY(!parsed->isLowS());
        const Result<PublicKey> pub = Secp256k1::derivePublicKey(k);
        QVERIFY(!Secp256k1::verify(h, high, *pub)); // EIP-2: high s is invalid
        const Result<PublicKey> rec = Secp256k1::recover(h, high);
        KASSA_VERIFY_OK(rec);
        QVERIFY(*rec == *pub);
        // Half the order itself is still low.
        RecoverableSignature half = low;
        half.s = bytes32(QStringLiteral("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0"));
        QVERIFY(half.isLowS());
        half.s[31] += 1;
        QVERIFY(!half.isLowS());
    }

    void malformedSignatures_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<int>("recoveryId");
        const QString r = QStringLiteral("28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276");
        const QString s = QStringLiteral("67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
        QTest::newRow("63 bytes") << QString(r + s).left(126) << 0;
        QTest::newRow("65 bytes") << r + s + QStringLiteral("00") << 0;
        QTest::newRow("recovery id 2") << r + s << 2;
        QTest::newRow("recovery id 3") << r + s << 3;
        QTest::newRow("recovery id -1") << r + s << -1;
        QTest::newRow("recovery id 27") << r + s << 27;
        QTest::newRow("r zero") << QString(64, u'0') + s << 0;
        QTest::newRow("s zero") << r + QString(64, u'0') << 0;
        QTest::newRow("r = n") << QString::fromLatin1(kOrderHex) + s << 0;
        QTest::newRow("s = n") << r + QString::fromLatin1(kOrderHex) << 0;
        QTest::newRow("s all ff") << r + QString(64, u'f') << 0;
    }

    void malformedSignatures()
    {
        QFETCH(QString, hex);
        QFETCH(int, recoveryId);
        const Result<RecoverableSignature> sig =
            Secp256k1::signatureFromCompact(QByteArray::fromHex(hex.toLatin1()), recoveryId);
        QVERIFY(!sig.ok());
        QCOMPARE(sig.error().code, ErrorCode::InvalidInput);
        // And recover()/verify() refuse such values if they are built by hand.
        if (hex.size() == 128) {
            RecoverableSignature manual;
            const QByteArray b = QByteArray::fromHex(hex.toLatin1());
            std::copy(b.begin(), b.begin() + 32, manual.r.begin());
            std::copy(b.begin() + 32, b.end(), manual.s.begin());
            manual.recoveryId = recoveryId;
            const Hash32 h = keccak256(QByteArray("x"));
            QVERIFY(!Secp256k1::recover(h, manual).ok());
            const Result<PublicKey> g = Secp256k1::derivePublicKey(
                key(QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001")));
            QVERIFY(!Secp256k1::verify(h, manual, *g));
        }
    }

    void tweaks()
    {
        QRandomGenerator rng(32);
        for (int i = 0; i < 50; ++i) {
            const SecretKey k = randomKey(rng);
            const Hash32 tweak = randomHash(rng);
            const Result<SecretKey> child = Secp256k1::tweakAddSecret(k, tweak);
            const Result<PublicKey> parentPub = Secp256k1::derivePublicKey(k);
            const Result<PublicKey> childPub = Secp256k1::tweakAddPublic(*parentPub, tweak);
            if (!child.ok()) { // tweak ≥ n: ~2^-128, but then both must refuse
                QVERIFY(!childPub.ok());
                continue;
            }
            KASSA_VERIFY_OK(childPub);
            QVERIFY(*Secp256k1::derivePublicKey(*child) == *childPub);
        }
        // 1 + 1 = 2
        const SecretKey one = key(QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001"));
        const Result<SecretKey> two = Secp256k1::tweakAddSecret(
            one, bytes32(QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001")));
        KASSA_VERIFY_OK(two);
        QCOMPARE(Hex::encode(two->bytes().view()),
            QStringLiteral("0000000000000000000000000000000000000000000000000000000000000002"));
    }

    void invalidTweaks_data()
    {
        QTest::addColumn<QString>("tweak");
        QTest::newRow("tweak = n") << QString::fromLatin1(kOrderHex);
        QTest::newRow("tweak all ff") << QString(64, u'f');
        // With key 1: n - 1 makes the sum zero (the point at infinity).
        QTest::newRow("sum is zero") << QStringLiteral(
            "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140");
    }

    void invalidTweaks()
    {
        QFETCH(QString, tweak);
        const SecretKey one = key(QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001"));
        const Result<SecretKey> s = Secp256k1::tweakAddSecret(one, bytes32(tweak));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        const Result<PublicKey> g = Secp256k1::derivePublicKey(one);
        const Result<PublicKey> p = Secp256k1::tweakAddPublic(*g, bytes32(tweak));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::InvalidInput);
    }

    void zeroTweakIsIdentity()
    {
        const SecretKey k = key(QStringLiteral("4646464646464646464646464646464646464646464646464646464646464646"));
        const Result<SecretKey> same = Secp256k1::tweakAddSecret(k, Hash32 {});
        KASSA_VERIFY_OK(same);
        QVERIFY(same->bytes().equals(k.bytes()));
        // The public side takes its fallback path for a zero tweak (the fast
        // path's ec_pubkey_create refuses zero) and agrees.
        const Result<PublicKey> pub = Secp256k1::derivePublicKey(k);
        const Result<PublicKey> samePub = Secp256k1::tweakAddPublic(*pub, Hash32 {});
        KASSA_VERIFY_OK(samePub);
        QVERIFY(*samePub == *pub);
    }

    void movedFromKeyIsRefused()
    {
        SecretKey k = key(QStringLiteral("4646464646464646464646464646464646464646464646464646464646464646"));
        const SecretKey taken = std::move(k);
        QVERIFY(k.isNull()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
        QVERIFY(!Secp256k1::derivePublicKey(k).ok());
        QVERIFY(!Secp256k1::sign(Hash32 {}, k).ok());
        QVERIFY(!Secp256k1::tweakAddSecret(k, Hash32 {}).ok());
        KASSA_VERIFY_OK(Secp256k1::sign(Hash32 {}, taken));
    }

    // The shared context is created once and used by many threads at once.
    void concurrentSigning()
    {
        const SecretKey k = key(QStringLiteral("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
        const Hash32 h = hash32(QStringLiteral("d50d42446791c0b3baff30a8de967c0df3e420296c7a3b8cf1c93e01f990db71"));
        std::atomic<int> mismatches {0};
        auto work = [&] {
            for (int i = 0; i < 100; ++i) {
                const Result<RecoverableSignature> sig = Secp256k1::sign(h, k);
                if (!sig
                    || Hex::encode(sig->r)
                        != QLatin1String("c1925e9812025405dcd5d4bdbcb0e913506eee5f82e9c83fb29304bc11651c2c"))
                    ++mismatches;
            }
        };
        std::thread a(work);
        std::thread b(work);
        a.join();
        b.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

KASSA_TEST_MAIN(TestSecp256k1)
#include "tst_secp256k1.moc"
