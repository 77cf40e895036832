// Int256: the checked signed type for accounting. Signs, overflow at both
// ends, ordering, and a differential check against Python's integers.
#include "TestSupport.h"
#include "money/Int256.h"

#include <QProcess>
#include <QRandomGenerator>

#include <limits>

using namespace kassa;
using money::Int256;
using money::UInt256;

namespace {

Int256 randomValue(QRandomGenerator &rng)
{
    const int bytes = int(rng.bounded(33));
    QByteArray be(bytes, Qt::Uninitialized);
    for (char &c : be)
        c = char(rng.bounded(256));
    if (rng.bounded(8) == 0 && bytes > 0)
        be.fill(char(0xff));
    return Int256(UInt256::fromBigEndian(be).value(), rng.bounded(2) == 0);
}

} // namespace

class TestInt256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signs()
    {
        QCOMPARE(Int256(-5).toDecimal(), QStringLiteral("-5"));
        QCOMPARE(Int256(5).sign(), 1);
        QCOMPARE(Int256(-5).sign(), -1);
        QCOMPARE(Int256().sign(), 0);
        QVERIFY(!Int256(UInt256(), true).isNegative()); // no negative zero
        QCOMPARE(Int256(UInt256(), true), Int256());
        QCOMPARE(Int256(std::numeric_limits<std::int64_t>::min()).toDecimal(), QStringLiteral("-9223372036854775808"));
        QCOMPARE(Int256(-7).negated(), Int256(7));
        QCOMPARE(*Int256(7).toUnsigned(), UInt256(7));
        QVERIFY(!Int256(-7).toUnsigned());
    }

    void difference()
    {
        QCOMPARE(Int256::difference(UInt256(3), UInt256(10)), Int256(-7));
        QCOMPARE(Int256::difference(UInt256(10), UInt256(3)), Int256(7));
        // Any two on-chain values have a representable difference.
        QCOMPARE(Int256::difference(UInt256(), UInt256::max()), Int256(UInt256::max(), true));
        QCOMPARE(Int256::difference(UInt256::max(), UInt256()), Int256::fromUnsigned(UInt256::max()));
    }

    void overflow()
    {
        const Int256 top = Int256::fromUnsigned(UInt256::max());
        const Int256 bottom = top.negated();
        QVERIFY(!top.checkedAdd(Int256(1)));
        QVERIFY(!bottom.checkedSub(Int256(1)));
        QVERIFY(!bottom.checkedAdd(Int256(-1)));
        QCOMPARE(*top.checkedAdd(bottom), Int256());
        QCOMPARE(*bottom.checkedAdd(Int256(1)), Int256(*UInt256::max().checkedSub(UInt256(1)), true));
        QVERIFY(!top.checkedMul(Int256(-2)));
        QCOMPARE(*top.checkedMul(Int256(-1)), bottom);
    }

    void ordering()
    {
        QVERIFY(Int256(-10) < Int256(-2));
        QVERIFY(Int256(-2) < Int256());
        QVERIFY(Int256() < Int256(1));
        QVERIFY(Int256::fromUnsigned(UInt256::max()).negated() < Int256(-1));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("zero") << "0" << true;
        QTest::newRow("negative") << "-42" << true;
        QTest::newRow("minus zero") << "-0" << true;
        QTest::newRow("plus") << "+42" << false;
        QTest::newRow("fraction") << "1.5" << false;
        QTest::newRow("space") << "- 1" << false;
        QTest::newRow("leading zero") << "-01" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("-2^256") << "-115792089237316195423570985008687907853269984665640564039457584007913129639936"
                                << false;
        QTest::newRow("-(2^256-1)") << "-115792089237316195423570985008687907853269984665640564039457584007913129639935"
                                    << true;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto v = Int256::parseDecimal(text);
        QCOMPARE(v.ok(), ok);
        if (ok && text != QLatin1String("-0"))
            QCOMPARE(v->toDecimal(), text);
    }

    void agreesWithPython()
    {
        QRandomGenerator rng(99);
        QList<Int256> as, bs;
        QStringList lines;
        for (int i = 0; i < 3000; ++i) {
            as << randomValue(rng);
            bs << randomValue(rng);
            lines << as.last().toDecimal() + QLatin1Char(' ') + bs.last().toDecimal();
        }
        QProcess python;
        python.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import sys\n"
                               "M=2**256\n"
                               "f=lambda v: str(v) if abs(v)<M else '-'\n"
                               "for l in sys.stdin:\n"
                               "  a,b=(int(x) for x in l.split())\n"
                               "  print(f(a+b), f(a-b), f(a*b), (a>b)-(a<b))\n")});
        QVERIFY(python.waitForStarted());
        python.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        const QStringList answers =
            QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(answers.size(), as.size());
        auto text = [](const std::optional<Int256> &v) {
            return v ? v->toDecimal() : QStringLiteral("-");
        };
        for (int i = 0; i < as.size(); ++i) {
            const QStringList f = answers[i].split(QLatin1Char(' '));
            QCOMPARE(text(as[i].checkedAdd(bs[i])), f[0]);
            QCOMPARE(text(as[i].checkedSub(bs[i])), f[1]);
            QCOMPARE(text(as[i].checkedMul(bs[i])), f[2]);
            const auto order = as[i] <=> bs[i];
            QCOMPARE(order < 0 ? -1 : (order > 0 ? 1 : 0), f[3].toInt());
            QCOMPARE(Int256::parseDecimal(as[i].toDecimal()).value(), as[i]);
        }
    }
};

KASSA_TEST_MAIN(TestInt256)
#include "tst_int256.moc"
