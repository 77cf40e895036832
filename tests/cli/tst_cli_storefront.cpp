// kassa-cli serve, orders and apikey as a person (or a script) runs them:
// rates, keys shown once and never listed, reasons required, a token file
// readable by others refused, and serve stopping cleanly on SIGTERM.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>

using namespace kassa;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QString cli()
{
    return test::binaryDir() + QStringLiteral("/app/kassa-cli");
}

Run run(const QStringList &args)
{
    QProcess p;
    p.start(cli(), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliStorefront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersAndKeys()
    {
        test::TempProfile profile;
        const QStringList base {QStringLiteral("--profile"), profile.path()};
        Run r = run(base
            + QStringList {
                QStringLiteral("orders"), QStringLiteral("rate"), QStringLiteral("CNY"), QStringLiteral("7.2345")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("7.2345")));
        r = run(base
            + QStringList {
                QStringLiteral("orders"), QStringLiteral("rate"), QStringLiteral("CNY"), QStringLiteral("7,2")});
        QCOMPARE(r.code, 1);
        r = run(base + QStringList {QStringLiteral("orders"), QStringLiteral("mark-paid"), QStringLiteral("123")});
        QCOMPARE(r.code, 2);
        r = run(base + QStringList {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.simplified(), QStringLiteral("[ ]"));

        r = run(base
            + QStringList {QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("shop"),
                QStringLiteral("--scope"), QStringLiteral("orders")});
        QCOMPARE(r.code, 0);
        const QString key = r.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
        QVERIFY2(key.startsWith(QStringLiteral("kassa_")) && key.size() == 58, qPrintable(r.out));
        const QString id = key.mid(6, 8);
        r = run(base + QStringList {QStringLiteral("apikey"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(id));
        QVERIFY(!r.out.contains(key));
        r = run(base
            + QStringList {QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("x"),
                QStringLiteral("--scope"), QStringLiteral("root")});
        QCOMPARE(r.code, 1);
        r = run(base + QStringList {QStringLiteral("apikey"), QStringLiteral("revoke"), id});
        QCOMPARE(r.code, 0);
        r = run(base + QStringList {QStringLiteral("apikey"), QStringLiteral("revoke"), id});
        QCOMPARE(r.code, 1);
    }

    void apiTokenInTheKeyFile()
    {
        test::TempProfile profile;
        const auto writeSecret = [&](const QString &name, const QByteArray &text) {
            QFile f(profile.file(name));
            f.open(QIODevice::WriteOnly);
            f.write(text);
            f.close();
            QFile::setPermissions(f.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return f.fileName();
        };
        QFile conf(profile.path() + QStringLiteral("/kassa.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[keys]\nstore=file\n");
        conf.close();
        const QString keyPass = writeSecret(QStringLiteral("keypass"), "key file passphrase\n");
        const QStringList base {QStringLiteral("--profile"), profile.path(), QStringLiteral("api-token")};
        const QStringList unlock {QStringLiteral("--key-passphrase-file"), keyPass};

        Run r = run(base + QStringList {QStringLiteral("status")});
        QCOMPARE(r.code, 2); // the key file needs its passphrase
        r = run(base + QStringList {QStringLiteral("status")} + unlock);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("not set")), 2);
        r = run(base + QStringList {QStringLiteral("create")} + unlock);
        QCOMPARE(r.code, 0);
        const QString token = r.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
        QVERIFY2(token.size() == 64, qPrintable(r.out));
        r = run(base + QStringList {QStringLiteral("create")} + unlock);
        QCOMPARE(r.code, 1);
        r = run(base + QStringList {QStringLiteral("status")} + unlock);
        QCOMPARE(r.out.count(QStringLiteral("not set")), 1);
        QVERIFY(!r.out.contains(token));
        r = run(base + QStringList {QStringLiteral("rotate")} + unlock);
        QCOMPARE(r.code, 0);
        const QString rotated = r.out.trimmed().split(QLatin1Char('\n')).at(1).trimmed();
        QCOMPARE(rotated.size(), 64);
        QVERIFY(rotated != token);

        const QString mine = writeSecret(QStringLiteral("mine"), "epusdt_password_xasddawqe\n");
        r = run(base + QStringList {QStringLiteral("set"), QStringLiteral("--webhook")} + unlock);
        QCOMPARE(r.code, 2); // set needs --from-file
        QFile::setPermissions(mine, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        r = run(base + QStringList {QStringLiteral("set"), QStringLiteral("--from-file"), mine} + unlock);
        QCOMPARE(r.code, 1);
        QFile::setPermissions(mine, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString shortOne = writeSecret(QStringLiteral("short"), "tooshort\n");
        r = run(base + QStringList {QStringLiteral("set"), QStringLiteral("--from-file"), shortOne} + unlock);
        QCOMPARE(r.code, 1);
        r = run(base
            + QStringList {QStringLiteral("set"), QStringLiteral("--webhook"), QStringLiteral("--from-file"), mine}
            + unlock);
        QCOMPARE(r.code, 0);
        r = run(base + QStringList {QStringLiteral("status")} + unlock);
        QCOMPARE(r.out.count(QStringLiteral("not set")), 0);
        QVERIFY(!r.out.contains(QStringLiteral("epusdt_password")));

        // Nothing of it in the config or the database.
        for (const QString &name : {QStringLiteral("kassa.conf"), QStringLiteral("kassa.sqlite")}) {
            QFile f(profile.path() + QLatin1Char('/') + name);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray all = f.readAll();
                QVERIFY(!all.contains(rotated.toLatin1()));
                QVERIFY(!all.contains("epusdt_password"));
            }
        }
        r = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("audit"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("apikey.secret_set")) + r.out.count(QStringLiteral("webhook secret set")),
            3);

        // serve reads them from the key file.
        QProcess serve;
        serve.start(cli(), QStringList {QStringLiteral("--profile"), profile.path(), QStringLiteral("serve")} + unlock);
        QVERIFY(serve.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += serve.readAllStandardOutput()).contains("Serving."), 20000);
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(!serve.readAllStandardError().contains("key store"));
        r = run(base + QStringList {QStringLiteral("remove"), QStringLiteral("--webhook")} + unlock);
        QCOMPARE(r.code, 0);
        r = run(base + QStringList {QStringLiteral("status")} + unlock);
        QCOMPARE(r.out.count(QStringLiteral("not set")), 1);
    }

    void serveStopsOnSigterm()
    {
        test::TempProfile profile;
        const QString token = profile.file(QStringLiteral("token"));
        QFile file(token);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret-token\n");
        file.close();
        QFile::setPermissions(token, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        Run r = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("serve"),
            QStringLiteral("--token-file"), token});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("chmod 600")), qPrintable(r.err));
        QFile::setPermissions(token, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcess serve;
        serve.start(cli(),
            {QStringLiteral("--profile"), profile.path(), QStringLiteral("serve"), QStringLiteral("--token-file"),
                token});
        QVERIFY(serve.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += serve.readAllStandardOutput()).contains("Serving."), 20000);
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }
};

KASSA_TEST_MAIN(TestCliStorefront)
#include "tst_cli_storefront.moc"
