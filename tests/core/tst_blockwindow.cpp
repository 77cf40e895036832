// BlockWindow on synthetic chains: extension, duplicates, gaps walked back,
// reorgs of every depth, deep reorgs below finality, finalization.
#include "TestSupport.h"
#include "chain/evm/BlockWindow.h"

#include <QCryptographicHash>

using namespace kassa::chain::evm;
using Outcome = BlockWindow::Outcome;

namespace {

// Block `number` of fork `fork`; forks share history below `forkPoint`.
QByteArray hashOf(int fork, quint64 number)
{
    const QByteArray key = QByteArray::number(fork) + '/' + QByteArray::number(number);
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

struct Chain {
    int fork = 0;
    quint64 forkPoint = 0; // blocks <= forkPoint are fork 0's
    BlockRef block(quint64 number) const
    {
        const int f = number <= forkPoint ? 0 : fork;
        const int parentFork = number - 1 <= forkPoint ? 0 : fork;
        return {number, hashOf(f, number), number == 0 ? QByteArray(32, '\0') : hashOf(parentFork, number - 1)};
    }
};

// Offers `head`, answering every NeedParent from `chain`, like the watcher.
BlockWindow::Step feed(BlockWindow &window, const Chain &chain, const BlockRef &head, int *fetches = nullptr)
{
    BlockWindow::Step step = window.offer(head);
    QList<BlockRef> orphaned;
    QList<BlockRef> appended;
    while (step.outcome == Outcome::NeedParent) {
        // Find the block by hash on `chain` (search downwards).
        BlockRef parent;
        for (quint64 n = head.number; n > 0; --n) {
            if (chain.block(n - 1).hash == step.wantHash) {
                parent = chain.block(n - 1);
                break;
            }
        }
        if (fetches)
            ++*fetches;
        step = window.offer(parent);
    }
    return step;
}

} // namespace

class TestBlockWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extendsBlockByBlock()
    {
        Chain chain;
        BlockWindow window(chain.block(100));
        for (quint64 n = 101; n <= 110; ++n) {
            const auto step = window.offer(chain.block(n));
            QCOMPARE(step.outcome, Outcome::Extended);
            QCOMPARE(step.appended, QList<BlockRef> {chain.block(n)});
            QVERIFY(step.orphaned.isEmpty());
        }
        QCOMPARE(window.tip(), chain.block(110));
        QCOMPARE(window.confirmations(101), quint64(10));
        QCOMPARE(window.confirmations(110), quint64(1));
        QCOMPARE(window.confirmations(111), quint64(0));
        QCOMPARE(window.blocks().size(), 10);
    }

    void repeatedHeadsAreKnown()
    {
        Chain chain;
        BlockWindow window(chain.block(100));
        window.offer(chain.block(101));
        window.offer(chain.block(102));
        QCOMPARE(window.offer(chain.block(102)).outcome, Outcome::Known);
        QCOMPARE(window.offer(chain.block(101)).outcome, Outcome::Known);
        QCOMPARE(window.offer(chain.block(100)).outcome, Outcome::Known);
        QCOMPARE(window.offer(chain.block(90)).outcome, Outcome::Stale);
    }

    void smallGapsAreWalkedBackByParentHash()
    {
        Chain chain;
        BlockWindow window(chain.block(100));
        window.offer(chain.block(101));
        int fetches = 0;
        const auto step = feed(window, chain, chain.block(105), &fetches);
        QCOMPARE(step.outcome, Outcome::Extended);
        QCOMPARE(fetches, 3);
        QCOMPARE(step.appended.size(), 4);
        QCOMPARE(step.appended.first(), chain.block(102)); // oldest first
        QCOMPARE(step.appended.last(), chain.block(105));
    }

    void largeGapsAskForACatchUp()
    {
        Chain chain;
        BlockWindow window(chain.block(100), 8);
        window.offer(chain.block(101));
        auto step = window.offer(chain.block(200));
        int walked = 0;
        while (step.outcome == Outcome::NeedParent) {
            ++walked;
            step = window.offer(chain.block(200 - quint64(walked)));
        }
        QCOMPARE(step.outcome, Outcome::NeedCatchUp);
        QCOMPARE(step.fromNumber, quint64(102));
        QCOMPARE(step.toNumber, quint64(200));
        QCOMPARE(window.tip(), chain.block(101)); // nothing half-applied
    }

