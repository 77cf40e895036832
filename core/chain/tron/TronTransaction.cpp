#include "chain/tron/TronTransaction.h"

#include "chain/evm/Erc20Abi.h"
#include "chain/tron/proto/balance_contract.pb.h"
#include "chain/tron/proto/smart_contract.pb.h"
#include "chain/tron/proto/tron.pb.h"
#include "crypto/Hex.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <google/protobuf/stubs/logging.h>
#include <string>

namespace kassa::chain::tron {

const char *const TronTransaction::TransferContractTypeUrl = "type.googleapis.com/protocol.TransferContract";
const char *const TronTransaction::TriggerSmartContractTypeUrl = "type.googleapis.com/protocol.TriggerSmartContract";

namespace {

Q_LOGGING_CATEGORY(lcTronProtobuf, "kassa.chain.tron.protobuf")

// protobuf reports some malformed input itself (e.g. invalid UTF-8 in a
// string field) by writing to stderr; a hostile node could fill it at will.
// The parse failure is an error Kassa reports anyway, so protobuf's own
// words go to a debug category. Installed during static initialisation,
// because protobuf's SetLogHandler() is not thread-safe.
void protobufLog(google::protobuf::LogLevel level, const char *file, int line, const std::string &message)
{
    qCDebug(lcTronProtobuf, "protobuf level %d at %s:%d: %s", int(level), file, line, message.c_str());
}

[[maybe_unused]] const bool protobufLogInstalled = (google::protobuf::SetLogHandler(&protobufLog), true);

using Contract = protocol::Transaction_Contract;

// raw_data of Kassa's transactions is a few hundred bytes; a node's answer
// far beyond the largest calldata Kassa sends is refused before parsing.
constexpr qsizetype kMaxRawSize = TronTransaction::MaxCallDataSize + 1024;
constexpr qsizetype kSignatureSize = 65;

const QString kValuePath = QStringLiteral("raw_data.contract[0].parameter.value");

std::string bytesOf(QByteArrayView bytes)
{
    return std::string(bytes.data(), size_t(bytes.size()));
}

std::string addressBytes(const crypto::TronAddress &address)
{
    const auto b = address.bytes21();
    return std::string(reinterpret_cast<const char *>(b.data()), b.size());
}

QByteArrayView viewOf(const std::string &s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

// Where a field that failed the builder's checks lives in the message, what
// is wrong in English, and the sentence for the screen.
struct Violation {
    QString field;
    QString problem;
    QString shown;
};

} // namespace

// --- TronRefBlock --------------------------------------------------------------

Result<TronRefBlock> TronRefBlock::fromBlock(std::int64_t number, QByteArrayView blockId)
{
    if (number < 0 || blockId.size() != 32) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("tron reference block: number %1, block ID of %2 bytes").arg(number).arg(blockId.size()),
            tr("The reference block from the Tron node is not valid."),
            tr("Try again; if it persists, use another Tron node."));
    }
    for (int i = 0; i < 8; ++i) {
        if (std::uint8_t(blockId[i]) != std::uint8_t(std::uint64_t(number) >> (56 - 8 * i))) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("tron reference block: block ID does not start with block number %1").arg(number),
                tr("The Tron node returned a block whose ID does not belong to its number."),
                tr("Try again; if it persists, use another Tron node."));
        }
    }
    TronRefBlock out;
    std::copy(blockId.begin() + 6, blockId.begin() + 8, out.bytes.begin());
    std::copy(blockId.begin() + 8, blockId.begin() + 16, out.hash.begin());
    return out;
}

Result<TronRefBlock> TronRefBlock::fromFields(QByteArrayView refBlockBytes, QByteArrayView refBlockHash)
{
    if (refBlockBytes.size() != 2 || refBlockHash.size() != 8) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("tron reference block: %1 and %2 bytes instead of 2 and 8")
                .arg(refBlockBytes.size())
                .arg(refBlockHash.size()),
            tr("The reference block from the Tron node is not valid."),
            tr("Try again; if it persists, use another Tron node."));
    }
    TronRefBlock out;
    std::copy(refBlockBytes.begin(), refBlockBytes.end(), out.bytes.begin());
    std::copy(refBlockHash.begin(), refBlockHash.end(), out.hash.begin());
    return out;
}

