#include "crypto/Bip32.h"

#include "crypto/Base58.h"
#include "crypto/Hash.h"
#include "crypto/HmacSha512.h"

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace kassa::crypto {

namespace {

// Version bytes (BIP-32 and SLIP-0132).
constexpr std::uint32_t kXprv = 0x0488ade4;
constexpr std::uint32_t kXpub = 0x0488b21e;
constexpr std::uint32_t kTprv = 0x04358394;
constexpr std::uint32_t kTpub = 0x043587cf;
constexpr std::uint32_t kYprv = 0x049d7878;
constexpr std::uint32_t kYpub = 0x049d7cb2;
constexpr std::uint32_t kZprv = 0x04b2430c;
constexpr std::uint32_t kZpub = 0x04b24746;
constexpr qsizetype kPayloadSize = 78;

// The translation context of messages both key kinds share.
struct ExtendedKeyText {
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::ExtendedKey)
};

std::uint32_t readBe32(const std::uint8_t *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
}

void writeBe32(std::uint8_t *p, std::uint32_t v)
{
    p[0] = std::uint8_t(v >> 24);
    p[1] = std::uint8_t(v >> 16);
    p[2] = std::uint8_t(v >> 8);
    p[3] = std::uint8_t(v);
}

Error keyError(const QString &english, const QString &shown, const QString &hint = {})
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("bip32: ") + english, shown,
        hint.isEmpty() ? ExtendedKeyText::tr("Copy the whole key again from the wallet that made it.") : hint);
}

// The fields of a 78-byte serialised key, checked for everything that does
// not depend on whether it is private or public.
struct Header {
    std::uint32_t version = 0;
    int depth = 0;
    std::uint32_t parentFingerprint = 0;
    std::uint32_t childNumber = 0;
};

Result<Header> readHeader(const std::uint8_t *p, qsizetype size, bool wantPrivate)
{
    const QString kind = wantPrivate ? QStringLiteral("xprv") : QStringLiteral("xpub");
    if (size != kPayloadSize) {
        return keyError(QStringLiteral("%1 bytes instead of 78").arg(size),
            ExtendedKeyText::tr("This is not a valid %1: it has %2 bytes instead of 78.").arg(kind).arg(size));
    }
    Header h;
    h.version = readBe32(p);
    h.depth = p[4];
    h.parentFingerprint = readBe32(p + 5);
    h.childNumber = readBe32(p + 9);
    const std::uint32_t wanted = wantPrivate ? kXprv : kXpub;
    if (h.version != wanted) {
        if (h.version == kXprv) {
            return keyError(QStringLiteral("xprv where an xpub is expected"),
                ExtendedKeyText::tr("This is an extended private key (xprv), not an xpub. Never paste a private key "
                                    "where a public key is asked for."),
                ExtendedKeyText::tr("Export the account's extended public key (xpub) from your wallet instead."));
        }
        if (h.version == kXpub) {
            return keyError(QStringLiteral("xpub where an xprv is expected"),
                ExtendedKeyText::tr("This is an extended public key (xpub), but a private key (xprv) is needed here."));
        }
        if (h.version == kTprv || h.version == kTpub) {
            return keyError(QStringLiteral("testnet version %1").arg(h.version, 8, 16, QLatin1Char('0')),
                ExtendedKeyText::tr("This is a Bitcoin testnet key (tpub/tprv); Kassa needs a mainnet %1.").arg(kind));
        }
        if (h.version == kYprv || h.version == kYpub || h.version == kZprv || h.version == kZpub) {
            return keyError(QStringLiteral("SegWit version %1").arg(h.version, 8, 16, QLatin1Char('0')),
                ExtendedKeyText::tr("This is a Bitcoin SegWit key (ypub/zpub); Ethereum and Tron wallets use %1.")
                    .arg(kind),
                ExtendedKeyText::tr("Export the key in the %1 format from your wallet.").arg(kind));
        }
        return keyError(QStringLiteral("unknown version %1").arg(h.version, 8, 16, QLatin1Char('0')),
            ExtendedKeyText::tr("This is not an extended key Kassa knows: its version bytes are %1.")
                .arg(h.version, 8, 16, QLatin1Char('0')));
    }
    if (h.depth == 0 && (h.parentFingerprint != 0 || h.childNumber != 0)) {
        return keyError(QStringLiteral("depth 0 with parent fingerprint or child number"),
            ExtendedKeyText::tr("The key contradicts itself: it is a master key (depth 0) but names a parent or a "
                                "child number."),
            ExtendedKeyText::tr("The key is damaged or was made by faulty software; export it again."));
    }
    return h;
}

Error hardenedFromPublic(std::uint32_t index)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("bip32: hardened index from an xpub"),
        ExtendedPublicKey::tr("A hardened index (%1') cannot be derived from an xpub.")
            .arg(index & ~DerivationPath::Hardened),
        ExtendedPublicKey::tr("Use the account xpub (for example m/44'/60'/0') and derive the non-hardened receive "
                              "addresses below it."));
}

