#include "AnvilNode.h"
#include "api/ApiKeys.h"
#include "TestSupport.h"
#include "engine/AuditService.h"
#include "engine/ChainManager.h"
#include "engine/Engine.h"
#include "engine/OperatorsOwnerSetup.h"
#include "engine/OperatorsService.h"
#include "engine/OrdersService.h"
#include "engine/OwnerSetup.h"
#include "engine/PayoutRates.h"
#include "engine/PayoutsService.h"
#include "engine/Storefront.h"
#include "engine/WalletsService.h"
#include "keys/EncryptedFileStore.h"
#include "operators/Totp.h"
#include "payments/ReceiveAddressSource.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace kassa;

namespace {
struct Fixture {
    test::TempProfile tmp;
    std::unique_ptr<engine::Engine> engine;

    explicit Fixture(const QByteArray &config = {})
    {
        if (!config.isEmpty()) {
            QFile f(tmp.file(QStringLiteral("kassa.conf")));
            if (f.open(QIODevice::WriteOnly))
                f.write(config);
        }
        auto profile = Profile::open(tmp.path());
        auto loaded = Config::load(profile->configPath());
        engine = std::make_unique<engine::Engine>(profile.value(), loaded.value());
    }
};
template<typename T>
T waitFor(std::optional<T> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 30000))
        qFatal("no answer");
    return *slot;
}