// --- the protobuf form ---------------------------------------------------------

namespace {

std::string contractValue(const TronTransaction &tx)
{
    if (tx.kind() == TronTransaction::Kind::TrxTransfer) {
        protocol::TransferContract transfer;
        transfer.set_owner_address(addressBytes(tx.owner()));
        transfer.set_to_address(addressBytes(tx.target()));
        transfer.set_amount(tx.amountSun());
        return transfer.SerializeAsString();
    }
    protocol::TriggerSmartContract call;
    call.set_owner_address(addressBytes(tx.owner()));
    call.set_contract_address(addressBytes(tx.target()));
    call.set_data(bytesOf(tx.callData()));
    return call.SerializeAsString();
}

// The one rendering of a transaction as Transaction.raw: fields in the order
// java-tron and TronWeb serialize them, zero values left out (proto3).
protocol::Transaction_raw toProto(const TronTransaction &tx)
{
    protocol::Transaction_raw raw;
    const TronTxTiming &timing = tx.timing();
    raw.set_ref_block_bytes(std::string(reinterpret_cast<const char *>(timing.refBlock.bytes.data()), 2));
    raw.set_ref_block_hash(std::string(reinterpret_cast<const char *>(timing.refBlock.hash.data()), 8));
    raw.set_expiration(timing.expirationMs);
    raw.set_timestamp(timing.timestampMs);
    raw.set_fee_limit(tx.feeLimitSun());
    Contract *contract = raw.add_contract();
    const bool transfer = tx.kind() == TronTransaction::Kind::TrxTransfer;
    contract->set_type(transfer ? Contract::TransferContract : Contract::TriggerSmartContract);
    protocol::Any *parameter = contract->mutable_parameter();
    parameter->set_type_url(
        transfer ? TronTransaction::TransferContractTypeUrl : TronTransaction::TriggerSmartContractTypeUrl);
    parameter->set_value(contractValue(tx));
    return raw;
}

std::optional<Violation> validateFields(const TronTransaction &tx)
{
    const TronTxTiming &timing = tx.timing();
    if (tx.kind() == TronTransaction::Kind::TrxTransfer) {
        if (tx.amountSun() <= 0) {
            return Violation {kValuePath + QStringLiteral(".amount"),
                QStringLiteral("%1 sun is not positive").arg(tx.amountSun()),
                TronTransaction::tr("The TRX amount must be more than zero.")};
        }
        if (tx.owner() == tx.target()) {
            return Violation {kValuePath + QStringLiteral(".to_address"), QStringLiteral("the owner itself"),
                TronTransaction::tr("A TRX transfer cannot go to the sending address itself.")};
        }
        if (tx.feeLimitSun() != 0) {
            return Violation {QStringLiteral("raw_data.fee_limit"), QStringLiteral("set on a TRX transfer"),
                TronTransaction::tr("A TRX transfer has no fee limit; only contract calls do.")};
        }
    } else {
        if (tx.callData().isEmpty() || tx.callData().size() > TronTransaction::MaxCallDataSize) {
            return Violation {kValuePath + QStringLiteral(".data"),
                QStringLiteral("%1 bytes of calldata").arg(tx.callData().size()),
                TronTransaction::tr("The contract call carries %1 bytes of call data; between 1 and %2 are possible.")
                    .arg(tx.callData().size())
                    .arg(TronTransaction::MaxCallDataSize)};
        }
        if (tx.feeLimitSun() < 0 || tx.feeLimitSun() > TronTransaction::MaxFeeLimitSun) {
            return Violation {QStringLiteral("raw_data.fee_limit"),
                QStringLiteral("%1 sun outside 0…%2").arg(tx.feeLimitSun()).arg(TronTransaction::MaxFeeLimitSun),
                TronTransaction::tr("The fee limit must be between 0 and 15,000 TRX.")};
        }
    }
    if (timing.timestampMs <= 0) {
        return Violation {QStringLiteral("raw_data.timestamp"),
            QStringLiteral("%1 is not positive").arg(timing.timestampMs),
            TronTransaction::tr("The transaction has no valid creation time.")};
    }
    if (timing.expirationMs <= timing.timestampMs
        || timing.expirationMs - timing.timestampMs > TronTransaction::MaxLifetimeMs) {
        return Violation {QStringLiteral("raw_data.expiration"),
            QStringLiteral("%1 ms after the timestamp (must be 1 ms…24 h)")
                .arg(timing.expirationMs - timing.timestampMs),
            TronTransaction::tr("The transaction must expire after it is made and within 24 hours.")};
    }
    return std::nullopt;
}

// A parsed message whose bytes differ from the canonical encoding of what was
// read: more bytes when re-serialized than the clean rebuild means unknown
// fields (or known fields with a wrong wire type, which protobuf keeps as
// unknown); otherwise duplicated, reordered or padded fields.
QString encodingProblem(std::size_t parsedSize, std::size_t cleanSize)
{
    if (parsedSize > cleanSize)
        return QStringLiteral("unknown fields or fields with the wrong wire type (%1 bytes)")
            .arg(parsedSize - cleanSize);
    return QStringLiteral("not the canonical encoding (duplicate, reordered or padded fields)");
}

} // namespace

