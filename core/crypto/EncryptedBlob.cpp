#include "crypto/EncryptedBlob.h"

#include <QString>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace kassa::crypto {

namespace {

constexpr char kMagic[8] = {'K', 'A', 'S', 'S', 'A', 'E', 'N', 'C'};
constexpr std::uint8_t kKdfScrypt = 1;
constexpr qsizetype kSaltSize = 16;
constexpr qsizetype kNonceSize = 12;
constexpr qsizetype kKeySize = 32;
// Offsets in the header (see EncryptedBlob.h).
constexpr qsizetype kOffVersion = 8;
constexpr qsizetype kOffKdf = 9;
constexpr qsizetype kOffLog2N = 10;
constexpr qsizetype kOffR = 11;
constexpr qsizetype kOffP = 15;
constexpr qsizetype kOffSalt = 19;
constexpr qsizetype kOffNonce = 35;
constexpr qsizetype kOffLength = 47;
static_assert(kOffLength + 8 == EncryptedBlob::HeaderSize);
// EVP takes int lengths; feed it in slices.
constexpr qsizetype kChunk = qsizetype(1) << 20;

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

Error truncatedError(qsizetype size, quint64 needed)
{
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("encrypted file truncated: %1 bytes, %2 needed").arg(size).arg(needed),
        EncryptedBlob::tr("The encrypted file is incomplete: it was cut short while copying or saving."),
        EncryptedBlob::tr("Use a complete copy of the file."));
}

Error unsupportedError(const QString &what)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("encrypted file: unsupported %1").arg(what),
        EncryptedBlob::tr("This encrypted file uses a format that this version of Kassa does not support."),
        EncryptedBlob::tr("Open it with the Kassa version that created it, or a newer one."));
}

Error internalError(const char *what)
{
    return makeError(ErrorCode::Internal, QStringLiteral("encrypted file: %1 failed").arg(QLatin1String(what)),
        EncryptedBlob::tr("Encryption failed because of an internal error (%1).").arg(QLatin1String(what)),
        EncryptedBlob::tr("Try again; if it keeps failing, the computer may be short of memory."));
}

// The checks OpenSSL's scrypt makes, plus our own limits; all in 64-bit
// arithmetic that cannot overflow for the field widths of the header.
bool withinLimits(const ScryptParams &s, const KdfLimits &l)
{
    if (s.log2N < 1 || s.log2N > l.maxLog2N || s.log2N > 62 || s.r < 1 || s.r > l.maxR || s.p < 1 || s.p > l.maxP)
        return false;
    const std::uint64_t n = std::uint64_t(1) << s.log2N;
    // RFC 7914: N < 2^(128·r/8).
    if (16 * std::uint64_t(s.r) <= 63 && s.log2N >= 16 * s.r)
        return false;
    // r, p ≤ 2^32 and N ≤ 2^62 after the checks above; compare by division.
    if (n > l.maxMemoryBytes / (128 * std::uint64_t(s.r)))
        return false;
    if (n > l.maxWork / (std::uint64_t(s.r) * s.p))
        return false;
    return true;
}

KdfLimits clampToProduction(const KdfLimits &requested)
{
    const KdfLimits production;
    KdfLimits l;
    l.maxLog2N = std::min(requested.maxLog2N, production.maxLog2N);
    l.maxR = std::min(requested.maxR, production.maxR);
    l.maxP = std::min(requested.maxP, production.maxP);
    l.maxMemoryBytes = std::min(requested.maxMemoryBytes, production.maxMemoryBytes);
    l.maxWork = std::min(requested.maxWork, production.maxWork);
    return l;
}

SecureBytes normalizedPassphrase(QStringView passphrase)
{
    QString normalized = passphrase.toString().normalized(QString::NormalizationForm_KD);
    QByteArray utf8 = normalized.toUtf8();
    SecureBytes out = SecureBytes::copyOf(utf8);
    // Best effort: wipe our temporary copies (the caller owns `passphrase`).
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    OPENSSL_cleanse(normalized.data(), size_t(normalized.size()) * sizeof(QChar));
    return out;
}

