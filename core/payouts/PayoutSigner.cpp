#include "payouts/PayoutSigner.h"

#include "crypto/Bip32.h"
#include "crypto/Bip44.h"
#include "crypto/Secp256k1.h"
#include "keys/KeyStore.h"

namespace kassa::payouts {

namespace {

Result<crypto::ExtendedPrivateKey> deriveKey(const crypto::SecureBytes &seed, std::uint32_t account, std::uint32_t index)
{
    auto master = crypto::ExtendedPrivateKey::fromSeed(seed);
    if (!master.ok())
        return master.error();
    return master->derivePath(crypto::bip44::receivePath(crypto::bip44::Coin::Ethereum, account, index));
}

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

} // namespace kassa::payouts
