// Migrations: the versioned schema, kept as SQL resources under
// :/kassa/migrations/NNNN_name.sql, applied in one transaction at start.
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kassa::store {

struct Migration {
    int version = 0;
    QString name;
    QString sql; // before preprocessing (see SqlScript.h)
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(kassa::store::Migrator)

public:
    //! The migrations compiled into this program, checked to be 1, 2, 3, ….
    static const QList<Migration> &builtin();
    //! Reads migrations from a resource or file directory (NNNN_name.sql).
    static Result<QList<Migration>> loadDirectory(const QString &directory);

    Migrator(QList<Migration> migrations, const Clock &clock);

    int latestVersion() const;
    //! Brings `db` to the latest version; refuses a database newer than
    //! this program. All pending steps commit together or not at all.
    Result<int> migrate(QSqlDatabase &db, Engine engine) const;
    //! The version recorded in `db` (0 for an empty database).
    static Result<int> currentVersion(QSqlDatabase &db);

private:
    QList<Migration> m_migrations;
    const Clock &m_clock;
};

} // namespace kassa::store
