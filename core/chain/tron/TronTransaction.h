// TronTransaction: a Tron transaction Kassa is willing to sign — a TRX
// transfer (TransferContract) or a contract call (TriggerSmartContract; a
// TRC-20 transfer is one with Erc20Abi::transfer() calldata) — as the bytes
// of Transaction.raw, built with the protobuf messages of
// chain/tron/proto/*.proto (protobuf-lite; the wire encoding is protobuf's,
// never hand-written).
//
// There are exactly three ways to get one: built locally from parameters
// (trxTransfer(), trc20Transfer(), triggerSmartContract()), parsed from a
// node's raw_data_hex by TronTxChecker after it matched the intended payout
// field by field, or read back from a signed transaction Kassa stored
// (decodeSigned()). So a node-supplied transaction cannot be signed without
// having been checked.
//
// txID = SHA-256(raw_data), signed directly (no further hashing). The
// signature is 65 bytes r ‖ s ‖ v with v = recovery id + 27, which is what
// TronWeb emits (utils/crypto.ts ECKeySign); java-tron accepts 27/28 and
// 0/1 alike. decodeSigned() accepts both.
#pragma once

#include "base/Result.h"
#include "chain/evm/Erc20Abi.h"
#include "crypto/Hash.h"
#include "crypto/Secp256k1.h"
#include "crypto/SecureBytes.h"
#include "crypto/TronAddress.h"
#include "money/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <variant>

namespace kassa::chain::tron {

//! TAPOS: the block a transaction refers to. ref_block_bytes are bytes
//! [6, 8) of the block number (8-byte big-endian), ref_block_hash bytes
//! [8, 16) of the block ID. A transaction whose reference block is not on
//! the chain the node follows is refused with TAPOS_ERROR, so a fork cannot
//! replay it.
struct TronRefBlock {
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::tron::TronRefBlock)

public:
    std::array<std::uint8_t, 2> bytes {};
    std::array<std::uint8_t, 8> hash {};

    //! From a block's number and its 32-byte ID. A Tron block ID starts with
    //! the block number (8 bytes, big-endian); an ID that does not is refused,
    //! because the node mixed up two blocks.
    static Result<TronRefBlock> fromBlock(std::int64_t number, QByteArrayView blockId);
    //! From the two fields as a transaction carries them (2 and 8 bytes).
    static Result<TronRefBlock> fromFields(QByteArrayView refBlockBytes, QByteArrayView refBlockHash);

    bool operator==(const TronRefBlock &other) const = default;
};

//! The time fields of a transaction, in milliseconds since the epoch.
struct TronTxTiming {
    TronRefBlock refBlock;
    std::int64_t timestampMs = 0; //!< when it was made (TronWeb: the reference block's time)
    std::int64_t expirationMs = 0; //!< after this the network drops it; TronWeb: timestamp + 60 s
};

//! What a TRC-20 transfer pays, as the payout approved it.
struct Trc20TransferParams {
    crypto::TronAddress owner; //!< the paying address (the key's)
    crypto::TronAddress contract; //!< the token, e.g. USDT TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t
    crypto::TronAddress to;
    money::UInt256 amount; //!< token units
    std::int64_t feeLimitSun = 0; //!< the most TRX (in sun) the energy may burn
};

//! What a TRX transfer pays.
struct TrxTransferParams {
    crypto::TronAddress owner;
    crypto::TronAddress to;
    std::int64_t amountSun = 0; //!< 1 TRX = 1 000 000 sun; must be positive
};

struct SignedTronTransaction;

class TronTransaction
{
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::tron::TronTransaction)

