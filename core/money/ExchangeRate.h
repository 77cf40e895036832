// ExchangeRate: the price of one whole unit of an asset in a fiat currency
// ("7.2345 CNY per USDT"), as an exact decimal, with where it came from and
// when it was observed, so an order can record the rate it was priced at and
// the console can refuse a stale one.
//
// Conversions are exact divisions and multiplications of integers, rounded
// once, at the end, by the Rounding mode the caller passes — there is no
// default. The mode Kassa uses to price orders is OrderRounding (below).
#pragma once

#include "base/Result.h"
#include "money/Amount.h"
#include "money/Decimal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace kassa::money {

//! How Kassa rounds the fiat price of an order to the asset amount the
//! customer is asked to pay: Up (ceiling) at the order's display precision.
//! The merchant set the price in fiat and must receive at least that much;
//! rounding up costs the customer less than one step (0.01 USDT by default)
//! and never leaves the merchant short. (Epusdt computes a float64 quotient
//! and prints it with "%.2f" — nearest — so its amount can be lower than
//! Kassa's by one step; storefront plugins show whatever amount the gateway
//! returns, so this changes nothing on their side.)
inline constexpr Rounding OrderRounding = Rounding::Up;

class ExchangeRate
{
    Q_DECLARE_TR_FUNCTIONS(kassa::money::ExchangeRate)

public:
    //! At most this many digits after the point of a rate.
    static constexpr int MaxRateDecimals = 18;

    ExchangeRate() = default;

    //! A rate of `rate` units of `fiat` (ISO 4217 code: three capital
    //! letters, "CNY") per one whole unit of `asset` (its symbol, "USDT"). The
    //! rate text is parsed strictly (see Decimal.h) and must be above zero.
    //! `source` says where it came from ("manual", "okx", …); `observedAt` is
    //! when it was valid.
    static Result<ExchangeRate> create(QStringView rate, const QString &fiat, const QString &asset,
        const QString &source, const QDateTime &observedAt);

    //! fiat ÷ rate in `asset`, rounded by `mode` to `places` decimals
    //! (≤ asset.decimals) and expressed in the asset's units. 100.50 CNY at
    //! 7.2345 CNY/USDT, 2 places, Up → 13.90 USDT (13.8918…).
    Result<Amount> toAsset(const Amount &fiatAmount, const Asset &asset, int places, Rounding mode) const;
    //! amount × rate in `fiatAsset`, rounded by `mode` to `places` decimals
    //! (≤ fiatAsset.decimals).
    Result<Amount> toFiat(const Amount &assetAmount, const Asset &fiatAsset, int places, Rounding mode) const;

    //! The rate exactly as given ("7.2345").
    QString toString() const { return m_rate.toString(); }
    const Decimal &rate() const { return m_rate; }
    const QString &fiat() const { return m_fiat; }
    const QString &asset() const { return m_asset; }
    const QString &source() const { return m_source; }
    const QDateTime &observedAt() const { return m_observedAt; }
    //! Seconds between observedAt() and `now` (negative if it lies ahead).
    qint64 ageSeconds(const QDateTime &now) const { return m_observedAt.secsTo(now); }

private:
    Decimal m_rate;
    QString m_fiat;
    QString m_asset;
    QString m_source;
    QDateTime m_observedAt;
};

} // namespace kassa::money
