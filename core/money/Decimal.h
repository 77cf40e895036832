// Decimal: an exact decimal number, coefficient × 10^−scale with a sign, and
// the one strict parser of decimal text that amounts, exchange rates and the
// accounting type share. It exists so that a number a person or a storefront
// typed never passes through binary floating point: "0.1" is exactly
// 1 × 10^−1 here, not 0.1000000000000000055….
//
// The parser accepts only the plain form: an optional '-' (where the caller
// allows it), ASCII digits, at most one '.', with a digit on both sides of
// the point and no superfluous leading zero ("0.5", "12", "100.50"). Anything
// else is refused with a message that says what is wrong and where: spaces of
// any kind (leading, trailing, inner, no-break, ideographic), invisible
// characters, thousands separators and decimal commas, exponents, '+',
// full-width or other non-ASCII digits, an empty text or a lone point. Refusing
// "1,000" is deliberate: it means 1000 in one country and 1.000 in another.
//
// Rounding is never implicit: every operation that can lose digits takes a
// Rounding mode from its caller.
#pragma once

#include "base/Result.h"
#include "money/UInt256.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace kassa::money {

//! How an exact quotient is brought to fewer digits. The modes act on the
//! magnitude (they are symmetric around zero); Kassa's amounts that get
//! rounded are never negative, so Up is the ceiling and Down the floor there.
enum class Rounding {
    Down, //!< toward zero: drop the extra digits (truncate)
    Up, //!< away from zero: any non-zero remainder adds one unit (ceiling)
    HalfUp, //!< to nearest; a tie goes away from zero (school rounding)
    HalfEven, //!< to nearest; a tie goes to the even neighbour (banker's rounding)
};

//! "down", "up", "half-up", "half-even" (for logs and settings).
QString roundingName(Rounding mode);
//! The inverse of roundingName(); nullopt for anything else.
std::optional<Rounding> roundingFromName(QStringView name);

//! q = n / d rounded by `mode`. nullopt if d is zero or q + 1 overflows.
std::optional<UInt256> divideRounded(const UInt256 &numerator, const UInt256 &denominator, Rounding mode);

//! What the parser accepts beyond the plain unsigned form.
struct DecimalRules {
    //! At most this many digits after the point (0 means whole numbers).
    int maxScale = 0;
    //! A leading '-' is allowed ('+' never is). "-0" reads as zero.
    bool allowNegative = false;
    //! Shown in the "too many decimals" message, e.g. "USDT" or "CNY".
    QString unitName;
};

class Decimal
{
    Q_DECLARE_TR_FUNCTIONS(kassa::money::Decimal)

public:
    //! Longer text is refused before it is read (no real amount comes close).
    static constexpr qsizetype MaxTextLength = 160;

    Decimal() = default;
    //! coefficient × 10^−scale, negative if `negative` (a zero is never negative).
    Decimal(const UInt256 &coefficient, int scale, bool negative = false);

    //! Strict parse; see the header comment. The value keeps the scale it was
    //! written with ("1.50" has scale 2), zero is never negative.
    static Result<Decimal> parse(QStringView text, const DecimalRules &rules);

    const UInt256 &coefficient() const { return m_coefficient; }
    int scale() const { return m_scale; }
    bool isNegative() const { return m_negative; }
    bool isZero() const { return m_coefficient.isZero(); }

    //! The exact text with the scale it has ("1.50" stays "1.50").
    QString toString() const;
    //! The exact text without trailing zeros in the fraction ("1.50" → "1.5",
    //! "2.00" → "2").
    QString toShortString() const;

    //! The same value with the fewest digits after the point.
    Decimal normalized() const;
    //! The value at exactly `scale` digits after the point, rounded by `mode`
    //! when that drops digits; nullopt if it does not fit 256 bits.
    std::optional<Decimal> rescaled(int scale, Rounding mode) const;

    //! Equal values compare equal whatever their scale ("1.5" == "1.50").
    bool operator==(const Decimal &other) const;

private:
    UInt256 m_coefficient;
    int m_scale = 0;
    bool m_negative = false;
};

namespace detail {
//! Digits of `value` with a point inserted `scale` places from the right
//! (zero-padded on the left: 5 with scale 3 is "0.005").
QString placePoint(const QString &digits, int scale);
} // namespace detail

} // namespace kassa::money
