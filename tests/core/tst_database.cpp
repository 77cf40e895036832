// The store suite, run against SQLite and a real PostgreSQL server alike.
#include "PostgresServer.h"
#include "StoreTarget.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlScript.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <stdexcept>

using namespace kassa;
using namespace kassa::store;

namespace {

const QString kUint256Max =
    QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");

std::unique_ptr<test::StoreTarget> makeTarget(Engine engine)
{
    return test::StoreTarget::make(engine);
}

QList<Migration> migrations(std::initializer_list<QString> scripts)
{
    QList<Migration> out;
    int version = 0;
    for (const QString &sql : scripts)
        out.append(Migration {++version, QStringLiteral("step%1").arg(version), sql});
    return out;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

bool hasTable(Database &db, const QString &table)
{
    auto reader = db.reader();
    return reader.ok() && reader->tables().contains(table);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    void addEngines() { test::StoreTarget::addEngineRows(); }

private Q_SLOTS:
    void initTestCase()
    {
        // Fail early and clearly when the PostgreSQL peer is missing.
        auto server = test::PostgresServer::instance();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().message));
    }

    void migratesAFreshDatabase_data() { addEngines(); }
    void migratesAFreshDatabase()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        auto db = Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion(), int(Migrator::builtin().size()));
        QCOMPARE(db.value()->engine(), engine);
        QVERIFY(hasTable(*db.value(), QStringLiteral("kassa_schema")));
        QVERIFY(hasTable(*db.value(), QStringLiteral("kassa_meta")));
        auto reader = db.value()->reader();
        KASSA_VERIFY_OK(reader);
        QCOMPARE(scalar(reader.value(), QStringLiteral("SELECT COUNT(*) FROM kassa_schema")),
            qint64(Migrator::builtin().size()));
        QCOMPARE(
            scalar(reader.value(), QStringLiteral("SELECT MIN(applied_at_ms) FROM kassa_schema")), m_clock.nowMs());
    }

    void reopeningChangesNothing_data() { addEngines(); }
    void reopeningChangesNothing()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        KASSA_VERIFY_OK(Database::open(target->url, m_clock));
        auto again = Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(again);
        auto reader = again.value()->reader();
        KASSA_VERIFY_OK(reader);
        QCOMPARE(scalar(reader.value(), QStringLiteral("SELECT COUNT(*) FROM kassa_schema")),
            qint64(Migrator::builtin().size()));
    }

    void refusesANewerDatabase_data() { addEngines(); }
    void refusesANewerDatabase()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        {
            auto db = Database::open(target->url, m_clock);
            KASSA_VERIFY_OK(db);
            KASSA_VERIFY_OK(db.value()->writeAndWait([](QSqlDatabase &c) -> Result<void> {
                QSqlQuery q(c);
                if (!q.exec(QStringLiteral(
                        "INSERT INTO kassa_schema (version, name, applied_at_ms) VALUES (99, 'future', 0)")))
                    return makeError(ErrorCode::Database, q.lastError().text(), {});
                return {};
            }));
        }
        auto newer = Database::open(target->url, m_clock);
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, ErrorCode::SchemaTooNew);
        QVERIFY(newer.error().userMessage.contains(QStringLiteral("99")));
        QVERIFY(newer.error().hint.contains(QStringLiteral("not changed")));
        // Still refused the second time: nothing was rewritten.
        QCOMPARE(Database::open(target->url, m_clock).error().code, ErrorCode::SchemaTooNew);
    }

    void aFailedMigrationLeavesNoTrace_data() { addEngines(); }
    void aFailedMigrationLeavesNoTrace()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        const QString one = QStringLiteral("CREATE TABLE a (id {{ID}}, v TEXT);");
        const QString two = QStringLiteral("CREATE TABLE b (id {{ID}});\nINSERT INTO a (v) VALUES ('from step 2');");
        const QString bad = QStringLiteral("CREATE TABLE c (id INTEGER);\nTHIS IS NOT SQL;");
        {
            const auto first = migrations({one});
            auto db = Database::open(target->url, m_clock, &first);
            KASSA_VERIFY_OK(db);
            QCOMPARE(db.value()->schemaVersion(), 1);
        }
        {
            const auto broken = migrations({one, two, bad});
            auto db = Database::open(target->url, m_clock, &broken);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, ErrorCode::MigrationFailed);
            QVERIFY(db.error().message.contains(QStringLiteral("NOT SQL")));
            QVERIFY(db.error().hint.contains(QStringLiteral("version 1")));
        }
        const auto first = migrations({one});
        auto db = Database::open(target->url, m_clock, &first);
        KASSA_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion(), 1);
        QVERIFY(!hasTable(*db.value(), QStringLiteral("b"))); // step 2 rolled back with step 3
        QVERIFY(!hasTable(*db.value(), QStringLiteral("c")));
        QCOMPARE(scalar(db.value()->reader().value(), QStringLiteral("SELECT COUNT(*) FROM a")), 0);
    }

    void amountsAreExact_data() { addEngines(); }
    void amountsAreExact()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        const auto withAmounts =
            migrations({QStringLiteral("CREATE TABLE amounts (id {{ID}}, v {{AMOUNT}} NOT NULL);")});
        auto db = Database::open(target->url, m_clock, &withAmounts);
        KASSA_VERIFY_OK(db);
        const QStringList values = {kUint256Max, QStringLiteral("0"), QStringLiteral("1"),
            QStringLiteral("1000000000000000000000001"), // 18-decimal token amount
            QStringLiteral("9007199254740993")}; // 2^53 + 1: breaks a double
        KASSA_VERIFY_OK(db.value()->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO amounts (v) VALUES (?)"));
            for (const QString &v : values) {
                q.addBindValue(v);
                if (!q.exec())
                    return makeError(ErrorCode::Database, q.lastError().text(), {});
            }
            return {};
        }));
        auto reader = db.value()->reader();
        KASSA_VERIFY_OK(reader);
        QSqlQuery q(reader.value());
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM amounts ORDER BY id")));
        QStringList read;
        while (q.next()) {
            QVERIFY2(q.value(0).typeId() == QMetaType::QString, q.value(0).typeName()); // never a double
            read << q.value(0).toString();
        }
        QCOMPARE(read, values);
    }

    void writesRunInSubmissionOrder_data() { addEngines(); }
    void writesRunInSubmissionOrder()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        const auto schema = migrations({QStringLiteral("CREATE TABLE seq (id {{ID}}, n INTEGER NOT NULL);")});
        auto db = Database::open(target->url, m_clock, &schema);
        KASSA_VERIFY_OK(db);
        QList<QFuture<Result<void>>> futures;
        QSet<QThread *> writerThreads;
        QMutex mutex;
        for (int i = 0; i < 200; ++i) {
            futures << db.value()->write([i, &writerThreads, &mutex](QSqlDatabase &c) -> Result<void> {
                {
                    QMutexLocker lock(&mutex);
                    writerThreads.insert(QThread::currentThread());
                }
                QSqlQuery q(c);
                q.prepare(QStringLiteral("INSERT INTO seq (n) VALUES (?)"));
                q.addBindValue(i);
                if (!q.exec())
                    return makeError(ErrorCode::Database, q.lastError().text(), {});
                return {};
            });
        }
        for (auto &f : futures) {
            f.waitForFinished();
            KASSA_VERIFY_OK(f.result());
        }
        QCOMPARE(writerThreads.size(), 1);
        QVERIFY(!writerThreads.contains(QThread::currentThread()));
        QSqlQuery q(db.value()->reader().value());
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM seq ORDER BY id")));
        int expected = 0;
        while (q.next())
            QCOMPARE(q.value(0).toInt(), expected++);
        QCOMPARE(expected, 200);
    }

    void aFailedWriteChangesNothing_data() { addEngines(); }
    void aFailedWriteChangesNothing()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        const auto schema = migrations({QStringLiteral("CREATE TABLE t (id {{ID}}, v TEXT NOT NULL);")});
        auto db = Database::open(target->url, m_clock, &schema);
        KASSA_VERIFY_OK(db);
        auto insertThen = [](std::function<Result<void>()> then) {
            return [then](QSqlDatabase &c) -> Result<void> {
                QSqlQuery q(c);
                if (!q.exec(QStringLiteral("INSERT INTO t (v) VALUES ('x')")))
                    return makeError(ErrorCode::Database, q.lastError().text(), {});
                return then();
            };
        };
        auto refused = db.value()->writeAndWait(insertThen([]() -> Result<void> {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("changed my mind"), {});
        }));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        auto thrown = db.value()->writeAndWait(insertThen([]() -> Result<void> { throw std::runtime_error("boom"); }));
        QVERIFY(!thrown.ok());
        QCOMPARE(thrown.error().code, ErrorCode::Internal);
        QVERIFY(thrown.error().message.contains(QStringLiteral("boom")));
        auto constraint = db.value()->writeAndWait([](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            if (!q.exec(QStringLiteral("INSERT INTO t (v) VALUES ('kept')")))
                return makeError(ErrorCode::Database, q.lastError().text(), {});
            if (!q.exec(QStringLiteral("INSERT INTO t (v) VALUES (NULL)")))
                return makeError(ErrorCode::Database, q.lastError().text(), {});
            return {};
        });
        QVERIFY(!constraint.ok());
        QCOMPARE(scalar(db.value()->reader().value(), QStringLiteral("SELECT COUNT(*) FROM t")), 0);
        // The writer is still healthy afterwards.
        KASSA_VERIFY_OK(db.value()->writeAndWait(insertThen([]() -> Result<void> { return {}; })));
        QCOMPARE(scalar(db.value()->reader().value(), QStringLiteral("SELECT COUNT(*) FROM t")), 1);
    }

    void eachThreadReadsThroughItsOwnConnection_data() { addEngines(); }
    void eachThreadReadsThroughItsOwnConnection()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        const auto schema = migrations({QStringLiteral("CREATE TABLE t (id {{ID}});")});
        auto db = Database::open(target->url, m_clock, &schema);
        KASSA_VERIFY_OK(db);
        KASSA_VERIFY_OK(db.value()->writeAndWait([](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            for (int i = 0; i < 10; ++i)
                q.exec(QStringLiteral("INSERT INTO t DEFAULT VALUES"));
            return {};
        }));
        Database *database = db.value().get();
        const QString mainName = database->reader()->connectionName();
        QCOMPARE(database->reader()->connectionName(), mainName); // reused
        std::atomic<int> good {0};
        QStringList names;
        QMutex mutex;
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads << QThread::create([&] {
                auto reader = database->reader();
                if (!reader.ok())
                    return;
                {
                    QMutexLocker lock(&mutex);
                    names << reader->connectionName();
                }
                QSqlQuery q(reader.value());
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next() && q.value(0).toInt() == 10)
                    ++good;
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(good.load(), 4);
        names << mainName;
        names.removeDuplicates();
        QCOMPARE(names.size(), 5);
    }

    void severalProcessesMayMigrateAtOnce_data() { addEngines(); }
    void severalProcessesMayMigrateAtOnce()
    {
        QFETCH(Engine, engine);
        auto target = makeTarget(engine);
        // Two desktops starting together against one database.
        auto a = QtConcurrent::run([&] { return Database::open(target->url, m_clock).ok(); });
        auto b = QtConcurrent::run([&] { return Database::open(target->url, m_clock).ok(); });
        QVERIFY(a.result());
        QVERIFY(b.result());
        auto db = Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(db);
        QCOMPARE(scalar(db.value()->reader().value(), QStringLiteral("SELECT COUNT(*) FROM kassa_schema")),
            qint64(Migrator::builtin().size()));
    }

    void sqliteIsDurableAndChecksForeignKeys()
    {
        auto target = makeTarget(Engine::Sqlite);
        const auto schema = migrations(
            {QStringLiteral("CREATE TABLE parent (id {{ID}});\n"
                            "CREATE TABLE child (id {{ID}}, parent_id INTEGER NOT NULL REFERENCES parent(id));")});
        auto db = Database::open(target->url, m_clock, &schema);
        KASSA_VERIFY_OK(db);
        QSqlDatabase reader = db.value()->reader().value();
        QSqlQuery q(reader);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(reader, QStringLiteral("PRAGMA foreign_keys")), 1);
        qint64 synchronous = -1;
        KASSA_VERIFY_OK(db.value()->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            synchronous = scalar(c, QStringLiteral("PRAGMA synchronous"));
            return {};
        }));
        QCOMPARE(synchronous, 2); // FULL
        auto orphan = db.value()->writeAndWait([](QSqlDatabase &c) -> Result<void> {
            QSqlQuery insert(c);
            if (!insert.exec(QStringLiteral("INSERT INTO child (parent_id) VALUES (42)")))
                return makeError(ErrorCode::Database, insert.lastError().text(), {});
            return {};
        });
        QVERIFY(!orphan.ok());
        QVERIFY(orphan.error().message.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    }

    void sqliteCheckpointsAfterABigWrite()
    {
        // A write that leaves more than 1,000 pages in the log is copied back
        // to the database file once its result went out, by the checkpoint
        // thread (not inside the COMMIT, where SQLite's automatic checkpoint
        // would run, nor on the writer, which goes on committing).
        auto target = makeTarget(Engine::Sqlite);
        const auto schema = migrations({QStringLiteral("CREATE TABLE bulk (id {{ID}}, body TEXT NOT NULL);")});
        auto db = Database::open(target->url, m_clock, &schema);
        KASSA_VERIFY_OK(db);
        const qint64 before = QFileInfo(target->url.path).size();
        KASSA_VERIFY_OK(db.value()->writeAndWait([](QSqlDatabase &c) -> Result<void> {
            QSqlQuery insert(c);
            insert.prepare(QStringLiteral("INSERT INTO bulk (body) VALUES (?)"));
            for (int i = 0; i < 1500; ++i) {
                insert.addBindValue(QString(8000, QLatin1Char('a' + i % 26)));
                if (!insert.exec())
                    return makeError(ErrorCode::Database, insert.lastError().text(), {});
            }
            return {};
        }));
        // The write queued the checkpoint when it ended; the writer is free.
        KASSA_VERIFY_OK(db.value()->writeAndWait([](QSqlDatabase &) -> Result<void> { return {}; }));
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(target->url.path).size() > before + 10'000'000,
            qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(QFileInfo(target->url.path).size())), 10000);
        QCOMPARE(scalar(db.value()->reader().value(), QStringLiteral("SELECT COUNT(*) FROM bulk")), 1500);
    }

    void unreachableServerIsAClearError()
    {
        auto url =
            DatabaseUrl::parse(QStringLiteral("postgresql://kassa@127.0.0.1:1/none?connect_timeout=2"), QString());
        KASSA_VERIFY_OK(url);
        auto db = Database::open(url.value(), m_clock);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Database);
        QVERIFY(db.error().userMessage.contains(QStringLiteral("127.0.0.1:1")));
        QVERIFY(db.error().hint.contains(QStringLiteral("PostgreSQL")));
    }

    void unwritableSqliteLocationIsAClearError()
    {
        test::TempProfile tmp;
        QFile blocker(tmp.file(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto db = Database::open(DatabaseUrl::sqliteFile(tmp.file(QStringLiteral("blocker/kassa.sqlite"))), m_clock);
        QVERIFY(!db.ok());
        QVERIFY(!db.error().userMessage.isEmpty());
    }
};

KASSA_TEST_MAIN(TestDatabase)
#include "tst_database.moc"
