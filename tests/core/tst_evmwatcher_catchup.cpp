// EvmWatcher catching up on a real node: stopped while transfers are mined,
// it backfills every one on restart — in the final zone with chunked
// eth_getLogs ranges, above it block by block — also across an anvil
// restart from a dumped state; a WebSocket cut mid-stream falls back to
// polling and subscribes again when the node is back.
#include "EvmRig.h"
#include "TcpProxy.h"

using namespace kassa;
using namespace kassa::test;

class TestEvmWatcherCatchUp : public QObject
{
    Q_OBJECT

private:
    static QStringList sendTransfers(AnvilNode &node, const QString &token, const QStringList &to, int blocksBetween)
    {
        QStringList hashes;
        int i = 0;
        for (const QString &address : to) {
            auto sent = node.transfer(
                token, QLatin1String(AnvilNode::kAccount0), address, QString::number(1000000 + 1000 * ++i));
            if (!sent.ok())
                return {};
            hashes << txOf(sent.value());
            if (blocksBetween > 0 && !node.mine(blocksBetween).ok())
                return {};
        }
        return hashes;
    }

private Q_SLOTS:
    void backfillsEverythingMinedWhileStopped()
    {
        AnvilNode node;
        KASSA_VERIFY_OK(node.start());
        auto token = node.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        KASSA_VERIFY_OK(node.mint(token.value(), QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));

        EvmRig rig;
        for (int i = 0; i < 6; ++i)
            rig.watch(payee(i));
        chain::ChainSettings s = EvmRig::settings(node, token.value());
        s.confirmations = 4;
        chain::evm::EvmWatcher::Options options = EvmRig::fastOptions();
        options.maxLogRange = 5; // several eth_getLogs ranges in the final zone
        rig.start(s, options);
        QVERIFY(rig.waitProcessed(node.blockNumber().value()));
        const QStringList live = sendTransfers(node, token.value(), {payee(0)}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(live.value(0)).size(), 1, 10000);
        rig.stop();

        // While stopped: transfers spread over ~30 blocks, the last ones
        // still unfinalized when the watcher comes back.
        const QStringList missed =
            sendTransfers(node, token.value(), {payee(1), payee(2), payee(3), payee(4), payee(5)}, 5);
        QCOMPARE(missed.size(), 5);
        const quint64 head = node.blockNumber().value();

        rig.start(s, options);
        QVERIFY2(rig.waitProcessed(head), qPrintable(rig.status.lastError));
        for (const QString &hash : missed) {
            const auto rows = rig.rowsOf(hash);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().state,
                rows.first().blockNumber + 4 <= head + 1 ? store::TransferState::Final : store::TransferState::Seen);
        }
        QCOMPARE(rig.rows().size(), 6);
        QCOMPARE(rig.rowsOf(live.value(0)).size(), 1); // not stored twice
        QCOMPARE(rig.cursor()->blockNumber, head);
        // And live again afterwards.
        const QStringList after = sendTransfers(node, token.value(), {payee(5)}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(after.value(0)).size(), 1, 10000);
    }

    void rangeErrorsShrinkTheChunk()
    {
        // The final-zone scan meets a provider that refuses wide ranges with
        // a hint; the chunk adapts and nothing is missed.
        QCOMPARE(chain::evm::suggestedLogRange(
                     QStringLiteral("query returned more than 10000 results. Try with this block range [0x10, 0x1f]."),
                     2000),
            16u);
        QCOMPARE(chain::evm::suggestedLogRange(
                     QStringLiteral("Log response size exceeded. this block range should work: [0x100, 0x163]"), 2000),
            100u);
        QCOMPARE(
            chain::evm::suggestedLogRange(QStringLiteral("Maximum allowed number of requested blocks is 500"), 2000),
            500u);
        QCOMPARE(chain::evm::suggestedLogRange(QStringLiteral("eth_getLogs is limited to a 1,000 block range"), 2000),
            1000u);
        QCOMPARE(chain::evm::suggestedLogRange(QStringLiteral("please limit the query to at most 1000 blocks"), 2000),
            1000u);
        QCOMPARE(chain::evm::suggestedLogRange(QStringLiteral("block range is too wide"), 2000), 0u);
        QCOMPARE(chain::evm::suggestedLogRange(QStringLiteral("limited to 5000 block"), 2000), 1999u); // never grows
    }

    void survivesAnAnvilRestartWithItsState()
    {
        TempProfile stateDir;
        const QString state = stateDir.file(QStringLiteral("anvil-state.json"));
        auto node = std::make_unique<AnvilNode>();
        AnvilNode::Options options;
        options.dumpState = state;
        KASSA_VERIFY_OK(node->start(options));
        auto token = node->deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        KASSA_VERIFY_OK(
            node->mint(token.value(), QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));

        EvmRig rig;
        rig.watch(payee(1));
        rig.watch(payee(2));
        chain::ChainSettings s = EvmRig::settings(*node, token.value());
        rig.start(s);
        QVERIFY(rig.waitProcessed(node->blockNumber().value()));
        const QStringList before = sendTransfers(*node, token.value(), {payee(1)}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(before.value(0)).size(), 1, 10000);
        const QStringList unseen = sendTransfers(*node, token.value(), {payee(2), payee(1)}, 2);
        rig.stop();
        node->stop(); // writes the state
        QVERIFY(QFile::exists(state));

        node = std::make_unique<AnvilNode>();
        options.dumpState.clear();
        options.loadState = state;
        KASSA_VERIFY_OK(node->start(options));
        const QStringList afterRestart = sendTransfers(*node, token.value(), {payee(2)}, 1);
        const quint64 head = node->blockNumber().value();
        rig.start(EvmRig::settings(*node, token.value())); // same chain, new port
        QVERIFY2(rig.waitProcessed(head), qPrintable(rig.status.lastError));
        for (const QString &hash : unseen + afterRestart)
            QCOMPARE(rig.rowsOf(hash).size(), 1);
        QCOMPARE(rig.rows().size(), 4);
        QVERIFY(!rig.haltError.has_value());
        for (const auto &row : rig.rows())
            QVERIFY(row.state != store::TransferState::Orphaned);
    }

    void recoversWhenTheWebSocketIsCut()
    {
        AnvilNode node;
        KASSA_VERIFY_OK(node.start());
        auto token = node.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        KASSA_VERIFY_OK(node.mint(token.value(), QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));
        TcpProxy proxy(node.port());

        EvmRig rig;
        rig.watch(payee(7));
        chain::ChainSettings s = EvmRig::settings(node, token.value());
        s.wsEndpoints = {QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(proxy.port()))};
        s.pollIntervalMs = 300;
        rig.start(s);
        QVERIFY(rig.waitProcessed(node.blockNumber().value()));
        QTRY_COMPARE_WITH_TIMEOUT(proxy.openConnections(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.status.endpoint.endsWith(QString::number(proxy.port())), 5000); // subscribed
        const QStringList first = sendTransfers(node, token.value(), {payee(7)}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(first.value(0)).size(), 1, 5000);

        // Cut mid-stream and keep the WebSocket away: polling over HTTP carries on.
        proxy.setRefusing(true);
        proxy.cutAll();
        const QStringList during = sendTransfers(node, token.value(), {payee(7), payee(7)}, 1);
        for (const QString &hash : during)
            QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(hash).size(), 1, 10000);
        QVERIFY(!rig.status.endpoint.endsWith(QString::number(proxy.port())));

        // Back: it subscribes again and follows newHeads.
        const int accepted = proxy.connectionsAccepted();
        proxy.setRefusing(false);
        QTRY_VERIFY_WITH_TIMEOUT(proxy.connectionsAccepted() > accepted, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.status.endpoint.endsWith(QString::number(proxy.port())), 10000);
        const QStringList afterwards = sendTransfers(node, token.value(), {payee(7)}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(afterwards.value(0)).size(), 1, 10000);
        QCOMPARE(rig.rows().size(), 4);
    }
};

KASSA_TEST_MAIN(TestEvmWatcherCatchUp)
#include "tst_evmwatcher_catchup.moc"
