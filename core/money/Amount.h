// Amount and SignedAmount: money as an integer number of the asset's base
// units together with the asset, so that "how many decimals" travels with
// the number and can never be guessed. 12.5 USDT on Tron is 12 500 000 units
// of {USDT, 6}; the same on BSC is 12 500 000 000 000 000 000 units of
// {USDT, 18}.
//
// - Amount is never negative (what a chain transfers, what an order asks).
//   Its units are a UInt256, the width of every on-chain value.
// - SignedAmount is for accounting: the difference between what arrived and
//   what was asked (negative = underpaid), corrections, balances. Its units
//   are an Int256 (checked, symmetric 256-bit magnitude).
//
// Text in is parsed strictly (see Decimal.h: no spaces, separators,
// exponents or foreign digits; never more decimals than the asset has) and
// text out is exact. Arithmetic is checked: it fails on overflow, on a
// negative Amount and on mixing assets, and never rounds unless the caller
// names a Rounding mode. There is no floating point anywhere in this path.
#pragma once

#include "base/Result.h"
#include "money/Decimal.h"
#include "money/Int256.h"
#include "money/UInt256.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <compare>

namespace kassa::money {

//! A currency or token: its symbol and how many decimals one whole unit has.
struct Asset {
    //! Up to 36 decimals; real tokens use 6 (USDT on Tron and Ethereum) or 18.
    static constexpr int MaxDecimals = 36;

    QString symbol; //!< "USDT", "CNY", …
    int decimals = 0;

    //! Non-empty symbol and 0 ≤ decimals ≤ MaxDecimals.
    bool isValid() const { return !symbol.isEmpty() && decimals >= 0 && decimals <= MaxDecimals; }
    bool operator==(const Asset &other) const = default;

    //! USDT on Tron (TRC-20) and on Ethereum (ERC-20): 6 decimals.
    static Asset usdt6() { return {QStringLiteral("USDT"), 6}; }
    //! USDT on BSC (BEP-20): 18 decimals.
    static Asset usdt18() { return {QStringLiteral("USDT"), 18}; }
};

class SignedAmount;

class Amount
{
    Q_DECLARE_TR_FUNCTIONS(kassa::money::Amount)

public:
    //! Zero of an invalid asset, only so containers can hold Amounts.
    Amount() = default;

    static Result<Amount> zero(const Asset &asset);
    //! `units` base units of `asset` (fails only for an invalid asset).
    static Result<Amount> fromUnits(const UInt256 &units, const Asset &asset);
    //! Decimal text in whole units of the asset, e.g. "12.5" for USDT →
    //! 12 500 000 units. At most asset.decimals digits after the point;
    //! no sign. See Decimal.h for everything that is refused.
    static Result<Amount> parse(QStringView text, const Asset &asset);

    const Asset &asset() const { return m_asset; }
    const UInt256 &units() const { return m_units; }
    bool isZero() const { return m_units.isZero(); }

    //! Exact, without trailing zeros: "12.5", "100", "0.000001".
    QString toString() const;
    //! Exact with every decimal of the asset: "12.500000".
    QString toFixedString() const;
    //! Exactly `places` decimals (0 … MaxDecimals): padded with zeros when the
    //! asset has fewer, rounded by `mode` when it has more (12.345678 with 2
    //! places is "12.35" half-up, "12.34" down).
    QString toString(int places, Rounding mode) const;
    //! toString() followed by the symbol: "12.5 USDT".
    QString toStringWithSymbol() const;

    //! this + other; fails on different assets or overflow.
    Result<Amount> add(const Amount &other) const;
    //! this − other; fails on different assets or if other is larger.
    Result<Amount> subtract(const Amount &other) const;
    //! this × factor (e.g. a step × a try number); fails on overflow.
    Result<Amount> multiply(const UInt256 &factor) const;
    //! this − other as a signed amount (paid − asked: negative means
    //! underpaid); fails only on different assets.
    Result<SignedAmount> difference(const Amount &other) const;

    //! The same asset, with every digit after `places` decimals rounded away
    //! by `mode` (0.123456 USDT to 2 places, up: 0.130000).
    Result<Amount> rounded(int places, Rounding mode) const;
    //! The same value in another asset with more or fewer decimals (USDT 6 →
    //! USDT 18), rounded by `mode` when decimals are dropped.
    Result<Amount> convertedTo(const Asset &asset, Rounding mode) const;

    //! Equal asset and units.
    bool operator==(const Amount &other) const = default;
    //! Amounts of different assets are unordered (every comparison is false).
    std::partial_ordering operator<=>(const Amount &other) const;

private:
    Amount(const UInt256 &units, const Asset &asset) : m_units(units), m_asset(asset) { }

    UInt256 m_units;
    Asset m_asset;
};

class SignedAmount
{
    Q_DECLARE_TR_FUNCTIONS(kassa::money::SignedAmount)

public:
    SignedAmount() = default;

    static Result<SignedAmount> fromUnits(const Int256 &units, const Asset &asset);
    static Result<SignedAmount> fromAmount(const Amount &amount);
    //! Like Amount::parse, with an optional leading '-'.
    static Result<SignedAmount> parse(QStringView text, const Asset &asset);

    const Asset &asset() const { return m_asset; }
    const Int256 &units() const { return m_units; }
    bool isZero() const { return m_units.isZero(); }
    bool isNegative() const { return m_units.isNegative(); }
    //! −1, 0 or 1.
    int sign() const { return m_units.sign(); }
    //! The magnitude as an Amount of the same asset.
    Amount abs() const;
    //! The value as an Amount if it is not negative.
    Result<Amount> toAmount() const;

    //! Exact, without trailing zeros: "-0.5", "3".
    QString toString() const;
    //! Exact with every decimal of the asset: "-0.500000".
    QString toFixedString() const;

    Result<SignedAmount> add(const SignedAmount &other) const;
    Result<SignedAmount> subtract(const SignedAmount &other) const;
    SignedAmount negated() const { return SignedAmount(m_units.negated(), m_asset); }

    bool operator==(const SignedAmount &other) const = default;
    std::partial_ordering operator<=>(const SignedAmount &other) const;

private:
    SignedAmount(const Int256 &units, const Asset &asset) : m_units(units), m_asset(asset) { }

    Int256 m_units;
    Asset m_asset;
};

} // namespace kassa::money
