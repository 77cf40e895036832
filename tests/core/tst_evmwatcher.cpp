// EvmWatcher on a real node (anvil): transfers to watched addresses are
// stored with their exact value (past 2^64 too) and become final; other
// recipients and a lookalike token are not; the finalized tag and the depth
// policy both finalize; a fee-taking token is credited with what arrived,
// not what was sent; a node of another chain or a token with other
// decimals halts the watcher with a clear error.
#include "EvmRig.h"

#include <QScopeGuard>
#include <QThread>

using namespace kassa;
using namespace kassa::test;
using chain::evm::EvmWatcher;

namespace {
// 2^70 + 5: beyond 64 bits, so a wrong integer type would show.
const QString kHuge = QStringLiteral("1180591620717411303429");
} // namespace

class TestEvmWatcher : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_token;
    QString m_fake;

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        auto token = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        m_token = token.value();
        // The same name and symbol ("Tether USD", "USDT") at another address.
        auto fake = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(fake);
        m_fake = fake.value();
        KASSA_VERIFY_OK(
            m_anvil.mint(m_token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("100000000000000000000000")));
        KASSA_VERIFY_OK(
            m_anvil.mint(m_fake, QLatin1String(AnvilNode::kAccount0), QStringLiteral("100000000000000000000000")));
    }

    void storesExactValuesAndFinalizesByDepth()
    {
        EvmRig rig;
        rig.watch(payee(1));
        rig.watch(payee(2));
        rig.start(EvmRig::settings(m_anvil, m_token));
        QVERIFY2(rig.waitProcessed(m_anvil.blockNumber().value()), qPrintable(rig.status.lastError));

        auto big = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(1), kHuge);
        KASSA_VERIFY_OK(big);
        auto small =
            m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(2), QStringLiteral("13920000"));
        KASSA_VERIFY_OK(small);
        auto other = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(99), QStringLiteral("5"));
        KASSA_VERIFY_OK(other);
        auto lookalike = m_anvil.transfer(m_fake, QLatin1String(AnvilNode::kAccount0), payee(1), QStringLiteral("777"));
        KASSA_VERIFY_OK(lookalike);

        QTRY_COMPARE_WITH_TIMEOUT(rig.rows().size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.status.processedBlock >= blockOf(lookalike.value()), 10000);
        QCOMPARE(rig.rows().size(), 2); // not the other recipient, not the lookalike
        const store::TransferRecord first = rig.rowsOf(txOf(big.value())).value(0);
        QCOMPARE(first.value, kHuge);
        QCOMPARE(first.chain, QStringLiteral("local"));
        QCOMPARE(first.token, m_token.toLower());
        QCOMPARE(first.to, payee(1));
        QCOMPARE(first.from, QString::fromLatin1(AnvilNode::kAccount0).toLower());
        QCOMPARE(first.blockNumber, blockOf(big.value()));
        QCOMPARE(first.blockHash, big->value(QStringLiteral("blockHash")).toString());
        QCOMPARE(first.logIndex, 0);
        QVERIFY(first.firstSeenMs > 0);
        QCOMPARE(rig.rowsOf(txOf(small.value())).value(0).value, QStringLiteral("13920000"));
        QVERIFY(rig.rowsOf(txOf(other.value())).isEmpty());
        QVERIFY(rig.rowsOf(txOf(lookalike.value())).isEmpty());

        // Signalled after commit, with the committed row (its id).
        QTRY_VERIFY(std::any_of(rig.signalled.cbegin(), rig.signalled.cend(),
            [&](const store::TransferRecord &t) { return t.id == first.id && t.value == kHuge; }));

        // Depth 3: the lookalike's block put `small` at 3 confirmations
        // already; two more blocks make `big` final too.
        KASSA_VERIFY_OK(m_anvil.mine(2));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rowsOf(txOf(big.value())).value(0).state == store::TransferState::Final, 10000);
        const store::TransferRecord final = rig.rowsOf(txOf(big.value())).value(0);
        QVERIFY(final.finalAtMs.has_value());
        QVERIFY(final.confirmations >= 3);
        QCOMPARE(rig.rowsOf(txOf(small.value())).value(0).state, store::TransferState::Final);
        QVERIFY(std::any_of(rig.signalled.cbegin(), rig.signalled.cend(), [&](const store::TransferRecord &t) {
            return t.id == first.id && t.state == store::TransferState::Final;
        }));
        QCOMPARE(rig.status.confirmationsRequired, 3u);
        QVERIFY(rig.status.lastError.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(rig.cursor()->blockNumber, m_anvil.blockNumber().value(), 10000);
    }

    void confirmationsCountUpEveryBlock()
    {
        EvmRig rig;
        rig.watch(payee(3));
        chain::ChainSettings s = EvmRig::settings(m_anvil, m_token);
        s.confirmations = 5;
        rig.start(s);
        QVERIFY(rig.waitProcessed(m_anvil.blockNumber().value()));
        auto sent = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(3), QStringLiteral("1"));
        KASSA_VERIFY_OK(sent);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(sent.value())).value(0).confirmations, 1u, 10000);
        for (quint64 expected = 2; expected <= 4; ++expected) {
            KASSA_VERIFY_OK(m_anvil.mine(1));
            QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(sent.value())).value(0).confirmations, expected, 10000);
            QCOMPARE(rig.rowsOf(txOf(sent.value())).value(0).state, store::TransferState::Seen);
        }
        KASSA_VERIFY_OK(m_anvil.mine(1));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(sent.value())).value(0).state, store::TransferState::Final, 10000);
    }

    void pollsWithoutAWebSocket()
    {
        EvmRig rig;
        rig.watch(payee(4));
        rig.start(EvmRig::settings(m_anvil, m_token, 6, /*websocket=*/false));
        QVERIFY(rig.waitProcessed(m_anvil.blockNumber().value()));
        auto sent = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(4), QStringLiteral("42"));
        KASSA_VERIFY_OK(sent);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(sent.value())).size(), 1, 10000);
        QCOMPARE(rig.rowsOf(txOf(sent.value())).value(0).value, QStringLiteral("42"));
    }

    void pollsOnItsOwnThread()
    {
        // As the engine runs it: built here, moved to a thread of its own.
        // Its timers must go along, or polling never starts there.
        EvmRig rig;
        rig.watch(payee(5));
        QThread thread;
        auto *watcher = new EvmWatcher(EvmRig::settings(m_anvil, m_token, 6, /*websocket=*/false), rig.database,
            rig.addresses, rig.factory, SystemClock::instance(), EvmRig::fastOptions());
        watcher->moveToThread(&thread);
        const auto cleanup = qScopeGuard([&] {
            QMetaObject::invokeMethod(
                watcher,
                [watcher] {
                    watcher->stop();
                    delete watcher;
                },
                Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        });
        QList<store::TransferRecord> signalled;
        connect(watcher, &chain::ChainWatcher::transfersChanged, this,
            [&signalled](const QList<store::TransferRecord> &rows) { signalled += rows; });
        thread.start();
        QMetaObject::invokeMethod(watcher, &chain::ChainWatcher::start, Qt::QueuedConnection);
        QTest::qWait(300); // the catch-up at start; from then on only polling sees blocks
        auto sent = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(5), QStringLiteral("43"));
        KASSA_VERIFY_OK(sent);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(signalled.cbegin(), signalled.cend(),
                                     [&](const store::TransferRecord &t) { return t.txHash == txOf(sent.value()); }),
            10000);
    }

    void aLargeWatchSetIsFilteredLocally()
    {
        // More addresses than fit a topic list: the node is asked for every
        // Transfer of the token, and the set decides.
        EvmRig rig;
        for (int i = 0; i < 50; ++i)
            rig.watch(payee(100 + i));
        EvmWatcher::Options options = EvmRig::fastOptions();
        options.topicListLimit = 10;
        rig.start(EvmRig::settings(m_anvil, m_token), options);
        QVERIFY(rig.waitProcessed(m_anvil.blockNumber().value()));
        auto in = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(120), QStringLiteral("9"));
        auto out = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(98), QStringLiteral("8"));
        auto fake = m_anvil.transfer(m_fake, QLatin1String(AnvilNode::kAccount0), payee(121), QStringLiteral("7"));
        KASSA_VERIFY_OK(fake);
        QTRY_VERIFY_WITH_TIMEOUT(rig.status.processedBlock >= blockOf(fake.value()), 10000);
        QCOMPARE(rig.rowsOf(txOf(in.value())).size(), 1);
        QVERIFY(rig.rowsOf(txOf(out.value())).isEmpty());
        QVERIFY(rig.rowsOf(txOf(fake.value())).isEmpty());
        // Added while running: counts from the next block on.
        rig.watch(payee(98));
        auto later = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(98), QStringLiteral("6"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(later.value())).size(), 1, 10000);
    }

    void theFinalizedTagFinalizes()
    {
        // --slots-in-an-epoch 1: the node's "finalized" block follows the head.
        AnvilNode node;
        AnvilNode::Options options;
        options.extraArgs = {QStringLiteral("--slots-in-an-epoch"), QStringLiteral("1")};
        KASSA_VERIFY_OK(node.start(options));
        auto token = node.deployToken(QStringLiteral("TestToken"), 18);
        KASSA_VERIFY_OK(token);
        KASSA_VERIFY_OK(
            node.mint(token.value(), QLatin1String(AnvilNode::kAccount0), QStringLiteral("5000000000000000000000")));
        EvmRig rig;
        rig.watch(payee(5));
        chain::ChainSettings s = EvmRig::settings(node, token.value(), 18);
        s.finality = chain::FinalityPolicy::Finalized;
        s.confirmations = 1000; // the fallback, never used: the tag works
        rig.start(s);
        QVERIFY(rig.waitProcessed(node.blockNumber().value()));
        auto sent = node.transfer(
            token.value(), QLatin1String(AnvilNode::kAccount0), payee(5), QStringLiteral("18450000000000000000"));
        KASSA_VERIFY_OK(sent);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(sent.value())).size(), 1, 10000);
        QCOMPARE(rig.rowsOf(txOf(sent.value())).value(0).value, QStringLiteral("18450000000000000000"));
        for (int i = 0; i < 4 && rig.rowsOf(txOf(sent.value())).value(0).state != store::TransferState::Final; ++i) {
            KASSA_VERIFY_OK(node.mine(1));
            QTest::qWait(300);
        }
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(sent.value())).value(0).state, store::TransferState::Final, 10000);
        const auto finalized = node.rpc(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("finalized"), false});
        KASSA_VERIFY_OK(finalized);
        QVERIFY(rig.status.finalizedBlock >= blockOf(sent.value()));
        QVERIFY(rig.status.confirmationsRequired < 1000); // from the tag, not the fallback
        QVERIFY(rig.status.confirmationsRequired >= 1);
    }

    void aFeeTakingTokenIsCreditedWithWhatArrived()
    {
        // FeeToken keeps 1 % of each transfer in the same transaction (a
        // second Transfer log, to its owner): the payee is credited with the
        // 99 % its own log carries, and the fee log is not ours.
        auto feeToken = m_anvil.deployToken(QStringLiteral("FeeToken"), 6);
        KASSA_VERIFY_OK(feeToken);
        KASSA_VERIFY_OK(m_anvil.mint(feeToken.value(), QLatin1String(AnvilNode::kAccount1), QStringLiteral("5000000")));
        EvmRig rig;
        rig.watch(payee(7));
        rig.start(EvmRig::settings(m_anvil, feeToken.value()));
        QVERIFY2(rig.waitProcessed(m_anvil.blockNumber().value()), qPrintable(rig.status.lastError));
        auto sent = m_anvil.transfer(
            feeToken.value(), QLatin1String(AnvilNode::kAccount1), payee(7), QStringLiteral("2500000"));
        KASSA_VERIFY_OK(sent);
        QCOMPARE(sent->value(QStringLiteral("logs")).toArray().size(), 2); // the payment and the fee
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(sent.value())).size(), 1, 10000);
        const store::TransferRecord row = rig.rowsOf(txOf(sent.value())).value(0);
        QCOMPARE(row.value, QStringLiteral("2475000"));
        QCOMPARE(row.to, payee(7));
        QCOMPARE(row.from, QString::fromLatin1(AnvilNode::kAccount1).toLower());
        QCOMPARE(row.logIndex, 0);
    }

    void decimalsThatDisagreeHalt()
    {
        EvmRig rig;
        rig.watch(payee(6));
        rig.start(EvmRig::settings(m_anvil, m_token, 18)); // the token has 6
        QTRY_VERIFY_WITH_TIMEOUT(rig.haltError.has_value(), 10000);
        QVERIFY2(rig.haltError->message.contains(QLatin1String("decimals")), qPrintable(rig.haltError->message));
        QVERIFY(rig.haltError->userMessage.contains(QLatin1String("6")));
        QVERIFY(rig.haltError->userMessage.contains(QLatin1String("18")));
        QVERIFY(!rig.haltError->hint.isEmpty());
        QVERIFY(!rig.status.connected);
        QVERIFY(!rig.status.lastError.isEmpty());
        auto sent = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(6), QStringLiteral("1"));
        KASSA_VERIFY_OK(sent);
        QTest::qWait(500);
        QVERIFY(rig.rows().isEmpty());
        QVERIFY(!rig.cursor().has_value());
    }

    void aContractWithoutCodeHalts()
    {
        EvmRig rig;
        rig.start(EvmRig::settings(m_anvil, QStringLiteral("0x00000000000000000000000000000000000000aa")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.haltError.has_value(), 10000);
        QVERIFY(rig.haltError->message.contains(QLatin1String("decimals()")));
    }

    void anotherChainHalts()
    {
        EvmRig rig;
        rig.start(EvmRig::settings(m_anvil, m_token, 6, true, /*chainId=*/1));
        QTRY_VERIFY_WITH_TIMEOUT(rig.haltError.has_value(), 10000);
        QVERIFY2(rig.haltError->message.contains(QLatin1String("chain id 31337")), qPrintable(rig.haltError->message));
        QCOMPARE(rig.haltError->code, ErrorCode::Config);
        QVERIFY(rig.rows().isEmpty());
    }

    void aWebSocketOfAnotherChainHalts()
    {
        // HTTP is right, the WebSocket belongs to another network: halting
        // happens inside the socket's own answer, which must not crash.
        AnvilNode other;
        AnvilNode::Options options;
        options.chainId = 1337;
        KASSA_VERIFY_OK(other.start(options));
        EvmRig rig;
        chain::ChainSettings s = EvmRig::settings(m_anvil, m_token);
        s.wsEndpoints = {other.wsUrl()};
        rig.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.haltError.has_value(), 10000);
        QVERIFY2(rig.haltError->message.contains(QLatin1String("websocket")), qPrintable(rig.haltError->message));
        QVERIFY(rig.haltError->userMessage.contains(QLatin1String("1337")));
        QTest::qWait(200); // the socket is torn down after the handler returned
    }

    void anUnreachableNodeIsReportedAndRetried()
    {
        EvmRig rig;
        chain::ChainSettings s = EvmRig::settings(m_anvil, m_token);
        s.httpEndpoints = {QUrl(QStringLiteral("http://127.0.0.1:1"))};
        s.wsEndpoints.clear();
        rig.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.status.lastError.isEmpty(), 10000);
        QVERIFY(!rig.status.connected);
        QVERIFY(!rig.haltError.has_value()); // not a halt: it keeps trying
    }
};

KASSA_TEST_MAIN(TestEvmWatcher)
#include "tst_evmwatcher.moc"