public:
    enum class Kind {
        TrxTransfer, //!< TransferContract (type 1)
        TriggerSmartContract, //!< TriggerSmartContract (type 31)
    };

    //! java-tron refuses an expiration more than 24 h after its head block.
    static constexpr std::int64_t MaxLifetimeMs = 24LL * 60 * 60 * 1000;
    //! The network's fee_limit ceiling, 15 000 TRX (developers.tron.network,
    //! "Feelimit"); nodes refuse more, and it is a mistake, not a fee.
    static constexpr std::int64_t MaxFeeLimitSun = 15'000'000'000LL;
    //! Calldata bigger than this is not something Kassa ever sends.
    static constexpr qsizetype MaxCallDataSize = 64 * 1024;

    static const char *const TransferContractTypeUrl;
    static const char *const TriggerSmartContractTypeUrl;

    //! A TRC-20 transfer: TriggerSmartContract with transfer(to, amount)
    //! calldata in clean ABI form (12 zero bytes ‖ the 20-byte address, as
    //! TronWeb writes it), call_value 0.
    static Result<TronTransaction> trc20Transfer(const Trc20TransferParams &params, const TronTxTiming &timing);
    //! A TRX transfer (no fee_limit: TRX transfers burn bandwidth, not energy).
    static Result<TronTransaction> trxTransfer(const TrxTransferParams &params, const TronTxTiming &timing);
    //! Any contract call without TRX attached: owner, contract, calldata.
    static Result<TronTransaction> triggerSmartContract(const crypto::TronAddress &owner,
        const crypto::TronAddress &contract, QByteArrayView callData, std::int64_t feeLimitSun,
        const TronTxTiming &timing);

    //! Reads a signed Transaction (the bytes /wallet/broadcasthex takes), e.g.
    //! as Kassa stored it before broadcasting: one 65-byte signature, a
    //! raw_data that passes the same strict checks as a node's, canonical
    //! encoding, and a signature that recovers to the owner address. Both
    //! forms of v are read; transactionBytes() writes recid + 27, so it
    //! gives back the input for Kassa's own transactions (re-broadcast the
    //! stored bytes themselves in any case).
    static Result<SignedTronTransaction> decodeSigned(QByteArrayView transactionBytes);

    Kind kind() const { return m_kind; }
    const crypto::TronAddress &owner() const { return m_owner; }
    //! The recipient of a TRX transfer, or the called contract.
    const crypto::TronAddress &target() const { return m_target; }
    std::int64_t amountSun() const { return m_amountSun; } //!< TRX transfer only
    const QByteArray &callData() const { return m_callData; } //!< contract call only
    //! The calldata as a TRC-20 transfer, if it is one (strictly decoded).
    std::optional<evm::Erc20TransferCall> transferCall() const;
    std::int64_t feeLimitSun() const { return m_feeLimitSun; }
    const TronTxTiming &timing() const { return m_timing; }

    //! The serialized Transaction.raw: what the txID hashes and what a node
    //! returns as raw_data_hex.
    const QByteArray &rawData() const { return m_rawData; }
    crypto::Hash32 txId() const;

    //! Signs txID with `key`, which must belong to the owner address.
    Result<SignedTronTransaction> sign(const crypto::SecretKey &key) const;

private:
    friend class TronTxChecker;
    friend struct SignedTronTransaction;

    //! A field that is not what it must be: its path in the message
    //! ("raw_data.contract[0].parameter.value.call_value") and what is wrong.
    struct Problem {
        QString field;
        QString problem; //!< English, for the log
    };

    TronTransaction() = default;
    //! Validates the fields and serializes them (the one place raw_data is made).
    Result<void> build();
    //! Strict structural parse of Transaction.raw bytes: exactly one contract
    //! of a kind Kassa sends, nothing Kassa does not set (memo, scripts,
    //! auths, permission id, TRX or TRC-10 attached to a call), no unknown
    //! fields, and the bytes exactly the canonical encoding of what was read.
    static std::variant<TronTransaction, Problem> parse(QByteArrayView rawData);

    Kind m_kind = Kind::TriggerSmartContract;
    crypto::TronAddress m_owner;
    crypto::TronAddress m_target;
    std::int64_t m_amountSun = 0;
    QByteArray m_callData;
    std::int64_t m_feeLimitSun = 0;
    TronTxTiming m_timing;
    QByteArray m_rawData;
};

struct SignedTronTransaction {
    TronTransaction tx;
    crypto::Hash32 txId {};
    crypto::RecoverableSignature signature;
    //! r ‖ s ‖ (recovery id + 27), as TronWeb writes signature[0].
    std::array<std::uint8_t, 65> signature65() const { return signature.toRsv(27); }

    //! The serialized Transaction {raw_data, signature}.
    QByteArray transactionBytes() const;
    //! The body of POST /wallet/broadcasthex: {"transaction": "<hex>"}.
    QJsonObject broadcastHexBody() const;
};

} // namespace kassa::chain::tron
