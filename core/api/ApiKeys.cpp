#include "api/ApiKeys.h"

#include "audit/AuditActions.h"
#include "notify/EpusdtSignature.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace kassa::api {

namespace {

Error dbError(const QString &what, const QSqlQuery &q)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, q.lastError().text()),
        QCoreApplication::translate(
            "kassa::api::ApiKeys", "The API keys in the database could not be read or changed."));
}

Error unknownKey()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown, revoked or wrong API key"),
        QCoreApplication::translate("kassa::api::ApiKeys", "The API key is not valid."));
}

QString hashOf(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ApiKey readKey(const QSqlQuery &q)
{
    ApiKey k;
    k.id = q.value(0).toString();
    k.name = q.value(1).toString();
    k.prefix = q.value(2).toString();
    k.scopes = q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    k.createdMs = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        k.revokedMs = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        k.lastUsedMs = q.value(6).toLongLong();
    return k;
}

QList<ApiKey> readKeys(QSqlQuery &q)
{
    QList<ApiKey> out;
    while (q.next())
        out.append(readKey(q));
    return out;
}

const QString columns = QStringLiteral("id, name, prefix, scopes, created_ms, revoked_ms, last_used_ms");

} // namespace

bool ApiKey::allows(const QString &wanted) const
{
    if (revokedMs)
        return false;
    if (scopes.contains(wanted))
        return true;
    // Writing scopes include reading.
    return wanted == QLatin1String(scope::ReadOnly) && !scopes.isEmpty();
}

QStringList ApiKeys::knownScopes()
{
    return {QLatin1String(scope::Orders), QLatin1String(scope::PayoutsRequest), QLatin1String(scope::ReadOnly)};
}

Result<std::pair<ApiKey, QString>> ApiKeys::create(
    QSqlDatabase &db, const QString &name, const QStringList &scopes, const audit::Actor &actor, qint64 nowMs)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("API key name missing or too long"),
            tr("Give the key a name of up to 100 characters."));
    if (scopes.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("API key without scopes"), tr("Choose what the key may do."));
    for (const QString &s : scopes)
        if (!knownScopes().contains(s))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown scope %1").arg(s),
                tr("“%1” is not a known permission.").arg(s));
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(secret.data()), reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    const QString id = QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const QString secretText =
        QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString key = QStringLiteral("kassa_%1_%2").arg(id, secretText);
    ApiKey k;
    k.id = id;
    k.name = name.trimmed();
    k.prefix = QStringLiteral("kassa_%1_%2").arg(id, secretText.left(4));
    k.scopes = scopes;
    k.createdMs = nowMs;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO api_keys (id, name, prefix, key_hash, scopes, created_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(k.id);
    q.addBindValue(k.name);
    q.addBindValue(k.prefix);
    q.addBindValue(hashOf(key));
    q.addBindValue(scopes.join(QLatin1Char(' ')));
    q.addBindValue(nowMs);
    if (!q.exec())
        return dbError(QStringLiteral("storing API key"), q);
    QJsonObject details {{QStringLiteral("name"), k.name}, {QStringLiteral("prefix"), k.prefix},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    auto audited = audit::AuditLog::append(db,
        audit::AuditEvent {actor, QLatin1String(audit::action::ApiKeyCreate), QStringLiteral("apikey"), k.id, details},
        nowMs);
    if (!audited.ok())
        return audited.error();
    return std::make_pair(k, key);
}

Result<void> ApiKeys::revoke(QSqlDatabase &db, const QString &id, const audit::Actor &actor, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE api_keys SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL"));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec())
        return dbError(QStringLiteral("revoking API key"), q);
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QStringLiteral("no active API key %1").arg(id),
            tr("There is no active API key %1.").arg(id));
    auto audited = audit::AuditLog::append(db,
        audit::AuditEvent {actor, QLatin1String(audit::action::ApiKeyRevoke), QStringLiteral("apikey"), id, {}}, nowMs);
    if (!audited.ok())
        return audited.error();
    return {};
}

Result<QList<ApiKey>> ApiKeys::list(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM api_keys ORDER BY created_ms, id").arg(columns)))
        return dbError(QStringLiteral("listing API keys"), q);
    return readKeys(q);
}

Result<ApiKey> ApiKeys::check(const QSqlDatabase &db, const QString &presented)
{
    static const QRegularExpression shape(QStringLiteral("^kassa_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$"));
    const auto m = shape.match(presented);
    if (!m.hasMatch())
        return unknownKey();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, key_hash FROM api_keys WHERE id = ?").arg(columns));
    q.addBindValue(m.captured(1));
    if (!q.exec())
        return dbError(QStringLiteral("checking API key"), q);
    if (!q.next())
        return unknownKey();
    const QString stored = q.value(7).toString();
    const ApiKey key = readKey(q);
    if (!notify::constantTimeEquals(hashOf(presented).toLatin1(), stored.toLatin1()) || key.revokedMs)
        return unknownKey();
    return key;
}

} // namespace kassa::api
