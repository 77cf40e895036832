// Payouts: the operations on payout requests, the address book and the
// policy — each checks who may do it, changes the tables of migration 0007
// and appends its audit entry, all on the connection of one
// Database::write() transaction, so an action and its record commit
// together. Reads take a reader connection. PayoutPolicy decides; this
// class gathers what it needs (approvals, the book entry, rolling totals).
//
// Who may do what:
//   - request: Clerk or Owner, or an API key with the payouts:request scope;
//   - edit: the requester or an Owner, while awaiting approval or approved
//     (the revision goes up and every approval is void);
//   - approve/reject: PayoutPolicy::mayApprove, for the revision the
//     approver was shown, after a step-up check the caller just made;
//   - address book: add/edit/remove by a Clerk, Approver or Owner; once two
//     owners exist, an entry waits for another Owner to confirm it;
//   - policy: an Owner; once two owners exist a change is a proposal that
//     another Owner confirms, or any Owner rejects with a reason.
#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"
#include "payouts/PayoutPolicy.h"
#include "payouts/PayoutTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace kassa::payouts {

//! What a request asks for; the same for a new request and an edit.
struct PayoutDraft {
    QString chain;
    QString tokenContract;
    money::Amount amount;
    QString destination; //!< as typed; checked and canonicalised per chain
    QString reason;
    QString reference;
};

//! What the chain says just before signing (filled by a ChainProbe).
struct ChainFacts {
    money::Amount tokenBalance; //!< of the hot wallet, in the payout's asset
    money::UInt256 gasBalance; //!< of the hot wallet, in the chain's base units (wei, sun)
    money::UInt256 feeEstimate; //!< the most the transaction may cost
    bool senderBlacklisted = false; //!< Tether's isBlackListed / getBlackListStatus
    bool destinationBlacklisted = false;
};

//! What the final gate decided. A refusal is committed (the request is
//! failed and audited), so it is a value, not an error that rolls back.
struct GateOutcome {
    PayoutRequest request;
    std::optional<Error> refusal; //!< why it may not be signed
    bool passed() const { return !refusal.has_value(); }
};

struct PolicyProposal {
    QString id;
    PolicySettings settings;
    QString proposedBy;
    QString proposedByName;
    qint64 proposedAtMs = 0;
};

class Payouts
{
    Q_DECLARE_TR_FUNCTIONS(kassa::payouts::Payouts)

public:
    //! The API-key scope that may create requests.
    static constexpr char RequestScope[] = "payouts:request";

    //! Checks an address for `chain` (EIP-55 for EVM chains, Base58Check for
    //! Tron) and returns its canonical form.
    static Result<QString> canonicalAddress(const QString &chain, const QString &address);

    // Policy
    static Result<PolicySettings> policy(const QSqlDatabase &db);
    //! Applies `settings` at once (one owner) or records a proposal for
    //! another owner (two or more). Returns the proposal id, or empty when applied.
    static Result<QString> proposePolicy(QSqlDatabase &db, const operators::OperatorInfo &actor,
        const PolicySettings &settings, qint64 nowMs);
    //! Another owner than the proposer applies a pending change (after a step-up check the caller just made).
    static Result<void> confirmPolicy(QSqlDatabase &db, const operators::OperatorInfo &actor, const QString &proposalId,
        qint64 nowMs);
    //! Any owner (the proposer too) rejects a pending change with a reason, audited; it
    //! is stored as 'withdrawn' with who decided it (after a step-up check the caller just made).
    static Result<void> rejectPolicy(QSqlDatabase &db, const operators::OperatorInfo &actor, const QString &proposalId,
        const QString &reason, qint64 nowMs);
    static Result<QList<PolicyProposal>> pendingPolicies(const QSqlDatabase &db);

    // Address book
    //! Adds an entry, or edits the label of the entry for the same address
    //! (which restarts its cool-down and confirmation).
    static Result<AddressBookEntry> saveAddress(QSqlDatabase &db, const operators::OperatorInfo &actor,
        const QString &chain, const QString &address, const QString &label, qint64 nowMs);
    static Result<void> confirmAddress(QSqlDatabase &db, const operators::OperatorInfo &actor, const QString &entryId,
        qint64 nowMs);
    static Result<void> removeAddress(QSqlDatabase &db, const operators::OperatorInfo &actor, const QString &entryId,
        qint64 nowMs);
    static Result<QList<AddressBookEntry>> addressBook(const QSqlDatabase &db);
    static Result<std::optional<AddressBookEntry>> bookEntry(const QSqlDatabase &db, const QString &chain,
        const QString &address);

