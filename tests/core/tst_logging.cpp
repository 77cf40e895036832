#include "TestSupport.h"
#include "base/Log.h"
#include "profile/Logging.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace kassa;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { logging::uninstall(); }

    void writesTimestampedLinesWithCategory()
    {
        test::TempProfile tmp;
        logging::install({tmp.path(), Config::LogLevel::Info, 1024 * 1024, 3, {}, false});
        QCOMPARE(logging::currentFile(), tmp.file(QStringLiteral("kassa.log")));
        qCInfo(lcStore) << "hello from the store";
        qCDebug(lcStore) << "debug is filtered at info level";
        const QByteArray text = readAll(logging::currentFile());
        QVERIFY2(text.contains("INFO kassa.store: hello from the store"), text.constData());
        QVERIFY(!text.contains("debug is filtered"));
        QVERIFY(text.startsWith("20")); // ISO date
        QVERIFY(!(QFile::permissions(logging::currentFile()) & QFileDevice::ReadOther));
    }

    void levelsAndRules()
    {
        test::TempProfile tmp;
        logging::install({tmp.path(), Config::LogLevel::Warning, 1024 * 1024, 3, {}, false});
        qCInfo(lcApp) << "info hidden";
        qCWarning(lcApp) << "warning shown";
        QByteArray text = readAll(logging::currentFile());
        QVERIFY(!text.contains("info hidden"));
        QVERIFY(text.contains("WARN kassa.app: warning shown"));

        logging::install(
            {tmp.path(), Config::LogLevel::Info, 1024 * 1024, 3, QStringLiteral("kassa.store.debug=true"), false});
        qCDebug(lcStore) << "store debug on";
        qCDebug(lcApp) << "app debug off";
        text = readAll(logging::currentFile());
        QVERIFY(text.contains("store debug on"));
        QVERIFY(!text.contains("app debug off"));
    }

    void rotatesAndKeepsAFixedNumberOfFiles()
    {
        test::TempProfile tmp;
        logging::install({tmp.path(), Config::LogLevel::Info, 64 * 1024, 3, {}, false});
        const QString line(200, QLatin1Char('x'));
        for (int i = 0; i < 2000; ++i)
            qCInfo(lcApp).noquote() << i << line;
        const QStringList files = QDir(tmp.path()).entryList({QStringLiteral("kassa.log*")}, QDir::Files, QDir::Name);
        QCOMPARE(files,
            QStringList({QStringLiteral("kassa.log"), QStringLiteral("kassa.log.1"), QStringLiteral("kassa.log.2")}));
        for (const QString &f : files)
            QVERIFY(QFileInfo(tmp.file(f)).size() <= 64 * 1024);
        // The newest line is in the current file, older ones rotated.
        QVERIFY(readAll(tmp.file(QStringLiteral("kassa.log"))).contains("1999 xxx"));
        QVERIFY(!readAll(tmp.file(QStringLiteral("kassa.log"))).contains(" 0 xxx"));
    }

    void redactsCredentials_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("url password") << QStringLiteral("connect postgresql://kassa:hunter2@db:5432/x failed")
                                      << QStringLiteral("hunter2");
        QTest::newRow("password=") << QStringLiteral("login with password=hunter2 refused")
                                   << QStringLiteral("hunter2");
        QTest::newRow("passphrase:") << QStringLiteral("passphrase: correct-horse") << QStringLiteral("correct-horse");
        QTest::newRow("api key") << QStringLiteral("api_key=k_live_123 rejected") << QStringLiteral("k_live_123");
        QTest::newRow("token") << QStringLiteral("Token=abc.def") << QStringLiteral("abc.def");
        QTest::newRow("prefixed api key") << QStringLiteral("trongrid_api_key=0a1b-2c3d") << QStringLiteral("0a1b-2c3d");
        QTest::newRow("trongrid header") << QStringLiteral("TRON-PRO-API-KEY: 0a1b-2c3d") << QStringLiteral("0a1b-2c3d");
        QTest::newRow("access token") << QStringLiteral("access_token=xyz789") << QStringLiteral("xyz789");
    }

    void redactsCredentials()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString redacted = logging::redact(input);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(QStringLiteral("***")));

        test::TempProfile tmp;
        logging::install({tmp.path(), Config::LogLevel::Info, 1024 * 1024, 3, {}, false});
        qCInfo(lcApp).noquote() << input;
        QVERIFY(!readAll(logging::currentFile()).contains(secret.toUtf8()));
    }

    void leavesOrdinaryTextAlone()
    {
        const QString text = QStringLiteral(
            "order 42 paid: 13.92 USDT to TNEns8t9jbWENbStkQdVQtHMGpbsYsQjZK at https://shop.example/cb");
        QCOMPARE(logging::redact(text), text);
    }
};

KASSA_TEST_MAIN(TestLogging)
#include "tst_logging.moc"
