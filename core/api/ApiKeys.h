// ApiKeys: keys for the native REST surface. A key is shown once when it is
// made ("kassa_<id>_<secret>", 256 random bits); only its SHA-256 is kept.
// Keys carry scopes and can be revoked; both are audited in the same
// transaction. Checking a key compares hashes in constant time.
#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace kassa::api {

namespace scope {
inline constexpr char Orders[] = "orders"; //!< create and cancel orders
inline constexpr char PayoutsRequest[] = "payouts:request"; //!< ask for payouts (approved in the console)
inline constexpr char ReadOnly[] = "read"; //!< read orders, deposits, health
} // namespace scope

struct ApiKey {
    QString id; //!< 8 hex digits, also in the key's text
    QString name;
    QString prefix; //!< "kassa_<id>_" + the first 4 characters of the secret, for recognising a key
    QStringList scopes;
    qint64 createdMs = 0;
    std::optional<qint64> revokedMs;
    std::optional<qint64> lastUsedMs;
    bool allows(const QString &wanted) const;
};

class ApiKeys
{
    Q_DECLARE_TR_FUNCTIONS(kassa::api::ApiKeys)

public:
    static QStringList knownScopes();
    //! Makes a key; answers with its record and the key text (show it once,
    //! never store it). Inside a write transaction.
    static Result<std::pair<ApiKey, QString>> create(
        QSqlDatabase &db, const QString &name, const QStringList &scopes, const audit::Actor &actor, qint64 nowMs);
    static Result<void> revoke(QSqlDatabase &db, const QString &id, const audit::Actor &actor, qint64 nowMs);
    static Result<QList<ApiKey>> list(const QSqlDatabase &db);
    //! The key a request presented, if it is known, not revoked and its
    //! hash matches (constant time). Never says which of these failed.
    static Result<ApiKey> check(const QSqlDatabase &db, const QString &presented);
};

} // namespace kassa::api
