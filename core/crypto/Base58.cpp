#include "crypto/Base58.h"

#include "crypto/Hash.h"

#include <cstring>
#include <openssl/crypto.h>

namespace kassa::crypto {

namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

int digitValue(char16_t c)
{
    static const auto table = [] {
        std::array<signed char, 128> t {};
        t.fill(-1);
        for (int i = 0; i < 58; ++i)
            t[std::size_t(kAlphabet[i])] = static_cast<signed char>(i);
        return t;
    }();
    return c < 128 ? table[c] : -1;
}

// Bitcoin Core's algorithm: repeated multiply-add on a big-endian digit
// buffer. Working buffers are SecureBytes because the input may be an xprv.
QString encodeBytes(const std::uint8_t *data, qsizetype size)
{
    qsizetype zeros = 0;
    while (zeros < size && data[zeros] == 0)
        ++zeros;
    // log(256) / log(58) ≈ 1.365, rounded up.
    const qsizetype digitsSize = (size - zeros) * 138 / 100 + 1;
    SecureBytes digits(digitsSize);
    qsizetype length = 0;
    for (qsizetype i = zeros; i < size; ++i) {
        int carry = data[i];
        qsizetype j = 0;
        for (qsizetype k = digitsSize - 1; k >= 0 && (carry != 0 || j < length); --k, ++j) {
            carry += 256 * digits[k];
            digits[k] = std::uint8_t(carry % 58);
            carry /= 58;
        }
        length = j;
    }
    qsizetype start = digitsSize - length;
    while (start < digitsSize && digits[start] == 0)
        ++start;
    QString out(zeros + (digitsSize - start), Qt::Uninitialized);
    QChar *p = out.data();
    for (qsizetype i = 0; i < zeros; ++i)
        *p++ = u'1';
    for (qsizetype i = start; i < digitsSize; ++i)
        *p++ = QLatin1Char(kAlphabet[digits[i]]);
    return out;
}

Result<SecureBytes> decodeText(QStringView text)
{
    if (text.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("base58: empty text"),
            Base58::tr("The Base58 text is empty."), Base58::tr("Paste the complete value."));
    }
    if (text.size() > Base58::MaxTextLength) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("base58: %1 characters, more than the %2 allowed")
                .arg(text.size())
                .arg(Base58::MaxTextLength),
            Base58::tr("The Base58 text is too long (%1 characters; at most %2).")
                .arg(text.size())
                .arg(Base58::MaxTextLength),
            Base58::tr("Check that only one value was pasted."));
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (digitValue(text[i].unicode()) < 0) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("base58: character %1 is not in the alphabet").arg(i + 1),
                Base58::tr("Character %1 is not allowed in Base58 text.").arg(i + 1),
                Base58::tr("Base58 uses digits and letters except 0, O, I and l, and no spaces. Check for a typo."));
        }
    }
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == u'1')
        ++ones;
    // log(58) / log(256) ≈ 0.733, rounded up.
    const qsizetype bytesSize = (text.size() - ones) * 733 / 1000 + 1;
    SecureBytes b256(bytesSize);
    qsizetype length = 0;
    for (qsizetype i = ones; i < text.size(); ++i) {
        int carry = digitValue(text[i].unicode());
        qsizetype j = 0;
        for (qsizetype k = bytesSize - 1; k >= 0 && (carry != 0 || j < length); --k, ++j) {
            carry += 58 * b256[k];
            b256[k] = std::uint8_t(carry % 256);
            carry /= 256;
        }
        length = j;
    }
    qsizetype start = bytesSize - length;
    while (start < bytesSize && b256[start] == 0)
        ++start;
    SecureBytes out(ones);
    out.append(QByteArrayView(b256.data() + start, bytesSize - start));
    return out;
}

Result<SecureBytes> decodeAndCheck(QStringView text)
{
    Result<SecureBytes> raw = decodeText(text);
    if (!raw)
        return raw.error();
    SecureBytes bytes = std::move(raw).value();
    if (bytes.size() < 4) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("base58check: %1 bytes, too short for a checksum").arg(bytes.size()),
            Base58::tr("The Base58Check text is too short to hold a checksum."),
            Base58::tr("Paste the complete value."));
    }
    const qsizetype payloadSize = bytes.size() - 4;
    const Hash32 check = doubleSha256(QByteArrayView(bytes.data(), payloadSize));
    if (CRYPTO_memcmp(check.data(), bytes.data() + payloadSize, 4) != 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("base58check: checksum mismatch"),
            Base58::tr("The Base58Check checksum does not match: the text has a typo or was changed."),
            Base58::tr("Copy the value again from its source; do not retype it."));
    }
    bytes.resize(payloadSize);
    return bytes;
}

} // namespace

QString Base58::encode(QByteArrayView bytes)
{
    return encodeBytes(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
}

Result<QByteArray> Base58::decode(QStringView text)
{
    const Result<SecureBytes> bytes = decodeText(text);
    if (!bytes)
        return bytes.error();
    return bytes->view().toByteArray();
}

QString Base58::encodeCheck(QByteArrayView payload)
{
    SecureBytes buffer = SecureBytes::copyOf(payload);
    const Hash32 check = doubleSha256(payload);
    buffer.append(QByteArrayView(check.data(), 4));
    return encodeBytes(buffer.data(), buffer.size());
}

Result<QByteArray> Base58::decodeCheck(QStringView text)
{
    const Result<SecureBytes> bytes = decodeAndCheck(text);
    if (!bytes)
        return bytes.error();
    return bytes->view().toByteArray();
}

Result<SecureBytes> Base58::decodeCheckSecret(QStringView text)
{
    return decodeAndCheck(text);
}

} // namespace kassa::crypto
