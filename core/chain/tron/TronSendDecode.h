// TronSendDecode: strict decoding of the full-node answers a Tron payout
// needs — the account's TRX balance (/wallet/getaccount), its energy and
// bandwidth (/wallet/getaccountresource), the chain's prices
// (/wallet/getchainparameters), a simulated contract call with its energy
// (/wallet/triggerconstantcontract with a parameter) and the broadcast
// result (/wallet/broadcasthex). Same rules as TronDecode: integers only,
// every field checked, an error naming the field instead of a guess.
//
// The shapes, as java-tron answers (visible=true):
//   getaccount          {"address":"T…","balance":123, …} or {} (not activated)
//   getaccountresource  {"freeNetLimit":600,"freeNetUsed":10,"NetLimit":0,
//                        "NetUsed":0,"EnergyLimit":0,"EnergyUsed":0, …}
//                       (protobuf defaults: a missing field is 0; {} is all 0)
//   getchainparameters  {"chainParameter":[{"key":"getEnergyFee","value":210}, …]}
//   triggerconstant…    {"result":{"result":true},"energy_used":29631,
//                        "constant_result":["…"],"transaction":{"ret":[{"ret":"FAILED"}]…}}
//                       or {"result":{"code":"CONTRACT_VALIDATE_ERROR","message":"hex"}}
//   broadcasthex        {"result":true,"code":"SUCCESS","txid":"…","transaction":"…"}
//                       or {"result":false,"code":"SIGERROR","txid":"…","message":"…"}
#pragma once

#include "chain/tron/TronDecode.h"

namespace kassa::chain::tron {

struct TronAccountResources {
    qint64 freeNetLimit = 0;
    qint64 freeNetUsed = 0;
    qint64 netLimit = 0; //!< from staked TRX
    qint64 netUsed = 0;
    qint64 energyLimit = 0;
    qint64 energyUsed = 0;

    qint64 bandwidthLeft() const
    {
        return qMax<qint64>(0, freeNetLimit - freeNetUsed) + qMax<qint64>(0, netLimit - netUsed);
    }
    qint64 energyLeft() const { return qMax<qint64>(0, energyLimit - energyUsed); }
};

struct TronChainPrices {
    qint64 energyFeeSun = 0; //!< getEnergyFee: sun burnt per energy unit
    qint64 transactionFeeSun = 0; //!< getTransactionFee: sun burnt per bandwidth byte
};

//! A simulated contract call.
struct TronCallResult {
    bool executed = false; //!< ran without revert
    QString code; //!< the node's code when it refused or reverted ("CONTRACT_VALIDATE_ERROR", "REVERT")
    QString message; //!< the node's text (hex decoded when it was hex), at most 200 characters
    QByteArray output; //!< constant_result[0]
    qint64 energyUsed = 0;
};

struct TronBroadcastResult {
    bool accepted = false;
    QString code; //!< "SUCCESS", "DUP_TRANSACTION_ERROR", "SIGERROR", …
    QString message; //!< at most 200 characters
    QByteArray txId; //!< 32 bytes when the node named it

    //! The network already has it (a retry of the same bytes).
    bool duplicate() const { return code == QLatin1String("DUP_TRANSACTION_ERROR"); }
};

//! The TRX balance in sun; an empty object (an account never activated) is 0.
Decoded<qint64> decodeAccountBalance(const QJsonValue &value);
Decoded<TronAccountResources> decodeAccountResources(const QJsonValue &value);
Decoded<TronChainPrices> decodeChainPrices(const QJsonValue &value);
Decoded<TronCallResult> decodeCallResult(const QJsonValue &value);
Decoded<TronBroadcastResult> decodeBroadcastResult(const QJsonValue &value);

} // namespace kassa::chain::tron
