#include "chain/tron/TronTxChecker.h"

#include "chain/evm/Erc20Abi.h"
#include "crypto/Hex.h"

#include <QJsonValue>

namespace kassa::chain::tron {

namespace {

const QString kValuePath = QStringLiteral("raw_data.contract[0].parameter.value");

Error mismatch(const QString &field, const QString &problem)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("tron node transaction: %1: %2").arg(field, problem),
        //: %1 is a technical field name such as "raw_data.fee_limit".
        TronTxChecker::tr("The transaction the Tron node prepared does not match the payout (field “%1”), so it was "
                          "not signed.")
            .arg(field),
        TronTxChecker::tr("The node may be faulty or dishonest. Nothing was signed or sent; use another node, or let "
                          "Kassa build the transaction itself."));
}

QString refBlockText(const TronRefBlock &ref)
{
    return crypto::Hex::encode(QByteArrayView(ref.bytes.data(), 2)) + QLatin1Char('/')
        + crypto::Hex::encode(QByteArrayView(ref.hash.data(), 8));
}

} // namespace

Result<TronTransaction> TronTxChecker::checkCommon(QByteArrayView rawData, TronTransaction::Kind kind,
    const crypto::TronAddress &owner, const QList<TronRefBlock> &knownBlocks, const TronExpiryBounds &bounds)
{
    auto parsed = TronTransaction::parse(rawData);
    if (const auto *p = std::get_if<TronTransaction::Problem>(&parsed))
        return mismatch(p->field, p->problem);
    TronTransaction tx = std::move(std::get<TronTransaction>(parsed));

    if (tx.kind() != kind) {
        return mismatch(QStringLiteral("raw_data.contract[0].type"),
            kind == TronTransaction::Kind::TrxTransfer
                ? QStringLiteral("a contract call where a TRX transfer belongs")
                : QStringLiteral("a TRX transfer where a contract call belongs"));
    }
    if (tx.owner() != owner) {
        return mismatch(kValuePath + QStringLiteral(".owner_address"),
            QStringLiteral("%1 instead of %2").arg(tx.owner().toBase58(), owner.toBase58()));
    }
    const TronTxTiming &timing = tx.timing();
    if (!knownBlocks.contains(timing.refBlock)) {
        return mismatch(QStringLiteral("raw_data.ref_block_hash"),
            QStringLiteral("reference block %1 is not one of the %2 recent blocks Kassa read itself")
                .arg(refBlockText(timing.refBlock))
                .arg(knownBlocks.size()));
    }
    // Differences of int64 milliseconds: the parse already made both times
    // positive, so these cannot overflow.
    const std::int64_t skew = timing.timestampMs - bounds.nowMs;
    if (skew > bounds.maxClockSkewMs || -skew > bounds.maxClockSkewMs) {
        return mismatch(QStringLiteral("raw_data.timestamp"),
            QStringLiteral("%1 ms away from the local clock (at most %2)").arg(skew).arg(bounds.maxClockSkewMs));
    }
    const std::int64_t lifetime = timing.expirationMs - timing.timestampMs;
    if (lifetime > bounds.maxLifetimeMs) {
        return mismatch(QStringLiteral("raw_data.expiration"),
            QStringLiteral("%1 ms after the timestamp (at most %2)").arg(lifetime).arg(bounds.maxLifetimeMs));
    }
    if (timing.expirationMs <= bounds.nowMs)
        return mismatch(QStringLiteral("raw_data.expiration"), QStringLiteral("already expired"));
    return tx;
}

Result<TronTransaction> TronTxChecker::checkTrc20Transfer(QByteArrayView rawData, const Trc20TransferParams &intended,
    const QList<TronRefBlock> &knownBlocks, const TronExpiryBounds &bounds)
{
    Result<TronTransaction> tx =
        checkCommon(rawData, TronTransaction::Kind::TriggerSmartContract, intended.owner, knownBlocks, bounds);
    if (!tx)
        return tx;
    if (tx->target() != intended.contract) {
        return mismatch(kValuePath + QStringLiteral(".contract_address"),
            QStringLiteral("%1 instead of the token %2").arg(tx->target().toBase58(), intended.contract.toBase58()));
    }
    const Result<evm::Erc20TransferCall> call = evm::Erc20Abi::decodeTransfer(tx->callData());
    if (!call)
        return mismatch(kValuePath + QStringLiteral(".data"), call.error().message);
    if (call->to != intended.to.toEvm()) {
        return mismatch(kValuePath + QStringLiteral(".data"),
            QStringLiteral("pays %1 instead of %2")
                .arg(crypto::TronAddress::fromEvm(call->to).toBase58(), intended.to.toBase58()));
    }
    if (call->amount != intended.amount) {
        return mismatch(kValuePath + QStringLiteral(".data"),
            QStringLiteral("amount %1 instead of %2").arg(call->amount.toDecimal(), intended.amount.toDecimal()));
    }
    if (tx->feeLimitSun() != intended.feeLimitSun) {
        return mismatch(QStringLiteral("raw_data.fee_limit"),
            QStringLiteral("%1 sun instead of %2").arg(tx->feeLimitSun()).arg(intended.feeLimitSun));
    }
    return tx;
}

Result<TronTransaction> TronTxChecker::checkTrxTransfer(QByteArrayView rawData, const TrxTransferParams &intended,
    const QList<TronRefBlock> &knownBlocks, const TronExpiryBounds &bounds)
{
    Result<TronTransaction> tx =
        checkCommon(rawData, TronTransaction::Kind::TrxTransfer, intended.owner, knownBlocks, bounds);
    if (!tx)
        return tx;
    if (tx->target() != intended.to) {
        return mismatch(kValuePath + QStringLiteral(".to_address"),
            QStringLiteral("pays %1 instead of %2").arg(tx->target().toBase58(), intended.to.toBase58()));
    }
    if (tx->amountSun() != intended.amountSun) {
        return mismatch(kValuePath + QStringLiteral(".amount"),
            QStringLiteral("%1 sun instead of %2").arg(tx->amountSun()).arg(intended.amountSun));
    }
    return tx;
}

Result<QByteArray> TronTxChecker::rawDataFromNode(const QJsonObject &transaction)
{
    const QJsonValue hex = transaction.value(QStringLiteral("raw_data_hex"));
    if (!hex.isString())
        return mismatch(QStringLiteral("raw_data_hex"), QStringLiteral("missing or not a string"));
    const Result<QByteArray> raw = crypto::Hex::decode(hex.toString(), {.allowPrefix = false});
    if (!raw)
        return mismatch(QStringLiteral("raw_data_hex"), raw.error().message);
    const QJsonValue txId = transaction.value(QStringLiteral("txID"));
    if (!txId.isUndefined()) {
        const Result<QByteArray> id = txId.isString()
            ? crypto::Hex::decode(txId.toString(), {.allowPrefix = false, .exactBytes = 32})
            : Result<QByteArray>(QByteArray());
        const crypto::Hash32 expected = crypto::sha256(*raw);
        if (!id || id->size() != 32 || QByteArrayView(*id) != QByteArrayView(expected))
            return mismatch(QStringLiteral("txID"), QStringLiteral("is not the SHA-256 of raw_data_hex"));
    }
    return *raw;
}

} // namespace kassa::chain::tron
