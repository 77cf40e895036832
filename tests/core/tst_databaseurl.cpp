#include "TestSupport.h"
#include "store/DatabaseUrl.h"

using namespace kassa;
using store::DatabaseUrl;
using store::Engine;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyMeansTheProfileSqliteFile()
    {
        auto url = DatabaseUrl::parse(QString(), QStringLiteral("/p"));
        KASSA_VERIFY_OK(url);
        QCOMPARE(url->engine, Engine::Sqlite);
        QCOMPARE(url->path, QStringLiteral("/p/kassa.sqlite"));
        QCOMPARE(url->displayString(), QStringLiteral("sqlite:/p/kassa.sqlite"));
        QCOMPARE(
            DatabaseUrl::parse(QStringLiteral("   "), QStringLiteral("/p"))->path, QStringLiteral("/p/kassa.sqlite"));
    }

    void sqlitePaths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("relative") << QStringLiteral("sqlite:data/shop.sqlite") << QStringLiteral("/p/data/shop.sqlite");
        QTest::newRow("absolute") << QStringLiteral("sqlite:/var/lib/kassa/k.sqlite")
                                  << QStringLiteral("/var/lib/kassa/k.sqlite");
        QTest::newRow("triple slash") << QStringLiteral("sqlite:///srv/k.sqlite") << QStringLiteral("/srv/k.sqlite");
        QTest::newRow("dots cleaned") << QStringLiteral("sqlite:a/../b.sqlite") << QStringLiteral("/p/b.sqlite");
    }

    void sqlitePaths()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        auto url = DatabaseUrl::parse(text, QStringLiteral("/p"));
        KASSA_VERIFY_OK(url);
        QCOMPARE(url->engine, Engine::Sqlite);
        QCOMPARE(url->path, path);
    }

    void postgres()
    {
        auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://shop:s3cret@db.internal:6543/kassa?sslmode=require&connect_timeout=5"),
            QStringLiteral("/p"));
        KASSA_VERIFY_OK(url);
        QCOMPARE(url->engine, Engine::Postgres);
        QCOMPARE(url->host, QStringLiteral("db.internal"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->user, QStringLiteral("shop"));
        QCOMPARE(url->password, QStringLiteral("s3cret"));
        QCOMPARE(url->database, QStringLiteral("kassa"));
        QCOMPARE(url->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QVERIFY(!url->displayString().contains(QStringLiteral("s3cret")));
        QCOMPARE(url->displayString(),
            QStringLiteral("postgresql://shop:***@db.internal:6543/kassa?connect_timeout=5&sslmode=require"));
        const QString options = url->qpsqlConnectOptions();
        QVERIFY(options.contains(QStringLiteral("application_name=kassa")));
        QVERIFY(options.contains(QStringLiteral("sslmode=require")));
        QVERIFY(options.contains(QStringLiteral("connect_timeout=5")));
        QVERIFY(!options.contains(QStringLiteral("connect_timeout=10")));

        auto plain = DatabaseUrl::parse(QStringLiteral("postgres://127.0.0.1/kassa"), QString());
        KASSA_VERIFY_OK(plain);
        QCOMPARE(plain->port, 5432);
        QCOMPARE(plain->displayString(), QStringLiteral("postgresql://127.0.0.1:5432/kassa"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://u@h/db");
        QTest::newRow("no scheme") << QStringLiteral("just-a-name");
        QTest::newRow("no host") << QStringLiteral("postgresql:///db");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@host");
        QTest::newRow("nested path") << QStringLiteral("postgresql://u@host/db/extra");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u@host:99999/db");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://u@host/db?options=-c%20x");
        QTest::newRow("injected option") << QStringLiteral("postgresql://u@host/db?sslmode=require;host=evil");
        QTest::newRow("empty sqlite") << QStringLiteral("sqlite:");
        QTest::newRow("garbage") << QStringLiteral("postgresql://[::1/db");
    }

    void rejectsMalformed()
    {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text, QStringLiteral("/p"));
        QVERIFY2(!url.ok(), qPrintable(text));
        QCOMPARE(url.error().code, ErrorCode::Config);
        QVERIFY(!url.error().userMessage.isEmpty());
        QVERIFY(!url.error().hint.isEmpty());
    }

    void errorsNeverEchoThePassword()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://u:topsecret@host/db?bogus=1"), QString());
        QVERIFY(!url.ok());
        QVERIFY(!url.error().message.contains(QStringLiteral("topsecret")));
        QVERIFY(!url.error().userMessage.contains(QStringLiteral("topsecret")));
    }
};

KASSA_TEST_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
