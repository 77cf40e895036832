// HmacSha512: the RFC 4231 vectors and OpenSSL's own HMAC on random keys
// of every length class (shorter than, equal to and longer than the block).
#include "TestSupport.h"
#include "crypto/Hex.h"
#include "crypto/HmacSha512.h"

#include <QRandomGenerator>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace kassa;
using crypto::Hex;
using crypto::HmacSha512;

class TestHmacSha512 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mac");
        QTest::newRow("case 1")
            << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eae"
               "a3f4e4be9d914eeb61f1702e696c203a126854";
        QTest::newRow("case 2")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8"
               "f0e6fdcaeab1a34d4a6b4b636e070a38bce737";
        QTest::newRow("case 3")
            << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
            << "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e"
               "67c807b946a337bee8942674278859e13292fb";
        QTest::newRow("case 6: key longer than a block")
            << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f7"
               "3f6"
               "3f0aec8b915a985d786598";
    }
    void rfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QString, mac);
        QCOMPARE(Hex::encode(HmacSha512::mac(key, data)), mac);
        const HmacSha512 keyed(key);
        QCOMPARE(Hex::encode(keyed.compute(data)), mac);
        QCOMPARE(Hex::encode(keyed.compute(data)), mac); // the key schedule is not consumed
        const HmacSha512 copy = keyed;
        QCOMPARE(Hex::encode(copy.compute(data)), mac);
    }

    void agreesWithOpenSslHmac()
    {
        QRandomGenerator rng(512);
        for (int i = 0; i < 2000; ++i) {
            QByteArray key(int(rng.bounded(300)), Qt::Uninitialized);
            QByteArray data(int(rng.bounded(400)), Qt::Uninitialized);
            for (char &c : key)
                c = char(rng.bounded(256));
            for (char &c : data)
                c = char(rng.bounded(256));
            unsigned char expected[64];
            unsigned int size = 0;
            HMAC(EVP_sha512(), key.constData(), int(key.size()),
                reinterpret_cast<const unsigned char *>(data.constData()), std::size_t(data.size()), expected, &size);
            QCOMPARE(size, 64u);
            QCOMPARE(Hex::encode(HmacSha512::mac(key, data)), Hex::encode(QByteArrayView(expected, 64)));
        }
    }
};

KASSA_TEST_MAIN(TestHmacSha512)
#include "tst_hmacsha512.moc"
