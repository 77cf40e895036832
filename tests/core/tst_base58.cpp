#include "TestSupport.h"
#include "crypto/Base58.h"
#include "crypto/Hex.h"

#include <QRandomGenerator>

using namespace kassa;
using namespace kassa::crypto;

class TestBase58 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Bitcoin Core src/test/data/base58_encode_decode.json, plus edge cases.
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        auto row = [](const char *hex, const char *text) {
            QTest::newRow(text[0] ? text : "empty") << QByteArray::fromHex(hex) << QString::fromLatin1(text);
        };
        row("61", "2g");
        row("626262", "a3gV");
        row("636363", "aPEr");
        row("73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2");
        row("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L");
        row("516b6fcd0f", "ABnLTmg");
        row("bf4f89001e670274dd", "3SEo3LWLoPntC");
        row("572e4794", "3EFU7m");
        row("ecac89cad93923c02321", "EJDM8drfXA6uyA");
        row("10c8511e", "Rt5zm");
        row("00000000000000000000", "1111111111");
        row("00", "1");
        row("0000", "11");
        row("0001", "12");
        row("ff", "5Q");
    }

    void vectors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Base58::encode(bytes), text);
        const Result<QByteArray> decoded = Base58::decode(text);
        KASSA_VERIFY_OK(decoded);
        QCOMPARE(*decoded, bytes);
    }

    void emptyBytesEncodeToEmptyText() { QCOMPARE(Base58::encode(QByteArray()), QString()); }

    void checkVectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("payload");
        // reference/chains.md §0 and §4.
        QTest::newRow("USDT-TRC20") << QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
                                    << QStringLiteral("41a614f803b6fd780986a42c78ec9c7f77e6ded13c");
        QTest::newRow("privkey 1 Tron") << QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC")
                                        << QStringLiteral("417e5f4552091a69125d5dfcb7b8c2659029395bdf");
        QTest::newRow("privkey 2 Tron") << QStringLiteral("TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K")
                                        << QStringLiteral("412b5ad5c4795c026514f8317c7a215e218dccd6cf");
        QTest::newRow("privkey 46 Tron") << QStringLiteral("TQLCsShbQNXMTVCjprY64qZmEA4rBarpQp")
                                         << QStringLiteral("419d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");
        // §5, BIP-32 test vector 1, m.
        QTest::newRow("BIP-32 xprv")
            << QStringLiteral(
                   "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3"
                   "TGtRBeJgk33yuGBxrMPHi")
            << QStringLiteral(
                   "0488ade4000000000000000000873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508"
                   "00e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35");
    }

    void checkVectors()
    {
        QFETCH(QString, text);
        QFETCH(QString, payload);
        const Result<QByteArray> decoded = Base58::decodeCheck(text);
        KASSA_VERIFY_OK(decoded);
        QCOMPARE(Hex::encode(*decoded), payload);
        const Result<SecureBytes> secret = Base58::decodeCheckSecret(text);
        KASSA_VERIFY_OK(secret);
        QCOMPARE(Hex::encode(secret->view()), payload);
        QCOMPARE(Base58::encodeCheck(*decoded), text);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("check"); // decodeCheck (else decode)
        QTest::addColumn<QString>("error");
        const QString tron = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        auto row = [](const char *name, const QString &text, bool check, const char *error) {
            QTest::newRow(name) << text << check << QString::fromLatin1(error);
        };
        row("empty", QString(), false, "empty text");
        row("empty (check)", QString(), true, "empty text");
        row("zero digit", QStringLiteral("abc0"), false, "character 4 is not in the alphabet");
        row("capital O", QStringLiteral("Oabc"), false, "character 1 is not in the alphabet");
        row("capital I", QStringLiteral("aIbc"), false, "character 2 is not in the alphabet");
        row("lowercase l", QStringLiteral("abcl"), false, "character 4 is not in the alphabet");
        row("leading space", u' ' + tron, true, "character 1 is not in the alphabet");
        row("trailing space", tron + u' ', true, "character 35 is not in the alphabet");
        row("trailing newline", tron + u'\n', true, "character 35 is not in the alphabet");
        row("plus sign", QStringLiteral("+2g"), false, "character 1 is not in the alphabet");
        row("minus sign", QStringLiteral("-2g"), false, "character 1 is not in the alphabet");
        row("embedded NUL", QString::fromUtf16(u"2g\u00002g", 5), false, "character 3 is not in the alphabet");
        // Cyrillic Т (U+0422) looks like a Latin T.
        row("cyrillic T", QString(QChar(0x0422)) + tron.mid(1), true, "character 1 is not in the alphabet");
        row("fullwidth digit", QString::fromUtf16(u"2\uff12"), false, "character 2 is not in the alphabet");
        row("too long", QString(Base58::MaxTextLength + 1, u'2'), false, "more than the 256 allowed");
        row("too short for checksum", QStringLiteral("2g"), true, "too short for a checksum");
        row("only ones", QStringLiteral("111"), true, "too short for a checksum");
        QString typo = tron;
        typo[10] = u'X';
        row("typo", typo, true, "checksum mismatch");
        row("swapped characters", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjt6"), true, "checksum mismatch");
        row("dropped character", tron.left(33), true, "checksum mismatch");
        row("extra leading 1", u'1' + tron, true, "checksum mismatch");
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(bool, check);
        QFETCH(QString, error);
        const Error e = check ? Base58::decodeCheck(text).error() : Base58::decode(text).error();
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY2(e.message.contains(error), qPrintable(e.message));
        QVERIFY(!e.userMessage.isEmpty());
        QVERIFY(!e.hint.isEmpty());
        if (check) {
            QVERIFY(!Base58::decodeCheckSecret(text).ok());
        }
    }

    void leadingZerosRoundTrip()
    {
        for (int zeros = 0; zeros < 5; ++zeros) {
            for (const QByteArray &tail : {QByteArray(), QByteArray("\x01"), QByteArray("\xff\x00\x00", 3)}) {
                const QByteArray bytes = QByteArray(zeros, '\0') + tail;
                const QString text = Base58::encode(bytes);
                QVERIFY(text.startsWith(QString(zeros, u'1')));
                if (bytes.isEmpty())
                    continue; // "" is not accepted by decode()
                const Result<QByteArray> back = Base58::decode(text);
                KASSA_VERIFY_OK(back);
                QCOMPARE(*back, bytes);
            }
        }
    }

    void randomRoundTrip()
    {
        QRandomGenerator rng(58);
        for (int round = 0; round < 500; ++round) {
            QByteArray bytes(rng.bounded(1, 90), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(4) == 0 ? 0 : rng.bounded(256));
            const Result<QByteArray> plain = Base58::decode(Base58::encode(bytes));
            KASSA_VERIFY_OK(plain);
            QCOMPARE(*plain, bytes);
            const Result<QByteArray> checked = Base58::decodeCheck(Base58::encodeCheck(bytes));
            KASSA_VERIFY_OK(checked);
            QCOMPARE(*checked, bytes);
        }
    }
};

KASSA_TEST_MAIN(TestBase58)
#include "tst_base58.moc"
