// DatabaseUrl: which database a profile uses, from the [database] url key.
//   (empty)                          SQLite file kassa.sqlite in the profile
//   sqlite:relative/or/absolute/path SQLite file (relative to the profile)
//   postgresql://user[:pw]@host[:port]/db[?sslmode=…&connect_timeout=…]
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace kassa::store {

enum class Engine { Sqlite, Postgres };

struct DatabaseUrl {
    Q_DECLARE_TR_FUNCTIONS(kassa::store::DatabaseUrl)

public:
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file (absolute)
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QMap<QString, QString> options; // libpq options (sslmode, connect_timeout, …)

    //! Parses `text`; relative SQLite paths resolve against `profileDirectory`.
    static Result<DatabaseUrl> parse(const QString &text, const QString &profileDirectory);
    static DatabaseUrl sqliteFile(const QString &path);

    //! The URL with any password replaced by ***, for logs and the screen.
    QString displayString() const;
    //! libpq connect options for QPSQL (application_name, connect_timeout, …).
    QString qpsqlConnectOptions() const;
};

} // namespace kassa::store
