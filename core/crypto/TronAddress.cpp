#include "crypto/TronAddress.h"

#include "crypto/Base58.h"
#include "crypto/Hex.h"

#include <QHashFunctions>

#include <algorithm>

namespace kassa::crypto {

namespace {

constexpr qsizetype kBase58Length = 34;
constexpr qsizetype kHexLength = 42;

Error shapeError(qsizetype size)
{
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("tron address: %1 characters, neither T + 33 Base58 nor 41 + 40 hex").arg(size),
        TronAddress::tr("This is not a Tron address: it must be 34 characters starting with T, or 42 hex digits "
                        "starting with 41 (it has %1 characters).")
            .arg(size),
        TronAddress::tr("Copy the whole address without spaces. Ethereum-style 0x addresses are not Tron addresses."));
}

Error versionError(std::uint8_t version)
{
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("tron address: version byte 0x%1 instead of 0x41").arg(version, 2, 16, QLatin1Char('0')),
        TronAddress::tr("This is not a Tron address: its version byte is 0x%1 instead of 0x41.")
            .arg(version, 2, 16, QLatin1Char('0')),
        TronAddress::tr("Check that the address belongs to the Tron network."));
}

} // namespace

TronAddress TronAddress::fromPublicKey(const PublicKey &key)
{
    return TronAddress(EthAddress::fromPublicKey(key));
}

TronAddress TronAddress::fromEvm(const EthAddress &evm)
{
    return TronAddress(evm);
}

Result<TronAddress> TronAddress::fromBytes(QByteArrayView bytes21)
{
    if (bytes21.size() != Size) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("tron address: %1 bytes instead of 21").arg(bytes21.size()),
            tr("A Tron address has 21 bytes; this one has %1.").arg(bytes21.size()),
            tr("Check where the address came from."));
    }
    if (std::uint8_t(bytes21[0]) != Prefix)
        return versionError(std::uint8_t(bytes21[0]));
    const Result<EthAddress> evm = EthAddress::fromBytes(bytes21.sliced(1));
    if (!evm)
        return evm.error();
    return TronAddress(*evm);
}

Result<TronAddress> TronAddress::parse(QStringView text)
{
    // "0x…" first: 0x + 40 hex digits is also 42 characters long.
    if (text.startsWith(u"0x") || text.startsWith(u"0X"))
        return shapeError(text.size());
    if (text.size() == kHexLength) {
        const Result<QByteArray> bytes = Hex::decode(text, {.allowPrefix = false, .exactBytes = Size});
        if (!bytes) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("tron address: ") + bytes.error().message,
                tr("This is not a Tron address: it contains a character that is not a hex digit."),
                tr("Copy the whole address without spaces."));
        }
        return fromBytes(*bytes); // checks the 0x41 version byte
    }
    if (text.size() != kBase58Length || !text.startsWith(u'T'))
        return shapeError(text.size());

    const Result<QByteArray> payload = Base58::decodeCheck(text);
    if (!payload) {
        const Error &e = payload.error();
        if (e.message.contains(QLatin1String("checksum"))) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("tron address: ") + e.message,
                tr("The Tron address checksum does not match: the address has a typo or was tampered with."),
                tr("Do not use it. Copy the address again from a source you trust."));
        }
        // A character outside the Base58 alphabet: Base58's own message names its position.
        return Error {e.code, QStringLiteral("tron address: ") + e.message, e.userMessage, e.hint};
    }
    // 34 characters starting with T always decode to 25 bytes with a 0x41
    // first byte when the checksum holds, but check rather than assume.
    if (payload->size() != Size) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("tron address: payload of %1 bytes instead of 21").arg(payload->size()),
            tr("A Tron address has 21 bytes; this one has %1.").arg(payload->size()),
            tr("Check where the address came from."));
    }
    return fromBytes(*payload);
}

QString TronAddress::toBase58() const
{
    const std::array<std::uint8_t, 21> raw = bytes21();
    return Base58::encodeCheck(QByteArrayView(raw.data(), qsizetype(raw.size())));
}

QString TronAddress::toHex41() const
{
    const std::array<std::uint8_t, 21> raw = bytes21();
    return Hex::encode(QByteArrayView(raw.data(), qsizetype(raw.size())));
}

std::array<std::uint8_t, 21> TronAddress::bytes21() const
{
    std::array<std::uint8_t, 21> out;
    out[0] = Prefix;
    std::copy(m_evm.bytes().begin(), m_evm.bytes().end(), out.begin() + 1);
    return out;
}

size_t qHash(const TronAddress &address, size_t seed) noexcept
{
    return qHash(address.toEvm(), seed);
}

} // namespace kassa::crypto
