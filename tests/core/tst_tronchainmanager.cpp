// Tron through the engine's ChainManager, against the replay node: the Tron
// plugin runs a TronWatcher on its own thread, its transfers reach the same
// stream and pending list as the EVM ones (exact amount with 6 decimals,
// the address label, confirmations toward the solidified block), leave the
// list when final, and Settings → Chains' check asks the nodes (decimals,
// TronGrid) and names the field that is wrong.
#include "TestSupport.h"
#include "TronReplayNode.h"
#include "engine/ChainManager.h"
#include "keys/KeyStore.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QSignalSpy>

using namespace kassa;
using namespace kassa::engine;
using kassa::test::TronReplayNode;

namespace {

const QString kUsdt = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString kPayer = QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC");
const QString kShop = QStringLiteral("TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K");

std::shared_ptr<store::Database> openDatabase(const test::TempProfile &tmp)
{
    auto db = store::Database::open(store::DatabaseUrl::parse(QString(), tmp.path()).value(), SystemClock::instance());
    if (!db.ok())
        qFatal("database: %s", qPrintable(db.error().message));
    return std::shared_ptr<store::Database>(std::move(db).value().release());
}

chain::ChainSettings tronOn(const TronReplayNode &node, bool grid = false)
{
    chain::ChainSettings s = *chain::ChainSettingsFile::defaults(QStringLiteral("tron"));
    s.enabled = true;
    s.httpEndpoints = {node.url()};
    s.tronGridUrl = grid ? node.url() : QUrl();
    s.apiKey = grid ? QStringLiteral("0123abcd-key") : QString();
    s.pollIntervalMs = 100;
    return s;
}

QList<chain::ChainSettings> with(const chain::ChainSettings &tron)
{
    QList<chain::ChainSettings> chains = chain::ChainSettingsFile::allDefaults();
    for (chain::ChainSettings &s : chains) {
        if (s.id == tron.id)
            s = tron;
    }
    return chains;
}

} // namespace

class TestTronChainManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void tronTransfersReachTheDashboardLikeAnyOther()
    {
        TronReplayNode node;
        node.produce(3);
        node.solidify(node.head());
        test::TempProfile tmp;
        ChainManager manager(with(tronOn(node)), openDatabase(tmp));
        QVERIFY(manager.watchAddress(chain::ChainFamily::Tron, kShop, QStringLiteral("Shop till")));
        QSignalSpy committed(&manager, &ChainManager::transfersChanged);
        QSignalSpy removed(&manager, &ChainManager::pendingTransferRemoved);
        manager.start();
        QTRY_VERIFY_WITH_TIMEOUT(!manager.statuses().isEmpty() && manager.statuses().first().connected, 10000);
        QCOMPARE(manager.statuses().first().chainId, QStringLiteral("tron"));

        const QString tx = node.addTransfer(TronReplayNode::transfer(kUsdt, kPayer, kShop, QStringLiteral("13920000")));
        node.produce(1);
        QTRY_COMPARE_WITH_TIMEOUT(manager.pending().size(), 1, 10000);
        const PendingTransfer p = manager.pending().first();
        QCOMPARE(p.chainId, QStringLiteral("tron"));
        QCOMPARE(p.chainName, QStringLiteral("Tron"));
        QCOMPARE(p.asset, QStringLiteral("USDT"));
        QCOMPARE(p.amount, QStringLiteral("13.92"));
        QCOMPARE(p.toAddress, kShop);
        QCOMPARE(p.toLabel, QStringLiteral("Shop till"));
        QCOMPARE(p.txHash, tx);
        QVERIFY(!committed.isEmpty());

        node.produce(3);
        QTRY_COMPARE_WITH_TIMEOUT(manager.pending().value(0).confirmations, 4u, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            manager.pending().value(0).requiredConfirmations, node.head() - node.solidified() + 1, 10000);
        node.solidify(node.head());
        QTRY_VERIFY_WITH_TIMEOUT(manager.pending().isEmpty(), 10000);
        QVERIFY(!removed.isEmpty());
        bool sawFinal = false;
        for (const QList<QVariant> &args : std::as_const(committed)) {
            for (const store::TransferRecord &r : args.first().value<QList<store::TransferRecord>>())
                sawFinal = sawFinal || (r.txHash == tx && r.state == store::TransferState::Final);
        }
        QVERIFY(sawFinal);
        manager.stop();
    }

    void theApiKeyComesFromTheKeyStore()
    {
        TronReplayNode node;
        node.produce(3);
        node.solidify(node.head());
        test::TempProfile tmp;
        keys::MemoryKeyStore store;
        chain::ChainSettings s = tronOn(node, true);
        s.apiKey.clear(); // as kassa.conf has it
        ChainManager manager(with(s), openDatabase(tmp));
        manager.setKeyStore(&store);
        QVERIFY(manager.watchAddress(chain::ChainFamily::Tron, kShop));
        std::optional<bool> stored;
        manager.storeApiKey(QStringLiteral("tron"), QStringLiteral("key-from-the-store"),
            [&](const Result<void> &r) { stored = r.ok(); });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(*stored);
        manager.start();
        // The watcher got it: TronGrid's cross-check carries the header.
        QTRY_VERIFY_WITH_TIMEOUT(node.apiKeysSeen().contains(QStringLiteral("key-from-the-store")), 10000);
        for (const chain::ChainSettings &c : manager.chains()) {
            if (c.id == QLatin1String("tron"))
                QCOMPARE(c.apiKey, QStringLiteral("key-from-the-store"));
        }
        // Removing it: an empty key.
        stored.reset();
        manager.storeApiKey(QStringLiteral("tron"), QString(), [&](const Result<void> &r) { stored = r.ok(); });
        QTRY_VERIFY(stored.has_value());
        std::optional<bool> found;
        store.read(ChainManager::apiKeyId(QStringLiteral("tron")), &manager,
            [&](const Result<crypto::SecureBytes> &r) { found = r.ok(); });
        QTRY_VERIFY(found.has_value());
        QVERIFY(!*found);
        manager.stop();
    }

    void checksTronSettingsAgainstTheNodes()
    {
        TronReplayNode node;
        node.produce(2);
        test::TempProfile tmp;
        ChainManager manager(chain::ChainSettingsFile::allDefaults(), openDatabase(tmp));
        auto check = [&](const chain::ChainSettings &s) {
            QFuture<chain::ChainCheckResult> future = manager.checkSettings(s);
            if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
                qFatal("settings check did not finish");
            return future.result();
        };
        auto keys = [](const chain::ChainCheckResult &r) {
            QStringList out;
            for (const auto &i : r.issues)
                out << i.key;
            out.removeDuplicates();
            out.sort();
            return out;
        };

        const chain::ChainCheckResult ok = check(tronOn(node, true));
        QVERIFY2(ok.ok(), qPrintable(ok.issues.value(0).message));
        QVERIFY(ok.checkedOnline);
        QCOMPARE(ok.notes.size(), 3); // the node, USDT's decimals, TronGrid
        QVERIFY(node.apiKeysSeen().contains(QStringLiteral("0123abcd-key")));

        node.setDecimals(18);
        const chain::ChainCheckResult decimals = check(tronOn(node));
        QCOMPARE(keys(decimals), QStringList {QStringLiteral("tokens")});
        QVERIFY(decimals.issues.first().userMessage.contains(QLatin1String("18")));
        node.setDecimals(6);

        node.setFault([](const test::HttpExchange &e) -> std::optional<test::HttpAnswer> {
            if (!e.path.startsWith("/v1/"))
                return std::nullopt;
            test::HttpAnswer a;
            a.status = 500;
            return a;
        });
        QCOMPARE(keys(check(tronOn(node, true))), QStringList {QStringLiteral("trongrid_url")});
        node.setFault([](const test::HttpExchange &e) -> std::optional<test::HttpAnswer> {
            if (!e.path.startsWith("/v1/"))
                return std::nullopt;
            test::HttpAnswer a;
            a.status = 403;
            return a;
        });
        QCOMPARE(keys(check(tronOn(node, true))), QStringList {QStringLiteral("api_key")});
        node.setFault({});

        chain::ChainSettings dead = tronOn(node);
        dead.httpEndpoints = {QUrl(QStringLiteral("http://127.0.0.1:1"))};
        QCOMPARE(keys(check(dead)), QStringList {QStringLiteral("http")});
    }
};

QTEST_GUILESS_MAIN(TestTronChainManager)
#include "tst_tronchainmanager.moc"
