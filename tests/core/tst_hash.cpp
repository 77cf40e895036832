#include "TestSupport.h"
#include "crypto/Hash.h"
#include "crypto/Hex.h"

using namespace kassa;
using namespace kassa::crypto;

class TestHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("single");
        QTest::addColumn<QString>("twice");
        // FIPS 180-2 examples; double SHA-256 of "" and "abc" as used by Base58Check.
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                               << QStringLiteral("5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                             << QStringLiteral("4f8b42c22dd3729b519ba6f68d2da7cc5b2d606d05daed5ad5128cc03e6c6358");
    }

    void sha256()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, single);
        QFETCH(QString, twice);
        QCOMPARE(Hex::encode(crypto::sha256(input)), single);
        QCOMPARE(Hex::encode(crypto::doubleSha256(input)), twice);
    }

    // reference/chains.md §6.5 b: Tron txID = SHA-256(raw_data).
    void tronTxId()
    {
        const QByteArray raw = QByteArray::fromHex(
            "0a027b3b2208b21ace8d6ac20e7e40d8abb9bae62c5a67080112630a2d747970652e676f6f676c65617069732e636f6d2f70726f74"
            "6f636f6c2e5472616e73666572436f6e747261637412320a15415cd0fb0ab3ce40f3051414c604b27756e69e43db121541521ea19"
            "7907927725ef36d70f25f850d1659c7c71880897a70d889a4a9e62c");
        QCOMPARE(Hex::encode(crypto::sha256(raw)),
            QStringLiteral("dc6f6d9325ee44ab3c00528472be16e1572ab076aa161ccd12515029869d0451"));
    }
};

KASSA_TEST_MAIN(TestHash)
#include "tst_hash.moc"
