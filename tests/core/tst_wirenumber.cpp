// WireNumber: the text Epusdt (Go) signs for a JSON number. Vectors derived
// from Go's documented FormatFloat(v, 'f', -1, 64) behaviour, the worked
// signature examples of the storefront spec, and two independent
// implementations on random literals: Python (float() is correctly rounded,
// repr() gives the shortest round-trip digits; laid out in fixed notation by
// its decimal module, which is Go's rule) and node (JavaScript's Number →
// String: the same digits, but with exponents and an unsigned −0, so the
// test lays its digits out the Go way and checks the sign separately).
#include "NodeOracle.h"
#include "TestSupport.h"
#include "money/WireNumber.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

using namespace kassa;
using money::Amount;
using money::Asset;
using money::WireNumber;

namespace {

// Go's fixed layout of JavaScript's "[-]d[.ddd][e±x]" text: the same digits
// and exponent, written without an exponent.
QString goLayoutOfJsText(const QString &js, bool negativeZero)
{
    QString text = js;
    bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    int exponent = 0;
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    if (e >= 0) {
        exponent = text.mid(e + 1).toInt();
        text.truncate(e);
    }
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QString digits = text;
    int pointPos = int(text.size());
    if (point >= 0) {
        digits.remove(point, 1);
        pointPos = int(point);
    }
    // Strip leading zeros (moving the point) and trailing zeros.
    while (digits.size() > 0 && digits.front() == QLatin1Char('0')) {
        digits.remove(0, 1);
        --pointPos;
    }
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    if (digits.isEmpty())
        return (negative || negativeZero) ? QStringLiteral("-0") : QStringLiteral("0");
    const int dp = pointPos + exponent;
    QString out = negative ? QStringLiteral("-") : QString();
    if (dp > 0)
        out += digits.left(dp).leftJustified(dp, QLatin1Char('0'));
    else
        out += QLatin1Char('0');
    if (digits.size() > dp) {
        out += QLatin1Char('.');
        if (dp < 0)
            out += QString(-dp, QLatin1Char('0')) + digits;
        else
            out += digits.mid(dp);
    }
    return out;
}

QString randomLiteral(QRandomGenerator &rng, int maxDigits, int minExponent, int maxExponent)
{
    QString s;
    if (rng.bounded(3) == 0)
        s += QLatin1Char('-');
    const int digits = 1 + int(rng.bounded(maxDigits));
    const int form = int(rng.bounded(4));
    QString mantissa;
    mantissa += QChar(u'1' + char16_t(rng.bounded(9)));
    for (int i = 1; i < digits; ++i)
        mantissa += QChar(u'0' + char16_t(rng.bounded(10)));
    if (rng.bounded(5) == 0) // trailing zeros
        mantissa += QString(int(rng.bounded(5)), QLatin1Char('0'));
    switch (form) {
    case 0: s += mantissa; break; // integer
    case 1: { // plain decimal
        const int at = 1 + int(rng.bounded(mantissa.size()));
        s += mantissa.left(at);
        if (at < mantissa.size())
            s += QLatin1Char('.') + mantissa.mid(at);
        break;
    }
    case 2: // 0.000ddd
        s += QStringLiteral("0.") + QString(int(rng.bounded(12)), QLatin1Char('0')) + mantissa;
        break;
    default: { // d.ddde±x
        s += mantissa.left(1);
        if (mantissa.size() > 1)
            s += QLatin1Char('.') + mantissa.mid(1);
        const int exponent = minExponent + int(rng.bounded(maxExponent - minExponent + 1));
        s += (rng.bounded(2) ? QStringLiteral("e") : QStringLiteral("E"));
        if (exponent >= 0 && rng.bounded(2))
            s += QLatin1Char('+');
        s += QString::number(exponent);
        break;
    }
    }
    return s;
}

QString md5(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

class TestWireNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goFormatFloat_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("expected");
        // The spec's and Go's documented examples.
        QTest::newRow("100.5") << "100.5"
                               << "100.5";
        QTest::newRow("trailing zero") << "100.50"
                                       << "100.5";
        QTest::newRow("1000000") << "1000000"
                                 << "1000000";
        QTest::newRow("13.92") << "13.92"
                               << "13.92";
        QTest::newRow("42") << "42"
                            << "42";
        QTest::newRow("42.0") << "42.0"
                              << "42";
        QTest::newRow("1e2") << "1e2"
                             << "100";
        QTest::newRow("1E+6") << "1E+6"
                              << "1000000";
        QTest::newRow("1e6") << "1e6"
                             << "1000000";
        QTest::newRow("0.1e1") << "0.1e1"
                               << "1";
        QTest::newRow("10e-1") << "10e-1"
                               << "1";
        QTest::newRow("2.5e-5") << "2.5e-5"
                                << "0.000025";
        QTest::newRow("0.000001") << "0.000001"
                                  << "0.000001";
        QTest::newRow("1e-7 (JS: 1e-7)") << "1e-7"
                                         << "0.0000001";
        QTest::newRow("1e21 (JS: 1e+21)") << "1e21"
                                          << "1000000000000000000000";
        QTest::newRow("0.1") << "0.1"
                             << "0.1";
        QTest::newRow("4.35") << "4.35"
                              << "4.35";
        QTest::newRow("zero") << "0"
                              << "0";
        QTest::newRow("0.0") << "0.0"
                             << "0";
        QTest::newRow("0e10") << "0e10"
                              << "0";
        QTest::newRow("minus zero") << "-0"
                                    << "-0";
        QTest::newRow("minus zero point zero") << "-0.0"
                                               << "-0";
        QTest::newRow("negative") << "-12.50"
                                  << "-12.5";
        QTest::newRow("15 digits stay") << "123456789012.345"
                                        << "123456789012.345";
        QTest::newRow("0.1+0.2 written out") << "0.30000000000000004"
                                             << "0.30000000000000004";
        QTest::newRow("2^53+1 rounds to even") << "9007199254740993"
                                               << "9007199254740992";
        QTest::newRow("18 digits") << "123456789012345678"
                                   << "123456789012345680";
        QTest::newRow("20 digits") << "12345678901234567890"
                                   << "12345678901234567000";
        QTest::newRow("21 digits round to one") << "1.00000000000000000001"
                                                << "1";
        QTest::newRow("1.0000000000000002") << "1.0000000000000002"
                                            << "1.0000000000000002";
        // Go prints the shortest digits padded with zeros, not the exact
        // integer that std::to_chars(fixed) gives (99999999999999991611392).
        QTest::newRow("1e23") << "1e23"
                              << "100000000000000000000000";
        QTest::newRow("largest float64") << "1.7976931348623157e308"
                                         << ("17976931348623157" + QString(292, QLatin1Char('0')));
        QTest::newRow("smallest subnormal") << "5e-324" << ("0." + QString(323, QLatin1Char('0')) + "5");
        QTest::newRow("rounds to the smallest subnormal") << "3e-324" << ("0." + QString(323, QLatin1Char('0')) + "5");
        QTest::newRow("underflow") << "1e-400"
                                   << "0";
        QTest::newRow("negative underflow") << "-1e-400"
                                            << "-0";
        QTest::newRow("huge exponent on zero") << "0e999999999999999999"
                                               << "0";
        QTest::newRow("huge negative exponent") << "1e-99999999999999999999"
                                                << "0";
        QTest::newRow("exponent with leading zeros") << "1e0002"
                                                     << "100";
        QTest::newRow("long fraction below one") << ("0." + QString(400, QLatin1Char('0')) + "1") << "0";
        QTest::newRow("long integer") << ("1" + QString(300, QLatin1Char('0')))
                                      << ("1" + QString(300, QLatin1Char('0')));
        QTest::newRow("edge of the exact path")
            << "9.99999999999999e307" << ("999999999999999" + QString(293, QLatin1Char('0')));
    }
    void goFormatFloat()
    {
        QFETCH(QString, literal);
        QFETCH(QString, expected);
        const auto text = WireNumber::signingText(literal);
        KASSA_VERIFY_OK(text);
        QCOMPARE(text.value(), expected);
        // The result is itself a literal that signs the same way.
        QCOMPARE(WireNumber::signingText(text.value()).value(), expected);
    }

