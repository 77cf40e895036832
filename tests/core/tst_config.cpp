#include "TestSupport.h"
#include "profile/Config.h"

#include <QFile>
#include <QFileInfo>

using namespace kassa;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}
} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileGivesDefaultsAndATemplate()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        auto config = Config::load(path);
        KASSA_VERIFY_OK(config);
        QCOMPARE(config->databaseUrl(), QString());
        QCOMPARE(config->language(), QStringLiteral("system"));
        QCOMPARE(config->logLevel(), Config::LogLevel::Info);
        QCOMPARE(config->logMaxFileBytes(), 10 * 1024 * 1024);
        QCOMPARE(config->logFiles(), 5);
        QVERIFY(QFileInfo::exists(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("doc/config.md"));
        QVERIFY(text.contains("[database]"));
        QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
        // The template itself loads to the same defaults.
        auto again = Config::load(path);
        KASSA_VERIFY_OK(again);
        QCOMPARE(again->language(), QStringLiteral("system"));
    }

    void readsEveryKey()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        writeFile(path,
            "[database]\nurl=postgresql://kassa@db.local:6543/shop\n"
            "[ui]\nlanguage=ja\nlock_after_minutes=3\n"
            "[log]\nlevel=debug\nmax_file_kb=128\nfiles=3\nrules=kassa.store.debug=false\n");
        auto config = Config::load(path);
        KASSA_VERIFY_OK(config);
        QCOMPARE(config->databaseUrl(), QStringLiteral("postgresql://kassa@db.local:6543/shop"));
        QCOMPARE(config->language(), QStringLiteral("ja"));
        QCOMPARE(config->lockAfterMinutes(), 3);
        QCOMPARE(config->logLevel(), Config::LogLevel::Debug);
        QCOMPARE(config->logMaxFileBytes(), 128 * 1024);
        QCOMPARE(config->logFiles(), 3);
        QCOMPARE(config->logRules(), QStringLiteral("kassa.store.debug=false"));
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::newRow("language") << QByteArray("[ui]\nlanguage=klingon\n") << QStringLiteral("ui/language");
        QTest::newRow("traditional chinese") << QByteArray("[ui]\nlanguage=zh_TW\n") << QStringLiteral("ui/language");
        QTest::newRow("lock minutes") << QByteArray("[ui]\nlock_after_minutes=-1\n") << QStringLiteral("ui/lock_after_minutes");
        QTest::newRow("lock minutes text") << QByteArray("[ui]\nlock_after_minutes=soon\n") << QStringLiteral("ui/lock_after_minutes");
        QTest::newRow("level") << QByteArray("[log]\nlevel=loud\n") << QStringLiteral("log/level");
        QTest::newRow("size not a number")
            << QByteArray("[log]\nmax_file_kb=lots\n") << QStringLiteral("log/max_file_kb");
        QTest::newRow("size too small") << QByteArray("[log]\nmax_file_kb=1\n") << QStringLiteral("log/max_file_kb");
        QTest::newRow("size negative") << QByteArray("[log]\nmax_file_kb=-5\n") << QStringLiteral("log/max_file_kb");
        QTest::newRow("files zero") << QByteArray("[log]\nfiles=0\n") << QStringLiteral("log/files");
        QTest::newRow("files huge") << QByteArray("[log]\nfiles=100000\n") << QStringLiteral("log/files");
    }

    void rejectsBadValues()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        writeFile(path, content);
        auto config = Config::load(path);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, ErrorCode::Config);
        QVERIFY2(config.error().userMessage.contains(key), qPrintable(config.error().userMessage));
        QVERIFY(config.error().userMessage.contains(path));
        QVERIFY(!config.error().hint.isEmpty());
    }

    void setLanguagePersistsAndValidates()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        auto config = Config::load(path);
        KASSA_VERIFY_OK(config);
        KASSA_VERIFY_OK(config->setLanguage(QStringLiteral("nl")));
        QCOMPARE(config->language(), QStringLiteral("nl"));
        QVERIFY(!config->setLanguage(QStringLiteral("xx")).ok());
        QCOMPARE(config->language(), QStringLiteral("nl"));
        auto reloaded = Config::load(path);
        KASSA_VERIFY_OK(reloaded);
        QCOMPARE(reloaded->language(), QStringLiteral("nl"));
    }
};

KASSA_TEST_MAIN(TestConfig)
#include "tst_config.moc"
