#include "chain/evm/EvmTransaction.h"

#include "chain/evm/Rlp.h"
#include "crypto/Keccak256.h"

#include <algorithm>

namespace kassa::chain::evm {

namespace {

using money::UInt256;

constexpr std::uint8_t kType2 = 0x02;
constexpr char kEmptyList = char(0xc0);

Error invalidTx(const QString &english, const QString &shown)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("evm tx: ") + english, shown,
        EvmTransaction::tr("Nothing was signed or sent. Correct the transaction settings and try again."));
}

Error rawError(const QString &field, const QString &problem)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("evm raw tx: %1: %2").arg(field, problem),
        //: %1 is a technical field name such as "nonce", "v" or "accessList".
        EvmTransaction::tr("The raw transaction is invalid: its field “%1” is wrong.").arg(field),
        EvmTransaction::tr("The data is damaged or is not a transaction Kassa can send. Nothing was sent."));
}

// An RLP error from a field reader, re-labelled as a raw-transaction error.
Error rawError(const QString &field, const Error &rlp)
{
    return rawError(field, rlp.message);
}

QByteArray minimal(const std::array<std::uint8_t, 32> &word)
{
    const auto first = std::find_if(word.begin(), word.end(), [](std::uint8_t b) { return b != 0; });
    return QByteArray(reinterpret_cast<const char *>(&*first), qsizetype(word.end() - first));
}

QByteArrayView addressView(const crypto::EthAddress &address)
{
    return QByteArrayView(address.bytes().data(), crypto::EthAddress::Size);
}

// The fields both forms share, in the order both put them after the fees.
void addCallFields(RlpListBuilder &list, const EvmTransaction &tx)
{
    list.addUInt(tx.gasLimit).addBytes(addressView(tx.to)).addUInt(tx.value).addBytes(tx.data);
}

QByteArray encodeSigned(const EvmTransaction &tx, const crypto::RecoverableSignature &sig)
{
    RlpListBuilder list;
    if (tx.type == EvmTxType::Legacy) {
        list.addUInt(tx.nonce).addUInt(tx.gasPrice);
        addCallFields(list, tx);
        list.addUInt(std::uint64_t(sig.recoveryId) + 35 + 2 * tx.chainId);
        list.addBytes(minimal(sig.r)).addBytes(minimal(sig.s));
        return list.encode();
    }
    list.addUInt(tx.chainId).addUInt(tx.nonce).addUInt(tx.maxPriorityFeePerGas).addUInt(tx.maxFeePerGas);
    addCallFields(list, tx);
    list.addEncoded(QByteArrayView(&kEmptyList, 1));
    list.addUInt(std::uint64_t(sig.recoveryId)).addBytes(minimal(sig.r)).addBytes(minimal(sig.s));
    QByteArray out;
    out.reserve(list.payload().size() + 10);
    out.append(char(kType2));
    out.append(list.encode());
    return out;
}

// r and s as read from RLP: canonical integers, then range-checked by
// libsecp256k1 (1 ≤ r, s < n) and EIP-2's low s.
Result<crypto::RecoverableSignature> readSignature(const RlpItem &rItem, const RlpItem &sItem, int recoveryId)
{
    const Result<UInt256> r = Rlp::toUInt(rItem, u"r");
    if (!r)
        return rawError(QStringLiteral("r"), r.error());
    const Result<UInt256> s = Rlp::toUInt(sItem, u"s");
    if (!s)
        return rawError(QStringLiteral("s"), s.error());
    const auto rWord = r->toWord();
    const auto sWord = s->toWord();
    QByteArray rs;
    rs.reserve(64);
    rs.append(reinterpret_cast<const char *>(rWord.data()), 32);
    rs.append(reinterpret_cast<const char *>(sWord.data()), 32);
    Result<crypto::RecoverableSignature> sig = crypto::Secp256k1::signatureFromCompact(rs, recoveryId);
    if (!sig)
        return rawError(QStringLiteral("r/s"), QStringLiteral("r or s is zero or not below the curve order"));
    if (!sig->isLowS())
        return rawError(QStringLiteral("s"), QStringLiteral("high s (EIP-2 makes it invalid)"));
    return sig;
}

