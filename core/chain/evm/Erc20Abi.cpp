#include "chain/evm/Erc20Abi.h"

#include <algorithm>

namespace kassa::chain::evm {

namespace {

using money::UInt256;

constexpr int kMaxDecimals = 77;

void appendSelector(QByteArray &out, const Erc20Abi::Selector &selector)
{
    out.append(reinterpret_cast<const char *>(selector.data()), qsizetype(selector.size()));
}

void appendWord(QByteArray &out, const std::array<std::uint8_t, 32> &word)
{
    out.append(reinterpret_cast<const char *>(word.data()), qsizetype(word.size()));
}

QByteArray addressCall(const Erc20Abi::Selector &selector, const crypto::EthAddress &address)
{
    QByteArray out;
    out.reserve(4 + Erc20Abi::WordSize);
    appendSelector(out, selector);
    appendWord(out, Erc20Abi::addressWord(address));
    return out;
}

Error returnError(const QString &problem)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("erc20 return value: ") + problem,
        Erc20Abi::tr("The token contract gave an answer that is not valid for this call."),
        Erc20Abi::tr("Check the token contract address in the chain settings, and the node you use."));
}

Result<std::array<std::uint8_t, 32>> singleWord(QByteArrayView returned)
{
    if (returned.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("erc20 return value: empty (no contract at the address, no such function, or a revert)"),
            Erc20Abi::tr("The token contract returned nothing: there may be no contract at this address, or it does "
                         "not have this function."),
            Erc20Abi::tr("Check the token contract address in the chain settings."));
    }
    if (returned.size() != Erc20Abi::WordSize)
        return returnError(QStringLiteral("%1 bytes instead of one 32-byte word").arg(returned.size()));
    std::array<std::uint8_t, 32> word;
    std::copy(returned.begin(), returned.end(), word.begin());
    return word;
}

Error calldataError(const QString &problem)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("erc20 transfer calldata: ") + problem,
        Erc20Abi::tr("The call data is not a token transfer."),
        Erc20Abi::tr("Nothing was signed or sent. The transaction may have been altered; build it again."));
}

} // namespace

std::array<std::uint8_t, 32> Erc20Abi::addressWord(const crypto::EthAddress &address)
{
    std::array<std::uint8_t, 32> word {};
    std::copy(address.bytes().begin(), address.bytes().end(), word.begin() + 12);
    return word;
}

QByteArray Erc20Abi::transfer(const crypto::EthAddress &to, const money::UInt256 &amount)
{
    QByteArray out;
    out.reserve(TransferCallSize);
    appendSelector(out, TransferSelector);
    appendWord(out, addressWord(to));
    appendWord(out, amount.toWord());
    return out;
}

QByteArray Erc20Abi::balanceOf(const crypto::EthAddress &owner)
{
    return addressCall(BalanceOfSelector, owner);
}

QByteArray Erc20Abi::decimals()
{
    QByteArray out;
    appendSelector(out, DecimalsSelector);
    return out;
}

QByteArray Erc20Abi::isBlackListed(const crypto::EthAddress &who)
{
    return addressCall(IsBlackListedSelector, who);
}

QByteArray Erc20Abi::getBlackListStatus(const crypto::EthAddress &who)
{
    return addressCall(GetBlackListStatusSelector, who);
}

Result<Erc20TransferCall> Erc20Abi::decodeTransfer(QByteArrayView calldata)
{
    if (calldata.size() != TransferCallSize)
        return calldataError(QStringLiteral("%1 bytes instead of 68").arg(calldata.size()));
    if (!std::equal(TransferSelector.begin(), TransferSelector.end(), calldata.begin(),
            [](std::uint8_t a, char b) { return a == std::uint8_t(b); })) {
        return calldataError(QStringLiteral("selector is not transfer(address,uint256)"));
    }
    const QByteArrayView addressWordBytes = calldata.sliced(4, WordSize);
    if (std::any_of(addressWordBytes.begin(), addressWordBytes.begin() + 12, [](char b) { return b != 0; }))
        return calldataError(QStringLiteral("address word has non-zero padding"));
    Erc20TransferCall out;
    out.to = *crypto::EthAddress::fromBytes(addressWordBytes.sliced(12));
    std::array<std::uint8_t, 32> amount;
    std::copy(calldata.begin() + 4 + WordSize, calldata.end(), amount.begin());
    out.amount = UInt256::fromWord(amount);
    return out;
}

Result<money::UInt256> Erc20Abi::decodeUInt256(QByteArrayView returned)
{
    const Result<std::array<std::uint8_t, 32>> word = singleWord(returned);
    if (!word)
        return word.error();
    return UInt256::fromWord(*word);
}

Result<int> Erc20Abi::decodeDecimals(QByteArrayView returned)
{
    const Result<UInt256> value = decodeUInt256(returned);
    if (!value)
        return value.error();
    if (*value > UInt256(255))
        return returnError(QStringLiteral("decimals() is not a uint8"));
    if (*value > UInt256(kMaxDecimals)) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("erc20 decimals() = %1, more than %2").arg(value->lowUInt64()).arg(kMaxDecimals),
            Erc20Abi::tr("The token claims %1 decimal places, which no amount can be written with.")
                .arg(value->lowUInt64()),
            Erc20Abi::tr("Check the token contract address in the chain settings."));
    }
    return int(value->lowUInt64());
}

Result<bool> Erc20Abi::decodeBool(QByteArrayView returned)
{
    const Result<UInt256> value = decodeUInt256(returned);
    if (!value)
        return value.error();
    if (*value > UInt256(1))
        return returnError(QStringLiteral("bool word is neither 0 nor 1"));
    return !value->isZero();
}

} // namespace kassa::chain::evm
