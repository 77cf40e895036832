// Totp: time-based one-time passwords (RFC 6238) through liboath, for the
// optional second factor of an operator.
//
// Kassa issues SHA-1, 6 digits, 30-second steps — what every authenticator
// app understands — and accepts the code of the current step and of one step
// either side (clock drift). Codes are compared in constant time
// (CRYPTO_memcmp over every step of the window, no early exit), and the step
// a code matched is returned so the caller can refuse a code used before.
// The secret itself lives only in the KeyStore (core/keys).
#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kassa::operators {

class Totp
{
    Q_DECLARE_TR_FUNCTIONS(kassa::operators::Totp)

public:
    enum class Algorithm { Sha1, Sha256, Sha512 };
    static constexpr int SecretBytes = 20; //!< 160 bits, RFC 4226's recommendation
    static constexpr int Digits = 6;
    static constexpr int StepSeconds = 30;
    static constexpr int Window = 1; //!< steps accepted on either side of now

    //! A fresh random secret.
    static Result<crypto::SecureBytes> generateSecret();
    //! The code for `unixSeconds`.
    static Result<QString> code(const crypto::SecureBytes &secret, qint64 unixSeconds, int digits = Digits,
        Algorithm algorithm = Algorithm::Sha1, int stepSeconds = StepSeconds);
    //! The time step `code` belongs to if it is valid at `unixSeconds`
    //! (within the window), otherwise nothing. Anything but `digits` ASCII
    //! digits is refused.
    static std::optional<qint64> match(const crypto::SecureBytes &secret, const QString &code, qint64 unixSeconds,
        int window = Window, int digits = Digits, Algorithm algorithm = Algorithm::Sha1, int stepSeconds = StepSeconds);
    //! The secret in RFC 4648 base32 without padding, as apps expect it.
    static QString base32(const crypto::SecureBytes &secret);
    //! Reads a base32 secret as apps show it (case, spaces and padding ignored).
    static Result<crypto::SecureBytes> fromBase32(const QString &text);
    //! The otpauth:// URI for a QR code (Key Uri Format).
    static QString provisioningUri(const crypto::SecureBytes &secret, const QString &issuer, const QString &account);
};

} // namespace kassa::operators
