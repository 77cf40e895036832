// ReservationIndex: the unique-amount reservations (amount_reservations) in
// memory, so that finding a free (address, amount) for a new order and
// finding the order a transfer pays are hash lookups instead of queries.
//
// The database stays the record and the final guard: the table's primary
// key refuses a second holder, so an index that is behind the database
// (another seat on a shared PostgreSQL database reserved a slot, another
// Payments object on the same database) only costs a retry, never a double
// reservation. Payments keeps it in step with its own commits.
//
// Keys are exact, as in the SQL it replaces: chain, token contract and
// address as stored, amount in the asset's smallest units as decimal text.
//
// Not thread-safe: Payments touches it on the database's writer thread only
// (inside write transactions), the benchmarks on one thread.
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace kassa::payments {

class ReservationIndex
{
public:
    //! One slot: on a shared address an order is known by its exact amount.
    struct Slot {
        QString chain;
        QString token;
        QString address;
        QString amount; //!< smallest units, decimal
        bool operator==(const Slot &) const = default;
    };
    struct Hold {
        qint64 orderId = 0;
        qint64 holdUntilMs = 0;
    };

    //! Whoever holds the slot (whatever the hold time).
    std::optional<Hold> holder(
        const QString &chain, const QString &token, const QString &address, const QString &amount) const;
    //! Taken for a new order at `nowMs` (the hold has not ended; the SQL
    //! rule `hold_until_ms > now`).
    bool isTaken(const QString &chain, const QString &token, const QString &address, const QString &amount,
        qint64 nowMs) const;
    //! The order a transfer first seen at `seenMs` pays: the holder whose
    //! hold lasts until then (`hold_until_ms >= seen`). 0: none.
    qint64 match(const QString &chain, const QString &token, const QString &address, const QString &amount,
        qint64 seenMs) const;

    //! Sets the slot's holder (replacing an ended hold, as the upsert does).
    void put(const Slot &slot, Hold hold);
    //! Drops the slot if `orderId` still holds it.
    void remove(const Slot &slot, qint64 orderId);
    //! Drops the reservation of `orderId` (paid: the amount is free again)
    //! and returns it, so that a rolled-back transaction can put it back.
    std::optional<std::pair<Slot, Hold>> takeOrder(qint64 orderId);
    //! Drops holds that ended at or before `nowMs` (they are free anyway).
    int prune(qint64 nowMs);
    void clear();
    qsizetype size() const { return m_byOrder.size(); }

private:
    //! The slots of one (chain, token): address and amount.
    struct Key {
        QString address;
        QString amount;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept { return qHashMulti(seed, key.address, key.amount); }
    using Book = QHash<Key, Hold>;

    const Hold *find(const QString &chain, const QString &token, const QString &address, const QString &amount) const;

    //! chain → token → slots (two levels: a lookup builds no key string).
    QHash<QString, QHash<QString, Book>> m_books;
    QHash<qint64, Slot> m_byOrder;
};

} // namespace kassa::payments
