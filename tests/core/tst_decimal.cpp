// Decimal: the strict parser every amount and rate goes through, and the
// rounding modes. Every whitespace, separator, exponent and look-alike digit
// trick has a row; each refusal must say what is wrong and where.
#include "TestSupport.h"
#include "money/Decimal.h"

#include <QRandomGenerator>

using namespace kassa;
using money::Decimal;
using money::DecimalRules;
using money::Rounding;
using money::UInt256;

Q_DECLARE_METATYPE(money::Rounding)

namespace {

const QString kMax = QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");

DecimalRules rules(int maxScale, bool allowNegative = false)
{
    return {.maxScale = maxScale, .allowNegative = allowNegative, .unitName = QStringLiteral("USDT")};
}

UInt256 dec(const QString &text)
{
    return UInt256::parseDecimal(text).value();
}

} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxScale");
        QTest::addColumn<bool>("allowNegative");
        QTest::addColumn<QString>("coefficient");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("negative");
        QTest::addColumn<QString>("shortText");
        QTest::newRow("zero") << "0" << 6 << false << "0" << 0 << false << "0";
        QTest::newRow("zero with decimals") << "0.00" << 6 << false << "0" << 2 << false << "0";
        QTest::newRow("whole") << "12" << 6 << false << "12" << 0 << false << "12";
        QTest::newRow("keeps trailing zeros") << "100.50" << 6 << false << "10050" << 2 << false << "100.5";
        QTest::newRow("smallest USDT") << "0.000001" << 6 << false << "1" << 6 << false << "0.000001";
        QTest::newRow("all six decimals") << "1.123456" << 6 << false << "1123456" << 6 << false << "1.123456";
        QTest::newRow("18 decimals") << "18.450000000000000001" << 18 << false << "18450000000000000001" << 18 << false
                                     << "18.450000000000000001";
        QTest::newRow("negative") << "-5.5" << 6 << true << "55" << 1 << true << "-5.5";
        QTest::newRow("minus zero is zero") << "-0" << 6 << true << "0" << 0 << false << "0";
        QTest::newRow("minus zero point zero") << "-0.000" << 6 << true << "0" << 3 << false << "0";
        QTest::newRow("2^256-1") << kMax << 0 << false << kMax << 0 << false << kMax;
        QTest::newRow("2^256-1 as a fraction")
            << (kMax.left(70) + QLatin1Char('.') + kMax.mid(70)) << 8 << false << kMax << 8 << false
            << (kMax.left(70) + QLatin1Char('.') + kMax.mid(70));
        QTest::newRow("longest fraction") << (QStringLiteral("0.") + QStringLiteral("1").repeated(77)) << 77 << false
                                          << QStringLiteral("1").repeated(77) << 77 << false
                                          << (QStringLiteral("0.") + QStringLiteral("1").repeated(77));
    }
    void accepts()
    {
        QFETCH(QString, text);
        QFETCH(int, maxScale);
        QFETCH(bool, allowNegative);
        QFETCH(QString, coefficient);
        QFETCH(int, scale);
        QFETCH(bool, negative);
        QFETCH(QString, shortText);
        const auto parsed = Decimal::parse(text, rules(maxScale, allowNegative));
        KASSA_VERIFY_OK(parsed);
        QCOMPARE(parsed->coefficient().toDecimal(), coefficient);
        QCOMPARE(parsed->scale(), scale);
        QCOMPARE(parsed->isNegative(), negative);
        QCOMPARE(parsed->toShortString(), shortText);
        if (!(negative == false && text.startsWith(QLatin1Char('-'))))
            QCOMPARE(parsed->toString(), text); // exact text back, scale kept
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowNegative");
        QTest::addColumn<QString>("why"); // in the English log message
        QTest::addColumn<QString>("shown"); // in the translated message (English here)
        QTest::newRow("empty") << "" << false << "empty"
                               << "empty";
        QTest::newRow("lone point") << "." << false << "no digits"
                                    << "no digits";
        QTest::newRow("lone minus") << "-" << true << "no digits"
                                    << "no digits";
        QTest::newRow("minus point") << "-." << true << "no digits"
                                     << "no digits";
        QTest::newRow("leading space") << " 1" << false << "space U+0020 at 1"
                                       << "character 1";
        QTest::newRow("trailing space") << "1 " << false << "space U+0020 at 2"
                                        << "character 2";
        QTest::newRow("inner space") << "1 000" << false << "space U+0020 at 2"
                                     << "space";
        QTest::newRow("no-break space") << "1\u00a0000" << false << "space U+00a0"
                                        << "space";
        QTest::newRow("narrow no-break space") << "1\u202f000.00" << false << "space U+202f"
                                               << "space";
        QTest::newRow("thin space") << "1\u2009000" << false << "space U+2009"
                                    << "space";
        QTest::newRow("ideographic space") << "\u30001" << false << "space U+3000 at 1"
                                           << "space";
        QTest::newRow("tab") << "1\t" << false << "space U+0009"
                             << "space";
        QTest::newRow("newline") << "12\n"
                                 << false << "space U+000a at 3"
                                 << "line break";
        QTest::newRow("carriage return") << "12\r" << false << "space U+000d"
                                         << "line break";
        QTest::newRow("zero-width space") << "1\u200b0" << false << "invisible U+200b at 2"
                                          << "invisible";
        QTest::newRow("byte order mark") << (QString(QChar(0xfeff)) + QStringLiteral("10")) << false
                                         << "invisible U+feff at 1"
                                         << "invisible";
        QTest::newRow("left-to-right mark") << "10\u200e" << false << "invisible U+200e"
                                            << "invisible";
        QTest::newRow("NUL") << QString::fromUtf16(u"1\u0000", 2) << false << "invisible U+0000"
                             << "invisible";
        QTest::newRow("full-width digits") << "\uff11\uff12" << false << "non-ASCII digit U+ff11 at 1"
                                           << "full-width";
        QTest::newRow("full-width after ASCII") << "1\uff10" << false << "non-ASCII digit U+ff10 at 2"
                                                << "character 2";
        QTest::newRow("Arabic-Indic digit") << "\u0661" << false << "non-ASCII digit U+0661"
                                            << "another script";
        QTest::newRow("Devanagari digit") << "\u0967\u0966" << false << "non-ASCII digit U+0967"
                                          << "another script";
        QTest::newRow("mathematical bold digit")
            << QString::fromUcs4(U"1\U0001D7CF") << false << "non-ASCII digit U+1d7cf at 2"
            << "character 2";
        QTest::newRow("superscript two") << "1\u00b2" << false << "non-ASCII digit U+00b2"
                                         << "another script";
        QTest::newRow("thousands comma") << "1,000" << false << "separator U+002c at 2"
                                         << "separator";
        QTest::newRow("decimal comma") << "1,5" << false << "separator U+002c"
                                       << "separator";
        QTest::newRow("Swiss apostrophe") << "1'000" << false << "separator U+0027"
                                          << "separator";
        QTest::newRow("underscore") << "1_000" << false << "separator U+005f"
                                    << "separator";
        QTest::newRow("full-width comma") << "1\uff0c000" << false << "separator U+ff0c"
                                          << "separator";
        QTest::newRow("full-width point") << "1\uff0e5" << false << "separator U+ff0e"
                                          << "separator";
        QTest::newRow("Arabic decimal separator") << "1\u066b5" << false << "separator U+066b"
                                                  << "separator";
        QTest::newRow("exponent") << "1e6" << false << "exponent at 2"
                                  << "exponent";
        QTest::newRow("capital exponent") << "1E6" << false << "exponent"
                                          << "exponent";
        QTest::newRow("negative exponent") << "1.5e-3" << false << "exponent at 4"
                                           << "exponent";
        QTest::newRow("plus") << "+1" << false << "plus sign at 1"
                              << "plus";
        QTest::newRow("plus when negatives are allowed") << "+1" << true << "plus sign"
                                                         << "plus";
        QTest::newRow("negative where not allowed") << "-1" << false << "negative"
                                                    << "negative";
        QTest::newRow("trailing minus") << "1-" << true << "minus sign at 2"
                                        << "out of place";
        QTest::newRow("double minus") << "--1" << true << "minus sign at 2"
                                      << "out of place";
        QTest::newRow("starts with point") << ".5" << false << "starts with the point"
                                           << "starts with a decimal point";
        QTest::newRow("negative starts with point") << "-.5" << true << "starts with the point"
                                                    << "decimal point";
        QTest::newRow("ends with point") << "5." << false << "ends with the point"
                                         << "ends with a decimal point";
        QTest::newRow("two points") << "1.2.3" << false << "second decimal point at 4"
                                    << "more than one";
        QTest::newRow("leading zero") << "01" << false << "leading zero"
                                      << "superfluous zero";
        QTest::newRow("leading zeros before point") << "00.5" << false << "leading zero"
                                                    << "superfluous zero";
        QTest::newRow("negative leading zero") << "-07" << true << "leading zero"
                                               << "superfluous zero";
        QTest::newRow("seven decimals") << "1.1234567" << false << "7 decimals, at most 6"
                                        << "USDT has at most 6";
        QTest::newRow("zeros count as decimals") << "1.0000000" << false << "7 decimals"
                                                 << "this number has 7";
        QTest::newRow("hex") << "0x10" << false << "character U+0078 at 2"
                             << "does not belong";
        QTest::newRow("NaN") << "NaN" << false << "character U+004e at 1"
                             << "does not belong";
        QTest::newRow("Infinity") << "Infinity" << false << "character U+0049"
                                  << "does not belong";
        QTest::newRow("currency sign") << "$1.50" << false << "character U+0024 at 1"
                                       << "“$”";
        QTest::newRow("yuan sign after") << "1.50\u00a5" << false << "character U+00a5 at 5"
                                         << "does not belong";
        QTest::newRow("2^256") << QStringLiteral(
            "115792089237316195423570985008687907853269984665640564039457584007913129639936")
                               << false << "more than 256 bits"
                               << "too large";
        QTest::newRow("79 digits") << QStringLiteral("9").repeated(79) << false << "more than 256 bits"
                                   << "too large";
        QTest::newRow("too long") << QStringLiteral("1").repeated(161) << false << "161 characters"
                                  << "too long";
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowNegative);
        QFETCH(QString, why);
        QFETCH(QString, shown);
        const auto parsed = Decimal::parse(text, rules(6, allowNegative));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
        QVERIFY2(
            parsed.error().userMessage.contains(shown, Qt::CaseInsensitive), qPrintable(parsed.error().userMessage));
        QVERIFY(!parsed.error().hint.isEmpty());
    }

    void wholeNumbersOnly()
    {
        const auto parsed = Decimal::parse(u"1.5", {.maxScale = 0, .allowNegative = false, .unitName = {}});
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().userMessage.contains(QStringLiteral("at most 0 decimal")),
            qPrintable(parsed.error().userMessage));
        KASSA_VERIFY_OK(Decimal::parse(u"15", {.maxScale = 0, .allowNegative = false, .unitName = {}}));
    }

    void divideRounded_data()
    {
        QTest::addColumn<QString>("numerator");
        QTest::addColumn<QString>("denominator");
        QTest::addColumn<QString>("down");
        QTest::addColumn<QString>("up");
        QTest::addColumn<QString>("halfUp");
        QTest::addColumn<QString>("halfEven");
        QTest::newRow("exact") << "12"
                               << "4"
                               << "3"
                               << "3"
                               << "3"
                               << "3";
        QTest::newRow("below half") << "13"
                                    << "4"
                                    << "3"
                                    << "4"
                                    << "3"
                                    << "3";
        QTest::newRow("tie, even below") << "10"
                                         << "4"
                                         << "2"
                                         << "3"
                                         << "3"
                                         << "2";
        QTest::newRow("tie, odd below") << "14"
                                        << "4"
                                        << "3"
                                        << "4"
                                        << "4"
                                        << "4";
        QTest::newRow("above half") << "15"
                                    << "4"
                                    << "3"
                                    << "4"
                                    << "4"
                                    << "4";
        QTest::newRow("zero") << "0"
                              << "7"
                              << "0"
                              << "0"
                              << "0"
                              << "0";
        QTest::newRow("below one") << "1"
                                   << "3"
                                   << "0"
                                   << "1"
                                   << "0"
                                   << "0";
        QTest::newRow("half of one") << "1"
                                     << "2"
                                     << "0"
                                     << "1"
                                     << "1"
                                     << "0";
        QTest::newRow("wide divisor tie") << "340282366920938463463374607431768211456" // 2^128
                                          << "680564733841876926926749214863536422912" // 2^129
                                          << "0"
                                          << "1"
                                          << "1"
                                          << "0";
        QTest::newRow("max / 2") << kMax << "2"
                                 << "57896044618658097711785492504343953926634992332820282019728792003956564819967"
                                 << "57896044618658097711785492504343953926634992332820282019728792003956564819968"
                                 << "57896044618658097711785492504343953926634992332820282019728792003956564819968"
                                 << "57896044618658097711785492504343953926634992332820282019728792003956564819968";
    }
    void divideRounded()
    {
        QFETCH(QString, numerator);
        QFETCH(QString, denominator);
        QFETCH(QString, down);
        QFETCH(QString, up);
        QFETCH(QString, halfUp);
        QFETCH(QString, halfEven);
        const UInt256 n = dec(numerator);
        const UInt256 d = dec(denominator);
        QCOMPARE(money::divideRounded(n, d, Rounding::Down)->toDecimal(), down);
        QCOMPARE(money::divideRounded(n, d, Rounding::Up)->toDecimal(), up);
        QCOMPARE(money::divideRounded(n, d, Rounding::HalfUp)->toDecimal(), halfUp);
        QCOMPARE(money::divideRounded(n, d, Rounding::HalfEven)->toDecimal(), halfEven);
    }

    void divideRoundedEdges()
    {
        QVERIFY(!money::divideRounded(UInt256(1), UInt256(), Rounding::Down));
        // max / 1 has nothing to round; max / (max − 1) rounds up to 2.
        QCOMPARE(*money::divideRounded(UInt256::max(), UInt256(1), Rounding::Up), UInt256::max());
        QCOMPARE(
            *money::divideRounded(UInt256::max(), *UInt256::max().checkedSub(UInt256(1)), Rounding::Up), UInt256(2));
    }

    void rescaled()
    {
        const Decimal d = Decimal::parse(u"12.345678", rules(6)).value();
        QCOMPARE(d.rescaled(2, Rounding::Down)->toString(), QStringLiteral("12.34"));
        QCOMPARE(d.rescaled(2, Rounding::Up)->toString(), QStringLiteral("12.35"));
        QCOMPARE(d.rescaled(2, Rounding::HalfUp)->toString(), QStringLiteral("12.35"));
        QCOMPARE(d.rescaled(0, Rounding::HalfEven)->toString(), QStringLiteral("12"));
        QCOMPARE(d.rescaled(8, Rounding::Down)->toString(), QStringLiteral("12.34567800"));
        const Decimal negative = Decimal::parse(u"-2.5", rules(6, true)).value();
        // Modes act on the magnitude: Up moves away from zero.
        QCOMPARE(negative.rescaled(0, Rounding::Up)->toString(), QStringLiteral("-3"));
        QCOMPARE(negative.rescaled(0, Rounding::Down)->toString(), QStringLiteral("-2"));
        QCOMPARE(negative.rescaled(0, Rounding::HalfEven)->toString(), QStringLiteral("-2"));
        // -0.4 rounded down is zero, and zero is never negative.
        const Decimal small = Decimal::parse(u"-0.4", rules(6, true)).value();
        QCOMPARE(small.rescaled(0, Rounding::Down)->toString(), QStringLiteral("0"));
        QVERIFY(!small.rescaled(0, Rounding::Down)->isNegative());
        QVERIFY(!Decimal(UInt256::max(), 0).rescaled(1, Rounding::Down));
    }

    void equality()
    {
        QCOMPARE(Decimal::parse(u"1.5", rules(6)).value(), Decimal::parse(u"1.500", rules(6)).value());
        QVERIFY(Decimal::parse(u"1.5", rules(6)).value() != Decimal::parse(u"1.05", rules(6)).value());
        QCOMPARE(Decimal::parse(u"-0", rules(6, true)).value(), Decimal::parse(u"0.0", rules(6)).value());
        QVERIFY(Decimal::parse(u"-1", rules(6, true)).value() != Decimal::parse(u"1", rules(6)).value());
    }

    void roundingNames()
    {
        for (Rounding mode : {Rounding::Down, Rounding::Up, Rounding::HalfUp, Rounding::HalfEven})
            QCOMPARE(money::roundingFromName(money::roundingName(mode)), mode);
        QVERIFY(!money::roundingFromName(u"nearest"));
    }

    // Whatever digits and point position: the text goes in and comes out the same.
    void randomRoundTrip()
    {
        QRandomGenerator rng(31337);
        for (int i = 0; i < 5000; ++i) {
            const int intDigits = 1 + int(rng.bounded(40));
            const int fracDigits = int(rng.bounded(30));
            QString text;
            text += QChar(u'1' + char16_t(rng.bounded(9)));
            for (int k = 1; k < intDigits; ++k)
                text += QChar(u'0' + char16_t(rng.bounded(10)));
            if (rng.bounded(4) == 0)
                text = QStringLiteral("0");
            if (fracDigits > 0) {
                text += QLatin1Char('.');
                for (int k = 0; k < fracDigits; ++k)
                    text += QChar(u'0' + char16_t(rng.bounded(10)));
            }
            const bool negative = rng.bounded(2) == 0;
            if (negative)
                text.prepend(QLatin1Char('-'));
            const auto parsed = Decimal::parse(text, rules(30, true));
            KASSA_VERIFY_OK(parsed);
            if (parsed->isZero())
                QCOMPARE(parsed->toString(), text.mid(negative ? 1 : 0));
            else
                QCOMPARE(parsed->toString(), text);
            const auto again = Decimal::parse(parsed->toShortString(), rules(30, true));
            KASSA_VERIFY_OK(again);
            QCOMPARE(again.value(), parsed.value());
        }
    }
};

KASSA_TEST_MAIN(TestDecimal)
#include "tst_decimal.moc"
