// PasswordHash: operator passwords as Argon2id hashes (libargon2), in the
// PHC string form that carries its own salt and cost.
//
// Default cost (see doc/architecture.md, "Operators"): 64 MiB of memory,
// 3 passes, 1 lane — RFC 9106's second recommended option ("if much less
// memory is available": 64 MiB, t = 3), about 0.1–0.2 s on one core of a
// 2020s desktop. That is slow enough to make guessing a stolen database
// expensive and fast enough for a step-up prompt at every approval. A hash
// made with other parameters still verifies (they are read from the string);
// needsRehash() says when to upgrade it after a successful sign-in.
#pragma once

#include "base/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace kassa::operators {

struct Argon2Params {
    std::uint32_t memoryKiB = 64 * 1024;
    std::uint32_t passes = 3;
    std::uint32_t lanes = 1;

    //! The production cost.
    static Argon2Params defaults() { return {}; }
    //! A cheap cost for unit tests only (never for a real profile).
    static Argon2Params forTests() { return {1024, 1, 1}; }
};

class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(kassa::operators::PasswordHash)

public:
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;
    static constexpr int MinPasswordLength = 10;
    static constexpr int MaxPasswordLength = 1024;

    //! Checks the password policy (length; no control characters). The
    //! error says what is wrong, for the form.
    static Result<void> checkPolicy(const QString &password);
    //! A fresh random salt and the Argon2id hash of the UTF-8 password.
    static Result<QString> hash(const QString &password, const Argon2Params &params = Argon2Params::defaults());
    //! Whether `password` matches `encoded` (compared in constant time by
    //! libargon2). A malformed `encoded` never matches.
    static bool verify(const QString &encoded, const QString &password);
    //! Whether `encoded` is not an Argon2id hash of at least `params`' cost.
    static bool needsRehash(const QString &encoded, const Argon2Params &params = Argon2Params::defaults());
    //! Spends the same time as verify() without a stored hash, so a wrong
    //! login name cannot be told from a wrong password by timing.
    static void burn(const QString &password, const Argon2Params &params = Argon2Params::defaults());
};

} // namespace kassa::operators
