#include "payouts/PayoutPolicy.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kassa::payouts {

using money::Amount;

namespace {

Amount fiatAmount(const char *text, const money::Asset &asset)
{
    return Amount::parse(QString::fromLatin1(text), asset).value();
}

Tier raise(Tier tier)
{
    return tier == Tier::One ? Tier::Two : Tier::TwoPlusOwner;
}

bool above(const Amount &a, const Amount &limit)
{
    return (a <=> limit) == std::partial_ordering::greater;
}

} // namespace

const char *payoutStateName(PayoutState state)
{
    switch (state) {
    case PayoutState::AwaitingApproval: return "awaiting_approval";
    case PayoutState::Approved: return "approved";
    case PayoutState::Signed: return "signed";
    case PayoutState::Broadcast: return "broadcast";
    case PayoutState::Completed: return "completed";
    case PayoutState::Failed: return "failed";
    case PayoutState::Rejected: return "rejected";
    case PayoutState::Cancelled: return "cancelled";
    }
    return "unknown";
}

std::optional<PayoutState> payoutStateFromName(const QString &name)
{
    for (PayoutState s : {PayoutState::AwaitingApproval, PayoutState::Approved, PayoutState::Signed, PayoutState::Broadcast,
             PayoutState::Completed, PayoutState::Failed, PayoutState::Rejected, PayoutState::Cancelled}) {
        if (name == QLatin1String(payoutStateName(s)))
            return s;
    }
    return std::nullopt;
}

bool isEditable(PayoutState state)
{
    return state == PayoutState::AwaitingApproval || state == PayoutState::Approved;
}

PolicySettings PolicySettings::defaults()
{
    PolicySettings s;
    const auto a = s.fiatAsset();
    s.tier1 = fiatAmount("1000", a);
    s.tier2 = fiatAmount("10000", a);
    s.maxPerPayout = fiatAmount("50000", a);
    s.maxPerAsset24h = fiatAmount("100000", a);
    s.maxPerRequester24h = fiatAmount("20000", a);
    return s;
}

bool PolicyDecision::satisfied() const
{
    return !refused && !rejected && countedApprovers.size() >= approversNeeded + (ownerNeeded ? 1 : 0)
        && (!ownerNeeded || ownerApproved);
}

