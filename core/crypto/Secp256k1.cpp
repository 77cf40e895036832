#include "crypto/Secp256k1.h"

#include <algorithm>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace kassa::crypto {

namespace {

struct Context {
    secp256k1_context *ctx = nullptr;
    bool randomized = false;
};

// Created on first use (C++ guarantees one thread does it) and randomized
// right then, so no call ever needs exclusive access afterwards. Never
// destroyed: a worker thread may still sign while static destructors run.
const Context &shared()
{
    static const Context context = [] {
        Context c;
        c.ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        unsigned char seed[32];
        c.randomized = RAND_bytes(seed, sizeof(seed)) == 1 && secp256k1_context_randomize(c.ctx, seed) == 1;
        OPENSSL_cleanse(seed, sizeof(seed));
        return c;
    }();
    return context;
}

const secp256k1_context *ctx()
{
    return shared().ctx;
}

// n / 2, big-endian: the largest low s (EIP-2, libsecp256k1's lower-S form).
constexpr std::uint8_t kHalfOrder[32] = {0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0};

secp256k1_pubkey toLib(const std::array<unsigned char, 64> &opaque)
{
    secp256k1_pubkey key;
    std::memcpy(key.data, opaque.data(), sizeof(key.data));
    return key;
}

Error secretContextError()
{
    return makeError(ErrorCode::Internal,
        QStringLiteral("secp256k1 context is not randomized (RAND_bytes failed); refusing to use secret keys"),
        Secp256k1::tr("The signing engine could not initialise its protection against side-channel attacks, so it "
                      "refuses to use private keys."),
        Secp256k1::tr("Restart Kassa; if this persists, check the system's random number source."));
}

Error nullKeyError()
{
    return makeError(ErrorCode::Internal, QStringLiteral("secp256k1: empty (moved-from) secret key"),
        Secp256k1::tr("Internal error: a private key was used after it was discarded."),
        Secp256k1::tr("Please report this problem."));
}

Error signatureFaultError(const char *what)
{
    return makeError(ErrorCode::Internal, QStringLiteral("secp256k1 signing fault: %1").arg(QLatin1String(what)),
        Secp256k1::tr("A signature failed its self-check and was discarded; nothing was sent."),
        Secp256k1::tr("Try again. If it happens again, the key or the computer may be faulty; please report it."));
}

Error badTweakError()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("secp256k1: tweak out of range or result invalid"),
        Secp256k1::tr("This derivation index gives no valid key (this happens with probability below 1 in 2^127)."),
        Secp256k1::tr("Skip this index and use the next one, as BIP-32 prescribes."));
}

bool isZero(const std::uint8_t *p, std::size_t n)
{
    return std::all_of(p, p + n, [](std::uint8_t b) { return b == 0; });
}

bool toLibSignature(const RecoverableSignature &in, secp256k1_ecdsa_recoverable_signature *out)
{
    if (in.recoveryId < 0 || in.recoveryId > 1)
        return false;
    const std::array<std::uint8_t, 64> rs = in.compact();
    return secp256k1_ecdsa_recoverable_signature_parse_compact(ctx(), out, rs.data(), in.recoveryId) == 1;
}

} // namespace

// --- PublicKey ---------------------------------------------------------------

Result<PublicKey> PublicKey::parse(QByteArrayView serialized)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(serialized.data());
    const qsizetype size = serialized.size();
    const bool shapeOk = (size == CompressedSize && (bytes[0] == 0x02 || bytes[0] == 0x03))
        || (size == UncompressedSize && bytes[0] == 0x04);
    if (!shapeOk) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("public key: %1 bytes or wrong prefix (need 33 bytes 02/03 or 65 bytes 04)").arg(size),
            tr("This is not a public key: it must be 33 bytes starting with 02 or 03, or 65 bytes starting with 04 "
               "(it has %1 bytes).")
                .arg(size),
            tr("Check that the whole key was copied."));
    }
    secp256k1_pubkey key;
    if (secp256k1_ec_pubkey_parse(ctx(), &key, bytes, size_t(size)) != 1) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("public key: not a point on secp256k1"),
            tr("This public key is not a point on the secp256k1 curve."),
            tr("Check that the whole key was copied without changes."));
    }
    PublicKey out;
    std::memcpy(out.m_opaque.data(), key.data, sizeof(key.data));
    return out;
}

