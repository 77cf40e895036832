// BIP-44 paths for the chains Kassa receives on, and watch-only derivation
// of receive addresses from an account xpub.
//
// Paths: m/44'/60'/account'/0/i for Ethereum and every EVM chain (BSC,
// Polygon, Arbitrum, Base reuse coin type 60, as MetaMask and Trust Wallet
// do), m/44'/195'/account'/0/i for Tron (SLIP-0044). The account xpub is the
// node m/44'/coin'/account'; the receive ("external") chain below it is /0.
//
// ReceiveAddresses is what the engine uses to hand out deposit addresses
// without ever holding the seed: it derives the external chain node once and
// then each address with one HMAC-SHA512, one generator multiplication and
// one point addition, with no allocation — fast enough for a million
// addresses (see tests/bench/bench_hd_derive.cpp).
#pragma once

#include "base/Result.h"
#include "crypto/Bip32.h"
#include "crypto/EthAddress.h"
#include "crypto/HmacSha512.h"
#include "crypto/TronAddress.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>

namespace kassa::crypto {

namespace bip44 {

enum class Coin : std::uint32_t {
    Ethereum = 60, //!< also BSC, Polygon, Arbitrum, Base
    Tron = 195,
};

//! "eth" / "tron".
QString coinName(Coin coin);

//! m/44'/coin'/account' (account < 2^31).
DerivationPath accountPath(Coin coin, std::uint32_t account);
//! m/44'/coin'/account'/0/index (account, index < 2^31).
DerivationPath receivePath(Coin coin, std::uint32_t account, std::uint32_t index);

} // namespace bip44

class ReceiveAddresses
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::ReceiveAddresses)

public:
    //! Highest receive index (non-hardened indexes stop at 2^31 − 1).
    static constexpr std::uint32_t MaxIndex = DerivationPath::Hardened - 1;

    //! From an account xpub (depth 3, hardened child: m/44'/coin'/account')
    //! or from the xpub of its external chain (depth 4, child 0:
    //! m/44'/coin'/account'/0), as wallets export either.
    static Result<ReceiveAddresses> fromXpub(const ExtendedPublicKey &xpub);

    //! The public key of receive index `index`. An index BIP-32 gives no key
    //! for (probability below 2^-127) is an error that says to skip it.
    Result<PublicKey> publicKey(std::uint32_t index) const;
    //! The EVM address of receive index `index` (Ethereum, BSC, Polygon …).
    Result<EthAddress> ethAddress(std::uint32_t index) const;
    //! The Tron address of receive index `index` (0x41 ‖ the same 20 bytes).
    Result<TronAddress> tronAddress(std::uint32_t index) const;

    //! The external chain node (…/0) addresses are derived from.
    const ExtendedPublicKey &chain() const { return m_chain; }

private:
    explicit ReceiveAddresses(const ExtendedPublicKey &chain);

    ExtendedPublicKey m_chain;
    HmacSha512 m_hmac; //!< keyed with the chain code once
    std::array<std::uint8_t, 33> m_serialized {}; //!< serP(K) of the chain node
};

} // namespace kassa::crypto
