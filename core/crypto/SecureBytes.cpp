#include "crypto/SecureBytes.h"

#include "crypto/Hex.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <secp256k1.h>
#include <sys/mman.h>
#include <unistd.h>

namespace kassa::crypto {

namespace {

qsizetype pageSize()
{
    static const qsizetype size = [] {
        const long s = sysconf(_SC_PAGESIZE);
        return s > 0 ? qsizetype(s) : qsizetype(4096);
    }();
    return size;
}

} // namespace

SecureBytes::SecureBytes(qsizetype size, Lock lock) : m_lock(lock)
{
    resize(size);
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes, Lock lock)
{
    SecureBytes out(0, lock);
    out.append(bytes);
    return out;
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)), m_allocated(std::exchange(other.m_allocated, 0)),
      m_lock(other.m_lock), m_locked(std::exchange(other.m_locked, false))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_allocated = std::exchange(other.m_allocated, 0);
        m_lock = other.m_lock;
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

SecureBytes SecureBytes::clone() const
{
    return copyOf(view(), m_lock);
}

void SecureBytes::resize(qsizetype size)
{
    if (size < 0)
        size = 0;
    if (size > m_capacity)
        reallocate(std::max(size, 2 * m_capacity));
    if (size > m_size)
        std::memset(m_data + m_size, 0, size_t(size - m_size));
    else if (size < m_size)
        OPENSSL_cleanse(m_data + size, size_t(m_size - size));
    m_size = size;
}

void SecureBytes::reserve(qsizetype capacity)
{
    if (capacity > m_capacity)
        reallocate(capacity);
}

void SecureBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    // `bytes` may point into this very buffer, which a reallocation frees.
    const auto *src = reinterpret_cast<const std::uint8_t *>(bytes.data());
    const bool aliased = m_data && src >= m_data && src < m_data + m_capacity;
    const qsizetype aliasOffset = aliased ? qsizetype(src - m_data) : 0;
    const qsizetype oldSize = m_size;
    resize(m_size + bytes.size());
    if (aliased)
        src = m_data + aliasOffset;
    std::memmove(m_data + oldSize, src, size_t(bytes.size()));
}

void SecureBytes::clear()
{
    release();
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, size_t(m_size)) == 0;
}

void SecureBytes::reallocate(qsizetype capacity)
{
    std::uint8_t *fresh = nullptr;
    qsizetype allocated = capacity;
    bool locked = false;
    if (m_lock == Lock::BestEffort) {
        const qsizetype page = pageSize();
        allocated = (capacity + page - 1) / page * page;
        void *p = nullptr;
        if (posix_memalign(&p, size_t(page), size_t(allocated)) != 0)
            throw std::bad_alloc();
        fresh = static_cast<std::uint8_t *>(p);
        // Whole pages of our own, so munlock() later cannot unlock a
        // neighbour's secret. Failure (RLIMIT_MEMLOCK) is tolerated.
        locked = mlock(fresh, size_t(allocated)) == 0;
        madvise(fresh, size_t(allocated), MADV_DONTDUMP);
    } else {
        fresh = static_cast<std::uint8_t *>(std::malloc(size_t(allocated)));
        if (!fresh)
            throw std::bad_alloc();
    }
    if (m_size > 0)
        std::memcpy(fresh, m_data, size_t(m_size));
    const qsizetype size = m_size;
    release();
    m_data = fresh;
    m_size = size;
    m_capacity = capacity;
    m_allocated = allocated;
    m_locked = locked;
}

void SecureBytes::release()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, size_t(m_allocated));
        if (m_lock == Lock::BestEffort) {
            if (m_locked)
                munlock(m_data, size_t(m_allocated));
            madvise(m_data, size_t(m_allocated), MADV_DODUMP);
        }
        std::free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_allocated = 0;
    m_locked = false;
}

// --- SecretKey ---------------------------------------------------------------

namespace {

bool isValidSecret(const std::uint8_t *key)
{
    // Range check only; no secret-dependent multiplication, so the static
    // context is enough.
    return secp256k1_ec_seckey_verify(secp256k1_context_static, key) == 1;
}

Error invalidKeyError()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("secret key out of range (zero or not below n)"),
        SecretKey::tr("This is not a valid private key: it is zero or not below the secp256k1 group order."),
        SecretKey::tr("Check that the key was copied completely and correctly."));
}

} // namespace

Result<SecretKey> SecretKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("secret key has %1 bytes instead of 32").arg(bytes.size()),
            tr("A private key has 32 bytes (64 hex digits); this one has %1 bytes.").arg(bytes.size()),
            tr("Check that the key was copied completely and correctly."));
    }
    return fromBytes(SecureBytes::copyOf(bytes));
}

Result<SecretKey> SecretKey::fromBytes(SecureBytes bytes)
{
    if (bytes.size() != Size) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("secret key has %1 bytes instead of 32").arg(bytes.size()),
            tr("A private key has 32 bytes (64 hex digits); this one has %1 bytes.").arg(bytes.size()),
            tr("Check that the key was copied completely and correctly."));
    }
    if (!isValidSecret(bytes.data()))
        return invalidKeyError();
    return SecretKey(std::move(bytes));
}

Result<SecretKey> SecretKey::fromHex(QStringView hex)
{
    Result<SecureBytes> bytes =
        Hex::decodeSecret(hex, {.allowPrefix = true, .requirePrefix = false, .exactBytes = Size});
    if (!bytes)
        return bytes.error();
    return fromBytes(std::move(bytes).value());
}

Result<SecretKey> SecretKey::generate()
{
    SecureBytes bytes(Size);
    // A uniformly random 32-byte string is invalid with probability ~2^-128;
    // the loop is there for correctness, not because it ever repeats.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (RAND_bytes(bytes.data(), int(Size)) != 1)
            break;
        if (isValidSecret(bytes.data()))
            return SecretKey(std::move(bytes));
    }
    return makeError(ErrorCode::Internal, QStringLiteral("RAND_bytes failed while generating a secret key"),
        tr("The system's random number generator failed, so no key was created."),
        tr("Try again; if it keeps failing, check the system's entropy source."));
}

} // namespace kassa::crypto
