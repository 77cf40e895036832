#include "payouts/PayoutSigner.h"

#include "crypto/Bip32.h"
#include "crypto/Bip44.h"
#include "crypto/Secp256k1.h"
#include "keys/KeyStore.h"

#include <memory>

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

//! The default signEvmAll: each answer asks for the next signature.
struct SignOneByOne : std::enable_shared_from_this<SignOneByOne> {
    PayoutSigner *signer;
    QString chain;
    QList<chain::evm::EvmTransaction> txs;
    QObject *context;
    PayoutSigner::SignAllDone done;
    QList<Result<chain::evm::SignedEvmTransaction>> out;

    void next()
    {
        if (out.size() == txs.size()) {
            done(std::move(out));
            return;
        }
        signer->signEvm(chain, txs[out.size()], context, [self = shared_from_this()](Result<chain::evm::SignedEvmTransaction> r) {
            self->out.append(std::move(r));
            self->next();
        });
    }
};

} // namespace

void PayoutSigner::signEvmAll(const QString &chain, const QList<chain::evm::EvmTransaction> &txs, QObject *context, SignAllDone done)
{
    auto run = std::make_shared<SignOneByOne>();
    run->signer = this;
    run->chain = chain;
    run->txs = txs;
    run->context = context;
    run->done = std::move(done);
    run->next();
}

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

void KeyStorePayoutSigner::signEvmAll(const QString &chain, const QList<chain::evm::EvmTransaction> &txs, QObject *context,
    SignAllDone done)
{
    Q_UNUSED(chain);
    // One read of the seed and one derivation for the round; the key lives
    // for the moment of signing these transactions only.
    m_keys->read(m_seedKeyId, context, [account = m_account, index = m_index, txs, done](Result<crypto::SecureBytes> seed) {
        QList<Result<chain::evm::SignedEvmTransaction>> out;
        out.reserve(txs.size());
        auto key = seed.ok() ? deriveKey(seed.value(), account, index) : Result<crypto::ExtendedPrivateKey>(seed.error());
        for (const auto &tx : txs)
            out.append(key.ok() ? tx.sign(key->secretKey()) : Result<chain::evm::SignedEvmTransaction>(key.error()));
        done(std::move(out)); // the key and the seed are wiped as they go out of scope
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
