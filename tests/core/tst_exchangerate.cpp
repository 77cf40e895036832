// ExchangeRate: strict rates, fiat → asset and back with the rounding mode
// named at each call, and a differential check against Python's decimal
// module on random prices and rates.
#include "TestSupport.h"
#include "money/ExchangeRate.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace kassa;
using money::Amount;
using money::Asset;
using money::ExchangeRate;
using money::Rounding;
using money::UInt256;

Q_DECLARE_METATYPE(money::Rounding)

namespace {

const Asset kUsdt = Asset::usdt6();
const Asset kUsdtBsc = Asset::usdt18();
const Asset kCny {QStringLiteral("CNY"), 2};
const QDateTime kAt = QDateTime::fromSecsSinceEpoch(1714550400, Qt::UTC);

ExchangeRate rate(const QString &text, const QString &fiat = QStringLiteral("CNY"))
{
    auto r = ExchangeRate::create(text, fiat, QStringLiteral("USDT"), QStringLiteral("manual"), kAt);
    if (!r.ok())
        qFatal("bad test rate %s", qPrintable(text));
    return r.value();
}

Amount cny(const char *text)
{
    return Amount::parse(QString::fromLatin1(text), kCny).value();
}

} // namespace

class TestExchangeRate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatItWasGiven()
    {
        const ExchangeRate r = rate(QStringLiteral("7.2345"));
        QCOMPARE(r.toString(), QStringLiteral("7.2345"));
        QCOMPARE(r.fiat(), QStringLiteral("CNY"));
        QCOMPARE(r.asset(), QStringLiteral("USDT"));
        QCOMPARE(r.source(), QStringLiteral("manual"));
        QCOMPARE(r.observedAt(), kAt);
        QCOMPARE(r.ageSeconds(kAt.addSecs(90)), qint64(90));
    }

    void refusesBadRates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fiat");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("why");
        QTest::newRow("zero") << "0"
                              << "CNY"
                              << "manual"
                              << "zero";
        QTest::newRow("zero with decimals") << "0.0000"
                                            << "CNY"
                                            << "manual"
                                            << "zero";
        QTest::newRow("negative") << "-7.2"
                                  << "CNY"
                                  << "manual"
                                  << "negative";
        QTest::newRow("comma") << "7,2345"
                               << "CNY"
                               << "manual"
                               << "separator";
        QTest::newRow("exponent") << "7.2e0"
                                  << "CNY"
                                  << "manual"
                                  << "exponent";
        QTest::newRow("space") << " 7.2"
                               << "CNY"
                               << "manual"
                               << "space";
        QTest::newRow("19 decimals") << "7.1234567890123456789"
                                     << "CNY"
                                     << "manual"
                                     << "19 decimals";
        QTest::newRow("empty") << ""
                               << "CNY"
                               << "manual"
                               << "empty";
        QTest::newRow("lower-case code") << "7.2"
                                         << "cny"
                                         << "manual"
                                         << "fiat code";
        QTest::newRow("long code") << "7.2"
                                   << "CNYX"
                                   << "manual"
                                   << "fiat code";
        QTest::newRow("no source") << "7.2"
                                   << "CNY"
                                   << ""
                                   << "no source";
    }
    void refusesBadRates()
    {
        QFETCH(QString, text);
        QFETCH(QString, fiat);
        QFETCH(QString, source);
        QFETCH(QString, why);
        const auto r = ExchangeRate::create(text, fiat, QStringLiteral("USDT"), source, kAt);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
        QVERIFY(!r.error().userMessage.isEmpty());
        QVERIFY(
            !ExchangeRate::create(u"7", QStringLiteral("CNY"), QStringLiteral("USDT"), QStringLiteral("m"), QDateTime())
                 .ok());
    }

    void fiatToAsset_data()
    {
        QTest::addColumn<QString>("fiat");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<int>("places");
        QTest::addColumn<Rounding>("mode");
        QTest::addColumn<QString>("expected");
        // 100.50 / 7.2345 = 13.8917686087497408…
        QTest::newRow("up, 2 places") << "100.50"
                                      << "7.2345" << 2 << Rounding::Up << "13.9";
        QTest::newRow("half-up, 2 places") << "100.50"
                                           << "7.2345" << 2 << Rounding::HalfUp << "13.89";
        QTest::newRow("down, 2 places") << "100.50"
                                        << "7.2345" << 2 << Rounding::Down << "13.89";
        QTest::newRow("up, 6 places") << "100.50"
                                      << "7.2345" << 6 << Rounding::Up << "13.891769";
        QTest::newRow("half-even, 6 places") << "100.50"
                                             << "7.2345" << 6 << Rounding::HalfEven << "13.891769";
        QTest::newRow("exact") << "72.34"
                               << "7.234" << 2 << Rounding::Up << "10";
        // 1 / 8 = 0.125: the tie decides.
        QTest::newRow("tie half-up") << "1"
                                     << "8" << 2 << Rounding::HalfUp << "0.13";
        QTest::newRow("tie half-even") << "1"
                                       << "8" << 2 << Rounding::HalfEven << "0.12";
        QTest::newRow("tie up") << "1"
                                << "8" << 2 << Rounding::Up << "0.13";
        QTest::newRow("tie down") << "1"
                                  << "8" << 2 << Rounding::Down << "0.12";
        QTest::newRow("tiny price rounds up to one step") << "0.01"
                                                          << "7.2345" << 2 << Rounding::Up << "0.01";
        QTest::newRow("tiny price rounds down to nothing") << "0.01"
                                                           << "7.2345" << 2 << Rounding::HalfUp << "0";
        QTest::newRow("rate below one") << "100"
                                        << "0.137" << 2 << Rounding::Up << "729.93";
        QTest::newRow("eighteen-decimal rate")
            << "1"
            << "0.000000000000000001" << 0 << Rounding::Down << "1000000000000000000";
    }
    void fiatToAsset()
    {
        QFETCH(QString, fiat);
        QFETCH(QString, rate);
        QFETCH(int, places);
        QFETCH(Rounding, mode);
        QFETCH(QString, expected);
        const auto a = ::rate(rate).toAsset(Amount::parse(fiat, kCny).value(), kUsdt, places, mode);
        KASSA_VERIFY_OK(a);
        QCOMPARE(a->toString(), expected);
        QCOMPARE(a->asset(), kUsdt);
    }

    void orderRoundingNeverShortchangesTheMerchant()
    {
        // With the order mode, the asset amount is worth at least the price.
        QCOMPARE(money::OrderRounding, Rounding::Up);
        const ExchangeRate r = rate(QStringLiteral("7.2345"));
        const Amount price = cny("100.50");
        const Amount usdt = r.toAsset(price, kUsdt, 2, money::OrderRounding).value();
        const Amount back = r.toFiat(usdt, kCny, 2, Rounding::Down).value();
        QVERIFY2(back >= price, qPrintable(back.toString()));
    }

    void toAnEighteenDecimalAsset()
    {
        const ExchangeRate r = rate(QStringLiteral("7.2345"));
        const auto a = r.toAsset(cny("100.50"), kUsdtBsc, 2, Rounding::Up);
        KASSA_VERIFY_OK(a);
        QCOMPARE(a->units().toDecimal(), QStringLiteral("13900000000000000000"));
        QCOMPARE(r.toAsset(cny("100.50"), kUsdtBsc, 18, Rounding::Down)->toString(),
            QStringLiteral("13.891768608749740825"));
    }

    void assetToFiat()
    {
        const ExchangeRate r = rate(QStringLiteral("7.2345"));
        const Amount usdt = Amount::parse(u"13.89", kUsdt).value();
        // 13.89 × 7.2345 = 100.487205
        QCOMPARE(r.toFiat(usdt, kCny, 2, Rounding::Down)->toString(), QStringLiteral("100.48"));
        QCOMPARE(r.toFiat(usdt, kCny, 2, Rounding::HalfUp)->toString(), QStringLiteral("100.49"));
        QCOMPARE(r.toFiat(usdt, kCny, 2, Rounding::Up)->toString(), QStringLiteral("100.49"));
        const Asset fine {QStringLiteral("CNY"), 8};
        QCOMPARE(r.toFiat(usdt, fine, 8, Rounding::Down)->toString(), QStringLiteral("100.487205"));
    }

    void refusesTheWrongCurrencies()
    {
        const ExchangeRate r = rate(QStringLiteral("7.2345"));
        const Amount usd = Amount::parse(u"10", {QStringLiteral("USD"), 2}).value();
        const auto wrong = r.toAsset(usd, kUsdt, 2, Rounding::Up);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().userMessage.contains(QStringLiteral("USD")));
        QVERIFY(!r.toAsset(cny("1"), {QStringLiteral("USDC"), 6}, 2, Rounding::Up).ok());
        QVERIFY(!r.toAsset(cny("1"), kUsdt, 7, Rounding::Up).ok()); // more places than USDT has
        QVERIFY(!r.toAsset(cny("1"), kUsdt, -1, Rounding::Up).ok());
        QVERIFY(!r.toFiat(cny("1"), kCny, 2, Rounding::Up).ok());
        QVERIFY(!ExchangeRate().toAsset(cny("1"), kUsdt, 2, Rounding::Up).ok());
    }

    void overflowIsAnError()
    {
        const ExchangeRate r = rate(QStringLiteral("0.000000000000000001"));
        const Amount huge = Amount::fromUnits(UInt256::max(), kCny).value();
        QVERIFY(!r.toAsset(huge, kUsdt, 6, Rounding::Up).ok());
        const ExchangeRate big = rate(QStringLiteral("99999999999999999999"));
        QVERIFY(!big.toFiat(Amount::fromUnits(UInt256::max(), kUsdt).value(), kCny, 2, Rounding::Up).ok());
    }

    void agreesWithPython()
    {
        QRandomGenerator rng(8080);
        struct Case {
            Amount fiat;
            ExchangeRate rate;
            int places;
        };
        QList<Case> cases;
        QStringList lines;
        for (int i = 0; i < 3000; ++i) {
            const Amount fiat =
                Amount::fromUnits(UInt256(rng.bounded(Q_UINT64_C(1) << 40)) /* up to ~10^10 CNY */, kCny).value();
            const int rateScale = int(rng.bounded(9));
            QString rateText = QString::number(1 + rng.bounded(Q_UINT64_C(999999999)));
            if (rateScale > 0)
                rateText = money::detail::placePoint(rateText, rateScale);
            const ExchangeRate r = rate(rateText);
            const int places = int(rng.bounded(7));
            cases.append({fiat, r, places});
            lines << fiat.toFixedString() + QLatin1Char(' ') + r.toString() + QLatin1Char(' ')
                    + QString::number(places);
        }
        QProcess python;
        python.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import sys, decimal as d\n"
                               "d.getcontext().prec = 200\n"
                               "modes = [d.ROUND_DOWN, d.ROUND_UP, d.ROUND_HALF_UP, d.ROUND_HALF_EVEN]\n"
                               "for l in sys.stdin:\n"
                               "  f, r, p = l.split(); q = d.Decimal(1).scaleb(-int(p))\n"
                               "  x = d.Decimal(f) / d.Decimal(r)\n"
                               "  y = d.Decimal(f) * d.Decimal(r)\n"
                               "  print(' '.join(format(x.quantize(q, rounding=m), 'f') for m in modes),"
                               " ' '.join(format(y.quantize(q, rounding=m), 'f') for m in modes))\n")});
        QVERIFY(python.waitForStarted());
        python.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        const QStringList answers =
            QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(answers.size(), cases.size());
        const Rounding modes[] = {Rounding::Down, Rounding::Up, Rounding::HalfUp, Rounding::HalfEven};
        const Asset wideFiat {QStringLiteral("CNY"), 6};
        for (int i = 0; i < cases.size(); ++i) {
            const QStringList expected = answers[i].split(QLatin1Char(' '));
            const Case &c = cases[i];
            for (int m = 0; m < 4; ++m) {
                const auto a = c.rate.toAsset(c.fiat, kUsdt, c.places, modes[m]);
                KASSA_VERIFY_OK(a);
                QCOMPARE(a->toString(c.places, Rounding::Down), expected[m]);
                // toFiat needs the "asset" side: the same units read as USDT.
                const Amount asUsdt = Amount::parse(c.fiat.toString(), kUsdt).value();
                const auto f = c.rate.toFiat(asUsdt, wideFiat, c.places, modes[m]);
                KASSA_VERIFY_OK(f);
                QCOMPARE(f->toString(c.places, Rounding::Down), expected[4 + m]);
            }
        }
    }
};

KASSA_TEST_MAIN(TestExchangeRate)
#include "tst_exchangerate.moc"