// --- TronTransaction -----------------------------------------------------------

Result<void> TronTransaction::build()
{
    if (const std::optional<Violation> v = validateFields(*this)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("tron tx: %1: %2").arg(v->field, v->problem), v->shown,
            tr("Nothing was signed or sent. Correct the payout and try again."));
    }
    const std::string raw = toProto(*this).SerializeAsString();
    m_rawData = QByteArray(raw.data(), qsizetype(raw.size()));
    return {};
}

Result<TronTransaction> TronTransaction::trc20Transfer(const Trc20TransferParams &params, const TronTxTiming &timing)
{
    return triggerSmartContract(params.owner, params.contract,
        evm::Erc20Abi::transfer(params.to.toEvm(), params.amount), params.feeLimitSun, timing);
}

Result<TronTransaction> TronTransaction::trxTransfer(const TrxTransferParams &params, const TronTxTiming &timing)
{
    TronTransaction tx;
    tx.m_kind = Kind::TrxTransfer;
    tx.m_owner = params.owner;
    tx.m_target = params.to;
    tx.m_amountSun = params.amountSun;
    tx.m_timing = timing;
    if (Result<void> built = tx.build(); !built)
        return built.error();
    return tx;
}

Result<TronTransaction> TronTransaction::triggerSmartContract(const crypto::TronAddress &owner,
    const crypto::TronAddress &contract, QByteArrayView callData, std::int64_t feeLimitSun, const TronTxTiming &timing)
{
    TronTransaction tx;
    tx.m_kind = Kind::TriggerSmartContract;
    tx.m_owner = owner;
    tx.m_target = contract;
    tx.m_callData = callData.toByteArray();
    tx.m_feeLimitSun = feeLimitSun;
    tx.m_timing = timing;
    if (Result<void> built = tx.build(); !built)
        return built.error();
    return tx;
}

std::optional<evm::Erc20TransferCall> TronTransaction::transferCall() const
{
    if (m_kind != Kind::TriggerSmartContract)
        return std::nullopt;
    Result<evm::Erc20TransferCall> call = evm::Erc20Abi::decodeTransfer(m_callData);
    if (!call)
        return std::nullopt;
    return *call;
}

crypto::Hash32 TronTransaction::txId() const
{
    return crypto::sha256(m_rawData);
}

