#include "store/Migrations.h"

#include "base/Log.h"
#include "store/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kassa::store {

namespace {

// Serialises migrations of several Kassa desktops sharing one PostgreSQL
// database; an arbitrary constant ("KASSA" in ASCII).
constexpr qint64 kMigrationLockKey = 0x4b41535341;

Error dbError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, error.text()),
        Migrator::tr("The database reported an error while updating its structure: %1").arg(error.text()),
        Migrator::tr("Nothing was changed. Check that the database server is reachable and that the user may create "
                     "tables, then start Kassa again."));
}

} // namespace

const QList<Migration> &Migrator::builtin()
{
    static const QList<Migration> migrations = [] {
        auto loaded = loadDirectory(QStringLiteral(":/kassa/migrations"));
        if (!loaded.ok())
            qFatal("built-in migrations are broken: %s", qPrintable(loaded.error().message));
        return loaded.value();
    }();
    return migrations;
}

Result<QList<Migration>> Migrator::loadDirectory(const QString &directory)
{
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> out;
    const QDir dir(directory);
    for (const QString &entry : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = fileName.match(entry);
        if (!m.hasMatch())
            return makeError(ErrorCode::Internal,
                QStringLiteral("Migration file name %1 is not NNNN_name.sql").arg(entry),
                tr("The migration %1 has an invalid name.").arg(entry));
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("Cannot read migration %1").arg(entry),
                tr("The migration %1 cannot be read.").arg(entry));
        out.append(Migration {m.captured(1).toInt(), m.captured(2), QString::fromUtf8(file.readAll())});
    }
    for (int i = 0; i < out.size(); ++i) {
        if (out[i].version != i + 1)
            return makeError(ErrorCode::Internal,
                QStringLiteral("Migrations in %1 are not numbered 1, 2, 3, … (found %2 at position %3)")
                    .arg(directory)
                    .arg(out[i].version)
                    .arg(i + 1),
                tr("The migrations are not numbered consecutively."));
    }
    return out;
}

Migrator::Migrator(QList<Migration> migrations, const Clock &clock)
    : m_migrations(std::move(migrations)), m_clock(clock)
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> Migrator::currentVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("kassa_schema")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM kassa_schema")) || !query.next())
        return dbError(QStringLiteral("reading schema version"), query.lastError());
    return query.value(0).toInt();
}

Result<int> Migrator::migrate(QSqlDatabase &db, Engine engine) const
{
    if (const QSqlError begun = beginWriteTransaction(db, engine); begun.isValid())
        return dbError(QStringLiteral("BEGIN"), begun);
    auto fail = [&db](Error error) -> Result<int> {
        db.rollback();
        return error;
    };

    QSqlQuery query(db);
    if (engine == Engine::Postgres) {
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey)))
            return fail(dbError(QStringLiteral("taking the migration lock"), query.lastError()));
    }
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kassa_schema ("
                                   " version INTEGER PRIMARY KEY,"
                                   " name TEXT NOT NULL,"
                                   " applied_at_ms BIGINT NOT NULL)")))
        return fail(dbError(QStringLiteral("creating kassa_schema"), query.lastError()));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM kassa_schema")) || !query.next())
        return fail(dbError(QStringLiteral("reading schema version"), query.lastError()));
    const int current = query.value(0).toInt();
    query.finish();

    if (current > latestVersion()) {
        return fail(makeError(ErrorCode::SchemaTooNew,
            QStringLiteral("Database schema version %1 is newer than this program's %2")
                .arg(current)
                .arg(latestVersion()),
            tr("This database was last used by a newer version of Kassa (database version %1; this Kassa understands "
               "up to %2).")
                .arg(current)
                .arg(latestVersion()),
            tr("Install the newer Kassa again, or open another profile. The database was not changed.")));
    }

    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        const QStringList statements = splitSqlStatements(preprocessSql(migration.sql, engine));
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                return fail(makeError(ErrorCode::MigrationFailed,
                    QStringLiteral("Migration %1_%2 failed: %3 in: %4")
                        .arg(migration.version)
                        .arg(migration.name, query.lastError().text(), statement.left(200)),
                    tr("Updating the database to version %1 failed: %2")
                        .arg(migration.version)
                        .arg(query.lastError().text()),
                    tr("Nothing was changed; the database is still at version %1. Send the log file to support.")
                        .arg(current)));
            }
        }
        query.prepare(QStringLiteral("INSERT INTO kassa_schema (version, name, applied_at_ms) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        query.addBindValue(m_clock.nowMs());
        if (!query.exec())
            return fail(dbError(QStringLiteral("recording migration"), query.lastError()));
        qCInfo(lcStore) << "applied migration" << migration.version << migration.name;
    }
    if (!db.commit())
        return fail(dbError(QStringLiteral("COMMIT"), db.lastError()));
    return latestVersion() > current ? latestVersion() : current;
}

} // namespace kassa::store
