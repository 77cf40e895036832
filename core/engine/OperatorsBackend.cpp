#include "engine/OperatorsBackend.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "keys/KeyStore.h"
#include "operators/Totp.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace kassa::engine {

using operators::OperatorInfo;
using operators::OperatorStore;
using operators::PasswordHash;
using operators::Role;
using operators::StoredOperator;

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(kassa::engine::OperatorsBackend)
};

const char *failureTag(AuthFailure kind)
{
    switch (kind) {
    case AuthFailure::None: return "";
    case AuthFailure::WrongCredentials: return "[auth:wrong-credentials]";
    case AuthFailure::TotpRequired: return "[auth:totp-required]";
    case AuthFailure::WrongTotp: return "[auth:wrong-totp]";
    case AuthFailure::Locked: return "[auth:locked]";
    case AuthFailure::Disabled: return "[auth:disabled]";
    }
    return "";
}

Error authError(AuthFailure kind, qint64 lockedUntilMs = 0)
{
    const QString english = QLatin1String(failureTag(kind));
    switch (kind) {
    case AuthFailure::WrongCredentials:
        return makeError(ErrorCode::InvalidInput, english + QStringLiteral(" wrong login or password"),
            Texts::tr("The login name or the password is wrong."),
            Texts::tr("Several wrong attempts in a row lock the account for a while."));
    case AuthFailure::TotpRequired:
        return makeError(ErrorCode::InvalidInput, english + QStringLiteral(" one-time code required"),
            Texts::tr("Enter the 6-digit code from your authenticator app."));
    case AuthFailure::WrongTotp:
        return makeError(ErrorCode::InvalidInput, english + QStringLiteral(" wrong one-time code"),
            Texts::tr("The one-time code is wrong or was already used."),
            Texts::tr("Wait for the next code in your authenticator app and check the computer's clock."));
    case AuthFailure::Locked:
        return makeError(ErrorCode::InvalidInput, english + QStringLiteral(" account locked until %1").arg(lockedUntilMs),
            Texts::tr("Too many wrong attempts: this account is locked until %1 (UTC).")
                .arg(QDateTime::fromMSecsSinceEpoch(lockedUntilMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            Texts::tr("Wait until then, or ask an owner to clear the lock."));
    case AuthFailure::Disabled:
        return makeError(ErrorCode::InvalidInput, english + QStringLiteral(" account disabled"),
            Texts::tr("This operator account is disabled."), Texts::tr("Ask an owner to enable it again."));
    case AuthFailure::None: break;
    }
    return makeError(ErrorCode::Internal, QStringLiteral("auth: unknown failure"), Texts::tr("Signing in failed."));
}

Error notReady()
{
    return makeError(ErrorCode::Database, QStringLiteral("operators: the database is not open yet"),
        Texts::tr("Operator accounts are not available yet: the database is still opening."),
        Texts::tr("Wait a moment and try again."));
}

Error forbidden(const QString &english)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("operators: ") + english,
        Texts::tr("Only an owner may change operator accounts."));
}

template<typename T, typename Work>
void runOnPool(QObject *context, std::function<void(Result<T>)> done, Work work)
{
    QtConcurrent::run(std::move(work)).then(context, [done = std::move(done)](Result<T> result) {
        done(std::move(result));
    });
}

//! Runs `work` in one writer transaction. `work` returns a database error
//! (roll back) or ok, with the outcome — which may itself be a refusal that
//! must still be committed, like a counted failure — in `out`.
template<typename T>
Result<T> writeOutcome(store::Database &db, const std::function<Result<void>(QSqlDatabase &, std::optional<Result<T>> &)> &work)
{
    std::optional<Result<T>> out;
    auto written = db.writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        out.reset();
        return work(c, out);
    });
    if (!written.ok())
        return written.error();
    if (!out)
        return makeError(ErrorCode::Internal, QStringLiteral("operators: write produced no outcome"), Texts::tr("Internal error."));
    return std::move(*out);
}

audit::Actor actorOf(const OperatorInfo &op)
{
    return audit::Actor::operatorAccount(op.id, op.displayName);
}

QJsonObject publicJson(const OperatorInfo &op)
{
    return QJsonObject{{QStringLiteral("login"), op.login}, {QStringLiteral("name"), op.displayName},
        {QStringLiteral("roles"), QJsonArray::fromStringList(operators::RoleNames::codes(op.roles))},
        {QStringLiteral("disabled"), op.disabled}, {QStringLiteral("totp"), op.totpEnrolled}};
}

Result<void> appendAudit(QSqlDatabase &c, const audit::Actor &actor, const char *action, const QString &subjectId,
    const QJsonObject &details, qint64 nowMs)
{
    audit::AuditEvent e;
    e.actor = actor;
    e.action = QLatin1String(action);
    e.subjectKind = QStringLiteral("operator");
    e.subjectId = subjectId;
    e.details = details;
    auto appended = audit::AuditLog::append(c, e, nowMs);
    if (!appended.ok())
        return appended.error();
    return {};
}

