#include "keys/ApiSecrets.h"

#include <QRandomGenerator>

#include <openssl/crypto.h>

#include <memory>

namespace kassa::keys {

namespace {

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QByteArray toBytes(const crypto::SecureBytes &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.data()), secret.size());
}

} // namespace

void ApiSecrets::wipe()
{
    wipeBytes(epusdtToken);
    wipeBytes(webhookSecret);
}

QString ApiSecretStore::entryName(ApiSecret which)
{
    switch (which) {
    case ApiSecret::EpusdtToken: return QStringLiteral("storefront.epusdt_token");
    case ApiSecret::WebhookSecret: return QStringLiteral("storefront.webhook_secret");
    }
    return {};
}

QByteArray ApiSecretStore::generate()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(raw.data()), reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    QByteArray text = raw.toHex();
    wipeBytes(raw);
    return text;
}

Result<void> ApiSecretStore::validate(QByteArrayView secret)
{
    if (secret.size() < 16 || secret.size() > 256)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("API secret of %1 bytes").arg(secret.size()),
            tr("The token must be 16 to 256 characters long."),
            tr("Use the token your storefront plugin is configured with, or let Kassa make one."));
    for (char c : secret) {
        if (c <= ' ' || c > '~')
            return makeError(ErrorCode::InvalidInput, QStringLiteral("API secret with a space or non-ASCII byte"),
                tr("The token may contain only printable ASCII characters without spaces."),
                tr("Use the token your storefront plugin is configured with, or let Kassa make one."));
    }
    return {};
}

void loadApiSecrets(KeyStore &store, QObject *context, ApiSecretStore::LoadDone done)
{
    // Two reads in a row on `context`'s thread; the result collects in a
    // shared slot so nothing depends on the order the store answers in.
    auto secrets = std::make_shared<ApiSecrets>();
    QPointer<KeyStore> guard(&store);
    store.read(ApiSecretStore::entryName(ApiSecret::EpusdtToken), context,
        [guard, secrets, context, done](Result<crypto::SecureBytes> token) {
            if (!token.ok() && failureOf(token.error()) != KeyStoreFailure::NotFound)
                return done(token.error());
            if (token.ok())
                secrets->epusdtToken = toBytes(token.value());
            if (!guard)
                return done(makeError(ErrorCode::Internal, QStringLiteral("key store gone while loading API secrets"),
                    ApiSecretStore::tr("The key store was closed.")));
            guard->read(ApiSecretStore::entryName(ApiSecret::WebhookSecret), context,
                [secrets, done](Result<crypto::SecureBytes> secret) {
                    if (!secret.ok() && failureOf(secret.error()) != KeyStoreFailure::NotFound) {
                        secrets->wipe();
                        return done(secret.error());
                    }
                    if (secret.ok())
                        secrets->webhookSecret = toBytes(secret.value());
                    ApiSecrets out = *secrets;
                    secrets->wipe();
                    done(std::move(out));
                });
        });
}

void storeApiSecret(KeyStore &store, ApiSecret which, const QByteArray &secret, QObject *context, KeyStore::WriteDone done)
{
    if (auto valid = ApiSecretStore::validate(secret); !valid.ok()) {
        const Error error = valid.error();
        QMetaObject::invokeMethod(context, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    store.write(ApiSecretStore::entryName(which), crypto::SecureBytes::copyOf(secret), context, std::move(done));
}

void createApiSecret(KeyStore &store, ApiSecret which, bool replace, QObject *context, ApiSecretStore::SecretDone done)
{
    QPointer<KeyStore> guard(&store);
    auto make = [guard, which, context, done] {
        if (!guard)
            return done(makeError(ErrorCode::Internal, QStringLiteral("key store gone while creating an API secret"),
                ApiSecretStore::tr("The key store was closed.")));
        auto secret = std::make_shared<QByteArray>(ApiSecretStore::generate());
        guard->write(ApiSecretStore::entryName(which), crypto::SecureBytes::copyOf(*secret), context,
            [secret, done](Result<void> written) {
                if (!written.ok()) {
                    wipeBytes(*secret);
                    return done(written.error());
                }
                QByteArray out = *secret;
                wipeBytes(*secret);
                done(std::move(out));
            });
    };
    if (replace)
        return make();
    store.read(ApiSecretStore::entryName(which), context, [make, done, which](Result<crypto::SecureBytes> existing) {
        if (existing.ok())
            return done(makeError(ErrorCode::InvalidInput,
                QStringLiteral("%1 exists already").arg(ApiSecretStore::entryName(which)),
                ApiSecretStore::tr("This profile has that secret already."),
                ApiSecretStore::tr("Use rotate to replace it; the storefront must then be given the new one.")));
        if (failureOf(existing.error()) != KeyStoreFailure::NotFound)
            return done(existing.error());
        make();
    });
}

void removeApiSecret(KeyStore &store, ApiSecret which, QObject *context, KeyStore::WriteDone done)
{
    store.remove(ApiSecretStore::entryName(which), context, std::move(done));
}

bool secretsEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace kassa::keys
