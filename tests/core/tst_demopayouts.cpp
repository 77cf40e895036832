// DemoPayouts: a demo profile gets the payout wallet (the dev mnemonic,
// account 0, in the key store), four operators whose passwords are in an
// owner-only file, and the demo policy in its fiat; a second start keeps
// them; a profile with operators of its own gets none, and a real profile
// is refused. Uses the session's Secret Service (with-services.sh).
#include "TestSupport.h"
#include "demo/DemoPayouts.h"
#include "engine/Await.h"
#include "engine/Engine.h"
#include "engine/OperatorsService.h"
#include "engine/WalletsService.h"
#include "payouts/Payouts.h"
#include "profile/Config.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using namespace kassa;

namespace {

std::unique_ptr<engine::Engine> openEngine(const QString &dir, bool demo)
{
    QDir().mkpath(dir);
    QFile conf(dir + QStringLiteral("/kassa.conf"));
    if (!conf.open(QIODevice::WriteOnly))
        return nullptr;
    conf.write(demo ? "[demo]\nenabled=true\n[payments]\nfiat=CNY\n" : "[payments]\nfiat=CNY\n");
    conf.close();
    auto profile = Profile::open(dir);
    auto config = Config::load(profile->configPath());
    if (!profile.ok() || !config.ok())
        return nullptr;
    auto engine = std::make_unique<engine::Engine>(profile.value(), config.value());
    if (!engine->startBlocking().ok())
        return nullptr;
    return engine;
}

QJsonObject readCredentials(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestDemoPayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setsUpWalletOperatorsAndPolicy()
    {
        test::TempProfile tmp;
        const QString dir = tmp.path() + QStringLiteral("/demo");
        auto engine = openEngine(dir, true);
        QVERIFY(engine);
        auto setup = demo::DemoPayouts::setUpBlocking(*engine);
        KASSA_VERIFY_OK(setup);
        QVERIFY(setup->walletCreated);
        QVERIFY(setup->operatorsCreated);
        QCOMPARE(setup->credentialsFile, demo::DemoPayouts::credentialsPath(dir));

        // The payout wallet: HD, EVM, account 0 of the dev mnemonic.
        auto wallets = engine::await<Result<QList<wallets::WalletRecord>>>(
            [&](QObject *ctx, auto done) { engine->wallets()->wallets(ctx, done); });
        KASSA_VERIFY_OK(wallets);
        QCOMPARE(wallets->size(), 1);
        QCOMPARE(wallets->first().role, wallets::WalletRole::Payout);
        QCOMPARE(wallets->first().family, chain::ChainFamily::Evm);
        QCOMPARE(wallets->first().kind, wallets::WalletKind::Hd);
        QCOMPARE(wallets->first().account, 0u);

        // The credentials: owner-only, every demo operator.
        QFile file(setup->credentialsFile);
        QCOMPARE(file.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        const QJsonArray listed = readCredentials(setup->credentialsFile).value(QStringLiteral("operators")).toArray();
        QCOMPARE(listed.size(), 4);
        QHash<QString, QString> passwords;
        for (const auto &v : listed)
            passwords.insert(v.toObject().value(QStringLiteral("login")).toString(),
                v.toObject().value(QStringLiteral("password")).toString());

        // The operators, with their roles; the clerk's password signs in.
        auto ops = engine::await<Result<QList<operators::OperatorInfo>>>(
            [&](QObject *ctx, auto done) { engine->operators()->list(ctx, done); });
        KASSA_VERIFY_OK(ops);
        QCOMPARE(ops->size(), 4);
        QHash<QString, operators::Roles> roles;
        for (const auto &o : ops.value()) {
            QVERIFY(!o.totpEnrolled);
            roles.insert(o.login, o.roles);
        }
        QCOMPARE(roles.value(QLatin1String(demo::DemoPayouts::kOwner)), operators::AllRoles);
        QCOMPARE(roles.value(QLatin1String(demo::DemoPayouts::kClerk)), int(operators::Role::Clerk));
        QCOMPARE(roles.value(QLatin1String(demo::DemoPayouts::kApprover)), int(operators::Role::Approver));
        QCOMPARE(roles.value(QLatin1String(demo::DemoPayouts::kSecondApprover)), int(operators::Role::Approver));
        const QString clerk = QLatin1String(demo::DemoPayouts::kClerk);
        auto signedIn = engine::await<Result<operators::OperatorInfo>>([&](QObject *ctx, auto done) {
            engine->operators()->verify(
                clerk, passwords.value(clerk), QString(), engine::OperatorsService::Purpose::StepUp, ctx, done);
        });
        KASSA_VERIFY_OK(signedIn);
        QCOMPARE(signedIn->login, clerk);

        // The policy, in the demo's fiat.
        auto reader = engine->database()->reader();
        KASSA_VERIFY_OK(reader);
        auto policy = payouts::Payouts::policy(reader.value());
        KASSA_VERIFY_OK(policy);
        QCOMPARE(policy->fiat, QStringLiteral("CNY"));
        QCOMPARE(policy->tier1.toString(), QStringLiteral("1000"));

        // A second start keeps all of it.
        auto again = demo::DemoPayouts::setUpBlocking(*engine);
        KASSA_VERIFY_OK(again);
        QVERIFY(!again->walletCreated);
        QVERIFY(!again->operatorsCreated);
        QCOMPARE(again->credentialsFile, setup->credentialsFile);
        QCOMPARE(readCredentials(setup->credentialsFile).value(QStringLiteral("operators")).toArray(), listed);
    }

    void keepsOperatorsOfItsOwn()
    {
        test::TempProfile tmp;
        const QString dir = tmp.path() + QStringLiteral("/demo");
        auto engine = openEngine(dir, true);
        QVERIFY(engine);
        auto owner = engine::await<Result<operators::OperatorInfo>>([&](QObject *ctx, auto done) {
            engine->operators()->createOwner({QStringLiteral("alice"), QStringLiteral("Alice"),
                                                 QStringLiteral("correct horse battery"), operators::AllRoles},
                ctx, done);
        });
        KASSA_VERIFY_OK(owner);
        auto setup = demo::DemoPayouts::setUpBlocking(*engine);
        KASSA_VERIFY_OK(setup);
        QVERIFY(!setup->operatorsCreated);
        QVERIFY(setup->credentialsFile.isEmpty());
        QVERIFY(!QFile::exists(demo::DemoPayouts::credentialsPath(dir)));
    }

    void refusesARealProfile()
    {
        test::TempProfile tmp;
        auto engine = openEngine(tmp.path() + QStringLiteral("/real"), false);
        QVERIFY(engine);
        QVERIFY(!demo::DemoPayouts::setUpBlocking(*engine).ok());
        QVERIFY(!QFile::exists(demo::DemoPayouts::credentialsPath(tmp.path() + QStringLiteral("/real"))));
    }
};

KASSA_TEST_MAIN(TestDemoPayouts)
#include "tst_demopayouts.moc"
