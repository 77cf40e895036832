#include "store/Database.h"

#include "base/Log.h"
#include "store/SqlScript.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <exception>
#include <sqlite3.h>

namespace kassa::store {

namespace {

//! How long a connection waits for another one's lock (a migration by a
//! second process, a checkpoint) before it reports the database as locked.
constexpr int kSqliteBusyTimeoutMs = 10000;

//! The afterTransaction() functions of the write running on this thread.
thread_local QList<std::function<void(bool)>> *t_afterTransaction = nullptr;

QString nextId()
{
    static QAtomicInteger<quint64> counter;
    return QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

Error connectError(const DatabaseUrl &url, const QSqlError &error)
{
    if (url.engine == Engine::Sqlite) {
        return makeError(ErrorCode::Database,
            QStringLiteral("Cannot open SQLite database %1: %2").arg(url.path, error.text()),
            Database::tr("Kassa could not open its database file %1: %2").arg(url.path, error.text()),
            Database::tr("Check that the profile folder is writable and the disk is not full."));
    }
    return makeError(ErrorCode::Database,
        QStringLiteral("Cannot connect to %1: %2").arg(url.displayString(), error.text()),
        Database::tr("Kassa could not connect to the database %1: %2").arg(url.displayString(), error.text()),
        Database::tr("Check that the PostgreSQL server is running and reachable, and that the user name, password and "
                     "database name in the [database] url setting are right."));
}

} // namespace

Database::Database(DatabaseUrl url, const Clock &clock) : m_url(std::move(url)), m_clock(clock), m_id(nextId())
{ }

Result<std::unique_ptr<Database>> Database::open(
    const DatabaseUrl &url, const Clock &clock, const QList<Migration> *migrations)
{
    if (url.engine == Engine::Sqlite) {
        const QFileInfo info(url.path);
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(ErrorCode::Io, QStringLiteral("Cannot create directory for %1").arg(url.path),
                tr("Kassa could not create the folder for its database %1.").arg(url.path),
                tr("Check the permissions of the profile folder."));
        }
    }
    std::unique_ptr<Database> db(new Database(url, clock));
    auto started = db->startWriter(migrations ? *migrations : Migrator::builtin());
    if (!started.ok())
        return started.error();
    qCInfo(lcStore) << "database" << url.displayString() << "at schema version" << db->m_schemaVersion;
    return db;
}

Result<QSqlDatabase> Database::openConnection(const QString &name, bool writer)
{
    const bool sqlite = m_url.engine == Engine::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Database, QStringLiteral("Qt SQL driver missing for %1").arg(m_url.displayString()),
            tr("The database driver for %1 is not installed.")
                .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")),
            tr("Install the Qt SQL driver package (libqt6sql6-sqlite or libqt6sql6-psql)."));
    }
    // Exact numbers only: NUMERIC(78,0) must never come back as a double.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyTimeoutMs));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(m_url.qpsqlConnectOptions());
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return connectError(m_url, error);
    }
    if (sqlite) {
        QSqlQuery query(db);
        QStringList pragmas {QStringLiteral("PRAGMA foreign_keys = ON")};
        if (writer) {
            // WAL lets readers work while the writer commits; FULL makes a
            // commit durable (an acknowledged order survives power loss).
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
            // 32 MiB of page cache (SQLite's default is 2 MiB): a block's
            // transfers go into four indexes at random places, and with the
            // small cache each insert re-reads index pages it just wrote.
            pragmas << QStringLiteral("PRAGMA cache_size = -32768");
            // Statement journals in memory: a savepoint (Payments gives each
            // order of a group commit one) keeps the pages it changes in a
            // journal that, with the default, spills to a temporary file past
            // 64 KiB — two writes per page per order, four fifths of the
            // writer's system calls. That journal only undoes a savepoint
            // inside an open transaction; crash recovery never reads it (the
            // WAL does that), so keeping it in memory costs no durability.
            pragmas << QStringLiteral("PRAGMA temp_store = MEMORY");
        }
        for (const QString &pragma : pragmas) {
            // Switching to WAL needs the file to itself; SQLite answers BUSY
            // at once, without its busy handler, while another process
            // migrates the same new file. Wait for it like the busy timeout would.
            QElapsedTimer waited;
            waited.start();
            while (!query.exec(pragma) && query.lastError().nativeErrorCode() == QLatin1String("5")
                && waited.elapsed() < kSqliteBusyTimeoutMs)
                QThread::msleep(20);
            if (query.lastError().isValid()) {
                const QSqlError error = query.lastError();
                query = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return connectError(m_url, error);
            }
            if (pragma.contains(QLatin1String("journal_mode")) && query.next()
                && query.value(0).toString().toLower() != QLatin1String("wal")) {
                qCWarning(lcStore) << "SQLite refused WAL mode for" << m_url.path << "- running in"
                                   << query.value(0).toString();
            }
        }
        if (writer) {
            // Checkpoints move out of the commits: SQLite's automatic one
            // runs inside the COMMIT that crosses 1,000 pages, so a big
            // block's commit (and whichever small one is unlucky) pays for
            // copying the log back. write() checkpoints after delivering.
            const QVariant handle = db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                sqlite3_wal_hook(
                    *static_cast<sqlite3 *const *>(handle.constData()),
                    [](void *self, sqlite3 *, const char *, int pages) {
                        static_cast<Database *>(self)->m_walPages = pages;
                        return SQLITE_OK;
                    },
                    this);
            }
        }
    }
    return db;
}

