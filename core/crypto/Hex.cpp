#include "crypto/Hex.h"

#include "crypto/SecureBytes.h"

#include <cstdint>

namespace kassa::crypto {

namespace {

constexpr char kDigits[] = "0123456789abcdef";

int nibble(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

struct Digits {
    qsizetype offset = 0; //!< where the digits start in the text (after "0x")
    qsizetype bytes = 0;
};

// Checks everything before a single byte is written, so a failed decode of a
// secret leaves no partial copy behind.
Result<Digits> validate(QStringView text, const HexOptions &options)
{
    Digits d;
    const bool hasPrefix = text.size() >= 2 && text[0] == u'0' && text[1] == u'x';
    if (hasPrefix && !options.allowPrefix && !options.requirePrefix) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("hex: unexpected 0x prefix"),
            Hex::tr("The hex text must not start with 0x."), Hex::tr("Remove the 0x at the start."));
    }
    if (!hasPrefix && options.requirePrefix) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("hex: missing 0x prefix"),
            Hex::tr("The hex text must start with 0x."), Hex::tr("Write 0x before the hex digits."));
    }
    d.offset = hasPrefix ? 2 : 0;
    for (qsizetype i = d.offset; i < text.size(); ++i) {
        if (nibble(text[i].unicode()) < 0) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("hex: character %1 is not a hex digit").arg(i + 1),
                Hex::tr("Character %1 of the hex text is not a hex digit.").arg(i + 1),
                Hex::tr("Use only 0-9 and a-f, without spaces."));
        }
    }
    const qsizetype digits = text.size() - d.offset;
    if (digits % 2 != 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("hex: odd number of digits (%1)").arg(digits),
            Hex::tr("The hex text has an odd number of digits (%1); every byte needs two.").arg(digits),
            Hex::tr("Check that no digit is missing or extra."));
    }
    d.bytes = digits / 2;
    if (options.exactBytes >= 0 && d.bytes != options.exactBytes) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("hex: %1 bytes where %2 are expected").arg(d.bytes).arg(options.exactBytes),
            Hex::tr("The hex text holds %1 bytes; exactly %2 are expected.").arg(d.bytes).arg(options.exactBytes),
            Hex::tr("Check that the value is complete and nothing was added."));
    }
    return d;
}

void decodeDigits(QStringView text, const Digits &d, std::uint8_t *out)
{
    for (qsizetype i = 0; i < d.bytes; ++i) {
        const int hi = nibble(text[d.offset + 2 * i].unicode());
        const int lo = nibble(text[d.offset + 2 * i + 1].unicode());
        out[i] = std::uint8_t((hi << 4) | lo);
    }
}

QString encodeWithPrefix(QByteArrayView bytes, bool prefix)
{
    const qsizetype start = prefix ? 2 : 0;
    QString out(start + 2 * bytes.size(), Qt::Uninitialized);
    QChar *p = out.data();
    if (prefix) {
        p[0] = u'0';
        p[1] = u'x';
    }
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = std::uint8_t(bytes[i]);
        p[start + 2 * i] = QLatin1Char(kDigits[b >> 4]);
        p[start + 2 * i + 1] = QLatin1Char(kDigits[b & 0x0f]);
    }
    return out;
}

} // namespace

Result<QByteArray> Hex::decode(QStringView text, HexOptions options)
{
    const Result<Digits> d = validate(text, options);
    if (!d)
        return d.error();
    QByteArray out(d->bytes, Qt::Uninitialized);
    decodeDigits(text, *d, reinterpret_cast<std::uint8_t *>(out.data()));
    return out;
}

Result<SecureBytes> Hex::decodeSecret(QStringView text, HexOptions options)
{
    const Result<Digits> d = validate(text, options);
    if (!d)
        return d.error();
    SecureBytes out(d->bytes);
    decodeDigits(text, *d, out.data());
    return out;
}

QString Hex::encode(QByteArrayView bytes)
{
    return encodeWithPrefix(bytes, false);
}

QString Hex::encode0x(QByteArrayView bytes)
{
    return encodeWithPrefix(bytes, true);
}

} // namespace kassa::crypto
