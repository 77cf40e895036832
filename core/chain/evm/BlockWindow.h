// BlockWindow: the reorg-safe view of one chain's recent blocks (the
// algorithm of reference/chains.md §1.6, as Ponder and Chainlink's log poller
// do it). It keeps (number, hash, parentHash) of every block above the last
// finalized one and decides, for each header offered, whether it extends the
// chain, is already known, needs its parent fetched first (a reorg or a small
// gap, walked back by parent hash), needs a catch-up (a large gap), or is a
// reorg deeper than finality allows. It does no I/O: the watcher fetches
// what a step asks for and offers it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <deque>
#include <optional>

namespace kassa::chain::evm {

struct BlockRef {
    quint64 number = 0;
    QByteArray hash; //!< 32 bytes
    QByteArray parentHash; //!< 32 bytes

    bool operator==(const BlockRef &other) const = default;
};

class BlockWindow
{
public:
    enum class Outcome {
        Known, //!< already in the window; nothing to do
        Extended, //!< `appended` joined the chain (after `orphaned` left it, on a reorg)
        NeedParent, //!< fetch the block `wantHash` and offer it, then offer the head again
        NeedCatchUp, //!< too far ahead: catch up `fromNumber`..`toNumber` from the final zone first
        DeepReorg, //!< the new chain leaves below the finalized block: stop and alert
        Stale, //!< at or below the finalized block and not on our chain: ignore
    };

    struct Step {
        Outcome outcome = Outcome::Known;
        QList<BlockRef> orphaned; //!< newest first: blocks that left the chain
        QList<BlockRef> appended; //!< oldest first: blocks that joined it
        QByteArray wantHash; //!< NeedParent
        quint64 fromNumber = 0; //!< NeedCatchUp
        quint64 toNumber = 0;
    };

    //! `maxWalk`: how many blocks a reorg or gap may be walked back by
    //! parent hash before the watcher switches to a catch-up.
    explicit BlockWindow(BlockRef finalized, int maxWalk = 64);

    //! Offers a block from the node (a new head, or a parent asked for).
    Step offer(const BlockRef &block);

    //! Moves the finalized mark up (from the chain's "finalized" tag or a
    //! fixed depth) and forgets blocks at or below it. A finalized block that
    //! is not on our chain is refused (returns false): that is a deep reorg.
    bool finalize(const BlockRef &finalized);

    const BlockRef &finalized() const { return m_finalized; }
    //! The newest block (the finalized one when the window is empty).
    const BlockRef &tip() const;
    //! Confirmations of a block at `number` on the current chain.
    quint64 confirmations(quint64 number) const;
    //! Blocks above the finalized one, oldest first.
    QList<BlockRef> blocks() const;
    bool contains(const QByteArray &hash) const;
    //! Forgets a pending parent walk (after a catch-up or a reconnect).
    void resetWalk() { m_walk.clear(); }

private:
    std::optional<size_t> indexOf(const QByteArray &hash) const;

    BlockRef m_finalized;
    std::deque<BlockRef> m_window;
    QList<BlockRef> m_walk; //!< remote blocks collected while walking back, newest first
    int m_maxWalk;
};

} // namespace kassa::chain::evm
