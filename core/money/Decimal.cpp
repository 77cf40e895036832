#include "money/Decimal.h"

#include <QChar>

namespace kassa::money {

namespace {

constexpr int kMaxScale = UInt256::MaxDecimalDigits - 1; // 10^77 is the largest power of ten in 256 bits

Error parseError(const QString &english, const QString &shown, const QString &hint)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("decimal: ") + english, shown, hint);
}

QString plainFormHint()
{
    return Decimal::tr("Write the number with the digits 0-9 and at most one decimal point, for example 1234.56.");
}

enum class CharKind { Digit, Point, Minus, Plus, Exponent, Separator, Space, Invisible, ForeignDigit, Other };

CharKind classify(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return CharKind::Digit;
    switch (c) {
    case U'.': return CharKind::Point;
    case U'-': return CharKind::Minus;
    case U'+': return CharKind::Plus;
    case U'e':
    case U'E': return CharKind::Exponent;
    case U',': // thousands separator or decimal comma
    case U'\'': // Swiss thousands separator
    case U'_': // programmers' digit separator
    case U'\u2019': // right single quotation mark (Swiss, typeset)
    case U'\u066B': // Arabic decimal separator
    case U'\u066C': // Arabic thousands separator
    case U'\u3001': // ideographic comma
    case U'\uFF0C': // full-width comma
    case U'\uFF0E': // full-width full stop
    case U'\u3002': // ideographic full stop
        return CharKind::Separator;
    default: break;
    }
    if (QChar::isSpace(c))
        return CharKind::Space; // includes no-break, thin and ideographic spaces, tabs and line breaks
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Format || category == QChar::Other_Control)
        return CharKind::Invisible; // zero-width space, BOM, direction marks, control characters
    if (QChar::isNumber(c))
        return CharKind::ForeignDigit; // full-width, Arabic-Indic, Devanagari, superscript digits …
    return CharKind::Other;
}

} // namespace

QString roundingName(Rounding mode)
{
    switch (mode) {
    case Rounding::Down: return QStringLiteral("down");
    case Rounding::Up: return QStringLiteral("up");
    case Rounding::HalfUp: return QStringLiteral("half-up");
    case Rounding::HalfEven: return QStringLiteral("half-even");
    }
    return QString();
}

std::optional<Rounding> roundingFromName(QStringView name)
{
    for (Rounding mode : {Rounding::Down, Rounding::Up, Rounding::HalfUp, Rounding::HalfEven}) {
        if (name == roundingName(mode))
            return mode;
    }
    return std::nullopt;
}

std::optional<UInt256> divideRounded(const UInt256 &numerator, const UInt256 &denominator, Rounding mode)
{
    const auto qr = numerator.divMod(denominator);
    if (!qr)
        return std::nullopt;
    const auto &[quotient, remainder] = *qr;
    if (remainder.isZero())
        return quotient;
    // Compare the remainder with what is left to the next multiple, so that
    // 2·remainder never has to be formed (it could overflow 256 bits).
    const UInt256 toNext = *denominator.checkedSub(remainder);
    bool up = false;
    switch (mode) {
    case Rounding::Down: up = false; break;
    case Rounding::Up: up = true; break;
    case Rounding::HalfUp: up = remainder >= toNext; break;
    case Rounding::HalfEven: up = remainder > toNext || (remainder == toNext && (quotient.lowUInt64() & 1) != 0); break;
    }
    if (!up)
        return quotient;
    return quotient.checkedAdd(UInt256(1));
}

namespace detail {

QString placePoint(const QString &digits, int scale)
{
    if (scale <= 0)
        return digits;
    if (digits.size() <= scale)
        return QStringLiteral("0.") + QString(scale - digits.size(), QLatin1Char('0')) + digits;
    return digits.left(digits.size() - scale) + QLatin1Char('.') + digits.right(scale);
}

} // namespace detail

Decimal::Decimal(const UInt256 &coefficient, int scale, bool negative)
    : m_coefficient(coefficient), m_scale(scale), m_negative(negative && !coefficient.isZero())
{
    Q_ASSERT(scale >= 0 && scale <= kMaxScale);
}