std::array<std::uint8_t, 33> PublicKey::serializeCompressed() const
{
    const secp256k1_pubkey key = toLib(m_opaque);
    std::array<std::uint8_t, 33> out;
    size_t len = out.size();
    secp256k1_ec_pubkey_serialize(ctx(), out.data(), &len, &key, SECP256K1_EC_COMPRESSED);
    return out;
}

std::array<std::uint8_t, 65> PublicKey::serializeUncompressed() const
{
    const secp256k1_pubkey key = toLib(m_opaque);
    std::array<std::uint8_t, 65> out;
    size_t len = out.size();
    secp256k1_ec_pubkey_serialize(ctx(), out.data(), &len, &key, SECP256K1_EC_UNCOMPRESSED);
    return out;
}

std::array<std::uint8_t, 64> PublicKey::serializeUncompressedXY() const
{
    const std::array<std::uint8_t, 65> full = serializeUncompressed();
    std::array<std::uint8_t, 64> out;
    std::memcpy(out.data(), full.data() + 1, out.size());
    return out;
}

bool PublicKey::operator==(const PublicKey &other) const
{
    const secp256k1_pubkey a = toLib(m_opaque);
    const secp256k1_pubkey b = toLib(other.m_opaque);
    return secp256k1_ec_pubkey_cmp(ctx(), &a, &b) == 0;
}

// --- RecoverableSignature ------------------------------------------------------

std::array<std::uint8_t, 64> RecoverableSignature::compact() const
{
    std::array<std::uint8_t, 64> out;
    std::copy(r.begin(), r.end(), out.begin());
    std::copy(s.begin(), s.end(), out.begin() + 32);
    return out;
}

std::array<std::uint8_t, 65> RecoverableSignature::toRsv(std::uint8_t vOffset) const
{
    std::array<std::uint8_t, 65> out;
    std::copy(r.begin(), r.end(), out.begin());
    std::copy(s.begin(), s.end(), out.begin() + 32);
    out[64] = std::uint8_t(recoveryId + vOffset);
    return out;
}

bool RecoverableSignature::isLowS() const
{
    return std::lexicographical_compare(s.begin(), s.end(), std::begin(kHalfOrder), std::end(kHalfOrder))
        || std::equal(s.begin(), s.end(), std::begin(kHalfOrder));
}

// --- Secp256k1 -----------------------------------------------------------------

Result<RecoverableSignature> Secp256k1::signatureFromCompact(QByteArrayView rs64, int recoveryId)
{
    if (rs64.size() != 64 || recoveryId < 0 || recoveryId > 1) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("signature: %1 bytes, recovery id %2 (need 64 bytes and 0 or 1)")
                .arg(rs64.size())
                .arg(recoveryId),
            tr("This is not a valid signature: it must be 64 bytes (r and s) with a recovery id of 0 or 1."),
            tr("Check where the signature came from."));
    }
    RecoverableSignature sig;
    std::memcpy(sig.r.data(), rs64.data(), 32);
    std::memcpy(sig.s.data(), rs64.data() + 32, 32);
    sig.recoveryId = recoveryId;
    secp256k1_ecdsa_recoverable_signature lib;
    if (isZero(sig.r.data(), 32) || isZero(sig.s.data(), 32) || !toLibSignature(sig, &lib)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("signature: r or s is zero or not below n"),
            tr("This is not a valid signature: r or s is out of range."), tr("Check where the signature came from."));
    }
    return sig;
}

Result<PublicKey> Secp256k1::derivePublicKey(const SecretKey &key)
{
    if (key.isNull())
        return nullKeyError();
    if (!shared().randomized)
        return secretContextError();
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_create(ctx(), &pub, key.data()) != 1) {
        return makeError(ErrorCode::Internal, QStringLiteral("secp256k1: ec_pubkey_create rejected a verified key"),
            tr("Internal error: the public key of a private key could not be computed."),
            tr("Please report this problem."));
    }
    PublicKey out;
    std::memcpy(out.m_opaque.data(), pub.data, sizeof(pub.data));
    return out;
}

