// EvmWatcher through reorganisations on a real node: anvil_reorg replaces
// the last 1–5 blocks while transfers are confirming. Transfers in blocks
// that left the chain are marked orphaned (never deleted); a transfer that
// the new chain includes again is a new row, counted once, and becomes
// final; one that the new chain dropped stays orphaned.
#include "EvmRig.h"

using namespace kassa;
using namespace kassa::test;

class TestEvmWatcherReorg : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_token;
    quint64 m_nonce = 0;

    //! A signed transfer of the token (not sent), so it can be replayed.
    QString signedTransfer(const QString &to, const QString &amount)
    {
        const QByteArray data =
            QByteArray::fromHex("a9059cbb") + AnvilNode::abiAddress(to) + AnvilNode::abiUint(amount);
        auto count = m_anvil.rpc(QStringLiteral("eth_getTransactionCount"),
            {QLatin1String(AnvilNode::kAccount0), QStringLiteral("pending")});
        const QString nonce = count.ok() ? count->toString() : QStringLiteral("0x0");
        QJsonObject tx {{QStringLiteral("from"), QLatin1String(AnvilNode::kAccount0)}, {QStringLiteral("to"), m_token},
            {QStringLiteral("data"), QString(QStringLiteral("0x") + QString::fromLatin1(data.toHex()))},
            {QStringLiteral("nonce"), nonce}, {QStringLiteral("gas"), QStringLiteral("0x30000")},
            {QStringLiteral("maxFeePerGas"), QStringLiteral("0x77359400")},
            {QStringLiteral("maxPriorityFeePerGas"), QStringLiteral("0x1")}};
        auto raw = m_anvil.rpc(QStringLiteral("eth_signTransaction"), {tx});
        return raw.ok() ? raw->toString() : QString();
    }

    //! Sends a signed transaction and waits until it is mined.
    QString sendRaw(const QString &raw, quint64 *block = nullptr)
    {
        auto hash = m_anvil.rpc(QStringLiteral("eth_sendRawTransaction"), {raw});
        if (!hash.ok())
            return QString();
        for (int i = 0; i < 500; ++i) {
            auto receipt = m_anvil.rpc(QStringLiteral("eth_getTransactionReceipt"), {hash->toString()});
            if (receipt.ok() && receipt->isObject()) {
                if (block)
                    *block = blockOf(receipt->toObject());
                return hash->toString();
            }
            QTest::qWait(10);
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        auto token = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        m_token = token.value();
        KASSA_VERIFY_OK(m_anvil.mint(m_token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));
    }

    void orphansAndRecountsOnce_data()
    {
        QTest::addColumn<int>("depth");
        for (int depth = 1; depth <= 5; ++depth)
            QTest::addRow("depth %d", depth) << depth;
    }

    void orphansAndRecountsOnce()
    {
        QFETCH(int, depth);
        EvmRig rig;
        rig.watch(payee(1));
        rig.watch(payee(2));
        chain::ChainSettings s = EvmRig::settings(m_anvil, m_token);
        s.confirmations = 8; // deeper than any reorg here
        rig.start(s);
        QVERIFY(rig.waitProcessed(m_anvil.blockNumber().value()));

        // A transfer the new chain will include again, and one it drops.
        const QString replayed = signedTransfer(payee(1), QStringLiteral("1500000"));
        QVERIFY(!replayed.isEmpty());
        quint64 block = 0;
        const QString replayedHash = sendRaw(replayed, &block);
        QVERIFY(!replayedHash.isEmpty());
        quint64 tip = block;
        QString droppedHash;
        if (depth > 1) {
            droppedHash = sendRaw(signedTransfer(payee(2), QStringLiteral("2500000")), &tip);
            QVERIFY(!droppedHash.isEmpty());
        }
        if (tip < block + quint64(depth) - 1)
            KASSA_VERIFY_OK(m_anvil.mine(int(block + quint64(depth) - 1 - tip)));
        QVERIFY(rig.waitProcessed(block + quint64(depth) - 1));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(replayedHash).value(0).confirmations, quint64(depth), 10000);
        const store::TransferRecord before = rig.rowsOf(replayedHash).first();
        QCOMPARE(before.state, store::TransferState::Seen);

        // Replace the last `depth` blocks; the first new one carries the
        // replayed transfer again (same tx hash and log index, new block).
        KASSA_VERIFY_OK(m_anvil.rpc(QStringLiteral("anvil_reorg"), {depth, QJsonArray {QJsonArray {replayed, 0}}}));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(replayedHash).size(), 2, 10000);
        QList<store::TransferRecord> rows = rig.rowsOf(replayedHash);
        QCOMPARE(rows[0].id, before.id);
        QCOMPARE(rows[0].state, store::TransferState::Orphaned);
        QCOMPARE(rows[0].blockHash, before.blockHash);
        QCOMPARE(rows[1].state, store::TransferState::Seen);
        QVERIFY(rows[1].blockHash != before.blockHash);
        QCOMPARE(rows[1].blockNumber, block);
        QCOMPARE(rows[1].value, QStringLiteral("1500000"));
        if (depth > 1) {
            QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(droppedHash).value(0).state, store::TransferState::Orphaned, 10000);
            QCOMPARE(rig.rowsOf(droppedHash).size(), 1);
        }
        // The orphaned row was signalled as such.
        QVERIFY(std::any_of(rig.signalled.cbegin(), rig.signalled.cend(), [&](const store::TransferRecord &t) {
            return t.id == before.id && t.state == store::TransferState::Orphaned;
        }));

        // The replacement reaches finality; it counts exactly once.
        KASSA_VERIFY_OK(m_anvil.mine(8));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(replayedHash).value(1).state, store::TransferState::Final, 10000);
        rows = rig.rowsOf(replayedHash);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(std::count_if(rows.cbegin(), rows.cend(),
                     [](const store::TransferRecord &t) { return t.state != store::TransferState::Orphaned; }),
            1);
        QCOMPARE(rows[0].state, store::TransferState::Orphaned);
        if (depth > 1)
            QCOMPARE(rig.rowsOf(droppedHash).value(0).state, store::TransferState::Orphaned);
        QVERIFY(rig.status.lastError.isEmpty());
    }

    void aReorgWhileStoppedIsFoundOnRestart()
    {
        // The watcher is down while its stored tip leaves the chain.
        EvmRig rig;
        rig.watch(payee(3));
        chain::ChainSettings s = EvmRig::settings(m_anvil, m_token);
        s.confirmations = 8;
        rig.start(s);
        KASSA_VERIFY_OK(m_anvil.mine(1)); // the block below ours stays empty
        QVERIFY(rig.waitProcessed(m_anvil.blockNumber().value()));
        const QString raw = signedTransfer(payee(3), QStringLiteral("333"));
        quint64 block = 0;
        const QString hash = sendRaw(raw, &block);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(hash).size(), 1, 10000);
        rig.stop();
        KASSA_VERIFY_OK(m_anvil.rpc(QStringLiteral("anvil_reorg"), {2, QJsonArray {QJsonArray {raw, 1}}}));
        KASSA_VERIFY_OK(m_anvil.mine(1));
        rig.start(s);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(hash).size(), 2, 10000);
        const auto rows = rig.rowsOf(hash);
        QCOMPARE(rows[0].state, store::TransferState::Orphaned);
        QCOMPARE(rows[1].state, store::TransferState::Seen);
        QCOMPARE(rows[1].blockNumber, block);
        QVERIFY(rows[1].blockHash != rows[0].blockHash);
    }
};

KASSA_TEST_MAIN(TestEvmWatcherReorg)
#include "tst_evmwatcher_reorg.moc"