//! The acting operator, checked in this transaction to be an enabled Owner.
Result<StoredOperator> requireOwner(const QSqlDatabase &c, const QString &actorId)
{
    auto actor = OperatorStore::byId(c, actorId);
    if (!actor.ok())
        return actor.error();
    if (!actor->has_value() || (*actor)->info.disabled || !(*actor)->info.has(Role::Owner))
        return forbidden(QStringLiteral("%1 is not an enabled owner").arg(actorId));
    return **actor;
}

Result<StoredOperator> requireOperator(const QSqlDatabase &c, const QString &id)
{
    auto op = OperatorStore::byId(c, id);
    if (!op.ok())
        return op.error();
    if (!op->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("operators: no operator %1").arg(id), OperatorStore::tr("No such operator."));
    return **op;
}

const char *purposeCode(OperatorsService::Purpose purpose)
{
    return purpose == OperatorsService::Purpose::Unlock ? "unlock" : "step_up";
}

} // namespace

AuthFailure authFailureOf(const Error &error)
{
    for (AuthFailure kind : {AuthFailure::WrongCredentials, AuthFailure::TotpRequired, AuthFailure::WrongTotp,
             AuthFailure::Locked, AuthFailure::Disabled}) {
        if (error.message.startsWith(QLatin1String(failureTag(kind))))
            return kind;
    }
    return AuthFailure::None;
}

OperatorsBackend::OperatorsBackend(const Clock &clock, keys::KeyStore *keys, operators::Argon2Params hashParams,
    operators::LockoutPolicy lockout, QObject *parent)
    : OperatorsService(parent), m_clock(clock), m_keys(keys), m_params(hashParams), m_lockout(lockout)
{
}

OperatorsBackend::~OperatorsBackend() = default;

void OperatorsBackend::setDatabase(std::shared_ptr<store::Database> database)
{
    m_database = std::move(database);
}

QString OperatorsBackend::totpKeyId(const QString &operatorId)
{
    return QStringLiteral("operator-totp/") + operatorId;
}

void OperatorsBackend::count(QObject *context, CountDone done)
{
    runOnPool<int>(context, std::move(done), [db = m_database]() -> Result<int> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        return OperatorStore::count(reader.value());
    });
}

void OperatorsBackend::createOwner(const NewOperator &owner, QObject *context, InfoDone done)
{
    NewOperator first = owner;
    first.roles = operators::AllRoles;
    addOperator(QString(), first, true, context, std::move(done));
}

void OperatorsBackend::add(const QString &actorId, const NewOperator &op, QObject *context, InfoDone done)
{
    addOperator(actorId, op, false, context, std::move(done));
}

void OperatorsBackend::addOperator(const QString &actorId, const NewOperator &op, bool firstOwner, QObject *context,
    InfoDone done)
{
    QPointer<OperatorsBackend> self(this);
    runOnPool<OperatorInfo>(context, [self, done = std::move(done)](Result<OperatorInfo> r) {
        if (r.ok() && self)
            Q_EMIT self->changed();
        done(std::move(r));
    },
        [db = m_database, &clock = m_clock, params = m_params, actorId, op, firstOwner]() -> Result<OperatorInfo> {
            if (!db)
                return notReady();
            auto login = OperatorStore::normaliseLogin(op.login);
            if (!login.ok())
                return login.error();
            auto name = OperatorStore::checkDisplayName(op.displayName);
            if (!name.ok())
                return name.error();
            if (op.roles <= 0 || op.roles > operators::AllRoles)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("operators: no roles"),
                    Texts::tr("Choose at least one role."));
            auto policy = PasswordHash::checkPolicy(op.password);
            if (!policy.ok())
                return policy.error();
            auto hash = PasswordHash::hash(op.password, params); // slow: outside the writer
            if (!hash.ok())
                return hash.error();
            return writeOutcome<OperatorInfo>(*db, [&](QSqlDatabase &c, std::optional<Result<OperatorInfo>> &out) -> Result<void> {
                const qint64 now = clock.nowMs();
                audit::Actor actor;
                if (firstOwner) {
                    auto n = OperatorStore::count(c);
                    if (!n.ok())
                        return n.error();
                    if (n.value() > 0) {
                        out = makeError(ErrorCode::InvalidInput, QStringLiteral("operators: first owner exists already"),
                            Texts::tr("The first owner was already created."), Texts::tr("Sign in instead."));
                        return {};
                    }
                } else {
                    auto owner = requireOwner(c, actorId);
                    if (!owner.ok()) {
                        out = owner.error();
                        return {};
                    }
                    actor = actorOf(owner->info);
                }
                auto taken = OperatorStore::byLogin(c, login.value());
                if (!taken.ok())
                    return taken.error();
                if (taken->has_value()) {
                    out = makeError(ErrorCode::InvalidInput, QStringLiteral("operators: login taken"),
                        OperatorStore::tr("The login name \"%1\" is already taken.").arg(login.value()));
                    return {};
                }
                StoredOperator row;
                row.info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                row.info.login = login.value();
                row.info.displayName = name.value();
                row.info.roles = op.roles;
                row.info.createdAtMs = now;
                row.info.updatedAtMs = now;
                row.passwordHash = hash.value();
                auto inserted = OperatorStore::insert(c, row);
                if (!inserted.ok())
                    return inserted.error();
                if (firstOwner)
                    actor = actorOf(row.info);
                auto audited = appendAudit(c, actor, audit::action::OperatorCreate, row.info.id,
                    QJsonObject{{QStringLiteral("new"), publicJson(row.info)},
                        {QStringLiteral("first_owner"), firstOwner}},
                    now);
                if (!audited.ok())
                    return audited;
                out = row.info;
                return {};
            });
        });
}