Result<SecureBytes> deriveKey(QStringView passphrase, const std::uint8_t *salt, const ScryptParams &s)
{
    const SecureBytes pass = normalizedPassphrase(passphrase);
    const std::uint64_t n = std::uint64_t(1) << s.log2N;
    // OpenSSL needs 128·r·(N + 2) + 128·r·p bytes; allow exactly that.
    const std::uint64_t maxmem = 128 * std::uint64_t(s.r) * (n + 2) + 128 * std::uint64_t(s.r) * s.p;
    SecureBytes key(kKeySize);
    if (EVP_PBE_scrypt(reinterpret_cast<const char *>(pass.data()), size_t(pass.size()), salt, kSaltSize, n, s.r, s.p,
            maxmem, key.data(), size_t(key.size()))
        != 1)
        return internalError("scrypt");
    return key;
}

void putBE32(QByteArray &out, qsizetype offset, std::uint32_t v)
{
    qToBigEndian<quint32>(v, out.data() + offset);
}

} // namespace

Result<QByteArray> EncryptedBlob::seal(QByteArrayView plaintext, QStringView passphrase)
{
    return sealWithParams(plaintext, passphrase, ScryptParams {});
}

Result<QByteArray> EncryptedBlob::seal(const SecureBytes &plaintext, QStringView passphrase)
{
    return sealWithParams(plaintext.view(), passphrase, ScryptParams {});
}

Result<QByteArray> EncryptedBlob::sealWithParams(
    QByteArrayView plaintext, QStringView passphrase, const ScryptParams &params)
{
    if (passphrase.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("encrypted file: empty passphrase"),
            tr("Choose a passphrase to protect the file."),
            tr("Use a long passphrase you can remember, for example several unrelated words."));
    }
    // Tests may use tiny parameters; nothing may exceed what open() accepts.
    if (!withinLimits(params, KdfLimits {}))
        return internalError("scrypt parameters");

    const qsizetype length = plaintext.size();
    QByteArray blob(HeaderSize + length + TagSize, '\0');
    std::memcpy(blob.data(), kMagic, sizeof(kMagic));
    blob[kOffVersion] = char(FormatVersion);
    blob[kOffKdf] = char(kKdfScrypt);
    blob[kOffLog2N] = char(params.log2N);
    putBE32(blob, kOffR, params.r);
    putBE32(blob, kOffP, params.p);
    auto *bytes = reinterpret_cast<unsigned char *>(blob.data());
    if (RAND_bytes(bytes + kOffSalt, int(kSaltSize)) != 1 || RAND_bytes(bytes + kOffNonce, int(kNonceSize)) != 1)
        return internalError("RAND_bytes");
    qToBigEndian<quint64>(quint64(length), bytes + kOffLength);

    const Result<SecureBytes> key = deriveKey(passphrase, bytes + kOffSalt, params);
    if (!key)
        return key.error();

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int outLen = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kNonceSize), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key->data(), bytes + kOffNonce) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &outLen, bytes, int(HeaderSize)) != 1)
        return internalError("AES-GCM setup");
    const auto *in = reinterpret_cast<const unsigned char *>(plaintext.data());
    for (qsizetype done = 0; done < length;) {
        const qsizetype n = std::min(kChunk, length - done);
        if (EVP_EncryptUpdate(ctx.get(), bytes + HeaderSize + done, &outLen, in + done, int(n)) != 1 || outLen != n)
            return internalError("AES-GCM");
        done += n;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), bytes + HeaderSize + length, &outLen) != 1 || outLen != 0
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize), bytes + HeaderSize + length) != 1)
        return internalError("AES-GCM tag");
    return blob;
}

