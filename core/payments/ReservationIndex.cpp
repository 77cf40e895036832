#include "payments/ReservationIndex.h"

namespace kassa::payments {

const ReservationIndex::Hold *ReservationIndex::find(
    const QString &chain, const QString &token, const QString &address, const QString &amount) const
{
    const auto chainIt = m_books.constFind(chain);
    if (chainIt == m_books.cend())
        return nullptr;
    const auto bookIt = chainIt->constFind(token);
    if (bookIt == chainIt->cend())
        return nullptr;
    const auto it = bookIt->constFind(Key {address, amount});
    return it == bookIt->cend() ? nullptr : &*it;
}

std::optional<ReservationIndex::Hold> ReservationIndex::holder(
    const QString &chain, const QString &token, const QString &address, const QString &amount) const
{
    const Hold *hold = find(chain, token, address, amount);
    return hold ? std::optional<Hold>(*hold) : std::nullopt;
}

bool ReservationIndex::isTaken(
    const QString &chain, const QString &token, const QString &address, const QString &amount, qint64 nowMs) const
{
    const Hold *hold = find(chain, token, address, amount);
    return hold && hold->holdUntilMs > nowMs;
}

qint64 ReservationIndex::match(
    const QString &chain, const QString &token, const QString &address, const QString &amount, qint64 seenMs) const
{
    const Hold *hold = find(chain, token, address, amount);
    return hold && hold->holdUntilMs >= seenMs ? hold->orderId : 0;
}

void ReservationIndex::put(const Slot &slot, Hold hold)
{
    Hold &held = m_books[slot.chain][slot.token][Key {slot.address, slot.amount}];
    if (held.orderId != 0 && held.orderId != hold.orderId)
        m_byOrder.remove(held.orderId);
    held = hold;
    m_byOrder.insert(hold.orderId, slot);
}

void ReservationIndex::remove(const Slot &slot, qint64 orderId)
{
    const auto chainIt = m_books.find(slot.chain);
    if (chainIt == m_books.end())
        return;
    const auto bookIt = chainIt->find(slot.token);
    if (bookIt == chainIt->end())
        return;
    const auto it = bookIt->find(Key {slot.address, slot.amount});
    if (it == bookIt->end() || it->orderId != orderId)
        return;
    bookIt->erase(it);
    m_byOrder.remove(orderId);
}

std::optional<std::pair<ReservationIndex::Slot, ReservationIndex::Hold>> ReservationIndex::takeOrder(qint64 orderId)
{
    const auto it = m_byOrder.constFind(orderId);
    if (it == m_byOrder.cend())
        return std::nullopt;
    const Slot slot = *it;
    const Hold *hold = find(slot.chain, slot.token, slot.address, slot.amount);
    if (!hold) {
        m_byOrder.erase(it);
        return std::nullopt;
    }
    const Hold taken = *hold;
    remove(slot, orderId);
    return std::make_pair(slot, taken);
}

int ReservationIndex::prune(qint64 nowMs)
{
    int dropped = 0;
    for (auto &tokens : m_books) {
        for (auto &book : tokens) {
            for (auto it = book.begin(); it != book.end();) {
                if (it->holdUntilMs <= nowMs) {
                    m_byOrder.remove(it->orderId);
                    it = book.erase(it);
                    ++dropped;
                } else {
                    ++it;
                }
            }
        }
    }
    return dropped;
}

void ReservationIndex::clear()
{
    m_books.clear();
    m_byOrder.clear();
}

} // namespace kassa::payments