struct CommonFields {
    std::uint64_t gasLimit = 0;
    crypto::EthAddress to;
    UInt256 value;
    QByteArray data;
};

// gas, to, value, data starting at items[first].
Result<CommonFields> readCallFields(const std::vector<RlpItem> &items, size_t first)
{
    CommonFields out;
    const Result<std::uint64_t> gas = Rlp::toUInt64(items[first], u"gasLimit");
    if (!gas)
        return rawError(QStringLiteral("gasLimit"), gas.error());
    out.gasLimit = *gas;
    const RlpItem &toItem = items[first + 1];
    if (!toItem.isList && toItem.bytes.isEmpty())
        return rawError(QStringLiteral("to"), QStringLiteral("empty: a contract creation, which Kassa never sends"));
    const Result<QByteArray> to = Rlp::toBytes(toItem, u"to", crypto::EthAddress::Size);
    if (!to)
        return rawError(QStringLiteral("to"), to.error());
    out.to = *crypto::EthAddress::fromBytes(*to);
    const Result<UInt256> value = Rlp::toUInt(items[first + 2], u"value");
    if (!value)
        return rawError(QStringLiteral("value"), value.error());
    out.value = *value;
    const Result<QByteArray> data = Rlp::toBytes(items[first + 3], u"data");
    if (!data)
        return rawError(QStringLiteral("data"), data.error());
    out.data = *data;
    return out;
}

} // namespace

Result<void> EvmTransaction::validate() const
{
    if (type != EvmTxType::Legacy && type != EvmTxType::DynamicFee) {
        return invalidTx(QStringLiteral("unsupported type %1").arg(int(type)),
            tr("This transaction type is not supported; Kassa sends legacy (EIP-155) and EIP-1559 transactions."));
    }
    if (chainId == 0 || chainId > MaxChainId) {
        return invalidTx(QStringLiteral("chain id %1 out of range").arg(chainId),
            tr("The chain ID %1 is not valid for a signed transaction.").arg(chainId));
    }
    if (nonce == ~std::uint64_t(0)) {
        return invalidTx(QStringLiteral("nonce 2^64-1 (EIP-2681)"),
            tr("The account's transaction counter (nonce) has reached its maximum; this account cannot send any more "
               "transactions."));
    }
    if (gasLimit < MinGasLimit) {
        return invalidTx(QStringLiteral("gas limit %1 below %2").arg(gasLimit).arg(MinGasLimit),
            tr("The gas limit %1 is below %2, the minimum of any transaction.").arg(gasLimit).arg(MinGasLimit));
    }
    if (type == EvmTxType::Legacy && !(maxPriorityFeePerGas.isZero() && maxFeePerGas.isZero())) {
        return invalidTx(QStringLiteral("legacy transaction with EIP-1559 fee fields"),
            tr("A legacy transaction is priced by its gas price alone, but EIP-1559 fees were set."));
    }
    if (type == EvmTxType::DynamicFee && !gasPrice.isZero()) {
        return invalidTx(QStringLiteral("EIP-1559 transaction with a gas price"),
            tr("An EIP-1559 transaction is priced by its maximum and priority fees, but a legacy gas price was set."));
    }
    if (type == EvmTxType::DynamicFee && maxPriorityFeePerGas > maxFeePerGas) {
        return invalidTx(QStringLiteral("max priority fee %1 above max fee %2")
                             .arg(maxPriorityFeePerGas.toDecimal(), maxFeePerGas.toDecimal()),
            tr("The priority fee is higher than the maximum fee per gas; nodes refuse such a transaction."));
    }
    const UInt256 &price = type == EvmTxType::Legacy ? gasPrice : maxFeePerGas;
    if (!price.checkedMul(UInt256(gasLimit))) {
        return invalidTx(QStringLiteral("gas limit × fee overflows 256 bits"),
            tr("The gas limit multiplied by the fee per gas is too large to be a fee."));
    }
    if (data.size() > MaxDataSize) {
        return invalidTx(QStringLiteral("%1 bytes of calldata").arg(data.size()),
            tr("The transaction carries %1 bytes of call data; Kassa sends at most %2.")
                .arg(data.size())
                .arg(MaxDataSize));
    }
    return {};
}