Result<void> Database::startWriter(const QList<Migration> &migrations)
{
    m_writerThread = new QThread;
    m_writerThread->setObjectName(QStringLiteral("kassa-db-writer-%1").arg(m_id));
    m_writerContext = new QObject;
    m_writerContext->moveToThread(m_writerThread);
    QObject::connect(m_writerThread, &QThread::finished, m_writerContext, &QObject::deleteLater);
    m_writerThread->start();

    m_writerName = QStringLiteral("kassa-%1-writer").arg(m_id);
    Result<void> result;
    QMetaObject::invokeMethod(
        m_writerContext,
        [&] {
            auto connection = openConnection(m_writerName, true);
            if (!connection.ok()) {
                result = connection.error();
                return;
            }
            Migrator migrator(migrations, m_clock);
            auto migrated = migrator.migrate(connection.value(), m_url.engine);
            if (!migrated.ok()) {
                result = migrated.error();
                return;
            }
            m_schemaVersion = migrated.value();
        },
        Qt::BlockingQueuedConnection);
    if (!result.ok() || m_url.engine != Engine::Sqlite)
        return result;
    m_checkpointThread = new QThread;
    m_checkpointThread->setObjectName(QStringLiteral("kassa-db-checkpoint-%1").arg(m_id));
    m_checkpointContext = new QObject;
    m_checkpointContext->moveToThread(m_checkpointThread);
    QObject::connect(m_checkpointThread, &QThread::finished, m_checkpointContext, &QObject::deleteLater);
    m_checkpointThread->start();
    m_checkpointName = QStringLiteral("kassa-%1-checkpoint").arg(m_id);
    QMetaObject::invokeMethod(
        m_checkpointContext,
        [&] {
            auto connection = openConnection(m_checkpointName, false);
            if (!connection.ok())
                result = connection.error();
        },
        Qt::BlockingQueuedConnection);
    return result;
}

Database::~Database()
{
    // The checkpointer first: the writer queues work for it.
    if (m_writerThread)
        QMetaObject::invokeMethod(m_writerContext, [] { }, Qt::BlockingQueuedConnection);
    if (m_checkpointThread) {
        QMetaObject::invokeMethod(
            m_checkpointContext,
            [name = m_checkpointName] {
                if (QSqlDatabase::contains(name)) {
                    QSqlDatabase::database(name, false).close();
                    QSqlDatabase::removeDatabase(name);
                }
            },
            Qt::BlockingQueuedConnection);
        m_checkpointThread->quit();
        m_checkpointThread->wait();
        delete m_checkpointThread;
        m_checkpointThread = nullptr;
    }
    if (m_writerThread) {
        QMetaObject::invokeMethod(
            m_writerContext,
            [name = m_writerName] {
                if (QSqlDatabase::contains(name)) {
                    QSqlDatabase::database(name, false).close();
                    QSqlDatabase::removeDatabase(name);
                }
            },
            Qt::BlockingQueuedConnection);
        m_writerThread->quit();
        m_writerThread->wait();
        delete m_writerThread;
    }
    // Readers of this thread go now; other threads' go when those threads end.
    QMutexLocker locker(&m_readersMutex);
    const auto it = m_readers.constFind(QThread::currentThread());
    if (it != m_readers.cend() && QSqlDatabase::contains(*it)) {
        QSqlDatabase::database(*it, false).close();
        QSqlDatabase::removeDatabase(*it);
    }
}

