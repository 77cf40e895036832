#include "money/UInt256.h"

namespace kassa::money {

namespace {

using u128 = unsigned __int128;

constexpr std::uint64_t kTen19 = 10'000'000'000'000'000'000ULL; // largest power of ten in 64 bits

Error invalidNumber(const QString &english, const QString &shown, const QString &hint)
{
    return makeError(ErrorCode::InvalidInput, english, shown, hint);
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

Result<UInt256> UInt256::fromBigEndian(QByteArrayView bytes)
{
    if (bytes.size() > 32) {
        return invalidNumber(QStringLiteral("uint256: %1 bytes is more than 32").arg(bytes.size()),
            tr("The number is too large: it has %1 bytes, at most 32 are possible.").arg(bytes.size()),
            tr("Check where the value came from."));
    }
    UInt256 v;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const qsizetype bitFromLow = 8 * (bytes.size() - 1 - i);
        v.m_limbs[size_t(bitFromLow / 64)] |= std::uint64_t(std::uint8_t(bytes[i])) << (bitFromLow % 64);
    }
    return v;
}

UInt256 UInt256::fromWord(const std::array<std::uint8_t, 32> &word)
{
    UInt256 v;
    for (int limb = 0; limb < 4; ++limb) {
        std::uint64_t x = 0;
        for (int b = 0; b < 8; ++b)
            x = (x << 8) | word[size_t(8 * (3 - limb) + b)];
        v.m_limbs[size_t(limb)] = x;
    }
    return v;
}

Result<UInt256> UInt256::parseDecimal(QStringView text)
{
    if (text.isEmpty()) {
        return invalidNumber(QStringLiteral("uint256: empty decimal"), tr("The number is empty."),
            tr("Enter the digits of the number."));
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return invalidNumber(QStringLiteral("uint256: character %1 is not a decimal digit").arg(i + 1),
                tr("Character %1 of the number is not a digit.").arg(i + 1),
                tr("Use only the digits 0-9: no sign, spaces, separators or exponent."));
        }
    }
    if (text.size() > 1 && text[0] == u'0') {
        return invalidNumber(QStringLiteral("uint256: leading zero"), tr("The number starts with a zero."),
            tr("Write the number without leading zeros."));
    }
    if (text.size() > MaxDecimalDigits) {
        return invalidNumber(QStringLiteral("uint256: %1 digits").arg(text.size()),
            tr("The number is too large for 256 bits."), tr("Check where the value came from."));
    }
    // Nineteen digits at a time: v = v·10^k + chunk, checked.
    UInt256 v;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype take = std::min<qsizetype>(19, text.size() - i);
        std::uint64_t chunk = 0;
        std::uint64_t scale = 1;
        for (qsizetype j = 0; j < take; ++j) {
            chunk = chunk * 10 + std::uint64_t(text[i + j].unicode() - u'0');
            scale *= 10;
        }
        auto scaled = v.checkedMul(UInt256(scale));
        auto next = scaled ? scaled->checkedAdd(UInt256(chunk)) : std::nullopt;
        if (!next) {
            return invalidNumber(QStringLiteral("uint256: decimal overflows 256 bits"),
                tr("The number is too large for 256 bits."), tr("Check where the value came from."));
        }
        v = *next;
        i += take;
    }
    return v;
}

Result<UInt256> UInt256::parseQuantity(QStringView text)
{
    if (text.size() < 3 || text[0] != u'0' || text[1] != u'x') {
        return invalidNumber(QStringLiteral("uint256: quantity must be 0x followed by hex digits"),
            tr("The number must be 0x followed by hex digits."), tr("Check where the value came from."));
    }
    const QStringView digits = text.mid(2);
    if (digits.size() > 1 && digits[0] == u'0') {
        return invalidNumber(QStringLiteral("uint256: quantity has a leading zero"),
            tr("The hex number has a leading zero, which the JSON-RPC format does not allow."),
            tr("Check where the value came from."));
    }
    if (digits.size() > 64) {
        return invalidNumber(QStringLiteral("uint256: quantity has %1 hex digits").arg(digits.size()),
            tr("The number is too large for 256 bits."), tr("Check where the value came from."));
    }
    UInt256 v;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const int n = hexValue(digits[i].unicode());
        if (n < 0) {
            return invalidNumber(QStringLiteral("uint256: character %1 is not a hex digit").arg(i + 3),
                tr("Character %1 of the number is not a hex digit.").arg(i + 3), tr("Check where the value came from."));
        }
        const qsizetype bitFromLow = 4 * (digits.size() - 1 - i);
        v.m_limbs[size_t(bitFromLow / 64)] |= std::uint64_t(n) << (bitFromLow % 64);
    }
    return v;
}

