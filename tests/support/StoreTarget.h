// StoreTarget: an empty database of either engine for a store test — a
// temporary SQLite file or a fresh database on the private PostgreSQL
// server — gone when the object goes. Store suites run every case on both.
#pragma once

#include "PostgresServer.h"
#include "TestSupport.h"
#include "store/DatabaseUrl.h"

#include <memory>

namespace kassa::test {

struct StoreTarget {
    store::DatabaseUrl url;
    std::unique_ptr<TempProfile> dir;
    std::unique_ptr<ScopedPostgresDatabase> pg;

    static std::unique_ptr<StoreTarget> make(store::Engine engine)
    {
        auto target = std::make_unique<StoreTarget>();
        if (engine == store::Engine::Sqlite) {
            target->dir = std::make_unique<TempProfile>();
            target->url = store::DatabaseUrl::sqliteFile(target->dir->file(QStringLiteral("kassa.sqlite")));
        } else {
            target->pg = std::make_unique<ScopedPostgresDatabase>();
            if (!target->pg->ok())
                qFatal("no PostgreSQL test server: %s", qPrintable(target->pg->errorText()));
            target->url = target->pg->url();
        }
        return target;
    }

    //! The `engine` column for a data-driven test over both engines.
    static void addEngineRows()
    {
        QTest::addColumn<store::Engine>("engine");
        QTest::newRow("sqlite") << store::Engine::Sqlite;
        QTest::newRow("postgresql") << store::Engine::Postgres;
    }
};

} // namespace kassa::test
