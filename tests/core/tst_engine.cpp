#include "AnvilNode.h"
#include "TestSupport.h"
#include "engine/ChainManager.h"
#include "engine/Engine.h"
#include "engine/OrdersService.h"
#include "engine/Storefront.h"
#include "engine/WalletsService.h"
#include "payments/ReceiveAddressSource.h"
#include "store/Migrations.h"

#include <QFile>
#include <QSignalSpy>

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
