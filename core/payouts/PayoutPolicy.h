// PayoutPolicy: the rules that decide how many approvals a payout needs and
// whether it may be paid at all — a pure function of the request, its
// approvals, the address book, the recent totals and the time, so every
// rule is tested with an injected clock (tst_payoutpolicy).
//
// Rules (../shared/spec/payout-policy.md):
//   - a rate older than maxRateAgeMs, or for another fiat, is refused;
//   - value above maxPerPayout is refused;
//   - tier by value: below tier1 one approver; tier1..tier2 two distinct
//     approvers; above tier2 two approvers plus an Owner (three people);
//   - rolling 24 h per asset above maxPerAsset24h raises to the top tier;
//     per requester above maxPerRequester24h raises one tier;
//   - a destination outside the address book needs the top tier; one that
//     is cooling down, waits for its second person, or was removed is refused;
//   - an approval counts only for the current revision, from a distinct
//     operator who is not the requester (maker ≠ checker), with the
//     Approver role (the Owner slot: the Owner role); one rejection of the
//     current revision stops the payout.
#pragma once

#include "payouts/PayoutTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace kassa::payouts {

enum class Tier { One = 1, Two = 2, TwoPlusOwner = 3 };

//! Rolling totals over the 24 h before now, without the payout being judged.
struct Velocity {
    money::Amount asset24h; //!< fiat value of this asset's payouts (not rejected/cancelled/failed)
    money::Amount requester24h; //!< fiat value of this requester's payouts
};

struct PolicyInput {
    PayoutRequest request;
    QList<Approval> approvals; //!< every approval/rejection ever recorded for it
    std::optional<AddressBookEntry> destination; //!< the book entry for (chain, destination), if any
    Velocity velocity;
    qint64 nowMs = 0;
};

struct PolicyDecision {
    bool refused = false; //!< cannot be paid as it stands (reason in `problems`)
    Tier tier = Tier::One;
    QStringList escalations; //!< English codes of what raised the tier: "value", "velocity_asset", …
    QStringList problems; //!< English codes of what refuses it: "rate_stale", "address_cooling", …
    QString problemText; //!< translated, for the screen (the first problem)
    int approversNeeded = 1; //!< distinct approvers
    bool ownerNeeded = false; //!< plus one distinct Owner
    QStringList countedApprovers; //!< operator ids whose approval counts
    bool ownerApproved = false;
    bool rejected = false; //!< someone rejected the current revision
    //! Enough approvals, nothing refuses it.
    bool satisfied() const;
};

class PayoutPolicy
{
    Q_DECLARE_TR_FUNCTIONS(kassa::payouts::PayoutPolicy)

public:
    static PolicyDecision evaluate(const PolicySettings &settings, const PolicyInput &input);
    //! Whether `approver` may approve `request` at all (role, maker ≠ checker,
    //! not already decided on this revision). The error says why not.
    static Result<void> mayApprove(const PayoutRequest &request, const QList<Approval> &approvals,
        const operators::OperatorInfo &approver);
    //! Settings as stored and audited, and back (strict: every field, valid amounts).
    static QJsonObject toJson(const PolicySettings &settings);
    static Result<PolicySettings> fromJson(const QJsonObject &json);
    //! Sanity of a proposed policy: tier1 ≤ tier2 ≤ maxPerPayout, positive limits.
    static Result<void> validate(const PolicySettings &settings);
};

} // namespace kassa::payouts