UInt256 UInt256::pow10(int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent < MaxDecimalDigits);
    UInt256 v(1);
    for (int i = 0; i < exponent; ++i)
        v = *v.checkedMul(UInt256(10));
    return v;
}

std::array<std::uint8_t, 32> UInt256::toWord() const
{
    std::array<std::uint8_t, 32> word {};
    for (int limb = 0; limb < 4; ++limb) {
        for (int b = 0; b < 8; ++b)
            word[size_t(8 * (3 - limb) + b)] = std::uint8_t(m_limbs[size_t(limb)] >> (56 - 8 * b));
    }
    return word;
}

QByteArray UInt256::toMinimalBigEndian() const
{
    const auto word = toWord();
    size_t first = 0;
    while (first < word.size() && word[first] == 0)
        ++first;
    return QByteArray(reinterpret_cast<const char *>(word.data() + first), qsizetype(word.size() - first));
}

QString UInt256::toDecimal() const
{
    if (isZero())
        return QStringLiteral("0");
    // Peel off 19 digits at a time, lowest first.
    std::array<std::uint64_t, 5> chunks {};
    int count = 0;
    UInt256 rest = *this;
    while (!rest.isZero()) {
        auto [quotient, remainder] = rest.divModSmall(kTen19);
        chunks[size_t(count++)] = remainder;
        rest = quotient;
    }
    QString out = QString::number(chunks[size_t(count - 1)]);
    for (int i = count - 2; i >= 0; --i)
        out += QString::number(chunks[size_t(i)]).rightJustified(19, QLatin1Char('0'));
    return out;
}

QString UInt256::toQuantity() const
{
    if (isZero())
        return QStringLiteral("0x0");
    static constexpr char kDigits[] = "0123456789abcdef";
    QString out = QStringLiteral("0x");
    bool started = false;
    for (int nibble = 63; nibble >= 0; --nibble) {
        const int n = int((m_limbs[size_t(nibble / 16)] >> (4 * (nibble % 16))) & 0xf);
        if (n == 0 && !started)
            continue;
        started = true;
        out += QLatin1Char(kDigits[n]);
    }
    return out;
}

int UInt256::bitLength() const
{
    for (int limb = 3; limb >= 0; --limb) {
        if (m_limbs[size_t(limb)] != 0)
            return 64 * limb + 64 - __builtin_clzll(m_limbs[size_t(limb)]);
    }
    return 0;
}

std::optional<UInt256> UInt256::checkedAdd(const UInt256 &other) const
{
    UInt256 out;
    u128 carry = 0;
    for (size_t i = 0; i < 4; ++i) {
        const u128 sum = u128(m_limbs[i]) + other.m_limbs[i] + carry;
        out.m_limbs[i] = std::uint64_t(sum);
        carry = sum >> 64;
    }
    if (carry != 0)
        return std::nullopt;
    return out;
}

std::optional<UInt256> UInt256::checkedSub(const UInt256 &other) const
{
    if (*this < other)
        return std::nullopt;
    UInt256 out;
    std::uint64_t borrow = 0;
    for (size_t i = 0; i < 4; ++i) {
        const u128 lhs = u128(m_limbs[i]);
        const u128 rhs = u128(other.m_limbs[i]) + borrow;
        out.m_limbs[i] = std::uint64_t(lhs - rhs);
        borrow = lhs < rhs ? 1 : 0;
    }
    return out;
}

