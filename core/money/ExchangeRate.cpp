#include "money/ExchangeRate.h"

namespace kassa::money {

namespace {

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

Error rateError(const QString &english, const QString &shown, const QString &hint = {})
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("exchange rate: ") + english, shown, hint);
}

Error overflow()
{
    return rateError(QStringLiteral("conversion overflows 256 bits"),
        ExchangeRate::tr("The converted amount is too large."), ExchangeRate::tr("Check the amount and the rate."));
}

} // namespace

Result<ExchangeRate> ExchangeRate::create(
    QStringView rate, const QString &fiat, const QString &asset, const QString &source, const QDateTime &observedAt)
{
    if (!isCurrencyCode(fiat)) {
        return rateError(QStringLiteral("fiat code \"%1\"").arg(fiat),
            tr("“%1” is not a currency code; use three capital letters such as CNY or USD.").arg(fiat));
    }
    if (asset.isEmpty())
        return rateError(QStringLiteral("no asset"), tr("The exchange rate does not say which asset it prices."));
    if (source.isEmpty())
        return rateError(QStringLiteral("no source"), tr("The exchange rate does not say where it comes from."));
    if (!observedAt.isValid())
        return rateError(QStringLiteral("no time"), tr("The exchange rate has no valid time."));
    const Result<Decimal> parsed =
        //: Subject of “%1 has at most %n decimal place(s)”: an exchange rate
        Decimal::parse(rate, {.maxScale = MaxRateDecimals, .allowNegative = false, .unitName = tr("A rate")});
    if (!parsed)
        return parsed.error();
    if (parsed->isZero()) {
        return rateError(QStringLiteral("zero"), tr("An exchange rate of zero cannot be used."),
            tr("Enter how many %1 one %2 costs.").arg(fiat, asset));
    }
    ExchangeRate out;
    out.m_rate = parsed.value();
    out.m_fiat = fiat;
    out.m_asset = asset;
    out.m_source = source;
    out.m_observedAt = observedAt;
    return out;
}

Result<Amount> ExchangeRate::toAsset(const Amount &fiatAmount, const Asset &asset, int places, Rounding mode) const
{
    if (m_rate.isZero())
        return rateError(QStringLiteral("unset rate"), tr("No exchange rate is set."));
    if (fiatAmount.asset().symbol != m_fiat || asset.symbol != m_asset) {
        return rateError(
            QStringLiteral("rate %1/%2 asked for %3→%4").arg(m_fiat, m_asset, fiatAmount.asset().symbol, asset.symbol),
            tr("This rate converts between %1 and %2, not %3 and %4.")
                .arg(m_fiat, m_asset, fiatAmount.asset().symbol, asset.symbol));
    }
    if (!asset.isValid() || places < 0 || places > asset.decimals) {
        return rateError(QStringLiteral("%1 places for %2 decimals").arg(places).arg(asset.decimals),
            tr("Cannot round to %1 decimal places: %2 has %3.").arg(places).arg(asset.symbol).arg(asset.decimals));
    }
    // fiat = f / 10^fd, rate = r / 10^rs, so the asset amount at `places`
    // decimals is f · 10^(rs + places) / (r · 10^fd), rounded once.
    const int fd = fiatAmount.asset().decimals;
    const auto numerator = fiatAmount.units().checkedMul(UInt256::pow10(m_rate.scale() + places));
    const auto denominator = m_rate.coefficient().checkedMul(UInt256::pow10(fd));
    if (!numerator || !denominator)
        return overflow();
    const auto coarse = divideRounded(*numerator, *denominator, mode);
    const auto units = coarse ? coarse->checkedMul(UInt256::pow10(asset.decimals - places)) : std::nullopt;
    if (!units)
        return overflow();
    return Amount::fromUnits(*units, asset);
}

Result<Amount> ExchangeRate::toFiat(const Amount &assetAmount, const Asset &fiatAsset, int places, Rounding mode) const
{
    if (m_rate.isZero())
        return rateError(QStringLiteral("unset rate"), tr("No exchange rate is set."));
    if (assetAmount.asset().symbol != m_asset || fiatAsset.symbol != m_fiat) {
        return rateError(QStringLiteral("rate %1/%2 asked for %3→%4")
                             .arg(m_fiat, m_asset, assetAmount.asset().symbol, fiatAsset.symbol),
            tr("This rate converts between %1 and %2, not %3 and %4.")
                .arg(m_fiat, m_asset, assetAmount.asset().symbol, fiatAsset.symbol));
    }
    if (!fiatAsset.isValid() || places < 0 || places > fiatAsset.decimals) {
        return rateError(QStringLiteral("%1 places for %2 decimals").arg(places).arg(fiatAsset.decimals),
            tr("Cannot round to %1 decimal places: %2 has %3.")
                .arg(places)
                .arg(fiatAsset.symbol)
                .arg(fiatAsset.decimals));
    }
    // amount = a / 10^ad, so fiat at `places` decimals is a · r · 10^places / 10^(ad + rs).
    const auto product = assetAmount.units().checkedMul(m_rate.coefficient());
    if (!product)
        return overflow();
    const int shift = assetAmount.asset().decimals + m_rate.scale() - places;
    std::optional<UInt256> coarse;
    if (shift >= 0)
        coarse = divideRounded(*product, UInt256::pow10(shift), mode);
    else
        coarse = product->checkedMul(UInt256::pow10(-shift));
    const auto units = coarse ? coarse->checkedMul(UInt256::pow10(fiatAsset.decimals - places)) : std::nullopt;
    if (!units)
        return overflow();
    return Amount::fromUnits(*units, fiatAsset);
}

} // namespace kassa::money
