// PaymentUri: the text a receive address's QR code carries. Wallet apps
// understand different things, so Kassa encodes only what is standard:
//
// - EVM with an amount: EIP-681 for an ERC-20 transfer,
//   ethereum:<token>@<chainId>/transfer?address=<to>&uint256=<base units>
//   (addresses in EIP-55 form, the amount as the exact integer of base units).
// - EVM without an amount: the plain EIP-55 address (every wallet scans it).
// - Tron: the plain base58 address; there is no Tron payment URI that
//   wallets agree on, and an amount in a non-standard URI is ignored or, worse,
//   misread by some.
#pragma once

#include "base/Result.h"
#include "chain/ChainSettings.h"
#include "money/Amount.h"

#include <QCoreApplication>
#include <optional>

namespace kassa::wallets {

class PaymentUri
{
    Q_DECLARE_TR_FUNCTIONS(kassa::wallets::PaymentUri)

public:
    //! The QR text for paying `amount` of `token` to `address` (canonical or
    //! display form) on `chain`. Without an amount (or on Tron) the plain address.
    static Result<QString> build(const chain::ChainSettings &chain, const QString &address,
        const std::optional<chain::TokenContract> &token = std::nullopt,
        const std::optional<money::Amount> &amount = std::nullopt);
};

} // namespace kassa::wallets
