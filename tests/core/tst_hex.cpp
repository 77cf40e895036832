#include "TestSupport.h"
#include "crypto/Hex.h"
#include "crypto/SecureBytes.h"

#include <QRandomGenerator>

using namespace kassa;
using namespace kassa::crypto;

class TestHex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowPrefix");
        QTest::addColumn<bool>("requirePrefix");
        QTest::addColumn<int>("exactBytes");
        QTest::addColumn<QString>("expected"); // lowercase hex of the bytes, or empty on error
        QTest::addColumn<QString>("error"); // part of the English message, or empty on success

        auto ok = [](const char *name, const QString &text, const QString &expected, bool allow = true,
                      bool require = false, int exact = -1) {
            QTest::newRow(name) << text << allow << require << exact << expected << QString();
        };
        auto bad = [](const char *name, const QString &text, const char *error, bool allow = true, bool require = false,
                       int exact = -1) {
            QTest::newRow(name) << text << allow << require << exact << QString() << QString::fromLatin1(error);
        };

        ok("empty", QString(), QString());
        ok("one byte", QStringLiteral("00"), QStringLiteral("00"));
        ok("lowercase", QStringLiteral("00ff7a"), QStringLiteral("00ff7a"));
        ok("uppercase", QStringLiteral("00FF7A"), QStringLiteral("00ff7a"));
        ok("mixed case", QStringLiteral("aBcD"), QStringLiteral("abcd"));
        ok("prefix allowed", QStringLiteral("0xdead"), QStringLiteral("dead"));
        ok("prefix alone", QStringLiteral("0x"), QString());
        ok("prefix required", QStringLiteral("0xbeef"), QStringLiteral("beef"), true, true);
        ok("required implies allowed", QStringLiteral("0xbeef"), QStringLiteral("beef"), false, true);
        ok("no prefix when forbidden", QStringLiteral("beef"), QStringLiteral("beef"), false);
        ok("exact size", QStringLiteral("0x0102"), QStringLiteral("0102"), true, false, 2);
        ok("looks like exponent but is hex", QStringLiteral("1e50"), QStringLiteral("1e50"));
        ok("long", QString(2000, u'a'), QString(2000, u'a'));

        bad("odd", QStringLiteral("abc"), "odd number of digits");
        bad("odd with prefix", QStringLiteral("0xabc"), "odd number of digits");
        bad("single digit", QStringLiteral("0"), "odd number of digits");
        bad("capital X prefix", QStringLiteral("0X00"), "character 2 is not a hex digit");
        bad("non-hex letter", QStringLiteral("zz"), "character 1 is not a hex digit");
        bad("g", QStringLiteral("0g"), "character 2 is not a hex digit");
        bad("leading space", QStringLiteral(" 00"), "character 1 is not a hex digit");
        bad("trailing space", QStringLiteral("00 "), "character 3 is not a hex digit");
        bad("inner space", QStringLiteral("00 11"), "character 3 is not a hex digit");
        bad("newline", QStringLiteral("00\n"), "character 3 is not a hex digit");
        bad("tab", QStringLiteral("\t00"), "character 1 is not a hex digit");
        bad("plus sign", QStringLiteral("+00"), "character 1 is not a hex digit");
        bad("minus sign", QStringLiteral("-00"), "character 1 is not a hex digit");
        bad("decimal point", QStringLiteral("00.1"), "character 3 is not a hex digit");
        bad("embedded NUL", QString::fromUtf16(u"00\u000011", 5), "character 3 is not a hex digit");
        bad("fullwidth digits", QString::fromUtf16(u"\uff10\uff10"), "character 1 is not a hex digit");
        bad("cyrillic a", QString::fromUtf16(u"0\u0430"), "character 2 is not a hex digit");
        bad("arabic-indic digit", QString::fromUtf16(u"0\u0661"), "character 2 is not a hex digit");
        bad("prefix twice", QStringLiteral("0x0x00"), "character 4 is not a hex digit");
        bad("missing prefix", QStringLiteral("00"), "missing 0x prefix", true, true);
        bad("unexpected prefix", QStringLiteral("0x00"), "unexpected 0x prefix", false);
        bad("too short", QStringLiteral("0x01"), "1 bytes where 2 are expected", true, false, 2);
        bad("too long", QStringLiteral("010203"), "3 bytes where 2 are expected", true, false, 2);
        bad("empty with exact size", QString(), "0 bytes where 32 are expected", true, false, 32);
        bad("overlong for a key", QString(66, u'1'), "33 bytes where 32 are expected", true, false, 32);
    }

    void decode()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowPrefix);
        QFETCH(bool, requirePrefix);
        QFETCH(int, exactBytes);
        QFETCH(QString, expected);
        QFETCH(QString, error);

        const HexOptions options {allowPrefix, requirePrefix, exactBytes};
        const Result<QByteArray> r = Hex::decode(text, options);
        const Result<SecureBytes> s = Hex::decodeSecret(text, options);
        if (error.isEmpty()) {
            KASSA_VERIFY_OK(r);
            KASSA_VERIFY_OK(s);
            QCOMPARE(Hex::encode(*r), expected);
            QCOMPARE(Hex::encode(s->view()), expected);
        } else {
            QVERIFY(!r.ok());
            QVERIFY(!s.ok());
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
            QVERIFY(!r.error().userMessage.isEmpty());
            QVERIFY(!r.error().hint.isEmpty());
            QCOMPARE(s.error().message, r.error().message);
        }
    }

    void errorNeverEchoesTheText()
    {
        // A private key with one bad character: the message names the
        // position only, never the digits around it.
        const QString key = QStringLiteral("4646464646464646464646464646464646464646464646464646464646464g46");
        const Result<QByteArray> r = Hex::decode(key, {.exactBytes = 32});
        QVERIFY(!r.ok());
        for (const QString &text : {r.error().message, r.error().userMessage, r.error().hint})
            QVERIFY2(!text.contains(QStringLiteral("4646")), qPrintable(text));
    }

    void encode()
    {
        QCOMPARE(Hex::encode(QByteArray()), QString());
        QCOMPARE(Hex::encode0x(QByteArray()), QStringLiteral("0x"));
        QCOMPARE(Hex::encode(QByteArray::fromHex("00ff10ab")), QStringLiteral("00ff10ab"));
        QCOMPARE(Hex::encode0x(QByteArray::fromHex("00FF10AB")), QStringLiteral("0x00ff10ab"));
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QCOMPARE(Hex::encode(all), QString::fromLatin1(all.toHex()));
    }

    void roundTrip()
    {
        QRandomGenerator rng(42);
        for (int len = 0; len < 100; ++len) {
            QByteArray bytes(len, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            const Result<QByteArray> plain = Hex::decode(Hex::encode(bytes), {.allowPrefix = false});
            KASSA_VERIFY_OK(plain);
            QCOMPARE(*plain, bytes);
            const Result<QByteArray> prefixed = Hex::decode(Hex::encode0x(bytes), {.requirePrefix = true});
            KASSA_VERIFY_OK(prefixed);
            QCOMPARE(*prefixed, bytes);
        }
    }
};

KASSA_TEST_MAIN(TestHex)
#include "tst_hex.moc"
