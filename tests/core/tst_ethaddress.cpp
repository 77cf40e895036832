#include "TestSupport.h"
#include "crypto/EthAddress.h"
#include "crypto/Hex.h"
#include "crypto/Secp256k1.h"

#include <QSet>

using namespace kassa;
using namespace kassa::crypto;

class TestEthAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // reference/chains.md §4 (privkey 1, 2, 0x46…46) and the keys of §2.6/§5.
    void fromPrivateKey_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("address");
        QTest::newRow("privkey 1") << QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001")
                                   << QStringLiteral("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
        QTest::newRow("privkey 2") << QStringLiteral("0000000000000000000000000000000000000000000000000000000000000002")
                                   << QStringLiteral("0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF");
        QTest::newRow("privkey 46..46") << QStringLiteral(
            "4646464646464646464646464646464646464646464646464646464646464646")
                                        << QStringLiteral("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F");
        QTest::newRow("EIP-1559 sender") << QStringLiteral(
            "8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63")
                                         << QStringLiteral("0xFE3B557E8Fb62b89F4916B721be55cEb828dBd73");
        QTest::newRow("anvil #0") << QStringLiteral("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
                                  << QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        QTest::newRow("anvil #1") << QStringLiteral("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
                                  << QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        QTest::newRow("abandon m/44'/60'/0'/0/0")
            << QStringLiteral("1ab42cc412b618bdea3a599e3c9bae199ebf030895b039e9db1e30dafb12b727")
            << QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94");
        QTest::newRow("abandon m/44'/60'/0'/0/1")
            << QStringLiteral("9a983cb3d832fbde5ab49d692b7a8bf5b5d232479c99333d0fc8e1d21f1b55b6")
            << QStringLiteral("0x6Fac4D18c912343BF86fa7049364Dd4E424Ab9C0");
    }

    void fromPrivateKey()
    {
        QFETCH(QString, secret);
        QFETCH(QString, address);
        const Result<SecretKey> key = SecretKey::fromHex(secret);
        KASSA_VERIFY_OK(key);
        const Result<PublicKey> pub = Secp256k1::derivePublicKey(*key);
        KASSA_VERIFY_OK(pub);
        const EthAddress a = EthAddress::fromPublicKey(*pub);
        QCOMPARE(a.toChecksumString(), address);
        QCOMPARE(a.toLowerHex(), address.toLower());
        const Result<EthAddress> parsed = EthAddress::parse(address);
        KASSA_VERIFY_OK(parsed);
        QVERIFY(*parsed == a);
    }

    void checksumVectors_data()
    {
        QTest::addColumn<QString>("address");
        // EIP-55 (EIPS/eip-55.md): mixed case, all caps, all lower.
        QTest::newRow("eip55 1") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        QTest::newRow("eip55 2") << QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
        QTest::newRow("eip55 3") << QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
        QTest::newRow("eip55 4") << QStringLiteral("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb");
        QTest::newRow("all caps 1") << QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        QTest::newRow("all caps 2") << QStringLiteral("0x8617E340B3D01FA5F11F306F4090FD50E238070D");
        QTest::newRow("all lower 1") << QStringLiteral("0xde709f2102306220921060314715629080e2fb77");
        QTest::newRow("all lower 2") << QStringLiteral("0x27b1fdb04752bbc536007a920d24acb045561c26");
        // Token contracts (reference/chains.md §0).
        QTest::newRow("USDT Ethereum") << QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7");
        QTest::newRow("USDT BSC") << QStringLiteral("0x55d398326f99059fF775485246999027B3197955");
        QTest::newRow("USDT Polygon") << QStringLiteral("0xc2132D05D31c914a87C6611C10748AEb04B58e8F");
    }

    void checksumVectors()
    {
        QFETCH(QString, address);
        const Result<EthAddress> parsed = EthAddress::parse(address);
        KASSA_VERIFY_OK(parsed);
        QCOMPARE(parsed->toChecksumString(), address);
        QCOMPARE(parsed->toLowerHex(), address.toLower());
        // All lower and all upper carry no checksum and are accepted.
        const Result<EthAddress> lower = EthAddress::parse(address.toLower());
        const Result<EthAddress> upper = EthAddress::parse(QString(QStringLiteral("0x") + address.mid(2).toUpper()));
        KASSA_VERIFY_OK(lower);
        KASSA_VERIFY_OK(upper);
        QVERIFY(*lower == *parsed);
        QVERIFY(*upper == *parsed);
    }

    // Every single-letter case change of a checksummed address is caught.
    void everyWrongCaseIsRejected_data() { checksumVectors_data(); }

    void everyWrongCaseIsRejected()
    {
        QFETCH(QString, address);
        const QString body = address.mid(2);
        const bool mixed = body != body.toLower() && body != body.toUpper();
        if (!mixed)
            QSKIP("no checksum to break in an all-lower or all-upper address");
        int letters = 0;
        for (qsizetype i = 2; i < address.size(); ++i) {
            const QChar c = address[i];
            if (!c.isLetter())
                continue;
            QString tampered = address;
            tampered[i] = c.isUpper() ? c.toLower() : c.toUpper();
            const Result<EthAddress> r = EthAddress::parse(tampered);
            // Changing one letter may leave the address all-lower/all-upper,
            // which is accepted by design; every other change must fail.
            const QString tb = tampered.mid(2);
            if (tb == tb.toLower() || tb == tb.toUpper()) {
                KASSA_VERIFY_OK(r);
                continue;
            }
            QVERIFY2(!r.ok(), qPrintable(tampered));
            QVERIFY(r.error().message.contains(QStringLiteral("EIP-55 checksum mismatch")));
            QVERIFY(r.error().userMessage.contains(QStringLiteral("checksum")));
            ++letters;
        }
        QVERIFY(letters > 0);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString good = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        const QString shape = QStringLiteral("not 0x + 40 hex digits");
        const QString hex = QStringLiteral("not a hex digit");
        QTest::newRow("empty") << QString() << shape;
        QTest::newRow("0x only") << QStringLiteral("0x") << shape;
        QTest::newRow("no prefix") << good.mid(2) << shape;
        QTest::newRow("capital X") << QStringLiteral("0X") + good.mid(2) << shape;
        QTest::newRow("39 digits") << good.left(41) << shape;
        QTest::newRow("41 digits") << good + u'0' << shape;
        QTest::newRow("64 digits (a hash)") << QStringLiteral("0x") + QString(64, u'a') << shape;
        QTest::newRow("leading space") << u' ' + good << shape;
        QTest::newRow("trailing newline") << good + u'\n' << shape;
        QTest::newRow("sign") << u'+' + good.left(41) << shape;
        QTest::newRow("space inside") << good.left(20) + u' ' + good.mid(21) << hex;
        QTest::newRow("g") << good.left(41) + u'g' << hex;
        QTest::newRow("embedded NUL") << good.left(10) + QChar(0) + good.mid(11) << hex;
        QTest::newRow("cyrillic a") << good.left(3) + QChar(0x0430) + good.mid(4) << hex;
        QTest::newRow("fullwidth digit") << good.left(5) + QChar(0xff10) + good.mid(6) << hex;
        QTest::newRow("Tron address") << QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") << shape;
        QTest::newRow("ENS name") << QStringLiteral("vitalik.eth") << shape;
        QTest::newRow("broken checksum") << QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
                                         << QStringLiteral("EIP-55 checksum mismatch");
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<EthAddress> r = EthAddress::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QVERIFY(!r.error().userMessage.isEmpty());
        QVERIFY(!r.error().hint.isEmpty());
    }

    void fromBytes()
    {
        const QByteArray twenty = QByteArray::fromHex("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        const Result<EthAddress> a = EthAddress::fromBytes(twenty);
        KASSA_VERIFY_OK(a);
        QCOMPARE(a->toChecksumString(), QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        QVERIFY(!EthAddress::fromBytes(twenty.left(19)).ok());
        QVERIFY(!EthAddress::fromBytes(QByteArray(twenty + '\0')).ok());
        QVERIFY(!EthAddress::fromBytes(QByteArray()).ok());
    }

    void zeroAndOrdering()
    {
        const EthAddress zero;
        QVERIFY(zero.isZero());
        QCOMPARE(zero.toChecksumString(), QStringLiteral("0x0000000000000000000000000000000000000000"));
        const EthAddress a = *EthAddress::parse(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        const EthAddress b = *EthAddress::parse(QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"));
        QVERIFY(!a.isZero());
        QVERIFY(zero < a && a < b);
        QSet<EthAddress> set {a, b, a};
        QCOMPARE(set.size(), 2);
    }
};

KASSA_TEST_MAIN(TestEthAddress)
#include "tst_ethaddress.moc"
