// PayoutsService: what the console may ask about payouts — the requests
// with the policy's view of each (sorted into the Payouts page's queues),
// a new request, and an approval or rejection with the approver's password
// (and one-time code) asked again for that one decision. Every call is
// asynchronous and answers on the thread of `context`.
#pragma once

#include "base/Result.h"
#include "payouts/PayoutPolicy.h"
#include "payouts/Payouts.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kassa::engine {

//! The Payouts page's queues, from the viewer's point of view.
enum class PayoutQueue { AwaitingMe, AwaitingOthers, Ready, InFlight, Done, Failed };

//! One request as the page and the approval dialog show it.
struct PayoutRow {
    payouts::PayoutRequest request;
    payouts::PolicyDecision decision;
    QList<payouts::Approval> approvals; //!< every decision ever recorded, oldest first
    std::optional<payouts::AddressBookEntry> bookEntry; //!< the destination's entry, if booked
    PayoutQueue queue = PayoutQueue::AwaitingOthers;
};

//! A token payouts can be made in.
struct PayoutAsset {
    QString chain; //!< "ethereum", "tron", …
    QString chainName; //!< for the screen
    QString tokenContract;
    money::Asset asset;
};

class PayoutsService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PayoutsService() override = default;

    using RowsDone = std::function<void(Result<QList<PayoutRow>>)>;
    using RequestDone = std::function<void(Result<payouts::PayoutRequest>)>;
    using DecisionDone = std::function<void(Result<payouts::PolicyDecision>)>;
    struct PolicyState {
        payouts::PolicySettings current;
        QList<payouts::PolicyProposal> pending; //!< changes waiting for another owner
    };
    using PolicyDone = std::function<void(Result<PolicyState>)>;
    using ProposeDone = std::function<void(Result<QString>)>; //!< proposal id, or empty when applied at once
    using VoidDone = std::function<void(Result<void>)>;
    using BookDone = std::function<void(Result<QList<payouts::AddressBookEntry>>)>;
    using EntryDone = std::function<void(Result<payouts::AddressBookEntry>)>;

    //! The assets a payout may be requested in.
    virtual QList<PayoutAsset> assets() const = 0;
    //! The fiat value of `amount` now, with the rate used (for the form's
    //! preview); an error when no rate is known.
    virtual Result<payouts::FiatValuation> valuation(const money::Amount &amount) const = 0;
    //! Checks an address for `chain` and returns its canonical form (for the
    //! form's inline check; never blocks).
    virtual Result<QString> checkAddress(const QString &chain, const QString &address) const = 0;
    //! Requests newest first, sorted into queues for operator `viewerId`.
    virtual void list(const QString &viewerId, QObject *context, RowsDone done) = 0;
    //! A new request by operator `actorId`, valued at the current rate.
    virtual void request(const QString &actorId, const payouts::PayoutDraft &draft, QObject *context, RequestDone done) = 0;
    //! Checks `login`'s password (and code) again, then records the decision
    //! on `revision` of the payout — the one the dialog showed.
    virtual void decide(const QString &login, const QString &password, const QString &totpCode, const QString &payoutId,
        int revision, bool approve, const QString &reason, QObject *context, DecisionDone done) = 0;

    //! The payout policy in force and the changes waiting for a second owner.
    virtual void policy(QObject *context, PolicyDone done) = 0;
    //! Owner only: applies `settings` (one owner) or proposes it to the others.
    virtual void proposePolicy(const QString &actorId, const payouts::PolicySettings &settings, QObject *context,
        ProposeDone done) = 0;
    //! Checks `login`'s password (and code) again, then decides a pending
    //! change: `confirm` applies it (an owner, not the proposer); otherwise
    //! any owner rejects it with `reason`. Either is audited.
    virtual void decidePolicy(const QString &login, const QString &password, const QString &totpCode,
        const QString &proposalId, bool confirm, const QString &reason, QObject *context, VoidDone done) = 0;

    //! The address book (removed entries left out), by name.
    virtual void addressBook(QObject *context, BookDone done) = 0;
    //! Clerk, Approver or Owner: adds the entry for (`chain`, `address`), or
    //! renames it. Either way it cools down again from now (and, with two
    //! owners, waits for another owner); audited with the old and new values.
    virtual void saveAddress(const QString &actorId, const QString &chain, const QString &address, const QString &label,
        QObject *context, EntryDone done) = 0;
    //! Owner only, not the one who made the change: confirms an entry.
    virtual void confirmAddress(const QString &actorId, const QString &entryId, QObject *context, VoidDone done) = 0;
    //! Clerk, Approver or Owner: removes an entry (audited).
    virtual void removeAddress(const QString &actorId, const QString &entryId, QObject *context, VoidDone done) = 0;

    //! Why the approved payouts of some chain are not sent now (no payout
    //! wallet for its family, a locked key store, …): one translated line per
    //! chain, empty while every enabled chain can pay. Never blocks.
    virtual QStringList senderProblems() const { return {}; }

Q_SIGNALS:
    //! Requests or the address book changed: list again.
    void changed();
    //! senderProblems() changed.
    void sendersChanged();
};

} // namespace kassa::engine
