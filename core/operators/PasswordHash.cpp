#include "operators/PasswordHash.h"

#include <QByteArray>
#include <QRegularExpression>

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace kassa::operators {

namespace {

// Wipes the UTF-8 copy of a password when it goes out of scope.
struct Utf8Password {
    QByteArray bytes;
    explicit Utf8Password(const QString &password) : bytes(password.toUtf8()) { }
    ~Utf8Password() { OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); }
    Utf8Password(const Utf8Password &) = delete;
    Utf8Password &operator=(const Utf8Password &) = delete;
};

} // namespace

Result<void> PasswordHash::checkPolicy(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("password too short"),
            tr("The password needs at least %1 characters.").arg(MinPasswordLength),
            tr("A few unrelated words make a long password that is easy to remember."));
    if (password.size() > MaxPasswordLength)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("password too long"),
            tr("The password may have at most %1 characters.").arg(MaxPasswordLength));
    for (const QChar c : password) {
        if (c.category() == QChar::Other_Control)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("password contains a control character"),
                tr("The password contains a control character (such as a tab or a line break)."),
                tr("Use letters, digits, spaces and punctuation only."));
    }
    return {};
}

Result<QString> PasswordHash::hash(const QString &password, const Argon2Params &params)
{
    Utf8Password pwd(password);
    unsigned char salt[SaltBytes];
    if (RAND_bytes(salt, SaltBytes) != 1)
        return makeError(ErrorCode::Internal, QStringLiteral("argon2: RAND_bytes failed"),
            tr("The system's random number generator failed."));
    const size_t encodedLength =
        argon2_encodedlen(params.passes, params.memoryKiB, params.lanes, SaltBytes, HashBytes, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(params.passes, params.memoryKiB, params.lanes, pwd.bytes.constData(),
        size_t(pwd.bytes.size()), salt, SaltBytes, HashBytes, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return makeError(ErrorCode::Internal, QStringLiteral("argon2id_hash_encoded: %1").arg(QString::fromLatin1(argon2_error_message(rc))),
            tr("The password could not be hashed."), tr("Send the log file to support."));
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool PasswordHash::verify(const QString &encoded, const QString &password)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    Utf8Password pwd(password);
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pwd.bytes.constData(), size_t(pwd.bytes.size())) == ARGON2_OK;
}

bool PasswordHash::needsRehash(const QString &encoded, const Argon2Params &params)
{
    static const QRegularExpression re(QStringLiteral(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$)"));
    const auto match = re.match(encoded);
    if (!match.hasMatch())
        return true;
    return match.captured(1).toULongLong() < params.memoryKiB || match.captured(2).toULongLong() < params.passes;
}

void PasswordHash::burn(const QString &password, const Argon2Params &params)
{
    (void)hash(password, params);
}

} // namespace kassa::operators
