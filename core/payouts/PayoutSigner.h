// PayoutSigner: the one seam between payouts and key material. The sender
// asks it for the hot wallet's address and for a signature over one
// transaction; the key exists only for the moment of signing.
//
// DerivingPayoutSigner does the addresses and the signing for any source
// of the hot wallet's key: a subclass only hands over the key of
// m/44'/coin'/account'/0/index for one call (keys::KeyRing::deriveKey).
// KeyStorePayoutSigner reads a raw BIP-39 seed from the KeyStore (tests,
// benchmarks); KeyRingPayoutSigner reads the payout wallet's recovery phrase
// through keys::KeyRing (the engine's PayoutRunner): m/44'/60'/account'/0/0
// for EVM chains, m/44'/195'/account'/0/0 for Tron.
#pragma once

#include "base/Result.h"
#include "chain/evm/EvmTransaction.h"
#include "chain/tron/TronTransaction.h"
#include "crypto/Bip44.h"
#include "crypto/EthAddress.h"
#include "wallets/Wallet.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace kassa::keys {
class KeyRing;
class KeyStore;
}

namespace kassa::payouts {

class PayoutSigner
{
public:
    using AddressDone = std::function<void(Result<crypto::EthAddress>)>;
    using SignDone = std::function<void(Result<chain::evm::SignedEvmTransaction>)>;
    //! One result per transaction, in order.
    using SignAllDone = std::function<void(QList<Result<chain::evm::SignedEvmTransaction>>)>;

    virtual ~PayoutSigner() = default;
    //! The hot wallet's address on `chain`; answers on `context`'s thread.
    virtual void evmAddress(const QString &chain, QObject *context, AddressDone done) = 0;
    //! Signs `tx` with the hot wallet's key for `chain`; answers on `context`'s thread.
    virtual void signEvm(const QString &chain, const chain::evm::EvmTransaction &tx, QObject *context, SignDone done) = 0;
    //! Signs a round of transactions (a sender's nonce run) with the same key;
    //! answers once, on `context`'s thread. The default signs them one after
    //! the other with signEvm; a signer over a key store overrides it to read
    //! and derive the key once for the round instead of once a transaction.
    virtual void signEvmAll(const QString &chain, const QList<chain::evm::EvmTransaction> &txs, QObject *context, SignAllDone done);

    using TronAddressDone = std::function<void(Result<crypto::TronAddress>)>;
    using TronSignDone = std::function<void(Result<chain::tron::SignedTronTransaction>)>;
    //! The hot wallet's address on a Tron chain. The default: this signer has no Tron key.
    virtual void tronAddress(const QString &chain, QObject *context, TronAddressDone done);
    //! Signs a Tron transaction Kassa built (never node-supplied bytes).
    virtual void signTron(const QString &chain, const chain::tron::TronTransaction &tx, QObject *context, TronSignDone done);
};

//! The four calls over a source of the hot wallet's private key: the key
//! lives only for the one call (wiped when its last reference goes).
class DerivingPayoutSigner : public PayoutSigner
{
public:
    void evmAddress(const QString &chain, QObject *context, AddressDone done) override;
    void signEvm(const QString &chain, const chain::evm::EvmTransaction &tx, QObject *context, SignDone done) override;
    //! One key for the whole round: one withKey() instead of one a transaction.
    void signEvmAll(const QString &chain, const QList<chain::evm::EvmTransaction> &txs, QObject *context, SignAllDone done) override;
    void tronAddress(const QString &chain, QObject *context, TronAddressDone done) override;
    void signTron(const QString &chain, const chain::tron::TronTransaction &tx, QObject *context, TronSignDone done) override;

protected:
    using KeyUse = std::function<void(Result<std::shared_ptr<crypto::SecretKey>>)>;
    //! Hands `use`, on `context`'s thread, the key the hot wallet pays from
    //! on chains of `coin`.
    virtual void withKey(crypto::bip44::Coin coin, QObject *context, KeyUse use) = 0;
};

//! A hot wallet whose BIP-39 seed is the KeyStore entry `seedKeyId`.
class KeyStorePayoutSigner final : public DerivingPayoutSigner
{
    Q_DECLARE_TR_FUNCTIONS(kassa::payouts::KeyStorePayoutSigner)

public:
    //! `keys` must outlive this object.
    KeyStorePayoutSigner(keys::KeyStore *keys, QString seedKeyId, std::uint32_t account = 0, std::uint32_t index = 0);

protected:
    void withKey(crypto::bip44::Coin coin, QObject *context, KeyUse use) override;

private:
    keys::KeyStore *m_keys;
    QString m_seedKeyId;
    std::uint32_t m_account;
    std::uint32_t m_index;
};

//! The payout wallets of the wallet store (role payout, kind hd): the
//! recovery phrase through keys::KeyRing, paying from receive index 0 of the
//! wallet's account — the address the Wallets page shows first. Addresses
//! come from the wallet's public account key, so only signing opens the key
//! store. Callable from any thread: the key store is asked on the ring's.
class KeyRingPayoutSigner final : public DerivingPayoutSigner
{
    Q_DECLARE_TR_FUNCTIONS(kassa::payouts::KeyRingPayoutSigner)

public:
    //! The receive index payouts are sent from.
    static constexpr std::uint32_t PayoutIndex = 0;

    //! `ring` (and its store) must outlive this object. `payoutWallets`: the
    //! payout wallet of each family (payoutWallet() picks it).
    KeyRingPayoutSigner(keys::KeyRing *ring, QList<wallets::WalletRecord> payoutWallets);

    //! The wallet a family pays out from: the oldest one with the payout
    //! role; an error that says what is missing or why it cannot sign.
    static Result<wallets::WalletRecord> payoutWallet(
        const QList<wallets::WalletRecord> &wallets, chain::ChainFamily family);

    //! Told after each attempt to get a key (on the caller's thread): the
    //! error, or null once a key was handed over. Set before use.
    using Observer = std::function<void(chain::ChainFamily family, const Error *error)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    void evmAddress(const QString &chain, QObject *context, AddressDone done) override;
    void tronAddress(const QString &chain, QObject *context, TronAddressDone done) override;

protected:
    void withKey(crypto::bip44::Coin coin, QObject *context, KeyUse use) override;

private:
    Result<crypto::ReceiveAddresses> receive(chain::ChainFamily family) const;

    keys::KeyRing *m_ring;
    QList<wallets::WalletRecord> m_wallets;
    Observer m_observer;
};

} // namespace kassa::payouts
