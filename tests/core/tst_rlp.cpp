// RLP: the Ethereum wiki / execution-specs examples, the length-form
// boundaries, and every way the strict decoder must refuse input.
#include "TestSupport.h"
#include "chain/evm/Rlp.h"
#include "crypto/Hex.h"

using namespace kassa;
using namespace kassa::chain::evm;
using money::UInt256;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QString toHex(QByteArrayView bytes)
{
    return crypto::Hex::encode(bytes);
}

// Re-encodes a decoded item; equal to the input for every canonical input.
QByteArray reencode(const RlpItem &item)
{
    if (!item.isList)
        return Rlp::encodeBytes(item.bytes);
    QByteArray payload;
    for (const RlpItem &child : item.items)
        payload += reencode(child);
    return Rlp::encodeList(payload);
}

// `depth` lists, each holding the next: [[[…[]…]]].
QByteArray nested(int depth)
{
    QByteArray out = Rlp::encodeList({});
    for (int i = 1; i < depth; ++i)
        out = Rlp::encodeList(out);
    return out;
}

} // namespace

class TestRlp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeStrings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty string") << QByteArray() << QStringLiteral("80");
        QTest::newRow("dog") << QByteArray("dog") << QStringLiteral("83646f67");
        QTest::newRow("byte 0x00") << hex("00") << QStringLiteral("00");
        QTest::newRow("byte 0x0f") << hex("0f") << QStringLiteral("0f");
        QTest::newRow("byte 0x7f") << hex("7f") << QStringLiteral("7f");
        QTest::newRow("byte 0x80") << hex("80") << QStringLiteral("8180");
        QTest::newRow("byte 0xff") << hex("ff") << QStringLiteral("81ff");
        QTest::newRow("55 bytes (last short form)")
            << QByteArray(55, 'a') << QStringLiteral("b7") + toHex(QByteArray(55, 'a'));
        const QByteArray lorem("Lorem ipsum dolor sit amet, consectetur adipisicing elit");
        QTest::newRow("56 bytes (first long form)") << lorem << QStringLiteral("b838") + toHex(lorem);
        QTest::newRow("256 bytes (two length bytes)")
            << QByteArray(256, 'b') << QStringLiteral("b90100") + toHex(QByteArray(256, 'b'));
    }

    void encodeStrings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoded);
        QCOMPARE(toHex(Rlp::encodeBytes(bytes)), encoded);
        RlpListBuilder list;
        list.addBytes(bytes);
        QCOMPARE(toHex(list.payload()), encoded);

        const Result<RlpItem> decoded = Rlp::decode(QByteArray::fromHex(encoded.toLatin1()));
        KASSA_VERIFY_OK(decoded);
        QVERIFY(!decoded->isList);
        QCOMPARE(decoded->bytes, bytes);
    }

    void encodeIntegers_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("80");
        QTest::newRow("1") << QStringLiteral("1") << QStringLiteral("01");
        QTest::newRow("15") << QStringLiteral("15") << QStringLiteral("0f");
        QTest::newRow("127") << QStringLiteral("127") << QStringLiteral("7f");
        QTest::newRow("128") << QStringLiteral("128") << QStringLiteral("8180");
        QTest::newRow("1024") << QStringLiteral("1024") << QStringLiteral("820400");
        QTest::newRow("20 gwei") << QStringLiteral("20000000000") << QStringLiteral("8504a817c800");
        QTest::newRow("1 ether") << QStringLiteral("1000000000000000000") << QStringLiteral("880de0b6b3a7640000");
        QTest::newRow("2^64") << QStringLiteral("18446744073709551616") << QStringLiteral("89010000000000000000");
        QTest::newRow("2^256-1") << UInt256::max().toDecimal() << QStringLiteral("a0") + QString(64, QLatin1Char('f'));
    }

    void encodeIntegers()
    {
        QFETCH(QString, decimal);
        QFETCH(QString, encoded);
        const UInt256 value = *UInt256::parseDecimal(decimal);
        QCOMPARE(toHex(Rlp::encodeUInt(value)), encoded);
        if (value.fitsUInt64())
            QCOMPARE(toHex(Rlp::encodeUInt(value.lowUInt64())), encoded);

        const Result<RlpItem> decoded = Rlp::decode(QByteArray::fromHex(encoded.toLatin1()));
        KASSA_VERIFY_OK(decoded);
        const Result<UInt256> back = Rlp::toUInt(*decoded, u"n");
        KASSA_VERIFY_OK(back);
        QCOMPARE(back->toDecimal(), decimal);
        const Result<std::uint64_t> small = Rlp::toUInt64(*decoded, u"n");
        QCOMPARE(small.ok(), value.fitsUInt64());
        if (small)
            QCOMPARE(*small, value.lowUInt64());
    }

    void encodeLists()
    {
        // ["cat", "dog"]
        RlpListBuilder catDog;
        catDog.addBytes("cat").addBytes("dog");
        QCOMPARE(toHex(catDog.encode()), QStringLiteral("c88363617483646f67"));
        // The empty list.
        QCOMPARE(toHex(RlpListBuilder().encode()), QStringLiteral("c0"));
        // The set-theoretic three: [ [], [[]], [ [], [[]] ] ].
        const QByteArray empty = Rlp::encodeList({});
        const QByteArray one = Rlp::encodeList(empty);
        const QByteArray two = Rlp::encodeList(QByteArray(empty + one));
        const QByteArray three = Rlp::encodeList(QByteArray(empty + one + two));
        QCOMPARE(toHex(three), QStringLiteral("c7c0c1c0c3c0c1c0"));
        // A list whose payload is 56 bytes takes the long form f838.
        RlpListBuilder longList;
        for (int i = 0; i < 14; ++i)
            longList.addBytes("abc");
        QCOMPARE(toHex(longList.encode()).left(4), QStringLiteral("f838"));

        for (const QByteArray &encoded : {catDog.encode(), three, longList.encode()}) {
            const Result<RlpItem> decoded = Rlp::decode(encoded);
            KASSA_VERIFY_OK(decoded);
            QVERIFY(decoded->isList);
            QCOMPARE(toHex(reencode(*decoded)), toHex(encoded));
        }
        const Result<RlpItem> nested = Rlp::decode(three);
        QCOMPARE(nested->items.size(), size_t(3));
        QCOMPARE(nested->items[2].items.size(), size_t(2));
        QCOMPARE(nested->items[2].items[1].items.size(), size_t(1));
        QCOMPARE(nested->items[2].offset, qsizetype(4)); // c7 | c0 | c1 c0 | c3 …
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty input") << QByteArray() << QStringLiteral("empty input");
        QTest::newRow("single byte 0x00 wrapped") << hex("8100") << QStringLiteral("single byte below 0x80");
        QTest::newRow("single byte 0x7f wrapped") << hex("817f") << QStringLiteral("single byte below 0x80");
        QTest::newRow("long form for a 1-byte string") << hex("b80161") << QStringLiteral("long length form");
        QTest::newRow("long form for 55 bytes")
            << hex("b837") + QByteArray(55, 'a') << QStringLiteral("long length form");
        QTest::newRow("long list form for 0 bytes") << hex("f800") << QStringLiteral("leading zero");
        QTest::newRow("long list form for 2 bytes") << hex("f8028080") << QStringLiteral("long length form");
        QTest::newRow("length with leading zero")
            << hex("b90038") + QByteArray(56, 'a') << QStringLiteral("leading zero");
        QTest::newRow("string past the end") << hex("83646f") << QStringLiteral("exceeds");
        QTest::newRow("list longer than input") << hex("c48080") << QStringLiteral("exceeds");
        QTest::newRow("length of length past the end") << hex("b9ff") << QStringLiteral("length field runs past");
        QTest::newRow("huge string length") << hex("bfffffffffffffffff61") << QStringLiteral("exceeds");
        QTest::newRow("huge list length") << hex("ffffffffffffffffff") << QStringLiteral("exceeds");
        QTest::newRow("8-byte length 2^63") << hex("bf8000000000000000") << QStringLiteral("exceeds");
        QTest::newRow("child past its list") << hex("c2836162") + QByteArray("cd") << QStringLiteral("exceeds");
        QTest::newRow("trailing byte") << hex("8080") << QStringLiteral("trailing");
        QTest::newRow("two top-level lists") << hex("c0c0") << QStringLiteral("trailing");
        QTest::newRow("non-canonical child") << hex("c28100") << QStringLiteral("single byte below 0x80");
        // 17 nested lists: one more than the default depth limit.
        QTest::newRow("nested too deep") << nested(17) << QStringLiteral("nested deeper");
    }

    void malformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, problem);
        const Result<RlpItem> decoded = Rlp::decode(input);
        QVERIFY2(!decoded.ok(), qPrintable(toHex(input)));
        QVERIFY2(decoded.error().message.contains(problem), qPrintable(decoded.error().message));
        QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
        QVERIFY(!decoded.error().userMessage.isEmpty());
        QVERIFY(!decoded.error().hint.isEmpty());
    }

    void limits()
    {
        // 16 nested lists are fine by default; a limit of 2 refuses 3.
        KASSA_VERIFY_OK(Rlp::decode(nested(16)));
        QVERIFY(!Rlp::decode(hex("c2c1c0"), RlpLimits {.maxDepth = 2}).ok());
        KASSA_VERIFY_OK(Rlp::decode(hex("c2c1c0"), RlpLimits {.maxDepth = 3}));

        // A list of 1000 empty strings counts 1001 items.
        const QByteArray many = Rlp::encodeList(QByteArray(1000, char(0x80)));
        KASSA_VERIFY_OK(Rlp::decode(many, RlpLimits {.maxItems = 1001}));
        const Result<RlpItem> tooMany = Rlp::decode(many, RlpLimits {.maxItems = 1000});
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error().message.contains(QLatin1String("more than 1000 items")));
    }

    void errorsNameTheOffset()
    {
        // The bad child starts at byte 4 of c5 80 80 80 8100.
        const Result<RlpItem> decoded = Rlp::decode(hex("c58080808100"));
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().message.endsWith(QLatin1String("at byte 4")), qPrintable(decoded.error().message));
        QVERIFY(decoded.error().userMessage.contains(QLatin1String("4")));
    }

    void typedReaders()
    {
        const auto item = [](const char *h) {
            return *Rlp::decode(hex(h));
        };
        // Integers: minimal only, 32 bytes at most.
        QVERIFY(!Rlp::toUInt(item("820001"), u"nonce").ok());
        QVERIFY(Rlp::toUInt(item("820001"), u"nonce").error().message.contains(QLatin1String("leading zero")));
        QVERIFY(!Rlp::toUInt(item("00"), u"nonce").ok()); // zero is 0x80, not 0x00
        QVERIFY(!Rlp::toUInt(item("c0"), u"nonce").ok());
        const QByteArray max = hex("a0") + QByteArray(32, char(0xff));
        KASSA_VERIFY_OK(Rlp::toUInt(*Rlp::decode(max), u"value"));
        const QByteArray tooBig = hex("a101") + QByteArray(32, char(0));
        QVERIFY(!Rlp::toUInt(*Rlp::decode(tooBig), u"value").ok());
        QVERIFY(!Rlp::toUInt64(item("89010000000000000000"), u"nonce").ok());
        QCOMPARE(*Rlp::toUInt64(item("88ffffffffffffffff"), u"nonce"), ~std::uint64_t(0));
        QCOMPARE(*Rlp::toUInt64(item("80"), u"nonce"), std::uint64_t(0));
        // The field name reaches the message and the translated text.
        const Result<UInt256> named = Rlp::toUInt(item("820001"), u"gasPrice");
        QVERIFY(named.error().message.contains(QLatin1String("gasPrice")));
        QVERIFY(named.error().userMessage.contains(QLatin1String("gasPrice")));

        // Byte strings of an exact size, lists of an exact count.
        KASSA_VERIFY_OK(Rlp::toBytes(item("83646f67"), u"to", 3));
        QVERIFY(!Rlp::toBytes(item("83646f67"), u"to", 20).ok());
        QVERIFY(!Rlp::toBytes(item("c0"), u"to").ok());
        KASSA_VERIFY_OK(Rlp::toList(item("c28080"), u"tx", 2));
        QVERIFY(!Rlp::toList(item("c28080"), u"tx", 3).ok());
        QVERIFY(!Rlp::toList(item("80"), u"tx").ok());
    }
};

KASSA_TEST_MAIN(TestRlp)
#include "tst_rlp.moc"
