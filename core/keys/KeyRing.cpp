#include "keys/KeyRing.h"

#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace kassa::keys {

namespace {
constexpr std::uint8_t kEntryVersion = 1;
}

KeyRing::KeyRing(KeyStore *store, QObject *parent) : QObject(parent), m_store(store) { }

QString KeyRing::newKeyRef()
{
    return QStringLiteral("wallet-seed-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

crypto::SecureBytes KeyRing::encodeEntry(const crypto::Mnemonic &mnemonic)
{
    const crypto::SecureBytes entropy = mnemonic.entropy();
    crypto::SecureBytes out;
    out.reserve(1 + entropy.size());
    const char version = char(kEntryVersion);
    out.append(QByteArrayView(&version, 1));
    out.append(entropy.view());
    return out;
}

Result<crypto::Mnemonic> KeyRing::decodeEntry(const crypto::SecureBytes &entry, const QString &backend)
{
    if (entry.size() < 2 || entry[0] != kEntryVersion) {
        return KeyStore::makeFailure(KeyStoreFailure::Damaged,
            QStringLiteral("wallet entry of %1 bytes has no known format").arg(entry.size()), backend);
    }
    auto mnemonic = crypto::Mnemonic::fromEntropy(entry.view().sliced(1));
    if (!mnemonic.ok()) {
        return KeyStore::makeFailure(KeyStoreFailure::Damaged,
            QStringLiteral("wallet entry does not hold a valid entropy length"), backend);
    }
    return std::move(mnemonic).value();
}

void KeyRing::storeMnemonic(
    const QString &keyRef, const crypto::Mnemonic &mnemonic, QObject *context, KeyStore::WriteDone done)
{
    m_store->write(keyRef, encodeEntry(mnemonic), context, std::move(done));
}

void KeyRing::readMnemonic(const QString &keyRef, QObject *context, MnemonicDone done)
{
    const QString backend = m_store->backendName();
    m_store->read(keyRef, context, [done = std::move(done), backend](Result<crypto::SecureBytes> entry) {
        if (!entry.ok()) {
            done(entry.error());
            return;
        }
        auto mnemonic = decodeEntry(entry.value(), backend);
        if (!mnemonic.ok()) {
            done(mnemonic.error());
            return;
        }
        done(std::make_shared<crypto::Mnemonic>(std::move(mnemonic).value()));
    });
}

void KeyRing::signingKey(const QString &keyRef, crypto::bip44::Coin coin, quint32 account, quint32 index,
    QObject *context, KeyDone done)
{
    QPointer<QObject> guard(context);
    readMnemonic(keyRef, context, [guard, coin, account, index, done = std::move(done)](
                                      Result<std::shared_ptr<crypto::Mnemonic>> mnemonic) {
        if (!mnemonic.ok()) {
            done(mnemonic.error());
            return;
        }
        if (!guard)
            return;
        // PBKDF2 and the derivation take milliseconds: off the caller's thread.
        QtConcurrent::run([m = mnemonic.value(), coin, account, index]() -> Result<std::shared_ptr<crypto::SecretKey>> {
            auto key = deriveKey(*m, coin, account, index);
            if (!key.ok())
                return key.error();
            return std::make_shared<crypto::SecretKey>(std::move(key).value());
        }).then(guard.data(), [done](Result<std::shared_ptr<crypto::SecretKey>> key) { done(std::move(key)); });
    });
}

void KeyRing::remove(const QString &keyRef, QObject *context, KeyStore::WriteDone done)
{
    m_store->remove(keyRef, context, std::move(done));
}

Result<crypto::ExtendedPublicKey> KeyRing::accountXpub(
    const crypto::Mnemonic &mnemonic, crypto::bip44::Coin coin, quint32 account)
{
    auto seed = mnemonic.seed();
    if (!seed.ok())
        return seed.error();
    auto master = crypto::ExtendedPrivateKey::fromSeed(seed.value());
    if (!master.ok())
        return master.error();
    auto node = master->derivePath(crypto::bip44::accountPath(coin, account));
    if (!node.ok())
        return node.error();
    return node->toPublic();
}

Result<crypto::SecretKey> KeyRing::deriveKey(
    const crypto::Mnemonic &mnemonic, crypto::bip44::Coin coin, quint32 account, quint32 index)
{
    auto seed = mnemonic.seed();
    if (!seed.ok())
        return seed.error();
    return deriveKey(seed.value(), coin, account, index);
}

Result<crypto::SecretKey> KeyRing::deriveKey(
    const crypto::SecureBytes &seed, crypto::bip44::Coin coin, quint32 account, quint32 index)
{
    auto master = crypto::ExtendedPrivateKey::fromSeed(seed);
    if (!master.ok())
        return master.error();
    auto node = master->derivePath(crypto::bip44::receivePath(coin, account, index));
    if (!node.ok())
        return node.error();
    return node->secretKey().clone();
}

} // namespace kassa::keys
