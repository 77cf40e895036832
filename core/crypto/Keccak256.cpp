#include "crypto/Keccak256.h"

#include <QtEndian>

#include <cstring>

namespace kassa::crypto {

namespace {

constexpr std::uint64_t kRoundConstants[24] = {0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL,
    0x8000000080008000ULL, 0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL, 0x000000008000808bULL,
    0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL, 0x8000000000008002ULL, 0x8000000000000080ULL,
    0x000000000000800aULL, 0x800000008000000aULL, 0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL,
    0x8000000080008008ULL};

inline std::uint64_t rotl(std::uint64_t x, int n)
{
    return (x << n) | (x >> (64 - n));
}

// keccak-f[1600] on 25 little-endian lanes; lane (x, y) is lanes[x + 5y].
// Unrolled: the 25 lanes live in locals (registers), theta, rho+pi and chi
// are written out per lane (generated from the FIPS-202 offsets), and only
// the round constant varies per iteration.
void keccakF1600(std::uint64_t *s)
{
    std::uint64_t a00 = s[0];
    std::uint64_t a01 = s[1];
    std::uint64_t a02 = s[2];
    std::uint64_t a03 = s[3];
    std::uint64_t a04 = s[4];
    std::uint64_t a05 = s[5];
    std::uint64_t a06 = s[6];
    std::uint64_t a07 = s[7];
    std::uint64_t a08 = s[8];
    std::uint64_t a09 = s[9];
    std::uint64_t a10 = s[10];
    std::uint64_t a11 = s[11];
    std::uint64_t a12 = s[12];
    std::uint64_t a13 = s[13];
    std::uint64_t a14 = s[14];
    std::uint64_t a15 = s[15];
    std::uint64_t a16 = s[16];
    std::uint64_t a17 = s[17];
    std::uint64_t a18 = s[18];
    std::uint64_t a19 = s[19];
    std::uint64_t a20 = s[20];
    std::uint64_t a21 = s[21];
    std::uint64_t a22 = s[22];
    std::uint64_t a23 = s[23];
    std::uint64_t a24 = s[24];

    for (std::uint64_t rc : kRoundConstants) {
        // theta
        const std::uint64_t c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
        const std::uint64_t c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
        const std::uint64_t c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
        const std::uint64_t c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
        const std::uint64_t c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
        const std::uint64_t d0 = c4 ^ rotl(c1, 1);
        const std::uint64_t d1 = c0 ^ rotl(c2, 1);
        const std::uint64_t d2 = c1 ^ rotl(c3, 1);
        const std::uint64_t d3 = c2 ^ rotl(c4, 1);
        const std::uint64_t d4 = c3 ^ rotl(c0, 1);
        // rho and pi: b[y, 2x+3y] = rotl(a[x, y] ^ d[x], r[x, y])
        const std::uint64_t b00 = a00 ^ d0;
        const std::uint64_t b01 = rotl(a06 ^ d1, 44);
        const std::uint64_t b02 = rotl(a12 ^ d2, 43);
        const std::uint64_t b03 = rotl(a18 ^ d3, 21);
        const std::uint64_t b04 = rotl(a24 ^ d4, 14);
        const std::uint64_t b05 = rotl(a03 ^ d3, 28);
        const std::uint64_t b06 = rotl(a09 ^ d4, 20);
        const std::uint64_t b07 = rotl(a10 ^ d0, 3);
        const std::uint64_t b08 = rotl(a16 ^ d1, 45);
        const std::uint64_t b09 = rotl(a22 ^ d2, 61);
        const std::uint64_t b10 = rotl(a01 ^ d1, 1);
        const std::uint64_t b11 = rotl(a07 ^ d2, 6);
        const std::uint64_t b12 = rotl(a13 ^ d3, 25);
        const std::uint64_t b13 = rotl(a19 ^ d4, 8);
        const std::uint64_t b14 = rotl(a20 ^ d0, 18);
        const std::uint64_t b15 = rotl(a04 ^ d4, 27);
        const std::uint64_t b16 = rotl(a05 ^ d0, 36);
        const std::uint64_t b17 = rotl(a11 ^ d1, 10);
        const std::uint64_t b18 = rotl(a17 ^ d2, 15);
        const std::uint64_t b19 = rotl(a23 ^ d3, 56);
        const std::uint64_t b20 = rotl(a02 ^ d2, 62);
        const std::uint64_t b21 = rotl(a08 ^ d3, 55);
        const std::uint64_t b22 = rotl(a14 ^ d4, 39);
        const std::uint64_t b23 = rotl(a15 ^ d0, 41);
        const std::uint64_t b24 = rotl(a21 ^ d1, 2);
        // chi
        a00 = b00 ^ (~b01 & b02);
        a01 = b01 ^ (~b02 & b03);
        a02 = b02 ^ (~b03 & b04);
        a03 = b03 ^ (~b04 & b00);
        a04 = b04 ^ (~b00 & b01);
        a05 = b05 ^ (~b06 & b07);
        a06 = b06 ^ (~b07 & b08);
        a07 = b07 ^ (~b08 & b09);
        a08 = b08 ^ (~b09 & b05);
        a09 = b09 ^ (~b05 & b06);
        a10 = b10 ^ (~b11 & b12);
        a11 = b11 ^ (~b12 & b13);
        a12 = b12 ^ (~b13 & b14);
        a13 = b13 ^ (~b14 & b10);
        a14 = b14 ^ (~b10 & b11);
        a15 = b15 ^ (~b16 & b17);
        a16 = b16 ^ (~b17 & b18);
        a17 = b17 ^ (~b18 & b19);
        a18 = b18 ^ (~b19 & b15);
        a19 = b19 ^ (~b15 & b16);
        a20 = b20 ^ (~b21 & b22);
        a21 = b21 ^ (~b22 & b23);
        a22 = b22 ^ (~b23 & b24);
        a23 = b23 ^ (~b24 & b20);
        a24 = b24 ^ (~b20 & b21);
        // iota
        a00 ^= rc;
    }

    s[0] = a00;
    s[1] = a01;
    s[2] = a02;
    s[3] = a03;
    s[4] = a04;
    s[5] = a05;
    s[6] = a06;
    s[7] = a07;
    s[8] = a08;
    s[9] = a09;
    s[10] = a10;
    s[11] = a11;
    s[12] = a12;
    s[13] = a13;
    s[14] = a14;
    s[15] = a15;
    s[16] = a16;
    s[17] = a17;
    s[18] = a18;
    s[19] = a19;
    s[20] = a20;
    s[21] = a21;
    s[22] = a22;
    s[23] = a23;
    s[24] = a24;
}

inline std::uint64_t loadLane(const std::uint8_t *p)
{
    return qFromLittleEndian<quint64>(p);
}

} // namespace

void Keccak256::reset()
{
    std::memset(m_lanes, 0, sizeof(m_lanes));
    m_offset = 0;
}

void Keccak256::update(const void *data, std::size_t size)
{
    auto p = static_cast<const std::uint8_t *>(data);
    while (size > 0) {
        if (m_offset == 0 && size >= Rate) {
            for (std::size_t i = 0; i < Rate / 8; ++i)
                m_lanes[i] ^= loadLane(p + 8 * i);
            keccakF1600(m_lanes);
            p += Rate;
            size -= Rate;
            continue;
        }
        std::size_t n = qMin(size, Rate - m_offset);
        size -= n;
        // Byte-wise up to a lane boundary, lane-wise through the middle,
        // byte-wise for the tail.
        while (n > 0 && m_offset % 8 != 0) {
            m_lanes[m_offset / 8] ^= std::uint64_t(*p++) << (8 * (m_offset % 8));
            ++m_offset;
            --n;
        }
        while (n >= 8) {
            m_lanes[m_offset / 8] ^= loadLane(p);
            p += 8;
            m_offset += 8;
            n -= 8;
        }
        while (n > 0) {
            m_lanes[m_offset / 8] ^= std::uint64_t(*p++) << (8 * (m_offset % 8));
            ++m_offset;
            --n;
        }
        if (m_offset == Rate) {
            keccakF1600(m_lanes);
            m_offset = 0;
        }
    }
}

Hash32 Keccak256::finalWithPad(std::uint8_t pad)
{
    // Multi-rate padding: the domain byte right after the message and 0x80
    // in the last byte of the block (they merge into pad|0x80 when the
    // message ends one byte before the rate).
    m_lanes[m_offset / 8] ^= std::uint64_t(pad) << (8 * (m_offset % 8));
    m_lanes[(Rate - 1) / 8] ^= std::uint64_t(0x80) << (8 * ((Rate - 1) % 8));
    keccakF1600(m_lanes);
    Hash32 out;
    for (std::size_t i = 0; i < 4; ++i)
        qToLittleEndian<quint64>(m_lanes[i], out.data() + 8 * i);
    reset();
    return out;
}

Hash32 Keccak256::final()
{
    return finalWithPad(0x01);
}

Hash32 Keccak256::hash(QByteArrayView data)
{
    Keccak256 k;
    k.update(data);
    return k.final();
}

} // namespace kassa::crypto
