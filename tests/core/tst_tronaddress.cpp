#include "TestSupport.h"
#include "crypto/Secp256k1.h"
#include "crypto/TronAddress.h"

#include <QSet>

using namespace kassa;
using namespace kassa::crypto;

class TestTronAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // reference/chains.md §4 table and the Tron keys of §5 and §6.5.
    void fromPrivateKey_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("hex41");
        QTest::addColumn<QString>("base58");
        QTest::newRow("privkey 1") << QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001")
                                   << QStringLiteral("417e5f4552091a69125d5dfcb7b8c2659029395bdf")
                                   << QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC");
        QTest::newRow("privkey 2") << QStringLiteral("0000000000000000000000000000000000000000000000000000000000000002")
                                   << QStringLiteral("412b5ad5c4795c026514f8317c7a215e218dccd6cf")
                                   << QStringLiteral("TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K");
        QTest::newRow("privkey 46..46") << QStringLiteral(
            "4646464646464646464646464646464646464646464646464646464646464646")
                                        << QStringLiteral("419d8a62f656a8d1615c1294fd71e9cfb3e4855a4f")
                                        << QStringLiteral("TQLCsShbQNXMTVCjprY64qZmEA4rBarpQp");
        QTest::newRow("wallet-core owner")
            << QStringLiteral("2d8f68944bdbfbc0769542fba8fc2d2a3de67393334471624364c7006da2aa54")
            << QStringLiteral("415cd0fb0ab3ce40f3051414c604b27756e69e43db")
            << QStringLiteral("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC");
        QTest::newRow("abandon m/44'/195'/0'/0/0")
            << QStringLiteral("b5a4cea271ff424d7c31dc12a3e43e401df7a40d7412a15750f3f0b6b5449a28")
            << QStringLiteral("41c8599111f29c1e1e061265b4af93ea1f274ad78a")
            << QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH");
        QTest::newRow("abandon m/44'/195'/0'/0/1")
            << QStringLiteral("edb728e259afca2ddcc428459e7681b8414668649aedbc8d25c0872da219b2e6")
            << QStringLiteral("41b6e708a39781c96bd399c7657780ff9fe9f052a8")
            << QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");
        QTest::newRow("abandon m/44'/195'/0'/0/2")
            << QStringLiteral("0e5684898be2d272d54eb2be3fd41a12f720db6358cee02c2d23043eed4bf7a2")
            << QStringLiteral("41f4f35fff5ca9ee43aca2c57ded9d9ec66ac42dd0")
            << QStringLiteral("TYJPRrdB5APNeRs4R7fYZSwW3TcrTKw2gx");
        QTest::newRow("test..junk m/44'/195'/0'/0/0")
            << QStringLiteral("15f0bbb1774be40b7a8d7965d637f324bda2f711fc5726a3dcc19585c6950954")
            << QStringLiteral("41e2e1a54926527fbb4e4420de4c6bab82beaee24d")
            << QStringLiteral("TWer2Ygk5TEheHp3TPuYeqxmB6SsGZmaL6");
    }

    void fromPrivateKey()
    {
        QFETCH(QString, secret);
        QFETCH(QString, hex41);
        QFETCH(QString, base58);
        const Result<SecretKey> key = SecretKey::fromHex(secret);
        KASSA_VERIFY_OK(key);
        const Result<PublicKey> pub = Secp256k1::derivePublicKey(*key);
        KASSA_VERIFY_OK(pub);
        const TronAddress a = TronAddress::fromPublicKey(*pub);
        QCOMPARE(a.toBase58(), base58);
        QCOMPARE(a.toHex41(), hex41);
        // The same 20 bytes as the EVM address of the key.
        QVERIFY(a.toEvm() == EthAddress::fromPublicKey(*pub));
        QVERIFY(TronAddress::fromEvm(EthAddress::fromPublicKey(*pub)) == a);
    }

    void parseRoundTrip_data()
    {
        QTest::addColumn<QString>("base58");
        QTest::addColumn<QString>("hex41");
        QTest::addColumn<QString>("evm");
        QTest::newRow("USDT-TRC20") << QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
                                    << QStringLiteral("41a614f803b6fd780986a42c78ec9c7f77e6ded13c")
                                    << QStringLiteral("0xa614f803b6fd780986a42c78ec9c7f77e6ded13c");
        QTest::newRow("wallet-core contract") << QStringLiteral("THTR75o8xXAgCTQqpiot2AFRAjvW1tSbVV")
                                              << QStringLiteral("41521ea197907927725ef36d70f25f850d1659c7c7")
                                              << QStringLiteral("0x521ea197907927725ef36d70f25f850d1659c7c7");
        QTest::newRow("wallet-core recipient") << QStringLiteral("TW1dU4L3eNm7Lw8WvieLKEHpXWAussRG9Z")
                                               << QStringLiteral("41dbd7c53729b3310e1843083000fa84abad996961")
                                               << QStringLiteral("0xdbd7c53729b3310e1843083000fa84abad996961");
        QTest::newRow("privkey 1") << QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC")
                                   << QStringLiteral("417e5f4552091a69125d5dfcb7b8c2659029395bdf")
                                   << QStringLiteral("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf");
    }

    void parseRoundTrip()
    {
        QFETCH(QString, base58);
        QFETCH(QString, hex41);
        QFETCH(QString, evm);
        const Result<TronAddress> a = TronAddress::parse(base58);
        const Result<TronAddress> b = TronAddress::parse(hex41);
        const Result<TronAddress> c = TronAddress::parse(hex41.toUpper());
        KASSA_VERIFY_OK(a);
        KASSA_VERIFY_OK(b);
        KASSA_VERIFY_OK(c);
        QVERIFY(*a == *b);
        QVERIFY(*a == *c);
        QCOMPARE(a->toBase58(), base58);
        QCOMPARE(a->toHex41(), hex41);
        QCOMPARE(a->toEvm().toLowerHex(), evm);
        QCOMPARE(TronAddress::fromEvm(*EthAddress::parse(evm)).toBase58(), base58);
        const std::array<std::uint8_t, 21> raw = a->bytes21();
        QCOMPARE(raw[0], TronAddress::Prefix);
        const Result<TronAddress> fromRaw = TronAddress::fromBytes(QByteArrayView(raw));
        KASSA_VERIFY_OK(fromRaw);
        QVERIFY(*fromRaw == *a);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString usdt = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        const QString hex = QStringLiteral("41a614f803b6fd780986a42c78ec9c7f77e6ded13c");
        const QString shape = QStringLiteral("neither T + 33 Base58 nor 41 + 40 hex");
        const QString alphabet = QStringLiteral("is not in the alphabet");
        const QString checksum = QStringLiteral("checksum mismatch");
        QTest::newRow("empty") << QString() << shape;
        QTest::newRow("33 characters") << usdt.left(33) << shape;
        QTest::newRow("35 characters") << usdt + u'a' << shape;
        QTest::newRow("leading space") << u' ' + usdt << shape;
        QTest::newRow("trailing newline") << usdt + u'\n' << shape;
        QTest::newRow("lowercase t") << u't' + usdt.mid(1) << shape;
        QTest::newRow("cyrillic T") << QChar(0x0422) + usdt.mid(1) << shape;
        QTest::newRow("Bitcoin address") << QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") << shape;
        QTest::newRow("EVM address") << QStringLiteral("0xa614f803b6fd780986a42c78ec9c7f77e6ded13c") << shape;
        QTest::newRow("0x41 hex") << u"0x" + hex << shape;
        QTest::newRow("40 hex without 41") << hex.mid(2) << shape;
        QTest::newRow("44 hex") << hex + QStringLiteral("00") << shape;
        QTest::newRow("zero inside") << usdt.left(5) + u'0' + usdt.mid(6) << alphabet;
        QTest::newRow("capital O inside") << usdt.left(5) + u'O' + usdt.mid(6) << alphabet;
        QTest::newRow("capital I inside") << usdt.left(5) + u'I' + usdt.mid(6) << alphabet;
        QTest::newRow("lowercase l inside") << usdt.left(5) + u'l' + usdt.mid(6) << alphabet;
        QTest::newRow("space inside") << usdt.left(5) + u' ' + usdt.mid(6) << alphabet;
        QTest::newRow("embedded NUL") << usdt.left(5) + QChar(0) + usdt.mid(6) << alphabet;
        QTest::newRow("cyrillic o inside") << usdt.left(5) + QChar(0x043e) + usdt.mid(6) << alphabet;
        QTest::newRow("typo") << usdt.left(33) + u'u' << checksum;
        QTest::newRow("swapped") << QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjt6") << checksum;
        QTest::newRow("case changed") << QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T") << checksum;
        // 0x42 ‖ 20 bytes, valid Base58Check that also starts with T.
        QTest::newRow("version 0x42 (base58)")
            << QStringLiteral("Tkq1FsK7sb1NT62HfgkkEanLBMbUeF7Z8y") << QStringLiteral("version byte 0x42");
        QTest::newRow("version 0x42 (hex)") << u"42" + hex.mid(2) << QStringLiteral("version byte 0x42");
        QTest::newRow("version 0x00 (hex)") << u"00" + hex.mid(2) << QStringLiteral("version byte 0x00");
        QTest::newRow("non-hex in hex form") << hex.left(41) + u'g' << QStringLiteral("not a hex digit");
        QTest::newRow("sign in hex form") << u'+' + hex.mid(1) << QStringLiteral("not a hex digit");
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<TronAddress> r = TronAddress::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QVERIFY(!r.error().userMessage.isEmpty());
        QVERIFY(!r.error().hint.isEmpty());
    }

    void fromBytesChecksSizeAndVersion()
    {
        const QByteArray raw = QByteArray::fromHex("41a614f803b6fd780986a42c78ec9c7f77e6ded13c");
        KASSA_VERIFY_OK(TronAddress::fromBytes(raw));
        QVERIFY(!TronAddress::fromBytes(raw.mid(1)).ok()); // 20 bytes
        QVERIFY(!TronAddress::fromBytes(QByteArray(raw + '\0')).ok()); // 22 bytes
        QByteArray wrongVersion = raw;
        wrongVersion[0] = 0x00;
        const Result<TronAddress> r = TronAddress::fromBytes(wrongVersion);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("version byte 0x00")));
    }

    void defaultAndHashing()
    {
        const TronAddress zero;
        QCOMPARE(zero.toHex41(), QStringLiteral("41") + QString(40, u'0'));
        QVERIFY(zero.toEvm().isZero());
        const TronAddress a = *TronAddress::parse(QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        const TronAddress b = *TronAddress::parse(QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC"));
        QSet<TronAddress> set {a, b, a};
        QCOMPARE(set.size(), 2);
        QVERIFY(zero < a);
    }
};

KASSA_TEST_MAIN(TestTronAddress)
#include "tst_tronaddress.moc"