std::variant<TronTransaction, TronTransaction::Problem> TronTransaction::parse(QByteArrayView rawData)
{
    const auto problem = [](const QString &field, const QString &what) {
        return Problem {field, what};
    };
    if (rawData.size() > kMaxRawSize)
        return problem(QStringLiteral("raw_data"),
            QStringLiteral("%1 bytes, more than any transaction Kassa sends").arg(rawData.size()));
    protocol::Transaction_raw raw;
    if (!raw.ParseFromArray(rawData.data(), int(rawData.size()))) {
        return problem(QStringLiteral("raw_data"),
            QStringLiteral("not a protobuf Transaction.raw (truncated, bad length, bad varint or invalid text)"));
    }
    if (raw.ref_block_bytes().size() != 2 || raw.ref_block_hash().size() != 8) {
        return problem(raw.ref_block_bytes().size() != 2 ? QStringLiteral("raw_data.ref_block_bytes")
                                                         : QStringLiteral("raw_data.ref_block_hash"),
            QStringLiteral("%1 and %2 bytes instead of 2 and 8")
                .arg(raw.ref_block_bytes().size())
                .arg(raw.ref_block_hash().size()));
    }
    if (raw.ref_block_num() != 0)
        return problem(QStringLiteral("raw_data.ref_block_num"), QStringLiteral("set (Kassa never uses it)"));
    if (raw.auths_size() != 0)
        return problem(
            QStringLiteral("raw_data.auths"), QStringLiteral("%1 authorities present").arg(raw.auths_size()));
    if (!raw.data().empty())
        return problem(QStringLiteral("raw_data.data"), QStringLiteral("a memo of %1 bytes").arg(raw.data().size()));
    if (!raw.scripts().empty())
        return problem(
            QStringLiteral("raw_data.scripts"), QStringLiteral("%1 bytes present").arg(raw.scripts().size()));
    if (raw.contract_size() != 1)
        return problem(
            QStringLiteral("raw_data.contract"), QStringLiteral("%1 contracts instead of 1").arg(raw.contract_size()));

    const Contract &contract = raw.contract(0);
    const QString contractPath = QStringLiteral("raw_data.contract[0]");
    const bool isTransfer = contract.type() == Contract::TransferContract;
    if (!isTransfer && contract.type() != Contract::TriggerSmartContract) {
        const std::string &name = Contract::ContractType_Name(contract.type());
        return problem(contractPath + QStringLiteral(".type"),
            QStringLiteral("%1 (%2) is neither a TRX transfer nor a contract call")
                .arg(int(contract.type()))
                .arg(name.empty() ? QStringLiteral("unknown") : QString::fromStdString(name)));
    }
    if (contract.permission_id() != 0) {
        return problem(contractPath + QStringLiteral(".Permission_id"),
            QStringLiteral("%1 (Kassa signs with the owner permission 0 only)").arg(contract.permission_id()));
    }
    if (!contract.provider().empty())
        return problem(contractPath + QStringLiteral(".provider"), QStringLiteral("present"));
    if (!contract.contractname().empty())
        return problem(contractPath + QStringLiteral(".ContractName"), QStringLiteral("present"));
    if (!contract.has_parameter())
        return problem(contractPath + QStringLiteral(".parameter"), QStringLiteral("missing"));
    const protocol::Any &parameter = contract.parameter();
    const char *expectedUrl = isTransfer ? TransferContractTypeUrl : TriggerSmartContractTypeUrl;
    if (parameter.type_url() != expectedUrl) {
        return problem(contractPath + QStringLiteral(".parameter.type_url"),
            QStringLiteral("\"%1\" does not match the contract type")
                .arg(QString::fromStdString(parameter.type_url())));
    }

    TronTransaction tx;
    tx.m_feeLimitSun = raw.fee_limit();
    tx.m_timing.refBlock = *TronRefBlock::fromFields(viewOf(raw.ref_block_bytes()), viewOf(raw.ref_block_hash()));
    tx.m_timing.timestampMs = raw.timestamp();
    tx.m_timing.expirationMs = raw.expiration();

    const auto readAddress = [](const std::string &bytes,
                                 const QString &field) -> std::variant<crypto::TronAddress, Problem> {
        Result<crypto::TronAddress> address = crypto::TronAddress::fromBytes(viewOf(bytes));
        if (!address)
            return Problem {field, address.error().message};
        return *address;
    };
    std::size_t parsedValueSize = 0;
    if (isTransfer) {
        protocol::TransferContract transfer;
        if (!transfer.ParseFromString(parameter.value()))
            return problem(kValuePath, QStringLiteral("not a protobuf TransferContract"));
        parsedValueSize = transfer.ByteSizeLong();
        auto owner = readAddress(transfer.owner_address(), kValuePath + QStringLiteral(".owner_address"));
        if (auto *p = std::get_if<Problem>(&owner))
            return *p;
        auto to = readAddress(transfer.to_address(), kValuePath + QStringLiteral(".to_address"));
        if (auto *p = std::get_if<Problem>(&to))
            return *p;
        tx.m_kind = Kind::TrxTransfer;
        tx.m_owner = std::get<crypto::TronAddress>(owner);
        tx.m_target = std::get<crypto::TronAddress>(to);
        tx.m_amountSun = transfer.amount();
    } else {
        protocol::TriggerSmartContract call;
        if (!call.ParseFromString(parameter.value()))
            return problem(kValuePath, QStringLiteral("not a protobuf TriggerSmartContract"));
        parsedValueSize = call.ByteSizeLong();
        auto owner = readAddress(call.owner_address(), kValuePath + QStringLiteral(".owner_address"));
        if (auto *p = std::get_if<Problem>(&owner))
            return *p;
        auto target = readAddress(call.contract_address(), kValuePath + QStringLiteral(".contract_address"));
        if (auto *p = std::get_if<Problem>(&target))
            return *p;
        if (call.call_value() != 0) {
            return problem(kValuePath + QStringLiteral(".call_value"),
                QStringLiteral("%1 sun of TRX attached to the call").arg(call.call_value()));
        }
        if (call.call_token_value() != 0 || call.token_id() != 0) {
            return problem(kValuePath
                    + (call.call_token_value() != 0 ? QStringLiteral(".call_token_value")
                                                    : QStringLiteral(".token_id")),
                QStringLiteral("a TRC-10 token attached to the call"));
        }
        tx.m_kind = Kind::TriggerSmartContract;
        tx.m_owner = std::get<crypto::TronAddress>(owner);
        tx.m_target = std::get<crypto::TronAddress>(target);
        tx.m_callData = QByteArray(call.data().data(), qsizetype(call.data().size()));
    }
    if (const std::optional<Violation> v = validateFields(tx))
        return problem(v->field, v->problem);

    // Everything read is valid; now the bytes must be exactly its encoding.
    const protocol::Transaction_raw clean = toProto(tx);
    const Contract &cleanContract = clean.contract(0);
    if (parameter.value() != cleanContract.parameter().value())
        return problem(kValuePath, encodingProblem(parsedValueSize, cleanContract.parameter().value().size()));
    if (parameter.ByteSizeLong() != cleanContract.parameter().ByteSizeLong()) {
        return problem(contractPath + QStringLiteral(".parameter"),
            encodingProblem(parameter.ByteSizeLong(), cleanContract.parameter().ByteSizeLong()));
    }
    if (contract.ByteSizeLong() != cleanContract.ByteSizeLong())
        return problem(contractPath, encodingProblem(contract.ByteSizeLong(), cleanContract.ByteSizeLong()));
    const std::string cleanBytes = clean.SerializeAsString();
    if (viewOf(cleanBytes) != rawData)
        return problem(QStringLiteral("raw_data"), encodingProblem(raw.ByteSizeLong(), cleanBytes.size()));
    tx.m_rawData = rawData.toByteArray();
    return tx;
}

