// EvmDecode: strict, typed decoding of what an Ethereum node returns — block
// headers and ERC-20 Transfer logs. Every field is checked against the
// execution-apis encoding rules (QUANTITY without leading zeros, DATA of the
// right length, lower- or upper-case hex); anything else is an error that
// names the field, never a guess, a crash or a wrong amount.
#pragma once

#include "chain/WatchedAddresses.h"
#include "chain/evm/BlockWindow.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <variant>

namespace kassa::chain::evm {

//! keccak256("Transfer(address,address,uint256)")
inline constexpr char kTransferTopic[] = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

struct DecodeError {
    QString field; //!< "result.logs[3].topics[2]"
    QString problem; //!< English, for the log
    QString describe() const { return field + QStringLiteral(": ") + problem; }
};

template<typename T>
using Decoded = std::variant<T, DecodeError>;

struct BlockHeader {
    BlockRef ref; //!< number, hash, parentHash
    quint64 timestamp = 0; //!< seconds
    QByteArray logsBloom; //!< 256 bytes, empty if the node left it out
};

struct TransferLog {
    Address20 token {};
    Address20 from {};
    Address20 to {};
    std::array<quint8, 32> value {}; //!< uint256, big-endian
    QByteArray txHash; //!< 32 bytes
    quint64 logIndex = 0;
    quint64 blockNumber = 0;
    QByteArray blockHash; //!< 32 bytes
    bool removed = false; //!< a hint only (anvil never sets it)
};

//! QUANTITY: "0x0" or "0x" + hex without leading zeros, ≤ 16 digits here.
Decoded<quint64> decodeQuantity(const QJsonValue &value, const QString &field);
//! DATA of exactly `bytes` bytes ("0x" + 2·bytes hex digits).
Decoded<QByteArray> decodeData(const QJsonValue &value, int bytes, const QString &field);
//! A 20-byte address (any letter case; checksums are not the node's job).
Decoded<Address20> decodeAddress(const QJsonValue &value, const QString &field);

//! A block object from eth_getBlockByNumber/ByHash or a newHeads notification.
Decoded<BlockHeader> decodeBlockHeader(const QJsonValue &value, const QString &field = QStringLiteral("result"));

//! An ERC-20 Transfer log: exactly three topics, topic 0 = Transfer, the
//! address words' 12 pad bytes zero, 32 bytes of data.
Decoded<TransferLog> decodeTransferLog(const QJsonValue &value, const QString &field);

//! Any log, checked for shape only: what a node may legitimately return
//! for a Transfer topic filter even though it is no ERC-20 transfer (an
//! ERC-721 Transfer has a fourth topic and no data).
struct RawLog {
    Address20 address {};
    QList<QByteArray> topics; //!< each 32 bytes, at most 4
    QByteArray data;
    QByteArray txHash; //!< 32 bytes
    quint64 logIndex = 0;
    quint64 blockNumber = 0;
    QByteArray blockHash; //!< 32 bytes
    bool removed = false;
};

//! A log object with every field well-formed (a malformed one is the
//! node's fault); `data` may be at most `maxDataBytes` long.
Decoded<RawLog> decodeLog(const QJsonValue &value, const QString &field, int maxDataBytes = 4096);
//! The ERC-20 Transfer in a well-formed log, or nothing when the log is
//! something else (other event, ERC-721 shape, non-zero address padding).
std::optional<TransferLog> asTransfer(const RawLog &log);

} // namespace kassa::chain::evm
