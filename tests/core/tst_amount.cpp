// Amount and SignedAmount: units plus decimals, strict text in, exact text
// out, checked arithmetic, and rounding compared with Python's decimal module.
#include "TestSupport.h"
#include "money/Amount.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace kassa;
using money::Amount;
using money::Asset;
using money::Int256;
using money::Rounding;
using money::SignedAmount;
using money::UInt256;

Q_DECLARE_METATYPE(money::Rounding)

namespace {

const Asset kTron = Asset::usdt6();
const Asset kBsc = Asset::usdt18();
const Asset kCny {QStringLiteral("CNY"), 2};

Amount amount(const char *text, const Asset &asset = kTron)
{
    auto a = Amount::parse(QString::fromLatin1(text), asset);
    if (!a.ok())
        qFatal("bad test amount %s: %s", text, qPrintable(a.error().message));
    return a.value();
}

} // namespace

class TestAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseIntoUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("units");
        QTest::newRow("Tron USDT") << "12.5" << 6 << "12500000";
        QTest::newRow("whole") << "100" << 6 << "100000000";
        QTest::newRow("smallest") << "0.000001" << 6 << "1";
        QTest::newRow("zero") << "0" << 6 << "0";
        QTest::newRow("BSC USDT past 2^64") << "18.45" << 18 << "18450000000000000000";
        QTest::newRow("BSC smallest") << "0.000000000000000001" << 18 << "1";
        QTest::newRow("no decimals") << "7" << 0 << "7";
        QTest::newRow("yuan") << "100.50" << 2 << "10050";
        QTest::newRow("largest 9-decimal amount")
            << "115792089237316195423570985008687907853269984665640564039457584007913.129639935" << 9
            << "115792089237316195423570985008687907853269984665640564039457584007913129639935";
    }
    void parseIntoUnits()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, units);
        const auto a = Amount::parse(text, {QStringLiteral("T"), decimals});
        KASSA_VERIFY_OK(a);
        QCOMPARE(a->units().toDecimal(), units);
    }

    void refusesBadText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::newRow("more decimals than USDT has") << "1.0000001" << 6;
        QTest::newRow("decimals for a whole-number asset") << "1.5" << 0;
        QTest::newRow("negative") << "-1" << 6;
        QTest::newRow("plus") << "+1" << 6;
        QTest::newRow("exponent") << "1e2" << 6;
        QTest::newRow("comma") << "1,000.00" << 6;
        QTest::newRow("space") << "1 000" << 6;
        QTest::newRow("no-break space") << "100\u00a0" << 6;
        QTest::newRow("full-width") << "\uff11\uff10\uff10" << 6;
        QTest::newRow("empty") << "" << 6;
        QTest::newRow("lone point") << "." << 6;
        QTest::newRow("overflow after scaling") // 2^256 − 1 units fit, but not with 6 more decimals
            << "115792089237316195423570985008687907853269984665640564039457584007913129639935" << 6;
    }
    void refusesBadText()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        const auto a = Amount::parse(text, {QStringLiteral("USDT"), decimals});
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::InvalidInput);
        QVERIFY(!a.error().userMessage.isEmpty());
    }

    void refusesBadAssets()
    {
        QVERIFY(!Amount::parse(u"1", {QString(), 6}).ok());
        QVERIFY(!Amount::parse(u"1", {QStringLiteral("X"), -1}).ok());
        QVERIFY(!Amount::fromUnits(UInt256(1), {QStringLiteral("X"), Asset::MaxDecimals + 1}).ok());
        KASSA_VERIFY_OK(Amount::fromUnits(UInt256(1), {QStringLiteral("X"), Asset::MaxDecimals}));
    }

    void format_data()
    {
        QTest::addColumn<QString>("units");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("shortText");
        QTest::addColumn<QString>("fixed");
        QTest::newRow("12.5") << "12500000" << 6 << "12.5"
                              << "12.500000";
        QTest::newRow("whole") << "100000000" << 6 << "100"
                               << "100.000000";
        QTest::newRow("zero") << "0" << 6 << "0"
                              << "0.000000";
        QTest::newRow("one unit") << "1" << 6 << "0.000001"
                                  << "0.000001";
        QTest::newRow("BSC") << "18450000000000000001" << 18 << "18.450000000000000001"
                             << "18.450000000000000001";
        QTest::newRow("no decimals") << "42" << 0 << "42"
                                     << "42";
        QTest::newRow("13.92") << "13920000" << 6 << "13.92"
                               << "13.920000";
    }
    void format()
    {
        QFETCH(QString, units);
        QFETCH(int, decimals);
        QFETCH(QString, shortText);
        QFETCH(QString, fixed);
        const Asset asset {QStringLiteral("USDT"), decimals};
        const Amount a = Amount::fromUnits(UInt256::parseDecimal(units).value(), asset).value();
        QCOMPARE(a.toString(), shortText);
        QCOMPARE(a.toFixedString(), fixed);
        QCOMPARE(Amount::parse(shortText, asset).value(), a);
        QCOMPARE(Amount::parse(fixed, asset).value(), a);
    }

    void formatToPlaces_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<int>("places");
        QTest::addColumn<Rounding>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pad") << "12.5" << 6 << 2 << Rounding::Down << "12.50";
        QTest::newRow("pad beyond the asset") << "12.5" << 6 << 8 << Rounding::Down << "12.50000000";
        QTest::newRow("pad a whole-number asset") << "12" << 0 << 2 << Rounding::Down << "12.00";
        QTest::newRow("no places") << "12.5" << 6 << 0 << Rounding::HalfEven << "12";
        QTest::newRow("down") << "12.345678" << 6 << 2 << Rounding::Down << "12.34";
        QTest::newRow("up") << "12.340001" << 6 << 2 << Rounding::Up << "12.35";
        QTest::newRow("half-up tie") << "0.125" << 6 << 2 << Rounding::HalfUp << "0.13";
        QTest::newRow("half-even tie down") << "0.125" << 6 << 2 << Rounding::HalfEven << "0.12";
        QTest::newRow("half-even tie up") << "0.135" << 6 << 2 << Rounding::HalfEven << "0.14";
        QTest::newRow("up carries") << "9.999001" << 6 << 2 << Rounding::Up << "10.00";
        QTest::newRow("exact stays") << "0.120000" << 6 << 2 << Rounding::Up << "0.12";
        QTest::newRow("BSC to 6") << "1.000000000000000001" << 18 << 6 << Rounding::Up << "1.000001";
    }
    void formatToPlaces()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(int, places);
        QFETCH(Rounding, mode);
        QFETCH(QString, expected);
        const Amount a = Amount::parse(text, {QStringLiteral("USDT"), decimals}).value();
        QCOMPARE(a.toString(places, mode), expected);
        // rounded() keeps the asset and gives the same value.
        const auto r = a.rounded(places, mode);
        KASSA_VERIFY_OK(r);
        if (places <= decimals)
            QCOMPARE(r->toString(places, Rounding::Down), expected);
        QCOMPARE(r->asset(), a.asset());
    }

    void largestValuesFormat()
    {
        const Amount top = Amount::fromUnits(UInt256::max(), {QStringLiteral("X"), 0}).value();
        QCOMPARE(top.toString(2, Rounding::Up), top.toString() + QStringLiteral(".00"));
        const Amount topBsc = Amount::fromUnits(UInt256::max(), kBsc).value();
        QCOMPARE(topBsc.toString(0, Rounding::Up),
            QStringLiteral("115792089237316195423570985008687907853269984665640564039458"));
        QVERIFY(!topBsc.rounded(0, Rounding::Up).ok()); // the rounded value needs more than 256 bits
        QCOMPARE(topBsc.rounded(0, Rounding::Down)->toString(),
            QStringLiteral("115792089237316195423570985008687907853269984665640564039457"));
    }

    void arithmetic()
    {
        QCOMPARE(amount("12.5").add(amount("0.000001"))->toString(), QStringLiteral("12.500001"));
        QCOMPARE(amount("12.5").subtract(amount("2.5"))->toString(), QStringLiteral("10"));
        QCOMPARE(amount("0.01").multiply(UInt256(37))->toString(), QStringLiteral("0.37"));
        const auto negative = amount("1").subtract(amount("1.000001"));
        QVERIFY(!negative.ok());
        QVERIFY(negative.error().userMessage.contains(QStringLiteral("negative")));
        const Amount top = Amount::fromUnits(UInt256::max(), kTron).value();
        QVERIFY(!top.add(amount("0.000001")).ok());
        QVERIFY(!top.multiply(UInt256(2)).ok());
        KASSA_VERIFY_OK(top.multiply(UInt256(1)));
    }

    void differentAssetsNeverMix()
    {
        const Amount tron = amount("1");
        const Amount bsc = amount("1", kBsc);
        const auto sum = tron.add(bsc);
        QVERIFY(!sum.ok());
        QVERIFY2(sum.error().userMessage.contains(QStringLiteral("18")), qPrintable(sum.error().userMessage));
        QVERIFY(!tron.subtract(bsc).ok());
        QVERIFY(!tron.difference(bsc).ok());
        QVERIFY(tron != bsc);
        QVERIFY(!(tron < bsc) && !(tron > bsc) && !(tron <= bsc) && !(tron >= bsc));
        QVERIFY(!(amount("1", kCny) < amount("2")));
        // convertedTo() is the explicit bridge.
        QCOMPARE(tron.convertedTo(kBsc, Rounding::Down).value(), bsc);
        QCOMPARE(bsc.convertedTo(kTron, Rounding::Down).value(), tron);
        QCOMPARE(
            amount("0.000000000000000001", kBsc).convertedTo(kTron, Rounding::Down)->toString(), QStringLiteral("0"));
        QCOMPARE(amount("0.000000000000000001", kBsc).convertedTo(kTron, Rounding::Up)->toString(),
            QStringLiteral("0.000001"));
    }

    void ordering()
    {
        QVERIFY(amount("1.5") < amount("2"));
        QVERIFY(amount("2") > amount("1.999999"));
        QVERIFY(amount("2") == amount("2.000000"));
    }

    void signedDifferences()
    {
        // paid − asked: negative means underpaid.
        const auto under = amount("9.99").difference(amount("10"));
        KASSA_VERIFY_OK(under);
        QVERIFY(under->isNegative());
        QCOMPARE(under->toString(), QStringLiteral("-0.01"));
        QCOMPARE(under->toFixedString(), QStringLiteral("-0.010000"));
        QCOMPARE(under->abs(), amount("0.01"));
        QVERIFY(!under->toAmount().ok());
        const auto over = amount("10.5").difference(amount("10"));
        QCOMPARE(over->toString(), QStringLiteral("0.5"));
        QCOMPARE(over->toAmount().value(), amount("0.5"));
        QCOMPARE(amount("3").difference(amount("3"))->sign(), 0);

        const auto sum = under->add(over.value());
        QCOMPARE(sum->toString(), QStringLiteral("0.49"));
        QCOMPARE(under->subtract(over.value())->toString(), QStringLiteral("-0.51"));
        QVERIFY(under.value() < over.value());
        QCOMPARE(under->negated().toString(), QStringLiteral("0.01"));

        // 18 decimals: a difference far beyond 64 and 128 bits is exact.
        const Amount huge = Amount::fromUnits(UInt256::max(), kBsc).value();
        const auto all = Amount::zero(kBsc)->difference(huge);
        QCOMPARE(all->units(), Int256(UInt256::max(), true));
        QVERIFY(!all->add(SignedAmount::parse(u"-0.000000000000000001", kBsc).value()).ok());
    }

    void signedParse()
    {
        QCOMPARE(SignedAmount::parse(u"-12.5", kTron)->units(), Int256(-12500000));
        QCOMPARE(SignedAmount::parse(u"-0", kTron)->isNegative(), false);
        QVERIFY(!SignedAmount::parse(u"- 1", kTron).ok());
        QVERIFY(!SignedAmount::parse(u"+1", kTron).ok());
        QVERIFY(!SignedAmount::parse(u"-1.0000001", kTron).ok());
        QCOMPARE(SignedAmount::fromAmount(amount("3"))->toString(), QStringLiteral("3"));
    }

    // Random amounts in random assets: text out, text in, same amount.
    void randomRoundTrip()
    {
        QRandomGenerator rng(424242);
        for (int i = 0; i < 20000; ++i) {
            const int decimals = int(rng.bounded(Asset::MaxDecimals + 1));
            QByteArray be(int(rng.bounded(25)), Qt::Uninitialized);
            for (char &c : be)
                c = char(rng.bounded(256));
            const Asset asset {QStringLiteral("X"), decimals};
            const Amount a = Amount::fromUnits(UInt256::fromBigEndian(be).value(), asset).value();
            const auto fromShort = Amount::parse(a.toString(), asset);
            KASSA_VERIFY_OK(fromShort);
            QCOMPARE(fromShort.value(), a);
            const auto fromFixed = Amount::parse(a.toFixedString(), asset);
            KASSA_VERIFY_OK(fromFixed);
            QCOMPARE(fromFixed.value(), a);
            QVERIFY(!a.toString().endsWith(QLatin1Char('.')));
            QVERIFY(!a.toString().contains(QLatin1Char('.')) || !a.toString().endsWith(QLatin1Char('0')));
        }
    }

    // Python's decimal module rounds the same random amounts the same way.
    void roundingAgreesWithPython()
    {
        QRandomGenerator rng(1202);
        struct Case {
            Amount amount;
            int places;
        };
        QList<Case> cases;
        QStringList lines;
        for (int i = 0; i < 4000; ++i) {
            const int decimals = 1 + int(rng.bounded(18));
            QByteArray be(int(rng.bounded(12)), Qt::Uninitialized);
            for (char &c : be)
                c = char(rng.bounded(256));
            UInt256 u = UInt256::fromBigEndian(be).value();
            if (rng.bounded(3) == 0) // force ties: …5 followed by zeros at a random place
                u = *(*u.checkedMul(UInt256(10))).checkedAdd(UInt256(5));
            const Amount a = Amount::fromUnits(u, {QStringLiteral("X"), decimals}).value();
            const int places = int(rng.bounded(decimals));
            cases.append({a, places});
            lines << a.toFixedString() + QLatin1Char(' ') + QString::number(places);
        }
        QProcess python;
        python.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "import sys, decimal as d\n"
                    "d.getcontext().prec = 200\n"
                    "modes = [d.ROUND_DOWN, d.ROUND_UP, d.ROUND_HALF_UP, d.ROUND_HALF_EVEN]\n"
                    "for l in sys.stdin:\n"
                    "  v, p = l.split(); q = d.Decimal(1).scaleb(-int(p))\n"
                    "  print(' '.join(format(d.Decimal(v).quantize(q, rounding=m), 'f') for m in modes))\n")});
        QVERIFY(python.waitForStarted());
        python.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        const QStringList answers =
            QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(answers.size(), cases.size());
        const Rounding modes[] = {Rounding::Down, Rounding::Up, Rounding::HalfUp, Rounding::HalfEven};
        for (int i = 0; i < cases.size(); ++i) {
            const QStringList expected = answers[i].split(QLatin1Char(' '));
            for (int m = 0; m < 4; ++m)
                QCOMPARE(cases[i].amount.toString(cases[i].places, modes[m]), expected[m]);
        }
    }
};

KASSA_TEST_MAIN(TestAmount)
#include "tst_amount.moc"