void OperatorsBackend::verify(const QString &login, const QString &password, const QString &totpCode, Purpose purpose,
    QObject *context, InfoDone done)
{
    struct Stage {
        StoredOperator op;
        bool needTotp = false;
    };
    QPointer<OperatorsBackend> self(this);
    QPointer<QObject> ctx(context);
    auto shared = std::make_shared<InfoDone>(std::move(done));
    auto finish = [shared, ctx](Result<OperatorInfo> r) {
        if (ctx)
            QMetaObject::invokeMethod(ctx, [shared, r = std::move(r)]() mutable { (*shared)(std::move(r)); }, Qt::QueuedConnection);
    };
    QtConcurrent::run([db = m_database, &clock = m_clock, params = m_params, lockout = m_lockout, login, password,
                          hasCode = !totpCode.isEmpty(), purpose]() -> Result<Stage> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        auto found = OperatorStore::byLogin(reader.value(), login);
        if (!found.ok())
            return found.error();
        const QJsonObject base{{QStringLiteral("purpose"), QLatin1String(purposeCode(purpose))}};
        auto recordRefusal = [&](const QString &subjectId, const audit::Actor &actor, const QString &reason,
                                 bool count) -> Result<Stage> {
            return writeOutcome<Stage>(*db, [&](QSqlDatabase &c, std::optional<Result<Stage>> &out) -> Result<void> {
                const qint64 now = clock.nowMs();
                qint64 until = 0;
                if (count) {
                    auto locked = OperatorStore::recordFailure(c, subjectId, lockout, now);
                    if (!locked.ok())
                        return locked.error();
                    until = locked.value();
                }
                QJsonObject details = base;
                details.insert(QStringLiteral("reason"), reason);
                if (until > 0)
                    details.insert(QStringLiteral("locked_until_ms"), until);
                auto audited = appendAudit(c, actor, audit::action::SessionUnlockFailed, subjectId, details, now);
                if (!audited.ok())
                    return audited;
                if (reason == QLatin1String("disabled"))
                    out = authError(AuthFailure::Disabled);
                else if (reason == QLatin1String("locked"))
                    out = authError(AuthFailure::Locked, (*found)->info.lockedUntilMs);
                else
                    out = until > 0 ? authError(AuthFailure::Locked, until) : authError(AuthFailure::WrongCredentials);
                return {};
            });
        };
        if (!found->has_value()) {
            PasswordHash::burn(password, params);
            // The typed login is not recorded: people type passwords into the wrong field.
            return recordRefusal(QStringLiteral("unknown"), audit::Actor::system(), QStringLiteral("unknown_login"), false);
        }
        const StoredOperator op = **found;
        const audit::Actor actor = actorOf(op.info);
        if (op.info.lockedUntilMs > clock.nowMs())
            return recordRefusal(op.info.id, actor, QStringLiteral("locked"), false);
        const bool passwordOk = PasswordHash::verify(op.passwordHash, password);
        // "Disabled" only to someone who knows the password: a guesser learns nothing.
        if (op.info.disabled)
            return recordRefusal(op.info.id, actor, passwordOk ? QStringLiteral("disabled") : QStringLiteral("wrong_password_disabled"), false);
        if (!passwordOk)
            return recordRefusal(op.info.id, actor, QStringLiteral("wrong_password"), true);
        if (op.info.totpEnrolled) {
            if (!hasCode)
                return authError(AuthFailure::TotpRequired);
            return Stage{op, true};
        }
        return writeOutcome<Stage>(*db, [&](QSqlDatabase &c, std::optional<Result<Stage>> &out) -> Result<void> {
            const qint64 now = clock.nowMs();
            auto ok = OperatorStore::recordSuccess(c, op.info.id, 0, now);
            if (!ok.ok())
                return ok;
            if (purpose == Purpose::Unlock) {
                auto audited = appendAudit(c, actor, audit::action::SessionUnlock, op.info.id, base, now);
                if (!audited.ok())
                    return audited;
            }
            out = Stage{op, false};
            return {};
        });
    }).then(this, [self, finish, totpCode, purpose, context](Result<Stage> stage) {
        if (!stage.ok() || !stage->needTotp || !self) {
            if (!stage.ok())
                finish(stage.error());
            else if (!self)
                finish(notReady());
            else {
                OperatorInfo info = stage->op.info;
                info.failedAttempts = 0;
                info.lockedUntilMs = 0;
                finish(info);
            }
            return;
        }
        self->finishTotpCheck(stage->op, totpCode, purpose, context,
            [finish](Result<OperatorInfo> r) { finish(std::move(r)); });
    });
}

