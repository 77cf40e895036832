#include "chain/evm/BlockWindow.h"

namespace kassa::chain::evm {

BlockWindow::BlockWindow(BlockRef finalized, int maxWalk) : m_finalized(std::move(finalized)), m_maxWalk(maxWalk)
{ }

const BlockRef &BlockWindow::tip() const
{
    return m_window.empty() ? m_finalized : m_window.back();
}

quint64 BlockWindow::confirmations(quint64 number) const
{
    const quint64 head = tip().number;
    return number > head ? 0 : head - number + 1;
}

QList<BlockRef> BlockWindow::blocks() const
{
    return QList<BlockRef>(m_window.begin(), m_window.end());
}

std::optional<size_t> BlockWindow::indexOf(const QByteArray &hash) const
{
    for (size_t i = m_window.size(); i-- > 0;) {
        if (m_window[i].hash == hash)
            return i;
    }
    return std::nullopt;
}

bool BlockWindow::contains(const QByteArray &hash) const
{
    return hash == m_finalized.hash || indexOf(hash).has_value();
}

BlockWindow::Step BlockWindow::offer(const BlockRef &block)
{
    Step step;
    if (contains(block.hash)) {
        // Known — but if we were walking towards it, the walk has connected.
        if (m_walk.isEmpty() || m_walk.last().parentHash != block.hash) {
            step.outcome = Outcome::Known;
            return step;
        }
    } else if (block.number <= m_finalized.number) {
        // Below finality and not ours. While walking back, that means the
        // remote chain forks below the finalized block.
        step.outcome = m_walk.isEmpty() ? Outcome::Stale : Outcome::DeepReorg;
        m_walk.clear();
        return step;
    } else if (!m_walk.isEmpty() && m_walk.last().parentHash != block.hash) {
        // An unrelated block arrived mid-walk (a newer head): restart from it.
        m_walk.clear();
    }

    // Join point: `block` itself if known (a connected walk), else its parent.
    const QByteArray joinHash = contains(block.hash) ? block.hash : block.parentHash;
    if (!contains(block.hash))
        m_walk.append(block);

    if (!contains(joinHash)) {
        const BlockRef &oldest = m_walk.last();
        if (oldest.number == 0 || oldest.number - 1 <= m_finalized.number) {
            // The parent would be at or below the finalized block, yet it is
            // not the finalized block: the remote chain left ours below finality.
            step.outcome = Outcome::DeepReorg;
            m_walk.clear();
            return step;
        }
        if (m_walk.size() > m_maxWalk) {
            step.outcome = Outcome::NeedCatchUp;
            step.fromNumber = tip().number + 1;
            step.toNumber = m_walk.first().number;
            m_walk.clear();
            return step;
        }
        step.outcome = Outcome::NeedParent;
        step.wantHash = oldest.parentHash;
        return step;
    }

    // Connected: orphan what is above the join point, append the walk.
    if (joinHash != m_finalized.hash) {
        const size_t join = *indexOf(joinHash);
        while (m_window.size() > join + 1) {
            step.orphaned.append(m_window.back());
            m_window.pop_back();
        }
    } else {
        while (!m_window.empty()) {
            step.orphaned.append(m_window.back());
            m_window.pop_back();
        }
    }
    for (auto it = m_walk.crbegin(); it != m_walk.crend(); ++it) {
        m_window.push_back(*it);
        step.appended.append(*it);
    }
    m_walk.clear();
    step.outcome = step.appended.isEmpty() ? Outcome::Known : Outcome::Extended;
    return step;
}

bool BlockWindow::finalize(const BlockRef &finalized)
{
    if (finalized.number <= m_finalized.number)
        return finalized.number < m_finalized.number || finalized.hash == m_finalized.hash;
    const auto index = indexOf(finalized.hash);
    if (!index) {
        // Not in our window. Acceptable only when it is beyond our tip (we
        // are behind; the catch-up will get there).
        if (finalized.number > tip().number) {
            m_window.clear();
            m_walk.clear();
            m_finalized = finalized;
            return true;
        }
        return false;
    }
    for (size_t i = 0; i <= *index; ++i)
        m_window.pop_front();
    m_finalized = finalized;
    return true;
}

} // namespace kassa::chain::evm
