#include "money/Amount.h"

#include <algorithm>

namespace kassa::money {

namespace {

QString assetText(const Asset &asset)
{
    return QStringLiteral("%1/%2").arg(asset.symbol).arg(asset.decimals);
}

Error invalidAsset(const Asset &asset)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("amount: invalid asset %1").arg(assetText(asset)),
        Amount::tr("The currency “%1” with %2 decimals is not usable: Kassa supports 0 to %3 decimals.")
            .arg(asset.symbol)
            .arg(asset.decimals)
            .arg(Asset::MaxDecimals),
        Amount::tr("Check the asset's settings."));
}

Error mixedAssets(const Asset &a, const Asset &b)
{
    // USDT with 6 and with 18 decimals are different assets here: combining
    // them without convertedTo() would be off by a factor of 10^12.
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("amount: mixing %1 and %2").arg(assetText(a), assetText(b)),
        Amount::tr("Amounts in %1 (%2 decimals) and %3 (%4 decimals) cannot be combined.")
            .arg(a.symbol)
            .arg(a.decimals)
            .arg(b.symbol)
            .arg(b.decimals),
        Amount::tr("This is a bug in Kassa or in its settings; please report it."));
}

Error tooLarge(const char *what)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("amount: %1 overflows 256 bits").arg(QLatin1String(what)),
        Amount::tr("The result is too large to represent."), Amount::tr("Check the amounts involved."));
}

Error badPlaces(int places)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("amount: %1 decimal places").arg(places),
        Amount::tr("%1 decimal places are not possible: use 0 to %2.").arg(places).arg(Asset::MaxDecimals));
}

// Exact digits of units / 10^decimals with exactly `decimals` fraction digits.
QString fixedText(const UInt256 &units, int decimals)
{
    return detail::placePoint(units.toDecimal(), decimals);
}

QString shortText(const UInt256 &units, int decimals)
{
    return Decimal(units, decimals).toShortString();
}

// Units of `from` decimals expressed in `to` decimals, rounded by `mode`.
std::optional<UInt256> rescaleUnits(const UInt256 &units, int from, int to, Rounding mode)
{
    const auto out = Decimal(units, from).rescaled(to, mode);
    if (!out)
        return std::nullopt;
    return out->coefficient();
}

} // namespace

// --- Amount -------------------------------------------------------------------

Result<Amount> Amount::zero(const Asset &asset)
{
    return fromUnits(UInt256(), asset);
}

Result<Amount> Amount::fromUnits(const UInt256 &units, const Asset &asset)
{
    if (!asset.isValid())
        return invalidAsset(asset);
    return Amount(units, asset);
}

Result<Amount> Amount::parse(QStringView text, const Asset &asset)
{
    if (!asset.isValid())
        return invalidAsset(asset);
    const Result<Decimal> parsed =
        Decimal::parse(text, {.maxScale = asset.decimals, .allowNegative = false, .unitName = asset.symbol});
    if (!parsed)
        return parsed.error();
    const auto units = rescaleUnits(parsed->coefficient(), parsed->scale(), asset.decimals, Rounding::Down);
    if (!units) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("amount: more than 256 bits of units"),
            Decimal::tr("The number is too large."),
            Decimal::tr("Check the number; no amount comes anywhere near this size."));
    }
    return Amount(*units, asset);
}

QString Amount::toString() const
{
    return shortText(m_units, m_asset.decimals);
}

QString Amount::toFixedString() const
{
    return fixedText(m_units, m_asset.decimals);
}

QString Amount::toString(int places, Rounding mode) const
{
    Q_ASSERT(places >= 0 && places <= Asset::MaxDecimals);
    places = std::clamp(places, 0, Asset::MaxDecimals); // a caller's mistake must not reach pow10()
    if (places >= m_asset.decimals) {
        // Padding as text: widening the units could leave 256 bits.
        QString text = fixedText(m_units, m_asset.decimals);
        if (places > m_asset.decimals && m_asset.decimals == 0)
            text += QLatin1Char('.');
        return text + QString(places - m_asset.decimals, QLatin1Char('0'));
    }
    // Narrowing cannot overflow: dividing by 10 or more leaves room for +1.
    return fixedText(*rescaleUnits(m_units, m_asset.decimals, places, mode), places);
}

QString Amount::toStringWithSymbol() const
{
    return toString() + QLatin1Char(' ') + m_asset.symbol;
}

Result<Amount> Amount::add(const Amount &other) const
{
    if (m_asset != other.m_asset)
        return mixedAssets(m_asset, other.m_asset);
    const auto sum = m_units.checkedAdd(other.m_units);
    if (!sum)
        return tooLarge("sum");
    return Amount(*sum, m_asset);
}

