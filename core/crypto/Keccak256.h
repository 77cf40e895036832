// Keccak256: the original Keccak-256 (pad byte 0x01) that Ethereum and Tron
// use for addresses, EIP-55 checksums, transaction hashes and ABI selectors.
// It is NOT FIPS-202 SHA3-256 (pad byte 0x06), and OpenSSL 3.0 has no
// Keccak-256 at all, hence this self-contained keccak-f[1600] sponge
// (rate 136 bytes, 32-byte output).
//
// It sits on the hot path of address derivation (one hash of 64 bytes per
// address), so input is absorbed 8 bytes per lane and the permutation is
// unrolled; there are no virtual calls and no allocations.
#pragma once

#include "crypto/Hash.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace kassa::crypto {

namespace detail {
// Defined only by tests/core/tst_keccak256.cpp: it runs the same sponge with
// the SHA3 pad byte 0x06 to cross-check against OpenSSL's EVP_sha3_256().
struct KeccakTestAccess;
} // namespace detail

class Keccak256
{
public:
    static constexpr std::size_t Rate = 136;

    Keccak256() { reset(); }

    void update(QByteArrayView data) { update(data.data(), std::size_t(data.size())); }
    void update(const void *data, std::size_t size);
    //! The digest of everything passed to update(); the object is then reset
    //! and can hash a new message.
    Hash32 final();
    void reset();

    //! One-shot Keccak-256.
    static Hash32 hash(QByteArrayView data);

private:
    friend struct detail::KeccakTestAccess;
    Hash32 finalWithPad(std::uint8_t pad);

    std::uint64_t m_lanes[25];
    std::size_t m_offset; //!< bytes absorbed into the current block
};

//! One-shot Keccak-256, the same as Keccak256::hash().
inline Hash32 keccak256(QByteArrayView data)
{
    return Keccak256::hash(data);
}

} // namespace kassa::crypto
