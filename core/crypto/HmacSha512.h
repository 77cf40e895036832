// HmacSha512: HMAC-SHA512 (RFC 2104) with the key schedule done once, for
// BIP-32 child derivation. Deriving a million receive addresses runs one
// HMAC per address under the same chain code, so the inner and outer SHA-512
// states after the padded key are computed in the constructor and each MAC
// copies them: two SHA-512 blocks of work per MAC, no allocation, no
// OpenSSL object lookups. (EVP_MAC would allocate and re-key on every call.)
//
// The key states are as secret as the key and are wiped on destruction.
#pragma once

#include <QByteArrayView>

#include <array>
#include <cstddef>
#include <cstdint>

namespace kassa::crypto {

using Hash64 = std::array<std::uint8_t, 64>;

class HmacSha512
{
public:
    explicit HmacSha512(QByteArrayView key);
    ~HmacSha512();
    HmacSha512(const HmacSha512 &other);
    HmacSha512 &operator=(const HmacSha512 &other);

    //! HMAC-SHA512(key, data) into `out` (64 bytes).
    void compute(const std::uint8_t *data, std::size_t size, std::uint8_t *out) const;
    Hash64 compute(QByteArrayView data) const;

    //! One-shot HMAC-SHA512.
    static Hash64 mac(QByteArrayView key, QByteArrayView data);

private:
    // Two SHA512_CTX (OpenSSL's plain struct), kept opaque here so that this
    // header does not pull in OpenSSL's deprecated low-level API.
    alignas(8) std::array<std::uint8_t, 216> m_inner {};
    alignas(8) std::array<std::uint8_t, 216> m_outer {};
};

} // namespace kassa::crypto
