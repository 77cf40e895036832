// Balances: what a token balance read asks and answers — one reading per
// (address, token) of a chain, read from the chain's nodes at their latest
// block. Readings are for the screen (the Wallets page); payouts read the
// hot wallet's balance again at the final gate.
#pragma once

#include "chain/ChainSettings.h"
#include "money/UInt256.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kassa::chain {

struct BalanceReading {
    QString chainId;
    QString address; //!< as asked
    TokenContract token;
    std::optional<money::UInt256> value; //!< in the token's smallest unit; empty when the read failed
    QString error; //!< English, for the log (empty when read)
    QString userError; //!< translated, for the screen
};

//! `value` smallest units as a decimal with `decimals` places, trailing
//! zeros dropped ("13.92", "0", "1000").
QString formatUnits(const money::UInt256 &value, int decimals);

} // namespace kassa::chain

Q_DECLARE_METATYPE(kassa::chain::BalanceReading)