Error tooDeep()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("bip32: depth 255 reached"),
        ExtendedKeyText::tr("The key is already 255 levels deep, the most BIP-32 allows."));
}

} // namespace

// --- DerivationPath -----------------------------------------------------------

Result<DerivationPath> DerivationPath::parse(QStringView text)
{
    auto fail = [](const QString &english, const QString &shown) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("derivation path: ") + english, shown,
            tr("Write the path like m/44'/60'/0'/0/5: “m”, then numbers separated by “/”, each followed by ' or h "
               "if it is hardened."));
    };
    if (text.isEmpty())
        return fail(QStringLiteral("empty"), tr("The derivation path is empty."));
    if (text[0] != u'm' || (text.size() > 1 && text[1] != u'/'))
        return fail(QStringLiteral("does not start with m/"), tr("The derivation path must start with “m/”."));
    QList<std::uint32_t> components;
    if (text.size() == 1)
        return DerivationPath();
    const QList<QStringView> parts = text.mid(2).split(u'/');
    if (parts.size() > MaxDepth)
        return fail(
            QStringLiteral("%1 levels").arg(parts.size()), tr("The derivation path is deeper than 255 levels."));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QStringView part = parts[i];
        const int position = int(i + 1);
        if (part.isEmpty())
            return fail(QStringLiteral("part %1 empty").arg(position),
                tr("Part %1 of the derivation path is empty.").arg(position));
        bool hardened = false;
        if (part.back() == u'\'' || part.back() == u'h') {
            hardened = true;
            part.chop(1);
        }
        if (part.isEmpty() || part.size() > 10) {
            return fail(QStringLiteral("part %1 is not an index").arg(position),
                tr("Part %1 of the derivation path is not an index.").arg(position));
        }
        std::uint64_t value = 0;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9') {
                return fail(QStringLiteral("part %1 is not an index").arg(position),
                    tr("Part %1 of the derivation path is not an index.").arg(position));
            }
            value = value * 10 + std::uint64_t(c.unicode() - u'0');
        }
        if (part.size() > 1 && part[0] == u'0') {
            return fail(QStringLiteral("part %1 has a leading zero").arg(position),
                tr("Part %1 of the derivation path has a leading zero.").arg(position));
        }
        if (value >= Hardened) {
            return fail(QStringLiteral("part %1 is 2^31 or more").arg(position),
                tr("Part %1 of the derivation path is too large: indexes go up to 2147483647.").arg(position));
        }
        components.append(std::uint32_t(value) | (hardened ? Hardened : 0));
    }
    return DerivationPath(components);
}

bool DerivationPath::hasHardened() const
{
    for (std::uint32_t c : m_components) {
        if (c & Hardened)
            return true;
    }
    return false;
}

DerivationPath DerivationPath::child(std::uint32_t index) const
{
    DerivationPath out = *this;
    out.m_components.append(index);
    return out;
}

QString DerivationPath::toString() const
{
    QString out = QStringLiteral("m");
    for (std::uint32_t c : m_components) {
        out += QLatin1Char('/') + QString::number(c & ~Hardened);
        if (c & Hardened)
            out += QLatin1Char('\'');
    }
    return out;
}

// --- fingerprints --------------------------------------------------------------

std::uint32_t bip32::fingerprintOf(const PublicKey &key)
{
    const std::array<std::uint8_t, 33> serialized = key.serializeCompressed();
    const Hash32 sha = sha256(QByteArrayView(serialized.data(), qsizetype(serialized.size())));
    unsigned char ripemd[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(sha.data(), sha.size(), ripemd, &size, EVP_ripemd160(), nullptr);
    return readBe32(ripemd);
}

// --- ExtendedPrivateKey ----------------------------------------------------------

ExtendedPrivateKey::ExtendedPrivateKey(SecretKey key, PublicKey publicKey, SecureBytes chainCode, int depth,
    std::uint32_t parentFingerprint, std::uint32_t childNumber)
    : m_key(std::move(key)), m_publicKey(publicKey), m_chainCode(std::move(chainCode)), m_depth(depth),
      m_parentFingerprint(parentFingerprint), m_childNumber(childNumber)
{ }

ExtendedPrivateKey ExtendedPrivateKey::clone() const
{
    return ExtendedPrivateKey(
        m_key.clone(), m_publicKey, m_chainCode.clone(), m_depth, m_parentFingerprint, m_childNumber);
}

Result<ExtendedPrivateKey> ExtendedPrivateKey::fromSeed(const SecureBytes &seed)
{
    if (seed.size() < 16 || seed.size() > 64) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("bip32: seed of %1 bytes").arg(seed.size()),
            tr("The seed has %1 bytes; BIP-32 needs 16 to 64.").arg(seed.size()));
    }
    Hash64 i = HmacSha512::mac("Bitcoin seed", seed.view());
    Result<SecretKey> key = SecretKey::fromBytes(QByteArrayView(i.data(), 32));
    SecureBytes chainCode = SecureBytes::copyOf(QByteArrayView(i.data() + 32, 32));
    OPENSSL_cleanse(i.data(), i.size());
    if (!key) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("bip32: seed gives an invalid master key"),
            tr("This seed gives no valid master key (this happens with probability below 1 in 2^127)."),
            tr("Make a new recovery phrase."));
    }
    Result<PublicKey> pub = Secp256k1::derivePublicKey(key.value());
    if (!pub)
        return pub.error();
    return ExtendedPrivateKey(std::move(key.value()), pub.value(), std::move(chainCode), 0, 0, 0);
}

