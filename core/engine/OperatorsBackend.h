// OperatorsBackend: the engine's OperatorsService over the store and the
// KeyStore. Hashing and database work run on the thread pool (each change in
// one writer transaction with its audit entry); the TOTP secret is read from
// the KeyStore on this object's thread, only for the moment of the check.
#pragma once

#include "base/Clock.h"
#include "crypto/SecureBytes.h"
#include "engine/OperatorsService.h"
#include "operators/OperatorStore.h"
#include "operators/PasswordHash.h"

#include <QHash>

#include <memory>

namespace kassa::store {
class Database;
}
namespace kassa::keys {
class KeyStore;
}

namespace kassa::engine {

class OperatorsBackend final : public OperatorsService
{
    Q_OBJECT

public:
    //! `keys` holds the TOTP secrets and must outlive this object.
    OperatorsBackend(const Clock &clock, keys::KeyStore *keys,
        operators::Argon2Params hashParams = operators::Argon2Params::defaults(),
        operators::LockoutPolicy lockout = {}, QObject *parent = nullptr);
    ~OperatorsBackend() override;

    //! Set once the database is open; calls before that fail with a clear error.
    void setDatabase(std::shared_ptr<store::Database> database);
    //! The KeyStore entry of an operator's TOTP secret.
    static QString totpKeyId(const QString &operatorId);

    void count(QObject *context, CountDone done) override;
    void createOwner(const NewOperator &owner, QObject *context, InfoDone done) override;
    void verify(const QString &login, const QString &password, const QString &totpCode, Purpose purpose,
        QObject *context, InfoDone done) override;
    void list(QObject *context, ListDone done) override;
    void add(const QString &actorId, const NewOperator &op, QObject *context, InfoDone done) override;
    void changeRoles(const QString &actorId, const QString &operatorId, operators::Roles roles, QObject *context,
        ProposeDone done) override;
    void pendingRoleChanges(QObject *context, ProposalsDone done) override;
    void decideRoleChange(const QString &login, const QString &password, const QString &totpCode, const QString &proposalId,
        bool confirm, QObject *context, VoidDone done) override;
    void setDisabled(const QString &actorId, const QString &operatorId, bool disabled, QObject *context,
        VoidDone done) override;
    void clearLockout(const QString &actorId, const QString &operatorId, QObject *context, VoidDone done) override;
    void changePassword(const QString &operatorId, const QString &currentPassword, const QString &newPassword,
        QObject *context, VoidDone done) override;
    void beginTotpEnrolment(const QString &operatorId, QObject *context, EnrolDone done) override;
    void confirmTotpEnrolment(const QString &operatorId, const QString &token, const QString &code, QObject *context,
        VoidDone done) override;
    void removeTotp(const QString &actorId, const QString &operatorId, QObject *context, VoidDone done) override;
    void recordLock(const QString &operatorId, bool idle, QObject *context, VoidDone done) override;

private:
    struct PendingTotp {
        QString operatorId;
        crypto::SecureBytes secret;
        qint64 expiresMs = 0;
    };

    void addOperator(const QString &actorId, const NewOperator &op, bool firstOwner, QObject *context, InfoDone done);
    void applyChange(QObject *context, VoidDone done, std::function<Result<void>(QSqlDatabase &)> work);
    void finishTotpCheck(const operators::StoredOperator &op, const QString &code, Purpose purpose, QObject *context,
        InfoDone done);

    const Clock &m_clock;
    keys::KeyStore *m_keys;
    operators::Argon2Params m_params;
    operators::LockoutPolicy m_lockout;
    std::shared_ptr<store::Database> m_database;
    QHash<QString, std::shared_ptr<PendingTotp>> m_pendingTotp; // by token; this thread only
};

} // namespace kassa::engine