Result<SecureBytes> EncryptedBlob::open(QByteArrayView blob, QStringView passphrase, const KdfLimits &limits)
{
    const qsizetype size = blob.size();
    const auto *bytes = reinterpret_cast<const unsigned char *>(blob.data());

    // 1. What kind of file is it? A prefix of the magic (even empty) is a
    //    cut-short Kassa file; anything else is some other file.
    const qsizetype magicSeen = std::min<qsizetype>(size, sizeof(kMagic));
    if (magicSeen > 0 && std::memcmp(bytes, kMagic, size_t(magicSeen)) != 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not a Kassa encrypted file (bad magic)"),
            tr("This is not a Kassa encrypted file."), tr("Check that you chose the right file."));
    }
    if (size <= kOffVersion)
        return truncatedError(size, HeaderSize + TagSize);

    // 2. Version and KDF before sizes: a newer format may have another layout.
    if (bytes[kOffVersion] != FormatVersion)
        return unsupportedError(QStringLiteral("format version %1").arg(bytes[kOffVersion]));
    if (size <= kOffKdf)
        return truncatedError(size, HeaderSize + TagSize);
    if (bytes[kOffKdf] != kKdfScrypt)
        return unsupportedError(QStringLiteral("key derivation %1").arg(bytes[kOffKdf]));
    if (size < HeaderSize + TagSize)
        return truncatedError(size, HeaderSize + TagSize);

    // 3. The length in the header must match the file exactly.
    const quint64 length = qFromBigEndian<quint64>(bytes + kOffLength);
    const quint64 available = quint64(size - HeaderSize - TagSize);
    if (length > available) {
        constexpr quint64 overhead = HeaderSize + TagSize;
        const quint64 max = std::numeric_limits<quint64>::max();
        return truncatedError(size, length > max - overhead ? max : length + overhead);
    }
    if (length < available) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("encrypted file: %1 bytes after the end").arg(available - length),
            tr("The encrypted file was changed: it has extra data after its end."),
            tr("Use an unmodified copy of the file."));
    }

    // 4. KDF parameters within bounds, before any work is done.
    ScryptParams params;
    params.log2N = bytes[kOffLog2N];
    params.r = qFromBigEndian<quint32>(bytes + kOffR);
    params.p = qFromBigEndian<quint32>(bytes + kOffP);
    if (!withinLimits(params, clampToProduction(limits))) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("encrypted file: KDF parameters out of bounds (log2N=%1 r=%2 p=%3)")
                .arg(params.log2N)
                .arg(params.r)
                .arg(params.p),
            tr("The encrypted file asks for key-derivation settings outside the allowed limits (N = 2^%1, r = %2, "
               "p = %3), so Kassa will not open it.")
                .arg(params.log2N)
                .arg(params.r)
                .arg(params.p),
            tr("The file was damaged or not made by Kassa."));
    }

    // 5. Derive the key and decrypt; the tag covers header and ciphertext.
    const Result<SecureBytes> key = deriveKey(passphrase, bytes + kOffSalt, params);
    if (!key)
        return key.error();
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int outLen = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kNonceSize), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key->data(), bytes + kOffNonce) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &outLen, bytes, int(HeaderSize)) != 1)
        return internalError("AES-GCM setup");
    const auto plainSize = qsizetype(length);
    SecureBytes plaintext(plainSize);
    for (qsizetype done = 0; done < plainSize;) {
        const qsizetype n = std::min(kChunk, plainSize - done);
        if (EVP_DecryptUpdate(ctx.get(), plaintext.data() + done, &outLen, bytes + HeaderSize + done, int(n)) != 1
            || outLen != n)
            return internalError("AES-GCM");
        done += n;
    }
    // EVP wants a writable tag buffer.
    unsigned char tag[TagSize];
    std::memcpy(tag, bytes + HeaderSize + plainSize, TagSize);
    unsigned char finalBlock[16];
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), tag) != 1
        || EVP_DecryptFinal_ex(ctx.get(), finalBlock, &outLen) != 1) {
        plaintext.clear(); // wipe the unauthenticated output
        return makeError(ErrorCode::InvalidInput, QStringLiteral("encrypted file: wrong passphrase or modified file"),
            tr("Wrong passphrase, or the file was changed."),
            tr("Check the passphrase (including capital letters and keyboard layout). If it is right, the file was "
               "damaged or tampered with."));
    }
    return plaintext;
}

bool EncryptedBlob::hasMagic(QByteArrayView data)
{
    return data.size() >= qsizetype(sizeof(kMagic)) && std::memcmp(data.data(), kMagic, sizeof(kMagic)) == 0;
}

} // namespace kassa::crypto
