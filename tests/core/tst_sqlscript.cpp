#include "TestSupport.h"
#include "store/SqlScript.h"

using namespace kassa;
using namespace kassa::store;

class TestSqlScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholdersPerEngine()
    {
        const QString sql =
            QStringLiteral("CREATE TABLE t (id {{ID}}, v {{AMOUNT}}, s {{SAMOUNT}}, b {{BYTES}}, n {{BIGINT}});");
        const QString sqlite = preprocessSql(sql, Engine::Sqlite);
        QVERIFY(sqlite.contains(QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")));
        QVERIFY(sqlite.contains(QStringLiteral("v TEXT")));
        QVERIFY(sqlite.contains(QStringLiteral("b BLOB")));
        const QString pg = preprocessSql(sql, Engine::Postgres);
        QVERIFY(pg.contains(QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")));
        QVERIFY(pg.contains(QStringLiteral("v NUMERIC(78,0)")));
        QVERIFY(pg.contains(QStringLiteral("b BYTEA")));
        QVERIFY(!pg.contains(QStringLiteral("{{")));
        QVERIFY(!sqlite.contains(QStringLiteral("{{")));
    }

    void checkedAmounts()
    {
        const QString sql = QStringLiteral("CREATE TABLE t (v {{AMOUNT:v}} NOT NULL, w {{AMOUNT:w}});");
        const QString sqlite = preprocessSql(sql, Engine::Sqlite);
        QVERIFY(sqlite.contains(QStringLiteral("v TEXT CHECK (length(v) BETWEEN 1 AND 78 AND v NOT GLOB '*[^0-9]*'")));
        QVERIFY(sqlite.contains(QStringLiteral("w TEXT CHECK (length(w)")));
        const QString pg = preprocessSql(sql, Engine::Postgres);
        QVERIFY(pg.contains(QStringLiteral("v NUMERIC CHECK (v >= 0 AND v = trunc(v) AND v < 1e78) NOT NULL")));
        QVERIFY(!pg.contains(QStringLiteral("{{")));
    }

    void conditionalSections()
    {
        const QString sql = QStringLiteral("A;\n--@sqlite\nS;\n--@end\n--@postgres\nP;\n--@end\nB;\n");
        QCOMPARE(splitSqlStatements(preprocessSql(sql, Engine::Sqlite)),
            QStringList({QStringLiteral("A"), QStringLiteral("S"), QStringLiteral("B")}));
        QCOMPARE(splitSqlStatements(preprocessSql(sql, Engine::Postgres)),
            QStringList({QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("B")}));
    }

    void splits_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("simple") << QStringLiteral("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);")
                                << QStringList {QStringLiteral("CREATE TABLE a (x INT)"),
                                       QStringLiteral("CREATE TABLE b (y INT)")};
        QTest::newRow("no trailing semicolon")
            << QStringLiteral("SELECT 1") << QStringList {QStringLiteral("SELECT 1")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b');SELECT 2;")
            << QStringList {QStringLiteral("INSERT INTO t VALUES ('a;b')"), QStringLiteral("SELECT 2")};
        QTest::newRow("doubled quote") << QStringLiteral("SELECT 'it''s;fine';")
                                       << QStringList {QStringLiteral("SELECT 'it''s;fine'")};
        QTest::newRow("line comment") << QStringLiteral("-- a comment; with semicolon\nSELECT 1;")
                                      << QStringList {QStringLiteral("SELECT 1")};
        QTest::newRow("block comment") << QStringLiteral("/* x; y */ SELECT 1;")
                                       << QStringList {QStringLiteral("SELECT 1")};
        QTest::newRow("dollar body") << QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE "
                                                       "EXCEPTION 'no; way'; END; $$ LANGUAGE plpgsql;\nSELECT 1;")
                                     << QStringList {
                                            QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE "
                                                           "EXCEPTION 'no; way'; END; $$ LANGUAGE plpgsql"),
                                            QStringLiteral("SELECT 1")};
        QTest::newRow("tagged dollar body") << QStringLiteral("DO $body$ BEGIN PERFORM 1; END $body$;")
                                            << QStringList {QStringLiteral("DO $body$ BEGIN PERFORM 1; END $body$")};
        QTest::newRow("sqlite trigger") << QStringLiteral(
            "CREATE TRIGGER no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'append only'); END;\nSELECT 1;")
                                        << QStringList {
                                               QStringLiteral("CREATE TRIGGER no_update BEFORE UPDATE ON audit BEGIN "
                                                              "SELECT RAISE(ABORT, 'append only'); END"),
                                               QStringLiteral("SELECT 1")};
        QTest::newRow("trigger with case")
            << QStringLiteral(
                   "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = CASE WHEN 1 THEN 2 END; SELECT 3; END;")
            << QStringList {QStringLiteral(
                   "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = CASE WHEN 1 THEN 2 END; SELECT 3; END")};
        QTest::newRow("empty statements dropped")
            << QStringLiteral(";;\n ; SELECT 1;;") << QStringList {QStringLiteral("SELECT 1")};
        QTest::newRow("identifier containing end")
            << QStringLiteral("CREATE TABLE appendix (endpoint TEXT);SELECT 1;")
            << QStringList {QStringLiteral("CREATE TABLE appendix (endpoint TEXT)"), QStringLiteral("SELECT 1")};
        QTest::newRow("unterminated string")
            << QStringLiteral("SELECT 'oops;") << QStringList {QStringLiteral("SELECT 'oops;")};
    }

    void splits()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, statements);
        QCOMPARE(splitSqlStatements(sql), statements);
    }
};

KASSA_TEST_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
