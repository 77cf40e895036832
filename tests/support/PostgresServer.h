// PostgresServer: a private PostgreSQL server for tests, and a fresh
// database in it for each test that asks. `make test` starts one server
// for the whole run (tests/support/with-services.sh exports
// KASSA_TEST_PG_URL); a test run by hand without it starts its own through
// tests/support/pg-server.sh. Tests that need it never skip: no server is
// a failure.
#pragma once

#include "base/Result.h"
#include "store/DatabaseUrl.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kassa::test {

class PostgresServer
{
public:
    //! The process-wide server (started on first use).
    static Result<PostgresServer *> instance();
    ~PostgresServer();

    //! Creates an empty database and returns its URL.
    Result<store::DatabaseUrl> createDatabase();
    //! Drops a database made by createDatabase().
    void dropDatabase(const store::DatabaseUrl &url);

    store::DatabaseUrl adminUrl() const { return m_admin; }

private:
    PostgresServer() = default;
    Result<void> exec(const QString &sql);

    store::DatabaseUrl m_admin;
    std::unique_ptr<QTemporaryDir> m_ownDir; // set when we started the server ourselves
};

//! A database that exists for the lifetime of this object.
class ScopedPostgresDatabase
{
public:
    ScopedPostgresDatabase();
    ~ScopedPostgresDatabase();
    bool ok() const { return m_ok; }
    QString errorText() const { return m_error; }
    store::DatabaseUrl url() const { return m_url; }

private:
    bool m_ok = false;
    QString m_error;
    store::DatabaseUrl m_url;
};

} // namespace kassa::test