    void refusesWhatIsNotAJsonNumber_data()
    {
        QTest::addColumn<QString>("literal");
        for (const char *bad : {"", "-", "+1", "01", "-01", "00", "1.", ".5", "-.5", "1e", "1e+", "1e-", "0x10", "NaN",
                 "Infinity", "-Infinity", " 1", "1 ", "1,0", "1.5.5", "--1", "1e5.5", "1e1e1", "\"1\"", "true", "1f",
                 "1d", "\xef\xbc\x91" /* full-width 1 */})
            QTest::newRow(bad) << QString::fromUtf8(bad);
        QTest::newRow("beyond float64") << "1e400";
        QTest::newRow("just beyond float64") << "1.8e308";
        QTest::newRow("rounds past the largest float64") << "1.7976931348623159e308";
        QTest::newRow("too long") << ("1" + QString(1100, QLatin1Char('0')));
    }
    void refusesWhatIsNotAJsonNumber()
    {
        QFETCH(QString, literal);
        const auto text = WireNumber::signingText(literal);
        QVERIFY2(!text.ok(), qPrintable(text.ok() ? text.value() : QString()));
        QCOMPARE(text.error().code, ErrorCode::InvalidInput);
        QVERIFY(!text.error().userMessage.isEmpty());
    }

    void fromAmounts()
    {
        const Asset usdt = Asset::usdt6();
        const Asset bsc = Asset::usdt18();
        const Amount a = Amount::parse(u"13.920000", usdt).value();
        QCOMPARE(WireNumber::jsonLiteral(a), QStringLiteral("13.92"));
        QCOMPARE(WireNumber::signingText(a), QStringLiteral("13.92"));
        QVERIFY(WireNumber::survivesFloat64(a));
        const Amount whole = Amount::parse(u"1000000", usdt).value();
        QCOMPARE(WireNumber::signingText(whole), QStringLiteral("1000000"));
        // 18 significant digits do not survive float64: the wire text differs.
        const Amount fine = Amount::parse(u"1.000000000000000001", bsc).value();
        QCOMPARE(WireNumber::jsonLiteral(fine), QStringLiteral("1.000000000000000001"));
        QCOMPARE(WireNumber::signingText(fine), QStringLiteral("1"));
        QVERIFY(!WireNumber::survivesFloat64(fine));
        const Amount big = Amount::parse(u"9999999999999.99", usdt).value(); // 15 digits: exact
        QVERIFY(WireNumber::survivesFloat64(big));
        QCOMPARE(WireNumber::signingText(Amount::zero(usdt).value()), QStringLiteral("0"));
    }