Result<SignedTronTransaction> TronTransaction::sign(const crypto::SecretKey &key) const
{
    const Result<crypto::PublicKey> pub = crypto::Secp256k1::derivePublicKey(key);
    if (!pub)
        return pub.error();
    if (crypto::TronAddress::fromPublicKey(*pub) != m_owner) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("tron tx: the key belongs to %1, the transaction is from %2")
                .arg(crypto::TronAddress::fromPublicKey(*pub).toBase58(), m_owner.toBase58()),
            tr("The key does not belong to the sending address %1.").arg(m_owner.toBase58()),
            tr("Nothing was signed. Check which wallet the payout is sent from."));
    }
    SignedTronTransaction out;
    out.tx = *this;
    out.txId = txId();
    Result<crypto::RecoverableSignature> sig = crypto::Secp256k1::sign(out.txId, key);
    if (!sig)
        return sig.error();
    out.signature = *sig;
    return out;
}

Result<SignedTronTransaction> TronTransaction::decodeSigned(QByteArrayView transactionBytes)
{
    const auto invalid = [](const QString &field, const QString &what) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("tron signed tx: %1: %2").arg(field, what),
            //: %1 is a technical field name such as "raw_data.fee_limit".
            tr("The stored Tron transaction is invalid (field “%1”).").arg(field),
            tr("It was not sent. The stored data may be damaged; check the payout before building it again."));
    };
    if (transactionBytes.size() > kMaxRawSize + kSignatureSize + 16)
        return invalid(QStringLiteral("transaction"), QStringLiteral("%1 bytes").arg(transactionBytes.size()));
    protocol::Transaction parsed;
    if (!parsed.ParseFromArray(transactionBytes.data(), int(transactionBytes.size())))
        return invalid(QStringLiteral("transaction"), QStringLiteral("not a protobuf Transaction"));
    if (!parsed.has_raw_data())
        return invalid(QStringLiteral("raw_data"), QStringLiteral("missing"));
    if (parsed.signature_size() != 1) {
        return invalid(
            QStringLiteral("signature"), QStringLiteral("%1 signatures instead of 1").arg(parsed.signature_size()));
    }
    const std::string &sig65 = parsed.signature(0);
    if (qsizetype(sig65.size()) != kSignatureSize)
        return invalid(QStringLiteral("signature[0]"), QStringLiteral("%1 bytes instead of 65").arg(sig65.size()));
    const auto v = std::uint8_t(sig65[64]);
    if (v != 0 && v != 1 && v != 27 && v != 28)
        return invalid(QStringLiteral("signature[0]"), QStringLiteral("v = %1 (0, 1, 27 or 28)").arg(v));

    const std::string rawBytes = parsed.raw_data().SerializeAsString();
    auto tx = parse(viewOf(rawBytes));
    if (const Problem *p = std::get_if<Problem>(&tx))
        return invalid(p->field, p->problem);

    SignedTronTransaction out;
    out.tx = std::move(std::get<TronTransaction>(tx));
    out.txId = out.tx.txId();
    Result<crypto::RecoverableSignature> sig =
        crypto::Secp256k1::signatureFromCompact(viewOf(sig65).first(64), v >= 27 ? v - 27 : v);
    if (!sig)
        return invalid(QStringLiteral("signature[0]"), sig.error().message);
    if (!sig->isLowS())
        return invalid(QStringLiteral("signature[0]"), QStringLiteral("high s (Kassa only makes low-s signatures)"));
    const Result<crypto::PublicKey> signer = crypto::Secp256k1::recover(out.txId, *sig);
    if (!signer)
        return invalid(QStringLiteral("signature[0]"), QStringLiteral("no public key recovers from it"));
    if (crypto::TronAddress::fromPublicKey(*signer) != out.tx.owner()) {
        return invalid(QStringLiteral("signature[0]"),
            QStringLiteral("signed by %1, not by the owner %2")
                .arg(crypto::TronAddress::fromPublicKey(*signer).toBase58(), out.tx.owner().toBase58()));
    }
    out.signature = *sig;
    // The whole message, too, must be exactly its canonical encoding (with
    // v as Kassa writes it or as wallet-core does).
    protocol::Transaction clean;
    *clean.mutable_raw_data() = toProto(out.tx);
    clean.add_signature(sig65);
    if (viewOf(clean.SerializeAsString()) != transactionBytes)
        return invalid(QStringLiteral("transaction"), encodingProblem(parsed.ByteSizeLong(), clean.ByteSizeLong()));
    return out;
}

// --- SignedTronTransaction -----------------------------------------------------

QByteArray SignedTronTransaction::transactionBytes() const
{
    protocol::Transaction transaction;
    *transaction.mutable_raw_data() = toProto(tx);
    const std::array<std::uint8_t, 65> sig = signature65();
    transaction.add_signature(std::string(reinterpret_cast<const char *>(sig.data()), sig.size()));
    const std::string bytes = transaction.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

QJsonObject SignedTronTransaction::broadcastHexBody() const
{
    return QJsonObject {{QStringLiteral("transaction"), crypto::Hex::encode(transactionBytes())}};
}

} // namespace kassa::chain::tron
