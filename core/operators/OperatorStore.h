// OperatorStore: the operators table (migration 0004), and the rules that
// live next to it — login names, the lockout after wrong passwords, the
// last owner who may never lose the role. Functions take the connection they
// run on: changes belong inside a Database::write() transaction together
// with their audit entry.
#pragma once

#include "base/Result.h"
#include "operators/Operator.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kassa::operators {

//! Lockout: after `freeAttempts` wrong passwords in a row, each further one
//! locks the account for `baseLockMs` doubled per extra failure, at most
//! `maxLockMs`. A right password resets the count.
struct LockoutPolicy {
    int freeAttempts = 5;
    qint64 baseLockMs = 60'000; //!< 1 min after the 5th failure
    qint64 maxLockMs = 3'600'000; //!< at most 1 h
    //! How long to lock after `failures` consecutive failures (0 = not locked).
    qint64 lockMsAfter(int failures) const;
};

struct StoredOperator {
    OperatorInfo info;
    QString passwordHash;
    QString totpKeyId; //!< empty when no TOTP is enrolled
    qint64 totpLastStep = 0;
};

class OperatorStore
{
    Q_DECLARE_TR_FUNCTIONS(kassa::operators::OperatorStore)

public:
    //! Trims and lower-cases a login name, and checks it: 2–64 characters,
    //! letters, digits, '.', '_' and '-'.
    static Result<QString> normaliseLogin(const QString &login);
    static Result<QString> checkDisplayName(const QString &name);

    static Result<int> count(const QSqlDatabase &db);
    static Result<int> countActiveOwners(const QSqlDatabase &db);
    static Result<QList<OperatorInfo>> list(const QSqlDatabase &db);
    static Result<std::optional<StoredOperator>> byLogin(const QSqlDatabase &db, const QString &login);
    static Result<std::optional<StoredOperator>> byId(const QSqlDatabase &db, const QString &id);

    static Result<void> insert(QSqlDatabase &db, const StoredOperator &op);
    static Result<void> setRoles(QSqlDatabase &db, const QString &id, Roles roles, qint64 nowMs);
    static Result<void> setDisabled(QSqlDatabase &db, const QString &id, bool disabled, qint64 nowMs);
    static Result<void> setPasswordHash(QSqlDatabase &db, const QString &id, const QString &hash, qint64 nowMs);
    static Result<void> setTotp(QSqlDatabase &db, const QString &id, const QString &keyId, qint64 lastStep, qint64 nowMs);
    //! A right password (and code): clears the failure count; records the TOTP step used.
    static Result<void> recordSuccess(QSqlDatabase &db, const QString &id, qint64 totpStep, qint64 nowMs);
    //! A wrong password or code: counts it and locks as `policy` says.
    //! Returns the new lock end (0 when not locked).
    static Result<qint64> recordFailure(QSqlDatabase &db, const QString &id, const LockoutPolicy &policy, qint64 nowMs);
    static Result<void> unlock(QSqlDatabase &db, const QString &id, qint64 nowMs);
};

} // namespace kassa::operators