    // storefront-api.md §1 / gateways.md §8.6: the worked signatures.
    void epusdtSignatureVectors()
    {
        const QString token = QStringLiteral("Xk9_demo-Token.2024");
        const QString amount = WireNumber::signingText(u"100.5").value();
        const QString request = QStringLiteral("amount=") + amount
            + QStringLiteral("&notify_url=https://shop.example.com/pay/epusdt/notify_url&order_id=ORD20240501001"
                             "&redirect_url=https://shop.example.com/pay/epusdt/return_url?order_id=ORD20240501001");
        QCOMPARE(md5(request + token), QStringLiteral("bb2348884c40803115b3758333d6ac4f"));
        // A storefront that sends 100.50 or 1.005e2 signs the same text.
        QCOMPARE(WireNumber::signingText(u"100.50").value(), amount);
        QCOMPARE(WireNumber::signingText(u"1.005e2").value(), amount);

        // The callback Kassa signs: amounts from exact Amounts.
        const Amount fiat = Amount::parse(u"100.50", {QStringLiteral("CNY"), 2}).value();
        const Amount paid = Amount::parse(u"13.92", Asset::usdt6()).value();
        const QString callback = QStringLiteral("actual_amount=") + WireNumber::signingText(paid)
            + QStringLiteral("&amount=") + WireNumber::signingText(fiat)
            + QStringLiteral("&block_transaction_id=8f2c1d0e9b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d"
                             "&order_id=ORD20240501001&status=")
            + WireNumber::signingText(u"2").value()
            + QStringLiteral("&token=TNEns8t9jbWENbStkQdVQtHMGpbsYsQjZK&trade_id=202405011714550400123042");
        QCOMPARE(md5(callback + token), QStringLiteral("5ab984f44aab7aa3760f0f128e8461aa"));

        // Epusdt's own documentation example (gateways.md §1.4): amount 42.
        const QString doc = QStringLiteral("amount=") + WireNumber::signingText(u"42").value()
            + QStringLiteral("&notify_url=http://example.com/notify&order_id=20220201030210321"
                             "&redirect_url=http://example.com/redirect");
        QCOMPARE(
            md5(doc + QStringLiteral("epusdt_password_xasddawqe")), QStringLiteral("1cd4b52df5587cfb1968b0c0c6e156cd"));
    }