Result<Decimal> Decimal::parse(QStringView text, const DecimalRules &rules)
{
    Q_ASSERT(rules.maxScale >= 0 && rules.maxScale <= kMaxScale);
    if (text.isEmpty())
        return parseError(QStringLiteral("empty"), tr("The number is empty."), tr("Enter a number such as 12.50."));
    if (text.size() > MaxTextLength) {
        return parseError(QStringLiteral("%1 characters").arg(text.size()),
            tr("The number is too long (%1 characters).").arg(text.size()),
            tr("Check what was pasted into the field."));
    }

    // One pass over the code points; the first character that does not
    // belong decides the message. Positions count characters from 1.
    bool negative = false;
    qsizetype pointAt = -1; // index into `text`
    qsizetype digitsStart = 0;
    int position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
        ++position;
        switch (classify(c)) {
        case CharKind::Digit: break;
        case CharKind::Point:
            if (pointAt >= 0) {
                return parseError(QStringLiteral("second decimal point at %1").arg(position),
                    tr("The number has more than one decimal point."), plainFormHint());
            }
            pointAt = i;
            break;
        case CharKind::Minus:
            if (i != 0) {
                return parseError(QStringLiteral("minus sign at %1").arg(position),
                    tr("The minus sign at character %1 is out of place.").arg(position),
                    tr("A minus sign may only stand in front of the number."));
            }
            if (!rules.allowNegative) {
                return parseError(QStringLiteral("negative"),
                    tr("The number is negative; a negative value is not "
                       "allowed here."),
                    tr("Leave out the minus sign."));
            }
            negative = true;
            digitsStart = 1;
            break;
        case CharKind::Plus:
            return parseError(QStringLiteral("plus sign at %1").arg(position),
                tr("The number has a plus sign at character %1.").arg(position), tr("Leave out the plus sign."));
        case CharKind::Exponent:
            return parseError(QStringLiteral("exponent at %1").arg(position),
                tr("The number is written with an exponent (the “e” at character %1).").arg(position),
                tr("Write out all the digits, for example 1000000 instead of 1e6."));
        case CharKind::Separator:
            return parseError(
                QStringLiteral("separator U+%1 at %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(position),
                tr("The number contains a separator (“%1”) at character %2.")
                    .arg(QString::fromUcs4(&c, 1))
                    .arg(position),
                tr("Leave out thousands separators and use a point for decimals, for example 1234.56."));
        case CharKind::Space:
            return parseError(QStringLiteral("space U+%1 at %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(position),
                tr("The number contains a space or line break at character %1.").arg(position),
                tr("Remove all spaces, also before and after the number."));
        case CharKind::Invisible:
            return parseError(
                QStringLiteral("invisible U+%1 at %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(position),
                tr("The number contains an invisible character at character %1.").arg(position),
                tr("Type the number again instead of pasting it."));
        case CharKind::ForeignDigit:
            return parseError(
                QStringLiteral("non-ASCII digit U+%1 at %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(position),
                tr("Character %1 is a full-width digit or a digit from another script.").arg(position),
                tr("Type the number with the digits 0-9."));
        case CharKind::Other:
            return parseError(
                QStringLiteral("character U+%1 at %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(position),
                tr("Character %1 (“%2”) does not belong in a number.").arg(position).arg(QString::fromUcs4(&c, 1)),
                plainFormHint());
        }
        if (c > 0xffff)
            ++i; // the low surrogate
    }

    const QStringView whole = text.mid(digitsStart, (pointAt >= 0 ? pointAt : text.size()) - digitsStart);
    const QStringView fraction = pointAt >= 0 ? text.mid(pointAt + 1) : QStringView();
    if (whole.isEmpty() && fraction.isEmpty())
        return parseError(QStringLiteral("no digits"), tr("The number has no digits."), plainFormHint());
    if (whole.isEmpty()) {
        return parseError(QStringLiteral("starts with the point"), tr("The number starts with a decimal point."),
            tr("Write a zero in front of the point, for example 0.5."));
    }
    if (pointAt >= 0 && fraction.isEmpty()) {
        return parseError(QStringLiteral("ends with the point"), tr("The number ends with a decimal point."),
            tr("Write digits after the point or leave the point out, for example 5 or 5.0."));
    }
    if (whole.size() > 1 && whole[0] == u'0') {
        return parseError(QStringLiteral("leading zero"), tr("The number starts with a superfluous zero."),
            tr("Leave out leading zeros, for example 7.5 instead of 07.5."));
    }
    if (fraction.size() > rules.maxScale) {
        //: Subject of “%1 has at most %n decimal place(s)” when no currency is named
        const QString unit = rules.unitName.isEmpty() ? tr("This number") : rules.unitName;
        return parseError(QStringLiteral("%1 decimals, at most %2 allowed").arg(fraction.size()).arg(rules.maxScale),
            //: %1 is a currency such as USDT or CNY, or “This number” / “A rate”; %2 is how many decimals were typed
            tr("%1 has at most %n decimal place(s); this number has %2.", nullptr, rules.maxScale)
                .arg(unit)
                .arg(fraction.size()),
            tr("Round the number, or check that it is in the right currency."));
    }

    // The coefficient is every digit without the point and without the
    // leading zeros of a value below one ("0.05" → 5, scale 2).
    QString digits = whole.toString() + fraction.toString();
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == u'0')
        ++firstNonZero;
    digits.remove(0, firstNonZero);
    const Result<UInt256> coefficient = UInt256::parseDecimal(digits);
    if (!coefficient) {
        return parseError(QStringLiteral("more than 256 bits"), tr("The number is too large."),
            tr("Check the number; no amount comes anywhere near this size."));
    }
    return Decimal(coefficient.value(), int(fraction.size()), negative);
}

QString Decimal::toString() const
{
    const QString text = detail::placePoint(m_coefficient.toDecimal(), m_scale);
    return m_negative ? QLatin1Char('-') + text : text;
}

QString Decimal::toShortString() const
{
    return normalized().toString();
}

Decimal Decimal::normalized() const
{
    Decimal out = *this;
    while (out.m_scale > 0) {
        const auto [quotient, remainder] = out.m_coefficient.divModSmall(10);
        if (remainder != 0)
            break;
        out.m_coefficient = quotient;
        --out.m_scale;
    }
    return out;
}

std::optional<Decimal> Decimal::rescaled(int scale, Rounding mode) const
{
    Q_ASSERT(scale >= 0 && scale <= kMaxScale);
    if (scale >= m_scale) {
        const auto widened = m_coefficient.checkedMul(UInt256::pow10(scale - m_scale));
        if (!widened)
            return std::nullopt;
        return Decimal(*widened, scale, m_negative);
    }
    const auto narrowed = divideRounded(m_coefficient, UInt256::pow10(m_scale - scale), mode);
    if (!narrowed)
        return std::nullopt;
    return Decimal(*narrowed, scale, m_negative);
}

bool Decimal::operator==(const Decimal &other) const
{
    const Decimal a = normalized();
    const Decimal b = other.normalized();
    return a.m_negative == b.m_negative && a.m_scale == b.m_scale && a.m_coefficient == b.m_coefficient;
}

} // namespace kassa::money
