// The anvil harness works: a real node starts, mines, snapshots, reorgs,
// and the test tokens deploy and move exact amounts.
#include "AnvilNode.h"
#include "TestSupport.h"

using namespace kassa;
using test::AnvilNode;

class TestAnvilNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndMines()
    {
        AnvilNode node;
        KASSA_VERIFY_OK(node.start());
        QCOMPARE(node.rpc(QStringLiteral("eth_chainId"))->toString(), QStringLiteral("0x7a69"));
        const quint64 before = node.blockNumber().value();
        KASSA_VERIFY_OK(node.mine(3));
        QCOMPARE(node.blockNumber().value(), before + 3);
        auto snap = node.snapshot();
        KASSA_VERIFY_OK(snap);
        KASSA_VERIFY_OK(node.mine(2));
        KASSA_VERIFY_OK(node.revert(snap.value()));
        QCOMPARE(node.blockNumber().value(), before + 3);
    }

    void tokensMoveExactAmounts()
    {
        AnvilNode node;
        KASSA_VERIFY_OK(node.start());
        auto token = node.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        const QString big = QStringLiteral("123456789012345678901234567890"); // > 2^64
        auto minted = node.mint(token.value(), QLatin1String(AnvilNode::kAccount0), big);
        KASSA_VERIFY_OK(minted);
        auto sent = node.transfer(token.value(), QLatin1String(AnvilNode::kAccount0),
            QLatin1String(AnvilNode::kAccount1), QStringLiteral("13920000"));
        KASSA_VERIFY_OK(sent);
        QCOMPARE(sent->value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
        const QJsonArray logs = sent->value(QStringLiteral("logs")).toArray();
        QCOMPARE(logs.size(), 1);
        const QJsonObject log = logs.first().toObject();
        QCOMPARE(log.value(QStringLiteral("topics")).toArray().first().toString(),
            QStringLiteral("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
        QCOMPARE(log.value(QStringLiteral("data")).toString(),
            QStringLiteral("0x0000000000000000000000000000000000000000000000000000000000d46700")); // 13920000

        auto fee = node.deployToken(QStringLiteral("FeeToken"), 18);
        KASSA_VERIFY_OK(fee);
        KASSA_VERIFY_OK(node.mint(fee.value(), QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000")));
        auto feeSent = node.transfer(fee.value(), QLatin1String(AnvilNode::kAccount0),
            QLatin1String(AnvilNode::kAccount1), QStringLiteral("1000"));
        KASSA_VERIFY_OK(feeSent);
        QCOMPARE(feeSent->value(QStringLiteral("logs")).toArray().size(), 2); // 990 to the payee, 10 fee

        auto reverting = node.deployToken(QStringLiteral("RevertingToken"), 6);
        KASSA_VERIFY_OK(reverting);
        KASSA_VERIFY_OK(node.mint(reverting.value(), QLatin1String(AnvilNode::kAccount0), QStringLiteral("5")));
        auto refused = node.transfer(reverting.value(), QLatin1String(AnvilNode::kAccount0),
            QLatin1String(AnvilNode::kAccount1), QStringLiteral("5"));
        KASSA_VERIFY_OK(refused); // mined, and failed on chain
        QCOMPARE(refused->value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
        QVERIFY(refused->value(QStringLiteral("logs")).toArray().isEmpty());
    }

    void reorgReplacesBlocks()
    {
        AnvilNode node;
        KASSA_VERIFY_OK(node.start());
        KASSA_VERIFY_OK(node.mine(5));
        const QString tipBefore = node.rpc(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false})
                                      ->toObject()
                                      .value(QStringLiteral("hash"))
                                      .toString();
        KASSA_VERIFY_OK(node.reorg(2));
        const QString tipAfter = node.rpc(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false})
                                     ->toObject()
                                     .value(QStringLiteral("hash"))
                                     .toString();
        QVERIFY(tipBefore != tipAfter);
    }

    void restartsWithDumpedState()
    {
        test::TempProfile tmp;
        const QString state = tmp.file(QStringLiteral("anvil-state.json"));
        quint64 height = 0;
        {
            AnvilNode node;
            AnvilNode::Options options;
            options.dumpState = state;
            KASSA_VERIFY_OK(node.start(options));
            KASSA_VERIFY_OK(node.mine(7));
            height = node.blockNumber().value();
            node.stop();
        }
        QVERIFY(QFile::exists(state));
        AnvilNode node;
        AnvilNode::Options options;
        options.loadState = state;
        KASSA_VERIFY_OK(node.start(options));
        QCOMPARE(node.blockNumber().value(), height);
    }
};

KASSA_TEST_MAIN(TestAnvilNode)
#include "tst_anvilnode.moc"
