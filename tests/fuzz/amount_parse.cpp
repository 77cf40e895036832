// Fuzz target: the money parsers that take outside text — Amount::parse
// (every decimals setting Kassa uses), SignedAmount::parse, ExchangeRate
// rates and WireNumber::signingText (the Epusdt JSON-number rule). Beyond
// "no crash, no sanitizer report": whatever parses must print back to text
// that parses to the same value; the accepted text must be the plain form;
// and the Go wire text must be a fixed-notation JSON number that maps to
// itself.
#include "money/Amount.h"
#include "money/ExchangeRate.h"
#include "money/WireNumber.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa::money;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "amount_parse invariant violated: %s\n", what);
        std::abort();
    }
}

bool isPlainForm(const QString &text, bool allowMinus)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool ok = (c >= u'0' && c <= u'9') || c == u'.' || (allowMinus && i == 0 && c == u'-');
        if (!ok)
            return false;
    }
    return true;
}

void checkAmount(const QString &text, const Asset &asset)
{
    const kassa::Result<Amount> a = Amount::parse(text, asset);
    if (!a)
        return;
    require(isPlainForm(text, false), "accepted amount text has only digits and a point");
    const kassa::Result<Amount> shortForm = Amount::parse(a->toString(), asset);
    const kassa::Result<Amount> fixedForm = Amount::parse(a->toFixedString(), asset);
    require(shortForm && *shortForm == *a, "toString() re-parses to the same amount");
    require(fixedForm && *fixedForm == *a, "toFixedString() re-parses to the same amount");
    const int places = asset.decimals / 2;
    const kassa::Result<Amount> down = a->rounded(places, Rounding::Down);
    const kassa::Result<Amount> up = a->rounded(places, Rounding::Up);
    require(down && *down <= *a, "rounding down never increases");
    require(!up || *up >= *a, "rounding up never decreases");
    const QString wire = WireNumber::signingText(*a);
    require(!wire.contains(QLatin1Char('e')) && !wire.contains(QLatin1Char('E')), "wire text has no exponent");
    const kassa::Result<QString> again = WireNumber::signingText(wire);
    require(again && *again == wire, "wire text of an amount is a fixed point");
}

void checkSigned(const QString &text)
{
    const kassa::Result<SignedAmount> s = SignedAmount::parse(text, Asset::usdt18());
    if (!s)
        return;
    require(isPlainForm(text, true), "accepted signed text has only a minus, digits and a point");
    const kassa::Result<SignedAmount> back = SignedAmount::parse(s->toString(), Asset::usdt18());
    require(back && *back == *s, "signed amount round-trips");
    const kassa::Result<SignedAmount> negated = SignedAmount::parse(s->negated().toString(), Asset::usdt18());
    require(negated && negated->add(*s) && negated->add(*s)->isZero(), "x + (−x) is zero");
}

void checkRate(const QString &text)
{
    const kassa::Result<ExchangeRate> r = ExchangeRate::create(
        text, QStringLiteral("CNY"), QStringLiteral("USDT"), QStringLiteral("fuzz"), QDateTime::fromSecsSinceEpoch(0));
    if (!r)
        return;
    require(!r->rate().isZero() && !r->rate().isNegative(), "a rate is above zero");
    const Amount price = *Amount::parse(u"100.50", {QStringLiteral("CNY"), 2});
    const kassa::Result<Amount> up = r->toAsset(price, Asset::usdt6(), 2, Rounding::Up);
    const kassa::Result<Amount> down = r->toAsset(price, Asset::usdt6(), 2, Rounding::Down);
    require(up.ok() == down.ok(), "rounding mode does not decide whether a conversion fits");
    if (up && down) {
        const kassa::Result<Amount> step = Amount::parse(u"0.01", Asset::usdt6());
        require(*up >= *down && (*up == *down || *down->add(*step) == *up), "up and down differ by at most one step");
    }
}

void checkWire(const QString &text)
{
    const kassa::Result<QString> wire = WireNumber::signingText(text);
    if (!wire)
        return;
    require(isPlainForm(*wire, true), "wire text is fixed notation");
    const kassa::Result<QString> again = WireNumber::signingText(*wire);
    require(again && *again == *wire, "wire text maps to itself");
}

void exercise(const QString &text)
{
    checkAmount(text, Asset::usdt6());
    checkAmount(text, Asset::usdt18());
    checkAmount(text, {QStringLiteral("CNY"), 2});
    checkAmount(text, {QStringLiteral("JPY"), 0});
    checkSigned(text);
    checkRate(text);
    checkWire(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 2048) // the parsers refuse far shorter text
        return 0;
    const QByteArrayView raw(data, qsizetype(size));
    exercise(QString::fromUtf8(raw));
    exercise(QString::fromLatin1(raw));
    return 0;
}
