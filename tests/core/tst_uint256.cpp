// UInt256: exact parsing and formatting, checked arithmetic, and a
// differential check against Python's arbitrary-precision integers.
#include "TestSupport.h"
#include "money/UInt256.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace kassa;
using money::UInt256;

namespace {

const QString kMax = QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");

UInt256 dec(const char *text)
{
    auto v = UInt256::parseDecimal(QString::fromLatin1(text));
    if (!v.ok())
        qFatal("bad test literal %s", text);
    return v.value();
}

UInt256 randomValue(QRandomGenerator &rng)
{
    // Mix of widths so carries across every limb boundary are exercised.
    const int bytes = int(rng.bounded(33));
    QByteArray be(bytes, Qt::Uninitialized);
    for (char &c : be)
        c = char(rng.bounded(256));
    if (rng.bounded(8) == 0 && bytes > 0)
        be.fill(char(0xff));
    return UInt256::fromBigEndian(be).value();
}

} // namespace

class TestUInt256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimalRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("one") << QStringLiteral("1");
        QTest::newRow("2^53+1") << QStringLiteral("9007199254740993");
        QTest::newRow("2^64-1") << QStringLiteral("18446744073709551615");
        QTest::newRow("2^64") << QStringLiteral("18446744073709551616");
        QTest::newRow("10^19") << QStringLiteral("10000000000000000000");
        QTest::newRow("18.45 BSC USDT") << QStringLiteral("18450000000000000000");
        QTest::newRow("2^128") << QStringLiteral("340282366920938463463374607431768211456");
        QTest::newRow("max") << kMax;
    }
    void decimalRoundTrip()
    {
        QFETCH(QString, text);
        auto v = UInt256::parseDecimal(text);
        KASSA_VERIFY_OK(v);
        QCOMPARE(v->toDecimal(), text);
        auto q = UInt256::parseQuantity(v->toQuantity());
        KASSA_VERIFY_OK(q);
        QCOMPARE(q.value(), v.value());
    }

    void rejectsMalformedDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("sign") << QStringLiteral("-1");
        QTest::newRow("plus") << QStringLiteral("+1");
        QTest::newRow("space") << QStringLiteral(" 1");
        QTest::newRow("trailing space") << QStringLiteral("1 ");
        QTest::newRow("fraction") << QStringLiteral("1.0");
        QTest::newRow("exponent") << QStringLiteral("1e18");
        QTest::newRow("separator") << QStringLiteral("1,000");
        QTest::newRow("leading zero") << QStringLiteral("01");
        QTest::newRow("hex") << QStringLiteral("0x10");
        QTest::newRow("fullwidth digit") << QStringLiteral("１");
        QTest::newRow("arabic-indic digit") << QStringLiteral("\u0661");
        QTest::newRow("max+1") << QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639936");
        QTest::newRow("79 digits") << QStringLiteral("1").repeated(79);
    }
    void rejectsMalformedDecimal()
    {
        QFETCH(QString, text);
        auto v = UInt256::parseDecimal(text);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::InvalidInput);
        QVERIFY(!v.error().userMessage.isEmpty());
    }

    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("decimal");
        QTest::newRow("0x0") << QStringLiteral("0x0") << true << QStringLiteral("0");
        QTest::newRow("0x1") << QStringLiteral("0x1") << true << QStringLiteral("1");
        QTest::newRow("upper") << QStringLiteral("0xFF") << true << QStringLiteral("255");
        QTest::newRow("64 digits") << (QStringLiteral("0x") + QStringLiteral("f").repeated(64)) << true << kMax;
        QTest::newRow("65 digits") << (QStringLiteral("0x1") + QStringLiteral("0").repeated(64)) << false << QString();
        QTest::newRow("leading zero") << QStringLiteral("0x01") << false << QString();
        QTest::newRow("0x00") << QStringLiteral("0x00") << false << QString();
        QTest::newRow("bare 0x") << QStringLiteral("0x") << false << QString();
        QTest::newRow("no prefix") << QStringLiteral("ff") << false << QString();
        QTest::newRow("0X") << QStringLiteral("0Xff") << false << QString();
        QTest::newRow("bad digit") << QStringLiteral("0xfg") << false << QString();
        QTest::newRow("negative") << QStringLiteral("-0x1") << false << QString();
    }
    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, decimal);
        auto v = UInt256::parseQuantity(text);
        QCOMPARE(v.ok(), ok);
        if (ok)
            QCOMPARE(v->toDecimal(), decimal);
    }

    void bytes()
    {
        const UInt256 v = dec("258");
        QCOMPARE(v.toMinimalBigEndian(), QByteArray::fromHex("0102"));
        QCOMPARE(UInt256().toMinimalBigEndian(), QByteArray());
        const auto word = v.toWord();
        QCOMPARE(word[30], std::uint8_t(1));
        QCOMPARE(word[31], std::uint8_t(2));
        QCOMPARE(UInt256::fromWord(word), v);
        QCOMPARE(UInt256::fromBigEndian(QByteArray(32, char(0xff))).value(), UInt256::max());
        QVERIFY(!UInt256::fromBigEndian(QByteArray(33, char(0))).ok());
        QCOMPARE(UInt256::fromBigEndian(QByteArray()).value(), UInt256());
    }

    void overflowIsDetected()
    {
        QVERIFY(!UInt256::max().checkedAdd(UInt256(1)));
        QVERIFY(!UInt256().checkedSub(UInt256(1)));
        QVERIFY(!UInt256::max().checkedMul(UInt256(2)));
        QVERIFY(!UInt256::pow10(40).checkedMul(UInt256::pow10(40)));
        QCOMPARE(*UInt256::pow10(38).checkedMul(UInt256::pow10(39)), UInt256::pow10(77));
        QVERIFY(!UInt256(1).divMod(UInt256()));
        QCOMPARE(UInt256::max().bitLength(), 256);
        QCOMPARE(UInt256().bitLength(), 0);
        QCOMPARE(UInt256(1).bitLength(), 1);
    }

    void wideDivision()
    {
        const UInt256 n = UInt256::max();
        const UInt256 d = dec("340282366920938463463374607431768211457"); // 2^128 + 1
        auto qr = n.divMod(d);
        QVERIFY(qr);
        QCOMPARE(qr->first.toDecimal(), QStringLiteral("340282366920938463463374607431768211455"));
        QCOMPARE(qr->second.toDecimal(), QStringLiteral("0"));
        // A divisor with its top bit set: the shifted remainder leaves 256 bits.
        const UInt256 top = *UInt256::max().checkedSub(UInt256(5));
        auto big = UInt256::max().divMod(top);
        QCOMPARE(big->first, UInt256(1));
        QCOMPARE(big->second, UInt256(5));
    }

    void identitiesOnRandomValues()
    {
        QRandomGenerator rng(20261202);
        for (int i = 0; i < 20000; ++i) {
            const UInt256 a = randomValue(rng);
            const UInt256 b = randomValue(rng);
            if (auto sum = a.checkedAdd(b)) {
                QCOMPARE(*sum->checkedSub(b), a);
                QVERIFY(*sum >= a);
            } else {
                QVERIFY(b > *UInt256::max().checkedSub(a));
            }
            if (!b.isZero()) {
                auto qr = a.divMod(b);
                QVERIFY(qr);
                QVERIFY(qr->second < b);
                auto back = qr->first.checkedMul(b);
                QVERIFY(back);
                QCOMPARE(*back->checkedAdd(qr->second), a);
            }
            QCOMPARE(UInt256::parseDecimal(a.toDecimal()).value(), a);
            QCOMPARE(UInt256::parseQuantity(a.toQuantity()).value(), a);
            QCOMPARE(UInt256::fromWord(a.toWord()), a);
        }
    }

    // Python's integers as an independent implementation: products,
    // quotients and decimal text of random values must agree exactly.
    void agreesWithPython()
    {
        QRandomGenerator rng(7);
        QStringList lines;
        QList<UInt256> as, bs;
        for (int i = 0; i < 2000; ++i) {
            as << randomValue(rng);
            bs << randomValue(rng);
            lines << as.last().toQuantity() + QLatin1Char(' ') + bs.last().toQuantity();
        }
        QProcess python;
        python.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import sys\n"
                               "M=2**256\n"
                               "for l in sys.stdin:\n"
                               "  a,b=(int(x,16) for x in l.split())\n"
                               "  p=a*b; s=a+b\n"
                               "  print(a, p if p<M else '-', s if s<M else '-', a//b if b else '-', a%b if b else '-')\n")});
        QVERIFY(python.waitForStarted());
        python.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        const QStringList answers = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(answers.size(), as.size());
        auto text = [](const std::optional<UInt256> &v) { return v ? v->toDecimal() : QStringLiteral("-"); };
        for (int i = 0; i < as.size(); ++i) {
            const QStringList f = answers[i].split(QLatin1Char(' '));
            QCOMPARE(as[i].toDecimal(), f[0]);
            QCOMPARE(text(as[i].checkedMul(bs[i])), f[1]);
            QCOMPARE(text(as[i].checkedAdd(bs[i])), f[2]);
            auto qr = as[i].divMod(bs[i]);
            QCOMPARE(qr ? qr->first.toDecimal() : QStringLiteral("-"), f[3]);
            QCOMPARE(qr ? qr->second.toDecimal() : QStringLiteral("-"), f[4]);
        }
    }
};

KASSA_TEST_MAIN(TestUInt256)
#include "tst_uint256.moc"