Result<Amount> Amount::subtract(const Amount &other) const
{
    if (m_asset != other.m_asset)
        return mixedAssets(m_asset, other.m_asset);
    const auto rest = m_units.checkedSub(other.m_units);
    if (!rest) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("amount: %1 - %2 is negative").arg(toString(), other.toString()),
            tr("%1 minus %2 would be negative.").arg(toStringWithSymbol(), other.toStringWithSymbol()),
            tr("Use a signed amount where a result below zero is expected."));
    }
    return Amount(*rest, m_asset);
}

Result<Amount> Amount::multiply(const UInt256 &factor) const
{
    const auto product = m_units.checkedMul(factor);
    if (!product)
        return tooLarge("product");
    return Amount(*product, m_asset);
}

Result<SignedAmount> Amount::difference(const Amount &other) const
{
    if (m_asset != other.m_asset)
        return mixedAssets(m_asset, other.m_asset);
    return SignedAmount::fromUnits(Int256::difference(m_units, other.m_units), m_asset);
}

Result<Amount> Amount::rounded(int places, Rounding mode) const
{
    if (places < 0 || places > Asset::MaxDecimals)
        return badPlaces(places);
    if (places >= m_asset.decimals)
        return *this;
    const auto coarse = rescaleUnits(m_units, m_asset.decimals, places, mode);
    const auto units = coarse ? rescaleUnits(*coarse, places, m_asset.decimals, Rounding::Down) : std::nullopt;
    if (!units) // only rounding the very largest values up can leave 256 bits
        return tooLarge("rounded value");
    return Amount(*units, m_asset);
}

Result<Amount> Amount::convertedTo(const Asset &asset, Rounding mode) const
{
    if (!asset.isValid())
        return invalidAsset(asset);
    const auto units = rescaleUnits(m_units, m_asset.decimals, asset.decimals, mode);
    if (!units)
        return tooLarge("converted value");
    return Amount(*units, asset);
}

std::partial_ordering Amount::operator<=>(const Amount &other) const
{
    if (m_asset != other.m_asset)
        return std::partial_ordering::unordered;
    return m_units <=> other.m_units;
}

// --- SignedAmount ---------------------------------------------------------------

Result<SignedAmount> SignedAmount::fromUnits(const Int256 &units, const Asset &asset)
{
    if (!asset.isValid())
        return invalidAsset(asset);
    return SignedAmount(units, asset);
}

Result<SignedAmount> SignedAmount::fromAmount(const Amount &amount)
{
    return fromUnits(Int256::fromUnsigned(amount.units()), amount.asset());
}

Result<SignedAmount> SignedAmount::parse(QStringView text, const Asset &asset)
{
    if (!asset.isValid())
        return invalidAsset(asset);
    const Result<Decimal> parsed =
        Decimal::parse(text, {.maxScale = asset.decimals, .allowNegative = true, .unitName = asset.symbol});
    if (!parsed)
        return parsed.error();
    const auto units = rescaleUnits(parsed->coefficient(), parsed->scale(), asset.decimals, Rounding::Down);
    if (!units) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("amount: more than 256 bits of units"),
            Decimal::tr("The number is too large."),
            Decimal::tr("Check the number; no amount comes anywhere near this size."));
    }
    return SignedAmount(Int256(*units, parsed->isNegative()), asset);
}

Amount SignedAmount::abs() const
{
    return *Amount::fromUnits(m_units.magnitude(), m_asset);
}

Result<Amount> SignedAmount::toAmount() const
{
    if (m_units.isNegative()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("amount: %1 is negative").arg(toString()),
            tr("The amount %1 %2 is negative.").arg(toString(), m_asset.symbol),
            tr("Only zero or more is possible here."));
    }
    return Amount::fromUnits(m_units.magnitude(), m_asset);
}

QString SignedAmount::toString() const
{
    const QString text = shortText(m_units.magnitude(), m_asset.decimals);
    return m_units.isNegative() ? QLatin1Char('-') + text : text;
}

QString SignedAmount::toFixedString() const
{
    const QString text = fixedText(m_units.magnitude(), m_asset.decimals);
    return m_units.isNegative() ? QLatin1Char('-') + text : text;
}

Result<SignedAmount> SignedAmount::add(const SignedAmount &other) const
{
    if (m_asset != other.m_asset)
        return mixedAssets(m_asset, other.m_asset);
    const auto sum = m_units.checkedAdd(other.m_units);
    if (!sum)
        return tooLarge("sum");
    return SignedAmount(*sum, m_asset);
}

Result<SignedAmount> SignedAmount::subtract(const SignedAmount &other) const
{
    return add(other.negated());
}

std::partial_ordering SignedAmount::operator<=>(const SignedAmount &other) const
{
    if (m_asset != other.m_asset)
        return std::partial_ordering::unordered;
    return m_units <=> other.m_units;
}

} // namespace kassa::money
