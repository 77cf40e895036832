// The installed programs as a person (or a script) runs them.
#include "TestSupport.h"
#include "base/Version.h"
#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace kassa;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::binaryDir() + QStringLiteral("/app/") + program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run r = run(QStringLiteral("kassa-cli"), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("kassa-cli ") + QLatin1String(kVersion));
    }

    void guiVersionWorksHeadless()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run r = run(QStringLiteral("kassa"), {QStringLiteral("--version")}, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String(kVersion)), qPrintable(r.out + r.err));
    }

    void helpListsCommands()
    {
        const Run r = run(QStringLiteral("kassa-cli"), {QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("status")));
        QVERIFY(r.out.contains(QStringLiteral("--profile")));
        const Run none = run(QStringLiteral("kassa-cli"), {});
        QCOMPARE(none.code, 2); // no command is a usage error, with the help shown
        QVERIFY(none.out.contains(QStringLiteral("Commands:")));
    }

    void unknownCommandAndOptionAreUsageErrors()
    {
        const Run r = run(QStringLiteral("kassa-cli"), {QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command")));
        QVERIFY(r.err.contains(QStringLiteral("status")));
        const Run bad =
            run(QStringLiteral("kassa-cli"), {QStringLiteral("--no-such-option"), QStringLiteral("status")});
        QCOMPARE(bad.code, 2);
        const Run lang = run(QStringLiteral("kassa-cli"),
            {QStringLiteral("--language"), QStringLiteral("xx"), QStringLiteral("status")});
        QCOMPARE(lang.code, 2);
        QVERIFY(lang.err.contains(QStringLiteral("zh_CN")));
    }

    void statusOpensTheProfile()
    {
        test::TempProfile tmp;
        const Run r =
            run(QStringLiteral("kassa-cli"), {QStringLiteral("--profile"), tmp.path(), QStringLiteral("status")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(tmp.path()));
        const int latest = int(store::Migrator::builtin().size());
        QVERIFY(r.out.contains(QStringLiteral("Database version:  %1").arg(latest)));
        QVERIFY(QFile::exists(tmp.file(QStringLiteral("kassa.sqlite"))));
        QVERIFY(QFile::exists(tmp.file(QStringLiteral("logs/kassa.log"))));

        const Run json = run(QStringLiteral("kassa-cli"),
            {QStringLiteral("--profile"), tmp.path(), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), latest);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("profile")).toString(), tmp.path());
    }

    void globalOptionsMayFollowTheCommand()
    {
        // What a systemd unit writes: `kassa-cli serve --profile /var/lib/kassa`.
        test::TempProfile tmp;
        const Run after = run(QStringLiteral("kassa-cli"),
            {QStringLiteral("status"), QStringLiteral("--profile"), tmp.path(), QStringLiteral("--language=ja")});
        QVERIFY2(after.code == 0, qPrintable(after.err));
        QVERIFY(after.out.contains(tmp.path()));
        QVERIFY2(!after.out.contains(QStringLiteral("Settings file:")), qPrintable(after.out));
        const Run missing = run(QStringLiteral("kassa-cli"), {QStringLiteral("status"), QStringLiteral("--profile")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("--profile")));
    }

    void auditVerifyNamesATamperedEntry()
    {
        test::TempProfile tmp;
        const Run created =
            run(QStringLiteral("kassa-cli"), {QStringLiteral("status"), QStringLiteral("--profile"), tmp.path()});
        QCOMPARE(created.code, 0);
        {
            ManualClock clock;
            auto db = store::Database::open(
                store::DatabaseUrl::sqliteFile(tmp.file(QStringLiteral("kassa.sqlite"))), clock);
            KASSA_VERIFY_OK(db);
            for (int i = 1; i <= 5; ++i) {
                KASSA_VERIFY_OK(db.value()->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
                    audit::AuditEvent e;
                    e.actor = audit::Actor::operatorAccount(QStringLiteral("op-1"), QStringLiteral("Alice"));
                    e.action = QStringLiteral("payout.approve");
                    e.subjectKind = QStringLiteral("payout");
                    e.subjectId = QString::number(i);
                    auto appended = audit::AuditLog::append(c, e, clock.nowMs());
                    if (!appended.ok())
                        return appended.error();
                    return {};
                }));
            }
        }
        const Run intact = run(QStringLiteral("kassa-cli"),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--profile"), tmp.path()});
        QVERIFY2(intact.code == 0, qPrintable(intact.err));
        QVERIFY(intact.out.contains(QStringLiteral("5 entries")));
        const Run listed = run(QStringLiteral("kassa-cli"),
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--profile"), tmp.path(),
                QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 5);

        {
            // Someone with the database file edits entry 3 (after dropping the guard).
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(tmp.file(QStringLiteral("kassa.sqlite")));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET subject_id = '999' WHERE seq = 3")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run tampered = run(QStringLiteral("kassa-cli"),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--profile"), tmp.path()});
        QCOMPARE(tampered.code, 1);
        QVERIFY2(tampered.err.contains(QStringLiteral("entry 3")), qPrintable(tampered.err));
        const Run json = run(QStringLiteral("kassa-cli"),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--profile"),
                tmp.path()});
        QCOMPARE(json.code, 1);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("first_broken_seq")).toInt(), 3);
    }

    void statusReportsABrokenConfig()
    {
        test::TempProfile tmp;
        QFile f(tmp.file(QStringLiteral("kassa.conf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[database]\nurl=postgresql://kassa:pw@127.0.0.1:1/x?connect_timeout=2\n");
        f.close();
        const Run r =
            run(QStringLiteral("kassa-cli"), {QStringLiteral("--profile"), tmp.path(), QStringLiteral("status")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("PostgreSQL")));
        QVERIFY(!r.out.contains(QStringLiteral(":pw@")));
        QVERIFY(!r.err.contains(QStringLiteral(":pw@")));
        QVERIFY(r.out.contains(QStringLiteral("postgresql://kassa:***@127.0.0.1:1/x")));
    }

    void speaksTheChosenLanguage()
    {
        test::TempProfile tmp;
        const Run en =
            run(QStringLiteral("kassa-cli"), {QStringLiteral("--profile"), tmp.path(), QStringLiteral("status")});
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("nl")}) {
            const Run r = run(QStringLiteral("kassa-cli"),
                {QStringLiteral("--language"), language, QStringLiteral("--profile"), tmp.path(),
                    QStringLiteral("status")});
            QCOMPARE(r.code, 0);
            QVERIFY2(
                !r.out.contains(QStringLiteral("Settings file:")), qPrintable(language + QStringLiteral(": ") + r.out));
            QVERIFY(r.out.contains(tmp.path()));
        }
        QVERIFY(en.out.contains(QStringLiteral("Settings file:")));
    }
};

KASSA_TEST_MAIN(TestCli)
#include "tst_cli.moc"