Result<RecoverableSignature> Secp256k1::sign(
    const Hash32 &digest, const SecretKey &key, std::optional<PublicKey> *signer)
{
    const Result<PublicKey> expected = derivePublicKey(key);
    if (!expected)
        return expected.error();

    secp256k1_ecdsa_recoverable_signature lib;
    // noncefp = nullptr: RFC 6979 (secp256k1_nonce_function_default).
    if (secp256k1_ecdsa_sign_recoverable(ctx(), &lib, digest.data(), key.data(), nullptr, nullptr) != 1)
        return signatureFaultError("ecdsa_sign_recoverable failed");

    std::array<std::uint8_t, 64> rs;
    int recid = -1;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx(), rs.data(), &recid, &lib);
    if (recid != 0 && recid != 1) {
        // Needs R.x ≥ n: probability ~2^-127. Ethereum and Tron cannot encode it.
        return signatureFaultError("recovery id 2 or 3");
    }
    RecoverableSignature sig;
    std::copy(rs.begin(), rs.begin() + 32, sig.r.begin());
    std::copy(rs.begin() + 32, rs.end(), sig.s.begin());
    sig.recoveryId = recid;
    if (!sig.isLowS())
        return signatureFaultError("high s");

    // Defence in depth: the signature must lead back to the signer.
    secp256k1_pubkey recovered;
    if (secp256k1_ecdsa_recover(ctx(), &recovered, &lib, digest.data()) != 1)
        return signatureFaultError("recovery failed");
    const secp256k1_pubkey signerKey = toLib(expected->m_opaque);
    if (secp256k1_ec_pubkey_cmp(ctx(), &recovered, &signerKey) != 0)
        return signatureFaultError("recovered key differs from the signer");
    if (signer)
        *signer = *expected;
    return sig;
}

Result<PublicKey> Secp256k1::recover(const Hash32 &digest, const RecoverableSignature &signature)
{
    secp256k1_ecdsa_recoverable_signature lib;
    secp256k1_pubkey pub;
    if (!toLibSignature(signature, &lib) || secp256k1_ecdsa_recover(ctx(), &pub, &lib, digest.data()) != 1) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("signature: no public key recovers from it"),
            tr("The signature is invalid: no public key can be recovered from it."),
            tr("Check where the signature came from."));
    }
    PublicKey out;
    std::memcpy(out.m_opaque.data(), pub.data, sizeof(pub.data));
    return out;
}

bool Secp256k1::verify(const Hash32 &digest, const RecoverableSignature &signature, const PublicKey &key)
{
    secp256k1_ecdsa_recoverable_signature recoverable;
    if (!toLibSignature(signature, &recoverable))
        return false;
    secp256k1_ecdsa_signature plain;
    secp256k1_ecdsa_recoverable_signature_convert(ctx(), &plain, &recoverable);
    const secp256k1_pubkey pub = toLib(key.m_opaque);
    return secp256k1_ecdsa_verify(ctx(), &plain, digest.data(), &pub) == 1;
}

Result<SecretKey> Secp256k1::tweakAddSecret(const SecretKey &key, std::span<const std::uint8_t, 32> tweak)
{
    if (key.isNull())
        return nullKeyError();
    SecureBytes sum = key.bytes().clone();
    if (secp256k1_ec_seckey_tweak_add(ctx(), sum.data(), tweak.data()) != 1)
        return badTweakError();
    return SecretKey::fromBytes(std::move(sum));
}

Result<PublicKey> Secp256k1::tweakAddPublic(const PublicKey &key, std::span<const std::uint8_t, 32> tweak)
{
    // key + tweak·G as tweak·G from the precomputed generator table
    // (ec_pubkey_create) plus one point addition (ec_pubkey_combine): several
    // times faster than ec_pubkey_tweak_add's general multiplication, which
    // matters when deriving a million receive addresses.
    const secp256k1_pubkey parent = toLib(key.m_opaque);
    secp256k1_pubkey pub;
    secp256k1_pubkey tweakTimesG;
    if (secp256k1_ec_pubkey_create(ctx(), &tweakTimesG, tweak.data()) == 1) {
        const secp256k1_pubkey *terms[2] = {&parent, &tweakTimesG};
        if (secp256k1_ec_pubkey_combine(ctx(), &pub, terms, 2) != 1)
            return badTweakError(); // the sum is the point at infinity
    } else {
        // ec_pubkey_create refuses 0 and values ≥ n. BIP-32 refuses only the
        // latter; the general path keeps the library's exact rules for both.
        pub = parent;
        if (secp256k1_ec_pubkey_tweak_add(ctx(), &pub, tweak.data()) != 1)
            return badTweakError();
    }
    PublicKey out;
    std::memcpy(out.m_opaque.data(), pub.data, sizeof(pub.data));
    return out;
}

} // namespace kassa::crypto