Result<ExtendedPrivateKey> ExtendedPrivateKey::parse(QStringView xprv)
{
    Result<SecureBytes> payload = Base58::decodeCheckSecret(xprv);
    if (!payload) {
        return keyError(QStringLiteral("not Base58Check"),
            ExtendedKeyText::tr("This is not a valid %1: a character is wrong, missing or extra (the checksum does not "
                                "match).")
                .arg(QStringLiteral("xprv")));
    }
    const std::uint8_t *p = payload->data();
    const Result<Header> header = readHeader(p, payload->size(), true);
    if (!header)
        return header.error();
    if (p[45] != 0x00) {
        return keyError(QStringLiteral("private key data does not start with 00"),
            ExtendedKeyText::tr("The key data does not match its version: a private key must start with 00."));
    }
    Result<SecretKey> key = SecretKey::fromBytes(QByteArrayView(p + 46, 32));
    if (!key) {
        return keyError(QStringLiteral("private key not in 1..n-1"),
            ExtendedKeyText::tr("The private key is outside the valid range (1 to n−1)."));
    }
    Result<PublicKey> pub = Secp256k1::derivePublicKey(key.value());
    if (!pub)
        return pub.error();
    return ExtendedPrivateKey(std::move(key.value()), pub.value(), SecureBytes::copyOf(QByteArrayView(p + 13, 32)),
        header->depth, header->parentFingerprint, header->childNumber);
}

Result<ExtendedPrivateKey> ExtendedPrivateKey::derive(std::uint32_t index) const
{
    if (m_depth >= DerivationPath::MaxDepth)
        return tooDeep();
    // Hardened: 0x00 ‖ k ‖ ser32(i); normal: serP(K) ‖ ser32(i).
    std::uint8_t data[37];
    if (index & DerivationPath::Hardened) {
        data[0] = 0;
        std::memcpy(data + 1, m_key.data(), 32);
    } else {
        const std::array<std::uint8_t, 33> serialized = m_publicKey.serializeCompressed();
        std::memcpy(data, serialized.data(), 33);
    }
    writeBe32(data + 33, index);
    Hash64 i;
    HmacSha512(m_chainCode.view()).compute(data, sizeof(data), i.data());
    OPENSSL_cleanse(data, sizeof(data));
    Result<SecretKey> child = Secp256k1::tweakAddSecret(m_key, std::span<const std::uint8_t, 32>(i.data(), 32));
    SecureBytes chainCode = SecureBytes::copyOf(QByteArrayView(i.data() + 32, 32));
    OPENSSL_cleanse(i.data(), i.size());
    if (!child)
        return child.error();
    Result<PublicKey> pub = Secp256k1::derivePublicKey(child.value());
    if (!pub)
        return pub.error();
    return ExtendedPrivateKey(
        std::move(child.value()), pub.value(), std::move(chainCode), m_depth + 1, fingerprint(), index);
}

Result<ExtendedPrivateKey> ExtendedPrivateKey::derivePath(const DerivationPath &path) const
{
    ExtendedPrivateKey node = clone();
    for (std::uint32_t index : path.components()) {
        Result<ExtendedPrivateKey> next = node.derive(index);
        if (!next)
            return next.error();
        node = std::move(next.value());
    }
    return node;
}

ExtendedPublicKey ExtendedPrivateKey::toPublic() const
{
    ExtendedPublicKey::ChainCode chainCode;
    std::memcpy(chainCode.data(), m_chainCode.data(), chainCode.size());
    return ExtendedPublicKey(m_publicKey, chainCode, m_depth, m_parentFingerprint, m_childNumber);
}

