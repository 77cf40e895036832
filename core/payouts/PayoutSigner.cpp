#include "payouts/PayoutSigner.h"

#include "crypto/Bip32.h"
#include "crypto/Secp256k1.h"
#include "keys/KeyRing.h"
#include "keys/KeyStore.h"

#include <QPointer>

#include <memory>

namespace kassa::payouts {

namespace {

Error noTronKey()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("payout signer: no Tron key"),
        QCoreApplication::translate("kassa::payouts::PayoutSigner", "This hot wallet has no Tron key."));
}

chain::ChainFamily familyOf(crypto::bip44::Coin coin)
{
    return coin == crypto::bip44::Coin::Tron ? chain::ChainFamily::Tron : chain::ChainFamily::Evm;
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

// ------------------------------------------------------------ DerivingPayoutSigner

void DerivingPayoutSigner::evmAddress(const QString &chain, QObject *context, AddressDone done)
{
    Q_UNUSED(chain); // one key for every EVM chain (BIP-44 coin 60)
    withKey(crypto::bip44::Coin::Ethereum, context, [done](Result<std::shared_ptr<crypto::SecretKey>> key) {
        if (!key.ok())
            return done(key.error());
        auto publicKey = crypto::Secp256k1::derivePublicKey(*key.value());
        if (!publicKey.ok())
            return done(publicKey.error());
        done(crypto::EthAddress::fromPublicKey(publicKey.value()));
    });
}

void DerivingPayoutSigner::signEvm(const QString &chain, const chain::evm::EvmTransaction &tx, QObject *context, SignDone done)
{
    Q_UNUSED(chain);
    withKey(crypto::bip44::Coin::Ethereum, context, [tx, done](Result<std::shared_ptr<crypto::SecretKey>> key) {
        if (!key.ok())
            return done(key.error());
        done(tx.sign(*key.value())); // the key is wiped as its last reference goes
    });
}

void DerivingPayoutSigner::signEvmAll(const QString &chain, const QList<chain::evm::EvmTransaction> &txs, QObject *context,
    SignAllDone done)
{
    Q_UNUSED(chain);
    // One key for the round; it is wiped as its last reference goes, after
    // these transactions are signed.
    withKey(crypto::bip44::Coin::Ethereum, context, [txs, done](Result<std::shared_ptr<crypto::SecretKey>> key) {
        QList<Result<chain::evm::SignedEvmTransaction>> out;
        out.reserve(txs.size());
        for (const auto &tx : txs)
            out.append(key.ok() ? tx.sign(*key.value()) : Result<chain::evm::SignedEvmTransaction>(key.error()));
        done(std::move(out));
    });
}

void DerivingPayoutSigner::tronAddress(const QString &chain, QObject *context, TronAddressDone done)
{
    Q_UNUSED(chain); // one key for every Tron network (BIP-44 coin 195)
    withKey(crypto::bip44::Coin::Tron, context, [done](Result<std::shared_ptr<crypto::SecretKey>> key) {
        if (!key.ok())
            return done(key.error());
        auto publicKey = crypto::Secp256k1::derivePublicKey(*key.value());
        if (!publicKey.ok())
            return done(publicKey.error());
        done(crypto::TronAddress::fromPublicKey(publicKey.value()));
    });
}

void DerivingPayoutSigner::signTron(const QString &chain, const chain::tron::TronTransaction &tx, QObject *context, TronSignDone done)
{
    Q_UNUSED(chain);
    withKey(crypto::bip44::Coin::Tron, context, [tx, done](Result<std::shared_ptr<crypto::SecretKey>> key) {
        if (!key.ok())
            return done(key.error());
        done(tx.sign(*key.value()));
    });
}

// ------------------------------------------------------------ KeyStorePayoutSigner

KeyStorePayoutSigner::KeyStorePayoutSigner(keys::KeyStore *keys, QString seedKeyId, std::uint32_t account, std::uint32_t index)
    : m_keys(keys), m_seedKeyId(std::move(seedKeyId)), m_account(account), m_index(index)
{
}

void KeyStorePayoutSigner::withKey(crypto::bip44::Coin coin, QObject *context, KeyUse use)
{
    m_keys->read(m_seedKeyId, context, [coin, account = m_account, index = m_index, use](Result<crypto::SecureBytes> seed) {
        if (!seed.ok())
            return use(seed.error());
        auto key = keys::KeyRing::deriveKey(seed.value(), coin, account, index);
        if (!key.ok())
            return use(key.error());
        use(std::make_shared<crypto::SecretKey>(std::move(key).value())); // the seed is wiped as it goes out of scope
    });
}

// ------------------------------------------------------------ KeyRingPayoutSigner

KeyRingPayoutSigner::KeyRingPayoutSigner(keys::KeyRing *ring, QList<wallets::WalletRecord> payoutWallets)
    : m_ring(ring), m_wallets(std::move(payoutWallets))
{
}

Result<wallets::WalletRecord> KeyRingPayoutSigner::payoutWallet(
    const QList<wallets::WalletRecord> &wallets, chain::ChainFamily family)
{
    std::optional<wallets::WalletRecord> found;
    for (const wallets::WalletRecord &w : wallets) {
        if (w.family == family && w.role == wallets::WalletRole::Payout && (!found || w.id < found->id))
            found = w;
    }
    if (!found) {
        return makeError(ErrorCode::Config,
            QStringLiteral("payout signer: no payout wallet for the %1 family")
                .arg(QLatin1String(wallets::Wallets::familyName(family))),
            tr("There is no payout wallet for %1.").arg(wallets::Wallets::familyLabel(family)),
            tr("Create or import a wallet with the payout role on the Wallets page."));
    }
    if (found->isWatchOnly() || found->keyRef.isEmpty()) {
        return makeError(ErrorCode::Config,
            QStringLiteral("payout signer: payout wallet %1 is watch-only").arg(found->id),
            tr("The payout wallet “%1” is watch-only: it cannot sign.").arg(found->label),
            tr("Import the wallet with its recovery phrase to pay out from it."));
    }
    return *found;
}

Result<crypto::ReceiveAddresses> KeyRingPayoutSigner::receive(chain::ChainFamily family) const
{
    auto wallet = payoutWallet(m_wallets, family);
    if (!wallet.ok())
        return wallet.error();
    auto xpub = crypto::ExtendedPublicKey::parse(wallet->xpub);
    if (!xpub.ok())
        return xpub.error();
    return crypto::ReceiveAddresses::fromXpub(xpub.value());
}

void KeyRingPayoutSigner::evmAddress(const QString &chain, QObject *context, AddressDone done)
{
    Q_UNUSED(chain);
    Q_UNUSED(context);
    auto addresses = receive(chain::ChainFamily::Evm);
    if (!addresses.ok())
        return done(addresses.error());
    done(addresses->ethAddress(PayoutIndex));
}

void KeyRingPayoutSigner::tronAddress(const QString &chain, QObject *context, TronAddressDone done)
{
    Q_UNUSED(chain);
    Q_UNUSED(context);
    auto addresses = receive(chain::ChainFamily::Tron);
    if (!addresses.ok())
        return done(addresses.error());
    done(addresses->tronAddress(PayoutIndex));
}

void KeyRingPayoutSigner::withKey(crypto::bip44::Coin coin, QObject *context, KeyUse use)
{
    const chain::ChainFamily family = familyOf(coin);
    if (m_observer) {
        use = [use, family, observer = m_observer](Result<std::shared_ptr<crypto::SecretKey>> key) {
            observer(family, key.ok() ? nullptr : &key.error());
            use(std::move(key));
        };
    }
    auto wallet = payoutWallet(m_wallets, family);
    if (!wallet.ok())
        return use(wallet.error());
    const wallets::WalletRecord w = wallet.value();
    // The key store answers on the ring's thread; the key is handed back to
    // the caller's and dropped there once it has signed.
    QPointer<QObject> caller(context);
    keys::KeyRing *ring = m_ring;
    QMetaObject::invokeMethod(
        ring,
        [ring, w, coin, caller, use] {
            ring->signingKey(w.keyRef, coin, w.account, PayoutIndex, ring,
                [w, caller, use](Result<std::shared_ptr<crypto::SecretKey>> key) {
                    if (!caller)
                        return;
                    if (!key.ok()) {
                        Error e = key.error();
                        switch (keys::failureOf(e)) {
                        case keys::KeyStoreFailure::NotFound:
                            e.userMessage = tr("The recovery phrase of the payout wallet “%1” is not in the key store.")
                                                .arg(w.label);
                            e.hint = tr("Restore the wallet from its backup on this computer.");
                            break;
                        case keys::KeyStoreFailure::Locked:
                            e.userMessage = tr("The key store is locked: payouts cannot be signed.");
                            e.hint = tr("Unlock the keychain (or the key file) and the approved payouts go out.");
                            break;
                        default: break;
                        }
                        e.message = QStringLiteral("payout wallet %1: %2").arg(w.id).arg(e.message);
                        QMetaObject::invokeMethod(caller.data(), [use, e] { use(e); }, Qt::QueuedConnection);
                        return;
                    }
                    auto shared = key.value();
                    QMetaObject::invokeMethod(
                        caller.data(), [use, shared]() mutable { use(std::move(shared)); }, Qt::QueuedConnection);
                });
        },
        Qt::QueuedConnection);
}

} // namespace kassa::payouts
