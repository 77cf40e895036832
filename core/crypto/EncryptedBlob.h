// EncryptedBlob: passphrase encryption for exports and backups (keys,
// mnemonics, settings). AES-256-GCM with a key from scrypt, both from
// OpenSSL. The header is authenticated (it is the GCM additional data), so
// changing any byte of the file, including the KDF parameters, makes open()
// fail; it never returns altered or garbage plaintext.
//
// Format, version 1 (all integers big-endian):
//
//   offset size
//        0    8  magic "KASSAENC"
//        8    1  format version (1)
//        9    1  key derivation: 1 = scrypt
//       10    1  scrypt log2(N)
//       11    4  scrypt r
//       15    4  scrypt p
//       19   16  salt (random per file)
//       35   12  GCM nonce (random per file)
//       47    8  ciphertext length L
//       55    L  ciphertext (AES-256-GCM, same length as the plaintext)
//   55 + L   16  GCM tag
//
// Bytes 0..54 are the GCM additional data. New files use scrypt N = 2^17,
// r = 8, p = 1 (128 MiB, about half a second here).
//
// The passphrase is normalised to Unicode NFKD and encoded as UTF-8 before
// scrypt (as BIP-39 does), so the same passphrase typed with composed or
// decomposed accents, or with full-width characters, opens the file.
//
// Before running scrypt, open() checks the parameters in the file against
// KdfLimits, so a hostile file cannot make Kassa allocate gigabytes or work
// for minutes.
#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringView>

#include <cstdint>

namespace kassa::crypto {

namespace detail {
// Defined only by tests: seals with other (e.g. tiny, fast) scrypt parameters.
struct EncryptedBlobTestAccess;
} // namespace detail

struct ScryptParams {
    std::uint8_t log2N = 17;
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

//! The most a file may ask of the key derivation. The defaults are the
//! production limits; open() can only be given tighter ones (looser values
//! are clamped to these), e.g. by a fuzz target that must run fast.
struct KdfLimits {
    std::uint8_t maxLog2N = 20;
    std::uint32_t maxR = 16;
    std::uint32_t maxP = 16;
    //! scrypt's main array, 128 · r · N bytes (default parameters: 128 MiB).
    std::uint64_t maxMemoryBytes = std::uint64_t(1) << 30;
    //! N · r · p, proportional to the time (default parameters: 2^20).
    std::uint64_t maxWork = std::uint64_t(1) << 24;
};

class EncryptedBlob
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::EncryptedBlob)

public:
    static constexpr std::uint8_t FormatVersion = 1;
    static constexpr qsizetype HeaderSize = 55;
    static constexpr qsizetype TagSize = 16;

    //! Encrypts with fresh random salt and nonce and the default scrypt
    //! parameters. An empty passphrase is refused.
    static Result<QByteArray> seal(QByteArrayView plaintext, QStringView passphrase);
    static Result<QByteArray> seal(const SecureBytes &plaintext, QStringView passphrase);

    //! Decrypts and authenticates. Distinct errors: not a Kassa encrypted
    //! file, unsupported version, truncated or damaged length, key-derivation
    //! parameters out of bounds, and "wrong passphrase or the file was
    //! changed" (GCM cannot tell those two apart).
    static Result<SecureBytes> open(QByteArrayView blob, QStringView passphrase, const KdfLimits &limits = {});

    //! True if `data` starts with the magic bytes (for "what kind of file is this").
    static bool hasMagic(QByteArrayView data);

private:
    friend struct detail::EncryptedBlobTestAccess;
    static Result<QByteArray> sealWithParams(
        QByteArrayView plaintext, QStringView passphrase, const ScryptParams &params);
};

} // namespace kassa::crypto
