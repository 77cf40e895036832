// WatchedAddresses: the set of addresses a chain watcher credits — every
// receive address of every wallet, plus per-order and deposit addresses —
// with O(1) lookup for each Transfer log seen. Built to hold 1,000,000
// addresses in well under 100 MB: an open-addressing table of 20-byte keys
// and a 32-bit tag (the owner: a wallet or order index), no per-entry
// allocation. Thread-safe: the watcher looks up while wallets and orders add
// and remove addresses from other threads.
#pragma once

#include <QReadWriteLock>
#include <QtGlobal>

#include <array>
#include <atomic>
#include <optional>
#include <vector>

namespace kassa::chain {

using Address20 = std::array<quint8, 20>;

class WatchedAddresses
{
public:
    explicit WatchedAddresses(size_t expected = 1024);

    //! Adds (or re-tags) an address. Returns true when it was not there.
    bool insert(const Address20 &address, quint32 tag);
    //! Removes an address. Returns true when it was there.
    bool remove(const Address20 &address);
    //! The tag of a watched address, or nothing.
    std::optional<quint32> find(const Address20 &address) const;
    bool contains(const Address20 &address) const { return find(address).has_value(); }

    size_t size() const;
    //! Bytes held by the table (for the memory figure in the benchmark).
    size_t memoryBytes() const;
    //! Every address, in no particular order (for topic filters of small sets).
    std::vector<Address20> addresses() const;
    //! Changes whenever an address is added or removed, so a watcher can
    //! rebuild what it derived from the set (a topic filter) only when needed.
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }

private:
    struct Slot {
        Address20 address {};
        quint32 tag = 0;
        bool used = false;
    };

    size_t indexFor(const Address20 &address) const;
    void grow();
    bool insertUnlocked(const Address20 &address, quint32 tag);

    mutable QReadWriteLock m_lock;
    std::vector<Slot> m_slots;
    size_t m_size = 0;
    size_t m_mask = 0;
    std::atomic<quint64> m_generation {0};
};

} // namespace kassa::chain
