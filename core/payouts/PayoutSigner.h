// PayoutSigner: the one seam between payouts and key material. The sender
// asks it for the hot wallet's address and for a signature over one
// transaction; the key exists only for the moment of signing.
//
// KeyStorePayoutSigner reads a BIP-39 seed from the KeyStore (core/keys)
// and derives m/44'/60'/account'/0/index for EVM chains and
// m/44'/195'/account'/0/index for Tron; the wallets work
// replaces it with one over its KeyRing by implementing the same two calls.
#pragma once

#include "base/Result.h"
#include "chain/evm/EvmTransaction.h"
#include "chain/tron/TronTransaction.h"
#include "crypto/EthAddress.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace kassa::keys {
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

//! A hot wallet whose BIP-39 seed is the KeyStore entry `seedKeyId`.
class KeyStorePayoutSigner final : public PayoutSigner
{
    Q_DECLARE_TR_FUNCTIONS(kassa::payouts::KeyStorePayoutSigner)

public:
    //! `keys` must outlive this object.
    KeyStorePayoutSigner(keys::KeyStore *keys, QString seedKeyId, std::uint32_t account = 0, std::uint32_t index = 0);

    void evmAddress(const QString &chain, QObject *context, AddressDone done) override;
    void signEvm(const QString &chain, const chain::evm::EvmTransaction &tx, QObject *context, SignDone done) override;
    void signEvmAll(const QString &chain, const QList<chain::evm::EvmTransaction> &txs, QObject *context, SignAllDone done) override;
    void tronAddress(const QString &chain, QObject *context, TronAddressDone done) override;
    void signTron(const QString &chain, const chain::tron::TronTransaction &tx, QObject *context, TronSignDone done) override;

private:
    keys::KeyStore *m_keys;
    QString m_seedKeyId;
    std::uint32_t m_account;
    std::uint32_t m_index;
};

} // namespace kassa::payouts