void OperatorsBackend::finishTotpCheck(const StoredOperator &op, const QString &code, Purpose purpose, QObject *context,
    InfoDone done)
{
    Q_UNUSED(context);
    auto doneShared = std::make_shared<InfoDone>(std::move(done));
    m_keys->read(op.totpKeyId, this, [this, op, code, purpose, doneShared](Result<crypto::SecureBytes> secret) {
        if (!secret.ok()) {
            (*doneShared)(secret.error());
            return;
        }
        const std::optional<qint64> step = operators::Totp::match(secret.value(), code, m_clock.nowSecs());
        QtConcurrent::run([db = m_database, &clock = m_clock, lockout = m_lockout, op, step, purpose]() -> Result<OperatorInfo> {
            if (!db)
                return notReady();
            return writeOutcome<OperatorInfo>(*db, [&](QSqlDatabase &c, std::optional<Result<OperatorInfo>> &out) -> Result<void> {
                const qint64 now = clock.nowMs();
                auto current = requireOperator(c, op.info.id);
                if (!current.ok())
                    return current.error();
                const audit::Actor actor = actorOf(op.info);
                QJsonObject details{{QStringLiteral("purpose"), QLatin1String(purposeCode(purpose))}};
                // A code whose step is not newer than the last one accepted is a replay.
                if (!step || *step <= current->totpLastStep) {
                    auto until = OperatorStore::recordFailure(c, op.info.id, lockout, now);
                    if (!until.ok())
                        return until.error();
                    details.insert(QStringLiteral("reason"), step ? QStringLiteral("totp_replayed") : QStringLiteral("wrong_totp"));
                    if (until.value() > 0)
                        details.insert(QStringLiteral("locked_until_ms"), until.value());
                    auto audited = appendAudit(c, actor, audit::action::SessionUnlockFailed, op.info.id, details, now);
                    if (!audited.ok())
                        return audited;
                    out = until.value() > 0 ? authError(AuthFailure::Locked, until.value()) : authError(AuthFailure::WrongTotp);
                    return {};
                }
                auto ok = OperatorStore::recordSuccess(c, op.info.id, *step, now);
                if (!ok.ok())
                    return ok;
                if (purpose == Purpose::Unlock) {
                    auto audited = appendAudit(c, actor, audit::action::SessionUnlock, op.info.id, details, now);
                    if (!audited.ok())
                        return audited;
                }
                OperatorInfo info = current->info;
                info.failedAttempts = 0;
                info.lockedUntilMs = 0;
                out = info;
                return {};
            });
        }).then(this, [doneShared](Result<OperatorInfo> r) { (*doneShared)(std::move(r)); });
    });
}

void OperatorsBackend::list(QObject *context, ListDone done)
{
    runOnPool<QList<OperatorInfo>>(context, std::move(done), [db = m_database]() -> Result<QList<OperatorInfo>> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        return OperatorStore::list(reader.value());
    });
}

void OperatorsBackend::applyChange(QObject *context, VoidDone done, std::function<Result<void>(QSqlDatabase &)> work)
{
    QPointer<OperatorsBackend> self(this);
    runOnPool<bool>(context, [self, done = std::move(done)](Result<bool> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        if (self)
            Q_EMIT self->changed();
        done({});
    },
        [db = m_database, work = std::move(work)]() -> Result<bool> {
            if (!db)
                return notReady();
            auto r = writeOutcome<bool>(*db, [&](QSqlDatabase &c, std::optional<Result<bool>> &out) -> Result<void> {
                auto w = work(c);
                if (!w.ok()) {
                    if (w.error().code == ErrorCode::Database)
                        return w;
                    out = w.error(); // a refusal: nothing was written
                    return {};
                }
                out = true;
                return {};
            });
            return r;
        });
}

