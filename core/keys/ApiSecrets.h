// ApiSecrets: the storefront's two shared secrets — the Epusdt API token
// (signs Epusdt requests and callbacks; the merchant's plugin holds the same
// text) and the native webhook secret (HMAC-SHA256 of webhook deliveries).
// They live only in the KeyStore (the system keychain or the encrypted key
// file), never in kassa.conf, the database or a log. `kassa-cli api-token`
// creates, rotates, sets and removes them; the desktop Engine and
// `kassa-cli serve` read them with loadApiSecrets().
#pragma once

#include "keys/KeyStore.h"

#include <QByteArray>
#include <QByteArrayView>

namespace kassa::keys {

enum class ApiSecret {
    EpusdtToken, //!< KeyStore entry "storefront.epusdt_token"
    WebhookSecret, //!< KeyStore entry "storefront.webhook_secret"
};

//! Both secrets as loaded; an empty one is not set (the Epusdt routes then
//! refuse every request).
struct ApiSecrets {
    QByteArray epusdtToken;
    QByteArray webhookSecret;
    //! Overwrites both with zeros before they are dropped.
    void wipe();
};

class ApiSecretStore
{
    Q_DECLARE_TR_FUNCTIONS(kassa::keys::ApiSecretStore)

public:
    using LoadDone = std::function<void(Result<ApiSecrets>)>;
    using SecretDone = std::function<void(Result<QByteArray>)>;

    //! The KeyStore entry name of `which`.
    static QString entryName(ApiSecret which);
    //! A new random secret: 32 bytes from the system generator as 64
    //! lowercase hex digits (any storefront plugin's token field takes it).
    static QByteArray generate();
    //! Checks a secret someone brings (an existing Epusdt token): 16–256
    //! printable ASCII characters, no spaces.
    static Result<void> validate(QByteArrayView secret);
};

//! Reads both secrets from `store`; a missing entry is an empty secret, any
//! other KeyStore failure (locked, no keychain, damaged file) is the error.
//! `done` runs on `context`'s thread.
void loadApiSecrets(KeyStore &store, QObject *context, ApiSecretStore::LoadDone done);

//! Stores `secret` (validated) as `which`, replacing what was there.
void storeApiSecret(KeyStore &store, ApiSecret which, const QByteArray &secret, QObject *context, KeyStore::WriteDone done);

//! Makes a new secret for `which`, stores it and hands it back once (the
//! caller shows it to the merchant and forgets it). With `replace` false an
//! existing secret is kept and the call fails (InvalidInput).
void createApiSecret(KeyStore &store, ApiSecret which, bool replace, QObject *context, ApiSecretStore::SecretDone done);

//! Removes `which` (removing a missing secret is not an error).
void removeApiSecret(KeyStore &store, ApiSecret which, QObject *context, KeyStore::WriteDone done);

//! Compares two secrets (or values derived from them) in time that depends
//! only on their lengths.
bool secretsEqual(QByteArrayView a, QByteArrayView b);

} // namespace kassa::keys
