// TronDecode: strict, typed decoding of what a Tron full node (HTTP API) and
// TronGrid return — blocks, transaction infos with their TRC-20 Transfer
// logs, receipts, and TronGrid's TRC-20 history pages. Every field is
// checked; anything else is an error naming the field, never a guess, a
// crash or a wrong amount:
//  - JSON numbers must be integer literals: a body with a fraction or an
//    exponent anywhere is refused before Qt parses it, because Qt would turn
//    "9007199254740993.0" into a double and lose the last digit. Integers
//    beyond int64 are refused where they are read.
//  - Amounts are uint256 from the log's 32-byte data word or TronGrid's
//    decimal string, never a JSON number.
//  - Addresses come in three forms — "41" + 40 hex (protobuf bytes as the
//    API prints them), Base58Check "T…" (TronGrid, visible=true) and the
//    bare 20-byte hex of log addresses and topics — and all become Address20.
//  - A block id's first 8 bytes are its number (java-tron's BlockId), so a
//    node answering with another block than the one asked for is caught.
#pragma once

#include "chain/WatchedAddresses.h"
#include "money/UInt256.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace kassa::chain::tron {

//! keccak256("Transfer(address,address,uint256)"), as Tron logs print it (no 0x).
inline constexpr char kTransferTopicHex[] = "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

struct DecodeError {
    QString field; //!< "[3].log[0].topics[2]"
    QString problem; //!< English, for the log
    QString describe() const { return field + QStringLiteral(": ") + problem; }
};

template<typename T>
using Decoded = std::variant<T, DecodeError>;

//! A block as /wallet/getnowblock, /wallet/getblockbynum and
//! /walletsolidity/getnowblock return it (transactions are not decoded).
struct TronBlock {
    quint64 number = 0;
    QByteArray id; //!< blockID, 32 bytes
    QByteArray parentHash; //!< 32 bytes
    qint64 timestampMs = 0;
    //! txID of each transaction, in block order (empty for an empty block).
    QList<QByteArray> txIds;
};

struct TronLog {
    Address20 address {}; //!< the contract that emitted it (20-byte form)
    QList<QByteArray> topics; //!< each 32 bytes, at most 4
    QByteArray data;
};

//! One TransactionInfo (/wallet/gettransactioninfobyblocknum items,
//! /walletsolidity/gettransactioninfobyid).
struct TronTxInfo {
    QByteArray id; //!< 32 bytes
    quint64 blockNumber = 0;
    qint64 blockTimeMs = 0;
    //! receipt.result: "SUCCESS", "REVERT", "OUT_OF_ENERGY", …; empty when
    //! the node left it out (plain TRX transfers, protobuf default).
    QString receiptResult;
    //! The transaction-level "result": empty or "FAILED".
    QString result;
    QList<TronLog> logs;

    bool succeeded() const { return receiptResult == QLatin1String("SUCCESS") && result.isEmpty(); }
};

//! A TRC-20 Transfer event found in a log.
struct Trc20Transfer {
    Address20 token {};
    Address20 from {};
    Address20 to {};
    money::UInt256 value;
    int logIndex = 0; //!< position in the transaction's log list
};

//! One row of TronGrid's /v1/accounts/{address}/transactions/trc20.
struct TronGridTransfer {
    QByteArray txId; //!< 32 bytes
    Address20 token {};
    Address20 from {};
    Address20 to {};
    money::UInt256 value;
    qint64 blockTimestampMs = 0;
    QString type; //!< "Transfer", "Approval", …
};

struct TronGridPage {
    QList<TronGridTransfer> rows;
    QString fingerprint; //!< empty on the last page
};

//! Parses a response body: at most `maxDepth` levels of nesting and only
//! integer number literals (see above). A top-level "Error" member
//! (java-tron's error shape) is returned as the error.
bool parseBody(const QByteArray &body, QJsonValue *out, QString *error, int maxDepth = 64);

//! A JSON integer in [0, max].
Decoded<quint64> decodeUInt(const QJsonValue &value, const QString &field, quint64 max = quint64(INT64_MAX));
//! 64 hex digits (either case), no 0x: a transaction id or block hash.
Decoded<QByteArray> decodeHash(const QJsonValue &value, const QString &field);
//! "41" + 40 hex, or Base58Check "T…" (checksum checked).
Decoded<Address20> decodeAddress(const QJsonValue &value, const QString &field);
//! A log's address: 40 hex (the 20-byte form), or "41" + 40 hex.
Decoded<Address20> decodeLogAddress(const QJsonValue &value, const QString &field);

//! A block object. An empty object (a block the node does not have) is
//! returned as nothing. `expectedNumber`, when given, must match.
Decoded<std::optional<TronBlock>> decodeBlock(const QJsonValue &value, const QString &field = QStringLiteral("block"),
    std::optional<quint64> expectedNumber = std::nullopt);

//! A TransactionInfo; an empty object (no such transaction, or not yet in
//! this view) is nothing. `expectedId`, when not empty, must match.
Decoded<std::optional<TronTxInfo>> decodeTxInfo(
    const QJsonValue &value, const QString &field = QStringLiteral("info"), const QByteArray &expectedId = {});

//! The answer of /wallet/gettransactioninfobyblocknum for `blockNumber`:
//! an array (or {} for an empty block), every item in that block, no
//! transaction twice.
Decoded<QList<TronTxInfo>> decodeBlockTxInfos(const QJsonValue &value, quint64 blockNumber);

//! The TRC-20 Transfer in a log (three topics, topic 0 = Transfer, zero
//! address padding, a 32-byte data word), or nothing when it is another event.
std::optional<Trc20Transfer> asTrc20Transfer(const TronLog &log, int logIndex);

//! The answer of /wallet/triggerconstantcontract: `result.result` true and
//! the first `constant_result` as bytes (at most 4096).
Decoded<QByteArray> decodeConstantResult(const QJsonValue &value);

//! A TronGrid TRC-20 history page ({"data":[…],"success":true,"meta":{…}}).
Decoded<TronGridPage> decodeTronGridPage(const QJsonValue &value);

//! Lower-case hex without 0x.
QString hex(const QByteArray &bytes);
//! Base58Check "T…" of a 20-byte address.
QString base58(const Address20 &address);

} // namespace kassa::chain::tron
