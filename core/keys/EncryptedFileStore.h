// EncryptedFileStore: secrets in one file of the profile (keys.kassaenc),
// sealed with crypto::EncryptedBlob (AES-256-GCM, scrypt), for machines with
// no keychain — a headless server, a minimal desktop. The passphrase is
// asked for at unlock and kept only in wiped-on-free memory while unlocked;
// it is never written anywhere. Every change re-seals the whole file and
// replaces it atomically, so a crash or a full disk leaves the old file.
#pragma once

#include "keys/KeyStore.h"

#include <map>
#include <memory>

namespace kassa::keys {

class EncryptedFileStore final : public KeyStore
{
    Q_OBJECT

public:
    explicit EncryptedFileStore(QString path, QObject *parent = nullptr);
    ~EncryptedFileStore() override;

    QString backendName() const override;
    QString path() const { return m_path; }
    bool exists() const;
    bool isUnlocked() const { return m_unlocked; }

    //! Makes a new, empty key file protected by `passphrase` (refuses to
    //! overwrite an existing one) and leaves it unlocked.
    void create(const QString &passphrase, QObject *context, WriteDone done);
    //! Opens the file with `passphrase` (scrypt runs on a worker thread).
    void unlock(const QString &passphrase, QObject *context, WriteDone done);
    //! Forgets the secrets and the passphrase.
    void lock();

    void write(const QString &id, crypto::SecureBytes secret, QObject *context, WriteDone done) override;
    void read(const QString &id, QObject *context, ReadDone done) override;
    void remove(const QString &id, QObject *context, WriteDone done) override;

    //! The plaintext layout, exposed for tests: "KSKS" v1, then for each
    //! entry a u16 id length, the UTF-8 id, a u32 secret length, the secret.
    static crypto::SecureBytes serialize(const std::map<QString, crypto::SecureBytes> &entries);
    static Result<std::map<QString, crypto::SecureBytes>> parse(const crypto::SecureBytes &plaintext);

private:
    using Entries = std::map<QString, crypto::SecureBytes>;
    //! Seals `entries` and replaces the file, off this thread.
    void save(std::shared_ptr<Entries> entries, QObject *context, std::function<void(Result<void>)> done);

    QString m_path;
    bool m_unlocked = false;
    bool m_busy = false;
    Entries m_entries;
    crypto::SecureBytes m_passphrase; //!< UTF-8, only while unlocked
};

} // namespace kassa::keys