QByteArray EvmTransaction::signingPayload() const
{
    RlpListBuilder list;
    if (type == EvmTxType::Legacy) {
        list.addUInt(nonce).addUInt(gasPrice);
        addCallFields(list, *this);
        list.addUInt(chainId).addUInt(std::uint64_t(0)).addUInt(std::uint64_t(0));
        return list.encode();
    }
    list.addUInt(chainId).addUInt(nonce).addUInt(maxPriorityFeePerGas).addUInt(maxFeePerGas);
    addCallFields(list, *this);
    list.addEncoded(QByteArrayView(&kEmptyList, 1));
    QByteArray out;
    out.reserve(list.payload().size() + 10);
    out.append(char(kType2));
    out.append(list.encode());
    return out;
}

crypto::Hash32 EvmTransaction::signingHash() const
{
    return crypto::keccak256(signingPayload());
}

Result<SignedEvmTransaction> EvmTransaction::sign(const crypto::SecretKey &key) const
{
    if (Result<void> valid = validate(); !valid)
        return valid.error();
    std::optional<crypto::PublicKey> signer;
    Result<crypto::RecoverableSignature> sig = crypto::Secp256k1::sign(signingHash(), key, &signer);
    if (!sig)
        return sig.error();
    SignedEvmTransaction out;
    out.tx = *this;
    out.signature = *sig;
    out.from = crypto::EthAddress::fromPublicKey(*signer);
    out.raw = encodeSigned(*this, *sig);
    out.hash = crypto::keccak256(out.raw);
    return out;
}

