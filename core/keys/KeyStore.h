// KeyStore: the only place Kassa keeps secrets at rest — wallet seeds and
// keys, never in its database, config or logs. Three back ends behind one
// interface: the operating system's keychain (QtKeychain: Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows), an encrypted file
// for machines without a keychain (the passphrase is asked for at unlock and
// never stored), and memory, for tests.
//
// Every operation is asynchronous: it returns at once and calls `done` later
// on the thread of `context` (which must run an event loop), so the GUI
// thread never waits for a keychain prompt or for scrypt.
#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace kassa::keys {

//! What went wrong, beyond the message: the UI offers a different way out
//! for each (unlock the keychain, restore a backup, retype a passphrase).
enum class KeyStoreFailure {
    None,
    Locked,          //!< the keychain or the key file is locked
    Unavailable,     //!< no keychain service on this machine
    AccessDenied,    //!< the user or the system refused access
    NotFound,        //!< no such entry (e.g. a profile restored on another machine)
    WrongPassphrase, //!< the key file's passphrase does not open it
    Damaged,         //!< the key file is truncated or was changed
    Io,              //!< the key file cannot be read or written
    Internal,
};

//! The failure kind of a KeyStore error (None for other errors).
KeyStoreFailure failureOf(const Error &error);

class KeyStore : public QObject
{
    Q_OBJECT

public:
    using WriteDone = std::function<void(Result<void>)>;
    using ReadDone = std::function<void(Result<crypto::SecureBytes>)>;

    using QObject::QObject;
    ~KeyStore() override = default;

    //! A name for the screen: "system keychain", "encrypted key file", …
    virtual QString backendName() const = 0;
    //! Stores `secret` under `id`, replacing what was there.
    virtual void write(const QString &id, crypto::SecureBytes secret, QObject *context, WriteDone done) = 0;
    virtual void read(const QString &id, QObject *context, ReadDone done) = 0;
    //! Removing a missing entry is not an error.
    virtual void remove(const QString &id, QObject *context, WriteDone done) = 0;

    //! Builds an error of `kind` with the standard message for it.
    static Error makeFailure(KeyStoreFailure kind, const QString &detail, const QString &backend);

protected:
    //! Calls `fn` on `context`'s thread unless `context` is gone.
    static void deliver(QObject *context, std::function<void()> fn);
};

//! Secrets in memory only: for tests, and to check the interface contract.
class MemoryKeyStore final : public KeyStore
{
    Q_OBJECT

public:
    using KeyStore::KeyStore;

    QString backendName() const override;
    void write(const QString &id, crypto::SecureBytes secret, QObject *context, WriteDone done) override;
    void read(const QString &id, QObject *context, ReadDone done) override;
    void remove(const QString &id, QObject *context, WriteDone done) override;

private:
    std::map<QString, crypto::SecureBytes> m_entries;
};

} // namespace kassa::keys
