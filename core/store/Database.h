// Database: the one database layer over QtSql, for SQLite (default, WAL,
// foreign keys on, durable commits) and PostgreSQL (shared multi-seat use).
//
// Threading: every write runs on the single writer thread, in a transaction,
// in submission order; readers get a connection of their own per thread
// (QSqlDatabase connections must not cross threads). The writer is the
// only connection that changes data, so SQLite never sees two writers.
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "store/DatabaseUrl.h"
#include "store/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace kassa::store {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(kassa::store::Database)

public:
    using WriteFn = std::function<Result<void>(QSqlDatabase &)>;

    //! Opens the database, starts the writer thread and migrates the schema
    //! (the built-in migrations unless `migrations` is given). Blocks the
    //! calling thread while it does so: call it off the GUI thread.
    static Result<std::unique_ptr<Database>> open(
        const DatabaseUrl &url, const Clock &clock, const QList<Migration> *migrations = nullptr);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }
    int schemaVersion() const { return m_schemaVersion; }

    //! Queues `fn` on the writer thread inside a transaction: committed when
    //! it returns ok, rolled back otherwise (or if it throws).
    QFuture<Result<void>> write(WriteFn fn);
    //! write() and wait for it. Never call it on the GUI thread.
    Result<void> writeAndWait(WriteFn fn);
    //! writeAndWait() for a write that gives a value: `fn`'s error (its
    //! transaction rolled back), else the write's own (a failed COMMIT),
    //! else `fn`'s value.
    template<typename T>
    Result<T> writeValueAndWait(const std::function<Result<T>(QSqlDatabase &)> &fn)
    {
        std::optional<Result<T>> out;
        Result<void> written = writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            out = fn(c);
            return out->ok() ? Result<void>() : Result<void>(out->error());
        });
        if (out && !out->ok())
            return std::move(*out);
        if (!written.ok())
            return written.error();
        return std::move(*out);
    }
    //! Inside a write function: runs `fn` on the writer thread when the
    //! transaction has ended — `committed` true after COMMIT, false after a
    //! rollback — before the next write begins. For memory that mirrors
    //! the database (Payments' reservation index) to undo what a rolled-back
    //! transaction did. Outside a write it runs at once with true.
    static void afterTransaction(std::function<void(bool committed)> fn);

    //! This thread's read connection, opened on first use.
    Result<QSqlDatabase> reader();

private:
    Database(DatabaseUrl url, const Clock &clock);
    Result<QSqlDatabase> openConnection(const QString &name, bool writer);
    Result<void> startWriter(const QList<Migration> &migrations);

    DatabaseUrl m_url;
    const Clock &m_clock;
    const QString m_id;
    int m_schemaVersion = 0;

    QThread *m_writerThread = nullptr;
    QObject *m_writerContext = nullptr; // lives on m_writerThread
    QString m_writerName;

    QMutex m_readersMutex;
    QHash<QThread *, QString> m_readers;
    //! SQLite: pages in the write-ahead log after the last commit (the WAL
    //! hook sets it on the writer thread; a checkpoint runs after the
    //! commit's result is delivered, not inside it).
    int m_walPages = 0;
    //! SQLite: the thread and connection that checkpoint the log, so the
    //! writer never stops committing to copy it back.
    QThread *m_checkpointThread = nullptr;
    QObject *m_checkpointContext = nullptr; // lives on m_checkpointThread
    QString m_checkpointName;
    QAtomicInt m_checkpointQueued {0};
};

} // namespace kassa::store
