// OperatorsService: what the console may ask about operator accounts — the
// first owner (first-run wizard), signing in and the step-up check at each
// approval, the list, and the owner's changes (add, roles, disable, clear a
// lockout, TOTP). Every call is asynchronous and answers on the thread of
// `context`; password hashing never runs on the GUI thread.
//
// Calls that change an account take the acting operator's id and check, in
// the database, that this operator is an enabled Owner (or the operator
// themself where that is allowed): the caller's idea of its roles is not
// trusted. Every change and every sign-in, good or bad, is in the audit log.
#pragma once

#include "base/Result.h"
#include "operators/Operator.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace kassa::engine {

//! Why a sign-in was refused, beyond the message (the UI reacts to each).
enum class AuthFailure {
    None,
    WrongCredentials, //!< unknown login or wrong password (never said which)
    TotpRequired, //!< the password was right; ask for the one-time code
    WrongTotp, //!< the one-time code is wrong, expired or used before
    Locked, //!< too many wrong attempts; try again later
    Disabled, //!< the account was disabled by an owner
};
//! The failure kind of an error from verify() (None for other errors).
AuthFailure authFailureOf(const Error &error);

class OperatorsService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~OperatorsService() override = default;

    //! Why the password is asked for: signing in, or confirming one action.
    enum class Purpose { Unlock, StepUp };

    struct NewOperator {
        QString login;
        QString displayName;
        QString password;
        operators::Roles roles = 0;
    };

    //! A TOTP secret waiting to be confirmed with a first code. `secretBase32`
    //! and `uri` are shown once (text and QR) and never stored by the UI.
    struct TotpEnrolment {
        QString token; //!< names the pending secret in confirmTotpEnrolment()
        QString secretBase32;
        QString uri; //!< otpauth://totp/…
    };

    //! A role change waiting for a second owner (two or more owners exist).
    struct RoleProposal {
        QString id;
        QString operatorId;
        QString operatorName;
        operators::Roles oldRoles = 0;
        operators::Roles newRoles = 0;
        QString proposedBy; //!< operator id
        QString proposedByName;
        qint64 proposedAtMs = 0;
    };

    using InfoDone = std::function<void(Result<operators::OperatorInfo>)>;
    using ProposeDone = std::function<void(Result<QString>)>; //!< proposal id, or empty when applied at once
    using ProposalsDone = std::function<void(Result<QList<RoleProposal>>)>;
    using ListDone = std::function<void(Result<QList<operators::OperatorInfo>>)>;
    using CountDone = std::function<void(Result<int>)>;
    using VoidDone = std::function<void(Result<void>)>;
    using EnrolDone = std::function<void(Result<TotpEnrolment>)>;

    //! How many operator accounts exist (0: run the first-run wizard).
    virtual void count(QObject *context, CountDone done) = 0;
    //! Creates the first operator, an Owner with every role. Refused once any
    //! operator exists.
    virtual void createOwner(const NewOperator &owner, QObject *context, InfoDone done) = 0;
    //! Checks a login, password and (if enrolled) one-time code. Counts
    //! failures and locks the account as the lockout policy says.
    virtual void verify(const QString &login, const QString &password, const QString &totpCode, Purpose purpose,
        QObject *context, InfoDone done) = 0;
    //! Every operator, by login.
    virtual void list(QObject *context, ListDone done) = 0;
    //! Owner only: adds an operator.
    virtual void add(const QString &actorId, const NewOperator &op, QObject *context, InfoDone done) = 0;
    //! Owner only: replaces an operator's roles. The last enabled Owner
    //! keeps the Owner role. With one enabled owner the change applies at
    //! once (answer: empty); with two or more it becomes a proposal that a
    //! different owner confirms with decideRoleChange() (answer: its id).
    virtual void changeRoles(const QString &actorId, const QString &operatorId, operators::Roles roles,
        QObject *context, ProposeDone done) = 0;
    //! The role changes waiting for a second owner, oldest first.
    virtual void pendingRoleChanges(QObject *context, ProposalsDone done) = 0;
    //! An owner confirms (or rejects) a pending role change after entering
    //! their password (and code) again. Only a different owner than the
    //! proposer may confirm; the proposer may withdraw it by rejecting.
    virtual void decideRoleChange(const QString &login, const QString &password, const QString &totpCode,
        const QString &proposalId, bool confirm, QObject *context, VoidDone done) = 0;
    //! Owner only: disables (or enables again) an account. The last enabled
    //! Owner cannot be disabled, and nobody disables themself.
    virtual void setDisabled(const QString &actorId, const QString &operatorId, bool disabled, QObject *context,
        VoidDone done) = 0;
    //! Owner only: clears a lockout after wrong passwords.
    virtual void clearLockout(const QString &actorId, const QString &operatorId, QObject *context, VoidDone done) = 0;
    //! The operator themself: a new password, after the current one.
    virtual void changePassword(const QString &operatorId, const QString &currentPassword, const QString &newPassword,
        QObject *context, VoidDone done) = 0;
    //! The operator themself: a new TOTP secret to scan.
    virtual void beginTotpEnrolment(const QString &operatorId, QObject *context, EnrolDone done) = 0;
    //! Stores the pending secret (in the KeyStore) once `code` proves the app has it.
    virtual void confirmTotpEnrolment(const QString &operatorId, const QString &token, const QString &code,
        QObject *context, VoidDone done) = 0;
    //! Owner, or the operator themself: removes the second factor.
    virtual void removeTotp(const QString &actorId, const QString &operatorId, QObject *context, VoidDone done) = 0;
    //! The console locked `operatorId` out again — by hand, or after `idle`
    //! time without use: recorded in the audit log (signing in is recorded by verify()).
    virtual void recordLock(const QString &operatorId, bool idle, QObject *context, VoidDone done) = 0;

Q_SIGNALS:
    //! Accounts changed (added, roles, disabled, lockout): list again.
    void changed();
};

} // namespace kassa::engine
