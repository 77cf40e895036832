#include "chain/WatchedAddresses.h"

#include <cstring>

namespace kassa::chain {

namespace {

size_t roundUpPow2(size_t n)
{
    size_t p = 16;
    while (p < n)
        p <<= 1;
    return p;
}

} // namespace

WatchedAddresses::WatchedAddresses(size_t expected)
{
    m_slots.resize(roundUpPow2(expected * 2)); // load factor ≤ 1/2 at the expected size
    m_mask = m_slots.size() - 1;
}

size_t WatchedAddresses::indexFor(const Address20 &address) const
{
    // Addresses are hash outputs, so their bytes are already uniform; mix
    // anyway so crafted (vanity) addresses cannot pile into one run.
    quint64 a;
    quint64 b;
    std::memcpy(&a, address.data(), 8);
    std::memcpy(&b, address.data() + 12, 8);
    quint64 h = a ^ (b * 0x9E3779B97F4A7C15ull);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return size_t(h) & m_mask;
}

void WatchedAddresses::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.size() * 2, Slot {});
    m_mask = m_slots.size() - 1;
    m_size = 0;
    for (const Slot &slot : old) {
        if (slot.used)
            insertUnlocked(slot.address, slot.tag);
    }
}

bool WatchedAddresses::insertUnlocked(const Address20 &address, quint32 tag)
{
    for (size_t i = indexFor(address);; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (!slot.used) {
            slot.address = address;
            slot.tag = tag;
            slot.used = true;
            ++m_size;
            return true;
        }
        if (slot.address == address) {
            slot.tag = tag;
            return false;
        }
    }
}

bool WatchedAddresses::insert(const Address20 &address, quint32 tag)
{
    QWriteLocker locker(&m_lock);
    if ((m_size + 1) * 4 > m_slots.size() * 3) // keep the load factor under 3/4
        grow();
    const bool added = insertUnlocked(address, tag);
    if (added)
        m_generation.fetch_add(1, std::memory_order_release);
    return added;
}

bool WatchedAddresses::remove(const Address20 &address)
{
    QWriteLocker locker(&m_lock);
    size_t i = indexFor(address);
    for (;; i = (i + 1) & m_mask) {
        if (!m_slots[i].used)
            return false;
        if (m_slots[i].address == address)
            break;
    }
    // Backward-shift deletion: pull later members of the probe run forward so
    // lookups never need tombstones.
    size_t hole = i;
    for (size_t j = (i + 1) & m_mask; m_slots[j].used; j = (j + 1) & m_mask) {
        const size_t home = indexFor(m_slots[j].address);
        // Move j into the hole unless its home lies cyclically in (hole, j].
        const bool homeBetween = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
        if (!homeBetween) {
            m_slots[hole] = m_slots[j];
            hole = j;
        }
    }
    m_slots[hole] = Slot {};
    --m_size;
    m_generation.fetch_add(1, std::memory_order_release);
    return true;
}

std::optional<quint32> WatchedAddresses::find(const Address20 &address) const
{
    QReadLocker locker(&m_lock);
    for (size_t i = indexFor(address);; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (!slot.used)
            return std::nullopt;
        if (slot.address == address)
            return slot.tag;
    }
}

size_t WatchedAddresses::size() const
{
    QReadLocker locker(&m_lock);
    return m_size;
}

size_t WatchedAddresses::memoryBytes() const
{
    QReadLocker locker(&m_lock);
    return m_slots.capacity() * sizeof(Slot);
}

std::vector<Address20> WatchedAddresses::addresses() const
{
    QReadLocker locker(&m_lock);
    std::vector<Address20> out;
    out.reserve(m_size);
    for (const Slot &slot : m_slots) {
        if (slot.used)
            out.push_back(slot.address);
    }
    return out;
}

} // namespace kassa::chain
