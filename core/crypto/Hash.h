// Hash: the fixed-size digest type shared by the crypto code, and the SHA-256
// helpers the chains need (Tron txID = SHA-256(raw_data); Base58Check and Tron
// addresses use double SHA-256). Keccak-256 is in Keccak256.h.
#pragma once

#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace kassa::crypto {

//! A 32-byte digest (Keccak-256, SHA-256) or any other 32-byte value such as
//! a signing hash. Converts to QByteArrayView implicitly: Hex::encode(hash).
using Hash32 = std::array<std::uint8_t, 32>;

//! SHA-256 (OpenSSL).
Hash32 sha256(QByteArrayView data);
//! SHA-256(SHA-256(data)), as used by Base58Check.
Hash32 doubleSha256(QByteArrayView data);

} // namespace kassa::crypto
