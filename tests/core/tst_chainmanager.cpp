// ChainManager: watchers on threads of their own for the enabled chains,
// their reports turned into chain statuses and the dashboard's pending list
// (exact amounts with the token's decimals, labels, confirmations toward
// the policy, reorged rows flagged and replaced), committed transfers
// re-emitted on the manager's thread, settings checked against the nodes,
// and every thread joined on stop.
#include "AnvilNode.h"
#include "EvmRig.h"
#include "TestSupport.h"
#include "chain/evm/EvmWatcher.h"
#include "engine/ChainManager.h"
#include "money/UInt256.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QSignalSpy>
#include <QThread>

using namespace kassa;
using namespace kassa::engine;
using test::AnvilNode;
using test::payee;

namespace {

ChainFamilyPlugin fastEvm()
{
    ChainFamilyPlugin plugin = chainFamilies().value(chain::ChainFamily::Evm);
    plugin.createWatcher = [](const WatcherContext &c) -> chain::ChainWatcher * {
        return new chain::evm::EvmWatcher(
            c.settings, c.database, c.addresses, c.network, c.clock, test::EvmRig::fastOptions());
    };
    return plugin;
}

std::shared_ptr<store::Database> openDatabase(const test::TempProfile &tmp, const Clock &clock)
{
    auto db = store::Database::open(store::DatabaseUrl::parse(QString(), tmp.path()).value(), clock);
    if (!db.ok())
        qFatal("database: %s", qPrintable(db.error().message));
    return std::shared_ptr<store::Database>(std::move(db).value().release());
}

QList<chain::ChainSettings> withLocal(const chain::ChainSettings &local)
{
    QList<chain::ChainSettings> chains = chain::ChainSettingsFile::allDefaults();
    chains << local;
    return chains;
}

} // namespace

