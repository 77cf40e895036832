// TronTxChecker: the gate a node-built Tron transaction passes before Kassa
// signs it. A full node's /wallet/triggersmartcontract or
// /wallet/createtransaction answers with an unsigned transaction; a faulty or
// hostile node can put anything in it — another recipient or amount, a
// second contract, TRX attached to the call, a permission id that lets
// another key spend, a memo, an absurd expiry. Signing it unchecked would
// sign whatever the node wanted.
//
// The checker parses raw_data_hex with protobuf (TronTransaction's strict
// parse: unknown fields, duplicates and non-canonical encodings refused) and
// compares it field by field with what the payout intended; every mismatch
// is an error naming the field. Only the bytes are trusted, never the JSON
// raw_data next to them (java-tron's /wallet/broadcasttransaction re-encodes
// that JSON; Kassa broadcasts the bytes it checked with /wallet/broadcasthex).
#pragma once

#include "base/Result.h"
#include "chain/tron/TronTransaction.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <cstdint>

namespace kassa::chain::tron {

//! How far a node-chosen timestamp and expiration may stray.
struct TronExpiryBounds {
    std::int64_t nowMs = 0; //!< the local clock, ms since the epoch
    //! |timestamp − now| at most this (java-tron stamps with its clock, TronWeb
    //! with the reference block's time, a few seconds back).
    std::int64_t maxClockSkewMs = 2 * 60 * 1000;
    //! expiration − timestamp at most this (java-tron and TronWeb use 60 s).
    std::int64_t maxLifetimeMs = 10 * 60 * 1000;
};

class TronTxChecker
{
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::tron::TronTxChecker)

public:
    //! The transaction must be a TriggerSmartContract from `intended.owner`
    //! to `intended.contract` with exactly transfer(intended.to,
    //! intended.amount) as calldata (68 bytes, nothing after it), no TRX or
    //! TRC-10 attached, fee_limit equal to intended.feeLimitSun, a reference
    //! block among `knownBlocks` (recent blocks Kassa read itself), and a
    //! timestamp and expiration within `bounds`.
    static Result<TronTransaction> checkTrc20Transfer(QByteArrayView rawData, const Trc20TransferParams &intended,
        const QList<TronRefBlock> &knownBlocks, const TronExpiryBounds &bounds);
    //! The same for a TRX TransferContract (no fee_limit).
    static Result<TronTransaction> checkTrxTransfer(QByteArrayView rawData, const TrxTransferParams &intended,
        const QList<TronRefBlock> &knownBlocks, const TronExpiryBounds &bounds);

    //! The raw_data bytes of a node's "transaction" object: raw_data_hex
    //! decoded strictly, and txID (if present) equal to its SHA-256.
    static Result<QByteArray> rawDataFromNode(const QJsonObject &transaction);

private:
    //! The strict parse, then what every node-built transaction shares: the
    //! kind, the owner, the reference block and the times.
    static Result<TronTransaction> checkCommon(QByteArrayView rawData, TronTransaction::Kind kind,
        const crypto::TronAddress &owner, const QList<TronRefBlock> &knownBlocks, const TronExpiryBounds &bounds);
};

} // namespace kassa::chain::tron
