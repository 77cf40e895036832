// Erc20Abi: the few contract calls Kassa makes to a stablecoin — the
// transfer it signs, the reads it does before a payout (balance, decimals,
// and Tether's blacklist) — encoded by hand, because they are five fixed
// shapes and a general ABI library would be a far larger thing to trust.
// TRC-20 tokens on Tron take exactly the same calldata (with the 20-byte
// form of the Tron address), so the Tron code uses these too.
//
// Return values are decoded strictly: exactly one 32-byte word; a bool must
// be 0 or 1, a uint8 below 256. An empty answer — what eth_call returns for
// an address without code, a missing function or a revert without reason — is
// its own error, because treating it as zero would read "not blacklisted" or
// "balance 0" from a wrong contract address.
#pragma once

#include "base/Result.h"
#include "crypto/EthAddress.h"
#include "money/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <array>
#include <cstdint>

namespace kassa::chain::evm {

//! A transfer(address,uint256) call, as read back from calldata.
struct Erc20TransferCall {
    crypto::EthAddress to;
    money::UInt256 amount;
};

class Erc20Abi
{
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::evm::Erc20Abi)

public:
    using Selector = std::array<std::uint8_t, 4>;

    //! The first four bytes of keccak256 of the signature (checked in tests).
    static constexpr Selector TransferSelector {0xa9, 0x05, 0x9c, 0xbb}; //!< transfer(address,uint256)
    static constexpr Selector BalanceOfSelector {0x70, 0xa0, 0x82, 0x31}; //!< balanceOf(address)
    static constexpr Selector DecimalsSelector {0x31, 0x3c, 0xe5, 0x67}; //!< decimals()
    //! Tether on Ethereum: the public mapping getter isBlackListed(address).
    static constexpr Selector IsBlackListedSelector {0xe4, 0x7d, 0x60, 0x60};
    //! Tether on Ethereum and Tron: getBlackListStatus(address).
    static constexpr Selector GetBlackListStatusSelector {0x59, 0xbf, 0x1a, 0xbe};

    static constexpr qsizetype WordSize = 32;
    static constexpr qsizetype TransferCallSize = 4 + 2 * WordSize; //!< 68 bytes

    //! selector ‖ address word ‖ amount word (68 bytes).
    static QByteArray transfer(const crypto::EthAddress &to, const money::UInt256 &amount);
    static QByteArray balanceOf(const crypto::EthAddress &owner);
    static QByteArray decimals();
    static QByteArray isBlackListed(const crypto::EthAddress &who);
    static QByteArray getBlackListStatus(const crypto::EthAddress &who);

    //! Reads transfer calldata back: exactly 68 bytes, the transfer
    //! selector, the address word's 12 pad bytes zero.
    static Result<Erc20TransferCall> decodeTransfer(QByteArrayView calldata);

    //! A uint256 return value (balanceOf).
    static Result<money::UInt256> decodeUInt256(QByteArrayView returned);
    //! A uint8 return value (decimals); also refuses more than 77 decimals,
    //! which no amount could be written in (10^78 > 2^256).
    static Result<int> decodeDecimals(QByteArrayView returned);
    //! A bool return value (isBlackListed, getBlackListStatus).
    static Result<bool> decodeBool(QByteArrayView returned);

    //! The 32-byte ABI word of an address (12 zero bytes ‖ 20 bytes).
    static std::array<std::uint8_t, 32> addressWord(const crypto::EthAddress &address);
};

} // namespace kassa::chain::evm
