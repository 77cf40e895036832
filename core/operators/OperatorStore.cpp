#include "operators/OperatorStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kassa::operators {

namespace {

Error queryError(const char *what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, QStringLiteral("operators: %1: %2").arg(QLatin1String(what), query.lastError().text()),
        OperatorStore::tr("The database refused an operator change: %1").arg(query.lastError().text()));
}

const QString kColumns = QStringLiteral(
    "id, login, display_name, roles, password_hash, totp_key_id, totp_last_step, failed_attempts, locked_until_ms, "
    "disabled, created_at_ms, updated_at_ms");

StoredOperator fromRow(const QSqlQuery &q)
{
    StoredOperator op;
    op.info.id = q.value(0).toString();
    op.info.login = q.value(1).toString();
    op.info.displayName = q.value(2).toString();
    op.info.roles = q.value(3).toInt();
    op.passwordHash = q.value(4).toString();
    op.totpKeyId = q.value(5).isNull() ? QString() : q.value(5).toString();
    op.totpLastStep = q.value(6).toLongLong();
    op.info.totpEnrolled = !op.totpKeyId.isEmpty();
    op.info.failedAttempts = q.value(7).toInt();
    op.info.lockedUntilMs = q.value(8).toLongLong();
    op.info.disabled = q.value(9).toInt() != 0;
    op.info.createdAtMs = q.value(10).toLongLong();
    op.info.updatedAtMs = q.value(11).toLongLong();
    return op;
}

Result<std::optional<StoredOperator>> one(const QSqlDatabase &db, const QString &where, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM operators WHERE %2 = ?").arg(kColumns, where));
    q.addBindValue(value);
    if (!q.exec())
        return queryError("select", q);
    if (!q.next())
        return std::optional<StoredOperator>();
    return std::optional<StoredOperator>(fromRow(q));
}

Result<void> exec(QSqlQuery &q, const char *what, bool mustChangeOne = true)
{
    if (!q.exec())
        return queryError(what, q);
    if (mustChangeOne && q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QStringLiteral("operators: %1: no such operator").arg(QLatin1String(what)),
            OperatorStore::tr("No such operator."));
    return {};
}

} // namespace

qint64 LockoutPolicy::lockMsAfter(int failures) const
{
    if (failures < freeAttempts)
        return 0;
    const int doublings = std::min(failures - freeAttempts, 30);
    const qint64 ms = baseLockMs << doublings;
    return std::min(ms, maxLockMs);
}

Result<QString> OperatorStore::normaliseLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    const QString n = login.trimmed().toLower();
    if (!re.match(n).hasMatch())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid login name"),
            tr("A login name has 2 to 64 characters: letters a–z, digits, '.', '_' and '-', starting with a letter or digit."));
    return n;
}

Result<QString> OperatorStore::checkDisplayName(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > 100)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid display name"),
            tr("The name must have 1 to 100 characters."));
    return n;
}

Result<int> OperatorStore::count(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM operators")) || !q.next())
        return queryError("count", q);
    return q.value(0).toInt();
}

Result<int> OperatorStore::countActiveOwners(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT roles FROM operators WHERE disabled = 0"));
    if (!q.exec())
        return queryError("count owners", q);
    int n = 0;
    while (q.next()) {
        if (hasRole(q.value(0).toInt(), Role::Owner))
            ++n;
    }
    return n;
}

Result<QList<OperatorInfo>> OperatorStore::list(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM operators ORDER BY login").arg(kColumns)))
        return queryError("list", q);
    QList<OperatorInfo> out;
    while (q.next())
        out.append(fromRow(q).info);
    return out;
}

Result<std::optional<StoredOperator>> OperatorStore::byLogin(const QSqlDatabase &db, const QString &login)
{
    return one(db, QStringLiteral("login"), login.trimmed().toLower());
}

Result<std::optional<StoredOperator>> OperatorStore::byId(const QSqlDatabase &db, const QString &id)
{
    return one(db, QStringLiteral("id"), id);
}