namespace {

QJsonObject rolesJson(operators::Roles oldRoles, operators::Roles newRoles)
{
    return QJsonObject{{QStringLiteral("old"), QJsonArray::fromStringList(operators::RoleNames::codes(oldRoles))},
        {QStringLiteral("new"), QJsonArray::fromStringList(operators::RoleNames::codes(newRoles))}};
}

//! The last enabled owner keeps the Owner role.
Result<void> checkLastOwner(const QSqlDatabase &c, const OperatorInfo &target, operators::Roles roles)
{
    if (!target.has(Role::Owner) || operators::hasRole(roles, Role::Owner) || target.disabled)
        return {};
    auto owners = OperatorStore::countActiveOwners(c);
    if (!owners.ok())
        return owners.error();
    if (owners.value() <= 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("operators: last owner keeps the role"),
            Texts::tr("The last owner cannot lose the Owner role."), Texts::tr("Make someone else an owner first."));
    return {};
}

const QString kProposalColumns = QStringLiteral(
    "p.id, p.operator_id, o.display_name, p.old_roles, p.new_roles, p.proposed_by, p.proposed_by_name, p.proposed_at_ms");

OperatorsService::RoleProposal proposalFromRow(const QSqlQuery &q)
{
    OperatorsService::RoleProposal p;
    p.id = q.value(0).toString();
    p.operatorId = q.value(1).toString();
    p.operatorName = q.value(2).toString();
    p.oldRoles = q.value(3).toInt();
    p.newRoles = q.value(4).toInt();
    p.proposedBy = q.value(5).toString();
    p.proposedByName = q.value(6).toString();
    p.proposedAtMs = q.value(7).toLongLong();
    return p;
}

Error queryFailed(const char *what, const QSqlQuery &q)
{
    return makeError(ErrorCode::Database, QStringLiteral("operators: %1: %2").arg(QLatin1String(what), q.lastError().text()),
        Texts::tr("The database could not be read or written."));
}

} // namespace

void OperatorsBackend::changeRoles(const QString &actorId, const QString &operatorId, operators::Roles roles,
    QObject *context, ProposeDone done)
{
    QPointer<OperatorsBackend> self(this);
    runOnPool<QString>(context, [self, done = std::move(done)](Result<QString> r) {
        if (r.ok() && self)
            Q_EMIT self->changed();
        done(std::move(r));
    },
        [db = m_database, &clock = m_clock, actorId, operatorId, roles]() -> Result<QString> {
            if (!db)
                return notReady();
            return writeOutcome<QString>(*db, [&](QSqlDatabase &c, std::optional<Result<QString>> &out) -> Result<void> {
                auto refuse = [&](const Error &e) -> Result<void> {
                    if (e.code == ErrorCode::Database)
                        return e;
                    out = e; // a refusal: nothing was written
                    return {};
                };
                if (roles <= 0 || roles > operators::AllRoles)
                    return refuse(makeError(ErrorCode::InvalidInput, QStringLiteral("operators: no roles"), Texts::tr("Choose at least one role.")));
                auto owner = requireOwner(c, actorId);
                if (!owner.ok())
                    return refuse(owner.error());
                auto target = requireOperator(c, operatorId);
                if (!target.ok())
                    return refuse(target.error());
                if (target->info.roles == roles) {
                    out = QString();
                    return {};
                }
                auto last = checkLastOwner(c, target->info, roles);
                if (!last.ok())
                    return refuse(last.error());
                auto owners = OperatorStore::countActiveOwners(c);
                if (!owners.ok())
                    return owners.error();
                const qint64 now = clock.nowMs();
                if (owners.value() < 2) {
                    auto set = OperatorStore::setRoles(c, operatorId, roles, now);
                    if (!set.ok())
                        return set;
                    auto audited = appendAudit(c, actorOf(owner->info), audit::action::OperatorRoles, operatorId,
                        rolesJson(target->info.roles, roles), now);
                    if (!audited.ok())
                        return audited;
                    out = QString();
                    return {};
                }
                // Two owners: the change waits for the other one.
                QSqlQuery pending(c);
                pending.prepare(QStringLiteral("SELECT COUNT(*) FROM operator_role_proposals WHERE operator_id = ? AND state = 'pending'"));
                pending.addBindValue(operatorId);
                if (!pending.exec() || !pending.next())
                    return queryFailed("count role proposals", pending);
                if (pending.value(0).toInt() > 0)
                    return refuse(makeError(ErrorCode::InvalidInput, QStringLiteral("operators: a role change is already pending"),
                        Texts::tr("A change of this operator's roles already waits for another owner."),
                        Texts::tr("Confirm or reject that one first.")));
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                QSqlQuery q(c);
                q.prepare(QStringLiteral("INSERT INTO operator_role_proposals (id, operator_id, old_roles, new_roles, proposed_by, "
                                         "proposed_by_name, proposed_at_ms, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')"));
                for (const QVariant &v : {QVariant(id), QVariant(operatorId), QVariant(target->info.roles), QVariant(roles),
                         QVariant(owner->info.id), QVariant(owner->info.displayName), QVariant(now)})
                    q.addBindValue(v);
                if (!q.exec())
                    return queryFailed("insert role proposal", q);
                QJsonObject details = rolesJson(target->info.roles, roles);
                details.insert(QStringLiteral("proposal"), id);
                auto audited = appendAudit(c, actorOf(owner->info), audit::action::OperatorRolesPropose, operatorId, details, now);
                if (!audited.ok())
                    return audited;
                out = id;
                return {};
            });
        });
}

