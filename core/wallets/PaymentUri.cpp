#include "wallets/PaymentUri.h"

#include "crypto/EthAddress.h"
#include "crypto/TronAddress.h"

namespace kassa::wallets {

Result<QString> PaymentUri::build(const chain::ChainSettings &chain, const QString &address,
    const std::optional<chain::TokenContract> &token, const std::optional<money::Amount> &amount)
{
    if (!chain.isEvm()) {
        auto tron = crypto::TronAddress::parse(address);
        if (!tron.ok())
            return tron.error();
        return tron->toBase58();
    }
    auto to = crypto::EthAddress::parse(address);
    if (!to.ok())
        return to.error();
    if (!amount || !token)
        return to->toChecksumString();
    auto contract = crypto::EthAddress::parse(token->contract);
    if (!contract.ok())
        return contract.error();
    if (amount->asset().decimals != token->decimals) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("payment URI: amount and token decimals differ"),
            tr("The amount does not match the token's decimals."));
    }
    if (chain.chainId == 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("payment URI: chain without an id"),
            tr("This chain has no chain id yet; a payment request needs one."));
    }
    return QStringLiteral("ethereum:%1@%2/transfer?address=%3&uint256=%4")
        .arg(contract->toChecksumString())
        .arg(chain.chainId)
        .arg(to->toChecksumString(), amount->units().toDecimal());
}

} // namespace kassa::wallets
