#include "crypto/Bip44.h"

#include <cstring>

namespace kassa::crypto {

namespace bip44 {

QString coinName(Coin coin)
{
    return coin == Coin::Tron ? QStringLiteral("tron") : QStringLiteral("eth");
}

DerivationPath accountPath(Coin coin, std::uint32_t account)
{
    Q_ASSERT(account < DerivationPath::Hardened);
    return DerivationPath({44 | DerivationPath::Hardened, std::uint32_t(coin) | DerivationPath::Hardened,
        account | DerivationPath::Hardened});
}

DerivationPath receivePath(Coin coin, std::uint32_t account, std::uint32_t index)
{
    Q_ASSERT(index < DerivationPath::Hardened);
    return accountPath(coin, account).child(0).child(index);
}

} // namespace bip44

ReceiveAddresses::ReceiveAddresses(const ExtendedPublicKey &chain)
    : m_chain(chain), m_hmac(QByteArrayView(chain.chainCode().data(), 32)),
      m_serialized(chain.publicKey().serializeCompressed())
{ }

Result<ReceiveAddresses> ReceiveAddresses::fromXpub(const ExtendedPublicKey &xpub)
{
    if (xpub.depth() == 3 && (xpub.childNumber() & DerivationPath::Hardened)) {
        const Result<ExtendedPublicKey> chain = xpub.derive(0);
        if (!chain)
            return chain.error();
        return ReceiveAddresses(chain.value());
    }
    if (xpub.depth() == 4 && xpub.childNumber() == 0)
        return ReceiveAddresses(xpub);
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("receive addresses: xpub at depth %1, child %2").arg(xpub.depth()).arg(xpub.childNumber()),
        tr("This xpub is not an account key: it is at depth %1, but receive addresses come from an account xpub "
           "(m/44'/60'/0' or m/44'/195'/0', depth 3) or its receive chain (…/0, depth 4).")
            .arg(xpub.depth()),
        tr("Export the account's xpub from your wallet."));
}

Result<PublicKey> ReceiveAddresses::publicKey(std::uint32_t index) const
{
    if (index > MaxIndex) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("receive addresses: index %1").arg(index),
            tr("Receive index %1 is too large; indexes go up to %2.").arg(index).arg(MaxIndex));
    }
    // CKDpub with the key schedule and serP(K) prepared once: this is
    // ExtendedPublicKey::derive() without the per-call set-up.
    std::uint8_t data[37];
    std::memcpy(data, m_serialized.data(), 33);
    data[33] = std::uint8_t(index >> 24);
    data[34] = std::uint8_t(index >> 16);
    data[35] = std::uint8_t(index >> 8);
    data[36] = std::uint8_t(index);
    std::uint8_t i[64];
    m_hmac.compute(data, sizeof(data), i);
    return Secp256k1::tweakAddPublic(m_chain.publicKey(), std::span<const std::uint8_t, 32>(i, 32));
}

Result<EthAddress> ReceiveAddresses::ethAddress(std::uint32_t index) const
{
    const Result<PublicKey> key = publicKey(index);
    if (!key)
        return key.error();
    return EthAddress::fromPublicKey(key.value());
}

Result<TronAddress> ReceiveAddresses::tronAddress(std::uint32_t index) const
{
    const Result<PublicKey> key = publicKey(index);
    if (!key)
        return key.error();
    return TronAddress::fromPublicKey(key.value());
}

} // namespace kassa::crypto
