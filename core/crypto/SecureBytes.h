// SecureBytes: the only container for secret bytes (private keys, seeds,
// decrypted exports). Its memory is wiped with OPENSSL_cleanse when it is
// freed and whenever it moves to a bigger allocation, so no stale copy is left
// on the heap. It is move-only (copies are explicit, with clone()), does not
// convert to QByteArray or QString, and has no QDebug operator, so a secret
// cannot reach a log or a shared Qt buffer by accident. Long-lived secrets can
// ask for mlock (best effort: kept out of swap and core dumps when the system
// allows it).
//
// SecretKey: a 32-byte secp256k1 private key that is known to be valid
// (1 ≤ k < n, checked with secp256k1_ec_seckey_verify).
#pragma once

#include "base/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringView>

#include <cstdint>
#include <utility>

namespace kassa::crypto {

class SecureBytes
{
public:
    enum class Lock {
        None, //!< plain heap memory, wiped on free
        BestEffort, //!< page-aligned, mlock'ed and excluded from core dumps if the system allows
    };

    SecureBytes() = default;
    //! `size` zero bytes.
    explicit SecureBytes(qsizetype size, Lock lock = Lock::None);
    //! A copy of `bytes` (the caller wipes its own copy if it was secret).
    static SecureBytes copyOf(QByteArrayView bytes, Lock lock = Lock::None);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    //! An explicit copy with the same lock mode.
    SecureBytes clone() const;

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    //! A non-owning view, valid until the next change of this buffer.
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    std::uint8_t &operator[](qsizetype i) { return m_data[i]; }
    std::uint8_t operator[](qsizetype i) const { return m_data[i]; }

    //! Grows with zero bytes or shrinks (the cut-off tail is wiped).
    void resize(qsizetype size);
    void reserve(qsizetype capacity);
    void append(QByteArrayView bytes);
    //! Wipes and frees the memory.
    void clear();

    //! Constant-time comparison (the time depends on the sizes only).
    bool equals(const SecureBytes &other) const;
    Lock lockMode() const { return m_lock; }
    //! True if the pages are actually mlock'ed (BestEffort may fail quietly).
    bool isLocked() const { return m_locked; }

private:
    void reallocate(qsizetype capacity);
    void release();

    std::uint8_t *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    qsizetype m_allocated = 0; //!< bytes actually allocated (page-rounded when locked)
    Lock m_lock = Lock::None;
    bool m_locked = false;
};

class SecretKey
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::SecretKey)

public:
    static constexpr qsizetype Size = 32;

    //! Copies 32 big-endian bytes; rejects other sizes, zero and values ≥ n.
    static Result<SecretKey> fromBytes(QByteArrayView bytes);
    //! Takes over a buffer (no copy left behind); same checks.
    static Result<SecretKey> fromBytes(SecureBytes bytes);
    //! 64 hex digits, with or without 0x; the error never repeats the text.
    static Result<SecretKey> fromHex(QStringView hex);
    //! A fresh key from OpenSSL's CSPRNG (RAND_bytes); fails only if it fails.
    static Result<SecretKey> generate();

    SecretKey(SecretKey &&) noexcept = default;
    SecretKey &operator=(SecretKey &&) noexcept = default;
    SecretKey clone() const { return SecretKey(m_bytes.clone()); }

    //! The 32 key bytes. Empty only after the key was moved from.
    const std::uint8_t *data() const { return m_bytes.data(); }
    const SecureBytes &bytes() const { return m_bytes; }
    bool isNull() const { return m_bytes.size() != Size; }

private:
    explicit SecretKey(SecureBytes bytes) : m_bytes(std::move(bytes)) { }

    SecureBytes m_bytes;
};

} // namespace kassa::crypto
