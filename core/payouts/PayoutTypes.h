// The value types of payouts: the request and its approvals, address-book
// entries, and the policy settings (doc/architecture.md, "Payouts";
// ../shared/spec/payout-policy.md).
#pragma once

#include "money/Amount.h"
#include "operators/Operator.h"

#include <QList>
#include <QString>

#include <optional>

namespace kassa::payouts {

enum class PayoutState {
    AwaitingApproval, //!< waiting for approvals (or for the policy to allow it)
    Approved, //!< enough approvals; waiting for the final gate and signing
    Signed, //!< signed transaction stored; not yet known to be broadcast
    Broadcast, //!< sent to the network; waiting for the receipt
    Completed, //!< mined with enough confirmations
    Failed, //!< reverted, refused by the final gate, or dropped (with a reason)
    Rejected, //!< an approver said no
    Cancelled, //!< withdrawn by the requester or an owner
};
const char *payoutStateName(PayoutState state);
std::optional<PayoutState> payoutStateFromName(const QString &name);
//! Whether the request's fields may still change (editing voids approvals).
bool isEditable(PayoutState state);

//! Who made a request: an operator, or an API key (`payouts:request` scope).
struct Requester {
    enum class Kind { Operator, ApiKey };
    Kind kind = Kind::Operator;
    QString id;
    QString name;
    bool operator==(const Requester &) const = default;
};

//! The fiat value of a payout and the rate it was computed with, kept with the request.
struct FiatValuation {
    money::Amount value; //!< in the merchant's fiat (e.g. {USD, 2})
    QString rate; //!< fiat per one whole asset unit, exact decimal text
    QString rateSource;
    qint64 rateAtMs = 0;
};

struct PayoutRequest {
    QString id;
    int revision = 1; //!< bumped by every edit; approvals name the revision they approved
    PayoutState state = PayoutState::AwaitingApproval;
    QString chain; //!< chain id ("ethereum", "tron", "local", …)
    QString tokenContract; //!< canonical contract address of the token
    money::Amount amount; //!< in the token's own asset (units + decimals)
    QString destination; //!< canonical (EIP-55 / base58) form
    QString reason;
    QString reference; //!< optional: invoice number, ticket, …
    Requester requester;
    FiatValuation fiat;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString failureReason; //!< for Failed / Rejected / Cancelled
    QString txHash; //!< once signed
};

struct Approval {
    QString payoutId;
    int revision = 0;
    QString operatorId;
    QString operatorName;
    operators::Roles roles = 0; //!< the approver's roles at the time
    bool approve = true; //!< false: a rejection
    QString reason;
    qint64 atMs = 0;
};

//! A named destination. A new or edited entry may receive only after
//! `activeFromMs` (the cool-down), and — once there are two owners — after
//! a second person confirmed it.
struct AddressBookEntry {
    QString id;
    QString chain;
    QString address; //!< canonical form
    QString label;
    int revision = 1;
    QString createdBy; //!< operator id of the last add/edit
    QString createdByName;
    qint64 createdAtMs = 0; //!< of the last add/edit
    qint64 activeFromMs = 0;
    bool needsSecondPerson = false; //!< two owners existed when it was added/edited
    QString confirmedBy; //!< operator id of the second person (empty until then)
    qint64 confirmedAtMs = 0;
    bool removed = false;
};

//! The payout policy. Fiat limits are in `fiat` (ISO 4217, 2 decimals).
struct PolicySettings {
    QString fiat = QStringLiteral("USD");
    money::Amount tier1; //!< from this value: two distinct approvers
    money::Amount tier2; //!< above this value: two approvers plus an Owner
    money::Amount maxPerPayout; //!< above this: refused outright
    money::Amount maxPerAsset24h; //!< rolling 24 h per asset (with this payout): above → top tier
    money::Amount maxPerRequester24h; //!< rolling 24 h per requester (with this payout): above → one tier up
    qint64 maxRateAgeMs = 15 * 60 * 1000; //!< an older rate is refused
    qint64 addressCoolDownMs = 24 * 3600 * 1000;

    static PolicySettings defaults();
    money::Asset fiatAsset() const { return {fiat, 2}; }
    bool operator==(const PolicySettings &) const = default;
};

} // namespace kassa::payouts
