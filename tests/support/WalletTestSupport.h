// Helpers for wallet tests: a database with the wallets schema, the
// well-known BIP-39 test phrase and its addresses, and synchronous waits.
#pragma once

#include "TestSupport.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>
#include <QTest>

namespace kassa::test {

//! "abandon … about": m/44'/60'/0'/0/0 and m/44'/195'/0'/0/0.
inline const QString kAbandonPhrase = QStringLiteral(
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
inline const QString kAbandonEth0 = QStringLiteral("0x9858effd232b4033e47d90003d41ec34ecaeda94");
inline const QString kAbandonTron0 = QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH");

//! The built-in migrations, plus 0005_wallets from the source tree when the
//! build does not embed it yet (the schema numbers before it arrive with
//! other branches).
inline QList<store::Migration> walletMigrations()
{
    QList<store::Migration> migrations = store::Migrator::builtin();
    bool has = false;
    for (const auto &m : migrations)
        has = has || m.name == QLatin1String("wallets");
    if (!has) {
        QFile file(QStringLiteral(KASSA_SOURCE_DIR "/resources/migrations/0005_wallets.sql"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read 0005_wallets.sql");
        migrations.append(store::Migration {5, QStringLiteral("wallets"), QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

inline std::unique_ptr<store::Database> openWalletDatabase(const store::DatabaseUrl &url, const Clock &clock)
{
    static const QList<store::Migration> migrations = walletMigrations();
    auto db = store::Database::open(url, clock, &migrations);
    if (!db.ok())
        qFatal("cannot open the test database: %s", qPrintable(db.error().message));
    return std::move(db).value();
}

//! Waits for an asynchronous answer delivered into `slot`.
template<typename T>
bool waitForSlot(const std::optional<T> &slot, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&] { return slot.has_value(); }, timeoutMs);
}

} // namespace kassa::test