QFuture<Result<void>> Database::write(WriteFn fn)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    QFuture<Result<void>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_writerContext,
        [this, promise, fn = std::move(fn)] {
            QSqlDatabase db = QSqlDatabase::database(m_writerName, false);
            Result<void> result;
            QList<std::function<void(bool)>> after;
            t_afterTransaction = &after;
            if (const QSqlError begun = beginWriteTransaction(db, m_url.engine); begun.isValid()) {
                result = makeError(ErrorCode::Database, QStringLiteral("BEGIN failed: %1").arg(begun.text()),
                    tr("The database could not start a transaction: %1").arg(begun.text()),
                    tr("Check that the database is reachable; nothing was changed."));
            } else {
                try {
                    result = fn(db);
                } catch (const std::exception &e) {
                    result = makeError(ErrorCode::Internal,
                        QStringLiteral("exception in database write: %1").arg(QString::fromUtf8(e.what())),
                        tr("An internal error stopped a database change; nothing was changed."));
                } catch (...) {
                    result = makeError(ErrorCode::Internal, QStringLiteral("unknown exception in database write"),
                        tr("An internal error stopped a database change; nothing was changed."));
                }
                if (result.ok()) {
                    if (!db.commit()) {
                        const QString text = db.lastError().text();
                        db.rollback();
                        result = makeError(ErrorCode::Database, QStringLiteral("COMMIT failed: %1").arg(text),
                            tr("The database could not save a change: %1").arg(text),
                            tr("Nothing was changed. Check free disk space and the database server."));
                    }
                } else {
                    db.rollback();
                }
            }
            t_afterTransaction = nullptr;
            for (const auto &hook : std::as_const(after))
                hook(result.ok());
            if (!result.ok())
                qCWarning(lcStore) << "write failed:" << result.error().message;
            promise->addResult(result);
            promise->finish();
            // SQLite's own threshold, but off the writer: the checkpoint
            // thread copies the log back (and fsyncs the database file)
            // while the writer goes on committing; the changes are durable
            // in the log already.
            constexpr int kCheckpointPages = 1000;
            if (m_walPages >= kCheckpointPages && !m_checkpointQueued.loadAcquire()) {
                m_walPages = 0;
                m_checkpointQueued.storeRelease(1);
                QMetaObject::invokeMethod(
                    m_checkpointContext,
                    [this] {
                        m_checkpointQueued.storeRelease(0);
                        QSqlDatabase cdb = QSqlDatabase::database(m_checkpointName, false);
                        QSqlQuery checkpoint(cdb);
                        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                            qCWarning(lcStore) << "checkpoint failed:" << checkpoint.lastError().text();
                    },
                    Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
    return future;
}

Result<void> Database::writeAndWait(WriteFn fn)
{
    Q_ASSERT_X(QThread::currentThread() != m_writerThread, "Database::writeAndWait", "called on the writer thread");
    QFuture<Result<void>> future = write(std::move(fn));
    future.waitForFinished();
    return future.result();
}

void Database::afterTransaction(std::function<void(bool committed)> fn)
{
    if (t_afterTransaction)
        t_afterTransaction->append(std::move(fn));
    else
        fn(true);
}

Result<QSqlDatabase> Database::reader()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&m_readersMutex);
    auto it = m_readers.constFind(thread);
    if (it != m_readers.cend()) {
        QSqlDatabase db = QSqlDatabase::database(*it, false);
        if (db.isValid() && db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(*it);
        m_readers.remove(thread);
    }
    const QString name = QStringLiteral("kassa-%1-reader-%2").arg(m_id).arg(quintptr(thread), 0, 16);
    auto connection = openConnection(name, false);
    if (!connection.ok())
        return connection.error();
    m_readers.insert(thread, name);
    if (QCoreApplication::instance() && thread != QCoreApplication::instance()->thread()) {
        // The connection belongs to this thread: drop it when the thread ends.
        QObject::connect(
            thread, &QThread::finished, thread,
            [name] {
                if (QSqlDatabase::contains(name)) {
                    QSqlDatabase::database(name, false).close();
                    QSqlDatabase::removeDatabase(name);
                }
            },
            Qt::DirectConnection);
    }
    return connection;
}

} // namespace kassa::store