Result<SignedEvmTransaction> EvmTransaction::decodeSigned(QByteArrayView raw)
{
    if (raw.isEmpty())
        return rawError(QStringLiteral("type"), QStringLiteral("empty input"));
    const auto first = std::uint8_t(raw[0]);
    const bool legacy = first >= 0xc0;
    if (!legacy && first != kType2) {
        return rawError(QStringLiteral("type"),
            first < 0x80 ? QStringLiteral("transaction type %1 is not supported (only 0 and 2)").arg(first)
                         : QStringLiteral("starts with an RLP string, not a transaction"));
    }
    const Result<RlpItem> top = Rlp::decode(legacy ? raw : raw.sliced(1));
    if (!top) {
        // The RLP's own text already says where the bytes are damaged (for
        // type 2 the offset counts from after the type byte).
        Error error = top.error();
        error.message = QStringLiteral("evm raw tx: rlp: ") + error.message;
        return error;
    }
    const qsizetype fieldCount = legacy ? 9 : 12;
    const Result<const std::vector<RlpItem> *> list = Rlp::toList(*top, u"transaction", fieldCount);
    if (!list)
        return rawError(QStringLiteral("transaction"), list.error());
    const std::vector<RlpItem> &items = **list;

    EvmTransaction tx;
    int recoveryId = 0;
    Result<crypto::RecoverableSignature> sig = crypto::RecoverableSignature {};
    if (legacy) {
        tx.type = EvmTxType::Legacy;
        const Result<std::uint64_t> nonce = Rlp::toUInt64(items[0], u"nonce");
        if (!nonce)
            return rawError(QStringLiteral("nonce"), nonce.error());
        tx.nonce = *nonce;
        const Result<UInt256> gasPrice = Rlp::toUInt(items[1], u"gasPrice");
        if (!gasPrice)
            return rawError(QStringLiteral("gasPrice"), gasPrice.error());
        tx.gasPrice = *gasPrice;
        Result<CommonFields> call = readCallFields(items, 2);
        if (!call)
            return call.error();
        tx.gasLimit = call->gasLimit;
        tx.to = call->to;
        tx.value = call->value;
        tx.data = std::move(call->data);
        const Result<std::uint64_t> v = Rlp::toUInt64(items[6], u"v");
        if (!v)
            return rawError(QStringLiteral("v"), v.error());
        if (*v == 27 || *v == 28) {
            return rawError(QStringLiteral("v"),
                QStringLiteral("pre-EIP-155 v %1: no chain id, replayable on every chain").arg(*v));
        }
        if (*v < 37)
            return rawError(QStringLiteral("v"), QStringLiteral("%1 is not an EIP-155 v").arg(*v));
        tx.chainId = (*v - 35) / 2;
        recoveryId = int((*v - 35) % 2);
        sig = readSignature(items[7], items[8], recoveryId);
    } else {
        tx.type = EvmTxType::DynamicFee;
        const Result<std::uint64_t> chainId = Rlp::toUInt64(items[0], u"chainId");
        if (!chainId)
            return rawError(QStringLiteral("chainId"), chainId.error());
        tx.chainId = *chainId;
        const Result<std::uint64_t> nonce = Rlp::toUInt64(items[1], u"nonce");
        if (!nonce)
            return rawError(QStringLiteral("nonce"), nonce.error());
        tx.nonce = *nonce;
        const Result<UInt256> tip = Rlp::toUInt(items[2], u"maxPriorityFeePerGas");
        if (!tip)
            return rawError(QStringLiteral("maxPriorityFeePerGas"), tip.error());
        tx.maxPriorityFeePerGas = *tip;
        const Result<UInt256> maxFee = Rlp::toUInt(items[3], u"maxFeePerGas");
        if (!maxFee)
            return rawError(QStringLiteral("maxFeePerGas"), maxFee.error());
        tx.maxFeePerGas = *maxFee;
        Result<CommonFields> call = readCallFields(items, 4);
        if (!call)
            return call.error();
        tx.gasLimit = call->gasLimit;
        tx.to = call->to;
        tx.value = call->value;
        tx.data = std::move(call->data);
        const Result<const std::vector<RlpItem> *> access = Rlp::toList(items[8], u"accessList");
        if (!access)
            return rawError(QStringLiteral("accessList"), access.error());
        if (!(*access)->empty())
            return rawError(QStringLiteral("accessList"), QStringLiteral("not empty (Kassa never uses one)"));
        const Result<std::uint64_t> parity = Rlp::toUInt64(items[9], u"yParity");
        if (!parity)
            return rawError(QStringLiteral("yParity"), parity.error());
        if (*parity > 1)
            return rawError(QStringLiteral("yParity"), QStringLiteral("%1 is neither 0 nor 1").arg(*parity));
        recoveryId = int(*parity);
        sig = readSignature(items[10], items[11], recoveryId);
    }
    if (!sig)
        return sig.error();
    if (Result<void> valid = tx.validate(); !valid)
        return rawError(QStringLiteral("transaction"), valid.error().message);

    const Result<crypto::PublicKey> signer = crypto::Secp256k1::recover(tx.signingHash(), *sig);
    if (!signer)
        return rawError(QStringLiteral("r/s"), QStringLiteral("no public key recovers from the signature"));

    SignedEvmTransaction out;
    out.tx = std::move(tx);
    out.signature = *sig;
    out.from = crypto::EthAddress::fromPublicKey(*signer);
    out.raw = encodeSigned(out.tx, out.signature);
    // Strict decoding leaves one encoding per transaction; if this ever
    // differs, the decoder has a hole and the bytes must not be trusted.
    if (out.raw != raw) {
        return makeError(ErrorCode::Internal, QStringLiteral("evm raw tx: re-encoding differs from the input"),
            EvmTransaction::tr("Internal error: a transaction did not survive being read back."),
            EvmTransaction::tr("Nothing was sent. Please report this problem."));
    }
    out.hash = crypto::keccak256(out.raw);
    return out;
}

money::UInt256 SignedEvmTransaction::v() const
{
    if (tx.type == EvmTxType::Legacy)
        return money::UInt256(std::uint64_t(signature.recoveryId) + 35 + 2 * tx.chainId);
    return money::UInt256(std::uint64_t(signature.recoveryId));
}

} // namespace kassa::chain::evm