    // Requests
    static Result<PayoutRequest> request(QSqlDatabase &db, const operators::OperatorInfo &actor, const PayoutDraft &draft,
        const FiatValuation &fiat, qint64 nowMs);
    //! A request from the REST API: always lands awaiting approval, with the
    //! key as its maker. `scopes` are the key's scopes.
    static Result<PayoutRequest> requestFromApiKey(QSqlDatabase &db, const QString &apiKeyId, const QString &apiKeyName,
        const QStringList &scopes, const PayoutDraft &draft, const FiatValuation &fiat, qint64 nowMs);
    //! Changes a request; `expectedRevision` is the one the editor saw.
    static Result<PayoutRequest> edit(QSqlDatabase &db, const operators::OperatorInfo &actor, const QString &id,
        int expectedRevision, const PayoutDraft &draft, const FiatValuation &fiat, qint64 nowMs);
    //! Records an approval or a rejection by `approver` (whose password the
    //! caller has just checked again) of revision `revision` — the one the
    //! dialog showed. Moves the request to approved once the policy is met.
    static Result<PolicyDecision> decide(QSqlDatabase &db, const operators::OperatorInfo &approver, const QString &id,
        int revision, bool approve, const QString &reason, qint64 nowMs);
    static Result<void> cancel(QSqlDatabase &db, const operators::OperatorInfo &actor, const QString &id,
        const QString &reason, qint64 nowMs);

    static Result<std::optional<PayoutRequest>> find(const QSqlDatabase &db, const QString &id);
    static Result<QList<PayoutRequest>> list(const QSqlDatabase &db, int limit = 500);
    static Result<QList<Approval>> approvals(const QSqlDatabase &db, const QString &id);
    //! The policy's view of a request now (for the dialog and the gate).
    static Result<PolicyDecision> evaluate(const QSqlDatabase &db, const PayoutRequest &request, qint64 nowMs);

    //! The final gate, just before signing: the request is approved and the
    //! policy still holds now (approvals, revision, address book, rate), and
    //! the chain facts allow it (token and gas balance, no blacklisted side).
    //! A refusal marks the request failed with the reason and audits it.
    static Result<GateOutcome> finalGate(QSqlDatabase &db, const QString &id, const ChainFacts &facts, qint64 nowMs);
    //! Marks a request failed with `reason` (English code + text) and audits it.
    static Result<void> fail(QSqlDatabase &db, const QString &id, const QString &reason, qint64 nowMs);
    //! Sets the state (signing and broadcast progress), audited as `action`.
    static Result<void> setState(QSqlDatabase &db, const QString &id, PayoutState state, const QString &txHash,
        const char *action, const QJsonObject &details, qint64 nowMs);
};

//! The final gate for a round of payouts inside one write transaction: the
//! policy settings, the address-book entries and the rolling 24 h totals are
//! read once for the round instead of once a payout (the totals were a scan
//! of the day's payouts for each one). Every check still reads the request
//! and its approvals, and sees what the payouts gated before it left: one
//! that failed (check() refusing it, or fail()) no longer counts in the
//! totals — the same answers as Payouts::finalGate one after the other.
//! Changes to payouts in the transaction must go through fail(); the round
//! lives no longer than the transaction.
class FinalGateRound
{
public:
    FinalGateRound(QSqlDatabase &db, qint64 nowMs);
    ~FinalGateRound();
    FinalGateRound(const FinalGateRound &) = delete;
    FinalGateRound &operator=(const FinalGateRound &) = delete;

    //! Payouts::finalGate for `id`.
    Result<GateOutcome> check(const QString &id, const ChainFacts &facts);
    //! Payouts::fail, and the payout leaves the totals.
    Result<void> fail(const QString &id, const QString &reason);

private:
    struct Cache;
    QSqlDatabase &m_db;
    qint64 m_nowMs;
    std::unique_ptr<Cache> m_cache;
};

} // namespace kassa::payouts
