// UInt256: an unsigned 256-bit integer, the type of every on-chain value
// (ERC-20 and TRC-20 amounts, gas prices, balances). 64 bits are not enough:
// BSC's USDT has 18 decimals, so 18.45 USDT is already past 2^64.
//
// There are no wrapping arithmetic operators: every operation that can
// overflow is checked and says so (std::nullopt), because a wrapped amount is
// a wrong payment. Text forms are parsed strictly — decimal digits only, or
// the JSON-RPC QUANTITY form "0x…" without leading zeros — and never through
// floating point.
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <utility>

namespace kassa::money {

class UInt256
{
    Q_DECLARE_TR_FUNCTIONS(kassa::money::UInt256)

public:
    static constexpr int MaxDecimalDigits = 78; //!< 2^256 − 1 has 78 digits

    constexpr UInt256() = default;
    constexpr UInt256(std::uint64_t value) : m_limbs {value, 0, 0, 0} { } // NOLINT: widening is exact

    static constexpr UInt256 max()
    {
        UInt256 v;
        v.m_limbs = {~0ULL, ~0ULL, ~0ULL, ~0ULL};
        return v;
    }

    //! Up to 32 big-endian bytes (shorter input is a smaller number).
    static Result<UInt256> fromBigEndian(QByteArrayView bytes);
    //! Exactly 32 big-endian bytes (an ABI word), never fails.
    static UInt256 fromWord(const std::array<std::uint8_t, 32> &word);
    //! Decimal digits only: no sign, no spaces, no separators, no exponent,
    //! no leading zeros ("0" itself is fine), at most 2^256 − 1.
    static Result<UInt256> parseDecimal(QStringView text);
    //! JSON-RPC QUANTITY: "0x0" or "0x" + hex digits without leading zeros
    //! (either letter case), at most 64 digits.
    static Result<UInt256> parseQuantity(QStringView text);
    //! 10^exponent for exponent ≤ 77.
    static UInt256 pow10(int exponent);

    //! The 32-byte big-endian word (ABI encoding).
    std::array<std::uint8_t, 32> toWord() const;
    //! Big-endian bytes without leading zero bytes; zero is empty (RLP's form).
    QByteArray toMinimalBigEndian() const;
    QString toDecimal() const;
    //! "0x0" or "0x" + lowercase hex without leading zeros.
    QString toQuantity() const;

    bool isZero() const { return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    //! Position of the highest set bit plus one (0 for zero).
    int bitLength() const;
    bool fitsUInt64() const { return (m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    //! The low 64 bits; check fitsUInt64() first.
    std::uint64_t lowUInt64() const { return m_limbs[0]; }

    std::optional<UInt256> checkedAdd(const UInt256 &other) const;
    std::optional<UInt256> checkedSub(const UInt256 &other) const;
    std::optional<UInt256> checkedMul(const UInt256 &other) const;
    //! Quotient and remainder; nullopt when dividing by zero.
    std::optional<std::pair<UInt256, UInt256>> divMod(const UInt256 &divisor) const;
    //! Quotient and remainder by a non-zero 64-bit divisor (fast path).
    std::pair<UInt256, std::uint64_t> divModSmall(std::uint64_t divisor) const;

    std::strong_ordering operator<=>(const UInt256 &other) const;
    bool operator==(const UInt256 &other) const = default;

private:
    //! Little-endian 64-bit limbs: m_limbs[0] holds the lowest bits.
    std::array<std::uint64_t, 4> m_limbs {};
};

} // namespace kassa::money