void OperatorsBackend::pendingRoleChanges(QObject *context, ProposalsDone done)
{
    runOnPool<QList<RoleProposal>>(context, std::move(done), [db = m_database]() -> Result<QList<RoleProposal>> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        QSqlQuery q(reader.value());
        if (!q.exec(QStringLiteral("SELECT %1 FROM operator_role_proposals p JOIN operators o ON o.id = p.operator_id "
                                   "WHERE p.state = 'pending' ORDER BY p.proposed_at_ms, p.id").arg(kProposalColumns)))
            return queryFailed("list role proposals", q);
        QList<RoleProposal> out;
        while (q.next())
            out << proposalFromRow(q);
        return out;
    });
}

void OperatorsBackend::decideRoleChange(const QString &login, const QString &password, const QString &totpCode,
    const QString &proposalId, bool confirm, QObject *context, VoidDone done)
{
    QPointer<OperatorsBackend> self(this);
    QPointer<QObject> ctx(context);
    // Step-up first: the password (and code) again, counted like any sign-in.
    verify(login, password, totpCode, Purpose::StepUp, this, [self, ctx, proposalId, confirm, done](Result<OperatorInfo> who) {
        if (!self || !ctx)
            return;
        if (!who.ok()) {
            done(who.error());
            return;
        }
        const QString actorId = who->id;
        self->applyChange(ctx.data(), done, [&clock = self->m_clock, actorId, proposalId, confirm](QSqlDatabase &c) -> Result<void> {
            auto owner = requireOwner(c, actorId);
            if (!owner.ok())
                return owner.error();
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT %1 FROM operator_role_proposals p JOIN operators o ON o.id = p.operator_id "
                                     "WHERE p.id = ? AND p.state = 'pending'").arg(kProposalColumns));
            q.addBindValue(proposalId);
            if (!q.exec())
                return queryFailed("find role proposal", q);
            if (!q.next())
                return makeError(ErrorCode::NotFound, QStringLiteral("operators: no pending role proposal %1").arg(proposalId),
                    Texts::tr("This change is no longer waiting: another owner decided it."));
            const RoleProposal p = proposalFromRow(q);
            const qint64 now = clock.nowMs();
            QJsonObject details = rolesJson(p.oldRoles, p.newRoles);
            details.insert(QStringLiteral("proposal"), p.id);
            details.insert(QStringLiteral("proposed_by"), p.proposedBy);
            if (confirm) {
                if (p.proposedBy == actorId)
                    return makeError(ErrorCode::InvalidInput, QStringLiteral("operators: proposer confirms own role change"),
                        Texts::tr("Another owner has to confirm the change you proposed."));
                auto target = requireOperator(c, p.operatorId);
                if (!target.ok())
                    return target.error();
                if (target->info.roles != p.oldRoles)
                    return makeError(ErrorCode::InvalidInput, QStringLiteral("operators: roles changed since the proposal"),
                        Texts::tr("The operator's roles changed since this was proposed."), Texts::tr("Reject it and propose the change again."));
                auto last = checkLastOwner(c, target->info, p.newRoles);
                if (!last.ok())
                    return last;
                auto set = OperatorStore::setRoles(c, p.operatorId, p.newRoles, now);
                if (!set.ok())
                    return set;
            }
            QSqlQuery u(c);
            u.prepare(QStringLiteral("UPDATE operator_role_proposals SET state = ?, decided_by = ?, decided_at_ms = ? WHERE id = ?"));
            u.addBindValue(confirm ? QStringLiteral("applied") : QStringLiteral("rejected"));
            u.addBindValue(actorId);
            u.addBindValue(now);
            u.addBindValue(p.id);
            if (!u.exec())
                return queryFailed("decide role proposal", u);
            return appendAudit(c, actorOf(owner->info), confirm ? audit::action::OperatorRoles : audit::action::OperatorRolesReject,
                p.operatorId, details, now);
        });
    });
}