const QString kToken = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
const QString kDest = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOffTheCallingThread()
    {
        Fixture f;
        QCOMPARE(f.engine->info().state, engine::EngineState::Starting);
        QCOMPARE(f.engine->info().profileDirectory, f.tmp.path());
        QSignalSpy spy(f.engine.get(), &engine::ConsoleService::infoChanged);
        f.engine->start();
        QCOMPARE(spy.count(), 0); // nothing happens synchronously
        QTRY_COMPARE(spy.count(), 1);
        const engine::EngineInfo info = f.engine->info();
        QCOMPARE(info.state, engine::EngineState::Ready);
        QCOMPARE(info.schemaVersion, int(store::Migrator::builtin().size()));
        QCOMPARE(info.databaseDisplay, QStringLiteral("sqlite:") + f.tmp.file(QStringLiteral("kassa.sqlite")));
        QVERIFY(f.engine->database() != nullptr);
        QVERIFY(f.engine->chainStatuses().isEmpty());
    }

    void reportsABadDatabaseSetting()
    {
        Fixture f("[database]\nurl=mysql://nope/db\n");
        QSignalSpy spy(f.engine.get(), &engine::ConsoleService::infoChanged);
        f.engine->start();
        QTRY_COMPARE(spy.count(), 1);
        const engine::EngineInfo info = f.engine->info();
        QCOMPARE(info.state, engine::EngineState::Failed);
        QCOMPARE(info.error.code, ErrorCode::Config);
        QVERIFY(!info.error.userMessage.isEmpty());
        QVERIFY(f.engine->database() == nullptr);
    }

    void blockingStartForTheCli()
    {
        Fixture f;
        KASSA_VERIFY_OK(f.engine->startBlocking());
        QCOMPARE(f.engine->info().state, engine::EngineState::Ready);
    }

    void languageSettingIsSavedAndApplied()
    {
        Fixture f;
        QCOMPARE(f.engine->languageSetting(), QStringLiteral("system"));
        KASSA_VERIFY_OK(f.engine->setLanguageSetting(QStringLiteral("nl")));
        QCOMPARE(f.engine->languageSetting(), QStringLiteral("nl"));
        QCOMPARE(QCoreApplication::translate("kassa::ui::MainWindow", "Orders"), QStringLiteral("Bestellingen"));
        QVERIFY(!f.engine->setLanguageSetting(QStringLiteral("tlh")).ok());
        QCOMPARE(f.engine->languageSetting(), QStringLiteral("nl"));
        auto reloaded = Config::load(f.tmp.file(QStringLiteral("kassa.conf")));
        QCOMPARE(reloaded->language(), QStringLiteral("nl"));
        QCOMPARE(f.engine->applyLanguage(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(f.engine->languageSetting(), QStringLiteral("nl")); // an override is not saved
    }

    void watchesTheEnabledChainsAndStopsCleanly()
    {
        test::AnvilNode anvil;
        KASSA_VERIFY_OK(anvil.start());
        auto token = anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        Fixture f(QStringLiteral("[chain.local]\nenabled=true\nhttp=%1\nws=%2\ntokens=USDT:%3:6\npoll_ms=200\n")
                      .arg(anvil.httpUrl().toString(), anvil.wsUrl().toString(), token.value())
                      .toUtf8());
        QSignalSpy chains(f.engine.get(), &engine::ConsoleService::chainStatusesChanged);
        f.engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->chains() != nullptr, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !f.engine->chainStatuses().isEmpty() && f.engine->chainStatuses().first().connected, 15000);
        QVERIFY(!chains.isEmpty());
        QCOMPARE(f.engine->chainStatuses().first().chainId, QStringLiteral("local"));
        QCOMPARE(f.engine->chainSettings().last().id, QStringLiteral("local"));

        // Orders and wallets reach the watched set through the engine.
        QVERIFY(f.engine->chains()->watchAddress(chain::ChainFamily::Evm,
            QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), QStringLiteral("Till")));
        QSignalSpy pending(f.engine.get(), &engine::ConsoleService::pendingTransferChanged);
        KASSA_VERIFY_OK(anvil.mint(
            token.value(), QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), QStringLiteral("2500000")));
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->pendingTransfers().size(), 1, 10000);
        QCOMPARE(f.engine->pendingTransfers().first().amount, QStringLiteral("2.5"));
        QVERIFY(!pending.isEmpty());

        // Saving a disabled chain stops its watcher and writes kassa.conf.
        chain::ChainSettings local = f.engine->chainSettings().last();
        local.enabled = false;
        KASSA_VERIFY_OK(f.engine->saveChainSettings(local));
        QVERIFY(f.engine->chainStatuses().isEmpty());
        QVERIFY(!Config::load(f.tmp.file(QStringLiteral("kassa.conf")))->chain(QStringLiteral("local"))->enabled);
        local.confirmations = 0;
        QVERIFY(!f.engine->saveChainSettings(local).ok());
        f.engine.reset(); // joins the watcher threads, closes the database
    }

    void operatorsAndPayoutsFailCleanlyUntilTheDatabaseOpens()
    {
        Fixture f("[chain.local]\nenabled=true\ntokens=USDT:" + kToken.toUtf8() + ":6\n");
        QVERIFY(f.engine->operators() != nullptr);
        QVERIFY(f.engine->payouts() != nullptr);
        std::optional<Result<int>> count;
        f.engine->operators()->count(this, [&](Result<int> r) { count = r; });
        QVERIFY(!waitFor(count).ok());
        QVERIFY(count->error().userMessage.contains(QStringLiteral("database")));
        std::optional<Result<engine::PayoutsService::PolicyState>> policy;
        f.engine->payouts()->policy(this, [&](auto r) { policy = r; });
        QVERIFY(!waitFor(policy).ok());

        KASSA_VERIFY_OK(f.engine->startBlocking());
        count.reset();
        f.engine->operators()->count(this, [&](Result<int> r) { count = r; });
        QCOMPARE(waitFor(count).value(), 0);
        policy.reset();
        f.engine->payouts()->policy(this, [&](auto r) { policy = r; });
        QCOMPARE(waitFor(policy).value().current.fiat, QStringLiteral("USD"));
        // The enabled chain's token is what payouts can be made in.
        const auto assets = f.engine->payouts()->assets();
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first().chain, QStringLiteral("local"));
        QCOMPARE(assets.first().asset.symbol, QStringLiteral("USDT"));
    }

    void theWizardsOwnerIsARealOperator()
    {
        Fixture f("[chain.local]\nenabled=true\ntokens=USDT:" + kToken.toUtf8() + ":6\n");
        engine::OwnerSetup *setup = f.engine->ownerSetup();
        QVERIFY(setup);
        KASSA_VERIFY_OK(f.engine->startBlocking());
        QTRY_VERIFY(!setup->hasOwner()); // read from the database
        QCOMPARE(setup->minimumPasswordLength(), 10);

        std::optional<Result<void>> created;
        setup->createOwner(QStringLiteral("Olga Berg"), QStringLiteral("owner password"), this, [&](auto r) { created = r; });
        KASSA_VERIFY_OK(waitFor(created));
        QVERIFY(setup->hasOwner());
        QCOMPARE(setup->ownerLogin(), QStringLiteral("olga.berg"));

        // The same account signs in to the console, with every role.
        std::optional<Result<operators::OperatorInfo>> who;
        f.engine->operators()->verify(QStringLiteral("olga.berg"), QStringLiteral("owner password"), {},
            engine::OperatorsService::Purpose::Unlock, this, [&](auto r) { who = r; });
        KASSA_VERIFY_OK(waitFor(who));
        QCOMPARE(who->value().displayName, QStringLiteral("Olga Berg"));
        QVERIFY(who->value().has(operators::Role::Owner));

        // Revealing recovery words checks that password, and a wrong one is refused.
        std::optional<Result<void>> checked;
        setup->verifyOwnerPassword(QStringLiteral("owner password"), {}, this, [&](auto r) { checked = r; });
        KASSA_VERIFY_OK(waitFor(checked));
        checked.reset();
        setup->verifyOwnerPassword(QStringLiteral("wrong password"), {}, this, [&](auto r) { checked = r; });
        QVERIFY(!waitFor(checked).ok());
        QCOMPARE(engine::authFailureOf(checked->error()), engine::AuthFailure::WrongCredentials);

        // A signed-in operator without the Owner role cannot reveal words.
        std::optional<Result<operators::OperatorInfo>> clerk;
        f.engine->operators()->add(who->value().id, {QStringLiteral("carl"), QStringLiteral("Carl"),
            QStringLiteral("clerk password"), int(operators::Role::Clerk)}, this, [&](auto r) { clerk = r; });
        KASSA_VERIFY_OK(waitFor(clerk));
        // The engine's audit entries name whoever is signed in.
        auto *owners = static_cast<engine::OperatorsOwnerSetup *>(setup);
        QCOMPARE(f.engine->actor().kind, audit::Actor::Kind::System);
        setup->setSignedIn(who->value());
        QCOMPARE(f.engine->actor().kind, audit::Actor::Kind::Operator);
        QCOMPARE(f.engine->actor().id, who->value().id);
        QCOMPARE(owners->actor().name, QStringLiteral("Olga Berg"));
        // An export of the audit log is itself recorded, under Olga's name.
        std::optional<Result<qint64>> exported;
        f.engine->audit()->exportCsv({}, f.tmp.file(QStringLiteral("audit.csv")), this, [&](auto r) { exported = r; });
        KASSA_VERIFY_OK(waitFor(exported));
        audit::AuditFilter byOlga;
        byOlga.actorId = who->value().id;
        byOlga.actionPrefix = QStringLiteral("audit.");
        std::optional<Result<QList<audit::AuditEntry>>> entries;
        f.engine->audit()->query(byOlga, this, [&](auto r) { entries = r; });
        QVERIFY(!waitFor(entries).value().isEmpty());
        QCOMPARE(entries->value().first().actor.name, QStringLiteral("Olga Berg"));
        setup->setSignedIn(clerk->value());
        checked.reset();
        setup->verifyOwnerPassword(QStringLiteral("clerk password"), {}, this, [&](auto r) { checked = r; });
        QVERIFY(!waitFor(checked).ok());
        QVERIFY(checked->error().message.contains(QStringLiteral("not an owner")));
        // A second owner cannot be made through the wizard.
        created.reset();
        setup->createOwner(QStringLiteral("Eve"), QStringLiteral("another password"), this, [&](auto r) { created = r; });
        QVERIFY(!waitFor(created).ok());

        QCOMPARE(engine::OperatorsOwnerSetup::loginFor(QStringLiteral("王芳")), QStringLiteral("owner"));
        QCOMPARE(engine::OperatorsOwnerSetup::loginFor(QStringLiteral("  Zoë d'Arc ")), QStringLiteral("zoe.darc"));
    }

    void anOwnerWithTotpNeedsTheCodeToRevealWords()
    {
        Fixture f;
        engine::OwnerSetup *setup = f.engine->ownerSetup();
        KASSA_VERIFY_OK(f.engine->startBlocking());
        std::optional<Result<void>> created;
        setup->createOwner(QStringLiteral("Olga Berg"), QStringLiteral("owner password"), this, [&](auto r) { created = r; });
        KASSA_VERIFY_OK(waitFor(created));
        std::optional<Result<operators::OperatorInfo>> who;
        f.engine->operators()->verify(QStringLiteral("olga.berg"), QStringLiteral("owner password"), {},
            engine::OperatorsService::Purpose::Unlock, this, [&](auto r) { who = r; });
        KASSA_VERIFY_OK(waitFor(who));
        const QString id = who->value().id;

        // Olga turns on TOTP.
        std::optional<Result<engine::OperatorsService::TotpEnrolment>> enrol;
        f.engine->operators()->beginTotpEnrolment(id, this, [&](auto r) { enrol = r; });
        KASSA_VERIFY_OK(waitFor(enrol));
        const auto secret = operators::Totp::fromBase32(enrol->value().secretBase32);
        KASSA_VERIFY_OK(secret);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        std::optional<Result<void>> confirmed;
        f.engine->operators()->confirmTotpEnrolment(id, enrol->value().token,
            operators::Totp::code(*secret, now).value(), this, [&](auto r) { confirmed = r; });
        KASSA_VERIFY_OK(waitFor(confirmed));
        operators::OperatorInfo olga = who->value();
        olga.totpEnrolled = true; // as the list reads it now
        setup->setSignedIn(olga);
        QVERIFY(setup->signedInUsesTotp());

        auto check = [&](const QString &code) {
            std::optional<Result<void>> checked;
            setup->verifyOwnerPassword(QStringLiteral("owner password"), code, this, [&](auto r) { checked = r; });
            return waitFor(checked);
        };
        // The password alone, or with a wrong code, does not reveal the words.
        Result<void> noCode = check({});
        QVERIFY(!noCode.ok());
        QCOMPARE(engine::authFailureOf(noCode.error()), engine::AuthFailure::TotpRequired);
        Result<void> wrong = check(operators::Totp::code(*secret, now + 10 * operators::Totp::StepSeconds).value());
        QVERIFY(!wrong.ok());
        QCOMPARE(engine::authFailureOf(wrong.error()), engine::AuthFailure::WrongTotp);
        // The right code does (the next step: the enrolment's code is not accepted twice).
        KASSA_VERIFY_OK(check(operators::Totp::code(*secret, now + operators::Totp::StepSeconds).value()));
        // Before anyone signed in, the only owner's code is checked the same way.
        setup->setSignedIn({});
        QVERIFY(!setup->signedInUsesTotp());
        QCOMPARE(engine::authFailureOf(check({}).error()), engine::AuthFailure::TotpRequired);
    }

    void payoutsAreValuedAtTheStoredRate()
    {
        Fixture f("[chain.local]\nenabled=true\ntokens=USDT:" + kToken.toUtf8() + ":6\n");
        KASSA_VERIFY_OK(f.engine->startBlocking());
        const auto usdt = money::Amount::parse(QStringLiteral("250"), money::Asset::usdt6()).value();
        QVERIFY(!f.engine->payouts()->valuation(usdt).ok()); // no rate yet
        QVERIFY(f.engine->payouts()->valuation(usdt).error().hint.contains(QStringLiteral("kassa-cli orders rate")));
        KASSA_VERIFY_OK(f.engine->database()->writeAndWait([](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO exchange_rates (fiat, asset, rate, source, observed_ms) VALUES (?, ?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(QStringLiteral("USD")), QVariant(QStringLiteral("USDT")),
                     QVariant(QStringLiteral("0.9995")), QVariant(QStringLiteral("manual")),
                     QVariant(QDateTime::currentMSecsSinceEpoch())})
                q.addBindValue(v);
            if (!q.exec())
                return makeError(ErrorCode::Database, q.lastError().text(), {});
            return {};
        }));
        KASSA_VERIFY_OK(f.engine->payoutRates()->refreshBlocking(*f.engine->database()));
        auto valued = f.engine->payouts()->valuation(usdt);
        KASSA_VERIFY_OK(valued);
        QCOMPARE(valued->value.toString(), QStringLiteral("249.88")); // 249.875, rounded up
        QCOMPARE(valued->rate, QStringLiteral("0.9995"));

        // A request by the owner lands in the engine's database, valued so.
        std::optional<Result<void>> created;
        f.engine->ownerSetup()->createOwner(QStringLiteral("Olga"), QStringLiteral("owner password"), this, [&](auto r) { created = r; });
        KASSA_VERIFY_OK(waitFor(created));
        std::optional<Result<QList<operators::OperatorInfo>>> ops;
        f.engine->operators()->list(this, [&](auto r) { ops = r; });
        const QString ownerId = waitFor(ops).value().first().id;
        std::optional<Result<payouts::PayoutRequest>> made;
        f.engine->payouts()->request(ownerId, {QStringLiteral("local"), kToken, usdt, kDest, QStringLiteral("refund"), {}},
            this, [&](auto r) { made = r; });
        KASSA_VERIFY_OK(waitFor(made));
        QCOMPARE(made->value().fiat.value.toString(), QStringLiteral("249.88"));
        std::optional<Result<QList<engine::PayoutRow>>> rows;
        f.engine->payouts()->list(ownerId, this, [&](auto r) { rows = r; });
        QCOMPARE(waitFor(rows).value().size(), 1);
    }

    void theListenerTakesPayoutRequests()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Fixture f("[chain.local]\nenabled=true\ntokens=USDT:" + kToken.toUtf8()
            + ":6\n[payments]\nchain=local\nfiat=USD\n[api]\nenabled=true\nport=" + QByteArray::number(port) + "\n");
        KASSA_VERIFY_OK(f.engine->startBlocking());
        QString key;
        KASSA_VERIFY_OK(f.engine->database()->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO exchange_rates (fiat, asset, rate, source, observed_ms) VALUES (?, ?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(QStringLiteral("USD")), QVariant(QStringLiteral("USDT")),
                     QVariant(QStringLiteral("1")), QVariant(QStringLiteral("manual")),
                     QVariant(QDateTime::currentMSecsSinceEpoch())})
                q.addBindValue(v);
            if (!q.exec())
                return makeError(ErrorCode::Database, q.lastError().text(), {});
            auto made = api::ApiKeys::create(c, QStringLiteral("erp"), {QStringLiteral("payouts:request")},
                audit::Actor::system(), QDateTime::currentMSecsSinceEpoch());
            if (!made.ok())
                return made.error();
            key = made->second;
            return {};
        }));
        KASSA_VERIFY_OK(f.engine->payoutRates()->refreshBlocking(*f.engine->database()));
        KASSA_VERIFY_OK(f.engine->startStorefront("token"));
        QCOMPARE(f.engine->storefront()->apiPort(), port);

        QNetworkAccessManager http;
        const auto post = [&](const QByteArray &body) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/payouts").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
            QNetworkReply *reply = http.post(request, body);
            QElapsedTimer timer;
            timer.start();
            while (!reply->isFinished() && timer.elapsed() < 10000)
                QTest::qWait(10);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return std::pair {status, o};
        };
        const QByteArray body = "{\"chain\":\"local\",\"asset\":\"USDT\",\"amount\":\"12.5\",\"destination\":\""
            + kDest.toLatin1() + "\",\"reason\":\"refund\",\"reference\":\"INV-7\"}";
        const auto [status, created] = post(body);
        QCOMPARE(status, 201);
        QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
        QCOMPARE(created.value(QStringLiteral("amount")).toString(), QStringLiteral("12.5"));
        // An asset no chain pays out is still refused.
        QByteArray other = body;
        other.replace("\"USDT\"", "\"USDC\"");
        const auto [refusedStatus, refused] = post(other);
        QCOMPARE(refusedStatus, 400);
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("unsupported_asset"));
    }

    void theKeyStoreReachesTheChainSide()
    {
        Fixture f("[keys]\nstore=file\n");
        auto *file = dynamic_cast<keys::EncryptedFileStore *>(f.engine->keyStore());
        QVERIFY(file);
        std::optional<Result<void>> made;
        file->create(QStringLiteral("file passphrase"), this, [&](auto r) { made = r; });
        KASSA_VERIFY_OK(waitFor(made));
        KASSA_VERIFY_OK(f.engine->startBlocking());
        QCOMPARE(f.engine->chains()->keyStore(), f.engine->keyStore());

        // Tron's API key goes to that store, never into kassa.conf.
        chain::ChainSettings tron;
        for (const auto &c : f.engine->chainSettings()) {
            if (c.id == QLatin1String("tron"))
                tron = c;
        }
        tron.apiKey = QStringLiteral("3f1c0d5e-9a5b-4c51-8f0e-2b7a6d4c9e11");
        KASSA_VERIFY_OK(f.engine->saveChainSettings(tron));
        QByteArray stored;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            std::optional<bool> read;
            f.engine->keyStore()->read(engine::ChainManager::apiKeyId(QStringLiteral("tron")), this,
                [&](Result<crypto::SecureBytes> r) {
                    if (r.ok())
                        stored = r.value().view().toByteArray();
                    read = r.ok();
                });
            return waitFor(read);
        }()), 10000);
        QCOMPARE(stored, tron.apiKey.toUtf8());
        QFile conf(f.tmp.file(QStringLiteral("kassa.conf")));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains("3f1c0d5e"));
    }

    void ordersFailCleanlyUntilTheDatabaseOpens()
    {
        Fixture f;
        engine::OrdersService *orders = f.engine->orders();
        QVERIFY(orders != nullptr);
        QVERIFY(f.engine->storefront() == nullptr);
        std::optional<Result<QList<payments::Order>>> early;
        orders->orders({}, this, [&](Result<QList<payments::Order>> r) { early = std::move(r); });
        QTRY_VERIFY(early.has_value());
        QVERIFY(!early->ok());
        QCOMPARE(early->error().code, ErrorCode::Database);
        QVERIFY(!early->error().userMessage.isEmpty());

        QSignalSpy ready(orders, &engine::OrdersService::ready);
        f.engine->start();
        QTRY_COMPARE(f.engine->info().state, engine::EngineState::Ready);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(f.engine->orders(), orders); // the same object the console holds
        QVERIFY(f.engine->storefront() != nullptr);
        QCOMPARE(f.engine->storefront()->orders(), orders);
        std::optional<Result<qint64>> count;
        orders->countOrders({}, this, [&](Result<qint64> r) { count = std::move(r); });
        QTRY_VERIFY(count.has_value());
        KASSA_VERIFY_OK(*count);
        QCOMPARE(count->value(), 0);
    }

    void ordersArePaidToTheReceivingWallets()
    {
        const QString configured = QStringLiteral("0x1111111111111111111111111111111111111111");
        Fixture f(QStringLiteral("[payments]\naddresses.ethereum=%1\n").arg(configured).toUtf8());
        KASSA_VERIFY_OK(f.engine->startBlocking());
        KASSA_VERIFY_OK(f.engine->startStorefront("token"));
        payments::ReceiveAddressSource *source = f.engine->receiveAddresses();
        QVERIFY(source != nullptr);
        // No wallet yet: the configured addresses.
        QCOMPARE(source->sharedAddresses(QStringLiteral("ethereum"), QStringLiteral("USDT")), QStringList {configured});
        QVERIFY(source->sharedAddresses(QStringLiteral("tron"), QStringLiteral("USDT")).isEmpty());

        const auto add = [&](wallets::WalletRole role, const QString &address) {
            engine::NewWallet draft;
            draft.label = QStringLiteral("Till");
            draft.kind = wallets::WalletKind::Addresses;
            draft.role = role;
            draft.families = {chain::ChainFamily::Evm};
            draft.addresses = {address};
            std::optional<Result<QList<wallets::WalletRecord>>> made;
            f.engine->wallets()->create(draft, this, [&](auto r) { made = std::move(r); });
            QTRY_VERIFY(made.has_value());
            KASSA_VERIFY_OK(*made);
        };
        const QString cold = QStringLiteral("0x3333333333333333333333333333333333333333");
        add(wallets::WalletRole::Cold, cold);
        // A cold wallet is never a place to ask customers to pay.
        QCOMPARE(source->sharedAddresses(QStringLiteral("ethereum"), QStringLiteral("USDT")), QStringList {configured});
        const QString till = QStringLiteral("0x2222222222222222222222222222222222222222");
        add(wallets::WalletRole::Receiving, till);
        // The receiving wallet replaces the fallback on every EVM chain.
        QCOMPARE(source->sharedAddresses(QStringLiteral("ethereum"), QStringLiteral("USDT")), QStringList {till});
        QCOMPARE(source->sharedAddresses(QStringLiteral("bsc"), QStringLiteral("USDT")), QStringList {till});
        QVERIFY(source->sharedAddresses(QStringLiteral("tron"), QStringLiteral("USDT")).isEmpty());
    }

    void theCliDoesNotWatchChains()
    {
        Fixture f("[chain.local]\nenabled=true\ntokens=USDT:0x5FbDB2315678afecb367f032d93F642f64180aa3:6\n");
        KASSA_VERIFY_OK(f.engine->startBlocking());
        QVERIFY(f.engine->chainStatuses().isEmpty());
        QVERIFY(f.engine->chains() != nullptr);
        QVERIFY(!f.engine->chains()->isRunning());
    }
};

KASSA_TEST_MAIN(TestEngine)
#include "tst_engine.moc"
