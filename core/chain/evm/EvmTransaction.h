// EvmTransaction: the transactions Kassa signs on Ethereum-family chains —
// EIP-155 legacy (type 0, for chains and nodes that still price by gasPrice,
// such as BSC) and EIP-1559 (type 2). Always a call to an address (a payout
// in the native coin, or an ERC-20 transfer with the calldata of
// Erc20Abi::transfer()); never a contract creation, never an access list.
//
// decodeSigned() reads a signed raw transaction back — from Kassa's own store
// before it re-broadcasts it, or in a test — strictly: canonical RLP, EIP-155
// replay protection (a pre-EIP-155 v of 27/28 is refused), low s (EIP-2), and
// the sender recovered from the signature. Re-encoding the result gives the
// input byte for byte, so what was checked is exactly what gets sent.
#pragma once

#include "base/Result.h"
#include "crypto/EthAddress.h"
#include "crypto/Hash.h"
#include "crypto/Secp256k1.h"
#include "crypto/SecureBytes.h"
#include "money/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstdint>

namespace kassa::chain::evm {

enum class EvmTxType : std::uint8_t {
    Legacy = 0, //!< EIP-155: gasPrice, v = recid + 35 + 2·chainId
    DynamicFee = 2, //!< EIP-1559: maxPriorityFeePerGas, maxFeePerGas, yParity
};

struct SignedEvmTransaction;

struct EvmTransaction {
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::evm::EvmTransaction)

public:
    //! EIP-2294's bound, floor(2^64 / 2) − 36, so that v = recid + 35 +
    //! 2·chainId fits in 64 bits.
    static constexpr std::uint64_t MaxChainId = ~std::uint64_t(0) / 2 - 36;
    //! The intrinsic gas of any transaction; less can never be mined.
    static constexpr std::uint64_t MinGasLimit = 21000;
    //! Calldata bigger than this is not something Kassa ever sends (geth's
    //! pool refuses transactions above 128 KiB anyway).
    static constexpr qsizetype MaxDataSize = 64 * 1024;

    EvmTxType type = EvmTxType::DynamicFee;
    std::uint64_t chainId = 1;
    std::uint64_t nonce = 0;
    money::UInt256 gasPrice; //!< legacy only; zero for type 2
    money::UInt256 maxPriorityFeePerGas; //!< type 2 only; zero for legacy
    money::UInt256 maxFeePerGas; //!< type 2 only; zero for legacy
    std::uint64_t gasLimit = 0;
    crypto::EthAddress to;
    money::UInt256 value; //!< wei; zero for a token transfer
    QByteArray data; //!< calldata; empty for a plain coin transfer

    bool operator==(const EvmTransaction &other) const = default;

    //! Checks what any node would refuse anyway, before a key is touched:
    //! chain id 1…MaxChainId, nonce below 2^64 − 1 (EIP-2681), gas limit at
    //! least 21000, the fee fields of the other type zero, priority fee not
    //! above the max fee, calldata within MaxDataSize.
    Result<void> validate() const;

    //! What is hashed for the signature: rlp([nonce, gasPrice, gas, to,
    //! value, data, chainId, 0, 0]) or 0x02 ‖ rlp([chainId, nonce, …, []]).
    QByteArray signingPayload() const;
    //! keccak256(signingPayload()).
    crypto::Hash32 signingHash() const;

    //! validate(), then sign with crypto::Secp256k1 (RFC 6979, low s,
    //! checked by recovery) and encode.
    Result<SignedEvmTransaction> sign(const crypto::SecretKey &key) const;

    //! Reads a signed raw transaction (type 0 with EIP-155 v, or type 2).
    static Result<SignedEvmTransaction> decodeSigned(QByteArrayView raw);
};

struct SignedEvmTransaction {
    EvmTransaction tx;
    crypto::RecoverableSignature signature; //!< recoveryId is the yParity
    crypto::EthAddress from; //!< the signer, recovered or derived from the key
    QByteArray raw; //!< what eth_sendRawTransaction takes
    crypto::Hash32 hash {}; //!< keccak256(raw), the transaction hash

    //! v as it is encoded: recoveryId + 35 + 2·chainId for legacy, the
    //! yParity (0 or 1) for type 2.
    money::UInt256 v() const;
};

} // namespace kassa::chain::evm
