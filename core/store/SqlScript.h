// SqlScript: turns one migration file into the statements for one engine.
//
// Migrations are written once for both engines. Column types that differ
// are spelled as placeholders:
//   {{ID}}      auto-increment 64-bit primary key
//   {{AMOUNT}}  exact unsigned integer of up to 78 digits (uint256)
//   {{AMOUNT:col}}  the same, with a CHECK on column `col`: the database
//               itself refuses fractions, negatives and more than 78 digits
//               (prefer it: PostgreSQL's NUMERIC(78,0) would round 1.5 to 2)
//   {{SAMOUNT}} exact signed integer of up to 78 digits
//   {{BYTES}}   binary
//   {{BIGINT}}  64-bit integer
// and engine-only parts sit between "--@sqlite" / "--@postgres" and "--@end"
// lines. Statements end with ';'; quoted text, comments, PostgreSQL $$ bodies
// and SQLite trigger bodies (BEGIN … END;) are kept whole.
#pragma once

#include "store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace kassa::store {

//! Replaces the placeholders and keeps only `engine`'s conditional parts.
QString preprocessSql(const QString &sql, Engine engine);
//! Splits a script into statements (without the trailing ';', trimmed).
QStringList splitSqlStatements(const QString &sql);

//! Starts a write transaction. On SQLite it is BEGIN IMMEDIATE, so the write
//! lock is taken (waiting out the busy timeout) before anything is read —
//! a deferred BEGIN that later upgrades to a writer fails at once with
//! SQLITE_BUSY when another process holds the lock.
//! Returns the error, or an invalid QSqlError on success.
QSqlError beginWriteTransaction(QSqlDatabase &db, Engine engine);

//! The column type behind {{AMOUNT}} for `engine` (for tests and ad-hoc tables).
QString amountColumnType(Engine engine);

} // namespace kassa::store
