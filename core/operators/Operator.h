// Operator: a named person who signs in to the console, and the roles that
// say what they may do (doc/architecture.md, "Operators").
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kassa::operators {

//! Roles are bits: an operator may hold several.
enum class Role : int {
    Owner = 1, //!< policy, operators, keys
    Approver = 2, //!< approves payouts
    Clerk = 4, //!< creates orders and payout requests, sees lists
    Auditor = 8, //!< read-only, exports
};
using Roles = int; //!< a set of Role bits
inline constexpr Roles AllRoles = 15;

inline bool hasRole(Roles roles, Role role)
{
    return (roles & int(role)) != 0;
}

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(kassa::operators::RoleNames)

public:
    //! The translated name of one role.
    static QString label(Role role);
    //! Stable codes for logs and audit details ("owner", "approver", …).
    static QStringList codes(Roles roles);
    static QList<Role> all();
};

//! What the console and the audit log know about an operator (never a secret).
struct OperatorInfo {
    QString id;
    QString login; //!< lower-case, unique
    QString displayName;
    Roles roles = 0;
    bool totpEnrolled = false;
    bool disabled = false;
    int failedAttempts = 0;
    qint64 lockedUntilMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool isValid() const { return !id.isEmpty(); }
    bool has(Role role) const { return hasRole(roles, role); }
};

} // namespace kassa::operators