    void reorgsOrphanAndReplace_data()
    {
        QTest::addColumn<int>("depth");
        for (int depth : {1, 2, 3, 5, 12})
            QTest::newRow(qPrintable(QStringLiteral("depth %1").arg(depth))) << depth;
    }

    void reorgsOrphanAndReplace()
    {
        QFETCH(int, depth);
        Chain old;
        BlockWindow window(old.block(100));
        for (quint64 n = 101; n <= 120; ++n)
            window.offer(old.block(n));
        // The other fork replaces the last `depth` blocks and grows one more.
        Chain fresh {1, 120 - quint64(depth)};
        const auto step = feed(window, fresh, fresh.block(121));
        QCOMPARE(step.outcome, Outcome::Extended);
        QCOMPARE(step.orphaned.size(), depth);
        QCOMPARE(step.orphaned.first(), old.block(120)); // newest first
        QCOMPARE(step.orphaned.last(), old.block(120 - quint64(depth) + 1));
        QCOMPARE(step.appended.size(), depth + 1);
        QCOMPARE(step.appended.first(), fresh.block(120 - quint64(depth) + 1));
        QCOMPARE(window.tip(), fresh.block(121));
        // The whole window is now one consistent chain.
        const QList<BlockRef> blocks = window.blocks();
        for (int i = 1; i < blocks.size(); ++i)
            QCOMPARE(blocks[i].parentHash, blocks[i - 1].hash);
    }

    void sameHeightReorg()
    {
        Chain old;
        BlockWindow window(old.block(100));
        for (quint64 n = 101; n <= 105; ++n)
            window.offer(old.block(n));
        Chain fresh {1, 104};
        const auto step = feed(window, fresh, fresh.block(105));
        QCOMPARE(step.outcome, Outcome::Extended);
        QCOMPARE(step.orphaned, QList<BlockRef> {old.block(105)});
        QCOMPARE(step.appended, QList<BlockRef> {fresh.block(105)});
        // And back again: the old block can return.
        const auto back = feed(window, old, old.block(106));
        QCOMPARE(back.outcome, Outcome::Extended);
        QCOMPARE(back.orphaned, QList<BlockRef> {fresh.block(105)});
        QCOMPARE(back.appended.size(), 2);
    }

    void reorgBelowFinalityIsRefused()
    {
        Chain old;
        BlockWindow window(old.block(100));
        for (quint64 n = 101; n <= 110; ++n)
            window.offer(old.block(n));
        Chain fresh {1, 95}; // forks below the finalized block 100
        const auto step = feed(window, fresh, fresh.block(111));
        QCOMPARE(step.outcome, Outcome::DeepReorg);
        QCOMPARE(window.tip(), old.block(110)); // unchanged
    }

    void aNewerHeadMidWalkRestartsTheWalk()
    {
        Chain old;
        BlockWindow window(old.block(100));
        for (quint64 n = 101; n <= 105; ++n)
            window.offer(old.block(n));
        Chain fresh {1, 102};
        auto step = window.offer(fresh.block(106));
        QCOMPARE(step.outcome, Outcome::NeedParent);
        // Before the parent arrives, the old chain's next head shows up.
        step = window.offer(old.block(106));
        QCOMPARE(step.outcome, Outcome::Extended);
        QCOMPARE(window.tip(), old.block(106));
    }

    void finalizationPrunes()
    {
        Chain chain;
        BlockWindow window(chain.block(100));
        for (quint64 n = 101; n <= 110; ++n)
            window.offer(chain.block(n));
        QVERIFY(window.finalize(chain.block(105)));
        QCOMPARE(window.finalized(), chain.block(105));
        QCOMPARE(window.blocks().size(), 5);
        QVERIFY(window.finalize(chain.block(103))); // a lagging node: ignored
        QCOMPARE(window.finalized(), chain.block(105));
        Chain other {1, 100};
        QVERIFY(!window.finalize(other.block(108))); // not our chain: deep reorg
        QVERIFY(window.finalize(chain.block(120))); // beyond our tip: we are behind
        QVERIFY(window.blocks().isEmpty());
        QCOMPARE(window.tip(), chain.block(120));
    }
};

KASSA_TEST_MAIN(TestBlockWindow)
#include "tst_blockwindow.moc"