std::optional<UInt256> UInt256::checkedMul(const UInt256 &other) const
{
    // Schoolbook over 64-bit limbs into 8 limbs; anything in the top four is overflow.
    std::array<std::uint64_t, 8> product {};
    for (size_t i = 0; i < 4; ++i) {
        if (m_limbs[i] == 0)
            continue;
        u128 carry = 0;
        for (size_t j = 0; j < 4; ++j) {
            const u128 t = u128(m_limbs[i]) * other.m_limbs[j] + product[i + j] + carry;
            product[i + j] = std::uint64_t(t);
            carry = t >> 64;
        }
        size_t k = i + 4;
        while (carry != 0 && k < 8) {
            const u128 t = u128(product[k]) + carry;
            product[k] = std::uint64_t(t);
            carry = t >> 64;
            ++k;
        }
    }
    if ((product[4] | product[5] | product[6] | product[7]) != 0)
        return std::nullopt;
    UInt256 out;
    for (size_t i = 0; i < 4; ++i)
        out.m_limbs[i] = product[i];
    return out;
}

std::pair<UInt256, std::uint64_t> UInt256::divModSmall(std::uint64_t divisor) const
{
    Q_ASSERT(divisor != 0);
    UInt256 quotient;
    u128 remainder = 0;
    for (int i = 3; i >= 0; --i) {
        const u128 current = (remainder << 64) | m_limbs[size_t(i)];
        quotient.m_limbs[size_t(i)] = std::uint64_t(current / divisor);
        remainder = current % divisor;
    }
    return {quotient, std::uint64_t(remainder)};
}

std::optional<std::pair<UInt256, UInt256>> UInt256::divMod(const UInt256 &divisor) const
{
    if (divisor.isZero())
        return std::nullopt;
    if (divisor.fitsUInt64()) {
        auto [q, r] = divModSmall(divisor.m_limbs[0]);
        return std::pair {q, UInt256(r)};
    }
    if (*this < divisor)
        return std::pair {UInt256(), *this};
    // Binary long division; only for rare wide divisors (rate conversions).
    UInt256 quotient;
    UInt256 remainder;
    for (int bit = bitLength() - 1; bit >= 0; --bit) {
        // Bring down the next bit: remainder = remainder · 2 + bit. A bit
        // shifted out of the top means the true remainder is ≥ 2^256.
        const std::uint64_t carriedOut = remainder.m_limbs[3] >> 63;
        for (int i = 3; i > 0; --i)
            remainder.m_limbs[size_t(i)] = (remainder.m_limbs[size_t(i)] << 1) | (remainder.m_limbs[size_t(i - 1)] >> 63);
        remainder.m_limbs[0] = (remainder.m_limbs[0] << 1) | ((m_limbs[size_t(bit / 64)] >> (bit % 64)) & 1);
        if (carriedOut != 0 || remainder >= divisor) {
            // With a carried-out bit the true remainder is ≥ 2^256 > divisor; the
            // wrapped subtraction gives the right result modulo 2^256.
            std::uint64_t borrow = 0;
            for (size_t i = 0; i < 4; ++i) {
                const u128 lhs = u128(remainder.m_limbs[i]);
                const u128 rhs = u128(divisor.m_limbs[i]) + borrow;
                remainder.m_limbs[i] = std::uint64_t(lhs - rhs);
                borrow = lhs < rhs ? 1 : 0;
            }
            quotient.m_limbs[size_t(bit / 64)] |= 1ULL << (bit % 64);
        }
    }
    return std::pair {quotient, remainder};
}

std::strong_ordering UInt256::operator<=>(const UInt256 &other) const
{
    for (int i = 3; i >= 0; --i) {
        if (m_limbs[size_t(i)] != other.m_limbs[size_t(i)])
            return m_limbs[size_t(i)] <=> other.m_limbs[size_t(i)];
    }
    return std::strong_ordering::equal;
}

} // namespace kassa::money
