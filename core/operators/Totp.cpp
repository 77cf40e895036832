#include "operators/Totp.h"

#include <QUrl>
#include <QUrlQuery>

#include <liboath/oath.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstdlib>
#include <mutex>

namespace kassa::operators {

namespace {

void initOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { oath_init(); });
}

int flagsOf(Totp::Algorithm algorithm)
{
    switch (algorithm) {
    case Totp::Algorithm::Sha1: return 0;
    case Totp::Algorithm::Sha256: return OATH_TOTP_HMAC_SHA256;
    case Totp::Algorithm::Sha512: return OATH_TOTP_HMAC_SHA512;
    }
    return 0;
}

} // namespace

Result<crypto::SecureBytes> Totp::generateSecret()
{
    crypto::SecureBytes secret(SecretBytes);
    if (RAND_bytes(secret.data(), int(secret.size())) != 1)
        return makeError(ErrorCode::Internal, QStringLiteral("totp: RAND_bytes failed"),
            tr("The system's random number generator failed."));
    return secret;
}

Result<QString> Totp::code(const crypto::SecureBytes &secret, qint64 unixSeconds, int digits, Algorithm algorithm,
    int stepSeconds)
{
    initOnce();
    if (digits < 6 || digits > 8 || stepSeconds <= 0 || unixSeconds < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("totp: bad parameters"), tr("Invalid one-time code settings."));
    char out[16] = {};
    const int rc = oath_totp_generate2(reinterpret_cast<const char *>(secret.data()), size_t(secret.size()),
        time_t(unixSeconds), unsigned(stepSeconds), 0, unsigned(digits), flagsOf(algorithm), out);
    if (rc != OATH_OK)
        return makeError(ErrorCode::Internal, QStringLiteral("oath_totp_generate2: %1").arg(QString::fromLatin1(oath_strerror(rc))),
            tr("The one-time code could not be computed."));
    const QString result = QString::fromLatin1(out);
    OPENSSL_cleanse(out, sizeof(out));
    return result;
}

std::optional<qint64> Totp::match(const crypto::SecureBytes &secret, const QString &code, qint64 unixSeconds, int window,
    int digits, Algorithm algorithm, int stepSeconds)
{
    if (code.size() != digits || window < 0 || stepSeconds <= 0)
        return std::nullopt;
    for (const QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const QByteArray given = code.toLatin1();
    const qint64 now = unixSeconds / stepSeconds;
    std::optional<qint64> found;
    for (qint64 step = now - window; step <= now + window; ++step) {
        if (step < 0)
            continue;
        auto expected = Totp::code(secret, step * stepSeconds, digits, algorithm, stepSeconds);
        if (!expected.ok())
            return std::nullopt;
        const QByteArray want = expected->toLatin1();
        // Every step is computed and compared; the result is picked without branching on the secret.
        const bool same = want.size() == given.size()
            && CRYPTO_memcmp(want.constData(), given.constData(), size_t(given.size())) == 0;
        if (same && !found)
            found = step;
    }
    return found;
}

QString Totp::base32(const crypto::SecureBytes &secret)
{
    initOnce();
    char *out = nullptr;
    size_t outLength = 0;
    if (oath_base32_encode(reinterpret_cast<const char *>(secret.data()), size_t(secret.size()), &out, &outLength) != OATH_OK)
        return {};
    QString text = QString::fromLatin1(out, qsizetype(outLength));
    OPENSSL_cleanse(out, outLength);
    std::free(out);
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    return text;
}

Result<crypto::SecureBytes> Totp::fromBase32(const QString &text)
{
    initOnce();
    QByteArray in = text.toUpper().remove(QLatin1Char(' ')).toLatin1();
    while (in.size() % 8 != 0)
        in.append('=');
    char *out = nullptr;
    size_t outLength = 0;
    if (in.isEmpty() || oath_base32_decode(in.constData(), size_t(in.size()), &out, &outLength) != OATH_OK)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("totp: bad base32 secret"), tr("This is not a valid secret."));
    auto secret = crypto::SecureBytes::copyOf(QByteArrayView(out, qsizetype(outLength)));
    OPENSSL_cleanse(out, outLength);
    std::free(out);
    OPENSSL_cleanse(in.data(), size_t(in.size()));
    return secret;
}

QString Totp::provisioningUri(const crypto::SecureBytes &secret, const QString &issuer, const QString &account)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), base32(secret));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    query.addQueryItem(QStringLiteral("digits"), QString::number(Digits));
    query.addQueryItem(QStringLiteral("period"), QString::number(StepSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace kassa::operators
