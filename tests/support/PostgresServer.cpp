#include "PostgresServer.h"

#include "TestSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kassa::test {

namespace {
Error testError(const QString &text)
{
    return makeError(ErrorCode::Database, text, text);
}
} // namespace

Result<PostgresServer *> PostgresServer::instance()
{
    static std::unique_ptr<PostgresServer> server;
    if (server)
        return server.get();
    std::unique_ptr<PostgresServer> fresh(new PostgresServer);
    QString url = qEnvironmentVariable("KASSA_TEST_PG_URL");
    if (url.isEmpty()) {
        fresh->m_ownDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kassa-pg-XXXXXX"));
        QProcess script;
        script.start(QStringLiteral("bash"),
            {sourceDir() + QStringLiteral("/tests/support/pg-server.sh"), QStringLiteral("start"),
                fresh->m_ownDir->path()});
        if (!script.waitForFinished(120000) || script.exitCode() != 0) {
            return testError(QStringLiteral("could not start a private PostgreSQL server: %1")
                                 .arg(QString::fromUtf8(script.readAllStandardError())));
        }
        for (const QByteArray &line : script.readAllStandardOutput().split('\n')) {
            if (line.startsWith("KASSA_TEST_PG_URL="))
                url = QString::fromUtf8(line.mid(int(qstrlen("KASSA_TEST_PG_URL="))));
        }
    }
    auto parsed = store::DatabaseUrl::parse(url, QString());
    if (!parsed.ok() || parsed->engine != store::Engine::Postgres)
        return testError(QStringLiteral("KASSA_TEST_PG_URL is not a PostgreSQL URL: %1").arg(url));
    fresh->m_admin = parsed.value();
    server = std::move(fresh);
    return server.get();
}

PostgresServer::~PostgresServer()
{
    if (m_ownDir) {
        QProcess::execute(QStringLiteral("bash"),
            {sourceDir() + QStringLiteral("/tests/support/pg-server.sh"), QStringLiteral("stop"), m_ownDir->path()});
    }
}

Result<void> PostgresServer::exec(const QString &sql)
{
    const QString name = QStringLiteral("kassa-test-admin");
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_admin.host);
        db.setPort(m_admin.port);
        db.setUserName(m_admin.user);
        db.setPassword(m_admin.password);
        db.setDatabaseName(m_admin.database);
        if (!db.open()) {
            result = testError(QStringLiteral("cannot connect to the test server %1: %2")
                                   .arg(m_admin.displayString(), db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                result = testError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<store::DatabaseUrl> PostgresServer::createDatabase()
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("kassa_t_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                             .arg(counter.fetchAndAddRelaxed(1));
    auto created = exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!created.ok())
        return created.error();
    store::DatabaseUrl url = m_admin;
    url.database = name;
    return url;
}

void PostgresServer::dropDatabase(const store::DatabaseUrl &url)
{
    auto dropped = exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(url.database));
    if (!dropped.ok())
        qWarning("could not drop test database: %s", qPrintable(dropped.error().message));
}

ScopedPostgresDatabase::ScopedPostgresDatabase()
{
    auto server = PostgresServer::instance();
    if (!server.ok()) {
        m_error = server.error().message;
        return;
    }
    auto url = server.value()->createDatabase();
    if (!url.ok()) {
        m_error = url.error().message;
        return;
    }
    m_url = url.value();
    m_ok = true;
}

ScopedPostgresDatabase::~ScopedPostgresDatabase()
{
    if (!m_ok)
        return;
    if (auto server = PostgresServer::instance(); server.ok())
        server.value()->dropDatabase(m_url);
}

} // namespace kassa::test