void OperatorsBackend::setDisabled(const QString &actorId, const QString &operatorId, bool disabled, QObject *context,
    VoidDone done)
{
    applyChange(context, std::move(done), [&clock = m_clock, actorId, operatorId, disabled](QSqlDatabase &c) -> Result<void> {
        auto owner = requireOwner(c, actorId);
        if (!owner.ok())
            return owner.error();
        auto target = requireOperator(c, operatorId);
        if (!target.ok())
            return target.error();
        if (target->info.disabled == disabled)
            return {};
        if (disabled && actorId == operatorId)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("operators: cannot disable oneself"),
                Texts::tr("You cannot disable your own account."));
        if (disabled && target->info.has(Role::Owner)) {
            auto owners = OperatorStore::countActiveOwners(c);
            if (!owners.ok())
                return owners.error();
            if (owners.value() <= 1)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("operators: last owner cannot be disabled"),
                    Texts::tr("The last owner cannot be disabled."));
        }
        const qint64 now = clock.nowMs();
        auto set = OperatorStore::setDisabled(c, operatorId, disabled, now);
        if (!set.ok())
            return set;
        return appendAudit(c, actorOf(owner->info), audit::action::OperatorDisable, operatorId,
            QJsonObject{{QStringLiteral("old"), target->info.disabled}, {QStringLiteral("new"), disabled}}, now);
    });
}

void OperatorsBackend::clearLockout(const QString &actorId, const QString &operatorId, QObject *context, VoidDone done)
{
    applyChange(context, std::move(done), [&clock = m_clock, actorId, operatorId](QSqlDatabase &c) -> Result<void> {
        auto owner = requireOwner(c, actorId);
        if (!owner.ok())
            return owner.error();
        auto target = requireOperator(c, operatorId);
        if (!target.ok())
            return target.error();
        const qint64 now = clock.nowMs();
        auto set = OperatorStore::unlock(c, operatorId, now);
        if (!set.ok())
            return set;
        return appendAudit(c, actorOf(owner->info), audit::action::OperatorUnlock, operatorId,
            QJsonObject{{QStringLiteral("failed_attempts"), target->info.failedAttempts},
                {QStringLiteral("locked_until_ms"), target->info.lockedUntilMs}},
            now);
    });
}

void OperatorsBackend::changePassword(const QString &operatorId, const QString &currentPassword,
    const QString &newPassword, QObject *context, VoidDone done)
{
    QPointer<OperatorsBackend> self(this);
    runOnPool<bool>(context, [done = std::move(done)](Result<bool> r) {
        if (!r.ok())
            done(r.error());
        else
            done({});
    },
        [db = m_database, &clock = m_clock, params = m_params, lockout = m_lockout, operatorId, currentPassword,
            newPassword]() -> Result<bool> {
            if (!db)
                return notReady();
            auto reader = db->reader();
            if (!reader.ok())
                return reader.error();
            auto op = requireOperator(reader.value(), operatorId);
            if (!op.ok())
                return op.error();
            if (op->info.disabled)
                return authError(AuthFailure::Disabled);
            if (op->info.lockedUntilMs > clock.nowMs())
                return authError(AuthFailure::Locked, op->info.lockedUntilMs);
            auto policy = PasswordHash::checkPolicy(newPassword);
            if (!policy.ok())
                return policy.error();
            if (!PasswordHash::verify(op->passwordHash, currentPassword)) {
                return writeOutcome<bool>(*db, [&](QSqlDatabase &c, std::optional<Result<bool>> &out) -> Result<void> {
                    const qint64 now = clock.nowMs();
                    auto until = OperatorStore::recordFailure(c, operatorId, lockout, now);
                    if (!until.ok())
                        return until.error();
                    auto audited = appendAudit(c, actorOf(op->info), audit::action::SessionUnlockFailed, operatorId,
                        QJsonObject{{QStringLiteral("purpose"), QStringLiteral("change_password")},
                            {QStringLiteral("reason"), QStringLiteral("wrong_password")}},
                        now);
                    if (!audited.ok())
                        return audited;
                    out = until.value() > 0 ? authError(AuthFailure::Locked, until.value())
                                            : authError(AuthFailure::WrongCredentials);
                    return {};
                });
            }
            auto hash = PasswordHash::hash(newPassword, params);
            if (!hash.ok())
                return hash.error();
            return writeOutcome<bool>(*db, [&](QSqlDatabase &c, std::optional<Result<bool>> &out) -> Result<void> {
                const qint64 now = clock.nowMs();
                auto set = OperatorStore::setPasswordHash(c, operatorId, hash.value(), now);
                if (!set.ok())
                    return set;
                auto audited = appendAudit(c, actorOf(op->info), audit::action::OperatorPassword, operatorId, {}, now);
                if (!audited.ok())
                    return audited;
                out = true;
                return {};
            });
        });
}

