// KeyRing: wallet secrets over a KeyStore. A wallet's recovery phrase is
// stored once, as its BIP-39 entropy, under an entry name the database keeps
// (WalletRecord::keyRef); one phrase may back an EVM and a Tron wallet.
// Signing keys are never stored: they are derived on demand on a worker
// thread (seed → m/44'/coin'/account'/0/index) into wiped-on-free buffers,
// handed to the caller and dropped after use.
//
// Errors are the KeyStore's (locked, keychain missing, access denied, entry
// missing — a profile restored on another machine —, wrong passphrase) plus
// a damaged entry; keys::failureOf() tells them apart.
#pragma once

#include "crypto/Bip32.h"
#include "crypto/Bip44.h"
#include "crypto/Mnemonic.h"
#include "keys/KeyStore.h"

#include <memory>

namespace kassa::keys {

class KeyRing : public QObject
{
    Q_OBJECT

public:
    using MnemonicDone = std::function<void(Result<std::shared_ptr<crypto::Mnemonic>>)>;
    using KeyDone = std::function<void(Result<std::shared_ptr<crypto::SecretKey>>)>;

    //! `store` must outlive the ring.
    explicit KeyRing(KeyStore *store, QObject *parent = nullptr);

    KeyStore *store() const { return m_store; }

    //! A fresh entry name ("wallet-seed-<uuid>") for a new phrase.
    static QString newKeyRef();

    //! Stores `mnemonic` under `keyRef` (replacing what was there).
    void storeMnemonic(const QString &keyRef, const crypto::Mnemonic &mnemonic, QObject *context, KeyStore::WriteDone done);
    //! Reads the phrase back (backup, reveal-words).
    void readMnemonic(const QString &keyRef, QObject *context, MnemonicDone done);
    //! The private key of receive index `index` of `account`, derived on a
    //! worker thread. The caller drops it as soon as it has signed.
    void signingKey(const QString &keyRef, crypto::bip44::Coin coin, quint32 account, quint32 index, QObject *context,
        KeyDone done);
    void remove(const QString &keyRef, QObject *context, KeyStore::WriteDone done);

    //! The account xpub (m/44'/coin'/account') of a phrase: public, kept in
    //! the database so addresses can be derived without unlocking anything.
    //! Runs PBKDF2 (2048 rounds): call it off the GUI thread.
    static Result<crypto::ExtendedPublicKey> accountXpub(
        const crypto::Mnemonic &mnemonic, crypto::bip44::Coin coin, quint32 account);
    //! The key of m/44'/coin'/account'/0/index (off the GUI thread).
    static Result<crypto::SecretKey> deriveKey(
        const crypto::Mnemonic &mnemonic, crypto::bip44::Coin coin, quint32 account, quint32 index);
    //! The same from a BIP-39 seed (the phrase already stretched).
    static Result<crypto::SecretKey> deriveKey(
        const crypto::SecureBytes &seed, crypto::bip44::Coin coin, quint32 account, quint32 index);

    //! The stored form of a phrase: 0x01 ‖ entropy (16–32 bytes).
    static crypto::SecureBytes encodeEntry(const crypto::Mnemonic &mnemonic);
    static Result<crypto::Mnemonic> decodeEntry(const crypto::SecureBytes &entry, const QString &backend);

private:
    KeyStore *m_store;
};

} // namespace kassa::keys
