// kassa-cli payout as an operator runs it: a clerk asks for a payout (the
// password read from standard input, never an argument), the maker cannot
// approve it, an approver sees what will be paid and approves it, a wrong
// password changes nothing, a request can be cancelled with a reason, and
// list/show print what the database holds.
#include "TestSupport.h"
#include "operators/OperatorStore.h"
#include "operators/PasswordHash.h"
#include "payouts/Payouts.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kassa;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

const QString kTo = QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");

Run run(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(test::binaryDir() + QStringLiteral("/app/kassa-cli"), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliPayout : public QObject
{
    Q_OBJECT

private:
    test::TempProfile m_profile;
    QStringList m_base;

    void addOperator(store::Database &db, const char *login, operators::Role role, const char *password)
    {
        operators::StoredOperator op;
        op.info.id = QLatin1String(login) + QStringLiteral("-id");
        op.info.login = QLatin1String(login);
        op.info.displayName = QLatin1String(login);
        op.info.roles = int(role);
        op.passwordHash = operators::PasswordHash::hash(QLatin1String(password), operators::Argon2Params::forTests()).value();
        KASSA_VERIFY_OK(db.writeAndWait([&](QSqlDatabase &c) { return operators::OperatorStore::insert(c, op); }));
    }
    QJsonArray list()
    {
        const Run r = run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("list"), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = {QStringLiteral("--profile"), m_profile.path()};
        // The first command creates the profile and its database.
        const Run first = run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("list")});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(first.out.trimmed(), QString());
        const Run rate = run(m_base + QStringList {QStringLiteral("orders"), QStringLiteral("rate"), QStringLiteral("USD"), QStringLiteral("1")});
        QVERIFY2(rate.code == 0, qPrintable(rate.err));

        auto profile = Profile::open(m_profile.path()).value();
        auto db = store::Database::open(store::DatabaseUrl::sqliteFile(profile.databasePath()), SystemClock::instance()).value();
        addOperator(*db, "olga", operators::Role::Owner, "olga-password-1");
        addOperator(*db, "carl", operators::Role::Clerk, "carl-password-1");
        addOperator(*db, "ann", operators::Role::Approver, "ann-password-1");
        const auto ann = operators::OperatorStore::byLogin(db->reader().value(), QStringLiteral("ann")).value()->info;
        std::optional<Result<payouts::AddressBookEntry>> saved;
        KASSA_VERIFY_OK(db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            saved = payouts::Payouts::saveAddress(c, ann, QStringLiteral("tron"), kTo, QStringLiteral("Supplier"),
                QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000);
            return saved->ok() ? Result<void>() : Result<void>(saved->error());
        }));
    }

    void aClerkAsksAndAnApproverApproves()
    {
        const QStringList request = m_base
            + QStringList {QStringLiteral("payout"), QStringLiteral("request"), QStringLiteral("--operator"), QStringLiteral("carl"),
                QStringLiteral("--chain"), QStringLiteral("tron"), QStringLiteral("--amount"), QStringLiteral("12.50"),
                QStringLiteral("--to"), kTo, QStringLiteral("--reason"), QStringLiteral("supplier refund")};
        // A wrong password stores nothing.
        Run r = run(request, "not-the-password\n");
        QCOMPARE(r.code, 1);
        QCOMPARE(list().size(), 0);

        r = run(request, "carl-password-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("carl-password-1")) && !r.err.contains(QStringLiteral("carl-password-1")));
        QVERIFY2(r.err.contains(QStringLiteral("Password for carl")), qPrintable(r.err));
        QJsonArray all = list();
        QCOMPARE(all.size(), 1);
        const QJsonObject made = all.at(0).toObject();
        const QString id = made.value(QStringLiteral("id")).toString();
        QCOMPARE(made.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
        QCOMPARE(made.value(QStringLiteral("amount")).toString(), QStringLiteral("12.5"));
        QCOMPARE(made.value(QStringLiteral("destination")).toString(), kTo);

        // The maker may not approve; the decision needs the password, typed, not passed.
        const QStringList approveAs = m_base + QStringList {QStringLiteral("payout"), QStringLiteral("approve"), id, QStringLiteral("--operator")};
        r = run(approveAs + QStringList {QStringLiteral("carl")}, "carl-password-1\n");
        QCOMPARE(r.code, 1);
        r = run(approveAs + QStringList {QStringLiteral("ann"), QStringLiteral("--password"), QStringLiteral("ann-password-1")});
        QCOMPARE(r.code, 2);
        r = run(approveAs + QStringList {QStringLiteral("ann")}, "wrong\n");
        QCOMPARE(r.code, 1);
        QCOMPARE(list().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));

        r = run(approveAs + QStringList {QStringLiteral("ann")}, "ann-password-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // What was approved was shown first.
        QVERIFY(r.out.contains(kTo) && r.out.contains(QStringLiteral("12.5")));
        r = run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(shown.value(QStringLiteral("approvals")).toArray().at(0).toObject().value(QStringLiteral("operator")).toString(),
            QStringLiteral("ann"));
    }

    void aRequestIsCancelledWithAReason()
    {
        Run r = run(m_base
                + QStringList {QStringLiteral("payout"), QStringLiteral("request"), QStringLiteral("--operator"), QStringLiteral("carl"),
                    QStringLiteral("--chain"), QStringLiteral("tron"), QStringLiteral("--amount"), QStringLiteral("3"),
                    QStringLiteral("--to"), kTo, QStringLiteral("--reason"), QStringLiteral("typo")},
            "carl-password-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = list().at(0).toObject().value(QStringLiteral("id")).toString();
        const QStringList cancel = m_base + QStringList {QStringLiteral("payout"), QStringLiteral("cancel"), id, QStringLiteral("--operator"), QStringLiteral("carl")};
        QCOMPARE(run(cancel, "carl-password-1\n").code, 2); // no reason
        r = run(cancel + QStringList {QStringLiteral("--reason"), QStringLiteral("wrong amount")}, "carl-password-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }

    void usageErrors()
    {
        QCOMPARE(run(m_base + QStringList {QStringLiteral("payout")}).code, 2);
        QCOMPARE(run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("pay")}).code, 2);
        QCOMPARE(run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("show")}).code, 2);
        QCOMPARE(run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("approve"), QStringLiteral("x")}).code, 2);
        QCOMPARE(run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("show"), QStringLiteral("nope")}).code, 1);
        QCOMPARE(run(m_base + QStringList {QStringLiteral("payout"), QStringLiteral("request"), QStringLiteral("--operator"), QStringLiteral("carl")}).code, 2);
    }
};

KASSA_TEST_MAIN(TestCliPayout)
#include "tst_cli_payout.moc"
