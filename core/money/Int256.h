// Int256: a checked signed integer of 256-bit magnitude, for accounting:
// differences between amounts (an underpayment is negative, an overpayment
// positive), running balances, corrections. On-chain values stay UInt256.
//
// It is sign and magnitude over UInt256, so its range is symmetric,
// −(2^256 − 1) … 2^256 − 1: every difference of two UInt256 values fits, and
// negation never overflows. 128 bits would do for today's amounts (BSC USDT's
// 18 decimals leave 2^127 / 10^18 ≈ 1.7·10^20 whole tokens), but then a
// difference of two valid on-chain values could fail; with the same width as
// UInt256 it cannot. As with UInt256 there are no wrapping operators: every
// operation that can overflow says so with std::nullopt. Zero is never
// negative.
#pragma once

#include "base/Result.h"
#include "money/UInt256.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace kassa::money {

class Int256
{
public:
    constexpr Int256() = default;
    Int256(std::int64_t value); // NOLINT: widening is exact
    //! `magnitude` with a sign; a zero magnitude is never negative.
    Int256(const UInt256 &magnitude, bool negative);

    static Int256 fromUnsigned(const UInt256 &value) { return Int256(value, false); }
    //! a − b, exact for every pair of UInt256 values.
    static Int256 difference(const UInt256 &a, const UInt256 &b);
    //! Decimal digits with an optional leading '-': no '+', spaces, separators
    //! or leading zeros; "-0" is zero.
    static Result<Int256> parseDecimal(QStringView text);

    const UInt256 &magnitude() const { return m_magnitude; }
    bool isNegative() const { return m_negative; }
    bool isZero() const { return m_magnitude.isZero(); }
    //! −1, 0 or 1.
    int sign() const { return isZero() ? 0 : (m_negative ? -1 : 1); }
    //! The value as a UInt256 if it is not negative.
    std::optional<UInt256> toUnsigned() const;

    Int256 negated() const { return Int256(m_magnitude, !m_negative); }
    std::optional<Int256> checkedAdd(const Int256 &other) const;
    std::optional<Int256> checkedSub(const Int256 &other) const;
    std::optional<Int256> checkedMul(const Int256 &other) const;

    QString toDecimal() const;

    std::strong_ordering operator<=>(const Int256 &other) const;
    bool operator==(const Int256 &other) const = default;

private:
    UInt256 m_magnitude;
    bool m_negative = false;
};

} // namespace kassa::money
