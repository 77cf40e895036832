// BIP-32: the published test vectors 1-5 (tests/data/bip32-vectors.json),
// the master keys of the 24 trezor BIP-39 vectors, strict derivation paths,
// and the agreement of CKDpub with CKDpriv on random keys.
#include "TestSupport.h"
#include "crypto/Base58.h"
#include "crypto/Bip32.h"
#include "crypto/Hex.h"
#include "crypto/Mnemonic.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace kassa;
using crypto::DerivationPath;
using crypto::ExtendedPrivateKey;
using crypto::ExtendedPublicKey;
using crypto::Hex;
using crypto::SecureBytes;

namespace {

QJsonObject loadJson(const QString &name)
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/%s is missing", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString text(const SecureBytes &bytes)
{
    return QString::fromLatin1(bytes.view());
}

SecureBytes seedFromHex(const QString &hex)
{
    return Hex::decodeSecret(hex).value();
}

} // namespace

class TestBip32 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedChains_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("xpub");
        QTest::addColumn<QString>("xprv");
        const QJsonArray valid =
            loadJson(QStringLiteral("bip32-vectors.json")).value(QStringLiteral("valid")).toArray();
        QCOMPARE(valid.size(), 4);
        for (int v = 0; v < valid.size(); ++v) {
            const QJsonObject vector = valid[v].toObject();
            for (const QJsonValue &chain : vector.value(QStringLiteral("chains")).toArray()) {
                const QJsonArray c = chain.toArray();
                QTest::addRow("vector %d %s", v + 1, qPrintable(c[0].toString()))
                    << vector.value(QStringLiteral("seed")).toString() << c[0].toString() << c[1].toString()
                    << c[2].toString();
            }
        }
    }
    void publishedChains()
    {
        QFETCH(QString, seed);
        QFETCH(QString, path);
        QFETCH(QString, xpub);
        QFETCH(QString, xprv);
        const auto master = ExtendedPrivateKey::fromSeed(seedFromHex(seed));
        KASSA_VERIFY_OK(master);
        const auto parsedPath = DerivationPath::parse(path);
        KASSA_VERIFY_OK(parsedPath);
        const auto node = master->derivePath(*parsedPath);
        KASSA_VERIFY_OK(node);
        QCOMPARE(text(node->toBase58()), xprv);
        QCOMPARE(node->toPublic().toBase58(), xpub);
        QCOMPARE(node->depth(), parsedPath->depth());

        // Both strings parse back to the same node.
        const auto fromXprv = ExtendedPrivateKey::parse(xprv);
        KASSA_VERIFY_OK(fromXprv);
        QCOMPARE(text(fromXprv->toBase58()), xprv);
        QVERIFY(fromXprv->secretKey().bytes().equals(node->secretKey().bytes()));
        const auto fromXpub = ExtendedPublicKey::parse(xpub);
        KASSA_VERIFY_OK(fromXpub);
        QCOMPARE(fromXpub->toBase58(), xpub);
        QVERIFY(*fromXpub == node->toPublic());

        // The non-hardened tail can be reached from the last hardened xpub.
        const QList<std::uint32_t> components = parsedPath->components();
        qsizetype lastHardened = -1;
        for (qsizetype i = 0; i < components.size(); ++i) {
            if (components[i] & DerivationPath::Hardened)
                lastHardened = i;
        }
        const auto base = master->derivePath(DerivationPath(components.mid(0, lastHardened + 1)));
        const auto tail = base->toPublic().derivePath(DerivationPath(components.mid(lastHardened + 1)));
        KASSA_VERIFY_OK(tail);
        QCOMPARE(tail->toBase58(), xpub);
    }

    void publishedInvalidKeys_data()
    {
        QTest::addColumn<QString>("key");
        for (const QJsonValue &v :
            loadJson(QStringLiteral("bip32-vectors.json")).value(QStringLiteral("invalid")).toArray()) {
            const QJsonArray pair = v.toArray();
            QTest::newRow(qPrintable(pair[0].toString())) << pair[1].toString();
        }
    }
    void publishedInvalidKeys()
    {
        QFETCH(QString, key);
        const auto asPrivate = ExtendedPrivateKey::parse(key);
        const auto asPublic = ExtendedPublicKey::parse(key);
        QVERIFY(!asPrivate.ok());
        QVERIFY(!asPublic.ok());
        QCOMPARE(asPublic.error().code, ErrorCode::InvalidInput);
        QVERIFY(!asPublic.error().userMessage.isEmpty());
        QVERIFY(!asPrivate.error().message.contains(key.mid(4, 20))); // never the key text in the log
    }

    void namesTheWrongKind_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("wantPrivate");
        QTest::addColumn<QString>("shown");
        const QString xprv = QStringLiteral("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWU"
                                            "tg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi");
        const QString xpub = QStringLiteral("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1R"
                                            "upje8YtGqsefD265TMg7usUDFdp6W1EGMcet8");
        QTest::newRow("xprv where an xpub belongs") << xprv << false << "private key (xprv)";
        QTest::newRow("xpub where an xprv belongs") << xpub << true << "public key (xpub)";
        // The same key material under other version bytes.
        auto reversion = [](const QString &key, const char *versionHex) {
            QByteArray payload = crypto::Base58::decodeCheck(key).value();
            payload.replace(0, 4, QByteArray::fromHex(versionHex));
            return crypto::Base58::encodeCheck(payload);
        };
        QTest::newRow("tpub") << reversion(xpub, "043587cf") << false << "testnet";
        QTest::newRow("zpub") << reversion(xpub, "04b24746") << false << "SegWit";
        QTest::newRow("ypub") << reversion(xpub, "049d7cb2") << false << "SegWit";
        QTest::newRow("unknown") << reversion(xpub, "01020304") << false << "01020304";
        QTest::newRow("short") << crypto::Base58::encodeCheck(QByteArray(77, '\x04')) << false << "77 bytes";
        QTest::newRow("typo") << (xpub.left(20) + QLatin1Char('X') + xpub.mid(21)) << false << "checksum";
        QTest::newRow("truncated") << xpub.chopped(1) << false << "checksum";
        QTest::newRow("whitespace") << (xpub + QLatin1Char('\n')) << false << "checksum";
        QTest::newRow("empty") << QString() << false << "checksum";
    }
    void namesTheWrongKind()
    {
        QFETCH(QString, key);
        QFETCH(bool, wantPrivate);
        QFETCH(QString, shown);
        const Error error =
            wantPrivate ? ExtendedPrivateKey::parse(key).error() : ExtendedPublicKey::parse(key).error();
        QVERIFY2(error.userMessage.contains(shown), qPrintable(error.userMessage));
        QVERIFY(!error.hint.isEmpty());
    }

    void trezorMasterKeys()
    {
        const QJsonArray vectors =
            loadJson(QStringLiteral("bip39-trezor-vectors.json")).value(QStringLiteral("english")).toArray();
        QCOMPARE(vectors.size(), 24);
        for (const QJsonValue &v : vectors) {
            const QJsonArray a = v.toArray();
            const auto mnemonic = crypto::Mnemonic::parse(a[1].toString());
            KASSA_VERIFY_OK(mnemonic);
            const auto master = ExtendedPrivateKey::fromSeed(mnemonic->seed(u"TREZOR").value());
            KASSA_VERIFY_OK(master);
            QCOMPARE(text(master->toBase58()), a[3].toString());
        }
    }

    void paths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::newRow("master") << "m"
                                << "m";
        QTest::newRow("BIP-44 Ethereum") << "m/44'/60'/0'/0/5"
                                         << "m/44'/60'/0'/0/5";
        QTest::newRow("h for hardened") << "m/44h/195h/0h/0/1"
                                        << "m/44'/195'/0'/0/1";
        QTest::newRow("largest index") << "m/2147483647'/2147483647"
                                       << "m/2147483647'/2147483647";
        QTest::newRow("zero") << "m/0"
                              << "m/0";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("capital M") << "M/44'"
                                   << "";
        QTest::newRow("no m") << "44'/60'"
                              << "";
        QTest::newRow("leading slash") << "/44'"
                                       << "";
        QTest::newRow("m/") << "m/"
                            << "";
        QTest::newRow("trailing slash") << "m/44'/"
                                        << "";
        QTest::newRow("double slash") << "m//44'"
                                      << "";
        QTest::newRow("space") << "m/44' /60'"
                               << "";
        QTest::newRow("leading space") << " m/44'"
                                       << "";
        QTest::newRow("capital H") << "m/44H"
                                   << "";
        QTest::newRow("double apostrophe") << "m/44''"
                                           << "";
        QTest::newRow("apostrophe alone") << "m/'"
                                          << "";
        QTest::newRow("typographic apostrophe") << "m/44\u2019"
                                                << "";
        QTest::newRow("negative") << "m/-1"
                                  << "";
        QTest::newRow("plus") << "m/+1"
                              << "";
        QTest::newRow("leading zero") << "m/044'"
                                      << "";
        QTest::newRow("2^31") << "m/2147483648"
                              << "";
        QTest::newRow("2^31 hardened") << "m/2147483648'"
                                       << "";
        QTest::newRow("huge") << "m/99999999999999999999"
                              << "";
        QTest::newRow("hex") << "m/0x2c"
                             << "";
        QTest::newRow("full-width digit") << "m/\uff14\uff14'"
                                          << "";
        QTest::newRow("256 levels") << (QStringLiteral("m") + QStringLiteral("/0").repeated(256)) << "";
    }
    void paths()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto path = DerivationPath::parse(text);
        QCOMPARE(path.ok(), !canonical.isEmpty());
        if (path.ok())
            QCOMPARE(path->toString(), canonical);
        else
            QVERIFY(!path.error().hint.isEmpty());
    }

    void pathHelpers()
    {
        const DerivationPath p = DerivationPath::parse(u"m/44'/60'/0'").value();
        QCOMPARE(p.depth(), 3);
        QVERIFY(p.hasHardened());
        QCOMPARE(p.child(0).child(7).toString(), QStringLiteral("m/44'/60'/0'/0/7"));
        QVERIFY(!DerivationPath::parse(u"m/0/1").value().hasHardened());
        const auto deepest = DerivationPath::parse(QString(QStringLiteral("m") + QStringLiteral("/0").repeated(255)));
        KASSA_VERIFY_OK(deepest);
        QCOMPARE(deepest->depth(), 255);
    }

    void xpubRefusesHardenedChildren()
    {
        const auto master =
            ExtendedPrivateKey::fromSeed(seedFromHex(QStringLiteral("000102030405060708090a0b0c0d0e0f")));
        const auto child = master->toPublic().derive(DerivationPath::Hardened | 44);
        QVERIFY(!child.ok());
        QVERIFY(child.error().userMessage.contains(QStringLiteral("44'")));
        QVERIFY(!master->toPublic().derivePath(DerivationPath::parse(u"m/0/1'").value()).ok());
    }

    void seedSizes()
    {
        QVERIFY(!ExtendedPrivateKey::fromSeed(SecureBytes(15)).ok());
        QVERIFY(!ExtendedPrivateKey::fromSeed(SecureBytes(65)).ok());
        KASSA_VERIFY_OK(ExtendedPrivateKey::fromSeed(SecureBytes(16)));
        KASSA_VERIFY_OK(ExtendedPrivateKey::fromSeed(SecureBytes(64)));
    }

    void deepestLevel()
    {
        auto node = ExtendedPrivateKey::fromSeed(seedFromHex(QStringLiteral("000102030405060708090a0b0c0d0e0f")));
        const auto deep = node->derivePath(
            DerivationPath::parse(QString(QStringLiteral("m") + QStringLiteral("/1").repeated(255))).value());
        KASSA_VERIFY_OK(deep);
        QCOMPARE(deep->depth(), 255);
        QVERIFY(!deep->derive(0).ok());
        QVERIFY(!deep->toPublic().derive(0).ok());
        // A depth-255 key serialises and parses back.
        KASSA_VERIFY_OK(ExtendedPublicKey::parse(deep->toPublic().toBase58()));
    }

    // CKDpub(N(k)) == N(CKDpriv(k)) for random seeds and indexes (BIP-32's
    // defining identity), and fingerprints chain up.
    void publicAndPrivateDerivationAgree()
    {
        QRandomGenerator rng(3232);
        for (int i = 0; i < 300; ++i) {
            QByteArray seed(16 + int(rng.bounded(49)), Qt::Uninitialized);
            for (char &c : seed)
                c = char(rng.bounded(256));
            const auto master = ExtendedPrivateKey::fromSeed(SecureBytes::copyOf(seed));
            KASSA_VERIFY_OK(master);
            const auto hardened = master->derive(DerivationPath::Hardened | std::uint32_t(rng.bounded(1000)));
            KASSA_VERIFY_OK(hardened);
            const std::uint32_t index = std::uint32_t(rng.bounded(DerivationPath::Hardened));
            const auto viaPrivate = hardened->derive(index);
            const auto viaPublic = hardened->toPublic().derive(index);
            KASSA_VERIFY_OK(viaPrivate);
            KASSA_VERIFY_OK(viaPublic);
            QVERIFY(viaPrivate->toPublic() == *viaPublic);
            QCOMPARE(viaPublic->parentFingerprint(), hardened->fingerprint());
            QCOMPARE(viaPublic->childNumber(), index);
            QCOMPARE(ExtendedPublicKey::parse(viaPublic->toBase58()).value(), *viaPublic);
        }
    }
};

KASSA_TEST_MAIN(TestBip32)
#include "tst_bip32.moc"
