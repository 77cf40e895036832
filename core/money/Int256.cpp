#include "money/Int256.h"

#include "money/Decimal.h"

namespace kassa::money {

Int256::Int256(std::int64_t value)
    // The magnitude of INT64_MIN does not fit int64: negate in unsigned arithmetic.
    : m_magnitude(value < 0 ? std::uint64_t(0) - std::uint64_t(value) : std::uint64_t(value)), m_negative(value < 0)
{ }

Int256::Int256(const UInt256 &magnitude, bool negative)
    : m_magnitude(magnitude), m_negative(negative && !magnitude.isZero())
{ }

Int256 Int256::difference(const UInt256 &a, const UInt256 &b)
{
    if (a >= b)
        return Int256(*a.checkedSub(b), false);
    return Int256(*b.checkedSub(a), true);
}

Result<Int256> Int256::parseDecimal(QStringView text)
{
    const Result<Decimal> parsed = Decimal::parse(text, {.maxScale = 0, .allowNegative = true, .unitName = {}});
    if (!parsed)
        return parsed.error();
    return Int256(parsed->coefficient(), parsed->isNegative());
}

std::optional<UInt256> Int256::toUnsigned() const
{
    if (m_negative)
        return std::nullopt;
    return m_magnitude;
}

std::optional<Int256> Int256::checkedAdd(const Int256 &other) const
{
    if (m_negative == other.m_negative) {
        const auto sum = m_magnitude.checkedAdd(other.m_magnitude);
        if (!sum)
            return std::nullopt;
        return Int256(*sum, m_negative);
    }
    // Opposite signs: the larger magnitude wins and keeps its sign.
    if (m_magnitude >= other.m_magnitude)
        return Int256(*m_magnitude.checkedSub(other.m_magnitude), m_negative);
    return Int256(*other.m_magnitude.checkedSub(m_magnitude), other.m_negative);
}

std::optional<Int256> Int256::checkedSub(const Int256 &other) const
{
    return checkedAdd(other.negated());
}

std::optional<Int256> Int256::checkedMul(const Int256 &other) const
{
    const auto product = m_magnitude.checkedMul(other.m_magnitude);
    if (!product)
        return std::nullopt;
    return Int256(*product, m_negative != other.m_negative);
}

QString Int256::toDecimal() const
{
    return m_negative ? QLatin1Char('-') + m_magnitude.toDecimal() : m_magnitude.toDecimal();
}

std::strong_ordering Int256::operator<=>(const Int256 &other) const
{
    if (m_negative != other.m_negative)
        return m_negative ? std::strong_ordering::less : std::strong_ordering::greater;
    const std::strong_ordering byMagnitude = m_magnitude <=> other.m_magnitude;
    if (!m_negative)
        return byMagnitude;
    return 0 <=> byMagnitude; // both negative: the larger magnitude is the smaller number
}

} // namespace kassa::money
