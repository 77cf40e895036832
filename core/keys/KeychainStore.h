// KeychainStore: secrets in the operating system's keychain via QtKeychain
// (the Secret Service on Linux — GNOME Keyring, KWallet — the Keychain on
// macOS, the Credential Manager on Windows). Entries live under the service
// "org.kassa.Kassa" with keys "<namespace>/<id>", the namespace keeping two
// profiles on one machine apart. Never falls back to an unencrypted file.
#pragma once

#include "keys/KeyStore.h"

namespace QKeychain {
class Job;
}

namespace kassa::keys {

class KeychainStore final : public KeyStore
{
    Q_OBJECT

public:
    //! `keyNamespace` separates profiles: use the profile's instance id.
    explicit KeychainStore(QString keyNamespace, QObject *parent = nullptr);

    QString backendName() const override;
    void write(const QString &id, crypto::SecureBytes secret, QObject *context, WriteDone done) override;
    void read(const QString &id, QObject *context, ReadDone done) override;
    void remove(const QString &id, QObject *context, WriteDone done) override;

    static constexpr const char *kService = "org.kassa.Kassa";

private:
    QString entryKey(const QString &id) const;
    Error jobError(const QKeychain::Job *job, const QString &id) const;

    QString m_namespace;
};

} // namespace kassa::keys