PolicyDecision PayoutPolicy::evaluate(const PolicySettings &settings, const PolicyInput &input)
{
    PolicyDecision d;
    const PayoutRequest &r = input.request;
    auto refuse = [&](const char *code, const QString &text) {
        d.refused = true;
        d.problems << QLatin1String(code);
        if (d.problemText.isEmpty())
            d.problemText = text;
    };

    // The rate: the right fiat, and fresh (also not from the future).
    if (r.fiat.value.asset() != settings.fiatAsset())
        refuse("rate_fiat", tr("The payout is valued in %1, but the policy counts in %2.").arg(r.fiat.value.asset().symbol, settings.fiat));
    const qint64 rateAge = input.nowMs - r.fiat.rateAtMs;
    if (r.fiat.rateAtMs <= 0 || rateAge > settings.maxRateAgeMs || rateAge < -60'000)
        refuse("rate_stale", tr("The exchange rate is too old (%n minute(s)); update the rate and edit the request.", nullptr,
                                 int(std::max<qint64>(rateAge, 0) / 60'000)));

    // The value.
    const bool fiatOk = r.fiat.value.asset() == settings.fiatAsset();
    if (fiatOk && above(r.fiat.value, settings.maxPerPayout))
        refuse("over_payout_limit", tr("The payout is above the limit for a single payout (%1 %2).")
                                        .arg(settings.maxPerPayout.toFixedString(), settings.fiat));
    if (fiatOk && above(r.fiat.value, settings.tier2)) {
        d.tier = Tier::TwoPlusOwner;
        d.escalations << QStringLiteral("value_tier2");
    } else if (fiatOk && !((r.fiat.value <=> settings.tier1) == std::partial_ordering::less)) {
        d.tier = Tier::Two;
        d.escalations << QStringLiteral("value_tier1");
    }

    // Velocity: the rolling totals with this payout added.
    if (fiatOk) {
        auto assetTotal = input.velocity.asset24h.add(r.fiat.value);
        if (!assetTotal.ok() || above(assetTotal.value(), settings.maxPerAsset24h)) {
            d.tier = Tier::TwoPlusOwner;
            d.escalations << QStringLiteral("velocity_asset");
        }
        auto requesterTotal = input.velocity.requester24h.add(r.fiat.value);
        if (!requesterTotal.ok() || above(requesterTotal.value(), settings.maxPerRequester24h)) {
            d.tier = raise(d.tier);
            d.escalations << QStringLiteral("velocity_requester");
        }
    }

    // The destination.
    if (!input.destination || input.destination->removed) {
        d.tier = Tier::TwoPlusOwner;
        d.escalations << QStringLiteral("not_in_address_book");
    } else {
        const AddressBookEntry &e = *input.destination;
        if (input.nowMs < e.activeFromMs)
            refuse("address_cooling", tr("The destination was added or changed recently; it can receive from %1 (UTC).")
                                          .arg(QDateTime::fromMSecsSinceEpoch(e.activeFromMs, Qt::UTC)
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (e.needsSecondPerson && e.confirmedBy.isEmpty())
            refuse("address_unconfirmed", tr("The destination's address-book entry waits for a second person to confirm it."));
    }

    d.approversNeeded = d.tier == Tier::One ? 1 : 2;
    d.ownerNeeded = d.tier == Tier::TwoPlusOwner;

    // Approvals of this revision, one per operator, never the requester's.
    QSet<QString> seen;
    QStringList approvers;
    QStringList owners;
    for (const Approval &a : input.approvals) {
        if (a.revision != r.revision || a.payoutId != r.id)
            continue;
        if (!a.approve) {
            d.rejected = true;
            continue;
        }
        if (r.requester.kind == Requester::Kind::Operator && a.operatorId == r.requester.id)
            continue;
        if (seen.contains(a.operatorId))
            continue;
        seen.insert(a.operatorId);
        if (operators::hasRole(a.roles, operators::Role::Approver))
            approvers << a.operatorId;
        if (operators::hasRole(a.roles, operators::Role::Owner))
            owners << a.operatorId;
    }
    // Pick the people: if an Owner is needed, prefer an owner who is not
    // needed as an approver, so three distinct people always count.
    QStringList counted;
    if (d.ownerNeeded) {
        QString owner;
        for (const QString &o : owners) {
            if (!approvers.contains(o)) {
                owner = o;
                break;
            }
        }
        if (owner.isEmpty() && !owners.isEmpty() && approvers.size() > d.approversNeeded)
            owner = owners.first();
        if (!owner.isEmpty()) {
            d.ownerApproved = true;
            counted << owner;
            approvers.removeAll(owner);
        }
    }
    for (const QString &a : approvers) {
        if (counted.size() >= d.approversNeeded + (d.ownerApproved ? 1 : 0))
            break;
        counted << a;
    }
    d.countedApprovers = counted;
    return d;
}

Result<void> PayoutPolicy::mayApprove(const PayoutRequest &request, const QList<Approval> &approvals,
    const operators::OperatorInfo &approver)
{
    if (approver.disabled)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("payouts: approver disabled"), tr("This operator account is disabled."));
    if (!approver.has(operators::Role::Approver) && !approver.has(operators::Role::Owner))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("payouts: not an approver"),
            tr("Only an approver or an owner may approve or reject a payout."));
    if (request.requester.kind == Requester::Kind::Operator && request.requester.id == approver.id)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("payouts: maker may not check"),
            tr("You requested this payout, so you cannot approve or reject it."),
            tr("Another approver has to decide on it."));
    if (request.state != PayoutState::AwaitingApproval)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("payouts: not awaiting approval (%1)").arg(QLatin1String(payoutStateName(request.state))),
            tr("This payout is no longer waiting for approval."));
    for (const Approval &a : approvals) {
        if (a.revision == request.revision && a.operatorId == approver.id)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("payouts: already decided"),
                tr("You already decided on this version of the payout."));
    }
    return {};
}

QJsonObject PayoutPolicy::toJson(const PolicySettings &s)
{
    return QJsonObject{{QStringLiteral("fiat"), s.fiat}, {QStringLiteral("tier1"), s.tier1.toFixedString()},
        {QStringLiteral("tier2"), s.tier2.toFixedString()}, {QStringLiteral("max_per_payout"), s.maxPerPayout.toFixedString()},
        {QStringLiteral("max_per_asset_24h"), s.maxPerAsset24h.toFixedString()},
        {QStringLiteral("max_per_requester_24h"), s.maxPerRequester24h.toFixedString()},
        {QStringLiteral("max_rate_age_s"), s.maxRateAgeMs / 1000},
        {QStringLiteral("address_cool_down_s"), s.addressCoolDownMs / 1000}};
}

Result<PolicySettings> PayoutPolicy::fromJson(const QJsonObject &json)
{
    auto bad = [](const QString &field) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("payout policy: bad field %1").arg(field),
            tr("The stored payout policy is damaged (%1).").arg(field));
    };
    PolicySettings s;
    if (!json.value(QStringLiteral("fiat")).isString())
        return bad(QStringLiteral("fiat"));
    s.fiat = json.value(QStringLiteral("fiat")).toString();
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(s.fiat).hasMatch())
        return bad(QStringLiteral("fiat"));
    const auto asset = s.fiatAsset();
    const std::pair<const char *, Amount *> amounts[] = {{"tier1", &s.tier1}, {"tier2", &s.tier2},
        {"max_per_payout", &s.maxPerPayout}, {"max_per_asset_24h", &s.maxPerAsset24h},
        {"max_per_requester_24h", &s.maxPerRequester24h}};
    for (const auto &[key, out] : amounts) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isString())
            return bad(QLatin1String(key));
        auto parsed = Amount::parse(v.toString(), asset);
        if (!parsed.ok())
            return bad(QLatin1String(key));
        *out = parsed.value();
    }
    for (const auto &[key, out] : {std::pair<const char *, qint64 *>{"max_rate_age_s", &s.maxRateAgeMs},
             std::pair<const char *, qint64 *>{"address_cool_down_s", &s.addressCoolDownMs}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        // toInteger(-1) is -1 for anything that is not a whole number.
        const qint64 seconds = v.isDouble() ? v.toInteger(-1) : -1;
        if (seconds < 0 || seconds > 365LL * 86400)
            return bad(QLatin1String(key));
        *out = seconds * 1000;
    }
    if (json.size() != 8)
        return bad(QStringLiteral("unknown fields"));
    auto valid = validate(s);
    if (!valid.ok())
        return valid.error();
    return s;
}

Result<void> PayoutPolicy::validate(const PolicySettings &s)
{
    auto fail = [](const QString &english, const QString &text) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("payout policy: ") + english, text);
    };
    if ((s.tier1 <=> s.tier2) == std::partial_ordering::greater)
        return fail(QStringLiteral("tier1 above tier2"), tr("The first tier must not be above the second."));
    if ((s.tier2 <=> s.maxPerPayout) == std::partial_ordering::greater)
        return fail(QStringLiteral("tier2 above the payout limit"), tr("The second tier must not be above the single-payout limit."));
    if (s.maxPerPayout.isZero() || s.maxPerAsset24h.isZero() || s.maxPerRequester24h.isZero())
        return fail(QStringLiteral("zero limit"), tr("Limits must be above zero."));
    if (s.maxRateAgeMs < 60'000)
        return fail(QStringLiteral("rate age below a minute"), tr("Allow the rate to be at least one minute old."));
    return {};
}

} // namespace kassa::payouts