Result<void> OperatorStore::insert(QSqlDatabase &db, const StoredOperator &op)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO operators (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    q.addBindValue(op.info.id);
    q.addBindValue(op.info.login);
    q.addBindValue(op.info.displayName);
    q.addBindValue(op.info.roles);
    q.addBindValue(op.passwordHash);
    q.addBindValue(op.totpKeyId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(op.totpKeyId));
    q.addBindValue(op.totpLastStep);
    q.addBindValue(op.info.failedAttempts);
    q.addBindValue(op.info.lockedUntilMs);
    q.addBindValue(op.info.disabled ? 1 : 0);
    q.addBindValue(op.info.createdAtMs);
    q.addBindValue(op.info.updatedAtMs);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
            || q.lastError().text().contains(QLatin1String("duplicate"), Qt::CaseInsensitive))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("operators: login taken"),
                tr("The login name \"%1\" is already taken.").arg(op.info.login));
        return queryError("insert", q);
    }
    return {};
}

Result<void> OperatorStore::setRoles(QSqlDatabase &db, const QString &id, Roles roles, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE operators SET roles = ?, updated_at_ms = ? WHERE id = ?"));
    q.addBindValue(roles);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return exec(q, "set roles");
}

Result<void> OperatorStore::setDisabled(QSqlDatabase &db, const QString &id, bool disabled, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE operators SET disabled = ?, updated_at_ms = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return exec(q, "set disabled");
}

Result<void> OperatorStore::setPasswordHash(QSqlDatabase &db, const QString &id, const QString &hash, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE operators SET password_hash = ?, updated_at_ms = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return exec(q, "set password");
}

Result<void> OperatorStore::setTotp(QSqlDatabase &db, const QString &id, const QString &keyId, qint64 lastStep, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE operators SET totp_key_id = ?, totp_last_step = ?, updated_at_ms = ? WHERE id = ?"));
    q.addBindValue(keyId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(keyId));
    q.addBindValue(lastStep);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return exec(q, "set totp");
}

Result<void> OperatorStore::recordSuccess(QSqlDatabase &db, const QString &id, qint64 totpStep, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE operators SET failed_attempts = 0, locked_until_ms = 0, "
                             "totp_last_step = CASE WHEN totp_last_step > ? THEN totp_last_step ELSE ? END, "
                             "updated_at_ms = ? WHERE id = ?"));
    q.addBindValue(totpStep);
    q.addBindValue(totpStep);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return exec(q, "record success");
}

Result<qint64> OperatorStore::recordFailure(QSqlDatabase &db, const QString &id, const LockoutPolicy &policy, qint64 nowMs)
{
    // Counted inside the writer's transaction, so two consoles guessing at
    // once still add up.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT failed_attempts FROM operators WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError("read failures", q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("operators: record failure: no such operator"), tr("No such operator."));
    const int failures = q.value(0).toInt() + 1;
    const qint64 lockMs = policy.lockMsAfter(failures);
    const qint64 until = lockMs > 0 ? nowMs + lockMs : 0;
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE operators SET failed_attempts = ?, locked_until_ms = ? WHERE id = ?"));
    u.addBindValue(failures);
    u.addBindValue(until);
    u.addBindValue(id);
    auto done = exec(u, "record failure");
    if (!done.ok())
        return done.error();
    return until;
}

Result<void> OperatorStore::unlock(QSqlDatabase &db, const QString &id, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE operators SET failed_attempts = 0, locked_until_ms = 0, updated_at_ms = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return exec(q, "unlock");
}

QString RoleNames::label(Role role)
{
    switch (role) {
    case Role::Owner: return tr("Owner");
    case Role::Approver: return tr("Approver");
    case Role::Clerk: return tr("Clerk");
    case Role::Auditor: return tr("Auditor");
    }
    return {};
}

QStringList RoleNames::codes(Roles roles)
{
    QStringList out;
    if (hasRole(roles, Role::Owner))
        out << QStringLiteral("owner");
    if (hasRole(roles, Role::Approver))
        out << QStringLiteral("approver");
    if (hasRole(roles, Role::Clerk))
        out << QStringLiteral("clerk");
    if (hasRole(roles, Role::Auditor))
        out << QStringLiteral("auditor");
    return out;
}

QList<Role> RoleNames::all()
{
    return {Role::Owner, Role::Approver, Role::Clerk, Role::Auditor};
}

} // namespace kassa::operators
