#include "payouts/PayoutSigner.h"

#include "crypto/Bip32.h"
#include "crypto/Bip44.h"
#include "crypto/Secp256k1.h"
#include "keys/KeyStore.h"

namespace kassa::payouts {

namespace {

Result<crypto::ExtendedPrivateKey> deriveKey(const crypto::SecureBytes &seed, std::uint32_t account, std::uint32_t index,
    crypto::bip44::Coin coin = crypto::bip44::Coin::Ethereum)
{
    auto master = crypto::ExtendedPrivateKey::fromSeed(seed);
    if (!master.ok())
        return master.error();
    return master->derivePath(crypto::bip44::receivePath(coin, account, index));
}

Error noTronKey()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("payout signer: no Tron key"),
        QCoreApplication::translate("kassa::payouts::PayoutSigner", "This hot wallet has no Tron key."));
}

} // namespace

void PayoutSigner::tronAddress(const QString &chain, QObject *context, TronAddressDone done)
{
    Q_UNUSED(chain);
    Q_UNUSED(context);
    done(noTronKey());
}

void PayoutSigner::signTron(const QString &chain, const chain::tron::TronTransaction &tx, QObject *context, TronSignDone done)
{
    Q_UNUSED(chain);
    Q_UNUSED(tx);
    Q_UNUSED(context);
    done(noTronKey());
}

namespace {

} // namespace

KeyStorePayoutSigner::KeyStorePayoutSigner(keys::KeyStore *keys, QString seedKeyId, std::uint32_t account, std::uint32_t index)
    : m_keys(keys), m_seedKeyId(std::move(seedKeyId)), m_account(account), m_index(index)
{
}

void KeyStorePayoutSigner::evmAddress(const QString &chain, QObject *context, AddressDone done)
{
    Q_UNUSED(chain); // one key for every EVM chain (BIP-44 coin 60)
    m_keys->read(m_seedKeyId, context, [account = m_account, index = m_index, done](Result<crypto::SecureBytes> seed) {
        if (!seed.ok()) {
            done(seed.error());
            return;
        }
        auto key = deriveKey(seed.value(), account, index);
        if (!key.ok()) {
            done(key.error());
            return;
        }
        done(crypto::EthAddress::fromPublicKey(key->publicKey()));
    });
}

void KeyStorePayoutSigner::signEvm(const QString &chain, const chain::evm::EvmTransaction &tx, QObject *context, SignDone done)
{
    Q_UNUSED(chain);
    m_keys->read(m_seedKeyId, context, [account = m_account, index = m_index, tx, done](Result<crypto::SecureBytes> seed) {
        if (!seed.ok()) {
            done(seed.error());
            return;
        }
        auto key = deriveKey(seed.value(), account, index);
        if (!key.ok()) {
            done(key.error());
            return;
        }
        done(tx.sign(key->secretKey())); // the key and the seed are wiped as they go out of scope
    });
}

void KeyStorePayoutSigner::tronAddress(const QString &chain, QObject *context, TronAddressDone done)
{
    Q_UNUSED(chain); // one key for every Tron network (BIP-44 coin 195)
    m_keys->read(m_seedKeyId, context, [account = m_account, index = m_index, done](Result<crypto::SecureBytes> seed) {
        if (!seed.ok()) {
            done(seed.error());
            return;
        }
        auto key = deriveKey(seed.value(), account, index, crypto::bip44::Coin::Tron);
        if (!key.ok()) {
            done(key.error());
            return;
        }
        done(crypto::TronAddress::fromPublicKey(key->publicKey()));
    });
}

void KeyStorePayoutSigner::signTron(const QString &chain, const chain::tron::TronTransaction &tx, QObject *context, TronSignDone done)
{
    Q_UNUSED(chain);
    m_keys->read(m_seedKeyId, context, [account = m_account, index = m_index, tx, done](Result<crypto::SecureBytes> seed) {
        if (!seed.ok()) {
            done(seed.error());
            return;
        }
        auto key = deriveKey(seed.value(), account, index, crypto::bip44::Coin::Tron);
        if (!key.ok()) {
            done(key.error());
            return;
        }
        done(tx.sign(key->secretKey())); // the key and the seed are wiped as they go out of scope
    });
}

} // namespace kassa::payouts