void OperatorsBackend::beginTotpEnrolment(const QString &operatorId, QObject *context, EnrolDone done)
{
    auto secret = operators::Totp::generateSecret();
    if (!secret.ok()) {
        QMetaObject::invokeMethod(context, [done, e = secret.error()] { done(e); }, Qt::QueuedConnection);
        return;
    }
    QPointer<OperatorsBackend> self(this);
    // The account name in the URI is read first; the secret waits here, in memory.
    auto pending = std::make_shared<PendingTotp>();
    pending->operatorId = operatorId;
    pending->secret = std::move(secret.value());
    pending->expiresMs = m_clock.nowMs() + 10 * 60 * 1000;
    runOnPool<TotpEnrolment>(context, [self, pending, done = std::move(done)](Result<TotpEnrolment> r) {
        if (r.ok() && self)
            self->m_pendingTotp.insert(r->token, pending);
        done(std::move(r));
    },
        [db = m_database, operatorId, pending]() -> Result<TotpEnrolment> {
            if (!db)
                return notReady();
            auto reader = db->reader();
            if (!reader.ok())
                return reader.error();
            auto op = requireOperator(reader.value(), operatorId);
            if (!op.ok())
                return op.error();
            TotpEnrolment e;
            e.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.secretBase32 = operators::Totp::base32(pending->secret);
            e.uri = operators::Totp::provisioningUri(pending->secret, QStringLiteral("Kassa"), op->info.login);
            return e;
        });
}

void OperatorsBackend::confirmTotpEnrolment(const QString &operatorId, const QString &token, const QString &code,
    QObject *context, VoidDone done)
{
    auto reply = [context, done](Result<void> r) {
        QMetaObject::invokeMethod(context, [done, r] { done(r); }, Qt::QueuedConnection);
    };
    auto pending = m_pendingTotp.value(token);
    if (!pending || pending->operatorId != operatorId || pending->expiresMs < m_clock.nowMs()) {
        m_pendingTotp.remove(token);
        reply(makeError(ErrorCode::InvalidInput, QStringLiteral("operators: no pending TOTP enrolment"),
            Texts::tr("This enrolment has expired."), Texts::tr("Start again and scan the new code.")));
        return;
    }
    const auto step = operators::Totp::match(pending->secret, code, m_clock.nowSecs());
    if (!step) {
        reply(authError(AuthFailure::WrongTotp));
        return;
    }
    m_pendingTotp.remove(token);
    const QString keyId = totpKeyId(operatorId);
    QPointer<OperatorsBackend> self(this);
    m_keys->write(keyId, pending->secret.clone(), this, [self, reply, operatorId, keyId, step, context, done](Result<void> written) {
        if (!written.ok() || !self) {
            reply(written.ok() ? notReady() : written.error());
            return;
        }
        self->applyChange(context, done, [&clock = self->m_clock, operatorId, keyId, step](QSqlDatabase &c) -> Result<void> {
            auto op = requireOperator(c, operatorId);
            if (!op.ok())
                return op.error();
            const qint64 now = clock.nowMs();
            auto set = OperatorStore::setTotp(c, operatorId, keyId, *step, now);
            if (!set.ok())
                return set;
            return appendAudit(c, actorOf(op->info), audit::action::OperatorTotpEnrol, operatorId, {}, now);
        });
    });
}

void OperatorsBackend::removeTotp(const QString &actorId, const QString &operatorId, QObject *context, VoidDone done)
{
    QPointer<OperatorsBackend> self(this);
    keys::KeyStore *keyStore = m_keys;
    applyChange(context, [self, keyStore, operatorId, done](Result<void> r) {
        // The database no longer names the secret; remove it from the KeyStore too.
        if (r.ok() && self)
            keyStore->remove(totpKeyId(operatorId), self.data(), [](Result<void>) { });
        done(r);
    },
        [&clock = m_clock, actorId, operatorId](QSqlDatabase &c) -> Result<void> {
            auto actor = requireOperator(c, actorId);
            if (!actor.ok())
                return actor.error();
            if (actorId != operatorId && (!actor->info.has(Role::Owner) || actor->info.disabled))
                return forbidden(QStringLiteral("%1 may not remove another operator's TOTP").arg(actorId));
            auto op = requireOperator(c, operatorId);
            if (!op.ok())
                return op.error();
            if (!op->info.totpEnrolled)
                return {};
            const qint64 now = clock.nowMs();
            auto set = OperatorStore::setTotp(c, operatorId, QString(), 0, now);
            if (!set.ok())
                return set;
            return appendAudit(c, actorOf(actor->info), audit::action::OperatorTotpRemove, operatorId, {}, now);
        });
}

void OperatorsBackend::recordLock(const QString &operatorId, bool idle, QObject *context, VoidDone done)
{
    applyChange(context, std::move(done), [&clock = m_clock, operatorId, idle](QSqlDatabase &c) -> Result<void> {
        auto op = requireOperator(c, operatorId);
        if (!op.ok())
            return op.error();
        return appendAudit(c, actorOf(op->info), audit::action::SessionLock, operatorId,
            {{QStringLiteral("reason"), idle ? QStringLiteral("idle") : QStringLiteral("manual")}}, clock.nowMs());
    });
}

} // namespace kassa::engine
