// Secp256k1: the process's one secp256k1 signer, over libsecp256k1 0.2.0.
// The library context is created once (thread-safe static) and randomized
// with RAND_bytes for side-channel blinding; it is never re-randomized, so
// every function here may be called from any thread without locking.
//
// Signing is deterministic (RFC 6979) and low-s. A signature leaves sign()
// only after the public key recovered from it equals the signer's public
// key, so a fault, a bad key or a library misuse is caught here and never
// reaches a transaction. Recovery ids other than 0 and 1 are refused (Ethereum
// and Tron cannot express them).
#pragma once

#include "base/Result.h"
#include "crypto/Hash.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace kassa::crypto {

//! A valid secp256k1 point (never the point at infinity).
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::PublicKey)

public:
    static constexpr qsizetype CompressedSize = 33;
    static constexpr qsizetype UncompressedSize = 65;

    //! Parses 33 bytes (02/03 ‖ X) or 65 bytes (04 ‖ X ‖ Y) and checks the
    //! point is on the curve. "Hybrid" 06/07 encodings are refused.
    static Result<PublicKey> parse(QByteArrayView serialized);

    //! 02/03 ‖ X, as BIP-32 uses.
    std::array<std::uint8_t, 33> serializeCompressed() const;
    //! 04 ‖ X ‖ Y.
    std::array<std::uint8_t, 65> serializeUncompressed() const;
    //! X ‖ Y (no 04 prefix): exactly what Ethereum and Tron addresses hash.
    std::array<std::uint8_t, 64> serializeUncompressedXY() const;

    bool operator==(const PublicKey &other) const;

private:
    friend class Secp256k1;
    PublicKey() = default;

    //! libsecp256k1's opaque secp256k1_pubkey (64 bytes, platform-specific).
    std::array<unsigned char, 64> m_opaque {};
};

//! r ‖ s plus the recovery id (0 or 1), as produced by Secp256k1::sign().
struct RecoverableSignature {
    std::array<std::uint8_t, 32> r {};
    std::array<std::uint8_t, 32> s {};
    int recoveryId = 0;

    //! r ‖ s (64 bytes).
    std::array<std::uint8_t, 64> compact() const;
    //! r ‖ s ‖ v with v = recoveryId + vOffset: Tron uses 0 (wallet-core) or
    //! 27 (TronWeb); Ethereum's v is computed by the transaction code.
    std::array<std::uint8_t, 65> toRsv(std::uint8_t vOffset = 0) const;
    //! True if s ≤ n/2 (EIP-2). Every signature from sign() is.
    bool isLowS() const;

    bool operator==(const RecoverableSignature &other) const = default;
};

class Secp256k1
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::Secp256k1)

public:
    //! Parses r ‖ s (64 bytes) and a recovery id from outside, e.g. a
    //! signature a node returned. Rejects r or s of zero or ≥ n and recovery
    //! ids other than 0 and 1; high s is allowed here (recover() accepts it,
    //! verify() does not), check isLowS() where malleability matters.
    static Result<RecoverableSignature> signatureFromCompact(QByteArrayView rs64, int recoveryId);

    static Result<PublicKey> derivePublicKey(const SecretKey &key);

    //! ECDSA over a 32-byte digest (never a raw message): RFC 6979 nonce,
    //! low s, recovery id 0/1, verified by recovery before it is returned.
    //! If `signer` is given it receives the key's public key (computed for
    //! the check anyway), so a caller that needs the sender address does not
    //! derive it a second time.
    static Result<RecoverableSignature> sign(
        const Hash32 &digest, const SecretKey &key, std::optional<PublicKey> *signer = nullptr);
    //! The public key that made `signature` over `digest`.
    static Result<PublicKey> recover(const Hash32 &digest, const RecoverableSignature &signature);
    //! Standard ECDSA verification; high-s signatures are rejected.
    static bool verify(const Hash32 &digest, const RecoverableSignature &signature, const PublicKey &key);

    //! (key + tweak) mod n, for BIP-32 CKDpriv. An error if tweak ≥ n or the
    //! result is zero: BIP-32 says to skip that index.
    static Result<SecretKey> tweakAddSecret(const SecretKey &key, std::span<const std::uint8_t, 32> tweak);
    //! key + tweak·G, for BIP-32 CKDpub. An error if tweak ≥ n or the result
    //! is the point at infinity: skip that index.
    static Result<PublicKey> tweakAddPublic(const PublicKey &key, std::span<const std::uint8_t, 32> tweak);
};

} // namespace kassa::crypto