    void agreesWithPython()
    {
        QRandomGenerator rng(20240501);
        QStringList literals;
        for (int i = 0; i < 6000; ++i)
            literals << randomLiteral(rng, i % 2 ? 15 : 40, -340, 320);
        QProcess python;
        python.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import sys, math, decimal as d\n"
                               "for l in sys.stdin:\n"
                               "  f = float(l)\n"
                               "  print('ERR' if math.isinf(f) else format(d.Decimal(repr(f)).normalize(), 'f'))\n")});
        QVERIFY(python.waitForStarted());
        python.write((literals.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        const QStringList answers =
            QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(answers.size(), literals.size());
        int refused = 0;
        for (int i = 0; i < literals.size(); ++i) {
            const auto text = WireNumber::signingText(literals[i]);
            if (answers[i] == QLatin1String("ERR")) {
                QVERIFY2(!text.ok(), qPrintable(literals[i]));
                ++refused;
                continue;
            }
            KASSA_VERIFY_OK(text);
            QVERIFY2(text.value() == answers[i],
                qPrintable(literals[i] + QStringLiteral(": ") + text.value() + QStringLiteral(" vs ") + answers[i]));
        }
        QVERIFY(refused > 0); // the generator reaches beyond float64's range
    }

    void agreesWithJavaScript()
    {
        test::NodeOracle oracle;
        KASSA_VERIFY_OK(oracle.start());
        QRandomGenerator rng(7);
        QStringList literals;
        QList<QJsonObject> requests;
        for (int i = 0; i < 3000; ++i) {
            // JavaScript reads up to 20 significant digits exactly (ECMA-262
            // allows approximation beyond); stay inside float64's range.
            literals << randomLiteral(rng, 20, -320, 300);
            requests << QJsonObject {
                {QStringLiteral("op"), QStringLiteral("numberText")}, {QStringLiteral("literal"), literals.last()}};
        }
        literals << QStringLiteral("-0") << QStringLiteral("1e21") << QStringLiteral("1e-7");
        for (qsizetype i = requests.size(); i < literals.size(); ++i)
            requests << QJsonObject {
                {QStringLiteral("op"), QStringLiteral("numberText")}, {QStringLiteral("literal"), literals[i]}};
        const auto answers = oracle.callMany(requests);
        QCOMPARE(answers.size(), literals.size());
        for (int i = 0; i < literals.size(); ++i) {
            KASSA_VERIFY_OK(answers[i]);
            const QJsonObject o = answers[i]->toObject();
            const QString js = o.value(QStringLiteral("text")).toString();
            const QString expected = goLayoutOfJsText(js, o.value(QStringLiteral("negativeZero")).toBool());
            const auto text = WireNumber::signingText(literals[i]);
            KASSA_VERIFY_OK(text);
            QVERIFY2(text.value() == expected,
                qPrintable(literals[i] + QStringLiteral(": ") + text.value() + QStringLiteral(" vs JS ") + js));
        }
        // Where JavaScript's own text differs from Go's (so a JS storefront
        // must not sign String(n)): exponents and the sign of zero.
        const auto raw = [&](qsizetype i) {
            return answers[i]->toObject().value(QStringLiteral("text")).toString();
        };
        const qsizetype n = literals.size();
        QCOMPARE(raw(n - 3), QStringLiteral("0"));
        QCOMPARE(WireNumber::signingText(u"-0").value(), QStringLiteral("-0"));
        QCOMPARE(raw(n - 2), QStringLiteral("1e+21"));
        QCOMPARE(raw(n - 1), QStringLiteral("1e-7"));
    }
};

KASSA_TEST_MAIN(TestWireNumber)
#include "tst_wirenumber.moc"