SecureBytes ExtendedPrivateKey::toBase58() const
{
    SecureBytes payload(kPayloadSize);
    std::uint8_t *p = payload.data();
    writeBe32(p, kXprv);
    p[4] = std::uint8_t(m_depth);
    writeBe32(p + 5, m_parentFingerprint);
    writeBe32(p + 9, m_childNumber);
    std::memcpy(p + 13, m_chainCode.data(), 32);
    p[45] = 0;
    std::memcpy(p + 46, m_key.data(), 32);
    // Base58 works on QString; the text is moved into secure memory and
    // the temporary wiped.
    QString text = Base58::encodeCheck(payload.view());
    SecureBytes out = SecureBytes::copyOf(text.toLatin1());
    std::fill(text.data(), text.data() + text.size(), QChar());
    return out;
}

std::uint32_t ExtendedPrivateKey::fingerprint() const
{
    return bip32::fingerprintOf(m_publicKey);
}

// --- ExtendedPublicKey -------------------------------------------------------------

ExtendedPublicKey::ExtendedPublicKey(const PublicKey &key, const ChainCode &chainCode, int depth,
    std::uint32_t parentFingerprint, std::uint32_t childNumber)
    : m_key(key), m_chainCode(chainCode), m_depth(depth), m_parentFingerprint(parentFingerprint),
      m_childNumber(childNumber)
{ }

Result<ExtendedPublicKey> ExtendedPublicKey::parse(QStringView xpub)
{
    const Result<QByteArray> payload = Base58::decodeCheck(xpub);
    if (!payload) {
        return keyError(QStringLiteral("not Base58Check"),
            ExtendedKeyText::tr("This is not a valid %1: a character is wrong, missing or extra (the checksum does not "
                                "match).")
                .arg(QStringLiteral("xpub")));
    }
    const auto *p = reinterpret_cast<const std::uint8_t *>(payload->constData());
    const Result<Header> header = readHeader(p, payload->size(), false);
    if (!header)
        return header.error();
    if (p[45] != 0x02 && p[45] != 0x03) {
        return keyError(QStringLiteral("public key data does not start with 02/03"),
            ExtendedKeyText::tr("The key data does not match its version: a public key must start with 02 or 03."));
    }
    const Result<PublicKey> key = PublicKey::parse(QByteArrayView(p + 45, 33));
    if (!key) {
        return keyError(QStringLiteral("public key not on the curve"),
            ExtendedKeyText::tr("The key's public point is not on the secp256k1 curve."));
    }
    ChainCode chainCode;
    std::memcpy(chainCode.data(), p + 13, 32);
    return ExtendedPublicKey(key.value(), chainCode, header->depth, header->parentFingerprint, header->childNumber);
}

Result<ExtendedPublicKey> ExtendedPublicKey::derive(std::uint32_t index) const
{
    if (index & DerivationPath::Hardened)
        return hardenedFromPublic(index);
    if (m_depth >= DerivationPath::MaxDepth)
        return tooDeep();
    std::uint8_t data[37];
    const std::array<std::uint8_t, 33> serialized = m_key.serializeCompressed();
    std::memcpy(data, serialized.data(), 33);
    writeBe32(data + 33, index);
    Hash64 i;
    HmacSha512(QByteArrayView(m_chainCode.data(), 32)).compute(data, sizeof(data), i.data());
    Result<PublicKey> child = Secp256k1::tweakAddPublic(m_key, std::span<const std::uint8_t, 32>(i.data(), 32));
    if (!child)
        return child.error();
    ChainCode chainCode;
    std::memcpy(chainCode.data(), i.data() + 32, 32);
    return ExtendedPublicKey(child.value(), chainCode, m_depth + 1, fingerprint(), index);
}

Result<ExtendedPublicKey> ExtendedPublicKey::derivePath(const DerivationPath &path) const
{
    ExtendedPublicKey node = *this;
    for (std::uint32_t index : path.components()) {
        Result<ExtendedPublicKey> next = node.derive(index);
        if (!next)
            return next.error();
        node = next.value();
    }
    return node;
}

QString ExtendedPublicKey::toBase58() const
{
    std::uint8_t p[kPayloadSize];
    writeBe32(p, kXpub);
    p[4] = std::uint8_t(m_depth);
    writeBe32(p + 5, m_parentFingerprint);
    writeBe32(p + 9, m_childNumber);
    std::memcpy(p + 13, m_chainCode.data(), 32);
    const std::array<std::uint8_t, 33> serialized = m_key.serializeCompressed();
    std::memcpy(p + 45, serialized.data(), 33);
    return Base58::encodeCheck(QByteArrayView(p, kPayloadSize));
}

std::uint32_t ExtendedPublicKey::fingerprint() const
{
    return bip32::fingerprintOf(m_key);
}

bool ExtendedPublicKey::operator==(const ExtendedPublicKey &other) const
{
    return m_key == other.m_key && m_chainCode == other.m_chainCode && m_depth == other.m_depth
        && m_parentFingerprint == other.m_parentFingerprint && m_childNumber == other.m_childNumber;
}

} // namespace kassa::crypto
