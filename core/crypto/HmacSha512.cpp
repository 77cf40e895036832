// OpenSSL 3 marks the low-level SHA512_* functions deprecated in favour of
// EVP, whose per-call allocations are what this class exists to avoid; they
// remain part of OpenSSL 3's API.
#define OPENSSL_SUPPRESS_DEPRECATED
#include "crypto/HmacSha512.h"

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/sha.h>

namespace kassa::crypto {

namespace {

static_assert(sizeof(SHA512_CTX) == 216, "HmacSha512 stores SHA512_CTX in 216 bytes");
static_assert(alignof(SHA512_CTX) <= 8);

constexpr std::size_t kBlock = SHA512_CBLOCK; // 128

SHA512_CTX *ctx(std::array<std::uint8_t, 216> &storage)
{
    return reinterpret_cast<SHA512_CTX *>(storage.data());
}

} // namespace

HmacSha512::HmacSha512(QByteArrayView key)
{
    std::uint8_t block[kBlock] = {};
    if (std::size_t(key.size()) > kBlock)
        SHA512(reinterpret_cast<const unsigned char *>(key.data()), std::size_t(key.size()), block);
    else if (!key.isEmpty())
        std::memcpy(block, key.data(), std::size_t(key.size()));
    std::uint8_t pad[kBlock];
    for (std::size_t i = 0; i < kBlock; ++i)
        pad[i] = block[i] ^ 0x36;
    SHA512_Init(ctx(m_inner));
    SHA512_Update(ctx(m_inner), pad, kBlock);
    for (std::size_t i = 0; i < kBlock; ++i)
        pad[i] = block[i] ^ 0x5c;
    SHA512_Init(ctx(m_outer));
    SHA512_Update(ctx(m_outer), pad, kBlock);
    OPENSSL_cleanse(block, sizeof(block));
    OPENSSL_cleanse(pad, sizeof(pad));
}

HmacSha512::~HmacSha512()
{
    OPENSSL_cleanse(m_inner.data(), m_inner.size());
    OPENSSL_cleanse(m_outer.data(), m_outer.size());
}

HmacSha512::HmacSha512(const HmacSha512 &other) = default;
HmacSha512 &HmacSha512::operator=(const HmacSha512 &other) = default;

void HmacSha512::compute(const std::uint8_t *data, std::size_t size, std::uint8_t *out) const
{
    std::array<std::uint8_t, 216> state = m_inner;
    std::uint8_t innerHash[SHA512_DIGEST_LENGTH];
    SHA512_Update(ctx(state), data, size);
    SHA512_Final(innerHash, ctx(state));
    state = m_outer;
    SHA512_Update(ctx(state), innerHash, sizeof(innerHash));
    SHA512_Final(out, ctx(state));
    OPENSSL_cleanse(innerHash, sizeof(innerHash));
    OPENSSL_cleanse(state.data(), state.size());
}

Hash64 HmacSha512::compute(QByteArrayView data) const
{
    Hash64 out;
    compute(reinterpret_cast<const std::uint8_t *>(data.data()), std::size_t(data.size()), out.data());
    return out;
}

Hash64 HmacSha512::mac(QByteArrayView key, QByteArrayView data)
{
    return HmacSha512(key).compute(data);
}

} // namespace kassa::crypto