class TestChainManager : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_token; // 18 decimals, like BSC's USDT

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        auto token = m_anvil.deployToken(QStringLiteral("TestToken"), 18);
        KASSA_VERIFY_OK(token);
        m_token = token.value();
        KASSA_VERIFY_OK(
            m_anvil.mint(m_token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("100000000000000000000000")));
    }

    void formatsAmountsExactly_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << QStringLiteral("0") << 6 << QStringLiteral("0");
        QTest::newRow("one unit") << QStringLiteral("1") << 6 << QStringLiteral("0.000001");
        QTest::newRow("cents") << QStringLiteral("13920000") << 6 << QStringLiteral("13.92");
        QTest::newRow("whole") << QStringLiteral("5000000") << 6 << QStringLiteral("5");
        QTest::newRow("no decimals") << QStringLiteral("123") << 0 << QStringLiteral("123");
        QTest::newRow("bsc wei") << QStringLiteral("1") << 18 << QStringLiteral("0.000000000000000001");
        QTest::newRow("past 2^64") << QStringLiteral("1180591620717411303429") << 18
                                   << QStringLiteral("1180.591620717411303429");
        QTest::newRow("max") << QStringLiteral(
            "115792089237316195423570985008687907853269984665640564039457584007913129639935")
                             << 18
                             << QStringLiteral(
                                    "115792089237316195423570985008687907853269984665640564039457.584007913129639935");
    }

    void formatsAmountsExactly()
    {
        QFETCH(QString, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(ChainManager::formatAmount(money::UInt256::parseDecimal(value).value(), decimals), expected);
    }

    void watchesAddressesOfEachFamily()
    {
        test::TempProfile tmp;
        ManualClock clock;
        ChainManager manager(chain::ChainSettingsFile::allDefaults(), openDatabase(tmp, clock), clock);
        QVERIFY(manager.watchAddress(chain::ChainFamily::Evm,
            QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), QStringLiteral("Till 1")));
        QVERIFY(manager.watchAddress(chain::ChainFamily::Tron, QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")));
        QVERIFY(!manager.watchAddress(chain::ChainFamily::Evm, QStringLiteral("0x7099")));
        QVERIFY(!manager.watchAddress(chain::ChainFamily::Evm, QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")));
        QVERIFY(!manager.watchAddress(
            chain::ChainFamily::Tron, QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")));
        const chain::Address20 a = test::address20(QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8"));
        QVERIFY(manager.addresses(chain::ChainFamily::Evm)->contains(a));
        QVERIFY(!manager.addresses(chain::ChainFamily::Tron)->contains(a));
        QCOMPARE(manager.addressLabel(chain::ChainFamily::Evm, a), QStringLiteral("Till 1"));
        QCOMPARE(manager.addresses(chain::ChainFamily::Tron)->size(), 1u);
        QVERIFY(manager.unwatchAddress(chain::ChainFamily::Evm, a));
        QVERIFY(!manager.addresses(chain::ChainFamily::Evm)->contains(a));
        QVERIFY(manager.addressLabel(chain::ChainFamily::Evm, a).isEmpty());
    }

    void followsAChainIntoTheDashboardList()
    {
        test::TempProfile tmp;
        chain::ChainSettings local = test::EvmRig::settings(m_anvil, m_token, 18);
        ChainManager manager(withLocal(local), openDatabase(tmp, SystemClock::instance()));
        manager.setFamilyPlugin(chain::ChainFamily::Evm, fastEvm());
        QVERIFY(manager.watchAddress(chain::ChainFamily::Evm, payee(1), QStringLiteral("Counter till")));
        QSignalSpy changed(&manager, &ChainManager::pendingTransferChanged);
        QSignalSpy removed(&manager, &ChainManager::pendingTransferRemoved);
        QList<QThread *> emittedOn;
        QList<store::TransferRecord> committed;
        connect(&manager, &ChainManager::transfersChanged, this, [&](const QList<store::TransferRecord> &rows) {
            emittedOn << QThread::currentThread();
            committed += rows;
        });
        manager.start();
        QVERIFY(manager.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!manager.statuses().isEmpty() && manager.statuses().first().connected, 10000);
        const ChainStatus status = manager.statuses().first();
        QCOMPARE(status.chainId, QStringLiteral("local"));
        QCOMPARE(status.displayName, local.displayName());
        QVERIFY2(status.endpoint.startsWith(QLatin1String("127.0.0.1:")), qPrintable(status.endpoint));
        QTRY_VERIFY_WITH_TIMEOUT(manager.statuses().first().headBlock >= qint64(m_anvil.blockNumber().value()), 10000);

        auto sent = m_anvil.transfer(
            m_token, QLatin1String(AnvilNode::kAccount0), payee(1), QStringLiteral("1180591620717411303429"));
        KASSA_VERIFY_OK(sent);
        QTRY_COMPARE_WITH_TIMEOUT(manager.pending().size(), 1, 10000);
        const PendingTransfer p = manager.pending().first();
        QCOMPARE(p.chainId, QStringLiteral("local"));
        QCOMPARE(p.chainName, local.displayName());
        QCOMPARE(p.asset, QStringLiteral("USDT"));
        QCOMPARE(p.amount, QStringLiteral("1180.591620717411303429"));
        QCOMPARE(p.toAddress, payee(1));
        QCOMPARE(p.toLabel, QStringLiteral("Counter till"));
        QCOMPARE(p.txHash, test::txOf(sent.value()));
        QCOMPARE(p.confirmations, 1u);
        QCOMPARE(p.requiredConfirmations, 3u);
        QVERIFY(!p.reorged);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!committed.isEmpty());
        for (QThread *t : emittedOn)
            QCOMPARE(t, QThread::currentThread()); // re-emitted on the manager's thread

        KASSA_VERIFY_OK(m_anvil.mine(1));
        QTRY_COMPARE_WITH_TIMEOUT(manager.pending().value(0).confirmations, 2u, 10000);
        KASSA_VERIFY_OK(m_anvil.mine(1));
        QTRY_VERIFY_WITH_TIMEOUT(manager.pending().isEmpty(), 10000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), p.id);
        QVERIFY(std::any_of(committed.cbegin(), committed.cend(),
            [&](const store::TransferRecord &t) { return t.id == p.id && t.state == store::TransferState::Final; }));

        manager.stop();
        QVERIFY(!manager.isRunning());
        QVERIFY(manager.findChildren<QThread *>().isEmpty());
    }

    void aReorgFlagsThenReplaces()
    {
        test::TempProfile tmp;
        chain::ChainSettings local = test::EvmRig::settings(m_anvil, m_token, 18);
        local.confirmations = 6;
        ChainManager manager(withLocal(local), openDatabase(tmp, SystemClock::instance()));
        manager.setFamilyPlugin(chain::ChainFamily::Evm, fastEvm());
        manager.watchAddress(chain::ChainFamily::Evm, payee(2));
        manager.start();
        QTRY_VERIFY_WITH_TIMEOUT(!manager.statuses().isEmpty() && manager.statuses().first().connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(manager.statuses().first().lagBlocks == 0
                && manager.statuses().first().headBlock >= qint64(m_anvil.blockNumber().value()),
            10000);

        auto sent = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(2), QStringLiteral("7"));
        KASSA_VERIFY_OK(sent);
        QTRY_COMPARE_WITH_TIMEOUT(manager.pending().size(), 1, 10000);
        const qint64 firstId = manager.pending().first().id;
        // The block leaves the chain; nothing replaces the transfer yet.
        KASSA_VERIFY_OK(m_anvil.reorg(1));
        QTRY_VERIFY_WITH_TIMEOUT(manager.pending().value(0).reorged, 10000);
        QCOMPARE(manager.pending().size(), 1);
        QCOMPARE(manager.pending().first().id, firstId);
        QCOMPARE(manager.pending().first().amount, QStringLiteral("0.000000000000000007"));
        manager.stop();
    }

    void haltsAreShownAndSettingsApplyLive()
    {
        test::TempProfile tmp;
        chain::ChainSettings local = test::EvmRig::settings(m_anvil, m_token, 6); // the token has 18
        ChainManager manager(withLocal(local), openDatabase(tmp, SystemClock::instance()));
        manager.setFamilyPlugin(chain::ChainFamily::Evm, fastEvm());
        QSignalSpy halted(&manager, &ChainManager::chainHalted);
        manager.start();
        QTRY_COMPARE_WITH_TIMEOUT(halted.size(), 1, 10000);
        QCOMPARE(halted.first().first().toString(), QStringLiteral("local"));
        QVERIFY(!manager.statuses().first().connected);
        QVERIFY(manager.statuses().first().lastError.contains(QLatin1String("18")));

        // Corrected: the watcher starts again with the new settings.
        local.tokens.first().decimals = 18;
        manager.applySettings(local);
        QTRY_VERIFY_WITH_TIMEOUT(manager.statuses().value(0).connected, 10000);
        QVERIFY(manager.statuses().first().lastError.isEmpty());
        // Disabled: it stops and leaves the status bar.
        local.enabled = false;
        manager.applySettings(local);
        QVERIFY(manager.statuses().isEmpty());
        QCOMPARE(manager.chains().last().enabled, false);
    }

    void aFamilyWithoutAWatcherSaysSo()
    {
        test::TempProfile tmp;
        QList<chain::ChainSettings> chains = chain::ChainSettingsFile::allDefaults();
        chains.last().enabled = true; // tron
        ChainManager manager(chains, openDatabase(tmp, SystemClock::instance()));
        manager.setFamilyPlugin(chain::ChainFamily::Tron, {});
        manager.start();
        QCOMPARE(manager.statuses().size(), 1);
        QCOMPARE(manager.statuses().first().chainId, QStringLiteral("tron"));
        QVERIFY(!manager.statuses().first().connected);
        QVERIFY(!manager.statuses().first().lastError.isEmpty());
    }

    void loadsWhatIsPendingFromTheStore()
    {
        test::TempProfile tmp;
        auto db = openDatabase(tmp, SystemClock::instance());
        store::TransferRecord t;
        t.chain = QStringLiteral("bsc");
        t.token = QStringLiteral("0x55d398326f99059ff775485246999027b3197955");
        t.txHash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        t.blockNumber = 10;
        t.blockHash = QStringLiteral("0x") + QString(64, QLatin1Char('b'));
        t.from = payee(8);
        t.to = payee(9);
        t.value = QStringLiteral("18450000000000000000");
        t.confirmations = 2;
        t.firstSeenMs = QDateTime::currentMSecsSinceEpoch();
        KASSA_VERIFY_OK(db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto inserted = store::TransferStore::insert(c, t);
            if (!inserted.ok())
                return inserted.error();
            return {};
        }));
        ChainManager manager(chain::ChainSettingsFile::allDefaults(), db);
        manager.watchAddress(chain::ChainFamily::Evm, payee(9), QStringLiteral("Web shop"));
        QSignalSpy changed(&manager, &ChainManager::pendingTransferChanged);
        manager.start(); // no chain enabled: nothing to watch, but the list is there
        QTRY_COMPARE_WITH_TIMEOUT(manager.pending().size(), 1, 5000);
        const PendingTransfer p = manager.pending().first();
        QCOMPARE(p.chainName, QStringLiteral("BNB Smart Chain"));
        QCOMPARE(p.amount, QStringLiteral("18.45")); // BSC USDT: 18 decimals
        QCOMPARE(p.asset, QStringLiteral("USDT"));
        QCOMPARE(p.toLabel, QStringLiteral("Web shop"));
        QCOMPARE(p.requiredConfirmations, 15u);
        QCOMPARE(changed.size(), 1);
        QVERIFY(manager.statuses().isEmpty());
    }

    void checksSettingsAgainstTheNode()
    {
        test::TempProfile tmp;
        ChainManager manager(chain::ChainSettingsFile::allDefaults(), openDatabase(tmp, SystemClock::instance()));
        auto check = [&](const chain::ChainSettings &s) {
            QFuture<chain::ChainCheckResult> future = manager.checkSettings(s);
            QElapsedTimer timer;
            timer.start();
            while (!future.isFinished() && timer.elapsed() < 30000)
                QTest::qWait(10);
            if (!future.isFinished())
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

        chain::ChainSettings good = test::EvmRig::settings(m_anvil, m_token, 18);
        const chain::ChainCheckResult ok = check(good);
        QVERIFY2(ok.ok(), qPrintable(ok.issues.value(0).message));
        QVERIFY(ok.checkedOnline);
        QVERIFY(ok.notes.size() >= 3); // http, ws, decimals

        chain::ChainSettings offline = good;
        offline.confirmations = 0;
        const chain::ChainCheckResult refused = check(offline);
        QCOMPARE(keys(refused), QStringList({QStringLiteral("confirmations")}));
        QVERIFY(!refused.checkedOnline);

        chain::ChainSettings wrongChain = good;
        wrongChain.chainId = 1337;
        QCOMPARE(keys(check(wrongChain)), QStringList({QStringLiteral("http"), QStringLiteral("ws")}));

        chain::ChainSettings wrongDecimals = good;
        wrongDecimals.tokens.first().decimals = 6;
        const chain::ChainCheckResult decimals = check(wrongDecimals);
        QCOMPARE(keys(decimals), QStringList({QStringLiteral("tokens")}));
        QVERIFY(decimals.issues.first().userMessage.contains(QLatin1String("18")));

        chain::ChainSettings noContract = good;
        noContract.tokens.first().contract = QStringLiteral("0x00000000000000000000000000000000000000aa");
        QCOMPARE(keys(check(noContract)), QStringList({QStringLiteral("tokens")}));

        chain::ChainSettings unreachable = good;
        unreachable.httpEndpoints << QUrl(QStringLiteral("http://127.0.0.1:1"));
        unreachable.wsEndpoints = {QUrl(QStringLiteral("ws://127.0.0.1:1"))};
        const chain::ChainCheckResult down = check(unreachable);
        QCOMPARE(keys(down), QStringList({QStringLiteral("http"), QStringLiteral("ws")}));
        QVERIFY(down.issues.first().userMessage.contains(QLatin1String("127.0.0.1:1")));
    }
};

KASSA_TEST_MAIN(TestChainManager)
#include "tst_chainmanager.moc"
