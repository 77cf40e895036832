// Helpers for payout tests: unwrap a Result or stop, run one store write and
// keep its value, and add an operator row (no password check needed).
#pragma once

#include "TestSupport.h"
#include "operators/OperatorStore.h"
#include "store/Database.h"

#include <functional>
#include <optional>

namespace kassa::test {

//! The value of `r`, or the test run stops with its error.
template<typename T>
T must(Result<T> r)
{
    if (!r.ok())
        qFatal("%s", describe(r.error()).constData());
    return std::move(r).value();
}

//! Runs `fn` in one write transaction (rolled back when it fails) and returns what it returned.
template<typename T>
Result<T> writeResult(store::Database &db, const std::function<Result<T>(QSqlDatabase &)> &fn)
{
    return db.writeValueAndWait<T>(fn);
}

//! An operator `id` (login and name alike) with `roles` and an unusable password hash.
inline operators::OperatorInfo addOperator(store::Database &db, const char *id, int roles)
{
    operators::StoredOperator op;
    op.info.id = QLatin1String(id);
    op.info.login = QLatin1String(id);
    op.info.displayName = QLatin1String(id);
    op.info.roles = roles;
    op.passwordHash = QStringLiteral("$argon2id$unused");
    if (!db.writeAndWait([&](QSqlDatabase &c) { return operators::OperatorStore::insert(c, op); }).ok())
        qFatal("operator %s", id);
    return op.info;
}

//! The Tron payout tests' addresses (the replay node's USDT contract).
namespace tron {
inline const QString kUsdt = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
//! m/44'/195'/0'/0/0 of "abandon … about" (reference/chains.md §6.5 c): the payout wallet's address.
inline const QString kHot = QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH");
inline const QString kTo = QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");
} // namespace tron

} // namespace kassa::test
