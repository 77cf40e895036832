#include "crypto/EthAddress.h"

#include "crypto/Hex.h"
#include "crypto/Keccak256.h"
#include "crypto/Secp256k1.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace kassa::crypto {

namespace {

// EIP-55: hex digit i is uppercase iff nibble i of keccak256(lowercase hex
// as ASCII) is ≥ 8. Writes "0x" + 40 characters into `out`.
void checksumChars(const EthAddress::Bytes &bytes, char *out)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    char lower[40];
    for (int i = 0; i < 20; ++i) {
        lower[2 * i] = kDigits[bytes[i] >> 4];
        lower[2 * i + 1] = kDigits[bytes[i] & 0x0f];
    }
    const Hash32 h = keccak256(QByteArrayView(lower, 40));
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < 40; ++i) {
        const int nibble = (i % 2 == 0) ? (h[i / 2] >> 4) : (h[i / 2] & 0x0f);
        const char c = lower[i];
        out[2 + i] = (c >= 'a' && nibble >= 8) ? char(c - 'a' + 'A') : c;
    }
}

Error formatError(qsizetype size)
{
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("eth address: not 0x + 40 hex digits (%1 characters)").arg(size),
        EthAddress::tr("This is not an Ethereum address: it must be 0x followed by 40 hex digits (it has %1 "
                       "characters).")
            .arg(size),
        EthAddress::tr("Copy the whole address, including the 0x, without spaces."));
}

} // namespace

EthAddress EthAddress::fromPublicKey(const PublicKey &key)
{
    const std::array<std::uint8_t, 64> xy = key.serializeUncompressedXY();
    const Hash32 h = keccak256(QByteArrayView(xy.data(), qsizetype(xy.size())));
    Bytes bytes;
    std::copy(h.begin() + 12, h.end(), bytes.begin());
    return EthAddress(bytes);
}

Result<EthAddress> EthAddress::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("eth address: %1 bytes instead of 20").arg(bytes.size()),
            tr("An Ethereum address has 20 bytes; this one has %1.").arg(bytes.size()),
            tr("Check where the address came from."));
    }
    Bytes out;
    std::memcpy(out.data(), bytes.data(), out.size());
    return EthAddress(out);
}

Result<EthAddress> EthAddress::parse(QStringView text)
{
    if (text.size() != 42 || !text.startsWith(u"0x"))
        return formatError(text.size());
    const Result<QByteArray> decoded = Hex::decode(text, {.requirePrefix = true, .exactBytes = Size});
    if (!decoded) {
        // Only a bad character is possible here; say it in address terms.
        return makeError(ErrorCode::InvalidInput, QStringLiteral("eth address: ") + decoded.error().message,
            tr("This is not an Ethereum address: it contains a character that is not a hex digit."),
            tr("Copy the whole address, including the 0x, without spaces."));
    }
    Bytes bytes;
    std::memcpy(bytes.data(), decoded->constData(), bytes.size());
    const EthAddress address(bytes);

    bool hasLower = false;
    bool hasUpper = false;
    for (QChar c : text.sliced(2)) {
        hasLower |= c >= u'a' && c <= u'f';
        hasUpper |= c >= u'A' && c <= u'F';
    }
    if (hasLower && hasUpper) {
        char expected[42];
        checksumChars(bytes, expected);
        if (text != QLatin1String(expected, 42)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("eth address: EIP-55 checksum mismatch"),
                tr("The address checksum is wrong: the mix of capital and small letters does not match. The address "
                   "has a typo or was tampered with."),
                tr("Do not use it. Copy the address again from a source you trust."));
        }
    }
    return address;
}

QString EthAddress::toChecksumString() const
{
    char chars[42];
    checksumChars(m_bytes, chars);
    return QString::fromLatin1(chars, 42);
}

QString EthAddress::toLowerHex() const
{
    return Hex::encode0x(QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())));
}

bool EthAddress::isZero() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](std::uint8_t b) { return b == 0; });
}

size_t qHash(const EthAddress &address, size_t seed) noexcept
{
    return qHashBits(address.bytes().data(), address.bytes().size(), seed);
}

} // namespace kassa::crypto
