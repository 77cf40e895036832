// BIP-32 hierarchical deterministic keys: derivation paths, extended private
// keys (xprv) and extended public keys (xpub).
//
// Kassa derives every receive address from one seed (or, watch-only, from an
// account xpub alone), so these must match every other wallet bit for bit:
// CKDpriv/CKDpub are HMAC-SHA512 over the parent's chain code, with the
// scalar and point arithmetic in libsecp256k1 (Secp256k1::tweakAdd*). An
// index for which BIP-32 gives no key (I_L ≥ n or a zero result, probability
// below 2^-127) is an error that says to skip the index.
//
// Parsing is strict, as for any key someone pastes: Base58Check, 78 bytes,
// the mainnet version bytes (xprv/xpub; a private key where a public one is
// expected, testnet keys and SegWit ypub/zpub are named as such), a depth-0
// key with a parent fingerprint or child number, a key byte prefix that does
// not match the version, a private key outside 1 … n−1 and a point that is
// not on the curve are all refused. Derivation paths are "m/44'/60'/0'/0/5"
// with ' or h for hardened and nothing else.
//
// Private material (private keys, chain codes of private keys, xprv text)
// only ever lives in SecureBytes/SecretKey.
#pragma once

#include "base/Result.h"
#include "crypto/Secp256k1.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>

namespace kassa::crypto {

class DerivationPath
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::DerivationPath)

public:
    static constexpr std::uint32_t Hardened = 0x80000000u;
    static constexpr int MaxDepth = 255;

    //! "m": no components.
    DerivationPath() = default;
    explicit DerivationPath(QList<std::uint32_t> components) : m_components(std::move(components)) { }

    //! "m" or "m/" + components separated by '/': decimal indexes below 2^31
    //! without leading zeros, each optionally followed by ' or h (hardened).
    //! No spaces, no empty parts, at most 255 levels.
    static Result<DerivationPath> parse(QStringView text);

    const QList<std::uint32_t> &components() const { return m_components; }
    int depth() const { return int(m_components.size()); }
    bool isEmpty() const { return m_components.isEmpty(); }
    //! True if any component is hardened (an xpub cannot follow it).
    bool hasHardened() const;
    //! This path with `index` appended.
    DerivationPath child(std::uint32_t index) const;
    //! "m/44'/60'/0'/0/5".
    QString toString() const;

    bool operator==(const DerivationPath &other) const = default;

private:
    QList<std::uint32_t> m_components;
};

class ExtendedPublicKey;

class ExtendedPrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::ExtendedPrivateKey)

public:
    //! The master key of a seed (16 to 64 bytes; BIP-39 seeds have 64):
    //! I = HMAC-SHA512("Bitcoin seed", seed).
    static Result<ExtendedPrivateKey> fromSeed(const SecureBytes &seed);
    //! Strict xprv parsing (see the header comment). The error never
    //! repeats the text.
    static Result<ExtendedPrivateKey> parse(QStringView xprv);

    ExtendedPrivateKey(ExtendedPrivateKey &&) noexcept = default;
    ExtendedPrivateKey &operator=(ExtendedPrivateKey &&) noexcept = default;
    ExtendedPrivateKey clone() const;

    //! CKDpriv: the child at `index` (≥ 2^31 is hardened).
    Result<ExtendedPrivateKey> derive(std::uint32_t index) const;
    //! Applies every component of `path` below this key (from the master
    //! key, "m/44'/60'/0'/0/5" is that key).
    Result<ExtendedPrivateKey> derivePath(const DerivationPath &path) const;
    //! The same node without its private key (N(k, c) in BIP-32).
    ExtendedPublicKey toPublic() const;
    //! "xprv…" (Base58Check), in wiped-on-free memory.
    SecureBytes toBase58() const;

    const SecretKey &secretKey() const { return m_key; }
    const PublicKey &publicKey() const { return m_publicKey; }
    int depth() const { return m_depth; }
    std::uint32_t parentFingerprint() const { return m_parentFingerprint; }
    std::uint32_t childNumber() const { return m_childNumber; }
    //! HASH160(serP(K))[0..4], the parent fingerprint of this key's children.
    std::uint32_t fingerprint() const;

private:
    ExtendedPrivateKey(SecretKey key, PublicKey publicKey, SecureBytes chainCode, int depth,
        std::uint32_t parentFingerprint, std::uint32_t childNumber);

    SecretKey m_key;
    PublicKey m_publicKey;
    SecureBytes m_chainCode;
    int m_depth = 0;
    std::uint32_t m_parentFingerprint = 0;
    std::uint32_t m_childNumber = 0;
};

class ExtendedPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::ExtendedPublicKey)

public:
    using ChainCode = std::array<std::uint8_t, 32>;

    //! Strict xpub parsing (see the header comment).
    static Result<ExtendedPublicKey> parse(QStringView xpub);

    //! CKDpub: the non-hardened child at `index` (< 2^31).
    Result<ExtendedPublicKey> derive(std::uint32_t index) const;
    //! Applies every component of `path` (all non-hardened) below this key.
    Result<ExtendedPublicKey> derivePath(const DerivationPath &path) const;
    //! "xpub…" (Base58Check).
    QString toBase58() const;

    const PublicKey &publicKey() const { return m_key; }
    const ChainCode &chainCode() const { return m_chainCode; }
    int depth() const { return m_depth; }
    std::uint32_t parentFingerprint() const { return m_parentFingerprint; }
    std::uint32_t childNumber() const { return m_childNumber; }
    std::uint32_t fingerprint() const;

    bool operator==(const ExtendedPublicKey &other) const;

private:
    friend class ExtendedPrivateKey;
    ExtendedPublicKey(const PublicKey &key, const ChainCode &chainCode, int depth, std::uint32_t parentFingerprint,
        std::uint32_t childNumber);

    PublicKey m_key;
    ChainCode m_chainCode {};
    int m_depth = 0;
    std::uint32_t m_parentFingerprint = 0;
    std::uint32_t m_childNumber = 0;
};

namespace bip32 {
//! HASH160 (RIPEMD-160 of SHA-256) of a compressed public key, first 4 bytes, big-endian.
std::uint32_t fingerprintOf(const PublicKey &key);
} // namespace bip32

} // namespace kassa::crypto
